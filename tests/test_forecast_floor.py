"""The least error chance allows (``forecast.floor``), against distributions worked out exactly."""

import numpy as np
import pytest
from scipy import stats

from csc_scorecard.forecast.comparators import mase_scale
from csc_scorecard.forecast.floor import chance_floor, least_scaled_error
from csc_scorecard.forecast.multistate import Settings
from csc_scorecard.forecast.reference import Reference
from csc_scorecard.forecast.simulate import Start, simulate
from csc_scorecard.forecast.states import AGE_BANDS
from forecast_fixtures import known_history
from test_forecast_multistate import NO_ENTRIES, months_ahead

BAND_10_15 = AGE_BANDS.index("10-15")


def test_the_least_scaled_error_is_the_mean_distance_from_the_median_over_the_scale():
    # median 3; distances 2, 1, 0, 1, 97: mean 20.2; over a scale of 2
    assert least_scaled_error(np.array([1.0, 2, 3, 4, 100]), 2.0) == pytest.approx(10.1)


def alternating_leaving(months: int = 24, per_month: int = 1000) -> Reference:
    """A window whose months alternate between 2% and 8% of children leaving (5% pooled)."""
    moves = np.zeros((months, len(AGE_BANDS), 1, 2))
    leaving = np.where(np.arange(months) % 2, 0.08, 0.02)
    moves[:, BAND_10_15, 0, 0] = (1 - leaving) * per_month
    moves[:, BAND_10_15, 0, 1] = leaving * per_month
    none = np.zeros(0, dtype=np.int64)
    return Reference(("group 0",), moves, np.zeros(months, dtype=np.int64),
                     np.arange(months) % 12 + 1, none, none, none.astype(bool))  # fmt: skip


def test_known_rates_spread_a_closed_stock_by_chance_alone():
    """1,000 children, 5% leaving a month as the pooled rate: by chance alone the count after
    12 months is binomial(1000, 0.95^12), variance 1000 q (1 - q) = 248. Resampling the
    window's months (2% and 8% alternately) adds the rate's uncertainty: about 1,750 more."""
    n, q = 1000, 0.95**12
    start = Start(np.full(n, 130), np.zeros(n, dtype=np.int64))
    ahead = months_ahead(12)
    known = simulate(start, alternating_leaving(), NO_ENTRIES, ahead, paths=2000, seed=2,
                     rates_known=True).sum(axis=(2, 3))[:, 12]  # fmt: skip
    resampled = simulate(start, alternating_leaving(), NO_ENTRIES, ahead, paths=2000,
                         seed=2).sum(axis=(2, 3))[:, 12]  # fmt: skip
    assert known.var() == pytest.approx(n * q * (1 - q), rel=0.12)
    assert resampled.var() > 4 * n * q * (1 - q)


def mean_distance_from_median(pmf: np.ndarray) -> float:
    """E|X - median X| of a distribution on 0, 1, 2, ... given by its probabilities."""
    values = np.arange(len(pmf))
    median = values[np.searchsorted(np.cumsum(pmf), 0.5)]
    return float(np.sum(np.abs(values - median) * pmf))


def test_the_floors_are_those_of_the_binomial_survivors_and_poisson_entrants():
    """Children join Poisson(20) a month and each leaves with probability 5% a month. From an
    origin with n children, the count h months on is binomial(n, 0.95^h) survivors plus the
    entrants still there, Poisson(20 (1 + 0.95 + ... + 0.95^(h-1))); the floors are their
    mean distances from the median over the MASE scale (rates estimated, so within 10%)."""
    history = known_history(49, entries=20.0, leaving=0.05, seed=11)
    floors = chance_floor(history, Settings(paths=4000, seed=3), step=12).set_index(
        ["origin", "horizon"])  # fmt: skip
    totals = history.totals()
    support = np.arange(1500)
    for origin_index in (24, 36):
        origin = history.months[origin_index]
        scale = mase_scale(totals[: origin_index + 1].astype(float))
        for h in (3, 6, 12):
            q = 0.95**h
            entrants = stats.poisson.pmf(support, 20 * (1 - q) / 0.05)
            survivors = stats.binom.pmf(support, totals[origin_index], q)
            everyone = np.convolve(survivors, entrants)[: len(support)]
            row = floors.loc[(origin, h)]
            assert row.entrants_floor == pytest.approx(
                mean_distance_from_median(entrants) / scale, rel=0.10)  # fmt: skip
            assert row.floor == pytest.approx(mean_distance_from_median(everyone) / scale, rel=0.10)
            assert row.entrants_floor < row.floor
