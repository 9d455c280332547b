"""Judging a figure against its target, its own past and England and its neighbours.

Everything here is a rule a panel member can check by hand. RAG: green meets the target; amber
misses it by no more than the tolerance; red misses it by more. A figure "went up" when the
two figures, rounded as the pack prints them, differ; whether that is better or worse comes
from the indicator's polarity. Comparators (England, statistical neighbours) are for the
financial year of the month, falling back to the latest earlier year, because published
figures lag the months they are read beside.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from csc_scorecard.analysis.config import AnalysisConfig, Target
from csc_scorecard.analysis.units import rounded
from csc_scorecard.calendar import financial_year
from csc_scorecard.indicators.definition import Indicator

GREEN, AMBER, RED = "green", "amber", "red"
UP, DOWN, NO_CHANGE = "up", "down", "no change"
BETTER, WORSE = "better", "worse"

T = TypeVar("T")


@dataclass(frozen=True)
class Travel:
    """Direction of travel between two figures.

    "up"/"down"/"no change" and, by polarity, "better"/"worse"/"no change"; both empty when
    either figure is missing.
    """

    direction: str
    better_or_worse: str


def as_of(values: Mapping[int, T], year: int) -> T | None:
    """The value for ``year``, else for the latest earlier year, else None."""
    earlier = [y for y in values if y <= year]
    return values[max(earlier)] if earlier else None


def target(config: AnalysisConfig, item: Indicator, month: date) -> Target | None:
    """The target in force in the month's financial year."""
    return as_of(config.of(item.id).targets, financial_year(month))


def rag(value: float | None, goal: Target | None, item: Indicator) -> str:
    """Green, amber or red against the target ("" with no figure or no target)."""
    if value is None or goal is None or item.polarity == "neither":
        return ""
    shown = rounded(value, item.unit)
    shortfall = goal.target - shown if item.polarity == "higher" else shown - goal.target
    if shortfall <= 0:
        return GREEN
    return AMBER if shortfall <= goal.tolerance else RED


def travel(latest: float | None, earlier: float | None, item: Indicator) -> Travel:
    """How the latest figure moved from an earlier one (last month, or a year ago)."""
    if latest is None or earlier is None:
        return Travel("", "")
    change = rounded(latest, item.unit) - rounded(earlier, item.unit)
    if change == 0:
        return Travel(NO_CHANGE, NO_CHANGE)
    direction = UP if change > 0 else DOWN
    if item.polarity == "neither":
        return Travel(direction, "")
    good = (change > 0) == (item.polarity == "higher")
    return Travel(direction, BETTER if good else WORSE)


def england(config: AnalysisConfig, item: Indicator, month: date) -> float | None:
    """England's figure for the month.

    The year ending 31 March of the month's financial year, else the latest earlier year; the
    catalogue's figures, overridden or extended by the config.
    """
    published = {year - 1: value for year, value in item.england.items()}
    published.update(config.of(item.id).england)
    return as_of(published, financial_year(month))


def neighbours(config: AnalysisConfig, item: Indicator, month: date) -> float | None:
    """The neighbours' figure for the month's financial year, else the latest earlier year."""
    return as_of(config.of(item.id).neighbours, financial_year(month))
