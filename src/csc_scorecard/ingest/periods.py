"""The period a loaded file describes fully, recorded in ``coverage`` by each loader.

``csc_scorecard.indicators.coverage`` turns these periods into the months a figure may be
published for; the loaders only say what their files cover.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date

import pandas as pd

from csc_scorecard.store import FileLoad

POINT_EVENTS = {
    "contact": "contact_date",
    "visit": "visit_date",
    "cla_review": "review_date",
    "cp_review": "review_date",
    "health_check": "check_date",
}
"""Records that exist only on a day: an extract holds them from the day its range starts, so
the earliest of each says where the extract begins (episodes open then start earlier)."""

Period = tuple[date, date]


def month_end(day: date) -> date:
    """The last day of ``day``'s month."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def extract_period(loads: Sequence[FileLoad]) -> Period | None:
    """The range an SSD extract describes, from its earliest complete record.

    Each kind of dated event is complete from its earliest record; the extract as a whole
    from the latest of those, taken from the first of its month, to the end of the month of
    its latest event. None when the extract holds no such records.
    """
    firsts, lasts = [], []
    for load in loads:
        for table, frame in load.tables.items():
            column = POINT_EVENTS.get(table)
            days = pd.to_datetime(frame[column], errors="coerce").dropna() if column else None
            if days is not None and not days.empty:
                firsts.append(days.min().date())
                lasts.append(days.max().date())
    if not firsts:
        return None
    return max(firsts).replace(day=1), month_end(max(lasts))


def months_period(months: pd.Series) -> Period | None:
    """The months of a series file: its first month's first day to its last month's end."""
    days = pd.to_datetime(months, errors="coerce").dropna()
    if days.empty:
        return None
    return days.min().date().replace(day=1), month_end(days.max().date())


def financial_years_period(years: pd.Series) -> Period | None:
    """Population estimates serve the financial years starting in their years (April-March)."""
    known = pd.to_numeric(years, errors="coerce").dropna().astype(int)
    if known.empty:
        return None
    return date(int(known.min()), 4, 1), date(int(known.max()) + 1, 3, 31)
