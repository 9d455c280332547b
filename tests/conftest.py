from datetime import date
from pathlib import Path

import pytest

from browser_fixtures import axe_script, browser  # noqa: F401 (fixtures for browser tests)
from shared_builds import built_once, store_copy

# A fixed period end makes the synthetic files identical whenever the tests run.
PERIOD_END = date(2026, 10, 31)
DEMO_END = date(2026, 11, 30)
"""The default council's period end: the demo's (``scorecard demo`` run in December 2026), so
the default council is the demo council and one simulation and computation serve both."""


@pytest.fixture(scope="session")
def default_council(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default synthetic council (seed 1, 50,000 children, six years to DEMO_END): the
    demo council, written once."""
    return _synthetic(tmp_path_factory, "default_council", DEMO_END, seed=1)


@pytest.fixture(scope="session")
def small_council(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small synthetic council (8,000 children, three years): every indicator has data."""
    return _synthetic(tmp_path_factory, "small_council", PERIOD_END, seed=1, children=8000,
                      years=3)  # fmt: skip


def _synthetic(tmp_path_factory: pytest.TempPathFactory, name: str, period_end: date,
               **options: int) -> Path:  # fmt: skip
    """One synthetic council's folder, synthesised once for the run (every worker shares it)."""
    from csc_scorecard.synth.generate import SynthOptions, synthesise

    key = "-".join([name, *(f"{k}{v}" for k, v in sorted(options.items())), f"{period_end}"])
    out = built_once(tmp_path_factory, key, lambda folder: synthesise(
        folder, SynthOptions(**options, period_end=period_end)))  # fmt: skip
    (folder,) = (path for path in out.iterdir() if path.is_dir())
    return folder


def _loaded_store(folder: Path, path: Path, compute_all: bool) -> None:
    """The council's folder loaded (SSD, population, series) into a DuckDB file at ``path``,
    the whole catalogue computed over the default months when ``compute_all``; closed, so
    the file can be copied."""
    from csc_scorecard.indicators.catalogue import series_ids
    from csc_scorecard.indicators.compute import compute
    from csc_scorecard.ingest.folder import load_council_folder
    from csc_scorecard.store import Store

    store = Store(str(path))
    load_council_folder(store, folder, folder.name, series_ids())
    if compute_all:
        compute(store)
    store.con.raw_sql("CHECKPOINT")
    store.con.disconnect()


@pytest.fixture(scope="session")
def default_council_loaded(tmp_path_factory: pytest.TempPathFactory, default_council: Path):
    """Factory of stores holding the default council loaded (not computed), each a private
    copy of one load made once for the run: ``default_council_loaded("name")``."""
    shared = built_once(tmp_path_factory, "default_council_loaded", lambda folder:
                        _loaded_store(default_council, folder / "store.duckdb", False))  # fmt: skip
    return lambda name: store_copy(shared / "store.duckdb", tmp_path_factory, name)


@pytest.fixture(scope="session")
def default_council_computed(tmp_path_factory: pytest.TempPathFactory, default_council: Path):
    """Factory of stores holding the default council loaded and its whole catalogue computed
    over the default months (December 2020 to November 2026), each a private copy of one made
    once for the run: the largest computation the tests make, so made only once."""
    shared = built_once(tmp_path_factory, "default_council_computed", lambda folder:
                        _loaded_store(default_council, folder / "store.duckdb", True))  # fmt: skip
    return lambda name: store_copy(shared / "store.duckdb", tmp_path_factory, name)


@pytest.fixture(scope="session")
def small_council_computed(tmp_path_factory: pytest.TempPathFactory, small_council: Path):
    """Factory of stores holding the small council loaded and its whole catalogue computed
    over the default months, each a private copy of one made once for the run."""
    shared = built_once(tmp_path_factory, "small_council_computed", lambda folder:
                        _loaded_store(small_council, folder / "store.duckdb", True))  # fmt: skip
    return lambda name: store_copy(shared / "store.duckdb", tmp_path_factory, name)


@pytest.fixture(scope="session")
def council_903(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """A council of 20,000 children's SSDA903 returns only, faults injected: (folder, manifest)."""
    import json

    out = built_once(tmp_path_factory, f"council903-seed3-{PERIOD_END}", _write_council_903)
    return out / "ssda903", json.loads((out / "manifest.json").read_text())


def _write_council_903(out: Path) -> None:
    """Seed 3, 20,000 children, six years of SSDA903 returns with 0.5% of faults injected."""
    import numpy as np

    from csc_scorecard.synth.council import simulate_council
    from csc_scorecard.synth.errors import inject_errors
    from csc_scorecard.synth.manifest import Manifest
    from csc_scorecard.synth.write_903 import write_903

    history = simulate_council(3, 20_000, 6, 0, PERIOD_END)
    manifest = Manifest(seed=3, parameters={"ons_code": history.council.ons_code})
    inject_errors(history, 0.005, np.random.default_rng([3, 0, 1]), manifest)
    write_903(history, out, manifest)
    manifest.write(out / "manifest.json")


def tiny_store(path: Path, tables: dict[str, list[dict]], la_code: str = "318"):
    """A store holding hand-written canonical rows (columns not given are empty)."""
    import pandas as pd

    from csc_scorecard.model import TABLES
    from csc_scorecard.store import Store

    store = Store(str(path))
    for name, rows in tables.items():
        columns = [c.name for c in TABLES[name].columns]
        frame = pd.DataFrame([{c: row.get(c) for c in columns} for row in rows], columns=columns)
        store.insert_frame(name, frame.assign(la_code=la_code, load_id=1))
    return store


def figures(store, indicator_id: str, breakdown: str = "all") -> dict:
    """Computed figures of one indicator: {(month 'YYYY-MM', breakdown value): row}."""
    values = store.table("indicator_value")
    rows = values.filter(
        (values.indicator_id == indicator_id) & (values.breakdown == breakdown)
    ).execute()
    return {
        (f"{m:%Y-%m}", b): r
        for m, b, r in zip(rows.month, rows.breakdown_value, rows.itertuples(), strict=True)
    }
