"""Injected faults: each kind appears, one per child per table, and breaks what it says."""

from collections import Counter
from datetime import date

import numpy as np
import pytest

from csc_scorecard.model import CODE_LISTS
from csc_scorecard.synth.council import simulate_council
from csc_scorecard.synth.errors import FAULTS, inject_errors
from csc_scorecard.synth.history import ERROR_COLUMN
from csc_scorecard.synth.manifest import Manifest


@pytest.fixture(scope="module")
def small_history():
    history = simulate_council(3, population=6_000, years=2, period_end=date(2026, 3, 31))
    manifest = Manifest(3, {})
    clean = {name: frame.copy() for name, frame in history.tables.items()}
    inject_errors(history, 0.01, np.random.default_rng(3), manifest)
    return history, manifest, clean


def test_every_kind_of_fault_is_injected_and_listed(small_history):
    history, manifest, _ = small_history
    kinds = Counter((e.table, e.rule_id) for e in manifest.errors.values())
    for fault in FAULTS:
        assert kinds[(fault.table, fault.rule_id)] >= 1, fault.name
    marked = sum((frame[ERROR_COLUMN] != "").sum() for frame in history.tables.values())
    assert marked == len(manifest.errors)


def test_at_most_one_fault_per_child_per_table(small_history):
    history, _, _ = small_history
    for name, frame in history.tables.items():
        faulty = frame[frame[ERROR_COLUMN] != ""]
        if "child_id" in frame.columns:
            assert not faulty.child_id.duplicated().any(), name


def test_each_fault_breaks_its_rule(small_history):
    history, manifest, clean = small_history
    by_id = {e.error_id: e for e in manifest.errors.values()}
    for name, frame in history.tables.items():
        for _, row in frame[frame[ERROR_COLUMN] != ""].iterrows():
            error = by_id[row[ERROR_COLUMN]]
            assert error.table == name
            if error.rule_id == "code_list":
                coded = [c for c in ("participation", "missing_type", "contact_source") if c in row]
                codes = {
                    "participation": "review_participation",
                    "missing_type": "missing_type",
                    "contact_source": "referral_source",
                }
                assert any(row[c] not in CODE_LISTS[codes[c]].valid_codes() for c in coded)
            elif error.rule_id == "end_before_start":
                assert row.end_date < row.start_date
            elif error.rule_id == "missing_required":
                assert row.get("visit_date", 1) is None or row.get("review_date", 1) is None
            elif error.rule_id == "unknown_child":
                assert row.child_id not in set(history.tables["person"].child_id)
            elif error.rule_id == "duplicate_row":
                copies = frame.drop(columns=[ERROR_COLUMN]).eq(row.drop(ERROR_COLUMN)).all(axis=1)
                assert copies.sum() == 2
            elif error.rule_id == "overlapping_episodes":
                same_child = frame[(frame.child_id == row.child_id) & (frame.index != row.name)]
                assert ((same_child.start_date < row.start_date)
                        & (same_child.end_date > row.start_date)).any()  # fmt: skip
    assert len(history.tables["contact"]) > len(clean["contact"])  # duplicates were added


def test_zero_rate_injects_nothing():
    history = simulate_council(4, population=2_000, years=1, period_end=date(2026, 3, 31))
    manifest = Manifest(4, {})
    inject_errors(history, 0.0, np.random.default_rng(4), manifest)
    assert not manifest.errors
