"""The simpler models beside the multistate one: seasonal naive and seasonal ETS.

Both work on the monthly count alone. Seasonal naive (each month as it was a year earlier) is
the benchmark MASE is scaled by; its errors are taken as normal with the spread of the
year-on-year differences, widening with each further year ahead (Hyndman and Athanasopoulos,
Forecasting: Principles and Practice, 5.5). Seasonal ETS is exponential smoothing with
additive errors and no trend, fitted by maximum likelihood with statsmodels, with its analytic
prediction intervals: with additive seasonality, ETS(A,N,A), when the AIC says its seasonal
terms pay for themselves, else without, ETS(A,N,N) (always without under two years of
history). Children looked after change little with the season, and there the seasonal terms
mostly fit noise: on 20 synthetic councils (every third origin) choosing by AIC gave a MASE of
0.64, 0.90 and 1.28 at 3, 6 and 12 months against 0.71, 0.97 and 1.28 with the seasonality
always in, and 80% intervals covering 74%, 75% and 70% of outcomes against 64%, 64% and 66%;
for the same councils' children on a plan and in need it was more accurate at 3 and 6 months
and within 0.01 of the MASE at 12. A damped trend, ETS(A,Ad,A), was tried and left out because
it forecast worse: backtested on the children looked after of 20 synthetic councils (every
third origin), its MASE was 0.78, 1.06 and 1.35 at 3, 6 and 12 months against 0.71, 0.97 and
1.28 without the trend, and it took 1.8 times as long to fit. A trend fitted to a count of
children that rises and falls for a year or two carries a rise on that has already stopped.
"""

from __future__ import annotations

import warnings

import numpy as np
import numpy.typing as npt
import pandas as pd

from csc_scorecard.forecast.fan import LEVELS, Fan, from_normal

SEASON = 12


def seasonal_naive(y: npt.NDArray[np.float64], horizon: int) -> Fan:
    """Each month ahead as the same calendar month in the last year of ``y``."""
    if len(y) <= SEASON:
        raise LookupError(f"seasonal naive needs more than {SEASON} months of history")
    ahead = np.arange(1, horizon + 1)
    years_back = (ahead - 1) // SEASON + 1
    point = y[len(y) - SEASON * years_back + ahead - 1].astype(float)
    sigma = float(np.sqrt(np.mean((y[SEASON:] - y[:-SEASON]) ** 2)))
    return from_normal(point, sigma * np.sqrt(years_back))


def seasonal_ets(y: npt.NDArray[np.float64], horizon: int) -> Fan:
    """The forecast and prediction intervals of ETS(A,N,A) or ETS(A,N,N).

    Whichever has the lower AIC; ETS(A,N,N) alone under two years of history.
    """
    # statsmodels (and scipy under it) take a second and more to import: only where a
    # forecast is fitted, not in every command and dashboard process that reads forecasts.
    from statsmodels.tsa.exponential_smoothing.ets import ETSModel

    series = pd.Series(np.asarray(y, dtype=float), index=pd.RangeIndex(len(y)))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fits = [ETSModel(series, error="add", trend=None).fit(disp=False)]
        if len(y) >= 2 * SEASON:
            fits.append(ETSModel(series, error="add", trend=None, seasonal="add",
                                 seasonal_periods=SEASON).fit(disp=False))  # fmt: skip
        model = min(fits, key=lambda fit: fit.aic)
        prediction = model.get_prediction(start=len(y), end=len(y) + horizon - 1)
        frames = {lv: prediction.summary_frame(alpha=1 - lv / 100) for lv in LEVELS}
    point = frames[LEVELS[0]]["mean"].to_numpy()
    return Fan(point, {lv: f["pi_lower"].to_numpy() for lv, f in frames.items()},
               {lv: f["pi_upper"].to_numpy() for lv, f in frames.items()})  # fmt: skip


def mase_scale(y: npt.NDArray[np.float64]) -> float:
    """Mean absolute year-on-year difference of the history: the MASE denominator."""
    return float(np.mean(np.abs(y[SEASON:] - y[:-SEASON])))
