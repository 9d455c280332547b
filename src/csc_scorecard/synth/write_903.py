"""Write a council's history as SSDA903 returns: one folder of CSVs per collection year.

The files are what a council uploads to the DfE (and to data-to-insight's ``lac_validator``):
``ssda903/<YYYY>/{header,episodes,reviews,uasc,oc2,oc3,ad1,placed_for_adoption,missing,
prev_perm}.csv``, where YYYY is the year the collection ends (2026 = April 2025 to March
2026). Column names are exactly the DfE's; the validator recognises each file by its set of
column names, so no column is added or left out. Dates are DD/MM/YYYY.

Which rows go into a year follows the SSDA903 return rules, as the validator checks them:

- Episodes: every episode open at any time in the year. One still open at 31 March is
  written with blank DEC, REC and REASON_PLACE_CHANGE, and again, complete, the next year.
- Header: every child looked after at any time in the year, plus care leavers with an OC3
  row in the year. MOTHER is ``0`` for girls looked after in the year (the simulator does not
  model motherhood) and blank otherwise, as rules 165, 393 and 628 expect.
- Reviews: reviews held in the year. Missing: missing or away episodes open at any time in
  the year (an open one is repeated next year with the same MIS_START, as rule 576 expects).
- OC2: children looked after continuously since 1 April (computed as the validator does:
  no new period, no end of care, no short breaks in the year). The last, partial year uses
  the children looked after since 1 April and still looked after at the period end.
  HEALTH_ASSESSMENT and TEETH_CHECK say whether a health assessment or dental check was held in
  the year; HEALTH_CHECK (surveillance checks) is only for children under five at 31 March.
  SDQ, conviction, immunisation and substance misuse items are not simulated, so they are
  drawn from a hash of child and year: stable across runs, and present exactly for the ages
  the DfE asks for (SDQ aged 4-17, CONVICTED aged 10 or over).
- OC3: one row per canonical care_leaver row, in the year of the birthday (17th to 21st) it
  is about. ACCOM is the accommodation letter and ``1`` (suitable) or ``2``, or ``0``.
- UASC: children looked after in the year who were unaccompanied asylum seekers at any time
  in it; DUC is the date status ceased, or the 18th birthday while it continues (rule 205B).
  HOME_POST is left blank for these children, as the DfE asks (rule 406).
- AD1: children adopted in the year. DATE_INT is the date of the decision that adoption is
  in the child's best interests, the same date as DATE_PLACED (rules 523 and 521), so it is
  written from ``adoption.decision_date``.
- Placed for adoption: decisions open at any time in the year (neither reversed nor ended
  by the adoption before it) for children looked after in it (rules 557, 559 and 560
  compare them from year to year); a reversal after the year end is not yet written.
- Previous permanence: children who started a period of care in the year.

Codes change between years; each year is written with that year's codes
(``csc_scorecard.model.codes``):

- SEX: ``1``/``2`` up to 2023-24 (year 2024), ``M``/``F``/``U`` from 2024-25.
- PLACE: a code that was replaced is written as its successor from the first year the
  successor is a code: H5 -> K3 from 2024-25, Z1 -> Z11 from 2025-26. That is the DfE's own
  transition: rule 503D lets an episode open at the year end change from H5 to K3 only into
  2023-24 or 2024-25, and from Z1 to Z11-Z14 only into 2025-26, so an H5 placement still
  open in March 2025 must already be K3 in the 2024-25 return (H5, though still accepted in
  2024-25, would otherwise turn into K3 in 2025-26 and be flagged). The 2024-25 validator
  spells K3 ``k3`` in its list and so flags every K3 that year: its fault, not the file's.
  A code not yet valid in the year is written as the code it replaced: K3 -> H5 before
  2024-25, Z11-Z14 -> Z1 before 2025-26. P2 has no successor and is written as it is, as are
  codes in no year's list (injected faults).

Rows carrying an injected error are written as they are; every place one lands is recorded
with ``Manifest.locate``. Error rows of these tables that fall into no year written are
recorded with ``Manifest.not_applicable``.

Every year written is complete: the history keeps every record active from 1 April of the
first collection year (``CouncilHistory.records_from``), even when the period starts later.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from csc_scorecard.calendar import collection_year
from csc_scorecard.model import TABLES
from csc_scorecard.model.codes import PLACEMENT_TYPE
from csc_scorecard.model.ssda903 import COLUMNS
from csc_scorecard.synth.history import ERROR_COLUMN, CouncilHistory
from csc_scorecard.synth.manifest import Manifest

FORMAT = "903"
H5_REGISTRATION = date(2023, 10, 28)  # supported accommodation registered with Ofsted from
TABLE_COLUMN = "_table"


ROW_TABLES = (
    "person",
    "looked_after_episode",
    "cla_review",
    "missing_episode",
    "uasc_status",
    "care_leaver",
    "adoption",
    "previous_permanence",
)
"""Canonical tables whose rows the 903 carries one for one (health checks only as OC2 flags)."""

PLACE_SUCCESSOR = {"H5": "K3", "Z1": "Z11"}
PLACE_PREDECESSOR = {"K3": "H5", "Z11": "Z1", "Z12": "Z1", "Z13": "Z1", "Z14": "Z1"}
SHORT_BREAKS = ("V3", "V4")


@dataclass(frozen=True)
class Window:
    """One collection year: its first day, last day with data, and its nominal 31 March."""

    year: int
    start: pd.Timestamp
    end: pd.Timestamp
    march31: pd.Timestamp

    @classmethod
    def of(cls, year: int, period_end: date) -> Window:
        """The window of a collection year, cut at the end of the simulated period."""
        first, last = collection_year(year)
        return cls(year, pd.Timestamp(first), pd.Timestamp(min(last, period_end)),
                   pd.Timestamp(last))  # fmt: skip


def write_903(history: CouncilHistory, out_dir: Path, manifest: Manifest) -> list[Path]:
    """Write every collection year of ``history`` under ``out_dir/ssda903/`` and return the files.

    Row counts and the location of every injected error go into ``manifest``.
    """
    canon = _canonical(history)
    dob = _dates_of_birth(canon["person"])
    leaver_year = _care_leaver_years(canon["care_leaver"], dob)
    written: list[Path] = []
    located: set[str] = set()
    for year in history.collection_years():
        window = Window.of(year, history.period_end)
        files = _year_files(canon, window, dob, leaver_year)
        for name, frame in files.items():
            relative = f"ssda903/{year}/{name}.csv"
            written.append(_write(frame, name, out_dir, relative, manifest, located))
    _record_unwritten(canon, located, manifest)
    return written


def placement_code(code: object, year: int) -> object:
    """PLACE as written in ``year``: the successor once it exists, the predecessor before."""
    valid = PLACEMENT_TYPE.valid_codes(year)
    if not isinstance(code, str):
        return code
    successor = PLACE_SUCCESSOR.get(code)
    if successor in valid:
        return successor
    predecessor = PLACE_PREDECESSOR.get(code)
    if code not in valid and predecessor in valid:
        return predecessor
    return code


def sex_code(sex: object, year: int) -> object:
    """SEX as written in ``year``: 1/2 up to 2023-24, M/F/U from 2024-25 (rule 101)."""
    if year <= 2024:
        return {"M": "1", "F": "2"}.get(sex, sex) if isinstance(sex, str) else sex
    return {"1": "M", "2": "F"}.get(sex, sex) if isinstance(sex, str) else sex


# -- preparation -----------------------------------------------------------------------------
def _canonical(history: CouncilHistory) -> dict[str, pd.DataFrame]:
    """The tables the 903 draws on, dates as datetime64 and the error column always present."""
    out = {}
    for name in (*ROW_TABLES, "health_check"):
        table = TABLES[name]
        source = history.tables.get(name)
        frame = (
            source.copy()
            if source is not None
            else pd.DataFrame(columns=[c.name for c in table.columns])
        )
        for column in table.columns:
            if column.dtype == "date":
                frame[column.name] = pd.to_datetime(frame[column.name], errors="coerce")
        errors = frame[ERROR_COLUMN] if ERROR_COLUMN in frame else pd.Series(pd.NA, frame.index)
        frame[ERROR_COLUMN] = errors.map(lambda e: e if isinstance(e, str) else "")
        out[name] = frame.reset_index(drop=True)
    return out


def _dates_of_birth(person: pd.DataFrame) -> pd.Series:
    """Date of birth by child id (the first person row of a child wins)."""
    first = person.drop_duplicates("child_id")
    return pd.Series(first["date_of_birth"].to_numpy(), index=first["child_id"])


def _birthday(dob: pd.Series, age: int) -> pd.Series:
    """The ``age``-th birthday (29 February falls on 28 February, as the validator counts)."""
    return dob + pd.DateOffset(years=age)


def _collection_year(when: pd.Series) -> pd.Series:
    """The collection year (named by end year) each timestamp falls in."""
    year = when.dt.year + (when.dt.month >= 4).astype(int)
    return pd.Series(year, index=when.index, dtype="Int64")


def _care_leaver_years(leavers: pd.DataFrame, dob: pd.Series) -> pd.Series:
    """Collection year of each care_leaver row: the year of the birthday (17-21) it is about.

    The contact is around the birthday, so the nearest birthday is the one reported; without a
    date of birth the contact date itself decides.
    """
    born = pd.to_datetime(leavers["child_id"].map(dob), errors="coerce")
    contact = leavers["contact_date"]
    best = pd.Series(pd.NaT, index=leavers.index, dtype="datetime64[ns]")
    gap = pd.Series(np.inf, index=leavers.index)
    for age in range(17, 22):
        birthday = _birthday(born, age)
        distance = (contact - birthday).abs().dt.days.astype(float)
        closer = distance < gap
        best = best.where(~closer, birthday)
        gap = gap.where(~closer, distance)
    return _collection_year(best.fillna(contact))


# -- one year --------------------------------------------------------------------------------
def _year_files(
    canon: dict[str, pd.DataFrame], w: Window, dob: pd.Series, leaver_year: pd.Series
) -> dict[str, pd.DataFrame]:
    """Every file of one collection year, as frames of text cells plus error and table columns."""
    episodes = canon["looked_after_episode"]
    in_year = episodes[_open_in(episodes["start_date"], episodes["end_date"], w)]
    in_care = set(in_year["child_id"])
    leavers = canon["care_leaver"][leaver_year.eq(w.year).fillna(False).astype(bool)]
    uasc_ever = _uasc_children(canon["uasc_status"], w)
    mothers = set(in_year.loc[~in_year["legal_status"].isin(SHORT_BREAKS), "child_id"])
    return {
        "header": _header(canon["person"], in_care | set(leavers["child_id"]), mothers, w),
        "episodes": _episodes(in_year, uasc_ever, w),
        "reviews": _reviews(canon["cla_review"], dob, w),
        "uasc": _uasc(canon["uasc_status"], canon["person"], in_care, dob, w),
        "oc2": _oc2(in_year, canon["health_check"], dob, w),
        "oc3": _oc3(leavers, dob),
        "ad1": _ad1(canon["adoption"], dob, w),
        "placed_for_adoption": _placed_for_adoption(canon["adoption"], in_care, dob, w),
        "missing": _missing(canon["missing_episode"], dob, w),
        "prev_perm": _prev_perm(canon["previous_permanence"], in_year, dob, w),
    }


def _open_in(start: pd.Series, end: pd.Series, w: Window) -> pd.Series:
    """Records open at any time in the year; one ending before it starts counts where it starts."""
    return (start <= w.end) & (end.isna() | (end >= w.start) | (start >= w.start))


def _within(when: pd.Series, w: Window) -> pd.Series:
    return (when >= w.start) & (when <= w.end)


def _uasc_children(uasc: pd.DataFrame, w: Window) -> set[str]:
    """Children who are or were unaccompanied asylum seekers by the end of the year."""
    known = uasc["start_date"].isna() | (uasc["start_date"] <= w.end)
    return set(uasc.loc[known, "child_id"])


def _header(person: pd.DataFrame, children: set[str], mothers: set[str], w: Window) -> pd.DataFrame:
    rows = _sorted(person[person["child_id"].isin(children)], "child_id")
    female = rows["sex"].isin(["F", "2"]) & rows["child_id"].isin(mothers)
    return _frame(
        rows,
        "person",
        CHILD=rows["child_id"],
        SEX=rows["sex"].map(lambda s: sex_code(s, w.year)),
        DOB=_dmy(rows["date_of_birth"]),
        ETHNIC=rows["ethnicity"],
        UPN=rows["upn"],
        MOTHER=female.map({True: "0", False: ""}),
        MC_DOB="",
    )


def _episodes(episodes: pd.DataFrame, uasc_ever: set[str], w: Window) -> pd.DataFrame:
    rows = _sorted(episodes, "child_id", "start_date")
    still_open = rows["end_date"] > w.end
    return _frame(
        rows,
        "looked_after_episode",
        CHILD=rows["child_id"],
        DECOM=_dmy(rows["start_date"]),
        RNE=rows["reason_new_episode"],
        LS=rows["legal_status"],
        CIN=rows["category_of_need"],
        PLACE=rows["placement_type"].map(lambda c: placement_code(c, w.year)),
        PLACE_PROVIDER=rows["placement_provider"],
        DEC=_dmy(rows["end_date"].where(~still_open)),
        REC=rows["reason_ceased"].where(~still_open),
        REASON_PLACE_CHANGE=rows["reason_place_change"].where(~still_open),
        HOME_POST=rows["home_postcode"].where(~rows["child_id"].isin(uasc_ever)),
        PL_POST=rows["placement_postcode"],
        URN=_urn(rows, w.year),
    )


def _urn(rows: pd.DataFrame, year: int) -> pd.Series:
    """URN as written in ``year``.

    Supported accommodation (H5) was not registered with Ofsted before 28 October 2023: no URN
    in 2022-23 returns (rule 222) nor for H5 episodes that ended before that day; one for H5
    episodes open on or after it (rule 230).
    """
    ended_before = _placement_end(rows) < pd.Timestamp(H5_REGISTRATION)
    unregistered = (rows["placement_type"] == "H5") & ((year < 2024) | ended_before)
    return rows["urn"].where(~unregistered)


def _placement_end(rows: pd.DataFrame) -> pd.Series:
    """End of the placement each episode belongs to (NaT while open).

    A placement runs on across episodes that only change legal status (RNE L), so its URN and
    other details stay the same across them (rule 434).
    """
    new_placement = rows["reason_new_episode"] != "L"
    placement = new_placement.astype(int).groupby(rows["child_id"]).cumsum()
    keys = [rows["child_id"], placement]
    open_ = rows["end_date"].isna().groupby(keys).transform("any")
    return rows["end_date"].groupby(keys).transform("max").where(~open_)


def _reviews(reviews: pd.DataFrame, dob: pd.Series, w: Window) -> pd.DataFrame:
    rows = _sorted(reviews[_within(reviews["review_date"], w)], "child_id", "review_date")
    return _frame(
        rows,
        "cla_review",
        CHILD=rows["child_id"],
        DOB=_dob(rows, dob),
        REVIEW=_dmy(rows["review_date"]),
        REVIEW_CODE=rows["participation"],
    )


def _uasc(
    uasc: pd.DataFrame, person: pd.DataFrame, in_care: set[str], dob: pd.Series, w: Window
) -> pd.DataFrame:
    started = uasc["start_date"].isna() | (uasc["start_date"] <= w.end)
    ongoing = uasc["end_date"].isna() | (uasc["end_date"] >= w.start)
    rows = _sorted(uasc[started & ongoing & uasc["child_id"].isin(in_care)], "child_id")
    born = pd.to_datetime(rows["child_id"].map(dob), errors="coerce")
    ceased = rows["end_date"].fillna(_birthday(born, 18))
    sex = person.drop_duplicates("child_id").set_index("child_id")["sex"]
    return _frame(
        rows,
        "uasc_status",
        CHILD=rows["child_id"],
        SEX=rows["child_id"].map(sex).map(lambda s: sex_code(s, w.year)),
        DOB=_dob(rows, dob),
        DUC=_dmy(ceased),
    )


def _oc2(episodes: pd.DataFrame, checks: pd.DataFrame, dob: pd.Series, w: Window) -> pd.DataFrame:
    children = sorted(_continuously_looked_after(episodes, w))
    in_year = checks[_within(checks["check_date"], w)]
    health = set(in_year.loc[in_year["check_type"] == "HEALTH", "child_id"])
    dental = set(in_year.loc[in_year["check_type"] == "DENTAL", "child_id"])
    rows = [_oc2_row(child, dob.get(child), child in health, child in dental, w)
            for child in children]  # fmt: skip
    frame = pd.DataFrame(rows, columns=list(COLUMNS["oc2"]))
    frame[ERROR_COLUMN] = ""
    frame[TABLE_COLUMN] = "health_check"
    return frame


def _continuously_looked_after(episodes: pd.DataFrame, w: Window) -> set[str]:
    """Children looked after for the whole year, by the validator's definition.

    In care at some point, and no episode starting a period of care after 1 April, none ending
    care on or before 31 March (a child who leaves on 31 March is not looked after at 31
    March), and no short-break (V3/V4) episode in the year.
    """
    start, end = episodes["start_date"], episodes["end_date"]
    during = (start <= w.march31) & (end.isna() | (end >= w.start))
    enters = (episodes["reason_new_episode"] == "S") & (start > w.start) & (start <= w.march31)
    leaves = (episodes["reason_ceased"] != "X1") & (end >= w.start) & (end <= w.march31)
    breaks = episodes["legal_status"].isin(SHORT_BREAKS) & during
    flags = (
        pd.DataFrame(
            {"child": episodes["child_id"], "during": during, "broken": enters | leaves | breaks}
        )
        .groupby("child")[["during", "broken"]]
        .any()
    )
    return set(flags.index[flags["during"] & ~flags["broken"]])


def _oc2_row(child: str, born: object, health: bool, dental: bool, w: Window) -> dict[str, str]:
    """One OC2 row; items the simulator does not model are stable draws from child and year.

    Ages are taken at 31 March, as the DfE (and the validator) take them.
    """
    dob = None if born is pd.NaT or not isinstance(born, date) else pd.Timestamp(born)

    def aged(years: int) -> bool:
        return dob is not None and w.march31 >= dob + pd.DateOffset(years=years)

    def draw(item: str) -> float:
        return _draw(child, w.year, item)

    sdq = aged(4) and dob is not None and dob + pd.DateOffset(years=17) >= w.start
    over_ten = dob is not None and w.march31 > dob + pd.DateOffset(years=10)
    misuse = over_ten and draw("substance") < 0.04
    received = draw("intervention") < 0.6
    return {
        "CHILD": child,
        "DOB": "" if dob is None else dob.strftime("%d/%m/%Y"),
        "SDQ_SCORE": str(int(draw("score") * 38)) if sdq and draw("sdq") < 0.9 else "",
        "SDQ_REASON": "SDQ5" if sdq and draw("sdq") >= 0.9 else "",
        "CONVICTED": _flag(draw("convicted") < 0.03) if over_ten else "",
        "HEALTH_CHECK": _flag(health) if dob is not None and not aged(5) else "",
        "IMMUNISATIONS": _flag(draw("immunisations") < 0.88),
        "TEETH_CHECK": _flag(dental),
        "HEALTH_ASSESSMENT": _flag(health),
        "SUBSTANCE_MISUSE": _flag(misuse),
        "INTERVENTION_RECEIVED": _flag(received) if misuse else "",
        "INTERVENTION_OFFERED": _flag(draw("offered") < 0.7) if misuse and not received else "",
    }


def _flag(value: bool) -> str:
    return "1" if value else "0"


def _oc3(leavers: pd.DataFrame, dob: pd.Series) -> pd.DataFrame:
    rows = _sorted(leavers, "child_id", "contact_date")
    accommodation = [
        _accommodation(letter, suitable)
        for letter, suitable in zip(rows["accommodation"], rows["accommodation_suitable"],
                                    strict=True)
    ]  # fmt: skip
    return _frame(
        rows,
        "care_leaver",
        CHILD=rows["child_id"],
        DOB=_dob(rows, dob),
        IN_TOUCH=rows["in_touch"],
        ACTIV=rows["activity"],
        ACCOM=pd.Series(accommodation, index=rows.index, dtype=object),
    )


def _accommodation(letter: object, suitable: object) -> str:
    """ACCOM: the letter and 1 (suitable) or 2 (unsuitable); ``0`` stays ``0``."""
    if not isinstance(letter, str) or letter == "":
        return ""
    if letter == "0" or _cell(suitable) == "":
        return letter
    return letter + ("1" if bool(suitable) else "2")


def _ad1(adoption: pd.DataFrame, dob: pd.Series, w: Window) -> pd.DataFrame:
    rows = _sorted(adoption[_within(adoption["adopted_date"], w)], "child_id")
    return _frame(
        rows,
        "adoption",
        CHILD=rows["child_id"],
        DOB=_dob(rows, dob),
        DATE_INT=_dmy(rows["decision_date"]),
        DATE_MATCH=_dmy(rows["matched_date"]),
        FOSTER_CARE=rows["foster_carer_adopter"],
        NB_ADOPTR=rows["number_of_adopters"],
        SEX_ADOPTR=rows["adopter_sex"],
        LS_ADOPTR=rows["adopter_legal_status"],
    )


def _placed_for_adoption(
    adoption: pd.DataFrame, in_care: set[str], dob: pd.Series, w: Window
) -> pd.DataFrame:
    reversed_on, adopted_on = adoption["decision_reversed_date"], adoption["adopted_date"]
    still_open = (
        (adoption["decision_date"] <= w.end)
        & (reversed_on.isna() | (reversed_on >= w.start))
        & (adopted_on.isna() | (adopted_on >= w.start))
    )
    rows = _sorted(adoption[still_open & adoption["child_id"].isin(in_care)], "child_id",
                   "decision_date")  # fmt: skip
    later = rows["decision_reversed_date"] > w.end
    return _frame(
        rows,
        "adoption",
        CHILD=rows["child_id"],
        DOB=_dob(rows, dob),
        DATE_PLACED=_dmy(rows["decision_date"]),
        DATE_PLACED_CEASED=_dmy(rows["decision_reversed_date"].where(~later)),
        REASON_PLACED_CEASED=rows["decision_reversed_reason"].where(~later),
    )


def _missing(missing: pd.DataFrame, dob: pd.Series, w: Window) -> pd.DataFrame:
    rows = missing[_open_in(missing["start_date"], missing["end_date"], w)]
    rows = _sorted(rows, "child_id", "start_date")
    return _frame(
        rows,
        "missing_episode",
        CHILD=rows["child_id"],
        DOB=_dob(rows, dob),
        MISSING=rows["missing_type"],
        MIS_START=_dmy(rows["start_date"]),
        MIS_END=_dmy(rows["end_date"].where(~(rows["end_date"] > w.end))),
    )


def _prev_perm(
    previous: pd.DataFrame, episodes: pd.DataFrame, dob: pd.Series, w: Window
) -> pd.DataFrame:
    starts = (episodes["reason_new_episode"] == "S") & _within(episodes["start_date"], w)
    rows = _sorted(previous[previous["child_id"].isin(set(episodes.loc[starts, "child_id"]))],
                   "child_id")  # fmt: skip
    return _frame(
        rows,
        "previous_permanence",
        CHILD=rows["child_id"],
        DOB=_dob(rows, dob),
        PREV_PERM=rows["option"],
        LA_PERM=rows["local_authority"],
        DATE_PERM=rows["order_date"],
    )


# -- cells and files -------------------------------------------------------------------------
def _sorted(rows: pd.DataFrame, *by: str) -> pd.DataFrame:
    """Rows in a stable order (child, then date); undated rows last."""
    return rows.sort_values(list(by), kind="stable", na_position="last")


def _frame(rows: pd.DataFrame, table: str, **cells: object) -> pd.DataFrame:
    """A file's frame: its DfE columns as text, plus the error id and source table of each row."""
    frame = pd.DataFrame(index=rows.index)
    for column, values in cells.items():
        series = values if isinstance(values, pd.Series) else pd.Series(values, index=rows.index)
        frame[column] = series.map(_cell).astype(object)
    frame[ERROR_COLUMN] = rows[ERROR_COLUMN]
    frame[TABLE_COLUMN] = table
    return frame.reset_index(drop=True)


