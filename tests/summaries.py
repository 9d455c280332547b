"""Hand-made indicator summaries, for tests of what the scorecard selects and shows."""

from __future__ import annotations

from datetime import date

import pandas as pd

from csc_scorecard.analysis.summary import SERIES_COLUMNS, IndicatorSummary
from csc_scorecard.indicators.catalogue import BY_ID

MONTH = date(2026, 11, 1)


def summary(
    indicator_id: str,
    variation: str = "common cause",
    assurance: str = "",
    rag: str = "",
    values: tuple[float, ...] = (10.0, 11.0, 12.0),
    mean: float = 11.0,
    rules: str = "",
    narrative: tuple[str, ...] = (),
    commentary: tuple[str, ...] = (),
    target: float | None = None,
) -> IndicatorSummary:
    """A summary of a catalogue indicator with the judgement given, as ``summarise`` returns.

    ``values`` end in ``MONTH``; ``rules`` are the latest point's special-cause rules.
    """
    months = pd.date_range(end=pd.Timestamp(MONTH), periods=len(values), freq="MS").date
    series = pd.DataFrame(
        {
            "month": months,
            "value": values,
            "numerator": values,
            "denominator": float("nan"),
            "mean": mean,
            "lower": mean - 5,
            "upper": mean + 5,
            "special_cause": [False] * (len(values) - 1) + [bool(rules)],
            "rules": [""] * (len(values) - 1) + [rules],
            "variation": ["common cause"] * (len(values) - 1) + [variation],
            "segment": 0,
            "trial": True,  # fewer than 20 points: trial limits
        }
    )[list(SERIES_COLUMNS)]
    return IndicatorSummary(
        indicator=BY_ID[indicator_id],
        la_code="318",
        month=MONTH,
        series=series,
        latest=values[-1],
        last_month=values[-2],
        year_ago=None,
        direction="up",
        better_or_worse="",
        target=target,
        tolerance=1.0 if target is not None else None,
        rag=rag,
        england=None,
        neighbours=None,
        variation=variation,
        assurance=assurance,
        narrative=narrative,
        commentary=commentary,
    )
