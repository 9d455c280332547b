"""Coverage: which months the loaded sources describe fully, and so which figures may be shown.

A 903 return or a CIN census holds every record active in its collection year and nothing
about earlier years except what was still open; an SSD extract holds what was active in its
range. A month-end count from months before that range would miss every child whose episode
ended before it, so it climbs through months the data cannot describe. Each load therefore
records the period it covers per table (``coverage``), and ``compute`` publishes a month for
an indicator only where every dated table it reads is covered over the months it needs: the
month, the rest of a rolling window, and its lookback (``Indicator.months_needed``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

import pandas as pd

from csc_scorecard.indicators.definition import Indicator
from csc_scorecard.indicators.spine import month_index, month_of
from csc_scorecard.store import FileLoad

UNDATED = frozenset(
    {"person", "disability", "assessment_factor", "previous_permanence", "population",
     "quarantine", "load_log"}
)  # fmt: skip
"""Tables about children or loads, not about a time: they need no coverage of the month.
(Population is used for rates; the nearest configured year serves a month without one.)"""

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
    return month_of(month_index(day) + 1) - timedelta(days=1)


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


def covered_months(periods: Iterable[Period]) -> set[int]:
    """Month indices every day of which lies in the union of ``periods``."""
    merged: list[list[date]] = []
    for first, last in sorted(periods):
        if merged and first <= merged[-1][1] + timedelta(days=1):
            merged[-1][1] = max(merged[-1][1], last)
        else:
            merged.append([first, last])
    months: set[int] = set()
    for first, last in merged:
        start = month_index(first) + (0 if first.day == 1 else 1)
        end = month_index(last) - (0 if last == month_end(last) else 1)
        months.update(range(start, end + 1))
    return months


def published_months(coverage: pd.DataFrame, items: Sequence[Indicator],
                     councils: Sequence[str], first: date, last: date
                     ) -> pd.DataFrame:  # fmt: skip
    """(la_code, indicator_id, month) for every figure the loaded data describe fully.

    ``coverage`` holds the ``coverage`` table's rows. An indicator needs each dated table it
    reads covered over its ``months_needed`` up to the month; one that reads no dated table
    (DQ1) needs the month covered by some load.
    """
    rows = []
    wanted = range(month_index(first), month_index(last) + 1)
    for la_code in councils:
        own = coverage[coverage.la_code == la_code]
        by_table = {
            table: covered_months(
                (pd.Timestamp(a).date(), pd.Timestamp(b).date())
                for a, b in zip(group.period_start, group.period_end, strict=True)
            )
            for table, group in own.groupby("table_name")
        }
        anything = set().union(*by_table.values()) if by_table else set()
        for item in items:
            dated = [t for t in item.sources if t not in UNDATED]
            for index in wanted:
                needed = range(index - item.months_needed + 1, index + 1)
                tables = [by_table.get(t, set()) for t in dated] or [anything]
                if all(all(m in months for m in needed) for months in tables):
                    rows.append((la_code, item.id, month_of(index)))
    return pd.DataFrame(rows, columns=["la_code", "indicator_id", "month"])
