"""``scorecard sql``: every indicator as one query in each dialect, and the query is right.

The SQL Server text of every indicator must parse (sqlglot, T-SQL); the DuckDB text, run on
a store holding the small synthetic council and the four input tables, must give exactly the
figures ``scorecard compute`` stored.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import sqlglot
from typer.testing import CliRunner

from csc_scorecard.cli import app
from csc_scorecard.indicators.catalogue import CATALOGUE, indicator
from csc_scorecard.indicators.sql import DIALECTS, calendar_inputs, indicator_sql

FIRST, LAST = pd.Timestamp("2023-11-01").date(), pd.Timestamp("2026-10-01").date()
COMPUTED = [i for i in CATALOGUE if i.build is not None]
READ = {"mssql": "tsql", "postgres": "postgres", "duckdb": "duckdb", "spark": "spark"}


@pytest.mark.slow
@pytest.mark.parametrize("dialect", list(DIALECTS))
def test_every_indicator_has_sql_that_parses(dialect: str) -> None:
    for item in COMPUTED:
        text = indicator_sql(item, dialect, FIRST, LAST)
        parsed = sqlglot.parse_one(text, read=READ[dialect])
        assert parsed.find(sqlglot.exp.Select) is not None, item.id
        # The named inputs, never a table made up for one run.
        tables = {t.name for t in parsed.find_all(sqlglot.exp.Table)}
        assert "scorecard_councils" in tables and "scorecard_month_spine" in tables, item.id
        assert not any(t.startswith(("ibis_", "_scorecard")) for t in tables), item.id


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


@pytest.mark.slow
def test_duckdb_sql_gives_the_computed_figures(small_council: Path, tmp_path: Path) -> None:
    from csc_scorecard.indicators.catalogue import series_ids
    from csc_scorecard.indicators.compute import compute, default_months
    from csc_scorecard.indicators.spine import months, population_by_month
    from csc_scorecard.ingest.folder import load_council_folder
    from csc_scorecard.store import Store

    store = Store(str(tmp_path / "store.duckdb"))
    load_council_folder(store, small_council, small_council.name, series_ids())
    first, last = default_months(store)
    compute(store, first, last)
    inputs = calendar_inputs(first, last)
    population = store.table("population").execute()
    inputs["scorecard_population"] = population_by_month(population, months(first, last)).drop(
        columns="exact_year"
    )
    inputs["scorecard_councils"] = pd.DataFrame({"la_code": [small_council.name]})
    for name, frame in inputs.items():
        store.con.create_table(name, frame)
    stored = store.table("indicator_value").execute()
    keys = ["la_code", "indicator_id", "month", "breakdown", "breakdown_value"]
    for item in COMPUTED:
        got = store.con.raw_sql(indicator_sql(item, "duckdb", first, last)).df()
        want = stored[stored.indicator_id == item.id]
        got, want = (f.assign(month=pd.to_datetime(f["month"]).astype("datetime64[ns]"))
                     .sort_values(keys)
                     .reset_index(drop=True) for f in (got, want))  # fmt: skip
        # compute publishes only the months the extract covers (with the indicator's
        # lookback); the query computes every month, and must agree on those published.
        published = set(want["month"])
        assert published <= set(got["month"]), item.id
        got = got[got["month"].isin(published)].reset_index(drop=True)
        assert len(got) == len(want), item.id
        pd.testing.assert_frame_equal(got[keys], want[keys], obj=item.id)
        for column in ("numerator", "denominator", "value"):
            assert np.allclose(got[column].astype(float), want[column].astype(float),
                               rtol=1e-12, equal_nan=True), (item.id, column)  # fmt: skip
    assert indicator("CPP1").unit == "count"
