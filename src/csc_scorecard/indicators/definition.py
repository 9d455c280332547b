"""What an indicator is: the one definition the engine, glossary, pack and dashboard share.

An indicator is data (id, title, plain-English definition, unit, polarity, period, sources,
numerator and denominator, breakdowns, England comparator, local-variant options) plus one
function that builds its *units*: an ibis table with one row per counted thing (a referral, a
child at a month end, an assessment) saying which month it falls in and whether it counts in
the numerator and the denominator. The engine aggregates units the same way for every
indicator, so a figure, its breakdowns and the list of children behind it always agree.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    import ibis

    from csc_scorecard.indicators.context import Context

Unit = Literal["count", "percent", "rate", "days", "number"]
Polarity = Literal["higher", "lower", "neither"]
Period = Literal["month_end", "in_month", "rolling_12", "rolling_36"]

PERIOD_MONTHS: dict[Period, int] = {
    "month_end": 1,
    "in_month": 1,
    "rolling_12": 12,
    "rolling_36": 36,
}
"""How many months of units each period adds up (the month itself and the ones before it)."""

PERIOD_WORDS: dict[Period, str] = {
    "month_end": "snapshot at 23:59 on the last day of the month",
    "in_month": "in the month",
    "rolling_12": "rolling 12 months ending with the month",
    "rolling_36": "rolling 36 months ending with the month",
}

UNIT_WORDS: dict[Unit, str] = {
    "count": "count",
    "percent": "percentage",
    "rate": "rate per 10,000 children aged 0-17",
    "days": "average days",
    "number": "number (as entered)",
}

Builder = Callable[["Context", Mapping[str, str]], "ibis.Table"]


@dataclass(frozen=True)
class Option:
    """A named local variant of an indicator (e.g. ASS2 counted from the referral date)."""

    name: str
    choices: tuple[str, ...]
    default: str
    meaning: str


@dataclass(frozen=True)
class Indicator:
    """One catalogue entry. ``build`` is None for series entered from other systems."""

    id: str
    family: str
    title: str
    definition: str
    unit: Unit
    polarity: Polarity
    period: Period
    sources: tuple[str, ...]
    numerator: str
    denominator: str | None
    build: Builder | None
    breakdowns: tuple[str, ...] = ()
    england: Mapping[int, float] = field(default_factory=dict)
    england_note: str = ""
    options: tuple[Option, ...] = ()
    lookback_months: int = 0
    """Months before the period's own that the definition reads (STAB2: 30, two and a half
    years in care); ``compute`` publishes a month only where all of them are covered."""
    lookback_reason: str = ""
    not_children: str = ""
    """What the indicator counts when it is not children (social workers, rejected records):
    its figures are then published as they are, outside disclosure control. Empty for an
    indicator of children."""
    same_count_as: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    """Figure column -> (indicator id, column) of another indicator that counts the same
    children in other words (CLA7P's numerator is CLA7's): disclosure control suppresses the
    two together. Columns whose catalogue words are equal are linked without it."""

    @property
    def counts_children(self) -> bool:
        """Whether the indicator's counts are of children (see ``not_children``)."""
        return not self.not_children

    @property
    def months_needed(self) -> int:
        """Months of records a figure reads: its period's months and its lookback."""
        return PERIOD_MONTHS[self.period] + self.lookback_months

    def settings(self, chosen: Mapping[str, str] | None = None) -> dict[str, str]:
        """The option values to compute with: defaults, overridden by ``chosen``."""
        values = {o.name: o.default for o in self.options}
        for name, value in (chosen or {}).items():
            option = next((o for o in self.options if o.name == name), None)
            if option is None or value not in option.choices:
                known = ", ".join(f"{o.name}={'|'.join(o.choices)}" for o in self.options)
                raise ValueError(f"{self.id}: unknown option {name}={value} (options: {known})")
            values[name] = value
        return values
