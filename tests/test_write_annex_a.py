"""The Annex A writer against the hand-built council of ``test_write_cin`` (worked out by hand).

Reference date 31/10/2026 (the period end): lists 1-8 look back to 01/05/2026, lists 10-11 to
01/11/2025. The children are described in ``test_write_cin``'s docstring.
"""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from csc_scorecard.synth.manifest import Manifest
from csc_scorecard.synth.write_annex_a import adopter_milestones, age_on, write_annex_a
from test_write_cin import ERRORS, fixture_history, fixture_manifest

COMMON = ["Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)"]
EXPECTED_HEADINGS: dict[int, list[str]] = {
    1: [*COMMON, "Date of Contact", "Contact Source"],
    2: [*COMMON, "Assessment start date", "Assessment completion date",
        "Organisation completing assessment"],
    3: [*COMMON, "Date of referral", "Referral Source", "Referral NFA?",
        "Number of Referrals in Last 12 Months", "Allocated Team", "Allocated Worker"],
    4: [*COMMON, "Does the Child have a Disability", "Continuous Assessment Start Date",
        "Child Seen During Continuous Assessment", "Continuous Assessment Date of Authorisation",
        "Was the child assessed as requiring LA children's social care support?",
        "Allocated Team", "Allocated Worker"],
    5: [*COMMON, "Does the Child have a Disability",
        "Strategy discussion initiating Section 47 Enquiry Start Date",
        "Was an Initial Child Protection Conference deemed unnecessary?",
        "Date of Initial Child Protection Conference",
        "Did the Initial Child Protection Conference Result in a Child Protection Plan",
        "Number of Section 47 Enquiries in the last 12 months",
        "Number of ICPCs in the last 12 months", "Allocated Team", "Allocated Worker"],
    6: [*COMMON, "Does the Child have a Disability", "CIN Start Date", "Primary Need Code",
        "Date Child Was Last Seen", "CIN Closure Date", "Reason for Closure", "Case Status",
        "Allocated Team", "Allocated Worker"],
    7: [*COMMON, "Does the Child have a Disability", "Child Protection Plan Start Date",
        "Initial Category of Abuse", "Latest Category of Abuse",
        "Date of the Last Statutory Visit", "Was the Child Seen Alone?",
        "Date of latest review conference", "Child Protection Plan End Date",
        "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six "
        "Months (Y/N)", "Number of Previous Child Protection Plans", "Allocated Team",
        "Allocated Worker"],
    8: [*COMMON, "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)",
        "Does the Child have a Disability", "Date Started to be Looked After",
        "Child's Category of Need",
        "Is this a second or subsequent period of being a Looked After Child within the last 12 "
        "months (Y/N)", "Start date of current legal status", "Child's Legal Status",
        "Date of Latest Statutory Review", "Date of Last Social Work Visit",
        "What is the permanence plan for this child?",
        "Date of Last IRO Visit / Contact to the Child", "Date of Last Health Assessment",
        "Date of Last Dental Check", "Number of Placements in the Last 12 months",
        "Date Ceased to be Looked After", "Reason Ceased to be Looked After",
        "Start Date of Most Recent Placement", "Placement Type", "Placement Provider",
        "Placement postcode", "URN of Placement", "Placement Location", "LA of Placement",
        "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 "
        "months",
        "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 "
        "months",
        "Was the child offered a Return Interview after their last missing episode (Y/N)?",
        "Did the child accept a Return Interview after their last missing episode (Y/N)?",
        "Allocated Team", "Allocated Worker"],
    9: [*COMMON,
        "Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)",
        "Does the Child have a Disability", "Allocated Team", "Allocated Worker",
        "Allocated Personal Advisor", "Eligibility Category", "Latest Pathway Plan Review Date",
        "LA in Touch", "Latest Date of Contact", "Type of Accommodation",
        "Suitability of Accommodation", "Activity Status"],
    10: ["Child Unique ID", "Family identifier", "Gender", "Ethnicity", "Date of Birth",
         "Age of Child (Years)", "Does the Child have a Disability",
         "Date the Child Entered Care",
         "Date of Decision that Child Should be Placed for Adoption", "Date of Placement Order",
         "Date of Matching Child and Prospective Adopters", "Date Placed for Adoption",
         "Date of Adoption Order",
         "Date of Decision that Child Should No Longer be Placed for Adoption",
         "Reason Why Child No Longer Placed for Adoption",
         "Date the child was placed for fostering in FFA or concurrent planning placement"],
    11: ["Individual adopter identifier", "Family identifier", "Gender", "Ethnicity",
         "Disability", "Is the (prospective) adopter fostering for adoption?",
         "Date enquiry received", "Date Stage 1 started", "Date Stage 1 ended",
         "Date Stage 2 started", "Date Stage 2 ended", "Date application submitted",
         "Date application approved", "Date adopter matched with child(ren)",
         "Date child/children placed with adopter(s)", "No. of children placed",
         "Date of Adoption Order", "Date of leaving adoption process",
         "Reason for leaving adoption process"],
}  # fmt: skip
"""Reference section 2.4 (liiatools ``Annex_A_schema.yml``), typed out independently."""


