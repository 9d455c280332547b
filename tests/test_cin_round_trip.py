"""What the CIN census writer writes, the loader reads back: one layout (``model/cin.py``).

The hand-built council of ``test_write_cin`` (seven children, census years 2024 to 2027) is
written as census XML and loaded into a store; every row below is worked out by hand from
that council's canonical rows and the census rules (what a year carries, what was known at its
end), with ids as the loader makes them (``<parent id>:<tag>:<date>``). C004 and C006 have no
CIN episode, so they are in no census. Columns the census does not carry (``team``,
``child_seen``, ``further_action``, ``s47_enquiry.end_date``, ``icpc_outcome_cp_plan``) come
back empty. Two values come from the merge of years: C001's referral is open in the 2026
file and closed (30/09/2026, RC7) in the 2027 file; C003's section 47 ended on 08/04/2024,
after the 2024 census's last day, so "ICPC not required" is 0 in 2024 and 1 in 2025.
"""

from datetime import date
from pathlib import Path

from cin_fixtures import stored_rows
from csc_scorecard.ingest.cin_census import load_cin
from csc_scorecard.store import Store
from csc_scorecard.synth.manifest import Manifest
from csc_scorecard.synth.write_cin import write_cin_census
from test_write_cin import fixture_history

D = date.fromisoformat
REF1, REF2, REF3 = "C001:REF:2025-05-02", "C002:REF:2025-12-01", "C003:REF:2024-02-05"
REF4, REF5, REF6 = "C002:REF:2026-06-15", "C007:REF:2026-10-12", "C005:REF:2024-01-08"
ASS1, ASS3 = f"{REF1}:ASS:2025-05-06", f"{REF3}:ASS:2024-02-06"
ASS5, ASS6 = f"{REF5}:ASS:2026-10-13", f"{REF6}:ASS:2024-01-08"
CPP1 = f"{REF1}:CPP:2025-05-30"


def _person(child: str, upn: str, sex: str, born: str, ethnicity: str) -> dict[str, object]:
    return {"child_id": child, "upn": upn, "sex": sex, "date_of_birth": D(born),
            "expected_date_of_birth": None, "ethnicity": ethnicity,
            "date_of_death": None}  # fmt: skip


def _episode(referral: str, source: str, need: str, nfa: bool, closed: str | None,
             reason: str | None) -> dict[str, object]:  # fmt: skip
    child, _, when = referral.split(":")
    return {"referral_id": referral, "child_id": child, "referral_date": D(when),
            "referral_source": source, "primary_need": need, "referral_nfa": nfa,
            "closure_date": D(closed) if closed else None, "closure_reason": reason,
            "team": None}  # fmt: skip


def _assessment(assessment: str, authorised: str | None) -> dict[str, object]:
    referral = assessment.rsplit(":ASS:", 1)[0]
    return {"assessment_id": assessment, "referral_id": referral,
            "child_id": referral.split(":")[0], "start_date": D(assessment[-10:]),
            "authorisation_date": D(authorised) if authorised else None, "child_seen": None,
            "further_action": None}  # fmt: skip


def _s47(referral: str, start: str, not_required: bool, target: str | None, icpc: str | None
         ) -> dict[str, object]:  # fmt: skip
    return {"s47_id": f"{referral}:S47:{start}", "referral_id": referral,
            "child_id": referral.split(":")[0], "start_date": D(start), "end_date": None,
            "icpc_not_required": not_required, "icpc_target_date": D(target) if target else None,
            "icpc_date": D(icpc) if icpc else None, "icpc_outcome_cp_plan": None}  # fmt: skip


def test_written_census_reads_back_as_the_council(tmp_path: Path) -> None:
    paths = write_cin_census(fixture_history(), tmp_path, Manifest(seed=0, parameters={}))
    store = Store(str(tmp_path / "s.duckdb"))
    results = load_cin(store, paths, "318")
    # 2024 holds C003 and C005: 2 Child, 3 Disability, 2 CINdetails, 2 Assessments, 1 factor
    # (C003's assessment was authorised after 31/03/2024, so its factors wait for 2025) and
    # C003's Section47: 11 records.
    assert results[0].rows_in == 11
    assert [result.rows_quarantined for result in results] == [0, 0, 0, 0]
    assert stored_rows(store, "person") == [
        _person("C001", "R318201511001", "F", "2015-06-14", "WBRI"),
        _person("C002", "Q318201911002", "M", "2019-03-03", "MWBC"),
        _person("C003", "U318201211003", "M", "2012-09-10", "BCRB"),
        _person("C005", "UN1", "M", "2023-08-01", "WBRI"),
        _person("C007", "H318201011007", "M", "2010-04-04", "OOTH"),
    ]
    assert stored_rows(store, "disability") == [
        {"child_id": child, "disability": code} for child, code in (
            ("C001", "NONE"), ("C002", "NONE"), ("C003", "AUT"), ("C003", "LD"),
            ("C005", "NONE"), ("C007", "BEH"))
    ]  # fmt: skip
    assert stored_rows(store, "cin_episode") == [
        _episode(REF1, "2A", "N1", False, "2026-09-30", "RC7"),
        _episode(REF2, "6", "N9", True, "2025-12-02", "RC7"),
        _episode(REF4, "6", "N9", True, "2026-06-16", "RC7"),
        _episode(REF3, "3A", "N4", False, None, None),
        _episode(REF6, "3B", "N1", False, "2026-06-01", "RC1"),
        _episode(REF5, "5D", "N5", False, None, None),
    ]
    assert stored_rows(store, "assessment") == [
        _assessment(ASS1, "2025-06-13"), _assessment(ASS3, "2024-04-16"),
        _assessment(ASS6, "2024-01-10"), _assessment(ASS5, None),
    ]  # fmt: skip
    assert stored_rows(store, "assessment_factor") == [
        {"assessment_id": assessment, "factor": factor} for assessment, factor in (
            (ASS1, "3A"), (ASS1, "4B"), (ASS3, "16A"), (ASS3, "4B"), (ASS6, "16A"))
    ]  # fmt: skip
    assert stored_rows(store, "cin_plan") == [
        {"cin_plan_id": f"{REF1}:CINP:2026-05-16", "referral_id": REF1, "child_id": "C001",
         "start_date": D("2026-05-16"), "end_date": D("2026-09-30")},
    ]  # fmt: skip
    assert stored_rows(store, "s47_enquiry") == [
        _s47(REF1, "2025-05-09", False, "2025-06-02", "2025-05-30"),
        _s47(REF3, "2024-03-25", True, None, None),
        _s47(REF5, "2026-10-14", False, "2026-11-04", None),
    ]
    assert stored_rows(store, "cp_plan") == [
        {"cp_plan_id": CPP1, "referral_id": REF1, "child_id": "C001",
         "start_date": D("2025-05-30"), "end_date": D("2026-05-15"), "initial_category": "NEG",
         "latest_category": "EMO", "number_of_previous_plans": 0},
    ]  # fmt: skip
    assert stored_rows(store, "cp_review") == [
        {"cp_review_id": f"{CPP1}:REV:{when}", "cp_plan_id": CPP1, "child_id": "C001",
         "review_date": D(when)} for when in ("2025-08-22", "2026-01-16", "2026-05-15")
    ]  # fmt: skip
