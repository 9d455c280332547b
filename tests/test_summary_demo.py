"""Issue 18's must-show on the demo council: ``scorecard summary --month 2026-11 --json``.

The demo council (``make demo``: seed 1, 50,000 children, six years to the end of November
2026) is the suite's default council (conftest's ``DEMO_END``), loaded and computed as
``scorecard demo`` does (``default_council_computed``), then summarised through the command
line. What needs attention must be short enough to read (at most 12 indicators), must include
the referral step the simulator declares, with its sentence, and every missed target (RAG
red).

This depends on the SPC and the synthetic history being right as well as on the selection
(``csc_scorecard.analysis.attention``, tested on hand-made summaries in
``tests/test_attention.py``): with limits drawn from a first year in which the council fills
up from empty, most indicators read as special causes.
"""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from csc_scorecard.cli import app

pytestmark = pytest.mark.slow
MOST_NEEDING_ATTENTION = 12


@pytest.fixture(scope="module")
def demo(default_council: Path, default_council_computed):
    """(manifest, summary JSON) of the demo council for November 2026."""
    store = default_council_computed("demo")
    store.con.disconnect()
    result = CliRunner().invoke(app, ["summary", "--month", "2026-11", "--json", "--store",
                                      str(store.target)])  # fmt: skip
    assert result.exit_code == 0, result.output
    manifest = json.loads((default_council / "manifest.json").read_text(encoding="utf-8"))
    return manifest, json.loads(result.stdout)


def test_at_most_12_indicators_need_attention(demo):
    _, summary = demo
    flagged = [r["id"] for r in summary["indicators"] if r["attention"]]
    assert len(flagged) <= MOST_NEEDING_ATTENTION, flagged


def test_the_declared_referral_step_needs_attention_with_a_sentence(demo):
    manifest, summary = demo
    declared = {s["name"] for s in manifest["parameters"]["calibration"]["shifts"]}
    assert "referral_step" in declared
    referrals = next(r for r in summary["indicators"] if r["id"] == "REF1")
    assert referrals["attention"], referrals
    assert any("Referrals" in s and "November 2026" in s for s in referrals["sentences"])


def test_every_missed_target_needs_attention(demo):
    _, summary = demo
    missed = [r["id"] for r in summary["indicators"] if r["rag"] == "red"]
    assert all(r["attention"] for r in summary["indicators"] if r["id"] in missed), missed
