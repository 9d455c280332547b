"""Residential and section 20 briefings on a hand-made store, worked by hand."""

from datetime import date

from conftest import tiny_store
from csc_scorecard.briefings.residential import residential_weekly, week_ends
from csc_scorecard.briefings.section20 import section20_profile

D = date.fromisoformat


def _episode(child, start, end, legal_status, placement, outside=None):
    return {"child_id": child, "start_date": D(start), "end_date": D(end) if end else None,
            "reason_new_episode": "S", "legal_status": legal_status,
            "placement_type": placement, "placed_outside_council": outside}  # fmt: skip


def test_residential_weekly_position(tmp_path):
    # Weeks end 31 March 2025 and every 7 days back: 24 Mar, 17 Mar, ... (13 week ends).
    # A: children's home (K2) outside the area from 20 March: in at 24 and 31 March.
    # B: K2 inside the area, left on 24 March: in at 17 March and before, not at 24 March.
    # C: foster care (U4): never counted. D: K2 on a short break (V3): never counted.
    store = tiny_store(tmp_path / "s.duckdb", {
        "person": [{"child_id": c, "date_of_birth": D("2010-01-01")} for c in "ABCD"],
        "looked_after_episode": [
            _episode("A", "2025-03-20", None, "C2", "K2", True),
            _episode("B", "2025-01-01", "2025-03-24", "C2", "K2", False),
            _episode("C", "2025-01-01", None, "C2", "U4"),
            _episode("D", "2025-01-01", None, "V3", "K2"),
        ],
    })  # fmt: skip
    weeks = week_ends(D("2025-03-31"))
    assert len(weeks) == 13 and weeks[-1] == D("2025-03-31") and weeks[-2] == D("2025-03-24")
    frame = residential_weekly(store, "318", D("2025-03-01"))
    rows = {(r.week_end, r.area): r.children for r in frame.itertuples()}
    assert rows == {
        **{(w, "Inside the area"): 1 for w in weeks if w < D("2025-03-24")},
        (D("2025-03-24"), "Outside the area"): 1,
        (D("2025-03-31"), "Outside the area"): 1,
    }


def test_section20_profile(tmp_path):
    # At 31 March 2025: E (V2, age 15, in care since 15 Jan 2025: 2 whole months, foster
    # U4), F (V2, age 4, since 2022: 2 years or more, residential K2), G (C2: not section 20).
    store = tiny_store(tmp_path / "s.duckdb", {
        "person": [{"child_id": "E", "date_of_birth": D("2009-06-01")},
                   {"child_id": "F", "date_of_birth": D("2020-06-01")},
                   {"child_id": "G", "date_of_birth": D("2012-06-01")}],
        "looked_after_episode": [
            _episode("E", "2025-01-15", None, "V2", "U4"),
            _episode("F", "2022-05-01", None, "V2", "K2"),
            _episode("G", "2022-05-01", None, "C2", "K2"),
        ],
    })  # fmt: skip
    frame = section20_profile(store, "318", D("2025-03-01"))
    got = {(r.dimension, r.category): r.children for r in frame.itertuples()}
    assert got == {
        ("age_band", "10-15"): 1, ("age_band", "1-4"): 1,
        ("time_in_care", "1 to 6 months"): 1, ("time_in_care", "2 years or more"): 1,
        ("placement", "other foster placement"): 1, ("placement", "residential"): 1,
        ("uasc", "Not UASC"): 2,
    }  # fmt: skip
