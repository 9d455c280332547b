"""XmR charts on hand-worked series: limits, every special-cause rule, polarity, step changes.

The rule tests draw their limits from a 12-point baseline (``TWELVE``, the smallest a
configuration may set); the default 20-point baseline, trial limits, recalculations, clipping
and run charts have their own tests in test_spc_governance.py.

Most series start with the same 12-point baseline, 10 and 12 alternating:
  mean = 11; every moving range is 2, so the mean moving range is 2 (none screened: 2 < 3.267 x 2)
  upper = 11 + 2.66 x 2 = 16.32, lower = 11 - 5.32 = 5.68
  2 sigma lines = 11 +/- (2 x 2.66 / 3) x 2 = 11 +/- 3.5467 -> 14.5467 and 7.4533
The baseline ends on 12 (above the mean), so each test series starts its own part with 11 (on
the mean), which belongs to no run.
"""

from datetime import date

import numpy as np
import pandas as pd
import pytest

from csc_scorecard.analysis.spc import SpcOptions, assurance, xmr

TWELVE = SpcOptions(baseline_points=12)

BASELINE = [10, 12] * 6


def monthly(values: list[float], start: date = date(2020, 1, 1)) -> pd.Series:
    months = pd.date_range(start, periods=len(values), freq="MS").date
    return pd.Series(values, index=months, dtype=float)


def flagged(chart: pd.DataFrame) -> dict[int, str]:
    """Position -> rules of every flagged point."""
    rules = chart["rules"].tolist()
    return {i: r for i, r in enumerate(rules) if r}


def test_limits_come_from_the_baseline_only():
    chart = xmr(monthly([*BASELINE, 11, 16, 11]), "higher", options=TWELVE)
    assert chart["mean"].tolist() == pytest.approx([11.0] * 15)
    assert chart["upper"].iloc[0] == pytest.approx(16.32)
    assert chart["lower"].iloc[0] == pytest.approx(5.68)
    assert chart["near_upper"].iloc[0] == pytest.approx(11 + 2 * 2.66 / 3 * 2)
    assert flagged(chart) == {}  # 16 < 16.32: inside


def test_nhsrplotthedots_worked_example_with_and_without_screening():
    # NHSRplotthedots vignette "Deviations from Excel defaults" (vignettes/deviations.Rmd,
    # nhs-r-community/NHSRplotthedots, commit 050b07d): 18 daily points, no fixed baseline.
    # The package default (screen_outliers = TRUE) gives UPL 4.6, mean 1.94, LPL -0.72; the
    # Excel tool (screen_outliers = FALSE) gives UPL 6.95, LPL -3.06; only the 10 is special
    # cause, an improvement (the package's default direction is "increase").
    # By hand: mean = 35 / 18 = 1.944; moving ranges 1,1,1,8,9 and twelve 1s: mean 32/17 =
    # 1.882; screening drops 8 and 9 (>= 3.267 x 1.882 = 6.15) leaving fifteen 1s: mean 1.
    data = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]
    series = pd.Series(data, index=pd.date_range("2021-03-22", periods=18).date, dtype=float)
    screened = xmr(series, "higher", options=SpcOptions(baseline_points=None))
    assert round(screened["upper"].iloc[0], 2) == 4.60
    assert round(screened["mean"].iloc[0], 2) == 1.94
    assert round(screened["lower"].iloc[0], 2) == -0.72
    assert flagged(screened) == {4: "outside limit"}
    assert screened["variation"].iloc[4] == "improvement"
    excel = xmr(series, "higher", options=SpcOptions(baseline_points=None, screen_outliers=False))
    assert round(excel["upper"].iloc[0], 2) == 6.95
    assert round(excel["lower"].iloc[0], 2) == -3.06
    assert flagged(excel) == {4: "outside limit"}


@pytest.mark.parametrize(
    ("polarity", "above", "below"),
    [
        ("higher", "improvement", "concern"),
        ("lower", "concern", "improvement"),
        ("neither", "neither", "neither"),
    ],
)
def test_outside_limit_by_polarity(polarity, above, below):
    # positions 12-16: 11 (on the mean), 17 (> 16.32), 11, 5 (< 5.68), 11
    chart = xmr(monthly([*BASELINE, 11, 17, 11, 5, 11]), polarity, options=TWELVE)
    assert flagged(chart) == {13: "outside limit", 15: "outside limit"}
    assert chart["direction"].tolist()[13] == 1
    assert chart["direction"].tolist()[15] == -1
    assert chart["variation"].tolist()[12:] == [
        "common cause",
        above,
        "common cause",
        below,
        "common cause",
    ]


