"""Figures as a reader sees them: one place that knows how each unit is rounded and written.

The narrative, the direction of travel (two figures that print the same are "no change") and
the pack all use these, so a sentence never quotes a figure the table rounds differently.
"""

from __future__ import annotations

import calendar
from datetime import date

from csc_scorecard.indicators.definition import Unit

DECIMALS: dict[Unit, int] = {"count": 0, "percent": 1, "rate": 1, "days": 1, "number": 1}
"""Decimal places shown for each unit (counts are whole children or records)."""


def rounded(value: float, unit: Unit) -> float:
    """The value at the precision it is shown with."""
    return round(value, DECIMALS[unit])


def format_value(value: float, unit: Unit) -> str:
    """``27.0%``, ``1,234``, ``345.2 per 10,000``, ``23.4 days`` or ``17.5``."""
    number = f"{rounded(value, unit):,.{DECIMALS[unit]}f}"
    if unit == "percent":
        return f"{number}%"
    if unit == "rate":
        return f"{number} per 10,000"
    if unit == "days":
        return f"{number} days"
    return number


def format_month(month: date) -> str:
    """``March 2026``."""
    return f"{calendar.month_name[month.month]} {month.year}"
