"""Plain-English sentences: what a figure is, how it moved and where it sits against its limits.

Every indicator has one sentence (``sentence``), built only from the figures rounded as the
pack prints them, in separate clauses so that a fall on last month is never read as the
position against the limits, e.g.

    Children looked after: 360 in November 2026, 5 fewer than in October; above the upper
    control limit (304.5) since March 2025; England 70.0.

- the figure and its month ("in the 12 months to March 2026" for a rolling figure);
- the change on last month ("5 fewer than in October", "up 1.2 percentage points on
  October");
- the position against the limits: the signal at the latest point, the first rule that flags
  it in the order NHSRplotthedots labels points (outside limit, trend, two of three, shift),
  with "since" and the first month of a sustained signal; or "within its usual range"; a
  rolling figure's position is its month alone's ("the monthly figure ...");
- trial limits, when the limits come from fewer points than a full baseline;
- the target: missed, or -- in one clause -- where the RAG rating and the SPC disagree (a
  green figure moving the wrong way by more than chance, a missed target the limits say is
  usually met);
- England's figure.

``exceptions`` keeps the pack's rule for which indicators get their sentence: a special-cause
signal or a missed target (amber or red); common-cause variation gets none unless asked,
because describing noise invites people to explain it. Analysts' commentary is never produced
here: it is read from their own file (``commentary.py``) and kept beside these sentences.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from csc_scorecard.analysis.config import Target
from csc_scorecard.analysis.judgement import AMBER, GREEN, RED
from csc_scorecard.analysis.spc import (
    CONCERN,
    FAIL,
    IMPROVEMENT,
    OUTSIDE,
    PASS,
    SHIFT,
    TREND,
    TWO_OF_THREE,
)
from csc_scorecard.analysis.units import (
    format_change,
    format_month,
    format_range,
    format_value,
    rounded,
)
from csc_scorecard.indicators.definition import PERIOD_MONTHS, Indicator

TITLE_SUFFIXES = (" (%)", " (rolling 12 months)", " (rolling 36 months)")
"""Said by the figure or its period, so dropped from the title when it is a subject."""


@dataclass(frozen=True)
class Judged:
    """What the sentence is about: the chart up to the month and the figure's judgement.

    ``chart`` is the figure's own chart (``xmr``, or ``run_chart`` for a rolling figure);
    ``monthly`` the XmR chart of a rolling figure's month alone, whose signals it reports.
    """

    item: Indicator
    month: date
    chart: pd.DataFrame  # one row per month up to and including ``month``
    last_month: float | None
    target: Target | None
    rag: str
    england: float | None
    monthly: pd.DataFrame | None = None
    assurance: str = ""

    @property
    def signals(self) -> pd.DataFrame:
        """The chart whose limits and signals the sentence reports."""
        return self.monthly if self.monthly is not None else self.chart

    @property
    def rolling(self) -> bool:
        """Whether the figure adds up more than one month."""
        return PERIOD_MONTHS[self.item.period] > 1


def exceptions(judged: Judged, include_common_cause: bool = False) -> tuple[str, ...]:
    """The month's sentence if the figure is a signal or misses its target (else none)."""
    latest = _latest(judged.signals, judged.month)
    signal = latest is not None and bool(latest["special_cause"])
    if not (signal or judged.rag in (AMBER, RED) or include_common_cause):
        return ()
    text = sentence(judged)
    return (text,) if text else ()


def sentence(judged: Judged) -> str:
    """The indicator's sentence for the month ("" when the month has no figure)."""
    chart = judged.chart
    if chart.empty or chart.index[-1] != judged.month or pd.isna(chart["value"].iloc[-1]):
        return ""
    value = float(chart["value"].iloc[-1])
    when = (f"in the {PERIOD_MONTHS[judged.item.period]} months to {format_month(judged.month)}"
            if judged.rolling else f"in {format_month(judged.month)}")  # fmt: skip
    opening = f"{subject(judged.item)}: {_show(value, judged)} {when}"
    change = _change(value, judged)
    clauses = [f"{opening}, {change}" if change else opening]
    clauses += [c for c in (_position(judged), _trial(judged), _target(judged)) if c]
    if judged.england is not None:
        clauses.append(f"England {_show(judged.england, judged)}")
    return "; ".join(clauses) + "."


def subject(item: Indicator) -> str:
    """The title as a sentence's subject: the unit and period are said by the figure."""
    title = item.title
    for suffix in TITLE_SUFFIXES:
        title = title.removesuffix(suffix)
    return title


def _latest(chart: pd.DataFrame | None, month: date) -> pd.Series | None:
    if chart is None or chart.empty or chart.index[-1] != month:
        return None
    latest = chart.iloc[-1]
    return None if pd.isna(latest["value"]) else latest


