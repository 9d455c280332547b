"""The SSDA903 writer against a small hand-built history whose files are worked out by hand.

Three children, April 2023 to October 2026 (collection years 2024 to 2027, the last partial):

- C001, a girl born 10/06/2015: one period of care from 15/05/2023, still open. Section 20,
  then an interim and a full care order; a move from U6 to U4 (out of area) on 10/02/2024.
  Looked after continuously from 2024-25 on, so she has OC2 rows from 2025.
- C002, a boy born 10/01/2022: in care from 20/04/2023, decision to place for adoption
  01/10/2023, placement order 01/02/2024, placed (A6) 20/05/2024, adopted 15/11/2024.
- C003, a boy born 20/11/2006: an unaccompanied asylum seeker from 01/06/2023. Foster care,
  then supported accommodation recorded as K3 from 15/01/2024 (before K3 was a 903 code);
  two missing episodes, one open at 31 March 2024; leaves care the day before his 18th
  birthday; care leaver contacts at 18 and 19.
"""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from csc_scorecard.model import TABLES
from csc_scorecard.synth.history import ERROR_COLUMN, Council, CouncilHistory
from csc_scorecard.synth.manifest import InjectedError, Manifest
from csc_scorecard.synth.write_903 import placement_code, sex_code, write_903

COUNCIL = Council("318", "E09000027", "Fixture council", ("TW9 1", "TW1 3", "TW2 5"))
PERIOD_START, PERIOD_END = date(2023, 4, 1), date(2026, 10, 31)
YEARS = (2024, 2025, 2026, 2027)

DFE_HEADERS = {
    "header": "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB",
    "episodes": "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
    "HOME_POST,PL_POST,URN",
    "reviews": "CHILD,DOB,REVIEW,REVIEW_CODE",
    "uasc": "CHILD,SEX,DOB,DUC",
    "oc2": "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
    "HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED",
    "oc3": "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM",
    "ad1": "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR",
    "placed_for_adoption": "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
    "missing": "CHILD,DOB,MISSING,MIS_START,MIS_END",
    "prev_perm": "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM",
}


def d(text: str) -> date:
    return date.fromisoformat(text)


