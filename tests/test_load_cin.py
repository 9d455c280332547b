"""The CIN census loader on small hand-built files: mapping, merging years, quarantine, errors.

Every expected value below is read off the fixture XML by hand; ids are made by the loader as
``<parent id>:<tag>:<date>`` from the child's LAchildID (see ``model/cin.py``).
"""

import re
from datetime import date

import pandas as pd
import pytest
from typer.testing import CliRunner

from cin_fixtures import (
    assessment,
    census,
    child,
    cin_plan,
    cp_plan,
    details,
    section47,
    stored_rows,
    write,
)
from csc_scorecard.cli import app
from csc_scorecard.ingest.cin_census import load_cin, read_cin
from csc_scorecard.ingest.errors import SourceFileError
from csc_scorecard.store import Store

REF = "C1:REF:2023-05-02"


def _store(tmp_path) -> Store:
    return Store(str(tmp_path / "s.duckdb"))


def _one_of_each(year: int = 2024) -> str:
    return census(
        year,
        child(
            "C1",
            details(
                "2023-05-02",
                assessment("2023-05-03", "2023-06-10", ("3B", "16A")),
                cin_plan("2023-06-12", "2023-09-01"),
                section47("2023-09-04", "2023-09-25"),
                after_nfa=cp_plan("2023-09-20", reviews=("2023-12-01",), previous="1"),
                source="2A",
                need="N2",
                episode_icpc="2023-09-20",
            ),
            sex="<GenderCurrent>1</GenderCurrent>",
            extra="<UPN>A123456789012</UPN>",
            disabilities=("AUT", "LD"),
        ),
        child(
            "C2",
            details("2024-01-10", closed="2024-01-10", reason="RC8", nfa="true"),
            born="2010-01-31",
            extra="<UPNunknown>UN1</UPNunknown>",
            sex="<Sex>F</Sex>",
        ),
    )


def test_each_element_maps_to_its_canonical_table(tmp_path):
    store = _store(tmp_path)
    path = write(tmp_path, "cin_2024.xml", _one_of_each())
    (result,) = load_cin(store, [path], "318")
    # 2 Child + 3 Disability + 2 CINdetails + 1 Assessments + 2 factors + 1 CIN plan
    # + 1 Section47 + 1 CP plan + 1 review = 14 records, none rejected.
    assert (result.rows_in, result.rows_accepted, result.rows_quarantined) == (14, 14, 0)
    assert stored_rows(store, "person") == [
        {"child_id": "C1", "upn": "A123456789012", "sex": "M", "date_of_birth": date(2015, 6, 1),
         "expected_date_of_birth": None, "ethnicity": "WBRI", "date_of_death": None},
        {"child_id": "C2", "upn": "UN1", "sex": "F", "date_of_birth": date(2010, 1, 31),
         "expected_date_of_birth": None, "ethnicity": "WBRI", "date_of_death": None},
    ]  # fmt: skip
    assert stored_rows(store, "disability") == [
        {"child_id": "C1", "disability": "AUT"},
        {"child_id": "C1", "disability": "LD"},
        {"child_id": "C2", "disability": "NONE"},
    ]
    assert stored_rows(store, "cin_episode") == [
        {"referral_id": REF, "child_id": "C1", "referral_date": date(2023, 5, 2),
         "referral_source": "2A", "primary_need": "N2", "referral_nfa": False,
         "closure_date": None, "closure_reason": None, "team": None},
        {"referral_id": "C2:REF:2024-01-10", "child_id": "C2",
         "referral_date": date(2024, 1, 10), "referral_source": "6", "primary_need": "N1",
         "referral_nfa": True, "closure_date": date(2024, 1, 10), "closure_reason": "RC8",
         "team": None},
    ]  # fmt: skip
    assessment_id = f"{REF}:ASS:2023-05-03"
    assert stored_rows(store, "assessment") == [
        {"assessment_id": assessment_id, "referral_id": REF, "child_id": "C1",
         "start_date": date(2023, 5, 3), "authorisation_date": date(2023, 6, 10),
         "child_seen": None, "further_action": None},
    ]  # fmt: skip
    assert stored_rows(store, "assessment_factor") == [
        {"assessment_id": assessment_id, "factor": "16A"},
        {"assessment_id": assessment_id, "factor": "3B"},
    ]
    assert stored_rows(store, "cin_plan") == [
        {"cin_plan_id": f"{REF}:CINP:2023-06-12", "referral_id": REF, "child_id": "C1",
         "start_date": date(2023, 6, 12), "end_date": date(2023, 9, 1)},
    ]  # fmt: skip
    # The ICPC date written at episode level (2023-09-20) goes to the enquiry before it.
    assert stored_rows(store, "s47_enquiry") == [
        {"s47_id": f"{REF}:S47:2023-09-04", "referral_id": REF, "child_id": "C1",
         "start_date": date(2023, 9, 4), "end_date": None, "icpc_not_required": False,
         "icpc_target_date": date(2023, 9, 25), "icpc_date": date(2023, 9, 20),
         "icpc_outcome_cp_plan": None},
    ]  # fmt: skip
    plan_id = f"{REF}:CPP:2023-09-20"
    assert stored_rows(store, "cp_plan") == [
        {"cp_plan_id": plan_id, "referral_id": REF, "child_id": "C1",
         "start_date": date(2023, 9, 20), "end_date": None, "initial_category": "NEG",
         "latest_category": "EMO", "number_of_previous_plans": 1},
    ]  # fmt: skip
    assert stored_rows(store, "cp_review") == [
        {"cp_review_id": f"{plan_id}:REV:2023-12-01", "cp_plan_id": plan_id, "child_id": "C1",
         "review_date": date(2023, 12, 1)},
    ]  # fmt: skip


