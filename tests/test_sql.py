"""``scorecard sql``: every indicator as one query in each dialect, and the query is right.

Each indicator's text in each dialect is committed under ``tests/sql_snapshots/<dialect>/``,
so a change to the SQL a council's warehouse would run shows in review; after a deliberate
change, ``make sql-snapshots`` (``UPDATE_SNAPSHOTS=1 pytest tests/test_sql.py``) rewrites them.
The text of every indicator must parse (sqlglot, in its dialect); the DuckDB text, run on a
store holding the small synthetic council and the four input tables, must give exactly the
figures ``scorecard compute`` stored. Every case is one indicator (and dialect), so a failure
names it.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import sqlglot
from typer.testing import CliRunner

from csc_scorecard.cli import app
from csc_scorecard.indicators.catalogue import CATALOGUE, indicator
from csc_scorecard.indicators.sql import DIALECTS, calendar_inputs, indicator_sql
from csc_scorecard.store import Store

FIRST, LAST = pd.Timestamp("2023-11-01").date(), pd.Timestamp("2026-10-01").date()
COMPUTED = [i.id for i in CATALOGUE if i.build is not None]
READ = {"mssql": "tsql", "postgres": "postgres", "duckdb": "duckdb", "spark": "spark"}
SNAPSHOTS = Path(__file__).parent / "sql_snapshots"
UPDATE = os.environ.get("UPDATE_SNAPSHOTS") == "1"
EVERY_SQL = [pytest.param(dialect, item, id=f"{dialect}-{item}")
             for dialect in DIALECTS for item in COMPUTED]  # fmt: skip


@functools.cache
def generated(dialect: str, indicator_id: str) -> str:
    """The SQL ``scorecard sql`` prints for the indicator (written once per test process)."""
    return indicator_sql(indicator(indicator_id), dialect, FIRST, LAST) + "\n"


@pytest.mark.parametrize(("dialect", "indicator_id"), EVERY_SQL)
def test_indicator_sql_is_its_committed_snapshot(dialect: str, indicator_id: str) -> None:
    snapshot = SNAPSHOTS / dialect / f"{indicator_id}.sql"
    if UPDATE:
        snapshot.parent.mkdir(parents=True, exist_ok=True)
        snapshot.write_text(generated(dialect, indicator_id))
    assert snapshot.exists(), f"no snapshot {snapshot}: make sql-snapshots writes it"
    assert generated(dialect, indicator_id) == snapshot.read_text(), (
        f"{indicator_id}'s {dialect} SQL is not {snapshot}; if the change is meant, "
        "make sql-snapshots rewrites it (review the diff)"
    )


def test_every_snapshot_is_of_an_indicator_and_dialect() -> None:
    """No snapshot of an indicator no longer computed, or of a dialect no longer offered."""
    committed = {path.relative_to(SNAPSHOTS).as_posix() for path in SNAPSHOTS.rglob("*.sql")}
    assert committed == {f"{d}/{i}.sql" for d in DIALECTS for i in COMPUTED}


@pytest.mark.parametrize(("dialect", "indicator_id"), EVERY_SQL)
def test_indicator_sql_parses(dialect: str, indicator_id: str) -> None:
    parsed = sqlglot.parse_one(generated(dialect, indicator_id), read=READ[dialect])
    assert parsed.find(sqlglot.exp.Select) is not None
    # The named inputs, never a table made up for one run.
    tables = {t.name for t in parsed.find_all(sqlglot.exp.Table)}
    assert "scorecard_councils" in tables and "scorecard_month_spine" in tables
    assert not any(t.startswith(("ibis_", "_scorecard")) for t in tables)


def test_series_indicator_has_no_sql() -> None:
    series = next(i for i in CATALOGUE if i.build is None)
    with pytest.raises(ValueError, match="series"):
        indicator_sql(series, "mssql", FIRST, LAST)


def test_cli_prints_sql_server_sql_and_writes_the_inputs(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["sql", "CPP1", "--dialect", "mssql", "--from", "2025-04", "--to", "2026-03",
              "--inputs", str(tmp_path)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "[scorecard_month_spine]" in result.output
    spine = pd.read_csv(tmp_path / "scorecard_month_spine.csv")
    assert len(spine) == 12 and spine["month"].iloc[0] == "2025-04-01"
    assert spine["month_index"].iloc[0] == 2025 * 12 + 3
    assert (tmp_path / "scorecard_calendar.csv").exists()
    unknown = CliRunner().invoke(app, ["sql", "CPP1", "--dialect", "oracle"])
    assert unknown.exit_code == 2 and "unknown dialect" in unknown.output


@pytest.fixture(scope="module")
def computed_store(
    small_council: Path, small_council_computed: Callable[[str], Store]
) -> tuple[Store, date, date]:
    """The small council loaded and computed over its default months (store, first and last
    month; conftest's small_council_computed), with the four input tables the SQL reads."""
    from csc_scorecard.indicators.compute import default_months
    from csc_scorecard.indicators.spine import months, population_by_month

    store = small_council_computed("sql")
    first, last = default_months(store)
    inputs = calendar_inputs(first, last)
    population = store.table("population").execute()
    inputs["scorecard_population"] = population_by_month(population, months(first, last)).drop(
        columns="exact_year"
    )
    inputs["scorecard_councils"] = pd.DataFrame({"la_code": [small_council.name]})
    for name, frame in inputs.items():
        store.con.create_table(name, frame)
    return store, first, last


@pytest.mark.slow
@pytest.mark.parametrize("arrays", [True, False], ids=["unnest", "union"])
@pytest.mark.parametrize("indicator_id", COMPUTED)
def test_duckdb_sql_gives_the_computed_figures(
    indicator_id: str, arrays: bool, computed_store: tuple[Store, date, date]
) -> None:
    """DuckDB's text, with breakdowns spread by UNNEST (its own) and by the UNION ALL SQL
    Server's text uses, gives the figures compute stored."""
    store, first, last = computed_store
    values = store.table("indicator_value")
    stored = values.filter(values.indicator_id == indicator_id).execute()
    query = indicator_sql(indicator(indicator_id), "duckdb", first, last, arrays=arrays)
    keys = ["la_code", "indicator_id", "month", "breakdown", "breakdown_value"]
    got, want = (f.assign(month=pd.to_datetime(f["month"]).astype("datetime64[ns]"))
                 .sort_values(keys)
                 .reset_index(drop=True)
                 for f in (store.con.raw_sql(query).df(), stored))  # fmt: skip
    # compute publishes only the months the extract covers (with the indicator's lookback);
    # the query computes every month, and must agree on those published.
    published = set(want["month"])
    assert published <= set(got["month"])
    got = got[got["month"].isin(published)].reset_index(drop=True)
    assert len(got) == len(want)
    pd.testing.assert_frame_equal(got[keys], want[keys], obj=indicator_id)
    for column in ("numerator", "denominator", "value"):
        assert np.allclose(got[column].astype(float), want[column].astype(float),
                           rtol=1e-12, equal_nan=True), column  # fmt: skip
