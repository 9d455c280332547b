from datetime import date
from pathlib import Path

import pytest

# A fixed period end makes the synthetic files identical whenever the tests run.
PERIOD_END = date(2026, 10, 31)


@pytest.fixture(scope="session")
def default_council(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default synthetic council (seed 1, 50,000 children, six years), written once."""
    from csc_scorecard.synth.generate import SynthOptions, synthesise

    out = tmp_path_factory.mktemp("synthetic")
    (folder,) = synthesise(out, SynthOptions(seed=1, period_end=PERIOD_END))
    return folder
