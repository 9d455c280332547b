"""One summary per indicator for the pack: its chart, its judgement and what to say about it.

``summarise_figures`` takes a council's computed figures (shaped like ``indicator_value``:
breakdown "all", and for a rolling figure the month alone, ``MONTH_ALONE``) up to the pack
month, as ``publish.reads.summarise`` reads them from a store or the dashboard has them
published, and applies the SPC, the judgement against target and comparators, and the
narrative, so every output (HTML, PDF, Excel, dashboard) shows the same reading of the same
numbers.

An indicator counted in the month or at its end gets an XmR chart (``chart_kind`` "xmr"); a
rolling figure gets a run chart of itself and its variation, assurance and sentence from the
XmR chart of its month alone (``monthly``), because consecutive rolling figures share all but
one month. Analysts' commentary is carried beside the generated sentences, never merged into
them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from csc_scorecard.analysis import judgement
from csc_scorecard.analysis.config import AnalysisConfig, Recalculation
from csc_scorecard.analysis.icons import (
    ASSURANCE_ICONS,
    assurance_words,
    variation_icon,
    variation_words,
)
from csc_scorecard.analysis.narrative import Judged, exceptions, sentence
from csc_scorecard.analysis.spc import Suggestion, assurance, run_chart, suggest_recalculation, xmr
from csc_scorecard.analysis.units import BOUNDS
from csc_scorecard.calendar import month_index, month_of
from csc_scorecard.indicators.aggregate import ALL, MONTH_ALONE
from csc_scorecard.indicators.catalogue import CATALOGUE
from csc_scorecard.indicators.definition import PERIOD_MONTHS, Indicator
from csc_scorecard.indicators.spine import as_dates, months

SERIES_COLUMNS = (
    "month", "value", "numerator", "denominator", "mean", "lower", "upper", "special_cause",
    "rules", "variation", "segment", "trial",
)  # fmt: skip
XMR, RUN = "xmr", "run"


@dataclass(frozen=True)
class IndicatorSummary:
    """Everything the pack shows about one indicator for one council and month."""

    indicator: Indicator  # from the catalogue
    la_code: str
    month: date  # the pack month (first day)
    series: pd.DataFrame  # one row per month up to `month`: month, value, numerator,
    # denominator, mean, lower, upper, special_cause (bool),
    # rules (str, e.g. "outside limit; shift"), variation (str), segment (int: 0, then +1 at
    # each recalculation point), trial (bool: the point's limits are trial limits); a run
    # chart's mean and limits are empty and no point is special cause
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
    chart_kind: str = XMR  # "xmr", or "run" for a rolling figure (no limits, no signals)
    trial_limits: bool = False  # the latest limits come from fewer points than a full baseline
    recalculations: tuple[Recalculation, ...] = ()  # points the limits start again from
    suggested_recalculation: Suggestion | None = None  # proposed, for an analyst to decide
    monthly: pd.DataFrame | None = None  # a rolling figure's month alone, as ``series``
    sentence: str = ""  # the month's sentence, whether or not it is an exception
    variation_icon: str = ""  # Making Data Count icon name, e.g. "concern_high"
    variation_text: str = ""  # the variation icon in words
    assurance_icon: str = ""  # "pass" | "fail" | "inconsistent" | ""
    assurance_text: str = ""  # the assurance icon in words
    watched: bool = False  # a change either way needs attention (config ``watch_changes``)


def summarise_figures(
    figures: pd.DataFrame,
    la_code: str,
    month: date,
    config: AnalysisConfig,
    include_common_cause: bool = False,
) -> list[IndicatorSummary]:
    """A summary for every catalogue indicator with figures for the council up to ``month``.

    ``figures``: one council's rows shaped like ``indicator_value`` (``indicator_id``,
    ``month``, ``numerator``, ``denominator``, ``value``; ``breakdown`` optional -- rows other
    than "all" and ``MONTH_ALONE`` are ignored). Months after ``month`` are left out, and a
    missing value (a suppressed figure, say) is a gap in the chart.
    """
    month = month.replace(day=1)
    frame = figures.copy()
    frame["month"] = as_dates(frame["month"])
    frame = frame[frame["month"] <= month]
    if "breakdown" not in frame.columns:
        frame["breakdown"] = ALL
    frame = frame[frame["breakdown"].isin([ALL, MONTH_ALONE])]
    groups = {str(key): group for key, group in frame.groupby("indicator_id")}
    summaries = []
    for item in CATALOGUE:
        rows = groups.get(item.id, pd.DataFrame())
        headline = rows[rows["breakdown"] == ALL] if not rows.empty else rows
        if headline.empty:
            continue
        alone = rows[rows["breakdown"] == MONTH_ALONE]
        summaries.append(
            _summary(item, la_code, month, headline, alone, config, include_common_cause)
        )
    return summaries


def _monthly_series(rows: pd.DataFrame, spine: pd.Series) -> pd.DataFrame:
    """Figures by month on the spine (numerator, denominator, value), months missing as gaps."""
    columns = ["numerator", "denominator", "value"]
    series: pd.DataFrame = rows.set_index("month")[columns].reindex(spine)
    return series


def _summary(
    item: Indicator,
    la_code: str,
    month: date,
    rows: pd.DataFrame,
    alone: pd.DataFrame,
    config: AnalysisConfig,
    include_common_cause: bool,
) -> IndicatorSummary:
    spine = months(min(rows["month"]), month)["month"]
    figures = _monthly_series(rows, spine)
    recalculations = config.recalculations(la_code, item.id)
    at = [r.month for r in recalculations]
    rolling = PERIOD_MONTHS[item.period] > 1

    def chart_of(values: pd.Series) -> pd.DataFrame:
        return xmr(
            values,
            item.polarity,
            at,
            config.spc,
            BOUNDS[item.unit],
            carried_over=item.period == "month_end",
        )

    chart = run_chart(figures["value"]) if rolling else chart_of(figures["value"])
    monthly = None
    if rolling and not alone.empty:
        alone_figures = _monthly_series(alone, spine)
        monthly = alone_figures.join(chart_of(alone_figures["value"]).drop(columns="value"))
    judged_chart = chart if monthly is None else monthly
    series = figures.join(chart.drop(columns="value")).rename_axis("month").reset_index()
    latest, last_month, year_ago = (_value(figures, month, back) for back in (0, 1, 12))
    goal = judgement.target(config, item, month)
    rag = judgement.rag(latest, goal, item)
    england = judgement.england(config, item, month)
    moved = judgement.travel(latest, last_month, item)
    now = judged_chart.iloc[-1]
    has_figure = latest is not None and not pd.isna(now["value"])
    assured = assurance(goal.target if goal else None, now["lower"], now["upper"], item.polarity)
    variation = str(now["variation"]) if has_figure else ""
    judged = Judged(item, month, chart, last_month, goal, rag, england, monthly, assured)
    icon = variation_icon(variation, int(now["direction"]))
    suggestion = (
        None if rolling and monthly is None
        else suggest_recalculation(judged_chart, config.spc, config.rejected(la_code, item.id))
    )  # fmt: skip
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
        variation=variation,
        assurance=assured,
        narrative=exceptions(judged, include_common_cause),
        commentary=tuple(c.text for c in config.commentary.about(item.id, month)),
        chart_kind=RUN if rolling else XMR,
        trial_limits=bool(now["trial"]) and not pd.isna(now["upper"]),
        recalculations=recalculations,
        suggested_recalculation=suggestion,
        monthly=None if monthly is None else monthly.rename_axis("month").reset_index(),
        sentence=sentence(judged),
        variation_icon=icon,
        variation_text=variation_words(variation, int(now["direction"])),
        assurance_icon=ASSURANCE_ICONS[assured],
        assurance_text=assurance_words(assured),
        watched=item.id in config.watch_changes,
    )


def _value(figures: pd.DataFrame, month: date, months_back: int) -> float | None:
    """The figure ``months_back`` months before ``month`` (None when there is none)."""
    wanted = month_of(month_index(month) - months_back)
    if wanted not in figures.index:
        return None
    value = float(figures["value"].loc[wanted])
    return None if pd.isna(value) else value
