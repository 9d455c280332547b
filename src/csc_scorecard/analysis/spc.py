"""XmR statistical process control charts, as NHS England's "Making Data Count" draws them.

The rules follow the R package NHSRplotthedots (version 0.2.2, ``R/ptd_spc_standard.R`` and
``R/ptd_calculate_point_type.R``), the reference implementation of Making Data Count:

- Centre line: the mean of the baseline points, by default the first 20 points of a segment
  (``SpcOptions.baseline_points``; at least 12; ``None`` uses every point, the package's own
  default). Making Data Count asks for 20 points; a segment with fewer gets *trial limits*
  from every point it has, revised as each month arrives until 20 fix them (the package's
  "trial limits" vignette, ``number-of-points-required``). A point is in the baseline when its
  limits were drawn from it (``baseline`` column); trial limits are flagged (``trial``).
- Moving ranges of the baseline points; by the package's default (``screen_outliers = TRUE``)
  a moving range of 3.267 times the mean moving range or more is left out and the mean moving
  range recalculated (Nelson 1982). The Making Data Count spreadsheet does not screen; set
  ``screen_outliers=False`` to match it.
- Process limits: mean +/- 2.66 x mean moving range; "2 sigma" lines at two thirds of that.
  Limits (and 2-sigma lines) are clipped to the range the unit can take (``bounds``: a count
  or rate cannot be below 0, a percentage is 0 to 100), so no chart shows an impossible limit.
- A recalculation point starts a new segment: its own baseline, limits and rules (runs never
  cross one). Points are declared by an analyst (config file or dashboard); the tool only
  *suggests* one (``suggest_recalculation``) where a shift runs on to the latest point, and
  never rebases by itself.
- Special-cause rules, every point of a signal flagged:
  outside limit: a point above the upper or below the lower limit (strictly);
  shift: 7 or more consecutive points all above or all below the mean (a point on the mean
  breaks the run);
  trend: 7 or more consecutive points each higher (or each lower) than the one before (a tie
  breaks it);
  two of three: two or three of three consecutive points beyond 2 sigma but inside the limits,
  with all three on the same side of the mean (only the points beyond 2 sigma are flagged).
- A flagged point's direction comes from the first rule that flags it in the package's order
  (outside limit, trend, two of three, shift): the side of the mean, or the trend's direction.
  By polarity that is "improvement" or "concern"; "neither" when the indicator has no good
  direction; "common cause" when no rule flags the point.

Assurance compares a target with the latest segment's limits (``ptd_calculate_assurance_type``):
a target beyond a limit means the process will consistently pass or fail it; a target within
the limits means it will hit and miss at random.

Carry-over from month to month (autocorrelation) is the one place this departs from the package.
XmR limits assume each month is independent of the last. A month-end count of children (looked
after, on a plan, in need) is not: most of the children counted this month were counted last
month too, so the figure wanders slowly, its moving ranges are small beside its real spread,
and limits drawn from them are too narrow; the runs rules (shift, trend, two of three) then fire
on wandering alone. Where the figure is such a count (``carried_over``: the indicator is
counted at the month end), or where any other baseline's lag-one autocorrelation is above
``SpcOptions.autocorrelation_limit`` (0.5 by default, ``None`` to switch this off and match
the package), the segment's limits are widened by 1 / sqrt(1 - r): for a process whose
neighbouring months correlate by r, the mean moving range estimates sigma x sqrt(1 - r), not
sigma. r is pandas' ``Series.autocorr`` corrected for its small-sample bias; for a month-end
count it is worked out from every point of the segment (its carry-over comes from how it is
counted, and 20 points estimate it poorly), otherwise from the baseline. Only points outside
those limits are special cause there (``autocorrelated`` column): the runs rules' false alarm
rates hold only for independent points (Montgomery, *Introduction to Statistical Quality
Control*, on autocorrelated data; Wheeler's articles on autocorrelated data in Quality Digest
say the same of the runs tests). A steady synthetic council (``benchmarks/bench_false_alarms.py``)
flagged about 38% of its indicators in its last month without this, mostly month-end counts.

A rolling figure (12 or 36 months) is not charted with XmR rules: consecutive points share all
but one month, so runs and trends appear whatever happens. ``run_chart`` gives it a plain run
chart (no limits, no signals); the XmR chart is drawn on the figure of the month alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
import numpy.typing as npt
import pandas as pd

from csc_scorecard.indicators.definition import Polarity

LIMIT = 2.66
"""Process limits in mean moving ranges (3 / 1.128, the d2 constant for ranges of two)."""
NEAR_LIMIT = 2 * LIMIT / 3
"""The 2-sigma lines of the two-of-three rule."""
SCREEN = 3.267
"""Moving ranges of this many mean moving ranges or more are screened out (D4 for n = 2)."""
FULL_BASELINE = 20
"""Points Making Data Count asks for before limits are fixed; fewer give trial limits."""
MINIMUM_BASELINE = 12
"""The shortest baseline a configuration may set (NHSRplotthedots warns below 12 points)."""
AUTOCORRELATION_LIMIT = 0.5
"""Baseline lag-one autocorrelation above which limits are widened and runs rules not applied."""
MOST_CARRIED = 0.95
"""The highest lag-one autocorrelation the widening uses (a short baseline cannot say more)."""

OUTSIDE, SHIFT, TREND, TWO_OF_THREE = "outside limit", "shift", "trend", "two of three"
IMPROVEMENT, CONCERN, COMMON_CAUSE, NEITHER = "improvement", "concern", "common cause", "neither"
PASS, FAIL, HIT_AND_MISS = "pass", "fail", "hit and miss"

Floats = npt.NDArray[np.float64]
Flags = npt.NDArray[np.bool_]
Bounds = tuple[float | None, float | None]
"""The lowest and highest value a unit can take (None: no bound)."""

CHART_COLUMNS = ["mean", "lower", "upper", "near_lower", "near_upper", "rules", "direction",
                 "baseline", "trial", "autocorrelated"]  # fmt: skip


@dataclass(frozen=True)
class SpcOptions:
    """How the chart is drawn: baseline length and the run lengths of the shift and trend."""

    baseline_points: int | None = FULL_BASELINE
    shift_points: int = 7
    trend_points: int = 7
    screen_outliers: bool = True
    autocorrelation_limit: float | None = AUTOCORRELATION_LIMIT

    def __post_init__(self) -> None:
        if self.baseline_points is not None and self.baseline_points < MINIMUM_BASELINE:
            raise ValueError(
                f"a baseline needs at least {MINIMUM_BASELINE} points (Making Data Count asks "
                f"for {FULL_BASELINE}; fewer give trial limits anyway)"
            )
        if self.autocorrelation_limit is not None and not 0 <= self.autocorrelation_limit < 1:
            raise ValueError("an autocorrelation limit lies from 0 up to (not including) 1")
        if self.shift_points < 2 or self.trend_points < 3:
            raise ValueError("a shift needs 2 or more points and a trend 3 or more")

    @property
    def full_baseline(self) -> int:
        """Points a segment needs for limits that are not trial limits."""
        return self.baseline_points or FULL_BASELINE


@dataclass(frozen=True)
class Suggestion:
    """A recalculation the tool proposes for an analyst to accept or reject."""

    month: date
    reason: str


def xmr(
    series: pd.Series,
    polarity: Polarity,
    recalculate_at: Sequence[date] = (),
    options: SpcOptions | None = None,
    bounds: Bounds = (None, None),
    carried_over: bool = False,
) -> pd.DataFrame:
    """The XmR chart of a monthly series (index: months in order; values may be missing).

    Returns one row per month with ``value``, ``segment`` (0, then +1 at each recalculation
    point), ``mean``, ``lower``, ``upper``, ``near_lower``, ``near_upper`` (2 sigma; limits
    clipped to ``bounds``), ``baseline`` (the point's value went into its limits), ``trial``
    (its segment's limits come from fewer points than a full baseline), ``autocorrelated``
    (its segment's limits are widened for carry-over and only the limits signal),
    ``special_cause``,
    ``rules`` (the rules that flag the point, "; "-separated), ``direction`` (+1 above or
    rising, -1 below or falling, 0 common cause) and ``variation``. ``carried_over``: the
    figure is counted so that months share most of what they count (a month-end count of
    children), so the allowance for carry-over applies whatever the baseline shows. Missing
    values are left out of the calculation (a run continues across them) and come back
    unflagged.
    """
    options = options or SpcOptions()
    months = pd.Index(series.index)
    segment = np.searchsorted(np.array(sorted(recalculate_at), dtype="datetime64[D]"),
                              months.values.astype("datetime64[D]"), side="right")  # fmt: skip
    result = pd.DataFrame({"value": series.to_numpy(dtype=float), "segment": segment}, months)
    parts = [
        _segment(part, options, bounds, carried_over)
        for _, part in result[result["value"].notna()].groupby("segment", sort=True)
    ]
    charted = pd.concat(parts) if parts else pd.DataFrame(columns=CHART_COLUMNS)
    per_segment = ["trial", "autocorrelated"]
    result = result.join(charted[CHART_COLUMNS].drop(columns=per_segment))
    limits = ["mean", "lower", "upper", "near_lower", "near_upper"]
    # A series with nothing to chart joins an empty frame, whose columns are objects: numbers
    # first, so filling the gaps does not downcast objects (deprecated in pandas, and a
    # warning in the demo's output).
    result[limits] = result[limits].astype(float)
    result[limits] = result.groupby("segment")[limits].transform(lambda c: c.ffill().bfill())
    for column in per_segment:
        of_segment = dict(zip(charted["segment"], charted[column], strict=True)) if parts else {}
        result[column] = result["segment"].map(of_segment).eq(True)
    result["baseline"] = result["baseline"].eq(True)
    result["rules"] = result["rules"].fillna("")
    result["direction"] = pd.to_numeric(result["direction"]).fillna(0).astype(int)
    result["special_cause"] = result["rules"] != ""
    result["variation"] = variation(result["direction"].to_numpy(), polarity)
    return result


def run_chart(series: pd.Series) -> pd.DataFrame:
    """A run chart of a rolling figure: the values alone, with no limits and no signals.

    Same columns as ``xmr`` so every output can draw either; the limits are empty, no point is
    special cause and ``variation`` is empty (a rolling figure is judged on its month alone).
    """
    empty = float("nan")
    return pd.DataFrame(
        {"value": series.to_numpy(dtype=float), "segment": 0, "mean": empty, "lower": empty,
         "upper": empty, "near_lower": empty, "near_upper": empty, "baseline": False,
         "trial": False, "autocorrelated": False, "rules": "", "direction": 0,
         "special_cause": False, "variation": ""},
        index=pd.Index(series.index),
    )  # fmt: skip


def suggest_recalculation(chart: pd.DataFrame, options: SpcOptions | None = None,
                          rejected: Sequence[date] = ()) -> Suggestion | None:  # fmt: skip
    """A recalculation to propose: where a shift runs on to the latest point, at its start.

    Making Data Count recalculates limits when the process has changed for good, which a run
    of ``shift_points`` or more on one side of the mean, still going at the latest point,
    suggests. The month proposed is the run's first; a month an analyst rejected is not
    proposed again, and the first month of a segment is not (its limits already start there).
    """
    options = options or SpcOptions()
    charted = chart[chart["value"].notna()]
    if charted.empty or SHIFT not in str(charted["rules"].iloc[-1]).split("; "):
        return None
    charted = charted[charted["segment"] == charted["segment"].iloc[-1]]
    side = np.sign(charted["value"] - charted["mean"]).to_numpy()
    same = side[::-1] == side[-1]
    length = int(same.argmin()) if not same.all() else len(same)
    if length < options.shift_points or length == len(charted):
        return None
    start: date = charted.index[-length]
    if start in set(rejected):
        return None
    words = "above" if side[-1] > 0 else "below"
    return Suggestion(
        start,
        f"every month since {start:%B %Y} ({length} months) has been {words} the average: "
        "the process looks to have changed, so limits from then on would describe it as it "
        "is now",
    )


def variation(direction: npt.NDArray[np.int_], polarity: Polarity) -> list[str]:
    """Each point's variation icon from its signal's direction and the indicator's polarity."""
    good = {"higher": 1, "lower": -1, "neither": 0}[polarity]
    return [
        COMMON_CAUSE if d == 0 else NEITHER if good == 0 else IMPROVEMENT if d == good else CONCERN
        for d in direction
    ]


def assurance(target: float | None, lower: float, upper: float, polarity: Polarity) -> str:
    """Whether the process will meet a target: "pass", "fail" or "hit and miss".

    Empty when there is no target, no good direction, or no limits yet.
    """
    if target is None or polarity == "neither" or np.isnan(lower) or np.isnan(upper):
        return ""
    if target > upper:
        return FAIL if polarity == "higher" else PASS
    if target < lower:
        return PASS if polarity == "higher" else FAIL
    return HIT_AND_MISS


def _segment(part: pd.DataFrame, options: SpcOptions, bounds: Bounds, carried_over: bool
             ) -> pd.DataFrame:  # fmt: skip
    """Limits and rules for one segment (the points between two recalculation points)."""
    y = part["value"].to_numpy(dtype=float)
    baseline = y[: options.baseline_points]
    mean = float(baseline.mean())
    spread = _mean_moving_range(baseline, options.screen_outliers)
    carried = _autocorrelation(y if carried_over else baseline)
    autocorrelated = options.autocorrelation_limit is not None and (
        carried_over or carried > options.autocorrelation_limit
    )
    if autocorrelated and carried > 0:
        spread /= np.sqrt(1 - carried)
    low, high = (
        (-np.inf if bounds[0] is None else bounds[0]),
        (np.inf if bounds[1] is None else bounds[1]),
    )
    upper, lower = (float(np.clip(mean + k * spread, low, high)) for k in (LIMIT, -LIMIT))
    near_upper, near_lower = (
        float(np.clip(mean + k * spread, low, high)) for k in (NEAR_LIMIT, -NEAR_LIMIT)
    )
    side = np.sign(y - mean).astype(int)
    outside = (y > upper) | (y < lower)
    near = ~outside & ((y > near_upper) | (y < near_lower))
    none = np.zeros_like(outside)
    flags = {OUTSIDE: outside, SHIFT: none, TREND: none, TWO_OF_THREE: none}
    trend_direction = np.zeros(len(y), dtype=int)
    if not autocorrelated:  # the runs rules assume independent months (module docstring)
        flags[TREND], trend_direction = _trend(y, options.trend_points)
        flags[SHIFT] = _runs(side, options.shift_points)
        flags[TWO_OF_THREE] = _two_of_three(near, side)
    # The package's order decides a point's direction: outside, trend, two of three, shift.
    direction = np.select(
        [outside, flags[TREND], flags[TWO_OF_THREE], flags[SHIFT]],
        [side, trend_direction, side, side],
        default=0,
    )
    rules = [
        "; ".join(name for name, flagged in flags.items() if flagged[i]) for i in range(len(y))
    ]
    in_baseline = np.arange(len(y)) < len(baseline)
    return part.assign(mean=mean, lower=lower, upper=upper, near_lower=near_lower,
                       near_upper=near_upper, rules=rules, direction=direction,
                       baseline=in_baseline, trial=len(baseline) < options.full_baseline,
                       autocorrelated=autocorrelated)  # fmt: skip


def _autocorrelation(values: Floats) -> float:
    """The segment's lag-one autocorrelation, corrected for its bias in a short series.

    The sample coefficient of ``n`` points falls short of the process's by about
    (1 + 4r) / n (Marriott and Pope, 1954, for a series with an estimated mean): 0.2 on 20
    points of a month-end count, whose true carry-over is often 0.9 or more, and the widening
    it sets would then be far too small. The corrected value is capped at ``MOST_CARRIED``
    (limits at most about four and a half times the independent ones); 0 where it cannot be
    worked out.
    """
    if len(values) < 3 or np.ptp(values[:-1]) == 0 or np.ptp(values[1:]) == 0:
        return 0.0  # no correlation with a constant neighbour
    carried = pd.Series(values).autocorr(lag=1)
    if pd.isna(carried):
        return 0.0
    return float(min(carried + (1 + 4 * carried) / len(values), MOST_CARRIED))


def _mean_moving_range(baseline: Floats, screen_outliers: bool) -> float:
    """Mean of the baseline's moving ranges, screened for outliers as the package does."""
    ranges = np.abs(np.diff(baseline))
    if len(ranges) == 0:
        return float("nan")
    if screen_outliers:
        kept = ranges[ranges < SCREEN * ranges.mean()]
        # A small count moves by 0 most months: screening its few moves would leave limits
        # on the mean itself, so then the moves are its variation.
        ranges = kept if kept.sum() > 0 else ranges
    return float(ranges.mean())


def _run_lengths(values: npt.NDArray[np.int_]) -> npt.NDArray[np.int_]:
    """For each position, the length of the run of equal values it belongs to."""
    if len(values) == 0:
        return np.zeros(0, dtype=int)
    starts = np.concatenate(([True], values[1:] != values[:-1]))
    run_id = np.cumsum(starts) - 1
    lengths: npt.NDArray[np.int_] = np.bincount(run_id)[run_id]
    return lengths


def _runs(side: npt.NDArray[np.int_], length: int) -> Flags:
    """Points in a run of ``length`` or more on the same side of the mean (not on it)."""
    flags: Flags = (side != 0) & (_run_lengths(side) >= length)
    return flags


def _trend(y: Floats, length: int) -> tuple[Flags, npt.NDArray[np.int_]]:
    """Points in ``length`` or more consecutive rises or falls, and the trend's direction.

    Step i is the change from point i to point i + 1; ``length`` points make ``length - 1``
    steps. A point where a rise turns into a fall belongs to both trends; like the package it
    takes the direction of the trend to its right.
    """
    steps = np.sign(np.diff(y)).astype(int)
    in_trend = (steps != 0) & (_run_lengths(steps) >= length - 1)
    left = np.r_[False, in_trend]  # the step into the point is part of a trend
    right = np.r_[in_trend, False]  # the step out of the point is part of a trend
    direction = np.where(right, np.r_[steps, 0], np.where(left, np.r_[0, steps], 0))
    return left | right, direction


def _two_of_three(near: Flags, side: npt.NDArray[np.int_]) -> Flags:
    """Points beyond 2 sigma in two or three of three consecutive points on one side.

    All three points of the window must be on the same side of the mean (as the package).
    """
    n = len(near)
    flagged = np.zeros(n, dtype=bool)
    if n < 3:
        return flagged
    windows = np.lib.stride_tricks.sliding_window_view
    hit = (windows(near, 3).sum(axis=1) >= 2) & (np.abs(windows(side, 3).sum(axis=1)) == 3)
    for offset in range(3):  # a window starting at k covers points k, k + 1, k + 2
        flagged[offset : offset + len(hit)] |= hit
    return flagged & near
