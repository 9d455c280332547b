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
from csc_scorecard.forecast.report import (
    accuracy_table,
    chosen_model,
    floor_sentence,
    headline,
)
from csc_scorecard.forecast.results import current_forecasts, stored
from csc_scorecard.privacy.policy import SMALLEST_SAFE
from csc_scorecard.store import Store

HISTORY_SHOWN = 24
"""Months of what happened drawn before the forecast in the fan chart."""
FLOOR_COLUMNS = ["measure", "horizon", "origins", "entrants_floor", "floor"]
"""What the section keeps of ``forecast_floor``."""


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
    floor: pd.DataFrame
    """measure, horizon, origins, entrants_floor, floor: the least MASE chance allows."""

    def floor_sentences(self) -> list[str]:
        """What chance alone allows each measure's MASE, one sentence per measure tested."""
        said = (floor_sentence(self.floor, m) for m in MEASURE_WORDS)
        return [sentence for sentence in said if sentence]


def children_shown(value: float, published: bool = True) -> str:
    """A forecast number of children as printed: whole, and "c" when 1 to 5 if published."""
    whole = round(value)
    return "c" if published and 0 < whole < SMALLEST_SAFE else f"{whole:,}"


def pounds_shown(value: float) -> str:
    """Spend as printed: whole pounds."""
    return f"£{value:,.0f}"


def as_printed(frame: pd.DataFrame, unit: str, published: bool = True) -> pd.DataFrame:
    """``frame`` with forecast, interval_80 and interval_95 as printed (see ``children_shown``)."""

    def show(value: float) -> str:
        return children_shown(value, published) if unit == "children" else pounds_shown(value)

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
        frames.append(as_printed(rows, unit).assign(measure=measure, model=model,
                                                    breakdown=breakdown,
                                                    scenario=scenario))  # fmt: skip
    return frames


def forecast_briefing(store: Store, la_code: str) -> ForecastBriefing | None:
    """The section's tables from the stored forecasts; None when none has been made."""
    values = current_forecasts(store, la_code)
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
    floor = _tested_floor(store, la_code, measures)
    return ForecastBriefing(forecasts, accuracy, _fan(store, la_code, values, scores), floor)


def _tested_floor(store: Store, la_code: str, measures: list[str]) -> pd.DataFrame:
    """The measures' MASE floors (none in a store whose backtests predate them)."""
    floor = stored(store, "forecast_floor", la_code)
    return floor[floor.measure.isin(measures)][FLOOR_COLUMNS].reset_index(drop=True)


def _fan(store: Store, la_code: str, values: pd.DataFrame, scores: pd.DataFrame) -> pd.DataFrame:
    """What happened over the last two years and the forecast total after it, for CLA."""
    if "CLA" not in set(values.measure):
        return pd.DataFrame()
    history = load_history(store, la_code, "CLA")
    actual = pd.DataFrame({"month": history.months, "actual": history.totals()}).tail(HISTORY_SHOWN)
    model = chosen_model(scores, "CLA")
    ahead = values[(values.measure == "CLA") & (values.breakdown == "all")
                   & (values.scenario == "base") & (values.model == model)]  # fmt: skip
    fan = pd.concat([actual, ahead[FAN_COLUMNS].sort_values("month")], ignore_index=True)
    return without_small_numbers(fan)


FAN_COLUMNS = ["month", "mean", "lower_50", "upper_50", "lower_80", "upper_80", "lower_95",
               "upper_95"]  # fmt: skip
"""A fan chart's columns besides ``actual``: the mean and each interval's ends, by month."""


def without_small_numbers(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame``'s numbers of children (every column but month), those rounding to 1-5 left out.

    A chart of published figures draws them so: a gap, not the value.
    """
    numbers = frame.columns.drop("month")
    values = frame[numbers].astype(float)
    rounded = values.round()
    return frame.assign(**values.mask((rounded >= 1) & (rounded < SMALLEST_SAFE)))
