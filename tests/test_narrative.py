"""Sentences (exact text), commentary beside them, and the summary read from a store.

Series start in January 2025 with a 12-month baseline of two alternating values (charted with
``baseline_points=12``), so the limits are worked by hand as in test_spc.py:
  counts 200/220: mean 210, moving range 20 -> limits 210 +/- 53.2 = 156.8 / 263.2
  percentages 80/82: mean 81, moving range 2 -> limits 75.68 / 86.32, 2 sigma 77.45 / 84.55
"""

from dataclasses import replace
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from csc_scorecard.analysis import judgement
from csc_scorecard.analysis.commentary import load_commentary
from csc_scorecard.analysis.config import AnalysisConfig, IndicatorConfig, Target
from csc_scorecard.analysis.narrative import Judged, exceptions, sentence
from csc_scorecard.analysis.spc import SpcOptions, assurance, xmr
from csc_scorecard.indicators.aggregate import MONTH_ALONE
from csc_scorecard.indicators.catalogue import indicator
from csc_scorecard.publish.reads import summarise
from csc_scorecard.store import Store

REF1 = indicator("REF1")  # count, neither
ASS2 = indicator("ASS2")  # percent, higher is better
COUNTS = [200, 220] * 6
PERCENTS = [80, 82] * 6
TWELVE = SpcOptions(baseline_points=12)


def judged(item, values, target=None, rag="", england=None) -> Judged:
    months = pd.date_range(date(2025, 1, 1), periods=len(values), freq="MS").date
    chart = xmr(pd.Series(values, index=months, dtype=float), item.polarity, options=TWELVE)
    return Judged(item, months[-1], chart, values[-2], target, rag, england)


def test_shift_sentence():
    # 12: 210 (on the mean); 13-19: 215, 225, 215, 225, 215, 225, 230 -> 7 above the mean.
    facts = judged(REF1, [*COUNTS, 210, 215, 225, 215, 225, 215, 225, 230])
    assert exceptions(facts) == (
        "Referrals: 230 in August 2026, 5 more than in July; above the average (210.0) every "
        "month since February 2026 (7 months).",
    )


def test_trend_sentence():
    # 12: 81; 13-19: 77.5, 78, 79, 80, 81.5, 82, 83 -> 7 points each higher than the last;
    # 4 below and 3 above the mean (no shift); 77.5 > 77.45 (not beyond 2 sigma).
    facts = judged(ASS2, [*PERCENTS, 81, 77.5, 78, 79, 80, 81.5, 82, 83])
    assert exceptions(facts) == (
        "Assessments completed within 45 working days: 83.0% in August 2026, up 1.0 "
        "percentage points on July; rising every month since February 2026 (7 months).",
    )


def test_two_of_three_sentence():
    # 12: 81; 13: 85 (beyond 84.55), 14: 82, 15: 85 (beyond): two of three, all above.
    facts = judged(ASS2, [*PERCENTS, 81, 85, 82, 85])
    assert exceptions(facts) == (
        "Assessments completed within 45 working days: 85.0% in April 2026, up 3.0 "
        "percentage points on March; close to the upper control limit (86.3%) in two of the "
        "last three months.",
    )


def test_outside_limit_sentence():
    facts = judged(REF1, [*COUNTS, 150])  # 150 < 156.8
    assert exceptions(facts) == (
        "Referrals: 150 in January 2026, 70 fewer than in December 2025; below the lower "
        "control limit (156.8).",
    )


def test_missed_target_sentence_without_a_signal():
    # 81 is the mean (common cause) but misses 85 by 4 <= 5: amber.
    facts = judged(ASS2, [*PERCENTS, 81], Target(85.0, 5.0), "amber")
    assert exceptions(facts) == (
        "Assessments completed within 45 working days: 81.0% in January 2026, down 1.0 "
        "percentage points on December 2025; within its usual range (75.7% to 86.3%); "
        "missing the target of 85.0%.",
    )


