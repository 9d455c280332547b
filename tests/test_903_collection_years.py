"""A 903 return's collection year is decided once, for all its files (issue 12, finding 1).

The returns are hand-made: a folder that names no year, one stray date years after the
return, a care leaver who would be 30, and files of one return named for two years by mistake.
Every expected value is worked out by hand from the rows written.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from csc_scorecard.ingest.errors import SourceFileError
from csc_scorecard.ingest.ssda903 import load_903, read_903
from csc_scorecard.ingest.ssda903_files import year_named
from csc_scorecard.model.ssda903 import COLUMNS
from csc_scorecard.store import Store

LA = "318"


def write(path: Path, name: str, rows: list[dict[str, str]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    pd.DataFrame(rows, columns=list(COLUMNS[name])).fillna("").to_csv(path, index=False)
    return path


def child(child_id: str, dob: str = "01/01/2012") -> dict[str, str]:
    return {"CHILD": child_id, "SEX": "M", "DOB": dob, "ETHNIC": "WBRI"}


def episode(child_id: str, decom: str, dec: str = "") -> dict[str, str]:
    return {"CHILD": child_id, "DECOM": decom, "RNE": "S", "LS": "C2", "CIN": "N1", "PLACE": "U4",
            "PLACE_PROVIDER": "PR1", "DEC": dec, "REC": "E8" if dec else ""}  # fmt: skip


def review(child_id: str, when: str, dob: str = "01/01/2012") -> dict[str, str]:
    return {"CHILD": child_id, "DOB": dob, "REVIEW": when, "REVIEW_CODE": "PN1"}


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(str(tmp_path / "s.duckdb"))


def balanced(loads) -> bool:
    return all(load.rows_in == load.rows_accepted + load.rows_quarantined for load in loads)


def test_one_stray_future_review_neither_moves_its_file_nor_is_stored(store, tmp_path):
    # A 2024-25 return in a folder that names no year: episodes reach 31 March 2025. One
    # review is typed as 2030; a care leaver born in 1995 would be 29 at the birthday in
    # the year, which OC3 would otherwise record as a contact.
    folder = tmp_path / "export"
    write(folder / "header.csv", "header",
          [child("A"), child("B"), child("L", dob="10/06/1995")])  # fmt: skip
    write(folder / "episodes.csv", "episodes",
          [episode("A", "01/05/2024"), episode("B", "01/02/2023", "01/03/2025")])  # fmt: skip
    write(folder / "reviews.csv", "reviews",
          [review("A", "01/06/2024"), review("B", "03/07/2030")])  # fmt: skip
    write(folder / "oc3.csv", "oc3", [
        {"CHILD": "L", "DOB": "10/06/1995", "IN_TOUCH": "YES", "ACTIV": "F1", "ACCOM": "B1"},
    ])  # fmt: skip
    loads = read_903([folder], LA, set())
    assert sorted(load.name for load in loads) == [
        "2025/episodes.csv", "2025/header.csv", "2025/oc3.csv", "2025/reviews.csv"
    ]  # fmt: skip
    assert balanced(loads)
    by_name = {load.name: load for load in loads}
    reviews = by_name["2025/reviews.csv"]
    assert reviews.quarantine is not None
    assert reviews.quarantine[["row_number", "rule_id"]].values.tolist() == [
        [2, "after_collection_year"]
    ]
    assert (
        "after 2025-03-31, the end of the 2024-25 collection year"
        in (reviews.quarantine["message"].iloc[0])
    )
    assert any("dated after the collection year" in n for n in reviews.notes)
    oc3 = by_name["2025/oc3.csv"]
    assert oc3.quarantine is not None and oc3.quarantine["rule_id"].tolist() == ["child_over_25"]
    # Born 10 June 1995, the birthday in 2024-25 is 10 June 2024: aged 29.
    assert "would make the child 29" in oc3.quarantine["message"].iloc[0]
    load_903(store, [folder], LA)
    stored = store.table("cla_review").execute()
    assert stored["review_date"].dt.year.tolist() == [2024]
    assert store.count("care_leaver") == 0


def test_one_mistyped_end_date_years_later_does_not_move_the_return(tmp_path):
    # 30 episodes of 2018-19 (60 dates) and one ended "2023" by a slip: 1 date in 61 is
    # under 2%, so the return stays 2018-19 and the slip is quarantined.
    folder = tmp_path / "export"
    children = [f"C{i}" for i in range(31)]
    write(folder / "header.csv", "header", [child(c) for c in children])
    rows = [episode(c, "01/05/2018", "01/02/2019") for c in children[:30]]
    write(folder / "episodes.csv", "episodes", [*rows, episode("C30", "01/06/2018", "01/06/2023")])
    loads = {load.name: load for load in read_903([folder], LA, set())}
    episodes = loads["2019/episodes.csv"]
    assert episodes.quarantine is not None
    assert episodes.quarantine[["row_number", "rule_id"]].values.tolist() == [
        [31, "after_collection_year"]
    ]


def test_a_return_whose_files_are_named_for_two_years_is_refused_naming_them(store, tmp_path):
    folder = tmp_path / "export"
    write(folder / "header_2024.csv", "header", [child("A")])
    write(folder / "episodes_2024.csv", "episodes", [episode("A", "01/05/2023")])
    write(folder / "reviews_2025.csv", "reviews", [review("A", "01/06/2024")])
    with pytest.raises(SourceFileError) as raised:
        load_903(store, [folder], LA)
    message = str(raised.value)
    assert "different collection years (2024, 2025)" in message
    assert "reviews_2025.csv (2025)" in message and "episodes_2024.csv (2024)" in message
    assert store.count("load_log") == 0


def test_whole_returns_named_by_year_in_one_folder_load_as_two_years(tmp_path):
    folder = tmp_path / "export"
    write(folder / "header_2024.csv", "header", [child("A")])
    write(folder / "episodes_2024.csv", "episodes", [episode("A", "01/05/2023")])
    write(folder / "header_2025.csv", "header", [child("A")])
    write(folder / "episodes_2025.csv", "episodes", [episode("A", "01/05/2023")])
    names = [load.name for load in read_903([folder], LA, set())]
    assert names == ["2024/header_2024.csv", "2024/episodes_2024.csv",
                     "2025/header_2025.csv", "2025/episodes_2025.csv"]  # fmt: skip


def test_a_file_named_for_another_year_than_its_folder_is_refused(store, tmp_path):
    write(tmp_path / "2025" / "header.csv", "header", [child("A")])
    write(tmp_path / "2025" / "episodes_2024.csv", "episodes", [episode("A", "01/05/2024")])
    with pytest.raises(SourceFileError, match=r"its folder \(2025\): episodes_2024.csv \(2024\)"):
        load_903(store, [tmp_path], LA)


@pytest.mark.parametrize(
    ("name", "whole", "year"),
    [("2026", True, 2026), ("2025-26", True, 2026), ("2025_2026", True, 2026),
     ("202526", True, 2026), ("episodes_2026", False, 2026), ("903 2025-26 header", False, 2026),
     ("ssda903", True, None), ("test_x0", False, None), ("a_2024_and_2025", False, None)],
)  # fmt: skip
def test_years_in_folder_and_file_names(name, whole, year):
    assert year_named(name, whole=whole) == year


def test_a_folder_named_like_2023_24_gives_the_year(tmp_path):
    write(tmp_path / "2023-24" / "header.csv", "header", [child("A")])
    assert [load.name for load in read_903([tmp_path], LA, set())] == ["2024/header.csv"]


def test_files_named_for_one_year_give_it_to_the_whole_return(tmp_path):
    write(tmp_path / "x" / "header_2023-24.csv", "header", [child("A")])
    write(tmp_path / "x" / "episodes_2023-24.csv", "episodes", [episode("A", "01/05/2023")])
    write(tmp_path / "x" / "oc2.csv", "oc2", [{"CHILD": "A"}])
    names = sorted(load.name for load in read_903([tmp_path], LA, set()))
    assert names == ["2024/episodes_2023-24.csv", "2024/header_2023-24.csv", "2024/oc2.csv"]


def test_a_well_formed_date_out_of_range_names_the_rule_and_the_column(tmp_path):
    write(tmp_path / "2025" / "header.csv", "header", [child("A")])
    write(tmp_path / "2025" / "reviews.csv", "reviews",
          [review("A", "1066-04-13"), review("A", "31/02/2024")])  # fmt: skip
    loads = {load.name: load for load in read_903([tmp_path], LA, set())}
    q = loads["2025/reviews.csv"].quarantine
    assert q is not None
    assert q[["row_number", "rule_id"]].values.tolist() == [[1, "implausible_date"],
                                                             [2, "bad_date"]]  # fmt: skip
    assert q["message"].tolist()[0] == (
        "review_date value '1066-04-13' is a real day but outside the plausible range (1900 to"
        " 2100); check its year"
    )
    assert "no such day" in q["message"].tolist()[1]


@pytest.mark.slow
def test_validate_checks_the_years_it_has_rules_for_and_names_the_others(tmp_path):
    # 2020-21 has no DfE ruleset (the validator starts at 2022-23); 2025-26 has one. Each
    # year's review has participation PN9, which the DfE's rule 167 flags.
    from typer.testing import CliRunner

    from csc_scorecard.cli import app

    for year, review_date in ((2021, "01/06/2020"), (2026, "01/06/2025")):
        write(tmp_path / "903" / str(year) / "header.csv", "header", [child("A")])
        write(tmp_path / "903" / str(year) / "reviews.csv", "reviews",
              [{**review("A", review_date), "REVIEW_CODE": "PN9"}])  # fmt: skip
    repo = Path(__file__).resolve().parents[1]
    result = CliRunner().invoke(app, ["validate", "903", str(tmp_path / "903"), "--ons-code",
                                      "E09000027", "--root", str(repo)])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output and "ModuleNotFoundError" not in result.output
    assert "DfE validator checked: 2026" in result.output
    assert "did not check 2021: the DfE 903 validator has no ruleset for 2020-21" in result.output
    assert any("DfE validator" in line and " 167 " in line and "2026" in line
               for line in result.output.splitlines())  # fmt: skip


def test_status_counts_quarantined_rows_and_rule_hits_apart(store, tmp_path, capsys):
    # Reviews row 1 breaks two rules (participation PN9, and dated after the year); row 2 one
    # (a child in no header). The load says 2 rows quarantined: status must agree.
    from rich.console import Console

    from csc_scorecard.status import print_status

    write(tmp_path / "2025" / "header.csv", "header", [child("A")])
    late_pn9 = {**review("A", "01/06/2025"), "REVIEW_CODE": "PN9"}
    write(tmp_path / "2025" / "reviews.csv", "reviews", [late_pn9, review("Q", "01/06/2024")])
    results = load_903(store, [tmp_path], LA)
    assert [r.rows_quarantined for r in results] == [0, 2]
    print_status(store, Console(width=200))
    out = capsys.readouterr().out
    assert (
        "2 file(s) loaded; 2 row(s) quarantined (3 rule hits: a row can break several rules)"
        in (out)
    )


def test_year_given_applies_to_every_file_and_disagreeing_names_are_refused(store, tmp_path):
    from typer.testing import CliRunner

    from csc_scorecard.cli import app

    folder = tmp_path / "export"
    write(folder / "header.csv", "header", [child("A")])
    write(folder / "episodes.csv", "episodes", [episode("A", "01/05/2023")])
    # The episodes alone would say 2023-24; the analyst says 2024-25 (A still looked after).
    names = [load.name for load in read_903([folder], LA, set(), year=2025)]
    assert names == ["2025/header.csv", "2025/episodes.csv"]
    args = ["load", "903", str(folder), "--la-code", LA, "--year", "2025", "--store",
            str(tmp_path / "cli.duckdb")]  # fmt: skip
    assert "2025/episodes.csv: 1 rows, 1 accepted" in CliRunner().invoke(app, args).output
    write(tmp_path / "2024" / "header.csv", "header", [child("A")])
    with pytest.raises(SourceFileError, match=r"named for collection year 2024, not the year given"
                                              r" \(2025\)"):  # fmt: skip
        read_903([tmp_path / "2024"], LA, set(), year=2025)
