"""The Annex A loader on small workbooks written here, with the expected result worked by hand.

The workbook (``_workbook``) has:

- ``List 1 - Contacts``, headings in a council's own wording (``Child unique identifier``,
  ``Date of Birth (dd/mm/yyyy)``, ``Age``, ``Contact Source [note 2]``), five rows:
  1. C1, contact 03/05/2026 by the police (``q) 6: Police``), Excel dates;
  2. C1 again on 03/05/2026, typed as text and bare labels (``F``, ``Police``): a second
     contact that day, so ``CON-C1-20260503-2``;
  3. C2, source ``11``: not a DfE code -> ``code_list``;
  4. Z9 with no gender, ethnicity or date of birth anywhere -> ``unknown_child``;
  5. an exact copy of row 1 -> ``duplicate_row`` (first row 1).
- ``L3 Referrals``: C1 referred 03/05/2026 (``Referral Date``, an accepted wording), no
  ``Allocated Team`` column (a warning: the loader reads it) and no ``Allocated Worker``
  (not read, so no warning).
- ``Children in Need``: C1's episode from 03/05/2026, primary need N1, team North; it is the
  list 3 referral, so one ``cin_episode`` REF-C1-20260503 with the values of both lists.
- ``Assessments data``: a name that says nothing, recognised by its headings as list 4. C1's
  assessment from 04/05/2026 belongs to REF-C1-20260503; C2's from 02/06/2026 has no listed
  referral, so ``REF-C2-UNLISTED``.
- ``Notes``: not a list (a warning).

Rows in: 5 + 1 + 1 + 2 = 9; quarantined 3 (list 1 rows 3-5); accepted 6.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from typer.testing import CliRunner

from csc_scorecard.cli import app
from csc_scorecard.ingest.annex_a import load_annex_a, read_annex_a
from csc_scorecard.ingest.annex_a_codecs import Flag, Label
from csc_scorecard.ingest.annex_a_mapping import LIST_BY_NUMBER, LISTS, NOT_LOADED
from csc_scorecard.ingest.annex_a_sheets import heading_columns, named_list
from csc_scorecard.ingest.workbook import Sheet
from csc_scorecard.model.annex_a import HEADINGS, MISSING, SOURCE
from csc_scorecard.store import Store

COMMON = ["Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)"]
C1 = ["C1", "b) Female", "a) WBRI", datetime(2015, 6, 14), 10]
C2 = ["C2", "a) Male", "j) AIND", datetime(2019, 1, 2), 7]


def _sheet(book: openpyxl.Workbook, name: str, headings: list[str], rows: list[list]) -> None:
    sheet = book.create_sheet(name)
    sheet.append(headings)
    for row in rows:
        sheet.append(row)


def _workbook(path: Path, list_1_headings: list[str] | None = None) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    contact = [*C1, datetime(2026, 5, 3), "q) 6: Police"]
    _sheet(book, "List 1 - Contacts", list_1_headings or [
        "Child unique identifier", "gender", "ETHNICITY", "Date of Birth (dd/mm/yyyy)", "Age",
        "Date of contact", "Contact Source [note 2]"], [
        contact,
        ["C1", "F", "WBRI", "14/06/2015", 10, "03/05/2026", "Police"],
        [*C2, datetime(2026, 6, 1), "11"],
        ["Z9", None, None, None, None, datetime(2026, 6, 2), "q) 6: Police"],
        contact,
    ])  # fmt: skip
    _sheet(book, "L3 Referrals", [*COMMON, "Referral Date", "Referral Source", "Referral NFA?",
                                  "Number of Referrals in Last 12 Months"],
           [[*C1, datetime(2026, 5, 3), "q) 6: Police", "b) No", 1]])  # fmt: skip
    _sheet(book, "Children in Need", list(HEADINGS[6]), [[
        *C1, "b) No", datetime(2026, 5, 3), "N1 - Abuse or neglect", None, None, None,
        "c) Child in need plan", "North", "North SW01"]])  # fmt: skip
    _sheet(book, "Assessments data", list(HEADINGS[4]), [
        [*C1, "b) No", datetime(2026, 5, 4), "a) Yes", datetime(2026, 6, 1), "c) Unknown",
         "North", "North SW01"],
        [*C2, "b) No", datetime(2026, 6, 2), "b) No", None, None, "South", "South SW02"],
    ])  # fmt: skip
    _sheet(book, "Notes", ["Read me"], [["Prepared for inspection"]])
    book.save(path)
    return path


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    return _workbook(tmp_path / "annex_a.xlsx")


def test_heading_and_sheet_variants_are_matched_and_rows_checked(workbook: Path) -> None:
    read = read_annex_a(workbook, set())
    load = read.load
    assert (load.rows_in, load.rows_quarantined, load.rows_accepted) == (9, 3, 6)
    contacts = load.tables["contact"].sort_values("contact_id")
    assert contacts["contact_id"].tolist() == ["CON-C1-20260503", "CON-C1-20260503-2"]
    assert contacts["contact_source"].tolist() == ["6", "6"]
    assert contacts["contact_date"].tolist() == [date(2026, 5, 3)] * 2
    quarantined = load.quarantine.sort_values("row_number")
    assert quarantined[["source", "source_table"]].drop_duplicates().values.tolist() == [
        ["annex_a", "List 1"]
    ]
    assert list(zip(quarantined["row_number"], quarantined["rule_id"], strict=True)) == [
        (3, "code_list"),
        (4, "unknown_child"),
        (5, "duplicate_row"),
    ]
    assert quarantined["record_date"].tolist() == [date(2026, 6, 1), date(2026, 6, 2),
                                                   date(2026, 5, 3)]  # fmt: skip
    people = load.tables["person"].set_index("child_id")
    assert sorted(people.index) == ["C1", "C2"]
    assert people.loc["C1", ["sex", "ethnicity", "date_of_birth"]].tolist() == [
        "F", "WBRI", date(2015, 6, 14)]  # fmt: skip
    assert people.loc["C2", "sex"] == "M"


def test_a_referral_in_lists_3_and_6_is_one_episode(workbook: Path) -> None:
    episodes = read_annex_a(workbook, set()).load.tables["cin_episode"]
    assert len(episodes) == 1
    episode = episodes.iloc[0]
    assert episode["referral_id"] == "REF-C1-20260503"
    assert (episode["referral_source"], episode["referral_nfa"]) == ("6", False)
    assert (episode["primary_need"], episode["team"]) == ("N1", "North")
    assert episode["closure_date"] is None


def test_assessments_link_to_their_episode(workbook: Path) -> None:
    assessments = read_annex_a(workbook, set()).load.tables["assessment"]
    by_child = assessments.set_index("child_id")
    assert by_child.loc["C1", "referral_id"] == "REF-C1-20260503"
    assert by_child.loc["C2", "referral_id"] == "REF-C2-UNLISTED"
    assert by_child.loc["C1", "assessment_id"] == "ASS-C1-20260504"
    assert bool(by_child.loc["C1", "child_seen"]) is True
    assert pd.isna(by_child.loc["C1", "further_action"])  # c) Unknown
    assert bool(by_child.loc["C2", "child_seen"]) is False


def test_unmatched_sheets_and_optional_headings_are_reported(workbook: Path) -> None:
    warnings = read_annex_a(workbook, set()).warnings
    assert "List 3 (sheet 'L3 Referrals'): no column headed 'Allocated Team'; left empty" in (
        warnings
    )
    assert not any("Allocated Worker" in w for w in warnings)  # not read, so not reported
    assert any(w.startswith("sheet 'Notes' is not an Annex A list") for w in warnings)
    assert "List 2 (Early help): no sheet found; nothing loaded from it" in warnings


def test_a_missing_date_column_costs_its_records_not_the_workbook(
    workbook: Path, tmp_path: Path
) -> None:
    # Issue 12 changed this: list 1 without "Date of Contact" used to refuse the workbook.
    # Now its contacts cannot be made (their id and date come from that column) but its
    # people, and every other list, still load: rows in = accepted + quarantined.
    store = Store(str(tmp_path / "store.duckdb"))
    broken = _workbook(tmp_path / "broken.xlsx", [*COMMON, "Contact Source"])
    results, warnings = load_annex_a(store, broken, "318")
    (result,) = results
    assert result.rows_in == result.rows_accepted + result.rows_quarantined == 9
    assert store.count("contact") == 0
    assert store.count("cin_episode") == 1 and store.count("assessment") == 2
    assert (
        "List 1 (sheet 'List 1 - Contacts'): no column headed 'Date of Contact', so its contact"
        " records are not loaded (the rest of the list is; columns found: Child Unique ID,"
        " Gender, Ethnicity, Date of Birth, Age of Child (Years), Contact Source)"
    ) in warnings
    result = CliRunner().invoke(app, ["load", "annex-a", str(broken), "--la-code", "318",
                                      "--store", str(tmp_path / "other.duckdb")])  # fmt: skip
    assert result.exit_code == 0 and "no column headed 'Date of Contact'" in result.output


def test_cli_load_warns_and_reloading_is_a_no_op(workbook: Path, tmp_path: Path) -> None:
    store = str(tmp_path / "store.duckdb")
    command = ["load", "annex-a", str(workbook), "--la-code", "318", "--store", store]
    first = CliRunner().invoke(app, command)
    assert first.exit_code == 0, first.output
    assert "9 rows, 6 accepted, 3 quarantined" in first.output
    assert "no column headed 'Allocated Team'" in first.output
    again = CliRunner().invoke(app, command)
    assert "already loaded, skipped" in again.output
    assert Store(store).count("contact") == 2


def test_every_heading_is_mapped_or_says_why_not() -> None:
    for spec in LISTS:
        if spec.targets:
            unread = [h for h in spec.headings if h not in spec.mapped()]
            assert all(h in NOT_LOADED for h in unread), (spec.number, unread)


@pytest.mark.parametrize(
    "name,number",
    [("List 1", 1), ("list1", 1), ("L1 Contacts", 1), ("List 01 - Contacts", 1),
     ("Contacts", 1), ("LIST 10", 10), ("L11", 11), ("Sec47 and ICPC", 5),
     ("Children in Care", 8), ("Early Help", 2)],
)  # fmt: skip
def test_sheet_name_variants(name: str, number: int) -> None:
    spec = named_list(name)
    assert spec is not None and spec.number == number


def test_sheet_names_that_say_nothing() -> None:
    assert named_list("Notes") is None
    assert named_list("Lists of things") is None


def test_heading_variants_are_matched() -> None:
    headings = ["CHILD UNIQUE IDENTIFIER", " Date Of Contact (DD/MM/YYYY)", "Contact source*",
                "Gender [see note 1]", "Age"]  # fmt: skip
    sheet = Sheet("x", headings, pd.DataFrame())
    found = heading_columns(LIST_BY_NUMBER[1], sheet)
    assert found == {"Child Unique ID": 0, "Date of Contact": 1, "Contact Source": 2,
                     "Gender": 3, "Age of Child (Years)": 4}  # fmt: skip
    curly = Sheet("y", ["ChildUniqueID", MISSING.replace("'", "‘", 1).replace("'", "’")],
                  pd.DataFrame())  # fmt: skip
    assert heading_columns(LIST_BY_NUMBER[8], curly) == {"Child Unique ID": 0, MISSING: 1}


def test_drop_down_strings_codes_and_labels_decode_to_codes() -> None:
    source = Label(SOURCE, "referral_source")
    cells = pd.Series(["q) 6: Police", "6", "Police", " POLICE ", "a) 1A: Individual",
                       "Individual", "5D: LA services", "11", ""])  # fmt: skip
    # "Individual" is the label of 1A to 1D, so it stays as written (and fails the code list)
    assert source.decode(cells).tolist() == ["6", "6", "6", "6", "1A", "Individual", "5D",
                                             "11", ""]  # fmt: skip
    closure = Label({"RC1": "RC1 - Adopted"}, "cin_closure_reason")
    # a DfE code written before its meaning is read even when the drop-down lacks it
    assert closure.decode(pd.Series(["RC7 - Services ceased", "XX - Other"])).tolist() == [
        "RC7", "XX - Other"]  # fmt: skip
    answers = pd.Series(["a) Yes", "No", "c) Unknown", "Y", "maybe"])
    assert Flag().decode(answers).tolist() == ["Y", "N", "", "Y", "maybe"]


def test_the_next_months_workbook_merges_records_it_shares(workbook: Path,
                                                           tmp_path: Path) -> None:  # fmt: skip
    """Identifiers come from child and date, so a record in two months' workbooks is one."""
    store = Store(str(tmp_path / "store.duckdb"))
    load_annex_a(store, workbook, "318")
    next_month = tmp_path / "annex_a_next.xlsx"
    next_month.write_bytes(workbook.read_bytes())
    (result,), _ = load_annex_a(store, next_month, "318")
    assert not result.skipped  # another file name: loaded, not taken for the same file
    assert {name: store.count(name) for name in ("contact", "cin_episode", "assessment")} == {
        "contact": 2, "cin_episode": 1, "assessment": 2}  # fmt: skip
    assert store.count("load_log") == 2
