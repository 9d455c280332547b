"""Working days, collection years and months as numbers.

Working days are Monday to Friday, less England and Wales bank holidays. A month is numbered
``year x 12 + month - 1`` (``month_index``), so consecutive months differ by one and a rolling
window is a range; every package that steps through months uses these.

INDICATORS.md counts "within N working days" from the start date, excluding the start day, so
``working_days_between(start, end)`` is the number of working days in (start, end]. The same
calendar serves the simulator (which schedules work in working days) and the indicators.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import numpy as np
import numpy.typing as npt


@lru_cache(maxsize=1)
def bank_holidays(first_year: int = 1990, last_year: int = 2070) -> npt.NDArray[np.datetime64]:
    """England and Wales bank holidays (the ``holidays`` package's ENG subdivision).

    ``holidays`` is imported here, on first use, so commands that never count a working day
    (``scorecard compute --indicator CLA1``, ``show``) do not pay for importing it.
    """
    import holidays

    years = range(first_year, last_year + 1)
    days = holidays.country_holidays("GB", subdiv="ENG", years=years)
    return np.array(sorted(days), dtype="datetime64[D]")


@lru_cache(maxsize=1)
def _calendar() -> np.busdaycalendar:
    return np.busdaycalendar(weekmask="1111100", holidays=bank_holidays())


def to_days(values: object) -> npt.NDArray[np.datetime64]:
    """Dates (a date, a sequence of dates or a datetime64 array) as a day-precision array."""
    return np.asarray(values, dtype="datetime64[D]")


def working_days_between(start: object, end: object) -> npt.NDArray[np.int64]:
    """Working days after ``start`` up to and including ``end`` (negative if end is earlier)."""
    return np.busday_count(
        to_days(start) + np.timedelta64(1, "D"),
        to_days(end) + np.timedelta64(1, "D"),
        busdaycal=_calendar(),
    ).astype(np.int64)


def add_working_days(start: object, days: object) -> npt.NDArray[np.datetime64]:
    """The date ``days`` working days after ``start`` (start itself not counted).

    A start on a weekend or holiday rolls forward first, as a caseworker's clock would.
    """
    return np.busday_offset(
        to_days(start), np.asarray(days, dtype=np.int64), roll="forward", busdaycal=_calendar()
    )


def is_working_day(day: date) -> bool:
    """Whether a date is a working day."""
    return bool(np.is_busday(to_days(day), busdaycal=_calendar()))


def collection_year(year: int) -> tuple[date, date]:
    """First and last day of a DfE collection year named by its end year (2026: 2025-26).

    The SSDA903 and the CIN census each describe one such year, 1 April to 31 March.
    """
    return date(year - 1, 4, 1), date(year, 3, 31)


def collection_year_of(when: date) -> int:
    """The collection year (named by its end year) a date falls in: 1 April starts a year."""
    return when.year + (1 if when.month >= 4 else 0)


def month_index(day: date) -> int:
    """Months since year 0: consecutive months differ by one, so windows are ranges."""
    return day.year * 12 + day.month - 1


def month_of(index: int) -> date:
    """The first day of the month with this ``month_index``."""
    return date(index // 12, index % 12 + 1, 1)


def parse_month(text: str) -> date:
    """``YYYY-MM`` as the first day of that month, with a message an analyst can act on."""
    try:
        year, month = (int(part) for part in text.split("-"))
        return date(year, month, 1)
    except ValueError as error:
        raise ValueError(f"{text!r} is not a month: write it as YYYY-MM, e.g. 2026-03") from error


def financial_year(month: date) -> int:
    """The year the financial year (April to March) of ``month`` starts in."""
    return month.year if month.month >= 4 else month.year - 1