def _table(name: str, rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Rows in the model's columns (missing ones empty) and a clean error column."""
    columns = [c.name for c in TABLES[name].columns]
    frame = pd.DataFrame([{c: row.get(c) for c in columns} for row in rows], columns=columns)
    frame[ERROR_COLUMN] = ""
    return frame


def _episode(child: str, start: str, rne: str, ls: str, cin: str, place: str, provider: str,
             end: str | None, rec: str | None, change: str | None, home: str | None,
             postcode: str, urn: str | None) -> dict[str, Any]:  # fmt: skip
    return dict(
        child_id=child, start_date=d(start), reason_new_episode=rne, legal_status=ls,
        category_of_need=cin, placement_type=place, placement_provider=provider,
        end_date=d(end) if end else None, reason_ceased=rec, reason_place_change=change,
        home_postcode=home, placement_postcode=postcode, urn=urn,
        placed_outside_council=postcode.startswith("KT"),
    )  # fmt: skip


def fixture_history() -> CouncilHistory:
    """The three children described in the module docstring, as canonical tables."""
    person = [
        dict(child_id="C001", upn="C318210121101", sex="F", date_of_birth=d("2015-06-10"),
             ethnicity="WBRI"),
        dict(child_id="C002", upn="UN1", sex="M", date_of_birth=d("2022-01-10"),
             ethnicity="WBRI"),
        dict(child_id="C003", upn="UN2", sex="M", date_of_birth=d("2006-11-20"),
             ethnicity="BAFR"),
    ]  # fmt: skip
    episodes = [
        _episode("C001", "2023-05-15", "S", "V2", "N1", "U6", "PR1", "2023-09-01", "X1", None,
                 "TW9 1AA", "TW1 3AB", "SC100001"),
        _episode("C001", "2023-09-01", "L", "C1", "N1", "U6", "PR1", "2024-02-10", "X1", "CARPL",
                 "TW9 1AA", "TW1 3AB", "SC100001"),
        _episode("C001", "2024-02-10", "P", "C1", "N1", "U4", "PR1", "2024-06-01", "X1", None,
                 "TW9 1AA", "KT1 1AA", "SC100002"),
        _episode("C001", "2024-06-01", "L", "C2", "N1", "U4", "PR1", None, None, None,
                 "TW9 1AA", "KT1 1AA", "SC100002"),
        _episode("C002", "2023-04-20", "S", "C1", "N1", "U6", "PR1", "2024-02-01", "X1", None,
                 "TW2 5AA", "TW2 5AB", "SC100003"),
        _episode("C002", "2024-02-01", "L", "E1", "N1", "U6", "PR1", "2024-05-20", "X1", "CARPL",
                 "TW2 5AA", "TW2 5AB", "SC100003"),
        _episode("C002", "2024-05-20", "P", "E1", "N1", "A6", "PR1", "2024-11-15", "E11", None,
                 "TW2 5AA", "TW1 3AB", "SC100004"),
        _episode("C003", "2023-06-01", "S", "V2", "N8", "U6", "PR1", "2024-01-15", "X1", "CARPL",
                 "TW9 1AA", "TW9 1AB", "SC100005"),
        _episode("C003", "2024-01-15", "P", "V2", "N8", "K3", "PR4", "2024-11-19", "E5", None,
                 "TW9 1AA", "KT2 6AA", "SC100006"),
    ]  # fmt: skip
    reviews = [
        ("C001", "2023-06-09", "PN1"), ("C001", "2023-09-06", "PN5"), ("C001", "2024-03-01", "PN1"),
        ("C001", "2024-08-20", "PN1"), ("C001", "2025-02-14", "PN1"), ("C001", "2025-08-12", "PN1"),
        ("C001", "2026-02-10", "PN2"), ("C001", "2026-08-04", "PN1"),
        ("C002", "2023-05-12", "PN0"), ("C002", "2023-08-10", "PN0"), ("C002", "2024-02-05", "PN0"),
        ("C002", "2024-08-01", "PN0"),
        ("C003", "2023-06-28", "PN1"), ("C003", "2023-11-30", "PN5"), ("C003", "2024-05-20", "PN1"),
    ]  # fmt: skip
    checks = [
        ("C001", "HEALTH", "2023-06-20"), ("C001", "HEALTH", "2024-06-15"),
        ("C001", "HEALTH", "2025-06-10"), ("C001", "HEALTH", "2026-06-05"),
        ("C001", "DENTAL", "2023-07-10"), ("C001", "DENTAL", "2024-07-20"),
        ("C001", "DENTAL", "2026-04-15"),
        ("C002", "HEALTH", "2023-05-25"), ("C002", "HEALTH", "2023-11-20"),
        ("C002", "HEALTH", "2024-05-15"), ("C002", "DENTAL", "2023-06-10"),
        ("C003", "HEALTH", "2023-06-20"), ("C003", "HEALTH", "2024-06-10"),
        ("C003", "DENTAL", "2023-07-15"),
    ]  # fmt: skip
    tables = {name: _table(name, []) for name in TABLES if name not in
              {"quarantine", "load_log", "aggregate_value"}}  # fmt: skip
    tables.update(
        person=_table("person", person),
        looked_after_episode=_table("looked_after_episode", episodes),
        cla_review=_table("cla_review", [
            dict(child_id=c, review_date=d(when), participation=code) for c, when, code in reviews
        ]),
        health_check=_table("health_check", [
            dict(child_id=c, check_type=kind, check_date=d(when)) for c, kind, when in checks
        ]),
        missing_episode=_table("missing_episode", [
            dict(child_id="C003", missing_type="M", start_date=d("2023-10-05"),
                 end_date=d("2023-10-06")),
            dict(child_id="C003", missing_type="A", start_date=d("2024-03-30"),
                 end_date=d("2024-04-02")),
        ]),
        uasc_status=_table("uasc_status", [
            dict(child_id="C003", start_date=d("2023-06-01"), end_date=d("2024-11-20")),
        ]),
        care_leaver=_table("care_leaver", [
            dict(child_id="C003", contact_date=d("2024-11-20"), eligibility="FORMER_RELEVANT",
                 in_touch="YES", activity="F2", accommodation="D", accommodation_suitable=True),
            dict(child_id="C003", contact_date=d("2025-11-03"), eligibility="FORMER_RELEVANT",
                 in_touch="YES", activity="G5", accommodation="U",
                 accommodation_suitable=False),
        ]),
        adoption=_table("adoption", [
            dict(child_id="C002", decision_date=d("2023-10-01"),
                 placement_order_date=d("2024-02-01"), matched_date=d("2024-05-01"),
                 placed_date=d("2024-05-20"), adopted_date=d("2024-11-15"),
                 foster_carer_adopter=False, number_of_adopters=2, adopter_sex="MF",
                 adopter_legal_status="L11"),
        ]),
        previous_permanence=_table("previous_permanence", [
            dict(child_id="C001", option="P2", local_authority="318", order_date="ZZ/05/2019"),
            dict(child_id="C002", option="Z1"),
            dict(child_id="C003", option="Z1"),
        ]),
    )  # fmt: skip
    tables["adoption"]["number_of_adopters"] = tables["adoption"]["number_of_adopters"].astype(
        "Int64"
    )
    return CouncilHistory(COUNCIL, PERIOD_START, PERIOD_END, {2023: 40_000}, tables)


def write_fixture(out: Path, history: CouncilHistory | None = None) -> tuple[list[Path], Manifest]:
    manifest = Manifest(seed=0, parameters={})
    history = history or fixture_history()
    for frame in history.tables.values():
        for error_id in frame[ERROR_COLUMN][frame[ERROR_COLUMN] != ""]:
            manifest.errors[error_id] = InjectedError(error_id, "318", "", "", "rule", "test")
    return write_903(history, out, manifest), manifest


def lines(out: Path, year: int, name: str) -> list[str]:
    return (out / "ssda903" / str(year) / f"{name}.csv").read_text(encoding="utf-8").splitlines()


def rows(out: Path, year: int, name: str) -> list[dict[str, str]]:
    with (out / "ssda903" / str(year) / f"{name}.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path], Manifest]:
    out = tmp_path_factory.mktemp("council")
    paths, manifest = write_fixture(out)
    return out, paths, manifest


EXPECTED: dict[tuple[int, str], list[str]] = {
    (2024, "header"): [
        "C001,2,10/06/2015,WBRI,C318210121101,0,",
        "C002,1,10/01/2022,WBRI,UN1,,",
        "C003,1,20/11/2006,BAFR,UN2,,",
    ],
    (2025, "header"): [
        "C001,F,10/06/2015,WBRI,C318210121101,0,",
        "C002,M,10/01/2022,WBRI,UN1,,",
        "C003,M,20/11/2006,BAFR,UN2,,",
    ],
    (2026, "header"): [
        "C001,F,10/06/2015,WBRI,C318210121101,0,",
        "C003,M,20/11/2006,BAFR,UN2,,",  # a care leaver only: no MOTHER (rule 628)
    ],
    (2027, "header"): ["C001,F,10/06/2015,WBRI,C318210121101,0,"],
    (2024, "episodes"): [
        "C001,15/05/2023,S,V2,N1,U6,PR1,01/09/2023,X1,,TW9 1AA,TW1 3AB,SC100001",
        "C001,01/09/2023,L,C1,N1,U6,PR1,10/02/2024,X1,CARPL,TW9 1AA,TW1 3AB,SC100001",
        "C001,10/02/2024,P,C1,N1,U4,PR1,,,,TW9 1AA,KT1 1AA,SC100002",
        "C002,20/04/2023,S,C1,N1,U6,PR1,01/02/2024,X1,,TW2 5AA,TW2 5AB,SC100003",
        "C002,01/02/2024,L,E1,N1,U6,PR1,,,,TW2 5AA,TW2 5AB,SC100003",
        "C003,01/06/2023,S,V2,N8,U6,PR1,15/01/2024,X1,CARPL,,TW9 1AB,SC100005",
        "C003,15/01/2024,P,V2,N8,H5,PR4,,,,,KT2 6AA,SC100006",
    ],
    (2025, "episodes"): [
        "C001,10/02/2024,P,C1,N1,U4,PR1,01/06/2024,X1,,TW9 1AA,KT1 1AA,SC100002",
        "C001,01/06/2024,L,C2,N1,U4,PR1,,,,TW9 1AA,KT1 1AA,SC100002",
        "C002,01/02/2024,L,E1,N1,U6,PR1,20/05/2024,X1,CARPL,TW2 5AA,TW2 5AB,SC100003",
        "C002,20/05/2024,P,E1,N1,A6,PR1,15/11/2024,E11,,TW2 5AA,TW1 3AB,SC100004",
        "C003,15/01/2024,P,V2,N8,K3,PR4,19/11/2024,E5,,,KT2 6AA,SC100006",
    ],
    (2026, "episodes"): ["C001,01/06/2024,L,C2,N1,U4,PR1,,,,TW9 1AA,KT1 1AA,SC100002"],
    (2027, "episodes"): ["C001,01/06/2024,L,C2,N1,U4,PR1,,,,TW9 1AA,KT1 1AA,SC100002"],
    (2024, "reviews"): [
        "C001,10/06/2015,09/06/2023,PN1",
        "C001,10/06/2015,06/09/2023,PN5",
        "C001,10/06/2015,01/03/2024,PN1",
        "C002,10/01/2022,12/05/2023,PN0",
        "C002,10/01/2022,10/08/2023,PN0",
        "C002,10/01/2022,05/02/2024,PN0",
        "C003,20/11/2006,28/06/2023,PN1",
        "C003,20/11/2006,30/11/2023,PN5",
    ],
    (2025, "reviews"): [
        "C001,10/06/2015,20/08/2024,PN1",
        "C001,10/06/2015,14/02/2025,PN1",
        "C002,10/01/2022,01/08/2024,PN0",
        "C003,20/11/2006,20/05/2024,PN1",
    ],
    (2026, "reviews"): ["C001,10/06/2015,12/08/2025,PN1", "C001,10/06/2015,10/02/2026,PN2"],
    (2027, "reviews"): ["C001,10/06/2015,04/08/2026,PN1"],
    (2024, "uasc"): ["C003,1,20/11/2006,20/11/2024"],
    (2025, "uasc"): ["C003,M,20/11/2006,20/11/2024"],
    (2026, "uasc"): [],
    (2027, "uasc"): [],
    (2024, "oc3"): [],
    (2025, "oc3"): ["C003,20/11/2006,YES,F2,D1"],
    (2026, "oc3"): ["C003,20/11/2006,YES,G5,U2"],
    (2027, "oc3"): [],
    (2024, "ad1"): [],
    (2025, "ad1"): ["C002,10/01/2022,01/10/2023,01/05/2024,0,2,MF,L11"],
    (2026, "ad1"): [],
    (2027, "ad1"): [],
    (2024, "placed_for_adoption"): ["C002,10/01/2022,01/10/2023,,"],
    (2025, "placed_for_adoption"): ["C002,10/01/2022,01/10/2023,,"],
    (2026, "placed_for_adoption"): [],
    (2027, "placed_for_adoption"): [],
    (2024, "missing"): [
        "C003,20/11/2006,M,05/10/2023,06/10/2023",
        "C003,20/11/2006,A,30/03/2024,",  # open at 31 March: no end this year
    ],
    (2025, "missing"): ["C003,20/11/2006,A,30/03/2024,02/04/2024"],
    (2026, "missing"): [],
    (2027, "missing"): [],
    (2024, "prev_perm"): [
        "C001,10/06/2015,P2,318,ZZ/05/2019",
        "C002,10/01/2022,Z1,,",
        "C003,20/11/2006,Z1,,",
    ],
    (2025, "prev_perm"): [],
    (2026, "prev_perm"): [],
    (2027, "prev_perm"): [],
    (2024, "oc2"): [],
}


def test_every_year_has_every_file_with_the_dfe_columns(written: Any) -> None:
    out, paths, manifest = written
    expected = {out / "ssda903" / str(y) / f"{n}.csv" for y in YEARS for n in DFE_HEADERS}
    assert set(paths) == expected
    for path in paths:
        name = path.stem
        assert path.read_text(encoding="utf-8").splitlines()[0] == DFE_HEADERS[name]
        relative = path.relative_to(out).as_posix()
        assert manifest.row_counts[relative] == len(path.read_text().splitlines()) - 1


@pytest.mark.parametrize("year,name", sorted(EXPECTED))
def test_file_contents_worked_out_by_hand(written: Any, year: int, name: str) -> None:
    out, _, _ = written
    assert lines(out, year, name)[1:] == EXPECTED[year, name]


def test_dates_are_day_month_year(written: Any) -> None:
    out, paths, _ = written
    date_columns = {"DOB", "MC_DOB", "DECOM", "DEC", "REVIEW", "DUC", "DATE_INT", "DATE_MATCH",
                    "DATE_PLACED", "DATE_PLACED_CEASED", "MIS_START", "MIS_END"}  # fmt: skip
    for path in paths:
        for row in rows(out, int(path.parent.name), path.stem):
            for column in date_columns & row.keys():
                assert re.fullmatch(r"(\d\d/\d\d/\d{4})?", row[column]), (path, column, row)


def test_episode_open_at_year_end_is_split_across_years(written: Any) -> None:
    out, _, _ = written

    def move(year: int) -> dict[str, str]:
        (row,) = [r for r in rows(out, year, "episodes")
                  if r["CHILD"] == "C001" and r["DECOM"] == "10/02/2024"]  # fmt: skip
        return row

    assert (move(2024)["DEC"], move(2024)["REC"]) == ("", "")
    assert (move(2025)["DEC"], move(2025)["REC"]) == ("01/06/2024", "X1")
    assert move(2024)["REASON_PLACE_CHANGE"] == ""  # only once the episode has ended (rule 233)
    assert all(r["DECOM"] != "10/02/2024" for r in rows(out, 2026, "episodes"))


def test_sex_is_coded_for_the_year(written: Any) -> None:
    out, _, _ = written
    assert [r["SEX"] for r in rows(out, 2024, "header")] == ["2", "1", "1"]
    assert [r["SEX"] for r in rows(out, 2025, "header")] == ["F", "M", "M"]
    assert [r["SEX"] for r in rows(out, 2024, "uasc")] == ["1"]
    assert [r["SEX"] for r in rows(out, 2025, "uasc")] == ["M"]
    assert sex_code("U", 2026) == "U" and sex_code("1", 2026) == "M"


@pytest.mark.parametrize(
    "code,year,written_as",
    [
        ("K3", 2024, "H5"),  # supported accommodation before K3 existed
        ("K3", 2025, "K3"),
        ("H5", 2024, "H5"),
        ("H5", 2025, "K3"),  # still valid, but K3 replaces it from 2024-25 (rule 503D)
        ("H5", 2026, "K3"),  # retired from 2025-26
        ("Z1", 2025, "Z1"),
        ("Z1", 2026, "Z11"),
        ("Z13", 2025, "Z1"),
        ("Z12", 2026, "Z12"),
        ("U6", 2024, "U6"),
        ("P2", 2026, "P2"),  # no successor: written as it is
        ("XX", 2026, "XX"),  # not a code in any year: an injected fault stays visible
    ],
)
def test_place_is_coded_for_the_year(code: str, year: int, written_as: str) -> None:
    assert placement_code(code, year) == written_as


def test_retired_place_codes_in_a_written_file(tmp_path: Path) -> None:
    history = fixture_history()
    episodes = history.tables["looked_after_episode"]
    extra = pd.DataFrame([
        _episode("C001", "2025-05-01", "P", "C2", "N1", "H5", "PR4", "2025-07-01", "X1",
                 "CARPL", "TW9 1AA", "TW2 5AB", "SC100007"),
        _episode("C001", "2025-07-01", "P", "C2", "N1", "Z1", "PR4", None, None, None,
                 "TW9 1AA", "TW2 5AB", None),
    ])  # fmt: skip
    extra[ERROR_COLUMN] = ""
    history.tables["looked_after_episode"] = pd.concat([episodes, extra], ignore_index=True)
    write_fixture(tmp_path, history)
    places = [(r["DECOM"], r["PLACE"]) for r in rows(tmp_path, 2026, "episodes")]
    assert ("01/05/2025", "K3") in places and ("01/07/2025", "Z11") in places


def test_oc2_children_looked_after_all_year(written: Any) -> None:
    out, _, _ = written
    assert rows(out, 2024, "oc2") == []  # C001 only started in May 2023
    (y2025,) = rows(out, 2025, "oc2")
    (y2026,) = rows(out, 2026, "oc2")
    (y2027,) = rows(out, 2027, "oc2")  # in-year: looked after since 1 April and still at the end
    assert y2025["CHILD"] == y2026["CHILD"] == y2027["CHILD"] == "C001"
    # health assessment 15/06/2024 and dental check 20/07/2024 in 2024-25; none in 2025-26
    assert (y2025["HEALTH_ASSESSMENT"], y2025["TEETH_CHECK"]) == ("1", "1")
    assert (y2026["HEALTH_ASSESSMENT"], y2026["TEETH_CHECK"]) == ("1", "0")
    assert (y2027["HEALTH_ASSESSMENT"], y2027["TEETH_CHECK"]) == ("1", "1")
    assert y2025["HEALTH_CHECK"] == ""  # surveillance checks are for the under-fives only
    assert y2025["CONVICTED"] == "" and y2026["CONVICTED"] in {"0", "1"}  # 10 from 06/2025
    assert y2025["SUBSTANCE_MISUSE"] == "0" and y2025["INTERVENTION_RECEIVED"] == ""
    for row in (y2025, y2026, y2027):
        assert row["DOB"] == "10/06/2015"
        assert row["IMMUNISATIONS"] in {"0", "1"}
        assert (row["SDQ_SCORE"] != "") != (row["SDQ_REASON"] != "")
        assert row["SDQ_SCORE"] == "" or 0 <= int(row["SDQ_SCORE"]) <= 40
    # stable: the same draws on every run
    again = rows(out, 2025, "oc2")
    assert again == [y2025]


def test_error_rows_are_located_in_every_file_they_land_in(tmp_path: Path) -> None:
    history = fixture_history()
    reviews = history.tables["cla_review"]
    review = reviews.index[(reviews.child_id == "C001") & (reviews.review_date == d("2025-02-14"))]
    reviews.loc[review, ["participation", ERROR_COLUMN]] = ["PN9", "318-E0001"]
    episodes = history.tables["looked_after_episode"]
    move = episodes.index[(episodes.child_id == "C001") & (episodes.start_date == d("2024-02-10"))]
    episodes.loc[move, ["placement_type", ERROR_COLUMN]] = ["XX", "318-E0002"]
    missing = history.tables["missing_episode"]
    missing.loc[0, ["start_date", "end_date", ERROR_COLUMN]] = [None, None, "318-E0003"]
    _, manifest = write_fixture(tmp_path, history)

    where = {e: [(loc.file, loc.source_table, loc.row_number) for loc in manifest.errors[e]
                 .locations] for e in manifest.errors}  # fmt: skip
    assert where["318-E0001"] == [("ssda903/2025/reviews.csv", "cla_review", 2)]
    assert where["318-E0002"] == [
        ("ssda903/2024/episodes.csv", "looked_after_episode", 3),
        ("ssda903/2025/episodes.csv", "looked_after_episode", 1),
    ]
    assert lines(tmp_path, 2025, "reviews")[2] == "C001,10/06/2015,14/02/2025,PN9"
    assert lines(tmp_path, 2024, "episodes")[3].split(",")[5] == "XX"
    assert where["318-E0003"] == []  # no start date: it belongs to no collection year
    assert "903" in manifest.errors["318-E0003"].not_applicable
    assert manifest.errors["318-E0001"].not_applicable == {}


def test_a_child_without_a_date_of_birth_is_written_with_it_blank(tmp_path: Path) -> None:
    history = fixture_history()
    history.tables["person"].loc[0, "date_of_birth"] = None  # C001
    write_fixture(tmp_path, history)
    assert rows(tmp_path, 2025, "header")[0]["DOB"] == ""
    (oc2,) = rows(tmp_path, 2025, "oc2")
    assert (oc2["CHILD"], oc2["DOB"], oc2["SDQ_SCORE"], oc2["CONVICTED"]) == ("C001", "", "", "")
