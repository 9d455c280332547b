"""Plain-English exception sentences: what a panel member should notice this month, and why.

A sentence is written for an indicator whose latest point is a special-cause signal or whose
figure misses its target (amber or red); common-cause variation gets no sentence unless asked,
because describing noise invites people to explain it. Each sentence is built only from the
figures, rounded as the pack prints them, e.g.

    Re-referrals within 12 months rose to 27.0% in March 2026, above the upper control limit
    (25.1%); England 22.6%.

The signal quoted is the first rule that flags the latest point in the order NHSRplotthedots
labels points (outside limit, trend, two of three, shift). Analysts' commentary is never
produced here: it is read from their own file (``commentary.py``) and kept beside these
sentences.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from csc_scorecard.analysis.config import Target
from csc_scorecard.analysis.judgement import AMBER, RED, travel
from csc_scorecard.analysis.spc import OUTSIDE, SHIFT, TREND, TWO_OF_THREE
from csc_scorecard.analysis.units import format_month, format_value
from csc_scorecard.indicators.definition import Indicator

VERBS = {"up": "rose to", "down": "fell to"}
"""How the figure moved since last month; "was" when it did not, or last month is missing."""


@dataclass(frozen=True)
class Judged:
    """What the sentence is about: the chart up to the month and the figure's judgement."""

    item: Indicator
    month: date
    chart: pd.DataFrame  # xmr() output, one row per month up to and including ``month``
    last_month: float | None
    target: Target | None
    rag: str
    england: float | None


def exceptions(judged: Judged, include_common_cause: bool = False) -> tuple[str, ...]:
    """The exception sentence for the month, if the figure is a signal or misses its target."""
    chart = judged.chart
    if chart.empty or chart.index[-1] != judged.month or pd.isna(chart["value"].iloc[-1]):
        return ()
    latest = chart.iloc[-1]
    clauses = [_signal(judged)] if latest["special_cause"] else []
    if judged.rag in (AMBER, RED) and judged.target is not None:
        clauses.append(f"missing the target of {_show(judged.target.target, judged)}")
    if not clauses and include_common_cause and pd.notna(latest["upper"]):
        low, high = max(float(latest["lower"]), 0.0), float(latest["upper"])
        clauses.append(
            f"within its usual range ({_show(low, judged, True)} to {_show(high, judged, True)})"
        )
    if not clauses:
        return ()
    value = float(latest["value"])
    verb = VERBS.get(travel(value, judged.last_month, judged.item).direction, "was")
    sentence = (
        f"{_subject(judged.item)} {verb} {_show(value, judged)} in "
        f"{format_month(judged.month)}, {' and '.join(clauses)}"
    )
    if judged.england is not None:
        sentence += f"; England {_show(judged.england, judged)}"
    return (sentence + ".",)


def _signal(judged: Judged) -> str:
    """The clause naming the signal at the latest point."""
    chart = judged.chart[judged.chart["value"].notna()]
    chart = chart[chart["segment"] == chart["segment"].iloc[-1]]  # runs never cross a step
    latest = chart.iloc[-1]
    rules = latest["rules"].split("; ")
    up = latest["direction"] > 0
    if OUTSIDE in rules:
        limit, word = ("upper", "above") if up else ("lower", "below")
        return f"{word} the {limit} control limit ({_show(latest[limit], judged, True)})"
    if TREND in rules:
        points = _run(chart["value"].diff().gt(0) if up else chart["value"].diff().lt(0)) + 1
        return f"the {_ordinal(points)} month of a {'rising' if up else 'falling'} trend"
    if TWO_OF_THREE in rules:
        limit = "upper" if up else "lower"
        return (
            f"close to the {limit} control limit ({_show(latest[limit], judged, True)}) "
            "for two of the last three months"
        )
    assert SHIFT in rules
    points = _run(chart["value"].gt(latest["mean"]) if up else chart["value"].lt(latest["mean"]))
    side, mean = ("above" if up else "below"), _show(latest["mean"], judged, True)
    return f"the {_ordinal(points)} month in a row {side} the average ({mean})"


def _run(holds: pd.Series) -> int:
    """How many of the last values in a row the condition holds for."""
    misses = (~holds.to_numpy(dtype=bool))[::-1]
    return int(misses.argmax()) if misses.any() else len(misses)


def _subject(item: Indicator) -> str:
    """The title as a sentence's subject: the unit is in the figure, so "(%)" goes."""
    return item.title.removesuffix(" (%)")


def _show(value: float, judged: Judged, statistic: bool = False) -> str:
    return format_value(float(value), judged.item.unit, statistic)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
