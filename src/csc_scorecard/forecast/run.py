"""One council's forecast of one measure: backtest (if asked), forecast, cost, scenarios.

Everything is written to the store (``results``), where the pack and the docs read it; the
backtest's choice of model is kept with its accuracy, so a forecast run without
``--backtest`` still says which model its total should be read from.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

import numpy as np
import numpy.typing as npt
import pandas as pd

from csc_scorecard.forecast.backtest import (
    MULTISTATE,
    accuracy,
    backtest,
    simple_fans,
    with_combined,
)
from csc_scorecard.forecast.config import ForecastConfig
from csc_scorecard.forecast.costs import annual_spend, weekly_spend
from csc_scorecard.forecast.fan import LEVELS, Fan, from_paths
from csc_scorecard.forecast.floor import chance_floor, floor_scores
from csc_scorecard.forecast.history import History, load_history
from csc_scorecard.forecast.multistate import Fitted, fit_multistate, forecast_fitted
from csc_scorecard.forecast.results import current_forecasts, replace_rows, stored
from csc_scorecard.forecast.scenarios import entry_weights, uasc_multipliers
from csc_scorecard.forecast.states import AGE_BANDS
from csc_scorecard.forecast.threads import one_blas_thread
from csc_scorecard.store import Store

BASE = "base"
BREAKDOWNS = {"placement": 3, "age_band": 2}
"""Breakdown name -> the axis of the simulated counts (path, month, band, group) it keeps."""


@dataclass(frozen=True)
class ForecastRun:
    """The council's forecast rows, backtest accuracy and MASE floors in the store after a run."""

    values: pd.DataFrame
    accuracy: pd.DataFrame
    floor: pd.DataFrame
    origin: date


def _months_after(origin: date, count: int) -> list[date]:
    index = origin.year * 12 + origin.month - 1
    return [date((index + k) // 12, (index + k) % 12 + 1, 1) for k in range(1, count + 1)]


def fan_rows(fan: Fan, months: list[date], **labels: str) -> pd.DataFrame:
    """One row per month of a fan, with its intervals and the given labels."""
    bounds = {f"{side}_{level}": (fan.lower if side == "lower" else fan.upper)[level]
              for side in ("lower", "upper") for level in LEVELS}  # fmt: skip
    return pd.DataFrame({"month": months, "mean": fan.point, **bounds}).assign(**labels)


def _breakdown_rows(counts: npt.NDArray[np.int64], history: History,
                    months: list[date], scenario: str) -> list[pd.DataFrame]:  # fmt: skip
    """Rows per placement group (CLA only) and per age band, from the simulated counts."""
    names = {"placement": history.groups, "age_band": AGE_BANDS}
    wanted = ("placement", "age_band") if history.measure == "CLA" else ("age_band",)
    frames = []
    for breakdown in wanted:
        dropped = tuple(a for a in (2, 3) if a != BREAKDOWNS[breakdown])
        kept = counts.sum(axis=dropped)[:, 1:]
        for i, value in enumerate(names[breakdown]):
            frames.append(fan_rows(from_paths(kept[:, :, i].astype(float)), months,
                                   scenario=scenario, model=MULTISTATE, breakdown=breakdown,
                                   breakdown_value=value, unit="children"))  # fmt: skip
    return frames


def _spend_rows(counts: npt.NDArray[np.int64], config: ForecastConfig,
                months: list[date], scenario: str) -> list[pd.DataFrame]:  # fmt: skip
    """Weekly spend each month and spend in each whole year ahead (at its last month)."""
    weekly = weekly_spend(counts, config.unit_costs, config.inflation)
    annual = annual_spend(weekly)
    labels = {"scenario": scenario, "model": MULTISTATE, "breakdown": "spend", "unit": "pounds"}
    return [fan_rows(from_paths(weekly), months, breakdown_value="weekly", **labels),
            fan_rows(from_paths(annual), months[11::12][: annual.shape[1]],
                     breakdown_value="annual", **labels)]  # fmt: skip


def _scenario_rows(history: History, fitted: Fitted, config: ForecastConfig,
                   months: list[date], scenario: str,
                   ) -> tuple[list[pd.DataFrame], Fan]:  # fmt: skip
    """The multistate forecast under one scenario (base: none): total, breakdowns, spend.

    Also the total's fan, which the combined model averages with seasonal ETS's. Every
    scenario is simulated from the one fit at the origin (``fitted``).
    """
    weights = uasc = None
    if scenario != BASE:
        chosen = config.scenarios[scenario]
        shares = fitted.reference.uasc_shares()
        weights = entry_weights(chosen, history.groups, months, shares)
        uasc = uasc_multipliers(chosen, months)
    counts = forecast_fitted(fitted, config.settings, weights, uasc).counts
    total = from_paths(counts.sum(axis=(2, 3))[:, 1:].astype(float))
    frames = [fan_rows(total, months, scenario=scenario, model=MULTISTATE, breakdown="all",
                       breakdown_value="all", unit="children")]  # fmt: skip
    frames += _breakdown_rows(counts, history, months, scenario)
    if history.measure == "CLA" and config.unit_costs:
        frames += _spend_rows(counts, config, months, scenario)
    return frames, total


@one_blas_thread
def run_forecast(store: Store, la_code: str, measure: str, config: ForecastConfig,
                 scenarios: tuple[str, ...] = (), with_backtest: bool = False,
                 step: int = 1) -> ForecastRun:  # fmt: skip
    """Forecast ``measure`` for a council from its last whole month and store the results."""
    history = load_history(store, la_code, measure)
    origin = len(history.months) - 1
    now = datetime.now(UTC).replace(tzinfo=None)
    if with_backtest:
        tested = replace(config.settings, paths=config.backtest_paths)
        errors = backtest(history, tested, step)
        replace_rows(store, "forecast_backtest", la_code, measure, errors)
        scores = accuracy(errors).assign(computed_at=now)
        replace_rows(store, "forecast_accuracy", la_code, measure, scores)
        floors = floor_scores(chance_floor(history, tested, step)).assign(computed_at=now)
        replace_rows(store, "forecast_floor", la_code, measure, floors)
    months = _months_after(history.months[origin], config.settings.horizon)
    fitted = fit_multistate(history, origin, config.settings)
    frames, multistate = _scenario_rows(history, fitted, config, months, BASE)
    for scenario in scenarios:
        frames += _scenario_rows(history, fitted, config, months, scenario)[0]
    simple = simple_fans(history.totals().astype(float), config.settings.horizon)
    frames += [
        fan_rows(fan, months, scenario=BASE, model=name, breakdown="all", breakdown_value="all",
                 unit="children")
        for name, fan in with_combined({MULTISTATE: multistate, **simple}).items()
        if name != MULTISTATE
    ]  # fmt: skip
    rows = pd.concat(frames, ignore_index=True).assign(origin=history.months[origin],
                                                         computed_at=now)  # fmt: skip
    replace_rows(store, "forecast_value", la_code, measure, rows, history.months[origin])
    values = current_forecasts(store, la_code)
    accuracy_now = stored(store, "forecast_accuracy", la_code)
    floor_now = stored(store, "forecast_floor", la_code)
    return ForecastRun(values, accuracy_now, floor_now, history.months[origin])
