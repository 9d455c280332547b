"""A few DfE SSDA903 validation rules, worked out from their definitions on a year's CSVs.

Written from the rules' wording in the DfE's validation rules (as data-to-insight's
``lac_validator`` states them), not from the writer's code, so the synthetic council's output
can be checked against them without the validator's environment. Each function returns the
CHILD ids of the rows that break the rule in one collection year's folder.

- 191: a child looked after continuously for the 12 months to 31 March must have an OC2 row.
  Continuously looked after: in care at some time in the year, and no episode that starts a
  period of care after 1 April, none that ends care (REC other than X1) from 1 April to 30
  March, and no short-break (V3/V4) episode in the year.
- 580: a missing episode that ends on the day the child's care ends on their 18th birthday
  needs that care to end for reason E8.
- 1016: no care leaver (OC3) row for a young person aged 17 (or 18) at 31 March who ceased to
  be looked after on or after their 17th (or 18th) birthday.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd

SHORT_BREAKS = {"V3", "V4"}


def read(folder: Path, name: str) -> pd.DataFrame:
    """One file of a year's return, every cell text (empty cells as empty strings)."""
    return pd.read_csv(folder / f"{name}.csv", dtype=str, keep_default_na=False)


def day(text: str) -> pd.Timestamp:
    """A DD/MM/YYYY cell as a timestamp (NaT when empty)."""
    return pd.to_datetime(text, format="%d/%m/%Y") if text else pd.NaT


def birthday(dob: pd.Timestamp, age: int) -> pd.Timestamp:
    return dob + pd.DateOffset(years=age)


def year_bounds(year: int) -> tuple[pd.Timestamp, pd.Timestamp]:
    """1 April and 31 March of a collection year named by its end year."""
    return pd.Timestamp(date(year - 1, 4, 1)), pd.Timestamp(date(year, 3, 31))


def continuously_looked_after(folder: Path, year: int) -> set[str]:
    """Children looked after continuously for the 12 months to 31 March (see module doc)."""
    first, last = year_bounds(year)
    in_care: set[str] = set()
    broken: set[str] = set()
    for e in read(folder, "episodes").itertuples():
        start, end = day(e.DECOM), day(e.DEC)
        during = start <= last and (pd.isna(end) or end >= first)
        in_care |= {e.CHILD} if during else set()
        enters = e.RNE == "S" and first < start <= last
        leaves = e.REC != "X1" and not pd.isna(end) and first <= end < last
        if enters or leaves or (e.LS in SHORT_BREAKS and during):
            broken.add(e.CHILD)
    return in_care - broken


def rule_191(folder: Path, year: int) -> set[str]:
    """Children looked after continuously all year without an OC2 row."""
    return continuously_looked_after(folder, year) - set(read(folder, "oc2").CHILD)


def rule_580(folder: Path, year: int) -> set[str]:
    """Care ending on the 18th birthday, the day a missing episode ends, not for reason E8."""
    ends = {(e.CHILD, day(e.DEC)): e.REC for e in read(folder, "episodes").itertuples() if e.DEC}
    return {
        m.CHILD
        for m in read(folder, "missing").itertuples()
        if m.MIS_END
        and day(m.MIS_END) == birthday(day(m.DOB), 18)
        and ends.get((m.CHILD, day(m.MIS_END)), "E8") != "E8"
    }


def rule_1016(folder: Path, year: int) -> set[str]:
    """Care leavers of 17 or 18 at 31 March whose care ended on or after that birthday."""
    _, last = year_bounds(year)
    ended: dict[str, list[pd.Timestamp]] = {}
    for e in read(folder, "episodes").itertuples():
        if e.DEC:
            ended.setdefault(e.CHILD, []).append(day(e.DEC))
    flagged = set()
    for leaver in read(folder, "oc3").itertuples():
        dob = day(leaver.DOB)
        for age in (17, 18):
            aged = birthday(dob, age) <= last < birthday(dob, age + 1)
            if aged and any(dec >= birthday(dob, age) for dec in ended.get(leaver.CHILD, [])):
                flagged.add(leaver.CHILD)
    return flagged
