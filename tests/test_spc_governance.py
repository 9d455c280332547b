"""SPC governance as Making Data Count advises, on hand-worked series.

The 20-point baseline and its trial limits, declared and accepted recalculations, suggested
recalculations, limits clipped to the unit's range, run charts for rolling figures and the
icons by polarity. Every limit below is worked by hand: mean +/- 2.66 x mean moving range.
"""

from datetime import date, datetime

import pandas as pd
import pytest

from csc_scorecard.analysis.config import (
    AnalysisConfig,
    DashboardDecisions,
    IndicatorConfig,
    Recalculation,
    Target,
)
from csc_scorecard.analysis.spc import SpcOptions, run_chart, suggest_recalculation, xmr
from csc_scorecard.analysis.summary import summarise_figures
from csc_scorecard.analysis.units import BOUNDS
from csc_scorecard.indicators.aggregate import MONTH_ALONE
from csc_scorecard.publish.charts import spc_chart

START = date(2024, 1, 1)


def months(n: int, start: date = START) -> list[date]:
    return list(pd.date_range(start, periods=n, freq="MS").date)


def monthly(values: list[float], start: date = START) -> pd.Series:
    return pd.Series(values, index=months(len(values), start), dtype=float)


def frame(indicator_id: str, values: list[float], breakdown: str = "all") -> pd.DataFrame:
    """Figure rows of one indicator from January 2024, shaped like indicator_value."""
    return pd.DataFrame({
        "indicator_id": indicator_id, "month": months(len(values)), "breakdown": breakdown,
        "breakdown_value": "all", "numerator": values, "denominator": float("nan"),
        "value": values,
    })  # fmt: skip


def summary_of(rows: pd.DataFrame, config: AnalysisConfig | None = None):
    last = max(rows["month"])
    (summary,) = summarise_figures(rows, "318", last, config or AnalysisConfig())
    return summary


def test_limits_come_from_the_first_20_points_and_are_then_fixed():
    # 12 points 10/12 then 8 points 14/16: sum 132 + 120 = 252, mean 12.6; every moving range
    # is 2 (12 -> 14 too), so limits 12.6 +/- 5.32 = 7.28 / 17.92. A 12-point baseline would
    # give 11 +/- 5.32 = 5.68 / 16.32 and call the 21st point, 17, outside.
    values = [10, 12] * 6 + [14, 16] * 4 + [17]
    chart = xmr(monthly(values), "higher")
    assert chart["mean"].iloc[0] == pytest.approx(12.6)
    assert chart["upper"].iloc[-1] == pytest.approx(17.92)
    assert chart["lower"].iloc[-1] == pytest.approx(7.28)
    assert chart["baseline"].tolist() == [True] * 20 + [False]
    assert not chart["trial"].any()
    assert "outside limit" not in chart["rules"].iloc[-1]
    # The limits are fixed: a 21st point of 30 changes nothing but its own flag.
    fixed = xmr(monthly([*values[:20], 30]), "higher")
    assert fixed["upper"].iloc[-1] == pytest.approx(17.92)
    assert fixed["rules"].iloc[-1].startswith("outside limit")


def test_fewer_than_20_points_give_trial_limits_revised_each_month():
    # 15 points 10,12,...,10: sum 7 x 22 + 10 = 164, mean 10.9333; moving ranges all 2.
    fifteen = xmr(monthly([10, 12] * 7 + [10]), "higher")
    assert fifteen["trial"].all() and fifteen["baseline"].all()
    assert fifteen["mean"].iloc[-1] == pytest.approx(164 / 15)
    assert fifteen["upper"].iloc[-1] == pytest.approx(164 / 15 + 5.32)
    # A 16th point revises them: 16 points 10/12, mean 11.
    sixteen = xmr(monthly([10, 12] * 8), "higher")
    assert sixteen["mean"].iloc[-1] == pytest.approx(11.0)
    assert sixteen["trial"].all()
    # Through the summary, and in the sentence.
    summary = summary_of(frame("CLA1", [200, 220] * 7))  # mean 210, limits 156.8 / 263.2
    assert summary.trial_limits
    assert summary.sentence == (
        "Children looked after: 220 in February 2025, 20 more than in January; within its "
        "usual range (156.8 to 263.2); trial limits, from 14 months of figures."
    )


def test_a_configured_baseline_shorter_than_12_points_is_refused():
    with pytest.raises(ValueError, match="at least 12 points"):
        SpcOptions(baseline_points=11)


# ASS2 (percent, higher is better): 20 months 82/80 (mean 81, limits 75.68 / 86.32), then
# from September 2025 (the 21st month) 14 months 90/92: mean 91, moving range 2, limits
# 85.68 / 96.32, trial (14 < 20 points).
ASS2_VALUES = [82, 80] * 10 + [90, 92] * 7
RECALCULATED = date(2025, 9, 1)