def _cell(value: object) -> str:
    """A CSV cell: empty for missing values, 1/0 for booleans, whole numbers without ``.0``."""
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float):
        return "" if np.isnan(value) else (str(int(value)) if value.is_integer() else str(value))
    if isinstance(value, bool | np.bool_):
        return "1" if value else "0"
    return str(value)


def _dmy(when: pd.Series) -> pd.Series:
    """Dates as DD/MM/YYYY text, empty where unknown."""
    return pd.to_datetime(when, errors="coerce").dt.strftime("%d/%m/%Y").fillna("")


def _dob(rows: pd.DataFrame, dob: pd.Series) -> pd.Series:
    return _dmy(rows["child_id"].map(dob))


def _draw(child: str, year: int, item: str) -> float:
    """A number in [0, 1) fixed by child, year and item: the same on every run and machine."""
    digest = hashlib.blake2b(f"{child}|{year}|{item}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


def _write(
    frame: pd.DataFrame,
    name: str,
    out_dir: Path,
    relative: str,
    manifest: Manifest,
    located: set[str],
) -> Path:
    """Write one file, count its rows and record where each error row landed."""
    path = out_dir / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(path, columns=list(COLUMNS[name]), index=False, lineterminator="\n")
    manifest.count_rows(relative, len(frame))
    errors = frame[frame[ERROR_COLUMN] != ""]
    for row_number, error_id, table in zip(
        errors.index + 1, errors[ERROR_COLUMN], errors[TABLE_COLUMN], strict=True
    ):
        manifest.locate(error_id, FORMAT, relative, table, int(row_number))
        located.add(error_id)
    return path


def _record_unwritten(canon: dict[str, pd.DataFrame], located: set[str], manifest: Manifest
                      ) -> None:  # fmt: skip
    """Error rows of the tables the 903 carries that landed in no year's files."""
    for name in ROW_TABLES:
        frame = canon[name]
        for error_id in frame.loc[frame[ERROR_COLUMN] != "", ERROR_COLUMN]:
            if error_id not in located:
                manifest.not_applicable(
                    error_id,
                    FORMAT,
                    f"this {name} row falls in no SSDA903 collection year written (no date"
                    " inside the period, or the child was not looked after or a care leaver"
                    " in that year)",
                )
