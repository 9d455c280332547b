"""Annex A workbooks as councils keep them (issue 12, finding 3).

Hand-made workbooks: title rows above the headings, a care leavers list without "Latest Date
of Contact" (as a published sample has it) and a list without the child's identifier. A
missing column costs what it feeds, never the workbook. Expected values are worked by hand.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl

from csc_scorecard.ingest.annex_a import read_annex_a
from csc_scorecard.model.annex_a import HEADINGS

PERSON = ["C1", "b) Female", "a) WBRI", datetime(2006, 6, 14)]


def _book(path: Path, sheets: dict[str, list[list]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def test_title_rows_above_the_headings_are_skipped(tmp_path):
    headings = ["Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Date of Contact",
                "Contact Source"]  # fmt: skip
    path = _book(tmp_path / "a.xlsx", {"List 1": [
        ["Annex A: List 1 - Contacts"], ["Prepared 01/07/2026 for the inspection"], [],
        headings, [*PERSON, datetime(2026, 5, 3), "q) 6: Police"],
    ]})  # fmt: skip
    read = read_annex_a(path, set())
    assert (read.load.rows_in, read.load.rows_accepted) == (1, 1)
    assert read.load.tables["contact"]["contact_id"].tolist() == ["CON-C1-20260503"]
    assert "List 1 (sheet 'List 1'): 2 row(s) above the headings (titles) skipped" in read.warnings


def test_care_leavers_without_the_latest_contact_date_still_load_their_people(tmp_path):
    headings = [h for h in HEADINGS[9] if h != "Latest Date of Contact"]
    row = dict.fromkeys(headings, "")
    row.update(zip(["Child Unique ID", "Gender", "Ethnicity", "Date of Birth"], PERSON,
                   strict=True))  # fmt: skip
    row["LA in Touch"] = "a) Yes"
    path = _book(tmp_path / "a.xlsx", {"List 9": [headings, list(row.values())]})
    read = read_annex_a(path, set())
    assert (read.load.rows_in, read.load.rows_accepted, read.load.rows_quarantined) == (1, 1, 0)
    assert "care_leaver" not in read.load.tables
    assert read.load.tables["person"]["child_id"].tolist() == ["C1"]
    (warning,) = [w for w in read.warnings if "Latest Date of Contact" in w]
    assert "so its care_leaver records are not loaded" in warning
    assert "columns found: Child Unique ID, Gender" in warning


def test_a_list_without_the_child_identifier_is_skipped_with_a_warning(tmp_path):
    path = _book(tmp_path / "a.xlsx", {
        "List 1": [["Gender", "Date of Contact"], ["b) Female", datetime(2026, 5, 3)]],
        "List 3": [["Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Date of referral"],
                   [*PERSON, datetime(2026, 5, 3)]],
    })  # fmt: skip
    read = read_annex_a(path, set())
    assert read.load.rows_in == 1 and read.load.rows_accepted == 1  # list 3's row only
    assert any(w.startswith("List 1 (sheet 'List 1'): no column headed 'Child Unique ID'")
               and "nothing loaded from it" in w for w in read.warnings)  # fmt: skip