def _change(value: float, judged: Judged) -> str:
    """The change on last month, by the rounded figures ("" when last month has none)."""
    if judged.last_month is None:
        return ""
    unit = judged.item.unit
    change = rounded(value, unit) - rounded(judged.last_month, unit)
    previous = _previous_month(judged.month)
    if change == 0:
        return f"the same as in {previous}"
    amount = format_change(change, unit)
    if unit == "count":
        return f"{amount} {'more' if change > 0 else 'fewer'} than in {previous}"
    return f"{'up' if change > 0 else 'down'} {amount} on {previous}"


def _previous_month(month: date) -> str:
    """Last month's name; with its year when that is another year ("December 2025")."""
    before = (
        date(month.year - 1, 12, 1) if month.month == 1 else date(month.year, month.month - 1, 1)
    )
    return format_month(before) if before.year != month.year else f"{before:%B}"


def _position(judged: Judged) -> str:
    """Where the latest point sits against its limits: the signal, or the usual range."""
    signals = judged.signals
    latest = _latest(signals, judged.month)
    if latest is None or pd.isna(latest["upper"]):
        return ""
    prefix = "the monthly figure " if judged.monthly is not None else ""
    if latest["special_cause"]:
        return prefix + _signal(judged)
    usual = format_range(float(latest["lower"]), float(latest["upper"]), judged.item.unit)
    return f"{prefix}within its usual range ({usual})"


def _signal(judged: Judged) -> str:
    """The clause naming the signal at the latest point, with "since" when it is sustained."""
    chart = judged.signals[judged.signals["value"].notna()]
    chart = chart[chart["segment"] == chart["segment"].iloc[-1]]  # runs never cross a step
    latest = chart.iloc[-1]
    rules = str(latest["rules"]).split("; ")
    up = latest["direction"] > 0
    values = chart["value"]
    if OUTSIDE in rules:
        limit, word = ("upper", "above") if up else ("lower", "below")
        beyond = values.gt(chart["upper"]) if up else values.lt(chart["lower"])
        return (f"{word} the {limit} control limit ({_show(latest[limit], judged, True)})"
                + _since(chart, _run(beyond)))  # fmt: skip
    if TREND in rules:
        points = _run(values.diff().gt(0) if up else values.diff().lt(0)) + 1
        first = format_month(chart.index[-points])
        return f"{'rising' if up else 'falling'} every month since {first} ({points} months)"
    if TWO_OF_THREE in rules:
        limit = "upper" if up else "lower"
        return (
            f"close to the {limit} control limit ({_show(latest[limit], judged, True)}) "
            "in two of the last three months"
        )
    assert SHIFT in rules
    points = _run(values.gt(latest["mean"]) if up else values.lt(latest["mean"]))
    side, mean = ("above" if up else "below"), _show(latest["mean"], judged, True)
    first = format_month(chart.index[-points])
    return f"{side} the average ({mean}) every month since {first} ({points} months)"


def _since(chart: pd.DataFrame, points: int) -> str:
    """The words " since March 2025" for a signal held over months; "" for a single month."""
    return f" since {format_month(chart.index[-points])}" if points > 1 else ""


def _trial(judged: Judged) -> str:
    """Says the limits are trial limits, and from how many figures."""
    latest = _latest(judged.signals, judged.month)
    if latest is None or not bool(latest.get("trial", False)) or pd.isna(latest["upper"]):
        return ""
    chart = judged.signals
    points = int(chart.loc[chart["segment"] == latest["segment"], "value"].notna().sum())
    return f"trial limits, from {points} months of figures"


def _target(judged: Judged) -> str:
    """The target clause: missed, or where the RAG rating and the SPC disagree."""
    goal = judged.target
    if goal is None or not judged.rag:
        return ""
    target = _show(goal.target, judged)
    latest = _latest(judged.signals, judged.month)
    variation = "" if latest is None else str(latest["variation"])
    if judged.rag == GREEN and variation == CONCERN:
        return f"meeting the target of {target}, though moving the wrong way by more than chance"
    if judged.rag == GREEN and judged.assurance == FAIL:
        return (f"meeting the target of {target} this month, though its control limits say it "
                "will usually be missed")  # fmt: skip
    if judged.rag == GREEN:
        return ""
    if variation == IMPROVEMENT:
        return f"missing the target of {target}, though improving by more than chance"
    if judged.assurance == PASS:
        return (f"missing the target of {target} this month, though its control limits say it "
                "will usually be met")  # fmt: skip
    return f"missing the target of {target}"


def _run(holds: pd.Series) -> int:
    """How many of the last values in a row the condition holds for."""
    misses = (~holds.to_numpy(dtype=bool))[::-1]
    return int(misses.argmax()) if misses.any() else len(misses)


def _show(value: float, judged: Judged, statistic: bool = False) -> str:
    return format_value(float(value), judged.item.unit, statistic)
