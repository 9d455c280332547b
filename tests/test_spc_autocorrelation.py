"""Carry-over from month to month: widened limits and no runs rules on autocorrelated baselines.

Expected limits are worked out here from the definition: the lag-one correlation of the
baseline's neighbouring pairs (numpy's ``corrcoef``, independent of the pandas call the
module makes), corrected by (1 + 4r) / n and capped at 0.95, widens the independent limits
(mean +/- 2.66 mean moving ranges) by 1 / sqrt(1 - r).
"""

import numpy as np
import pytest

from csc_scorecard.analysis.spc import SpcOptions, xmr
from test_spc import monthly

TENT = [float(v) for v in [*range(10, 20), *range(19, 9, -1)]]
"""A baseline that climbs and falls back by one a month: each month much like the last."""
WANDER = [10.0, 11, 13, 12, 14, 13, 15, 14, 16, 15, 14, 15, 13, 14, 12, 13, 11, 12, 10, 11]
"""A baseline that wanders less smoothly: carried over, but not to the cap."""


def widened_upper(baseline: list[float]) -> float:
    x = np.array(baseline)
    r = np.corrcoef(x[:-1], x[1:])[0, 1]
    carried = min(r + (1 + 4 * r) / len(x), 0.95)
    moving_range = np.abs(np.diff(x)).mean()  # no range is 3.267 times the mean here
    return float(x.mean() + 2.66 * moving_range / np.sqrt(1 - carried))


@pytest.mark.parametrize("baseline", [TENT, WANDER])
def test_limits_widen_for_a_baseline_carried_over_from_month_to_month(baseline):
    chart = xmr(monthly([*baseline, baseline[-1]]), "higher")
    assert chart["autocorrelated"].all()
    assert chart["upper"].iloc[-1] == pytest.approx(widened_upper(baseline))


def test_the_tent_is_capped_and_its_limits_are_worked_out_by_hand():
    # Mean 14.5; 18 moving ranges of 1 and one of 0: 18/19. The pairs correlate at 0.937,
    # 1.08 corrected, so the cap 0.95 applies: 14.5 + 2.66 x 18/19 / sqrt(0.05) = 25.77.
    chart = xmr(monthly([*TENT, 15.0]), "higher")
    assert chart["upper"].iloc[-1] == pytest.approx(25.7698, abs=1e-4)
    assert chart["lower"].iloc[-1] == pytest.approx(14.5 - 11.2698, abs=1e-4)


def test_only_a_point_outside_the_widened_limits_is_special_cause():
    # Seven months at 17 sit above the mean (14.5): the package calls them a shift (its upper
    # limit, 14.5 + 2.66 x 18/19 = 17.02, is above 17). Carried over, they are not a signal;
    # 40, beyond 25.77, is.
    values = [*TENT, *[17.0] * 7, 40.0]
    package = xmr(monthly(values), "higher", options=SpcOptions(autocorrelation_limit=None))
    assert package["rules"].iloc[20:27].str.startswith("shift").all()
    chart = xmr(monthly(values), "higher")
    assert chart["rules"].iloc[20:27].eq("").all()
    assert chart["rules"].iloc[-1] == "outside limit"
    assert chart["variation"].iloc[-1] == "improvement"


def test_an_independent_baseline_keeps_the_package_limits_and_rules():
    # Alternating months correlate negatively: nothing to allow for.
    values = [10.0, 12.0] * 10 + [13.0] * 7
    chart = xmr(monthly(values), "higher")
    assert not chart["autocorrelated"].any()
    assert chart["upper"].iloc[-1] == pytest.approx(11 + 2.66 * 2)
    assert chart["rules"].iloc[-1] == "shift"


def test_a_small_count_that_rarely_moves_keeps_its_moves_as_its_variation():
    # 5 every month but one 4: moving ranges 0 except two of 1 (mean 2/19 = 0.105). Screening
    # ranges of 3.267 x 0.105 = 0.34 or more would leave none, and limits on the mean itself;
    # they are the variation, so the limits are 4.95 +/- 2.66 x 2/19.
    values = [5.0] * 10 + [4.0] + [5.0] * 9 + [5.0]
    chart = xmr(monthly(values), "neither", options=SpcOptions(autocorrelation_limit=None))
    assert chart["upper"].iloc[-1] == pytest.approx(4.95 + 2.66 * 2 / 19)
    assert chart["lower"].iloc[-1] == pytest.approx(4.95 - 2.66 * 2 / 19)
    assert chart["rules"].iloc[10].startswith("outside limit")  # the 4, below 4.67


def test_the_autocorrelation_limit_is_checked():
    with pytest.raises(ValueError, match="autocorrelation limit"):
        SpcOptions(autocorrelation_limit=1.0)


def test_a_month_end_count_allows_for_carry_over_whatever_its_baseline_shows():
    # Alternating baseline (negatively correlated), then 7 months at 13: the package's shift.
    # Counted at the month end, the carry-over is worked out from all 27 months and only the
    # limits signal. Mean 11 and mean moving range 2 come from the baseline (its 19 ranges
    # are all 2); the correlation from every month.
    values = [10.0, 12.0] * 10 + [13.0] * 7
    chart = xmr(monthly(values), "higher", carried_over=True)
    assert chart["autocorrelated"].all()
    x = np.array(values)
    r = np.corrcoef(x[:-1], x[1:])[0, 1]
    carried = min(r + (1 + 4 * r) / len(x), 0.95)
    widening = 1 / np.sqrt(1 - carried) if carried > 0 else 1.0
    assert chart["upper"].iloc[-1] == pytest.approx(11 + 2.66 * 2 * widening)
    assert chart["rules"].iloc[-1] == ""