def test_declared_recalculation_starts_new_limits_and_assurance_uses_them():
    config = AnalysisConfig({"ASS2": IndicatorConfig(
        targets={2020: Target(85.0, 5.0)},
        recalculations=(Recalculation(RECALCULATED, "new assessment team"),),
    )})  # fmt: skip
    summary = summary_of(frame("ASS2", ASS2_VALUES), config)
    series = summary.series
    assert series["segment"].tolist() == [0] * 20 + [1] * 14
    assert series["upper"].iloc[0] == pytest.approx(86.32)
    assert series["mean"].iloc[-1] == pytest.approx(91.0)
    assert series["lower"].iloc[-1] == pytest.approx(85.68)
    assert series["upper"].iloc[-1] == pytest.approx(96.32)
    assert not series["special_cause"].any()
    assert summary.trial_limits
    # 85 is below the latest lower limit (85.68): the process will pass it. Against the first
    # segment's limits (75.68 to 86.32) it would hit and miss.
    assert summary.assurance == "pass"
    assert summary.recalculations == (Recalculation(RECALCULATED, "new assessment team"),)
    assert summary.suggested_recalculation is None
    # Without the recalculation every later point is above 86.32: outside and a shift.
    targets = AnalysisConfig({"ASS2": IndicatorConfig(targets={2020: Target(85.0, 5.0)})})
    plain = summary_of(frame("ASS2", ASS2_VALUES), targets)
    assert plain.series["special_cause"].iloc[20:].all()
    assert plain.assurance == "hit and miss"


# 20 months 82/80 (limits 75.68 / 86.32; the last, 80, below the mean), then 8 months 88/90
# from September 2025: all above the mean and the upper limit, a run of 8 still going at the
# latest point.
SHIFTED = [82, 80] * 10 + [88, 90] * 4


def test_a_sustained_shift_is_suggested_and_accepting_it_recalculates():
    rows = frame("ASS2", SHIFTED)
    suggested = summary_of(rows).suggested_recalculation
    assert suggested is not None
    assert suggested.month == RECALCULATED
    assert "since September 2025 (8 months)" in suggested.reason
    assert "above the average" in suggested.reason
    # Never rebased by itself: the chart keeps one segment.
    assert summary_of(rows).series["segment"].eq(0).all()
    accepted = Recalculation(RECALCULATED, suggested.reason, "dashboard", "a.analyst",
                             datetime(2026, 5, 1, 9, 30))  # fmt: skip
    decisions = DashboardDecisions(recorded={("318", "ASS2"): (accepted,)})
    summary = summary_of(rows, AnalysisConfig().with_decisions(decisions))
    # The new segment: 8 points 88/90, mean 89, limits 83.68 / 94.32, trial limits.
    assert summary.series["segment"].tolist() == [0] * 20 + [1] * 8
    assert summary.series["mean"].iloc[-1] == pytest.approx(89.0)
    assert summary.series["lower"].iloc[-1] == pytest.approx(83.68)
    assert summary.trial_limits
    assert not summary.series["special_cause"].iloc[20:].any()
    assert summary.recalculations == (accepted,)
    assert summary.suggested_recalculation is None
    # Another council's decision does not touch this one.
    other = DashboardDecisions(recorded={("999", "ASS2"): (accepted,)})
    assert summary_of(rows, AnalysisConfig().with_decisions(other)).series["segment"].eq(0).all()


def test_a_rejected_suggestion_is_not_proposed_again():
    decisions = DashboardDecisions(rejected={("318", "ASS2"): (RECALCULATED,)})
    summary = summary_of(frame("ASS2", SHIFTED), AnalysisConfig().with_decisions(decisions))
    assert summary.suggested_recalculation is None
    assert summary.series["special_cause"].iloc[-1]  # the signal itself is still reported


def test_no_suggestion_for_a_run_that_has_ended_or_is_too_short():
    # 6 months above the mean: one short of a shift.
    chart = xmr(monthly([82, 80] * 10 + [84, 85, 84, 85, 84, 85]), "higher")
    assert suggest_recalculation(chart) is None
    # The run of 8 ended by a point back on the mean.
    chart = xmr(monthly([*SHIFTED, 81]), "higher")
    assert suggest_recalculation(chart) is None


def test_limits_are_clipped_to_the_units_range():
    # Counts 0/6: mean 3, moving range 6, limits 3 +/- 15.96 -> lower -12.96 clipped to 0.
    counts = xmr(monthly([0, 6] * 10), "higher", bounds=BOUNDS["count"])
    assert counts["lower"].iloc[0] == 0.0
    assert counts["near_lower"].iloc[0] == 0.0  # 3 - 10.64 clipped too
    assert counts["upper"].iloc[0] == pytest.approx(18.96)
    # Percentages 95/100: mean 97.5, moving range 5, upper 97.5 + 13.3 = 110.8 -> 100.
    percents = xmr(monthly([95, 100] * 10), "higher", bounds=BOUNDS["percent"])
    assert percents["upper"].iloc[0] == 100.0
    assert percents["lower"].iloc[0] == pytest.approx(84.2)
    # The summary clips by the indicator's unit: ADP1 is a count.
    summary = summary_of(frame("ADP1", [0, 6] * 10))
    assert summary.series["lower"].min() == 0.0


