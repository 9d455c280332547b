from datetime import date
from pathlib import Path

import pytest

from browser_fixtures import axe_script, browser  # noqa: F401 (fixtures for browser tests)

# A fixed period end makes the synthetic files identical whenever the tests run.
PERIOD_END = date(2026, 10, 31)


@pytest.fixture(scope="session")
def default_council(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default synthetic council (seed 1, 50,000 children, six years), written once."""
    from csc_scorecard.synth.generate import SynthOptions, synthesise

    out = tmp_path_factory.mktemp("synthetic")
    (folder,) = synthesise(out, SynthOptions(seed=1, period_end=PERIOD_END))
    return folder


@pytest.fixture(scope="session")
def small_council(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small synthetic council (8,000 children, three years): every indicator has data."""
    from csc_scorecard.synth.generate import SynthOptions, synthesise

    out = tmp_path_factory.mktemp("small")
    options = SynthOptions(seed=1, children=8000, years=3, period_end=PERIOD_END)
    (folder,) = synthesise(out, options)
    return folder


@pytest.fixture(scope="session")
def council_903(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """A council of 20,000 children's SSDA903 returns only, faults injected: (folder, manifest)."""
    import json

    import numpy as np

    from csc_scorecard.synth.council import simulate_council
    from csc_scorecard.synth.errors import inject_errors
    from csc_scorecard.synth.manifest import Manifest
    from csc_scorecard.synth.write_903 import write_903

    out = tmp_path_factory.mktemp("council903")
    history = simulate_council(3, 20_000, 6, 0, PERIOD_END)
    manifest = Manifest(seed=3, parameters={"ons_code": history.council.ons_code})
    inject_errors(history, 0.005, np.random.default_rng([3, 0, 1]), manifest)
    write_903(history, out, manifest)
    manifest.write(out / "manifest.json")
    return out / "ssda903", json.loads((out / "manifest.json").read_text())


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