def dt(text: str) -> datetime:
    """A date as openpyxl reads an Excel date back: a datetime at midnight."""
    return datetime.fromisoformat(text)


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Manifest]:
    out = tmp_path_factory.mktemp("annex_a")
    manifest = fixture_manifest()
    path = write_annex_a(fixture_history(errors=True), out, manifest)
    assert path == out / "annex_a" / "annex_a.xlsx"
    return path, manifest


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> dict[int, list[dict[str, Any]]]:
    """The clean council's lists as dicts keyed by heading."""
    path = write_annex_a(fixture_history(), tmp_path_factory.mktemp("clean"), Manifest(0, {}))
    book = openpyxl.load_workbook(path)
    lists = {}
    for number in range(1, 12):
        header, *rows = book[f"List {number}"].iter_rows(values_only=True)
        lists[number] = [dict(zip(header, row, strict=True)) for row in rows]
    return lists


def test_sheets_and_headings_are_exact(workbook: Any) -> None:
    path, _ = workbook
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [f"List {n}" for n in range(1, 12)]
    for number, headings in EXPECTED_HEADINGS.items():
        (first,) = book[f"List {number}"].iter_rows(max_row=1, values_only=True)
        assert list(first) == headings, number


def test_dates_are_excel_dates(workbook: Any) -> None:
    path, _ = workbook
    sheet = openpyxl.load_workbook(path)["List 1"]
    for cell in (sheet["D2"], sheet["F2"]):  # date of birth, date of contact
        assert cell.is_date
        assert cell.data_type == "d"  # a number with a date format, not text
        assert cell.number_format == "dd/mm/yyyy"
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "2026-05-01" not in xml and "01/05/2026" not in xml  # stored as a serial number
    assert "<v>46143</v>" in xml  # 01/05/2026 as an Excel serial


def test_list_1_contacts_in_the_six_month_window(clean: Any) -> None:
    assert clean[1] == [
        {"Child Unique ID": "C006", "Gender": "b) Female", "Ethnicity": "j) AIND",
         "Date of Birth": dt("2020-01-15"), "Age of Child (Years)": 6,
         "Date of Contact": dt("2026-05-01"), "Contact Source": "p1) 5D: LA services"},
        {"Child Unique ID": "C002", "Gender": "a) Male", "Ethnicity": "f) MWBC",
         "Date of Birth": dt("2019-03-03"), "Age of Child (Years)": 7,
         "Date of Contact": dt("2026-06-15"), "Contact Source": "q) 6: Police"},
    ]  # fmt: skip


def test_list_2_early_help_open_in_the_window(clean: Any) -> None:
    rows = [(r["Child Unique ID"], r["Assessment start date"], r["Assessment completion date"],
             r["Organisation completing assessment"]) for r in clean[2]]  # fmt: skip
    assert rows == [
        ("C006", dt("2025-10-01"), dt("2026-05-01"), "Family Hub North"),
        ("C006", dt("2026-06-01"), None, "School"),
    ]  # C002's episode ended 30/04/2026, the day before the window


def test_list_3_referrals(clean: Any) -> None:
    nfa, new = clean[3]
    assert (nfa["Child Unique ID"], nfa["Date of referral"], nfa["Referral Source"],
            nfa["Referral NFA?"], nfa["Number of Referrals in Last 12 Months"],
            nfa["Allocated Team"]) == (
        "C002", dt("2026-06-15"), "q) 6: Police", "a) Yes", 2, "South")  # fmt: skip
    assert (new["Child Unique ID"], new["Referral NFA?"],
            new["Number of Referrals in Last 12 Months"]) == ("C007", "b) No", 1)  # fmt: skip
    assert new["Allocated Worker"]  # a stable pseudonym: the model records no workers


