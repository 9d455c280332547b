"""The comparators and the rolling-origin backtest, checked on series worked by hand."""

import numpy as np
import pandas as pd
import pytest

from csc_scorecard.forecast.backtest import (
    COMBINED,
    ETS,
    MULTISTATE,
    NAIVE,
    accuracy,
    backtest,
    backtest_with_groups,
)
from csc_scorecard.forecast.comparators import mase_scale, seasonal_ets, seasonal_naive
from csc_scorecard.forecast.fan import LEVELS, Fan, from_paths, quantile_average
from csc_scorecard.forecast.multistate import Settings, forecast_multistate
from forecast_fixtures import known_history


def test_seasonal_naive_repeats_last_year_and_widens_each_year_ahead():
    y = np.array([10.0, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 13, 15])  # 14 months
    fan = seasonal_naive(y, 13)
    # month 15 is the calendar month of month 3 (14), ..., month 26 of month 14 (15);
    # 13 ahead (month 27) goes back two years: month 3 again
    assert fan.point.tolist() == [14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 13, 15, 14]
    sigma = np.sqrt((3**2 + 3**2) / 2)  # year-on-year changes 13-10 and 15-12
    assert fan.upper[95][0] - fan.point[0] == pytest.approx(1.959964 * sigma, rel=1e-5)
    assert fan.upper[95][12] - fan.point[12] == pytest.approx(
        1.959964 * sigma * np.sqrt(2), rel=1e-5
    )
    assert mase_scale(y) == pytest.approx(3.0)


def test_backtest_measures_are_worked_out_as_defined():
    rows = [
        # model, origin, horizon, actual, point, 80% interval, 95% interval, scale
        (MULTISTATE, "2024-01-01", 3, 100.0, 90.0, 85, 95, 80, 120, 10.0),
        (MULTISTATE, "2024-02-01", 3, 50.0, 60.0, 45, 65, 40, 70, 20.0),
        (ETS, "2024-01-01", 3, 100.0, 99.0, 95, 105, 90, 110, 10.0),
        (ETS, "2024-02-01", 3, 50.0, 51.0, 52, 60, 49, 61, 20.0),
        (NAIVE, "2024-01-01", 3, 100.0, 100.0, 99, 101, 98, 102, 10.0),
    ]
    errors = pd.DataFrame(
        [("CLA", m, o, h, o, a, p, l8, u8, l9, u9, s) for m, o, h, a, p, l8, u8, l9, u9, s in rows],
        columns=["measure", "model", "origin", "horizon", "month", "actual", "point",
                 "lower_80", "upper_80", "lower_95", "upper_95", "scale"],
    )  # fmt: skip
    table = accuracy(errors).set_index("model")
    multistate = table.loc[MULTISTATE]
    assert multistate.mase == pytest.approx((10 / 10 + 10 / 20) / 2)
    assert multistate.mape == pytest.approx((10 + 20) / 2)
    assert multistate.coverage_80 == 0.5 and multistate.coverage_95 == 1.0
    assert table.loc[ETS].mase == pytest.approx((1 / 10 + 1 / 20) / 2)
    assert table.loc[ETS].coverage_80 == 0.5
    assert table.chosen.to_dict() == {MULTISTATE: False, ETS: True, NAIVE: False}


def test_the_multistate_model_wins_a_tie():
    errors = pd.DataFrame({
        "measure": "CPP", "model": [MULTISTATE, ETS], "origin": "2024-01-01", "horizon": 3,
        "month": "2024-04-01", "actual": 10.0, "point": 12.0, "lower_80": 0.0,
        "upper_80": 20.0, "lower_95": 0.0, "upper_95": 20.0, "scale": 1.0,
    })  # fmt: skip
    assert accuracy(errors).set_index("model").chosen.to_dict() == {MULTISTATE: True, ETS: False}


def test_seasonal_ets_follows_a_seasonal_series():
    months = np.arange(48)
    truth = 200 + 20 * np.sin(2 * np.pi * months / 12)
    y = truth + np.random.default_rng(4).normal(0, 1, 48)
    fan = seasonal_ets(y[:36], 12)
    assert np.max(np.abs(fan.point - truth[36:])) < 4
    assert np.all(fan.lower[95] < fan.lower[80]) and np.all(fan.lower[80] < fan.point)


def test_ets_leaves_out_a_seasonality_the_series_does_not_have():
    """A level with noise and no yearly cycle: the seasonal terms do not lower the AIC by
    the 11 parameters they cost, so the forecast is the flat one of ETS(A,N,N)."""
    y = 200 + np.random.default_rng(5).normal(0, 4, 48)
    fan = seasonal_ets(y, 12)
    assert np.ptp(fan.point) < 1e-6
    assert np.all(fan.lower[80] < fan.point) and np.all(fan.point < fan.upper[80])


