"""Rolling-origin backtest: how far off each model was, forecasting from each past month.

From every origin with at least two years of history behind it, each model is fitted on the
history up to the origin only (``History.up_to``: nothing later is visible to it) and its
forecasts 3, 6 and 12 months ahead are set beside what happened. The measures, per model and
months ahead:

- MASE, the mean absolute scaled error (Hyndman and Koehler 2006, "Another look at measures
  of forecast accuracy", International Journal of Forecasting 22(4), section 3.4; with the
  seasonal naive scale of Hyndman and Athanasopoulos, Forecasting: Principles and Practice,
  3rd ed., 5.8): each error is divided by the in-sample mean absolute seasonal (lag 12)
  difference of the history up to its own origin, (1/(n-12)) sum |y_t - y_{t-12}|, and MASE
  is the mean of those scaled errors' absolute values over the origins. Below 1 is better
  than the seasonal naive forecast did in-sample one year ahead. At the earliest origins
  the scale rests on 13 to 24 year-on-year changes of a slowly moving count, so it is
  itself uncertain, and the mean of errors over an uncertain scale is larger than the
  errors' mean over the scale's (on 20 synthetic councils the seasonal naive model scored
  1.25 at 12 months by this definition, 1.09 as the sum of absolute errors over the sum of
  scales, and 1.63 from the origins of the first year against 1.10-1.23 from later ones);
- MAPE, the mean absolute percentage error (months with a count of 0 left out);
- coverage: the share of outcomes inside the 80% and 95% intervals, which for honest
  intervals is near 80% and 95%.

Beside the three models is their combination: the mean of the multistate and seasonal ETS
forecasts and of each of their interval bounds (``fan.quantile_average``). The two err in
different ways (the multistate model's stock moves towards the level its entries and
leaving rates imply; ETS holds the last smoothed level), so their average is nearer than
either: on 20 synthetic councils (every origin) its MASE was 0.62, 0.88 and 1.24 at 3, 6 and
12 months against 0.64, 0.92 and 1.30 (multistate) and 0.64, 0.90 and 1.25 (ETS), with 80%
intervals covering 79%, 77% and 76% of outcomes and 95% intervals 93%, 92% and 92%.
Entries fitted with recent months weighted more (half-life 6 months) were tried and left
out: the multistate model's MASE rose to 0.67, 0.95 and 1.34.

The model with the lower MASE averaged over the three horizons is the one a measure's
forecast uses (the multistate model on a tie, since it also gives the breakdowns).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt
import pandas as pd

from csc_scorecard.forecast.comparators import SEASON, mase_scale, seasonal_ets, seasonal_naive
from csc_scorecard.forecast.fan import Fan, from_paths, quantile_average
from csc_scorecard.forecast.history import History
from csc_scorecard.forecast.multistate import Settings, forecast_multistate
from csc_scorecard.forecast.threads import one_blas_thread

HORIZONS = (3, 6, 12)
MIN_HISTORY = 2 * SEASON
MULTISTATE, ETS, NAIVE = "multistate", "seasonal ETS", "seasonal naive"
COMBINED = "multistate and ETS combined"
MODELS = (MULTISTATE, ETS, COMBINED, NAIVE)
ERRORS = ["measure", "model", "origin", "horizon", "month", "actual", "point",
          "lower_80", "upper_80", "lower_95", "upper_95", "scale"]  # fmt: skip


def simple_fans(y: npt.NDArray[np.float64], horizon: int) -> dict[str, Fan]:
    """The simpler models' fans of the monthly count ``y``, ``horizon`` months on."""
    simple: dict[str, Callable[[npt.NDArray[np.float64], int], Fan]] = {
        ETS: seasonal_ets, NAIVE: seasonal_naive,
    }  # fmt: skip
    return {name: fit(y, horizon) for name, fit in simple.items()}


def with_combined(fans: dict[str, Fan]) -> dict[str, Fan]:
    """The fans with the multistate and seasonal ETS forecasts' quantile average beside them."""
    return {**fans, COMBINED: quantile_average([fans[MULTISTATE], fans[ETS]])}


def origins(history: History, step: int) -> range:
    """The origins with two years behind them and at least the shortest horizon after."""
    months = len(history.months)
    found = range(MIN_HISTORY, months - min(HORIZONS), step)
    if not found:
        raise LookupError(f"a backtest needs at least {MIN_HISTORY + min(HORIZONS) + 1} months"
                          f" of history; {history.measure} has {months}")  # fmt: skip
    return found