# REF3 (rolling 12 months, percent, lower is better): the rolling figure climbs 0.1 a month
# from 22.0, which XmR would call a trend; the month alone alternates 20/24 for 20 months
# (mean 22, moving range 4, limits 22 +/- 10.64 = 11.36 / 32.64) then reaches 40.
ROLLING = [round(22.0 + 0.1 * i, 1) for i in range(21)]
ALONE = [20, 24] * 10 + [40]


def test_a_rolling_figure_is_a_run_chart_and_its_month_alone_gets_the_spc():
    rows = pd.concat([frame("REF3", ROLLING), frame("REF3", ALONE, MONTH_ALONE)])
    summary = summary_of(rows)
    assert summary.chart_kind == "run"
    series = summary.series
    assert series["upper"].isna().all() and series["mean"].isna().all()
    assert not series["special_cause"].any()
    assert series["value"].tolist() == ROLLING
    monthly_chart = summary.monthly
    assert monthly_chart["upper"].iloc[-1] == pytest.approx(32.64)
    assert monthly_chart["rules"].iloc[-1] == "outside limit"
    assert (summary.variation, summary.variation_icon) == ("concern", "concern_high")
    assert summary.sentence == (
        "Re-referrals within 12 months: 24.0% in the 12 months to September 2025, up 0.1 "
        "percentage points on August; the monthly figure above the upper control limit "
        "(32.6%); England 22.6%."
    )
    # With XmR on the rolling figure itself, the steady climb is a signal of every kind:
    # 20-point mean 22.95, moving range 0.1, upper limit 23.216 < 24.0.
    assert xmr(monthly(ROLLING), "lower")["rules"].iloc[-1] == "outside limit; shift; trend"


def test_a_rolling_figure_without_its_month_alone_has_no_signals():
    summary = summary_of(frame("REF3", ROLLING))
    assert summary.chart_kind == "run"
    assert summary.variation == "" and summary.monthly is None
    assert summary.suggested_recalculation is None
    assert run_chart(monthly(ROLLING))["special_cause"].eq(False).all()


@pytest.mark.parametrize(
    ("indicator_id", "last", "variation", "icon", "words"),
    [
        # ASS2: higher is better. 20 months 80/82, limits 75.68 / 86.32.
        ("ASS2", 90, "improvement", "improvement_high", "improving nature: higher"),
        ("ASS2", 70, "concern", "concern_low", "concerning nature: lower"),
        # REF1 has no good direction.
        ("REF1", 90, "neither", "neutral_high", "neither better nor worse"),
        ("ASS2", 81, "common cause", "common_cause", "no significant change"),
        # CLA9: lower is better.
        ("CLA9", 90, "concern", "concern_high", "concerning nature: higher"),
        ("CLA9", 70, "improvement", "improvement_low", "improving nature: lower"),
    ],
)
def test_variation_icons_by_polarity(indicator_id, last, variation, icon, words):
    summary = summary_of(frame(indicator_id, [80, 82] * 10 + [last]))
    assert (summary.variation, summary.variation_icon) == (variation, icon)
    assert words in summary.variation_text


@pytest.mark.parametrize(
    ("target", "assurance", "icon"),
    [(75.0, "pass", "pass"), (90.0, "fail", "fail"), (85.0, "hit and miss", "inconsistent")],
)
def test_assurance_icons_and_words(target, assurance, icon):
    config = AnalysisConfig({"ASS2": IndicatorConfig(targets={2020: Target(target, 0.0)})})
    summary = summary_of(frame("ASS2", [80, 82] * 10), config)
    assert (summary.assurance, summary.assurance_icon) == (assurance, icon)
    assert summary.assurance_text


def test_the_chart_draws_a_recalculation_as_a_labelled_break():
    config = AnalysisConfig({"ASS2": IndicatorConfig(
        recalculations=(Recalculation(RECALCULATED, "new assessment team"),),
    )})  # fmt: skip
    summary = summary_of(frame("ASS2", ASS2_VALUES), config)
    reasons = {r.month: r.reason for r in summary.recalculations}
    spec = spc_chart(summary.series, "ASS2", "percentage", None, reasons)
    (rule,) = [layer for layer in spec["layer"] if layer.get("mark", {}).get("type") == "rule"]
    rows = spec["datasets"][rule["data"]["name"]]
    assert [row["label"] for row in rows] == ["Limits recalculated: new assessment team"]
    assert rows[0]["month"].startswith("2025-09-01")
    assert "limits recalculated from September 2025" in spec["description"]
    # A rolling figure's run chart says it has no limits.
    rows = pd.concat([frame("REF3", ROLLING), frame("REF3", ALONE, MONTH_ALONE)])
    run = spc_chart(summary_of(rows).series, "REF3", "percentage")
    assert "run chart, without control limits" in run["description"]