def test_lists_4_and_5_open_assessment_and_section_47(clean: Any) -> None:
    (assessment,) = clean[4]
    assert assessment == {
        "Child Unique ID": "C007", "Gender": "a) Male", "Ethnicity": "r) OOTH",
        "Date of Birth": dt("2010-04-04"), "Age of Child (Years)": 16,
        "Does the Child have a Disability": "a) Yes",
        "Continuous Assessment Start Date": dt("2026-10-13"),
        "Child Seen During Continuous Assessment": "a) Yes",
        "Continuous Assessment Date of Authorisation": None,
        "Was the child assessed as requiring LA children's social care support?": None,
        "Allocated Team": "North", "Allocated Worker": assessment["Allocated Worker"],
    }  # fmt: skip
    (s47,) = clean[5]
    assert [s47[h] for h in EXPECTED_HEADINGS[5][6:12]] == [
        dt("2026-10-14"),
        None,
        None,
        None,
        1,
        0,
    ]  # ongoing: no decision about an ICPC yet


def test_list_6_children_in_need(clean: Any) -> None:
    rows = {r["Child Unique ID"]: r for r in clean[6]}
    assert list(rows) == ["C001", "C003", "C005", "C007"]  # not C002 (referrals with NFA)
    c001 = rows["C001"]
    assert [c001[h] for h in EXPECTED_HEADINGS[6][5:]] == [
        "b) No", dt("2025-05-02"), "N1 - Abuse or neglect", dt("2026-09-01"), dt("2026-09-30"),
        "RC7 - Services ceased for any other reason, including child no longer in need",
        "e) Closed episode", "North", c001["Allocated Worker"],
    ]  # fmt: skip
    assert rows["C003"]["Case Status"] == "a) Looked after child"
    assert rows["C003"]["Date Child Was Last Seen"] == dt("2026-10-02")  # not 20/07: not seen
    assert rows["C005"]["Reason for Closure"] == "RC1 - Adopted"
    assert rows["C007"]["Case Status"] == "d) Open assessment"


def test_list_7_cp_plan_ended_in_the_window(clean: Any) -> None:
    (plan,) = clean[7]
    assert [plan[h] for h in EXPECTED_HEADINGS[7][:15]] == [
        "C001", "b) Female", "a) WBRI", dt("2015-06-14"), 11, "b) No", dt("2025-05-30"),
        "a) Neglect", "d) Emotional abuse", dt("2026-05-11"), "b) No", dt("2026-05-15"),
        dt("2026-05-15"), "b) No", 0,
    ]  # fmt: skip


def test_list_8_looked_after_children(clean: Any) -> None:
    rows = {r["Child Unique ID"]: r for r in clean[8]}
    assert list(rows) == ["C003", "C005"]  # C004 left care in 2024
    assert [rows["C003"][h] for h in EXPECTED_HEADINGS[8][5:32]] == [
        "b) No", "a) Yes", dt("2024-04-16"), "N4 - Family in acute stress", "b) No",
        dt("2025-08-01"), "C2: FCO", dt("2026-09-22"), dt("2026-10-02"), None, None,
        dt("2025-05-06"), dt("2025-11-20"), 2, None, None, dt("2026-07-15"),
        "p) K2: Children's Homes", "e) PR4: Private provision", "TW1 3AB", "SC200003", "a) In",
        "Fixture council", 1, 1, None, None,
    ]  # fmt: skip
    adopted = rows["C005"]
    assert [adopted[h] for h in (
        "Start date of current legal status", "Child's Legal Status",
        "What is the permanence plan for this child?", "Number of Placements in the Last 12 months",
        "Date Ceased to be Looked After", "Reason Ceased to be Looked After",
        "Start Date of Most Recent Placement", "Placement Type", "Allocated Team",
    )] == [
        dt("2024-09-02"), "E1: Placement order", "b) Adoption", 2, dt("2026-06-01"),
        "a) E11: Adopted - application unopposed", dt("2025-11-03"),
        "j) A6: Placed for adoption - order - not foster", "West",
    ]  # fmt: skip