def _errors(history: History, origin: int, fans: dict[str, Fan],
            actual: npt.NDArray[np.float64]) -> list[tuple[object, ...]]:  # fmt: skip
    """Each fan's forecast at 3, 6 and 12 months from ``origin`` beside ``actual``."""
    scale = mase_scale(actual[: origin + 1])
    return [
        (history.measure, model, history.months[origin], h, history.months[origin + h],
         actual[origin + h], fan.point[h - 1], fan.lower[80][h - 1], fan.upper[80][h - 1],
         fan.lower[95][h - 1], fan.upper[95][h - 1], scale)
        for model, fan in fans.items() for h in HORIZONS if origin + h < len(actual)
    ]  # fmt: skip


@dataclass(frozen=True)
class Backtest:
    """Forecast errors from every origin: of the total, and of each group's own count."""

    total: pd.DataFrame
    """Every model's errors (``ERRORS`` columns)."""
    groups: pd.DataFrame
    """The multistate and seasonal naive errors per group (``ERRORS`` and ``group``)."""


@one_blas_thread
def backtest_with_groups(history: History, settings: Settings, step: int = 1,
                         by_group: bool = True) -> Backtest:  # fmt: skip
    """Errors at 3, 6 and 12 months from every ``step``-th origin, total and by group.

    One simulation per origin serves both, so the groups' paths add up to the total's.
    """
    ahead = replace(settings, horizon=max(HORIZONS))
    actual = history.totals().astype(float)
    by_group_actual = history.totals_by_group().astype(float)
    total: list[tuple[object, ...]] = []
    groups: list[pd.DataFrame] = []
    for origin in origins(history, step):
        known = history.up_to(origin)
        counts = forecast_multistate(known, origin, ahead).counts[:, 1:].sum(axis=2)
        fans = with_combined(
            {
                MULTISTATE: from_paths(counts.sum(axis=2).astype(float)),
                **simple_fans(known.totals().astype(float), ahead.horizon),
            }
        )
        total += _errors(history, origin, fans, actual)
        for g, group in enumerate(history.groups if by_group else ()):
            own = by_group_actual[:, g]
            fans = {MULTISTATE: from_paths(counts[:, :, g].astype(float)),
                    NAIVE: seasonal_naive(own[: origin + 1], ahead.horizon)}  # fmt: skip
            rows = _errors(history, origin, fans, own)
            groups.append(pd.DataFrame(rows, columns=ERRORS).assign(group=group))
    grouped = pd.concat(groups, ignore_index=True) if groups else pd.DataFrame(
        columns=[*ERRORS, "group"])  # fmt: skip
    return Backtest(pd.DataFrame(total, columns=ERRORS), grouped)


def backtest(history: History, settings: Settings, step: int = 1) -> pd.DataFrame:
    """Every model's forecast error at 3, 6 and 12 months from every ``step``-th origin."""
    return backtest_with_groups(history, settings, step, by_group=False).total


def scores(errors: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """MASE, MAPE and 80%/95% coverage of the errors per ``by`` (see the module's words)."""
    e = errors.assign(
        _abs=(errors.actual - errors.point).abs(),
        _covered_80=errors.actual.between(errors.lower_80, errors.upper_80),
        _covered_95=errors.actual.between(errors.lower_95, errors.upper_95),
    )
    e = e.assign(_scaled=e._abs / e.scale.where(e.scale > 0),
                 _pct=100 * e._abs / e.actual.where(e.actual > 0))  # fmt: skip
    table: pd.DataFrame = (
        e.groupby(by)
        .agg(origins=("origin", "size"), mase=("_scaled", "mean"), mape=("_pct", "mean"),
             coverage_80=("_covered_80", "mean"), coverage_95=("_covered_95", "mean"))
        .reset_index()
    )  # fmt: skip
    return table


def accuracy(errors: pd.DataFrame) -> pd.DataFrame:
    """Each model's scores per measure and horizon, and the model chosen for each measure."""
    table = scores(errors, ["measure", "model", "horizon"])
    contenders = table[table.model != NAIVE].groupby(["measure", "model"]).mase.mean().reset_index()
    contenders["_tie"] = (contenders.model != MULTISTATE).astype(int)
    best = contenders.sort_values(["measure", "mase", "_tie"]).drop_duplicates("measure")
    chosen = set(zip(best.measure, best.model, strict=True))
    return table.assign(
        chosen=[(m, model) in chosen for m, model in zip(table.measure, table.model, strict=True)]
    )
