"""The series loader on hand-written files: good rows, each bad-row rule, unknown ids."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from csc_scorecard.ingest.errors import SourceFileError
from csc_scorecard.ingest.series import load_series
from csc_scorecard.store import Store

KNOWN = {"WF1", "WF2", "WF3"}

# Row numbers count data rows from 1. Rows 1 and 2 are good; each later row breaks one rule.
SERIES = """indicator_id,month,value,numerator,denominator
WF1,2026-01,17.5,,
WF2,2026-01,20.0,32,160
WF2,2026-13,20.0,32,160
WF1,2026-02,lots,,
WF3,2026-01,125,200,160
WF1,2026-01,18.0,,
WF2,2026-01,20.0,32,160
WF1,,17,,
"""
EXPECTED_RULES = {
    3: "bad_month",  # there is no month 13
    4: "bad_type",  # 'lots' is not a number
    5: "numerator_over_denominator",  # 200 > 160
    6: "repeated_key",  # WF1 2026-01 again (row 1) with another value
    7: "duplicate_row",  # an exact copy of row 2
    8: "missing_required",  # no month
}


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(str(tmp_path / "store.duckdb"))


def test_good_rows_load_and_each_bad_row_is_quarantined(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "series.csv"
    path.write_text(SERIES, encoding="utf-8")
    (result,) = load_series(store, path, "318", KNOWN)
    assert (result.rows_in, result.rows_accepted, result.rows_quarantined) == (8, 2, 6)
    values = store.table("aggregate_value").execute().sort_values("indicator_id")
    assert values["indicator_id"].tolist() == ["WF1", "WF2"]
    assert values["month"].dt.date.tolist() == [date(2026, 1, 1)] * 2
    assert values["value"].tolist() == [17.5, 20.0]
    assert values["numerator"].isna().tolist() == [True, False]
    assert values["denominator"].iloc[1] == 160
    quarantined = store.table("quarantine").execute()
    assert dict(zip(quarantined["row_number"], quarantined["rule_id"], strict=True)) == (
        EXPECTED_RULES
    )
    assert set(quarantined["source"]) == {"series"}
    assert set(quarantined["source_table"]) == {"series.csv"}
    by_row = quarantined.set_index("row_number")
    assert by_row.loc[3, "message"] == "month value '2026-13' is not a month (YYYY-MM)"
    assert (
        by_row.loc[6, "message"]
        == "WF1 2026-01 appears earlier in the file (row 1) with other values"
    )
    assert by_row.loc[4, "record_date"].date() == date(2026, 2, 1)  # the month, for DQ1 by month


def test_unknown_indicator_stops_the_load_naming_known_ids(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "series.csv"
    path.write_text("indicator_id,month,value\nWF1,2026-01,17\nWF9,2026-01,3\n", encoding="utf-8")
    with pytest.raises(SourceFileError) as raised:
        load_series(store, path, "318", KNOWN)
    assert "unknown indicator id(s) WF9; known ids are WF1, WF2, WF3" in str(raised.value)
    assert store.count("aggregate_value") == 0
    assert store.count("load_log") == 0


def test_excel_series_with_council_headings(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "series.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Indicator ID", "Month", "Value ", "Numerator", "Denominator"])
    sheet.append(["WF3", datetime(2026, 3, 1), 80.0, 160, 200])
    sheet.append(["WF3", datetime(2026, 4, 15), 80.0, 160, 200])  # not the first of a month
    book.save(path)
    (result,) = load_series(store, path, "318", KNOWN)
    assert (result.rows_accepted, result.rows_quarantined) == (1, 1)
    row = store.table("aggregate_value").execute().iloc[0]
    assert (row["month"].date(), row["value"], row["numerator"]) == (date(2026, 3, 1), 80.0, 160.0)
    assert store.table("quarantine").execute()["rule_id"].tolist() == ["bad_month"]


def test_missing_value_heading_is_a_file_error(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "series.csv"
    path.write_text("indicator_id,month\nWF1,2026-01\n", encoding="utf-8")
    with pytest.raises(SourceFileError, match="has no value column"):
        load_series(store, path, "318", KNOWN)
