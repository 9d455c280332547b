"""The same loads and the same catalogue on DuckDB, PostgreSQL and Spark give the same figures.

PostgreSQL is a real server started for the session (engine_servers); Spark is a local
session with a warehouse folder under the pytest temp dir. Both need Debian packages
(postgresql, default-jre-headless; scripts/system-packages.txt). Each engine loads the small
council once (a module fixture of its own, so the load -- and Spark's start -- is the set-up
of whichever case comes first, not part of a case) and computes the catalogue a few indicators
at a time, as the cases reach them (a whole catalogue on Spark is minutes: no one case may
take that long); every case compares one indicator's figures on one engine with DuckDB's, so
a failure names both.
``make test`` runs pytest-xdist with ``--dist loadscope``, so the module's cases share one
worker and the engines are started, loaded and computed once, not once per worker.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from csc_scorecard.indicators.catalogue import CATALOGUE
from csc_scorecard.store import Store
from engine_servers import new_database, postgres_server

KEYS = ["la_code", "indicator_id", "month", "breakdown", "breakdown_value"]
CHUNK = 22
"""Indicators computed together on PostgreSQL or Spark, in catalogue order: three chunks.

Each ``compute`` on Spark pays about 4.5 s of jobs whatever it computes (6 indicators took
6-7 s, 12 took 8.8 s), so eleven chunks of six spent 50 s of the suite on that alone; a
chunk of 22 is about 13 s on Spark, the first case's call well inside a minute."""
CHUNKS = [
    tuple(item.id for item in CATALOGUE[first : first + CHUNK])
    for first in range(0, len(CATALOGUE), CHUNK)
]


@pytest.fixture(scope="session")
def postgres_url(tmp_path_factory: pytest.TempPathFactory):
    """A PostgreSQL server of our own for the session, stopped at its end."""
    with postgres_server(tmp_path_factory.mktemp("postgres")) as url:
        yield url


@pytest.fixture(scope="session")
def spark_target(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A local Spark store whose warehouse lives in the pytest temp dir."""
    return f"pyspark://{tmp_path_factory.mktemp('spark') / 'warehouse'}"


def loaded(target: str, folder: Path) -> Store:
    """A store with the council's SSD, population and series loaded."""
    from csc_scorecard.indicators.catalogue import series_ids
    from csc_scorecard.ingest.folder import load_council_folder

    store = Store(target)
    load_council_folder(store, folder, folder.name, series_ids())
    return store


def computed(store: Store, indicator_ids: tuple[str, ...]) -> pd.DataFrame:
    """Compute the indicators and read their figures, in key order."""
    from csc_scorecard.indicators.compute import compute

    compute(store, indicator_ids=indicator_ids)
    return stored_figures(store, indicator_ids)


def stored_figures(store: Store, indicator_ids: tuple[str, ...] = ()) -> pd.DataFrame:
    """The figures the store holds of the indicators (default: all), in key order."""
    figures = store.table("indicator_value").execute().drop(columns="compute_id")
    if indicator_ids:
        figures = figures[figures["indicator_id"].isin(indicator_ids)]
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
def duckdb_figures(small_council_computed: Callable[[str], Store]) -> pd.DataFrame:
    """The small council loaded and computed on DuckDB: the figures the others must match
    (the store conftest's small_council_computed makes once for the run)."""
    return stored_figures(small_council_computed("duckdb"))


class EngineFigures:
    """The council loaded on PostgreSQL or Spark, computed a chunk of indicators at a time."""

    def __init__(self, engine: str, store: Store) -> None:
        self.engine, self.store = engine, store
        self._chunks: dict[tuple[str, ...], pd.DataFrame] = {}

    def of(self, indicator_id: str) -> pd.DataFrame:
        """The indicator's figures, computing its chunk the first time one of it is asked."""
        (chunk,) = (c for c in CHUNKS if indicator_id in c)
        if chunk not in self._chunks:
            figures = computed(self.store, chunk)
            assert set(figures["indicator_id"]) <= set(chunk), self.engine
            self._chunks[chunk] = figures
        figures = self._chunks[chunk]
        return figures[figures["indicator_id"] == indicator_id].reset_index(drop=True)


@pytest.fixture(scope="module")
def postgres_figures(postgres_url: str, small_council: Path) -> EngineFigures:
    """The council loaded on PostgreSQL, once for the module (the first case's set-up)."""
    return EngineFigures("postgres", loaded(postgres_url, small_council))


@pytest.fixture(scope="module")
def spark_figures(spark_target: str, small_council: Path) -> EngineFigures:
    """The council loaded on Spark (the JVM's start included), once for the module."""
    return EngineFigures("spark", loaded(spark_target, small_council))


@pytest.mark.slow
def test_duckdb_computes_the_whole_catalogue(duckdb_figures: pd.DataFrame) -> None:
    # Every indicator of the catalogue, over three years of months and its breakdowns.
    assert duckdb_figures["indicator_id"].nunique() > 50
    assert duckdb_figures["breakdown"].nunique() > 3
    assert duckdb_figures["month"].nunique() >= 36


def test_the_chunks_cover_the_catalogue_once() -> None:
    # every catalogue indicator is compared on every engine, in exactly one chunk
    assert sorted(i for chunk in CHUNKS for i in chunk) == sorted(i.id for i in CATALOGUE)


def same_figures(indicator_id: str, duckdb_figures: pd.DataFrame, other: EngineFigures) -> None:
    expected = duckdb_figures[duckdb_figures["indicator_id"] == indicator_id]
    actual = other.of(indicator_id)
    assert_same_figures(expected.reset_index(drop=True), actual, f"{other.engine} {indicator_id}")


@pytest.mark.slow
@pytest.mark.parametrize("indicator_id", [item.id for item in CATALOGUE])
def test_every_figure_is_the_same_on_duckdb_and_postgres(
    indicator_id: str, duckdb_figures: pd.DataFrame, postgres_figures: EngineFigures
) -> None:
    same_figures(indicator_id, duckdb_figures, postgres_figures)


@pytest.mark.slow
@pytest.mark.parametrize("indicator_id", [item.id for item in CATALOGUE])
def test_every_figure_is_the_same_on_duckdb_and_spark(
    indicator_id: str, duckdb_figures: pd.DataFrame, spark_figures: EngineFigures
) -> None:
    same_figures(indicator_id, duckdb_figures, spark_figures)


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
