"""Council CSVs as Excel saves them (issue 12, finding 2): read where the meaning is certain.

Each fixture is written by the test in the shape Excel gives a 903 file: trailing empty
columns, trailing rows of empty cells, ';' or tab between columns, short years, midnight times
and serial day numbers. Every expected value is worked out by hand from the cells written.
"""

from __future__ import annotations

import warnings
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from csc_scorecard.ingest.csv_files import read_text_csv
from csc_scorecard.ingest.errors import SourceFileError
from csc_scorecard.ingest.ssda903 import load_903
from csc_scorecard.ingest.validate import parse_dates
from csc_scorecard.store import Store

LA = "318"
HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB"
EPISODES = (
    "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN"
)


def text_file(path: Path, lines: list[str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_trailing_empty_columns_are_dropped_with_a_note(tmp_path):
    path = text_file(tmp_path / "h.csv", [HEADER + ",,,", "A,M,01/01/2010,WBRI,,,,,,", ",,,,,,,,,"])
    frame = read_text_csv(path)
    assert list(frame.columns) == [c.lower() for c in HEADER.split(",")]
    assert len(frame) == 1  # the trailing row of empty cells is not data
    notes = frame.attrs["notes"]
    assert any("3 empty columns" in n for n in notes)
    assert any("1 empty row" in n for n in notes)


def test_a_column_with_no_heading_that_holds_values_is_named_in_a_note(tmp_path):
    path = text_file(tmp_path / "h.csv", [HEADER + ",,", "A,M,01/01/2010,WBRI,,,,oops,"])
    frame = read_text_csv(path)  # before: "has repeated column(s) in its header: " (no names)
    assert list(frame.columns)[-1] == "(column 8)" and frame.loc[0, "(column 8)"] == "oops"
    assert "(column 8) has no heading but holds values; not read" in frame.attrs["notes"]


def test_a_repeated_heading_is_named(tmp_path):
    path = text_file(tmp_path / "h.csv", ["CHILD,SEX,child", "A,M,A"])
    with pytest.raises(SourceFileError, match=r"repeated column.*: child$"):
        read_text_csv(path)


@pytest.mark.parametrize(("separator", "name"), [(";", "';'"), ("\t", "tab")])
def test_a_semicolon_or_tab_separated_file_is_read_with_a_note(tmp_path, separator, name):
    lines = [HEADER.replace(",", separator), separator.join(["A", "M", "01/01/2010", "WBRI"] +
                                                              [""] * 3)]  # fmt: skip
    frame = read_text_csv(text_file(tmp_path / "h.csv", lines))
    assert frame.loc[0, "child"] == "A" and frame.loc[0, "dob"] == "01/01/2010"
    assert any(name in n and "between columns" in n for n in frame.attrs["notes"])


def test_excel_date_forms_are_read_as_dates():
    cells = pd.Series(["03/02/24", "03/02/2024 00:00", "2024-02-03 00:00:00", "45325",
                       "3/2/2024 00:00:00", "31/02/2024", "03/02/2024 10:00"])  # fmt: skip
    parsed, bad = parse_dates(cells)
    # 45325 days after 30 December 1899 is 3 February 2024 (Excel's day numbers).
    assert [d.date() for d in parsed[:5]] == [date(2024, 2, 3)] * 5
    assert bad.tolist() == [False] * 5 + [True, False]  # 31 February does not exist
    assert parsed[6].date() == date(2024, 2, 3)


def test_dates_are_read_without_rounding_memory_never_written():
    # Found in full runs: "overflow encountered in multiply" while loading 903 returns.
    # pandas turns day numbers into times in a scratch array it leaves unwritten where a day
    # number is missing, then rounds all of it: an overflow whenever that memory held a huge
    # number. Freeing arrays of the largest floats first makes that memory hold them.
    cells = pd.Series(["45325"] + ["not a date"] * 999)
    for _ in range(10):
        freed = [np.full(len(cells), 1e308) for _ in range(200)]
        del freed
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            parsed, bad = parse_dates(cells)
    assert parsed[0].date() == date(2024, 2, 3)
    assert bad.sum() == 999


def test_short_years_take_the_century_that_is_not_after_the_pivot():
    parsed, _ = parse_dates(pd.Series(["01/05/25", "01/05/26", "01/05/99"]), pivot_year=2025)
    assert [d.year for d in parsed] == [2025, 1926, 1999]


def test_an_excel_saved_return_loads_every_row(tmp_path):
    # Trailing empty columns and rows, short years and midnight times, as Excel saves them.
    folder = tmp_path / "2025"
    text_file(folder / "header.csv", [HEADER + ",,", "A,M,01/01/10,WBRI,,,,,", ",,,,,,,,",
                                      ",,,,,,,,"])  # fmt: skip
    text_file(folder / "episodes.csv",
              [EPISODES + ",", "A,01/05/2024 00:00,S,C2,N1,U4,PR1,45444,E8,,,,,",
               ",,,,,,,,,,,,,"])  # fmt: skip
    store = Store(str(tmp_path / "s.duckdb"))
    results = load_903(store, [folder], LA)
    assert [(r.rows_in, r.rows_accepted, r.rows_quarantined) for r in results] == [
        (1, 1, 0),
        (1, 1, 0),
    ]
    assert store.table("person").execute()["date_of_birth"].dt.date.tolist() == [date(2010, 1, 1)]
    episode = store.table("looked_after_episode").execute().iloc[0]
    # 45444 is 1 June 2024.
    assert (episode.start_date.date(), episode.end_date.date()) == (date(2024, 5, 1),
                                                                    date(2024, 6, 1))  # fmt: skip
    assert any("empty" in n for r in results for n in r.notes)


def test_a_semicolon_separated_population_file_loads_with_its_note(tmp_path):
    from csc_scorecard.ingest.population import read_population

    path = text_file(tmp_path / "population.csv", ["year;population_0_17", "2025;51000", ";"])
    load = read_population(path)
    assert (load.rows_in, load.rows_accepted) == (1, 1)
    assert any("';' between columns" in n for n in load.notes)
    assert any("1 empty row" in n for n in load.notes)