def test_shift_flags_every_point_of_a_run_of_seven_and_not_a_run_of_six():
    # 12-19: 11, then 12,13,12,13,12,13,12 (7 above: positions 13-19), then 11 (on the mean),
    # then 10,9,10,9,10,9 (6 below: positions 21-26, one short), then 11.
    # No trend (the values zig-zag) and nothing beyond 2 sigma (14.55 / 7.45).
    values = [*BASELINE, 11, 12, 13, 12, 13, 12, 13, 12, 11, 10, 9, 10, 9, 10, 9, 11]
    chart = xmr(monthly(values), "lower", options=TWELVE)
    assert flagged(chart) == dict.fromkeys(range(13, 20), "shift")
    assert set(chart["variation"].iloc[13:20]) == {"concern"}  # above the mean, lower is better


def test_shift_length_is_configurable():
    values = [*BASELINE, 11, 10, 9, 10, 9, 10, 9, 11]  # 6 below the mean: positions 13-18
    assert flagged(xmr(monthly(values), "higher", options=TWELVE)) == {}
    chart = xmr(monthly(values), "higher", options=SpcOptions(baseline_points=12, shift_points=6))
    assert flagged(chart) == dict.fromkeys(range(13, 19), "shift")
    assert set(chart["variation"].iloc[13:19]) == {"concern"}


def test_trend_flags_every_point_of_seven_rising_and_not_six_falling():
    # 12: 8; 13-18: 9, 10, 11.5, 12, 13, 14 -> positions 12-18 are 7 points each higher than
    # the one before (6 rises from 8 to 14): a trend. Sides: 8,9,10 below (3), 11.5-14 above
    # (4): no shift; 14 < 14.55: not beyond 2 sigma.
    # 19: 11; 20-25: 14, 13, 12, 10, 9, 8 then 26: 8 (a tie ends it): 6 points falling, no
    # trend. Sides: 14,13,12 above (3), 10,9,8,8 below (4): no shift.
    values = [*BASELINE, 8, 9, 10, 11.5, 12, 13, 14, 11, 14, 13, 12, 10, 9, 8, 8]
    chart = xmr(monthly(values), "higher", options=TWELVE)
    assert flagged(chart) == dict.fromkeys(range(12, 19), "trend")
    assert set(chart["variation"].iloc[12:19]) == {"improvement"}
    assert set(chart["direction"].iloc[12:19]) == {1}


def test_falling_trend_is_an_improvement_when_lower_is_better():
    # 12-18: 14, 13.5, 12, 11, 10, 9, 8 -> 7 points each lower than the one before. Sides:
    # 14,13.5,12 above (with the baseline's last 12: a run of 4), 11 on the mean, 10,9,8 below.
    # 14 is not beyond 2 sigma (14.55); 8 is not (7.45).
    values = [*BASELINE, 14, 13.5, 12, 11, 10, 9, 8]
    chart = xmr(monthly(values), "lower", options=TWELVE)
    assert flagged(chart) == dict.fromkeys(range(12, 19), "trend")
    assert set(chart["variation"].iloc[12:19]) == {"improvement"}


def test_two_of_three_beyond_two_sigma_on_the_same_side():
    # 2 sigma lines 14.55 and 7.45; limits 16.32 and 5.68.
    # 12: 11 (mean). 13: 15 (beyond, above), 14: 12 (above), 15: 15 (beyond, above): window
    #     13-15 has two beyond and all three above -> 13 and 15 flagged (14 is not beyond).
    # 16: 11 (mean). 17: 15 (beyond), 18: 11, 19: 11, 20: 15 (beyond): no window of three
    #     holds two of them -> not flagged.
    # 21: 7 (beyond, below), 22: 15 (beyond, above): window 20-22 has three beyond but on both
    #     sides of the mean -> not flagged.
    values = [*BASELINE, 11, 15, 12, 15, 11, 15, 11, 11, 15, 7, 15]
    chart = xmr(monthly(values), "higher", options=TWELVE)
    assert flagged(chart) == {13: "two of three", 15: "two of three"}
    assert chart["variation"].tolist()[13] == "improvement"
    lower = xmr(monthly(values), "lower", options=TWELVE)
    assert lower["variation"].tolist()[15] == "concern"