def test_common_cause_gets_a_sentence_only_when_asked():
    facts = judged(REF1, [*COUNTS, 215])
    assert exceptions(facts) == ()
    assert exceptions(facts, include_common_cause=True) == (
        "Referrals: 215 in January 2026, 5 fewer than in December 2025; within its usual "
        "range (156.8 to 263.2).",
    )


# REF3 (lower is better; England 22.6% for 2024-25, the latest published): a rolling figure, so
# its chart is a run chart and the SPC is drawn on its month alone. Here both are 12 months
# from March 2025 alternating 21.42 and 22.58 -> mean 22.0, moving range 1.16, upper limit
# 22 + 2.66 x 1.16 = 25.0856 (25.1%), lower 18.9144; then 27.0 in March 2026.
REF3_VALUES = [21.42, 22.58] * 6 + [27.0]
REF3_MONTHS = pd.date_range(date(2025, 3, 1), periods=13, freq="MS").date


def ref3_store(path: Path) -> Store:
    store = Store(str(path))
    frame = pd.DataFrame(
        {
            "la_code": "318",
            "indicator_id": "REF3",
            "month": REF3_MONTHS,
            "breakdown": "all",
            "breakdown_value": "all",
            "numerator": [v * 10 for v in REF3_VALUES],
            "denominator": 1000.0,
            "value": REF3_VALUES,
            "compute_id": 1,
        }
    )
    store.insert_frame("indicator_value", frame)
    store.insert_frame("indicator_value", frame.assign(breakdown=MONTH_ALONE))
    return store


def test_summary_of_the_design_example(tmp_path: Path):
    store = ref3_store(tmp_path / "store.duckdb")
    (summary,) = summarise(store, "318", date(2026, 3, 1), AnalysisConfig(spc=TWELVE))
    assert summary.narrative == (
        "Re-referrals within 12 months: 27.0% in the 12 months to March 2026, up 4.4 "
        "percentage points on February; the monthly figure above the upper control limit "
        "(25.1%); England 22.6%.",
    )
    assert (summary.latest, summary.last_month, summary.year_ago) == (27.0, 22.58, 21.42)
    assert (summary.direction, summary.better_or_worse) == ("up", "worse")
    assert (summary.variation, summary.england, summary.rag, summary.assurance) == (
        "concern", 22.6, "", ""
    )  # fmt: skip
    series = summary.series
    assert list(series.columns) == [
        "month", "value", "numerator", "denominator", "mean", "lower", "upper",
        "special_cause", "rules", "variation", "segment", "trial",
    ]  # fmt: skip
    assert series["month"].tolist() == list(REF3_MONTHS)
    assert summary.chart_kind == "run"
    assert not series["special_cause"].any() and series["upper"].isna().all()
    monthly = summary.monthly
    assert monthly["special_cause"].tolist() == [False] * 12 + [True]
    assert monthly["rules"].iloc[-1] == "outside limit"
    assert round(monthly["upper"].iloc[0], 4) == 25.0856


def test_summary_with_target_neighbours_and_commentary(tmp_path: Path):
    store = ref3_store(tmp_path / "store.duckdb")
    notes = tmp_path / "commentary.csv"
    notes.write_text(
        "indicator,month,text,author\n"
        'REF3,2026-03,"Rise follows the new front door, see briefing.",A. Analyst\n'
        "REF3,2026-02,Earlier month: not shown,A. Analyst\n"
        "REF1,2026-03,Another indicator: not shown,A. Analyst\n"
    )
    before = notes.read_bytes()
    config = AnalysisConfig(
        {"REF3": IndicatorConfig(targets={2025: Target(20.0, 2.0)}, neighbours={2024: 21.9})},
        commentary=load_commentary(notes),
        spc=TWELVE,
    )
    (summary,) = summarise(store, "318", date(2026, 3, 1), config)
    # 27.0 misses 20.0 by 7 > 2: red; 20 lies within 18.91-25.09: hit and miss.
    assert (summary.target, summary.tolerance, summary.rag) == (20.0, 2.0, "red")
    assert summary.assurance == "hit and miss"
    assert summary.neighbours == 21.9
    assert summary.narrative == (
        "Re-referrals within 12 months: 27.0% in the 12 months to March 2026, up 4.4 "
        "percentage points on February; the monthly figure above the upper control limit "
        "(25.1%); missing the target of 20.0%; England 22.6%.",
    )
    # the analyst's words, exactly, beside (never replaced by) the generated sentence
    assert summary.commentary == ("Rise follows the new front door, see briefing.",)
    assert notes.read_bytes() == before


