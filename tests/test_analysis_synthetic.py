"""The analysis on the default synthetic council: the declared referral step is found, and
indicators without a declared change are flagged no more often than in-control data would be.
"""

import json
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from csc_scorecard.analysis.config import AnalysisConfig
from csc_scorecard.analysis.spc import xmr
from csc_scorecard.analysis.summary import IndicatorSummary
from csc_scorecard.calendar import month_index, month_of
from csc_scorecard.indicators.compute import compute
from csc_scorecard.publish.reads import summarise
from csc_scorecard.store import Store

pytestmark = pytest.mark.slow

NO_DECLARED_CHANGE = {
    # In-month proportions of a process whose rate neither declared change touches (the
    # referral step changes volumes, not these shares; the assessment delay changes ASS2 and
    # ASS4), so each month is an independent draw from the same process: what XmR assumes.
    # Month-end snapshots and rolling windows are left out: consecutive months share most of
    # their children, so runs are expected of them without any change.
    "CON2": "share of contacts becoming referrals",
    "ASS3a": "assessment outcome shares",
    "ASS3b": "assessment outcome shares",
    "ASS3c": "assessment outcome shares",
    "ASS3d": "assessment outcome shares",
    "ASS3e": "assessment outcome shares",
    "S47c": "S47 enquiries leading to a conference",
    "ICPC1": "conferences in time",
    "WF2": "agency workers (series: independent normal draws)",
    "WF3": "supervisions in time (series)",
    "EHE2": "home education visits in time (series)",
}


@pytest.fixture(scope="module")
def council(default_council: Path, default_council_loaded) -> tuple[Store, dict]:
    store = default_council_loaded("analysis")
    compute(store, indicator_ids=["REF1", *NO_DECLARED_CHANGE])
    manifest = json.loads((default_council / "manifest.json").read_text())
    return store, manifest["parameters"]


def months_after(month: date, n: int) -> date:
    return month_of(month_index(month) + n)


def step_month(parameters: dict) -> date:
    """The first month of the referral step: ``months_before_end`` before the last month."""
    (shift,) = [s for s in parameters["calibration"]["shifts"] if s["name"] == "referral_step"]
    last = date.fromisoformat(parameters["period_end"]).replace(day=1)
    return months_after(last, -shift["months_before_end"])


def by_id(summaries: list[IndicatorSummary]) -> dict[str, IndicatorSummary]:
    return {s.indicator.id: s for s in summaries}


def test_referral_step_is_special_cause_with_a_sentence(council):
    store, parameters = council
    step = step_month(parameters)
    calibration = parameters["calibration"]
    factor, season = calibration["shifts"][0]["factor"], calibration["seasonality"]
    # From the step on, a month's expected referrals are factor x its seasonality against a
    # baseline year averaging 1.0: above the baseline mean wherever that product exceeds 1.
    # August (0.78 x 1.2 = 0.94) stays below; the run above the mean starts after the step's
    # August and lasts until the next August.
    above = []
    month = step
    while len(above) < 12:
        expected_above = factor * season[month.month - 1] > 1
        if above and not expected_above:
            break
        if expected_above:
            above.append(month)
        month = months_after(month, 1)
    assert len(above) >= 7  # long enough for the shift rule

    last = date.fromisoformat(parameters["period_end"]).replace(day=1)
    ref1 = by_id(summarise(store, "318", last, AnalysisConfig()))["REF1"].series
    run = ref1[ref1["month"].isin(above)]
    assert run["special_cause"].all()
    assert run["rules"].str.contains("shift").all()
    assert (run["value"] > run["mean"]).all()

    # The pack for the month the run reaches 7 points names the signal.
    pack_month = above[6]
    (sentence,) = by_id(summarise(store, "318", pack_month, AnalysisConfig()))["REF1"].narrative
    assert sentence.startswith("Referrals: ")
    # The sentence names the rule that fired there: the run, or two of three points near the
    # upper limit (which the narrative names first when both fire).
    named = (f"every month since {above[0]:%B %Y} (7 months)", "in two of the last three months")
    assert any(words in sentence for words in named), sentence


def in_control_share(series_count: int, length: int, runs: int = 400) -> tuple[float, float]:
    """Mean and standard deviation of the share of points flagged on in-control series.

    Independent normal points, the same length and default rules (baseline 20): the rate at
    which the rules raise false alarms. It is far above the 0.27% of the limits alone because
    the run rules flag every point of a run and a 20-point baseline's mean is itself uncertain.
    """
    rng = np.random.default_rng(20260331)
    months = pd.date_range("2020-01-01", periods=length, freq="MS").date
    shares = [
        xmr(pd.Series(rng.normal(size=length), index=months), "neither")["special_cause"].mean()
        for _ in range(runs)
    ]
    return float(np.mean(shares)), float(np.std(shares))


def test_indicators_without_a_declared_change_stay_within_the_false_alarm_rate(council):
    store, parameters = council
    last = date.fromisoformat(parameters["period_end"]).replace(day=1)
    summaries = by_id(summarise(store, "318", last, AnalysisConfig()))
    flagged = [summaries[i].series["special_cause"] for i in NO_DECLARED_CHANGE]
    pooled = pd.concat(flagged).mean()
    length = len(flagged[0])
    assert length == 72
    # Bound: the in-control mean share plus three standard errors of a pool of as many
    # independent series (a pooled share of k series has standard deviation sd / sqrt(k)).
    mean, sd = in_control_share(len(flagged), length)
    bound = mean + 3 * sd / np.sqrt(len(flagged))
    assert 0.05 < mean < 0.2  # the simulation itself is sane
    assert pooled <= bound, f"{pooled:.3f} of points flagged; bound {bound:.3f}"
