"""The SSDA903 loader on small hand-built returns: recognition, years, merging and quarantine.

Every expected value below is worked out by hand from the rows written in the test.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from csc_scorecard.cli import app
from csc_scorecard.docs import GENERATED_PAGES
from csc_scorecard.ingest.errors import SourceFileError
from csc_scorecard.ingest.ssda903 import load_903, read_903
from csc_scorecard.model.ssda903 import COLUMNS
from csc_scorecard.store import Store

LA = "318"
DOCS = Path(__file__).resolve().parent.parent / "docs"


def write(path: Path, name: str, rows: list[dict[str, str]]) -> Path:
    """A 903 CSV with the DfE columns of ``name``; cells not given are empty."""
    path.parent.mkdir(parents=True, exist_ok=True)
    frame = pd.DataFrame(rows, columns=list(COLUMNS[name])).fillna("")
    frame.to_csv(path, index=False)
    return path


def child(child_id: str, sex: str = "M", dob: str = "01/01/2010") -> dict[str, str]:
    return {"CHILD": child_id, "SEX": sex, "DOB": dob, "ETHNIC": "WBRI"}


def episode(child_id: str, decom: str, dec: str = "", **cells: str) -> dict[str, str]:
    row = {"CHILD": child_id, "DECOM": decom, "RNE": "S", "LS": "C2", "CIN": "N1", "PLACE": "U4",
           "PLACE_PROVIDER": "PR1", "DEC": dec, "REC": "E8" if dec else ""}  # fmt: skip
    return {**row, **cells}


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(str(tmp_path / "s.duckdb"))


def quarantined(store: Store) -> list[tuple[str, int, str]]:
    q = store.table("quarantine").execute()
    return sorted(zip(q["file"], q["row_number"].astype(int), q["rule_id"], strict=True))


def test_files_are_recognised_by_columns_whatever_their_names(store, tmp_path):
    write(tmp_path / "2025" / "kids.csv", "header", [child("A"), child("B", sex="2")])
    write(tmp_path / "2025" / "lac_eps_export.csv", "episodes", [episode("A", "01/05/2024")])
    results = load_903(store, [tmp_path], LA)
    assert [r.file for r in results] == ["2025/kids.csv", "2025/lac_eps_export.csv"]
    person = store.table("person").execute().sort_values("child_id")
    assert person["sex"].tolist() == ["M", "F"]  # SEX 2 (used before 2024-25) is read as F
    episodes = store.table("looked_after_episode").execute()
    assert episodes["start_date"].tolist() == [pd.Timestamp("2024-05-01")]


def test_a_file_matching_no_903_columns_stops_the_load_naming_the_nearest(store, tmp_path):
    write(tmp_path / "2024" / "header.csv", "header", [child("A")])
    load_903(store, [tmp_path / "2024"], LA)
    before = store.count("load_log"), store.count("person")
    columns = [c for c in COLUMNS["episodes"] if c != "DECOM"]
    bad = tmp_path / "2025" / "episodes.csv"
    bad.parent.mkdir()
    bad.write_text(",".join(columns) + "\nA," + ",".join([""] * (len(columns) - 1)) + "\n")
    with pytest.raises(SourceFileError) as raised:
        load_903(store, [tmp_path], LA)
    assert "nearest is Episodes" in str(raised.value) and "lacks DECOM" in str(raised.value)
    assert (store.count("load_log"), store.count("person")) == before


def test_dates_are_read_in_both_the_dfe_and_the_iso_form(store, tmp_path):
    write(tmp_path / "2025" / "header.csv", "header", [child("A", dob="2010-02-03")])
    write(tmp_path / "2025" / "episodes.csv", "episodes",
          [episode("A", "01/05/2024", "2024-06-01"),
           episode("A", "2024-06-01", RNE="P")])  # fmt: skip
    load_903(store, [tmp_path], LA)
    assert store.table("person").execute()["date_of_birth"].tolist() == [pd.Timestamp(2010, 2, 3)]
    episodes = store.table("looked_after_episode").execute().sort_values("start_date")
    assert episodes["start_date"].dt.date.tolist() == [date(2024, 5, 1), date(2024, 6, 1)]
    assert episodes["end_date"].dt.date.tolist()[0] == date(2024, 6, 1)
    assert store.count("quarantine") == 0


def test_an_episode_in_two_years_is_one_episode_closed_by_the_later_year(store, tmp_path):
    # 2024-25: A's episode from 1 March 2024 is open on 31 March 2025 (DEC blank).
    # 2025-26: the same episode, now ended 10 June 2025 (E8), and its successor.
    write(tmp_path / "2025" / "header.csv", "header", [child("A")])
    write(tmp_path / "2025" / "episodes.csv", "episodes", [episode("A", "01/03/2024")])
    write(tmp_path / "2026" / "header.csv", "header", [child("A")])
    write(tmp_path / "2026" / "episodes.csv", "episodes",
          [episode("A", "01/03/2024", "10/06/2025", REC="X1", REASON_PLACE_CHANGE="CARPL"),
           episode("A", "10/06/2025", RNE="P", PLACE="U6")])  # fmt: skip
    # The later year is named first: the loader orders by year, not by argument.
    results = load_903(store, [tmp_path / "2026", tmp_path / "2025"], LA)
    assert [r.file for r in results][:2] == ["2025/header.csv", "2025/episodes.csv"]
    episodes = store.table("looked_after_episode").execute().sort_values("start_date")
    assert len(episodes) == 2  # three rows read, two episodes
    first = episodes.iloc[0]
    assert (first.start_date, first.end_date) == (
        pd.Timestamp(2024, 3, 1),
        pd.Timestamp(2025, 6, 10),
    )
    assert (first.reason_ceased, first.reason_place_change) == ("X1", "CARPL")
    assert store.count("person") == 1


def test_files_outside_a_year_folder_take_the_year_of_their_latest_date(store, tmp_path):
    # Latest episode date 2 April 2025 -> the collection year ending March 2026; the header
    # holds only dates of birth and takes its folder's year.
    write(tmp_path / "export" / "header.csv", "header", [child("A")])
    write(tmp_path / "export" / "episodes.csv", "episodes",
          [episode("A", "01/03/2025", "02/04/2025")])  # fmt: skip
    results = load_903(store, [tmp_path / "export"], LA)
    assert [r.file for r in results] == ["2026/header.csv", "2026/episodes.csv"]


def test_a_file_whose_year_cannot_be_told_stops_the_load(store, tmp_path):
    write(tmp_path / "export" / "header.csv", "header", [child("A")])
    with pytest.raises(SourceFileError, match="collection year"):
        load_903(store, [tmp_path / "export"], LA)
    assert store.count("load_log") == 0


def test_every_rule_is_quarantined_at_its_row(store, tmp_path):
    write(tmp_path / "2025" / "header.csv", "header",
          [child("A"), child("B"), child("C", sex="X")])  # fmt: skip
    write(tmp_path / "2025" / "episodes.csv", "episodes", [
        episode("A", "01/05/2024", "01/08/2024"),
        episode("A", "01/07/2024", RNE="P"),  # row 2: starts inside row 1 -> overlapping
        episode("B", "31/02/2024"),  # row 3: no 31 February -> bad_date
        episode("B", "01/06/2024", PLACE="XX"),  # row 4: not a placement code -> code_list
        episode("C", "01/06/2024", RNE=""),  # row 5: RNE required -> missing_required
    ])  # fmt: skip
    write(tmp_path / "2025" / "reviews.csv", "reviews", [
        {"CHILD": "A", "REVIEW": "01/06/2024", "REVIEW_CODE": "PN1"},
        {"CHILD": "A", "REVIEW": "01/06/2024", "REVIEW_CODE": "PN1"},  # row 2 repeats row 1
        {"CHILD": "Z", "REVIEW": "01/07/2024", "REVIEW_CODE": "PN1"},  # row 3: Z in no header
    ])  # fmt: skip
    write(tmp_path / "2025" / "missing.csv", "missing", [
        {"CHILD": "A", "MISSING": "M", "MIS_START": "05/06/2024", "MIS_END": "04/06/2024"},
    ])  # fmt: skip
    results = load_903(store, [tmp_path], LA)
    assert quarantined(store) == [
        ("2025/episodes.csv", 2, "overlapping_episodes"),
        ("2025/episodes.csv", 3, "bad_date"),
        ("2025/episodes.csv", 4, "code_list"),
        ("2025/episodes.csv", 5, "missing_required"),
        ("2025/header.csv", 3, "code_list"),  # SEX X
        ("2025/missing.csv", 1, "end_before_start"),
        ("2025/reviews.csv", 2, "duplicate_row"),
        ("2025/reviews.csv", 3, "unknown_child"),
    ]
    q = store.table("quarantine").execute().set_index(["file", "row_number"])
    assert q.loc[("2025/reviews.csv", 2), "message"] == (
        "the same record appears earlier in the file (row 1)"
    )
    raw = json.loads(q.loc[("2025/episodes.csv", 4), "raw_record"])
    assert raw["place"] == "XX" and (q["source"] == "903").all()
    for r in results:
        assert r.rows_in == r.rows_accepted + r.rows_quarantined
    # header 3 in, 1 out (C stays known: its episode fails for RNE, not as an unknown child)
    assert [(r.file, r.rows_accepted) for r in results if r.file.endswith("header.csv")] == [
        ("2025/header.csv", 2)
    ]


def test_an_episode_overlapping_one_reported_only_in_an_earlier_year_is_caught(store, tmp_path):
    # 2024-25 holds A's episode 1 Jan 2024 - 1 March 2025. 2025-26 holds only the episode
    # starting 1 February 2025 (inside it), since the first ended before 1 April 2025.
    write(tmp_path / "2025" / "header.csv", "header", [child("A")])
    write(
        tmp_path / "2025" / "episodes.csv", "episodes", [episode("A", "01/01/2024", "01/03/2025")]
    )
    write(tmp_path / "2026" / "header.csv", "header", [child("A")])
    write(tmp_path / "2026" / "episodes.csv", "episodes",
          [episode("A", "01/02/2025", "01/05/2025", RNE="P")])  # fmt: skip
    load_903(store, [tmp_path], LA)
    assert quarantined(store) == [("2026/episodes.csv", 1, "overlapping_episodes")]


def test_care_leavers_are_dated_by_the_birthday_in_the_year_and_accom_is_split(store, tmp_path):
    write(
        tmp_path / "2025" / "header.csv",
        "header",
        [child("A", dob="15/06/2006"), child("B", dob="10/02/2007"), child("C", dob="29/02/2004")],
    )
    write(tmp_path / "2025" / "oc3.csv", "oc3", [
        {"CHILD": "A", "DOB": "15/06/2006", "IN_TOUCH": "YES", "ACTIV": "F5", "ACCOM": "Z1"},
        {"CHILD": "B", "DOB": "10/02/2007", "IN_TOUCH": "YES", "ACTIV": "G5", "ACCOM": "B2"},
        {"CHILD": "C", "DOB": "29/02/2004", "IN_TOUCH": "DIED", "ACTIV": "0", "ACCOM": "0"},
    ])  # fmt: skip
    load_903(store, [tmp_path], LA)
    leavers = store.table("care_leaver").execute().sort_values("child_id")
    # 2024-25 runs 1 April 2024 - 31 March 2025: A's birthday 15 June falls in 2024, B's
    # 10 February in 2025, C's 29 February in 2025, which is not a leap year -> 28 February.
    assert leavers["contact_date"].dt.date.tolist() == [
        date(2024, 6, 15), date(2025, 2, 10), date(2025, 2, 28)
    ]  # fmt: skip
    assert leavers["accommodation"].tolist() == ["Z", "B", "0"]
    assert leavers["accommodation_suitable"].tolist() == [True, False, None]


def test_adoption_files_of_one_decision_merge_into_one_record(store, tmp_path):
    write(tmp_path / "2025" / "header.csv", "header", [child("A")])
    write(tmp_path / "2025" / "placed_for_adoption.csv", "placed_for_adoption",
          [{"CHILD": "A", "DATE_PLACED": "01/05/2024"}])  # fmt: skip
    write(tmp_path / "2025" / "ad1.csv", "ad1", [
        {"CHILD": "A", "DATE_INT": "01/05/2024", "DATE_MATCH": "01/08/2024", "FOSTER_CARE": "1",
         "NB_ADOPTR": "2", "SEX_ADOPTR": "MF", "LS_ADOPTR": "L0"},
    ])  # fmt: skip
    load_903(store, [tmp_path], LA)
    adoption = store.table("adoption").execute()
    assert len(adoption) == 1
    row = adoption.iloc[0]
    assert (row.decision_date, row.matched_date) == (
        pd.Timestamp(2024, 5, 1),
        pd.Timestamp(2024, 8, 1),
    )
    assert (row.foster_carer_adopter, row.number_of_adopters, row.adopter_sex) == (True, 2, "MF")


def test_reloading_is_a_no_op_and_a_corrected_year_replaces_only_itself(store, tmp_path):
    write(tmp_path / "2025" / "header.csv", "header", [child("A"), child("B")])
    write(tmp_path / "2025" / "reviews.csv", "reviews",
          [{"CHILD": "A", "REVIEW": "01/06/2024", "REVIEW_CODE": "PN1"}])  # fmt: skip
    write(tmp_path / "2026" / "header.csv", "header", [child("A"), child("B")])
    write(tmp_path / "2026" / "reviews.csv", "reviews",
          [{"CHILD": "A", "REVIEW": "01/06/2025", "REVIEW_CODE": "PN9"}])  # fmt: skip
    load_903(store, [tmp_path], LA)
    assert all(r.skipped for r in load_903(store, [tmp_path], LA))
    write(tmp_path / "2026" / "reviews.csv", "reviews",
          [{"CHILD": "B", "REVIEW": "02/06/2025", "REVIEW_CODE": "PN1"}])  # fmt: skip
    load_903(store, [tmp_path], LA)
    reviews = store.table("cla_review").execute().sort_values("review_date")
    # 2025's review stays; 2026's quarantined PN9 row is replaced by the corrected file's row.
    assert list(zip(reviews["child_id"], reviews["review_date"].dt.date, strict=True)) == [
        ("A", date(2024, 6, 1)), ("B", date(2025, 6, 2))
    ]  # fmt: skip
    assert store.count("quarantine") == 0


def test_files_with_no_canonical_table_are_checked_and_counted(tmp_path):
    write(tmp_path / "2025" / "header.csv", "header", [child("A")])
    write(tmp_path / "2025" / "oc2.csv", "oc2",
          [{"CHILD": "A", "HEALTH_ASSESSMENT": "1"}, {"CHILD": "Q"},
           {"CHILD": "", "HEALTH_ASSESSMENT": "1"}])  # fmt: skip
    loads = {load.name: load for load in read_903([tmp_path], LA, set())}
    oc2 = loads["2025/oc2.csv"]
    assert oc2.tables == {} and oc2.rows_in == 3 and oc2.rows_accepted == 1
    assert oc2.quarantine is not None
    assert sorted(zip(oc2.quarantine["row_number"], oc2.quarantine["rule_id"], strict=True)) == [
        (2, "unknown_child"), (3, "missing_required")
    ]  # fmt: skip


def test_the_mapping_page_is_current():
    committed = (DOCS / "903-mapping.md").read_text(encoding="utf-8")
    assert committed == GENERATED_PAGES["903-mapping.md"](), "run `scorecard docs`"


runner = CliRunner()


def test_cli_loads_reports_each_file_and_exits_2_on_an_unreadable_file(tmp_path):
    write(tmp_path / "903" / "2025" / "header.csv", "header", [child("A")])
    write(tmp_path / "903" / "2025" / "reviews.csv", "reviews",
          [{"CHILD": "A", "REVIEW": "01/06/2024", "REVIEW_CODE": "PN9"}])  # fmt: skip
    store = str(tmp_path / "s.duckdb")
    args = ["load", "903", str(tmp_path / "903"), "--la-code", LA, "--store", store]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "2025/reviews.csv: 1 rows, 0 accepted, 1 quarantined" in result.output
    (tmp_path / "903" / "2025" / "oc3.csv").write_bytes(b"\x00\x01binary")
    broken = runner.invoke(app, args)
    assert broken.exit_code == 2 and "binary" in broken.output
    assert Store(store).count("load_log") == 2


def test_cli_validate_shows_our_findings_and_says_when_the_dfe_validator_cannot_run(tmp_path):
    write(tmp_path / "903" / "2025" / "header.csv", "header", [child("A")])
    write(tmp_path / "903" / "2025" / "reviews.csv", "reviews",
          [{"CHILD": "A", "REVIEW": "01/06/2024", "REVIEW_CODE": "PN9"}])  # fmt: skip
    no_repo = tmp_path / "elsewhere"
    result = runner.invoke(app, ["validate", "903", str(tmp_path / "903"), "--ons-code",
                                 "E09000027", "--root", str(no_repo)])  # fmt: skip
    assert result.exit_code == 1
    assert "code_list" in result.output and "could not be run" in result.output


def test_cli_validate_takes_the_ons_code_from_a_synthetic_councils_manifest(tmp_path):
    write(tmp_path / "318" / "ssda903" / "2025" / "header.csv", "header", [child("A")])
    args = ["validate", "903", str(tmp_path / "318" / "ssda903"), "--root", str(tmp_path / "x")]
    refused = runner.invoke(app, args)
    assert refused.exit_code == 2 and "--ons-code" in refused.output
    (tmp_path / "318" / "manifest.json").write_text('{"parameters": {"ons_code": "E09000027"}}')
    result = runner.invoke(app, args)
    assert result.exit_code == 1 and "could not be run" in result.output  # got past the code


def test_a_number_too_big_for_the_store_is_quarantined_not_a_crash(tmp_path):
    # Found by test_fuzz_903: 23 digits do not fit a 64-bit integer column.
    write(tmp_path / "2025" / "header.csv", "header", [child("A")])
    write(tmp_path / "2025" / "ad1.csv", "ad1",
          [{"CHILD": "A", "DATE_INT": "01/05/2024", "NB_ADOPTR": "9" * 23}])  # fmt: skip
    loads = {load.name: load for load in read_903([tmp_path], LA, set())}
    q = loads["2025/ad1.csv"].quarantine
    assert q is not None
    assert list(zip(q["row_number"], q["rule_id"], strict=True)) == [(1, "bad_type")]
    assert "number_of_adopters" in q["message"].iloc[0]


@pytest.mark.slow
def test_validate_shows_the_dfe_validator_flagging_what_we_quarantine(tmp_path):
    # One review with participation PN9: our code_list rule and the DfE's rule 167 both fire.
    write(tmp_path / "903" / "2026" / "header.csv", "header", [child("A")])
    write(
        tmp_path / "903" / "2026" / "reviews.csv",
        "reviews",
        [{"CHILD": "A", "DOB": "01/01/2010", "REVIEW": "01/06/2025", "REVIEW_CODE": "PN9"}],
    )
    repo = Path(__file__).resolve().parents[1]
    result = runner.invoke(app, ["validate", "903", str(tmp_path / "903"), "--ons-code",
                                 "E09000027", "--root", str(repo)])  # fmt: skip
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any("our loader" in line and "code_list" in line for line in lines)
    assert any("DfE validator" in line and " 167 " in line for line in lines)
