"""Days as integers for the simulator, with a fast working-day calendar.

The simulator schedules hundreds of thousands of events; doing date arithmetic on integers
(days since 1970-01-01) and looking working days up in a precomputed table keeps a council
under a few seconds. Dates become ``datetime.date`` only when the tables are built.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from csc_scorecard.calendar import bank_holidays

EPOCH = date(1970, 1, 1)


def day_number(d: date) -> int:
    """Days since 1970-01-01."""
    return (d - EPOCH).days


def to_date(day: int) -> date:
    """The date of a day number."""
    return EPOCH + timedelta(days=int(day))


class WorkingDays:
    """Working days (Monday to Friday less England and Wales bank holidays) over a range."""

    def __init__(self, first: date, last: date) -> None:
        self.base = day_number(first)
        days = np.arange(self.base, day_number(last) + 1)
        weekday = (days + 3) % 7  # 1970-01-01 was a Thursday (weekday 3)
        holidays = bank_holidays().astype(np.int64)
        working = (weekday < 5) & ~np.isin(days, holidays)
        self.working_days = days[working]
        self.count_up_to = np.cumsum(working)  # working days <= day, per day offset

    def add(self, day: int, n: int) -> int:
        """The n-th working day after ``day`` (a non-working start rolls forward first)."""
        before = int(self.count_up_to[day - self.base])
        is_working = bool(before) and int(self.working_days[before - 1]) == day
        index = before - 1 + n if is_working else before + n
        return int(self.working_days[index])

    def next_working(self, day: int) -> int:
        """The day itself if it is a working day, else the next working day."""
        return self.add(day, 0)


def month_starts(first: date, last: date) -> list[date]:
    """The first day of every month from ``first``'s month to ``last``'s, inclusive."""
    months, current = [], first.replace(day=1)
    while current <= last:
        months.append(current)
        current = (current + timedelta(days=32)).replace(day=1)
    return months


def months_before(end: date, months: int) -> date:
    """First day of the month ``months`` months before the month of ``end``."""
    index = end.year * 12 + end.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)
