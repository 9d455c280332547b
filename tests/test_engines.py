"""The same loads and the same catalogue on DuckDB, PostgreSQL and Spark give the same figures.

PostgreSQL is a real server started for the session (engine_servers); Spark is a local
session with a warehouse folder under the pytest temp dir. Both need Debian packages
(postgresql, default-jre-headless; scripts/system-packages.txt). Each engine loads and computes
the small council once (a module fixture); every case compares one indicator's figures on one
engine with DuckDB's, so a failure names both.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from csc_scorecard.indicators.catalogue import CATALOGUE
from csc_scorecard.store import Store
from engine_servers import new_database, postgres_server

KEYS = ["la_code", "indicator_id", "month", "breakdown", "breakdown_value"]


@pytest.fixture(scope="session")
def postgres_url(tmp_path_factory: pytest.TempPathFactory):
    """A PostgreSQL server of our own for the session, stopped at its end."""
    with postgres_server(tmp_path_factory.mktemp("postgres")) as url:
        yield url


@pytest.fixture(scope="session")
def spark_target(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A local Spark store whose warehouse lives in the pytest temp dir."""
    return f"pyspark://{tmp_path_factory.mktemp('spark') / 'warehouse'}"


def load_and_compute(target: str, folder: Path) -> pd.DataFrame:
    """Load the council's SSD, population and series into a store, compute, read figures."""
    from csc_scorecard.indicators.catalogue import series_ids
    from csc_scorecard.indicators.compute import compute
    from csc_scorecard.ingest.folder import load_council_folder

    store = Store(target)
    load_council_folder(store, folder, folder.name, series_ids())
    compute(store)
    figures = store.table("indicator_value").execute().drop(columns="compute_id")
    figures["month"] = pd.to_datetime(figures["month"])
    return figures.sort_values(KEYS, ignore_index=True)


def assert_same_figures(expected: pd.DataFrame, actual: pd.DataFrame, engine: str) -> None:
    """Same rows; counts exactly equal, every other value within 1e-9 (relative)."""
    from csc_scorecard.indicators.catalogue import indicator

    assert len(actual) == len(expected), engine
    pd.testing.assert_frame_equal(actual[KEYS], expected[KEYS], obj=engine)
    counts = expected["indicator_id"].map(lambda i: indicator(i).unit == "count").astype(bool)
    for column in ("numerator", "denominator", "value"):
        left, right = expected[column].to_numpy(float), actual[column].to_numpy(float)
        both_empty = np.isnan(left) & np.isnan(right)
        exact = both_empty | (left == right)
        close = both_empty | np.isclose(left, right, rtol=1e-9, atol=1e-12)
        assert exact[counts.to_numpy()].all(), f"{engine}: {column} of a count differs"
        differ = expected.loc[~close, KEYS].head()
        assert close.all(), f"{engine}: {column} differs at\n{differ}"


@pytest.fixture(scope="module")
def duckdb_figures(small_council: Path, tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    """The small council loaded and computed on DuckDB: the figures the others must match."""
    return load_and_compute(str(tmp_path_factory.mktemp("duckdb") / "store.duckdb"), small_council)


@pytest.fixture(scope="module", params=["postgres", "spark"])
def engine_figures(
    request: pytest.FixtureRequest, small_council: Path, postgres_url: str, spark_target: str
) -> tuple[str, pd.DataFrame]:
    """The same council loaded and computed on PostgreSQL or Spark: (engine, figures)."""
    target = postgres_url if request.param == "postgres" else spark_target
    return request.param, load_and_compute(target, small_council)


@pytest.mark.slow
def test_duckdb_computes_the_whole_catalogue(duckdb_figures: pd.DataFrame) -> None:
    # Every indicator of the catalogue, over three years of months and its breakdowns.
    assert duckdb_figures["indicator_id"].nunique() > 50
    assert duckdb_figures["breakdown"].nunique() > 3
    assert duckdb_figures["month"].nunique() >= 36


@pytest.mark.slow
def test_every_engine_computes_as_many_figures_of_the_same_indicators(
    duckdb_figures: pd.DataFrame, engine_figures: tuple[str, pd.DataFrame]
) -> None:
    engine, figures = engine_figures
    assert len(figures) == len(duckdb_figures), engine
    assert set(figures["indicator_id"]) == set(duckdb_figures["indicator_id"]), engine


@pytest.mark.slow
@pytest.mark.parametrize("indicator_id", [item.id for item in CATALOGUE])
def test_every_figure_is_the_same_on_duckdb_postgres_and_spark(
    indicator_id: str, duckdb_figures: pd.DataFrame, engine_figures: tuple[str, pd.DataFrame]
) -> None:
    engine, figures = engine_figures
    expected = duckdb_figures[duckdb_figures["indicator_id"] == indicator_id]
    actual = figures[figures["indicator_id"] == indicator_id]
    assert_same_figures(expected.reset_index(drop=True), actual.reset_index(drop=True),
                        f"{engine} {indicator_id}")  # fmt: skip


@pytest.fixture(params=["postgres", "spark"])
def other_engine(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty store target on PostgreSQL (a new database) or Spark (a new warehouse)."""
    if request.param == "postgres":
        url = request.getfixturevalue("postgres_url")
        return new_database(url, "reloads")
    return f"pyspark://{tmp_path / 'warehouse'}"


@pytest.mark.slow
def test_reloads_and_merges_work_on_postgres_and_spark(other_engine: str, tmp_path: Path) -> None:
    """The store's delete and merge (raw SQL on DuckDB) give the same results elsewhere.

    Same cases as test_store: an episode in two years is one episode, the later year's values
    winning and its empty cells keeping the earlier ones; a corrected file replaces its rows.
    """
    from test_store import _person_load, load_an_episode_in_two_years

    store = Store(other_engine)
    load_an_episode_in_two_years(store, tmp_path)
    path = tmp_path / "a.csv"
    store.write_loads("318", [_person_load(path, ["1", "2"])])
    (again,) = store.write_loads("318", [_person_load(path, ["1", "2"])])
    assert again.skipped
    store.write_loads("318", [_person_load(path, ["1", "3"])])
    assert sorted(store.table("person").execute().child_id) == ["1", "3"]
    assert store.count("quarantine") == 1 and store.count("load_log") == 4