def test_list_9_care_leavers(clean: Any) -> None:
    (leaver,) = clean[9]
    assert [leaver[h] for h in EXPECTED_HEADINGS[9] if "Allocated" not in h] == [
        "C004", "b) Female", "c) WIRT", dt("2006-02-20"), 20, "b) No", "c) Unknown",
        "b) Former relevant child", None, "a) Yes", dt("2026-02-24"), "U: Independent living",
        "b) Unsuitable", "G5: Not in education, employment or training - other",
    ]  # fmt: skip
    assert leaver["Allocated Team"] == "Leaving Care"
    assert leaver["Allocated Worker"] and leaver["Allocated Personal Advisor"]


def test_lists_10_and_11_adoption_and_its_adopters(clean: Any) -> None:
    (child,) = clean[10]
    family = "FAM-C005-20240610"
    assert list(child.values()) == [
        "C005", family, "a) Male", "a) WBRI", dt("2023-08-01"), 3, "b) No", dt("2024-01-10"),
        dt("2024-06-10"), dt("2024-09-02"), dt("2025-10-06"), dt("2025-11-03"), dt("2026-06-01"),
        None, None, None,
    ]  # fmt: skip
    adopters = clean[11]
    assert [(a["Individual adopter identifier"], a["Family identifier"], a["Gender"])
            for a in adopters] == [(f"{family}-A1", family, "a) Male"),
                                   (f"{family}-A2", family, "b) Female")]  # fmt: skip
    first = adopters[0]
    assert [first[h] for h in EXPECTED_HEADINGS[11][6:]] == [
        dt("2024-12-10"), dt("2024-12-24"), dt("2025-02-22"), dt("2025-02-23"), dt("2025-06-23"),
        dt("2025-02-23"), dt("2025-07-23"), dt("2025-10-06"), dt("2025-11-03"), 1,
        dt("2026-06-01"), None, None,
    ]  # fmt: skip


def test_adopter_milestones_come_before_the_match() -> None:
    stages = adopter_milestones(date(2025, 10, 6))
    assert list(stages.values()) == sorted(stages.values())
    assert stages["approved"] < date(2025, 10, 6)


@pytest.mark.parametrize(
    ("born", "on", "age"),
    [(date(2010, 10, 31), date(2026, 10, 31), 16), (date(2010, 11, 1), date(2026, 10, 31), 15),
     (date(2008, 2, 29), date(2026, 2, 28), 17), (None, date(2026, 10, 31), None)],
)  # fmt: skip
def test_age_in_whole_years(born: date | None, on: date, age: int | None) -> None:
    assert age_on(born, on) == age


def test_row_counts_and_error_locations(workbook: Any) -> None:
    _, manifest = workbook
    assert manifest.row_counts == {
        f"annex_a/annex_a.xlsx#List {n}": rows
        for n, rows in zip(range(1, 12), (4, 2, 3, 1, 1, 4, 1, 2, 1, 1, 2), strict=True)
    }
    where = {error_id: [(loc.format, loc.file, loc.source_table, loc.row_number)
                        for loc in error.locations]
             for error_id, error in manifest.errors.items()}  # fmt: skip
    assert where["318-E0001"] == [("annex_a", "annex_a/annex_a.xlsx", "List 1", 3)]
    assert where["318-E0002"] == [("annex_a", "annex_a/annex_a.xlsx", "List 1", 4)]
    assert where["318-E0007"] == [("annex_a", "annex_a/annex_a.xlsx", "List 3", 2)]
    for error_id in set(ERRORS) - {"318-E0001", "318-E0002", "318-E0007"}:
        assert where[error_id] == [], error_id
        assert "does not carry" in manifest.errors[error_id].not_applicable["annex_a"]


def test_error_rows_are_written_as_they_are(workbook: Any) -> None:
    path, _ = workbook
    sheet = openpyxl.load_workbook(path)["List 1"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert rows[2][0] == "Z1234567" and rows[2][1:5] == (None, None, None, None)
    assert rows[3][0] == "C006" and rows[3][6] == "11"  # not an Ofsted string: left as it is


def test_same_history_same_bytes(tmp_path: Path) -> None:
    first = write_annex_a(fixture_history(), tmp_path / "a", Manifest(0, {}))
    second = write_annex_a(fixture_history(), tmp_path / "b", Manifest(0, {}))
    assert first.read_bytes() == second.read_bytes()
