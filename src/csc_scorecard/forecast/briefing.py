"""The pack's forecast section: each measure's forecast with its backtest accuracy beside it.

Read from what ``scorecard forecast`` stored (nothing is forecast while a pack is written), and
made safe to publish: a forecast number of children that rounds to 1 to 5 is shown as "c",
as a count of children would be (a forecast for a small group says as much about the few
children in it as their count does). Spend, in pounds, is shown as forecast.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from csc_scorecard.forecast.history import MEASURE_WORDS, load_history
from csc_scorecard.forecast.report import accuracy_table, chosen_model, headline
from csc_scorecard.forecast.results import stored
from csc_scorecard.privacy.policy import SMALLEST_SAFE
from csc_scorecard.store import Store

HISTORY_SHOWN = 24
"""Months of what happened drawn before the forecast in the fan chart."""


@dataclass(frozen=True)
class ForecastBriefing:
    """The forecast section's tables, every number as printed."""

    forecasts: pd.DataFrame
    """measure, model, breakdown, breakdown_value, scenario, month, forecast, interval_80,
    interval_95."""
    accuracy: pd.DataFrame
    """measure, model, horizon, origins, mase, mape, coverage_80, coverage_95, chosen."""
    fan: pd.DataFrame
    """The CLA fan chart's numbers: month, actual (history) or mean and the interval ends."""


def children_shown(value: float) -> str:
    """A forecast number of children as published: whole, and "c" when 1 to 5."""
    whole = round(value)
    return "c" if 0 < whole < SMALLEST_SAFE else f"{whole:,}"


def _shown(frame: pd.DataFrame, unit: str) -> pd.DataFrame:
    show = children_shown if unit == "children" else (lambda v: f"£{v:,.0f}")

    def interval(level: int) -> list[str]:
        ends = zip(frame[f"lower_{level}"], frame[f"upper_{level}"], strict=True)
        return [f"{show(lower)} to {show(upper)}" for lower, upper in ends]

    return frame.assign(forecast=frame["mean"].map(show), interval_80=interval(80),
                        interval_95=interval(95))  # fmt: skip


def _rows(values: pd.DataFrame, scores: pd.DataFrame, measure: str) -> list[pd.DataFrame]:
    """The measure's headline, breakdowns, spend and scenarios, as printed."""
    parts = [("all", "base", "children")]
    if measure == "CLA":
        parts += [("placement", "base", "children"), ("spend", "base", "pounds")]
    parts += [("all", s, "children") for s in sorted(set(values.scenario) - {"base"})]
    frames = []
    for breakdown, scenario, unit in parts:
        rows = headline(values, scores, measure, breakdown, scenario)
        model = (
            chosen_model(scores, measure)
            if (breakdown, scenario) == ("all", "base")
            else "multistate"
        )
        frames.append(_shown(rows, unit).assign(measure=measure, model=model, breakdown=breakdown,
                                                scenario=scenario))  # fmt: skip
    return frames


def forecast_briefing(store: Store, la_code: str) -> ForecastBriefing | None:
    """The section's tables from the stored forecasts; None when none has been made."""
    if "forecast_value" not in store.engine.existing_tables():  # a store read, never written
        return None
    values = stored(store, "forecast_value", la_code)
    if values.empty:
        return None
    scores = stored(store, "forecast_accuracy", la_code)
    measures = [m for m in MEASURE_WORDS if m in set(values.measure)]
    forecasts = pd.concat(
        [f for m in measures for f in _rows(values, scores, m)], ignore_index=True
    )
    accuracy = pd.concat(
        [accuracy_table(scores, m).assign(measure=m) for m in measures], ignore_index=True
    )
    return ForecastBriefing(forecasts, accuracy, _fan(store, la_code, values, scores))


def _fan(store: Store, la_code: str, values: pd.DataFrame, scores: pd.DataFrame) -> pd.DataFrame:
    """What happened over the last two years and the forecast total after it, for CLA."""
    if "CLA" not in set(values.measure):
        return pd.DataFrame()
    history = load_history(store, la_code, "CLA")
    actual = pd.DataFrame({"month": history.months, "actual": history.totals()}).tail(HISTORY_SHOWN)
    model = chosen_model(scores, "CLA")
    ahead = values[(values.measure == "CLA") & (values.breakdown == "all")
                   & (values.scenario == "base") & (values.model == model)]  # fmt: skip
    columns = ["month", "mean", "lower_80", "upper_80", "lower_95", "upper_95"]
    fan = pd.concat([actual, ahead[columns].sort_values("month")], ignore_index=True)
    numbers = fan.columns.drop("month")
    rounded = fan[numbers].astype(float).round()
    fan[numbers] = fan[numbers].astype(float).mask((rounded >= 1) & (rounded < SMALLEST_SAFE))
    return fan