def test_a_referral_in_two_years_is_one_episode_closed_by_the_later_year(tmp_path):
    store = _store(tmp_path)
    # 2023-24: open episode, plan open with one review. 2024-25: the same referral, closed,
    # with the plan ended and a second review. Named so that the later year sorts first.
    earlier = census(
        2024,
        child(
            "C1", details("2023-05-02", after_nfa=cp_plan("2023-09-20", reviews=("2023-12-01",)))
        ),
    )
    later = census(2025, child("C1", details(
        "2023-05-02", closed="2024-06-30", reason="RC7",
        after_nfa=cp_plan("2023-09-20", "2024-06-30", reviews=("2024-05-01",)))))  # fmt: skip
    paths = [write(tmp_path, "a_2025.xml", later), write(tmp_path, "b_2024.xml", earlier)]
    results = load_cin(store, paths, "318")
    assert [r.file for r in results] == ["b_2024.xml", "a_2025.xml"]
    (episode,) = stored_rows(store, "cin_episode")
    assert (episode["referral_id"], episode["closure_date"], episode["closure_reason"]) == (
        REF,
        date(2024, 6, 30),
        "RC7",
    )
    (plan,) = stored_rows(store, "cp_plan")
    assert (plan["start_date"], plan["end_date"]) == (date(2023, 9, 20), date(2024, 6, 30))
    assert [r["review_date"] for r in stored_rows(store, "cp_review")] == [
        date(2023, 12, 1), date(2024, 5, 1)
    ]  # fmt: skip
    assert store.count("person") == 1
    assert all(r.skipped for r in load_cin(store, paths, "318"))
    assert store.count("cin_episode") == 1


def _quarantined(tmp_path) -> tuple[pd.DataFrame, list]:
    text = census(
        2024,
        child(
            "C1",
            # CINdetails 1: fine, but its CIN plan 2 ends before it starts, its review has no
            # date and its assessment 2 starts before the referral.
            details(
                "2023-05-02",
                assessment("2023-05-03"),
                assessment("2023-04-01"),
                cin_plan("2023-05-10", "2023-06-01"),
                cin_plan("2023-07-10", "2023-07-01"),
                after_nfa=cp_plan("2023-06-01", reviews=("",)),
            ),
            # CINdetails 2: starts before episode 1 (still open) ends -> overlapping.
            details("2023-08-01", closed="2023-09-01", reason="RC7"),
            disabilities=("AUT", "AUT"),  # Disability 2 repeats 1
        ),
        child(
            "C2",
            # CINdetails 3: bad referral source; its assessment 3 is rejected with it.
            details("2023-06-01", assessment("2023-06-02"), source="11"),
            # CINdetails 4: closure date is not a date; ReferralNFA is not a flag.
            details("2023-01-01", closed="31/02/2023", reason="RC7", nfa="maybe"),
        ),
        child("C3", details("2010-01-01", closed="2010-02-01", reason="RC7"), born="2015-01-01"),
    )
    path = write(tmp_path, "cin_2024.xml", text)
    store = _store(tmp_path)
    results = load_cin(store, [path], "318")
    quarantine = store.table("quarantine").execute()
    return quarantine, results


