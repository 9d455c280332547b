"""Figures as a reader sees them: one place that knows how each unit is rounded and written.

The narrative, the direction of travel (two figures that print the same are "no change"), the
pack and the dashboard all use these, so a sentence never quotes a figure the table rounds
differently. A figure has two forms: ``format_figure`` in a table cell (``345.2``, ``c``), and
``format_value`` in a sentence, which says the unit (``345.2 per 10,000``).
"""

from __future__ import annotations

import calendar
from datetime import date

import pandas as pd

from csc_scorecard.indicators.definition import Unit

SUPPRESSED = "c"
"""How a figure withheld by disclosure control is shown (the DfE's convention)."""

BOUNDS: dict[Unit, tuple[float | None, float | None]] = {
    "count": (0.0, None),
    "rate": (0.0, None),
    "days": (0.0, None),
    "percent": (0.0, 100.0),
    "number": (None, None),
}
"""The range a figure of each unit can take: control limits are clipped to it. A count, a rate
and an average of days cannot be negative; a percentage lies between 0 and 100; a number
entered from another system is taken as it comes."""

DECIMALS: dict[Unit, int] = {"count": 0, "percent": 1, "rate": 1, "days": 1, "number": 1}
"""Decimal places shown for each unit (counts are whole children or records)."""


def rounded(value: float, unit: Unit) -> float:
    """The value at the precision it is shown with."""
    return round(value, DECIMALS[unit])


def format_figure(value: float | None, unit: Unit, suppressed: bool = False) -> str:
    """A figure in a table: ``1,234``, ``23.4%``, ``330.3``; ``c`` when suppressed.

    Empty when there is none (None or NaN).
    """
    if suppressed:
        return SUPPRESSED
    if value is None or pd.isna(value):
        return ""
    return f"{value:,.{DECIMALS[unit]}f}" + ("%" if unit == "percent" else "")


def format_value(value: float, unit: Unit, statistic: bool = False) -> str:
    """``27.0%``, ``1,234``, ``345.2 per 10,000``, ``23.4 days`` or ``17.5``.

    A ``statistic`` (a mean or a control limit) of a count keeps one decimal place: it is not a
    count of anything, and 218.6 next to a count of 219 says why 219 is above it.
    """
    decimals = 1 if statistic and unit == "count" else DECIMALS[unit]
    number = f"{round(value, decimals):,.{decimals}f}"
    if unit == "percent":
        return f"{number}%"
    if unit == "rate":
        return f"{number} per 10,000"
    if unit == "days":
        return f"{number} days"
    return number


def format_range(low: float, high: float, unit: Unit) -> str:
    """Two statistics as a range, the unit said once where it is words: ``2.1 to 5.0 days``."""
    first = format_value(low, unit, statistic=True)
    if unit in ("rate", "days"):
        first = first.split(" ")[0]
    return f"{first} to {format_value(high, unit, statistic=True)}"


def format_month(month: date) -> str:
    """``March 2026``."""
    return f"{calendar.month_name[month.month]} {month.year}"


def format_change(change: float, unit: Unit) -> str:
    """The size of a change, without its direction: ``5``, ``1.2 percentage points``."""
    if unit == "percent":
        return f"{abs(change):,.1f} percentage points"
    return format_value(abs(change), unit)
