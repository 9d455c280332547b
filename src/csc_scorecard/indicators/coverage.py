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

from csc_scorecard.calendar import month_index, month_of
from csc_scorecard.indicators.definition import Indicator
from csc_scorecard.ingest.periods import Period, month_end

UNDATED = frozenset(
    {"person", "disability", "assessment_factor", "previous_permanence", "population",
     "quarantine", "load_log"}
)  # fmt: skip
"""Tables about children or loads, not about a time: they need no coverage of the month.
(Population is used for rates; the nearest configured year serves a month without one.)"""


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