def test_commentary_from_yaml_keeps_every_entry_in_order(tmp_path: Path):
    notes = tmp_path / "commentary.yaml"
    notes.write_text(
        "- {indicator: REF3, month: 2026-03, author: A, text: 'First: as written.'}\n"
        "- {indicator: REF3, month: 2026-03, author: B, text: '  Second, spacing kept.'}\n"
    )
    about = load_commentary(notes).about("REF3", date(2026, 3, 1))
    assert [c.text for c in about] == ["First: as written.", "  Second, spacing kept."]
    assert [c.author for c in about] == ["A", "B"]


def test_commentary_errors_name_the_entry(tmp_path: Path):
    notes = tmp_path / "commentary.csv"
    notes.write_text("indicator,month,text,author\nNOPE,2026-03,x,y\n")
    with pytest.raises(ValueError, match=r"entry 2: unknown indicator 'NOPE'"):
        load_commentary(notes)


def test_sustained_signal_says_since_and_keeps_the_fall_in_its_own_clause():
    # 12: 280, 13: 290, 14: 285 -- all above 263.2; the last is 5 fewer than the one before.
    facts = judged(REF1, [*COUNTS, 280, 290, 285])
    assert sentence(facts) == (
        "Referrals: 285 in March 2026, 5 fewer than in February; above the upper control "
        "limit (263.2) since January 2026."
    )


@pytest.mark.parametrize(
    ("last", "goal", "rag", "clause"),
    [
        # 74 < 75.68: a concern, but it meets a target of 70.
        (74, Target(70.0, 0.0), "green",
         "meeting the target of 70.0%, though moving the wrong way by more than chance"),
        # 90 > 86.32: an improvement, but 5 short of 95.
        (90, Target(95.0, 2.0), "red",
         "missing the target of 95.0%, though improving by more than chance"),
        # 88 meets 87 this month; 87 is above the upper limit 86.32, so it usually fails.
        (88, Target(87.0, 0.0), "green", "meeting the target of 87.0% this month, though its"
         " control limits say it will usually be missed"),
        # 74 misses 75 this month; 75 is below the lower limit 75.68, so it usually passes.
        (74, Target(75.0, 0.0), "red", "missing the target of 75.0% this month, though its"
         " control limits say it will usually be met"),
    ],
)  # fmt: skip
def test_rag_and_spc_disagreements_are_explained_in_one_clause(last, goal, rag, clause):
    chart_of = judged(ASS2, [*PERCENTS, last], goal, rag)
    assurance_now = assurance(goal.target, 75.68, 86.32, "higher")
    facts = replace(chart_of, assurance=assurance_now)
    text = sentence(facts)
    assert text.split("; ")[2].removesuffix(".") == clause
    assert judgement.rag(float(last), goal, ASS2) == rag


def test_change_words_by_unit():
    assert (
        sentence(judged(REF1, [*COUNTS, 221]))
        .split("; ")[0]
        .endswith("221 in January 2026, 1 more than in December 2025")
    )
    assert (
        sentence(judged(ASS2, [*PERCENTS, 82]))
        .split("; ")[0]
        .endswith("82.0% in January 2026, the same as in December 2025")
    )
