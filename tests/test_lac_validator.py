"""The DfE's own 903 validator accepts what write_903 writes, and catches a fault we plant.

The validator runs in its own environment under ``<repo>/.validators`` (built once from the
hashed lock), on the hand-built council of ``test_write_903``, every collection year with the
previous year alongside. Nothing may be flagged except the validator's own known faults
(``known_faults_903``), each excused only for the exact rows its reason explains.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from csc_scorecard.synth.history import ERROR_COLUMN
from csc_scorecard.validators.dfe903 import ensure_validator_env, run_lac_validator
from csc_scorecard.validators.known_faults_903 import KNOWN_FAULTS, is_known_fault
from test_write_903 import COUNCIL, YEARS, fixture_history, write_fixture

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]

ALWAYS_FAIL = {"231", "233"}  # refer to columns that do not exist (UASC_STATUS, DATE_EPISODE_...)


@pytest.fixture(scope="module")
def env() -> Path:
    started = time.perf_counter()
    path = ensure_validator_env(REPO)
    print(f"validator environment ready in {time.perf_counter() - started:.1f}s")
    return path


@pytest.fixture(scope="module")
def council(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("council903")
    write_fixture(out)
    return out / "ssda903"


@pytest.mark.parametrize("year", YEARS)
def test_validator_accepts_every_year(env: Path, council: Path, year: int) -> None:
    started = time.perf_counter()
    issues = run_lac_validator(council / str(year), year, COUNCIL.ons_code, env)
    print(f"{year}: {issues.attrs['rules']} rules in {time.perf_counter() - started:.1f}s")
    assert set(issues.attrs["fails"]) <= ALWAYS_FAIL
    assert len(issues.attrs["dones"]) > 250  # the rules really ran on our tables
    excused = [is_known_fault(issue, year, council / str(year)) for issue in issues.itertuples()]
    unexplained = issues[[not e for e in excused]]
    assert unexplained.empty, unexplained.to_string()
    assert set(issues.loc[excused, "rule_code"]) <= KNOWN_FAULTS.keys()


def test_validator_catches_a_planted_invalid_placement(env: Path, tmp_path: Path) -> None:
    history = fixture_history()
    episodes = history.tables["looked_after_episode"]
    row = episodes.index[(episodes.child_id == "C001") & (episodes.reason_new_episode == "L")][-1]
    episodes.loc[row, ["placement_type", ERROR_COLUMN]] = ["XX", "318-E0001"]
    _, manifest = write_fixture(tmp_path, history)
    (where,) = [loc for loc in manifest.errors["318-E0001"].locations if "/2026/" in loc.file]

    issues = run_lac_validator(tmp_path / "ssda903" / "2026", 2026, COUNCIL.ons_code, env)

    flagged = issues[(issues.rule_code == "146") & (issues.child_id == "C001")]
    assert list(flagged.tables_affected) == ["Episodes"]
    assert list(flagged.row_id + 1) == [where.row_number]  # the manifest points at the row