def test_intervals_cover_outcomes_of_the_model_that_made_them():
    """60 councils simulated from a known model: the 80% and 95% intervals 12 months ahead
    cover about 80% and 95% of what happened (binomial sd of a share of 60: about 0.05)."""
    inside = {80: 0, 95: 0}
    replications = 60
    for seed in range(replications):
        history = known_history(61, entries=15, leaving=0.06, seed=seed)
        origin = 48
        paths = forecast_multistate(history, origin, Settings(12, 24, 200, seed)).totals()
        fan = from_paths(paths[:, 1:].astype(float))
        actual = history.totals()[origin + 12]
        for level in inside:
            inside[level] += bool(fan.covers(level, np.array([actual]))[-1])
    assert 0.68 <= inside[80] / replications <= 0.92, inside
    assert inside[95] / replications >= 0.88, inside


def test_the_backtest_only_sees_the_months_up_to_each_origin():
    steady = known_history(30, entries=10, leaving=0.05, seed=7)
    surged = known_history(30, entries=10, leaving=0.05, seed=7, surge_from=26)
    assert surged.totals()[26] > steady.totals()[26] + 50  # the surge is real
    settings = Settings(12, 24, 50, 1)
    before, after = backtest(steady, settings), backtest(surged, settings)
    forecast = [
        "model",
        "origin",
        "horizon",
        "point",
        "lower_80",
        "upper_80",
        "lower_95",
        "upper_95",
    ]
    early = [o for o in before.origin.unique() if o < steady.months[26]]
    assert len(early) == 2  # origins 24 and 25
    pd.testing.assert_frame_equal(before[before.origin.isin(early)][forecast],
                                  after[after.origin.isin(early)][forecast])  # fmt: skip
    late = before.origin == steady.months[26]
    assert not np.allclose(before[late].point, after[after.origin == steady.months[26]].point)


def test_the_forecast_page_says_which_method_and_why_with_the_defaults():
    from csc_scorecard.forecast.config import load_forecast_config
    from csc_scorecard.forecast.docs import forecast_markdown

    page = forecast_markdown()
    for words in ("negative binomial", "lower AIC", "bootstrap over months", "ETS(A,N,A)",
                  "MASE", "Rolling-origin", "assumptions", "leaves at 18"):  # fmt: skip
        assert words in page, words
    for group, cost in load_forecast_config().unit_costs.items():
        assert f"| {group} | {cost:,.0f} |" in page
    assert "| residential | H5, K1, K2, K3, R1, S1 |" in page


def test_the_groups_multistate_forecasts_add_up_to_the_totals():
    history = known_history(29, entries=12, leaving=0.05, seed=3, groups=2)
    settings = Settings(12, 24, 50, 8)
    done = backtest_with_groups(history, settings)
    total, groups = done.total, done.groups
    pd.testing.assert_frame_equal(total, backtest(history, settings))
    assert set(groups.group) == {"group 0", "group 1"}
    keys = ["origin", "horizon"]
    multistate = groups[groups.model == MULTISTATE].groupby(keys)[["actual", "point"]].sum()
    whole = total[total.model == MULTISTATE].set_index(keys)[["actual", "point"]]
    pd.testing.assert_frame_equal(multistate.sort_index(), whole.sort_index())
    naive = groups[(groups.model == NAIVE) & (groups.group == "group 0")]
    by_group = history.totals_by_group()
    first = naive[(naive.origin == history.months[24]) & (naive.horizon == 3)].iloc[0]
    assert first.point == by_group[24 + 3 - 12, 0]  # the same month a year before
    assert first.actual == by_group[27, 0]


def test_the_quantile_average_is_the_mean_of_the_points_and_of_each_bound():
    def fan(point: float, half_widths: tuple[float, float, float]) -> Fan:
        widths = dict(zip(LEVELS, half_widths, strict=True))
        return Fan(np.array([point]), {lv: np.array([point - w]) for lv, w in widths.items()},
                   {lv: np.array([point + w]) for lv, w in widths.items()})  # fmt: skip

    combined = quantile_average([fan(100.0, (4, 10, 20)), fan(110.0, (2, 6, 10))])
    assert combined.point.tolist() == [105.0]
    # bounds averaged: 50%: (96 + 108) / 2 = 102 to (104 + 112) / 2 = 108; 80%: (90 + 104) / 2
    # = 97 to (110 + 116) / 2 = 113;
    # 95%: 90 to 120 (not the mixture's quantiles, which would spread wider)
    assert {lv: (combined.lower[lv][0], combined.upper[lv][0]) for lv in LEVELS} == {
        50: (102.0, 108.0),
        80: (97.0, 113.0),
        95: (90.0, 120.0),
    }


def test_the_combined_model_is_scored_from_the_multistate_and_ets_forecasts():
    history = known_history(29, entries=12, leaving=0.05, seed=3)
    errors = backtest(history, Settings(12, 24, 50, 8)).set_index(["origin", "horizon"])
    assert set(errors.model) == {MULTISTATE, ETS, COMBINED, NAIVE}
    by = {m: errors[errors.model == m].sort_index() for m in (MULTISTATE, ETS, COMBINED)}
    for column in ("point", "lower_80", "upper_80", "lower_95", "upper_95"):
        np.testing.assert_allclose(by[COMBINED][column],
                                   (by[MULTISTATE][column] + by[ETS][column]) / 2)  # fmt: skip
    pd.testing.assert_series_equal(by[COMBINED].actual, by[MULTISTATE].actual)
