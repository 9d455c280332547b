"""One summary per indicator for the pack: its chart, its judgement and what to say about it.

``summarise`` reads a council's computed figures (``indicator_value``, breakdown "all") up to
the pack month and applies the SPC, the judgement against target and comparators, and the
narrative, so every output of the pack (HTML, PDF, Excel) shows the same reading of the same
numbers. Analysts' commentary is carried beside the generated sentences, never merged into them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from csc_scorecard.analysis import judgement
from csc_scorecard.analysis.config import AnalysisConfig
from csc_scorecard.analysis.narrative import Judged, exceptions
from csc_scorecard.analysis.spc import assurance, xmr
from csc_scorecard.indicators.catalogue import CATALOGUE
from csc_scorecard.indicators.definition import Indicator
from csc_scorecard.indicators.spine import month_index, month_of, months
from csc_scorecard.store import Store

SERIES_COLUMNS = (
    "month", "value", "numerator", "denominator", "mean", "lower", "upper", "special_cause",
    "rules", "variation",
)  # fmt: skip


@dataclass(frozen=True)
class IndicatorSummary:
    """Everything the pack shows about one indicator for one council and month."""

    indicator: Indicator  # from the catalogue
    la_code: str
    month: date  # the pack month (first day)
    series: pd.DataFrame  # one row per month up to `month`: month, value, numerator,
    # denominator, mean, lower, upper, special_cause (bool),
    # rules (str, e.g. "outside limit; shift"), variation (str)
    latest: float | None
    last_month: float | None
    year_ago: float | None
    direction: str  # e.g. "up", "down", "no change", "" when unknown
    better_or_worse: str  # "better", "worse", "no change", "" (by polarity)
    target: float | None
    tolerance: float | None
    rag: str  # "green" | "amber" | "red" | ""
    england: float | None
    neighbours: float | None
    variation: str  # latest point: "improvement"|"concern"|"common cause"|"neither"
    assurance: str  # "pass" | "fail" | "hit and miss" | ""
    narrative: tuple[str, ...]  # generated exception sentences
    commentary: tuple[str, ...]  # analyst commentary for this month, as written


def summarise(
    store: Store,
    la_code: str,
    month: date,
    config: AnalysisConfig,
    include_common_cause: bool = False,
) -> list[IndicatorSummary]:
    """A summary for every catalogue indicator with figures for the council up to ``month``."""
    month = month.replace(day=1)
    return summarise_figures(
        _figures(store, la_code, month), la_code, month, config, include_common_cause
    )


def summarise_figures(
    figures: dict[str, pd.DataFrame],
    la_code: str,
    month: date,
    config: AnalysisConfig,
    include_common_cause: bool = False,
) -> list[IndicatorSummary]:
    """``summarise`` over figures already read, keyed by indicator id.

    Each frame holds the indicator's headline rows up to the month (indicator_id, month,
    numerator, denominator, value). Given the published figures, for a reader who may see
    only those, the summaries are built from nothing else.
    """
    return [
        _summary(item, la_code, month, rows, config, include_common_cause)
        for item in CATALOGUE
        if not (rows := figures.get(item.id, pd.DataFrame())).empty
    ]


def _figures(store: Store, la_code: str, month: date) -> dict[str, pd.DataFrame]:
    """The council's headline figures up to the month, by indicator, one query for all."""
    values = store.table("indicator_value")
    rows = (
        values.filter(
            (values.la_code == la_code) & (values.breakdown == "all") & (values.month <= month)
        )
        .select("indicator_id", "month", "numerator", "denominator", "value")
        .execute()
    )
    rows["month"] = pd.to_datetime(rows["month"]).dt.date
    return {str(key): group for key, group in rows.groupby("indicator_id")}


def _summary(
    item: Indicator,
    la_code: str,
    month: date,
    rows: pd.DataFrame,
    config: AnalysisConfig,
    include_common_cause: bool,
) -> IndicatorSummary:
    spine = months(min(rows["month"]), month)["month"]
    figures = rows.drop(columns="indicator_id").set_index("month").reindex(spine)
    chart = xmr(figures["value"], item.polarity, config.of(item.id).step_changes, config.spc)
    series = figures.join(chart.drop(columns="value")).rename_axis("month").reset_index()
    latest, last_month, year_ago = (_value(figures, month, back) for back in (0, 1, 12))
    goal = judgement.target(config, item, month)
    rag = judgement.rag(latest, goal, item)
    england = judgement.england(config, item, month)
    moved = judgement.travel(latest, last_month, item)
    now = chart.iloc[-1]
    judged = Judged(item, month, chart, last_month, goal, rag, england)
    return IndicatorSummary(
        indicator=item,
        la_code=la_code,
        month=month,
        series=series[list(SERIES_COLUMNS)],
        latest=latest,
        last_month=last_month,
        year_ago=year_ago,
        direction=moved.direction,
        better_or_worse=moved.better_or_worse,
        target=goal.target if goal else None,
        tolerance=goal.tolerance if goal else None,
        rag=rag,
        england=england,
        neighbours=judgement.neighbours(config, item, month),
        variation=str(now["variation"]) if latest is not None else "",
        assurance=assurance(
            goal.target if goal else None, now["lower"], now["upper"], item.polarity
        ),
        narrative=exceptions(judged, include_common_cause),
        commentary=tuple(c.text for c in config.commentary.about(item.id, month)),
    )


def _value(figures: pd.DataFrame, month: date, months_back: int) -> float | None:
    """The figure ``months_back`` months before ``month`` (None when there is none)."""
    wanted = month_of(month_index(month) - months_back)
    if wanted not in figures.index:
        return None
    value = float(figures["value"].loc[wanted])
    return None if pd.isna(value) else value
