"""Dates a 903 return cannot hold: after its collection year, or about a child over 25.

A return reports one collection year (April to March), so no date in it is later than the 31
March that ends the year, nor later than today; and no child in it is over 25 (care leavers are
followed up to 21). Such a date is a typing slip (2030 for 2020) or a record from another
year's return. It is quarantined with the rule it breaks rather than stored, because a stored
2030 review would count in a month that has not happened and an OC3 row dated for a person of
30 would count as a care leaver in touch. The UASC ``DUC`` is left out: while the status
continues it is the 18th birthday, which may lie after the year.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from csc_scorecard.ingest.validate import Failure, failure, parse_dates
from csc_scorecard.model import TABLES

OLDEST_AGE = 25
"""The oldest a person a 903 record is about can be (care leavers are followed to 21)."""

NOT_BOUND_BY_THE_YEAR = {("uasc_status", "end_date"), ("care_leaver", "contact_date")}
"""Dates not checked against the year's end or today: the UASC end may be the 18th birthday
after the year; OC3's date is the loader's own (the birthday in the year, so inside it by
construction, though in a year still under way it may be later than today)."""


def year_label(year: int) -> str:
    """``2025-26`` for the collection year that ends in March 2026."""
    return f"{year - 1}-{year % 100:02d}"


def year_limit(year: int, today: date | None = None) -> tuple[date, str]:
    """The latest day a return for ``year`` can hold, and why (its year end, or today)."""
    today = today or date.today()
    end = date(year, 3, 31)
    if end <= today:
        return end, f"the end of the {year_label(year)} collection year this return is for"
    return today, "today (no record can be dated in the future)"


def impossible_dates(table: str, converted: pd.DataFrame, dob_text: pd.Series | None,
                     year: int) -> list[Failure]:  # fmt: skip
    """Rows of one file dated after its return's year, or about a child over 25.

    ``converted`` is the file's canonical rows (dates as ``datetime.date``), ``dob_text`` the
    file's own DOB column where it has one (the header's DOB is ``date_of_birth`` itself).
    """
    limit, why = year_limit(year)
    dated = [c.name for c in TABLES[table].columns if c.dtype == "date"]
    found: list[Failure | None] = []
    for column in [c for c in dated if (table, c) not in NOT_BOUND_BY_THE_YEAR]:
        when = pd.to_datetime(converted[column])
        late = (when > pd.Timestamp(limit)).to_numpy()
        found.append(failure("after_collection_year", late, column=column,
                             value=converted[column], limit=str(limit), why=why))  # fmt: skip
    born = pd.to_datetime(converted["date_of_birth"]) if table == "person" else None
    if born is None and dob_text is not None:
        born = parse_dates(dob_text.reset_index(drop=True))[0]
    if born is not None:
        start = pd.Series(pd.Timestamp(year - 1, 4, 1), index=converted.index)
        checked = [(c, pd.to_datetime(converted[c])) for c in dated if c != "date_of_birth"]
        for column, when in checked or [("the collection year's start", start)]:
            age = _age(born, when)
            shown = converted.get(column, start.dt.date)
            old = (age > OLDEST_AGE).fillna(False).to_numpy()
            found.append(failure("child_over_25", old, column=column, value=shown, age=age,
                                 dob=born.dt.date))  # fmt: skip
    return [f for f in found if f is not None]


def _age(born: pd.Series, when: pd.Series) -> pd.Series:
    """Whole years from ``born`` to ``when`` (NaN where either is unknown)."""
    before_birthday = (when.dt.month < born.dt.month) | (
        (when.dt.month == born.dt.month) & (when.dt.day < born.dt.day)
    )
    age: pd.Series = (when.dt.year - born.dt.year - np.where(before_birthday, 1, 0)).astype("Int64")
    return age