def test_each_rule_quarantines_its_record_at_its_row_number(tmp_path):
    quarantine, (result,) = _quarantined(tmp_path)
    got = {(r.source_table, r.row_number, r.rule_id) for r in quarantine.itertuples()}
    assert got == {
        ("Assessments", 2, "outside_episode"),  # 2023-04-01 before referral 2023-05-02
        ("Assessments", 3, "parent_rejected"),  # under CINdetails 3
        ("CINPlanDates", 2, "end_before_start"),
        ("CPPreviewDate", 1, "missing_required"),
        ("CINdetails", 2, "overlapping_episodes"),
        ("CINdetails", 3, "code_list"),  # ReferralSource 11
        ("CINdetails", 4, "bad_date"),  # 31/02/2023
        ("CINdetails", 4, "bad_type"),  # maybe
        ("CINdetails", 5, "date_out_of_range"),  # 2010 referral, child born 2015
        ("Disability", 2, "duplicate_key"),
    }
    # Records: 3 Child + 4 Disability + 5 CINdetails + 3 Assessments + 2 CIN plans
    # + 1 CP plan + 1 review = 19; rejected: 9 distinct records (CINdetails 4 twice).
    assert (result.rows_in, result.rows_quarantined, result.rows_accepted) == (19, 9, 10)
    assert set(quarantine["source"]) == {"cin"}
    assert set(quarantine["file"]) == {"cin_2024.xml"}
    review = quarantine[quarantine["source_table"] == "CPPreviewDate"].iloc[0]
    assert (review["child_id"], review["raw_record"]) == ("C1", '{"CPPreviewDate": ""}')
    parent = quarantine[quarantine["rule_id"] == "parent_rejected"].iloc[0]
    assert parent["message"] == "the CINdetails this record belongs to (row 3) was quarantined"
    assert (
        parent["raw_record"] == '{"AssessmentActualStartDate": "2023-06-02",'
        ' "AssessmentAuthorisationDate": ""}'
    )


@pytest.mark.parametrize(
    "text,problem",
    [
        ("<Message><Header>", "is not well-formed XML"),
        ("", "is not well-formed XML"),
        ("<Other><Children/></Other>", "is not a CIN census (root element <Other>"),
        (census(2024).replace("<Collection>CIN", "<Collection>SCHOOL"), "not the CIN census"),
        ("<Message><Header/></Message>", "no <Children> element"),
        ("<Message><Children/></Message>", "census year is unknown"),
        (census(2024, lea="852"), "is the census of council 852, not 318"),
        (census(2024).replace("<Year>2024", "<Year>24/25"), "unreadable collection Year"),
    ],
)
def test_a_file_that_is_not_a_readable_census_is_one_clear_error(tmp_path, text, problem):
    path = write(tmp_path, "bad.xml", text)
    with pytest.raises(SourceFileError, match=re.escape(problem)) as caught:
        read_cin([path], "318")
    assert caught.value.path == path


def test_cli_loads_a_folder_and_a_bad_file_exits_2_leaving_the_store_as_it_was(tmp_path):
    folder = tmp_path / "cin"
    folder.mkdir()
    write(folder, "cin_2024.xml", _one_of_each())
    store = str(tmp_path / "s.duckdb")
    runner = CliRunner()
    loaded = runner.invoke(app, ["load", "cin", str(folder), "--la-code", "318", "--store", store])
    assert loaded.exit_code == 0, loaded.output
    assert "cin_2024.xml: 14 rows, 14 accepted, 0 quarantined" in loaded.output
    write(folder, "cin_2025.xml", _one_of_each(2025)[:-20])
    broken = runner.invoke(app, ["load", "cin", str(folder), "--la-code", "318", "--store", store])
    assert broken.exit_code == 2
    assert "cin_2025.xml: is not well-formed XML" in broken.output
    assert Store(store).count("load_log") == 1


def test_every_column_of_the_census_tables_is_filled_or_said_not_to_be_carried():
    from csc_scorecard.model import TABLES
    from csc_scorecard.model.cin import NOT_IN_CENSUS, RECORDS

    for record in RECORDS:
        columns = {c.name for c in TABLES[record.table].columns}
        absent = {k.split(".")[1] for k in NOT_IN_CENSUS if k.startswith(f"{record.table}.")}
        assert columns == (set(record.filled) & columns) | absent, record.table
        assert not set(record.filled) & absent
