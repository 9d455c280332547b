"""Working days (Monday to Friday, less England and Wales bank holidays) and collection years.

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