def test_a_point_can_break_several_rules_at_once():
    # 12: 11 (on the mean); 13-19: 12, 12.5, 13, 13.5, 14, 14.2, 17.
    # trend: 11 -> 17 is 8 points each higher than the one before (positions 12-19);
    # shift: 13-19 are 7 points above the mean (12 is on it);
    # outside: 17 > 16.32; two of three: 14.2 < 14.55 and 17 is outside, so none.
    values = [*BASELINE, 11, 12, 12.5, 13, 13.5, 14, 14.2, 17]
    chart = xmr(monthly(values), "higher", options=TWELVE)
    assert flagged(chart) == {
        12: "trend",
        **dict.fromkeys(range(13, 19), "shift; trend"),
        19: "outside limit; shift; trend",
    }
    assert set(chart["variation"].iloc[12:20]) == {"improvement"}


def test_step_change_recalculates_the_baseline_from_the_step():
    # 12 points at 10/12 (mean 11), then 12 points at 20/22 from January 2021.
    # Without the step every later point is above 16.32 (outside), and with the baseline's last
    # point (12, above the mean) they make a run of 13 above the mean: positions 11-23.
    # With it, the second segment has its own baseline: mean 21, limits 21 +/- 5.32, and no
    # signal; a run never crosses the step.
    values = [*BASELINE, *([20, 22] * 6)]
    plain = xmr(monthly(values), "higher", options=TWELVE)
    assert flagged(plain) == {11: "shift", **dict.fromkeys(range(12, 24), "outside limit; shift")}
    stepped = xmr(monthly(values), "higher", recalculate_at=[date(2021, 1, 1)], options=TWELVE)
    assert flagged(stepped) == {}
    assert stepped["segment"].tolist() == [0] * 12 + [1] * 12
    assert stepped["mean"].iloc[12] == pytest.approx(21.0)
    assert stepped["upper"].iloc[12] == pytest.approx(26.32)
    assert stepped["lower"].iloc[12] == pytest.approx(15.68)
    assert stepped["upper"].iloc[0] == pytest.approx(16.32)


def test_short_segment_after_a_step_uses_the_points_it_has():
    # Step before the last 4 points 30, 34, 30, 34: mean 32, moving ranges 4, 4, 4 -> 4;
    # limits 32 +/- 10.64.
    stepped = xmr(
        monthly([*BASELINE, 30, 34, 30, 34]),
        "higher",
        recalculate_at=[date(2021, 1, 1)],
        options=TWELVE,
    )
    assert stepped["mean"].iloc[-1] == pytest.approx(32.0)
    assert stepped["upper"].iloc[-1] == pytest.approx(42.64)
    assert flagged(stepped) == {}


def test_missing_months_are_skipped_and_come_back_unflagged():
    # The shift of test_shift... with a gap in the middle of the run: the run continues.
    values = [*BASELINE, 11, 12, 13, 12, np.nan, 13, 12, 13, 12, 11]
    chart = xmr(monthly(values), "higher", options=TWELVE)
    assert flagged(chart) == {i: "shift" for i in (13, 14, 15, 17, 18, 19, 20)}
    assert chart["variation"].iloc[16] == "common cause"
    assert chart["upper"].iloc[16] == pytest.approx(16.32)


@pytest.mark.filterwarnings("error::FutureWarning")
def test_a_series_with_no_values_charts_as_gaps_without_a_warning():
    # The demo printed pandas' "Downcasting object dtype arrays on .fillna" for an indicator
    # with no figure yet: nothing to chart, so the joined columns were objects.
    chart = xmr(monthly([np.nan] * 4), "higher")
    assert chart["direction"].tolist() == [0, 0, 0, 0]
    assert chart["variation"].tolist() == ["common cause"] * 4
    assert not chart["special_cause"].any()


@pytest.mark.parametrize(
    ("target", "polarity", "expected"),
    [
        # limits 5.68 and 16.32 (the standard baseline)
        (5.0, "higher", "pass"),  # every point will be above a target below the lower limit
        (17.0, "higher", "fail"),  # no point will reach a target above the upper limit
        (11.0, "higher", "hit and miss"),
        (16.32, "higher", "hit and miss"),  # on the limit: not beyond it
        (17.0, "lower", "pass"),
        (5.0, "lower", "fail"),
        (11.0, "lower", "hit and miss"),
        (5.0, "neither", ""),
        (None, "higher", ""),
    ],
)
def test_assurance(target, polarity, expected):
    chart = xmr(monthly(BASELINE), polarity, options=TWELVE)
    last = chart.iloc[-1]
    assert assurance(target, last["lower"], last["upper"], polarity) == expected
