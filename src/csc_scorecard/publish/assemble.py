"""Assemble one month's pack: analysis, briefings and data quality, after disclosure control.

Every count that reaches any format goes through one ``privacy.suppress`` call: the totals of
every indicator for every month shown (the 13-month tables and the SPC charts), the weekly
residential position and the section 20 profile, so a briefing's cells and the indicator they
add up to (CLA6 counts the same children as the section 20 total) are protected together.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pandas as pd

from csc_scorecard.analysis.benchmarks import Benchmark, as_published, latest_in
from csc_scorecard.analysis.config import AnalysisConfig
from csc_scorecard.analysis.funnel_plot import FunnelPlot, as_shown, latest_funnel_plots
from csc_scorecard.analysis.summary import IndicatorSummary
from csc_scorecard.analysis.units import format_figure
from csc_scorecard.briefings.residential import RESIDENTIAL_BRIEFING, residential_weekly
from csc_scorecard.briefings.section20 import SECTION20_BRIEFING, section20_profile
from csc_scorecard.calendar import month_index, month_of
from csc_scorecard.forecast.briefing import ForecastBriefing, forecast_briefing
from csc_scorecard.indicators import values
from csc_scorecard.indicators.aggregate import FIGURE_COLUMNS
from csc_scorecard.indicators.catalogue import CATALOGUE
from csc_scorecard.indicators.definition import UNIT_WORDS
from csc_scorecard.indicators.spine import as_dates
from csc_scorecard.privacy import suppress
from csc_scorecard.publish import charts
from csc_scorecard.publish.benchmarks import with_benchmarks
from csc_scorecard.publish.funnel_chart import funnel_svg, size_words
from csc_scorecard.publish.model import IndicatorPage, PackData
from csc_scorecard.publish.reads import latest_benchmarks, summarise
from csc_scorecard.publish.scorecard import Scorecard, published_sentences
from csc_scorecard.publish.scorecard import build as build_scorecard
from csc_scorecard.quarantine_report import counts, rejected
from csc_scorecard.store import Store

MONTHS_SHOWN = 13


@dataclass(frozen=True)
class PublishedFigures:
    """The month's figures before and after disclosure control, and the briefings' tables."""

    unsuppressed: pd.DataFrame
    published: pd.DataFrame
    residential: pd.DataFrame
    section20: pd.DataFrame


@dataclass(frozen=True)
class PackSources:
    """What the pack is made from besides the indicators' series.

    Read from the store for a new pack, from the record for ``--as-published``.
    """

    figures: PublishedFigures
    quality: pd.DataFrame
    generated: datetime
    benchmarks: Mapping[str, Benchmark]
    """Each indicator's benchmark as the pack shows it (after disclosure control)."""
    forecast: ForecastBriefing | None
    """The forecast section (None: no forecast has been made)."""
    funnel_plots: Mapping[str, FunnelPlot]
    """Each benchmark's funnel plot as the pack shows it (``funnel_plot.as_shown``), where
    there is one to draw."""


@dataclass(frozen=True)
class AssembledPack:
    """The pack and the figures behind it, before and after disclosure control (for tests)."""

    data: PackData
    unsuppressed: pd.DataFrame
    published: pd.DataFrame


def latest_month(store: Store, la_code: str) -> date:
    """The latest month with computed figures for the council."""
    latest = values.latest_month(store, la_code)
    if latest is None:
        raise LookupError(f"no figures for council {la_code}: run scorecard compute first")
    return latest


def _totals(store: Store, la_code: str, month: date) -> pd.DataFrame:
    return values.figures(store, la_code=la_code, breakdowns=["all"], up_to=month)


def _briefing_figures(la_code: str, residential: pd.DataFrame,
                      section20: pd.DataFrame, month: date) -> pd.DataFrame:  # fmt: skip
    """The briefings as figure rows, each table with its total ("all")."""
    weekly = residential.assign(
        breakdown="placement_area",
        breakdown_value=residential.placement_type + ", " + residential.area,
    ).rename(columns={"week_end": "month"})
    totals = weekly.groupby("month", as_index=False)["children"].sum().assign(
        breakdown="all", breakdown_value="all")  # fmt: skip
    weekly = pd.concat([weekly, totals]).assign(indicator_id=RESIDENTIAL_BRIEFING.id)
    total = pd.DataFrame(
        {
            "breakdown": ["all"],
            "breakdown_value": ["all"],
            "children": [section20[section20.dimension == "uasc"].children.sum()],
        }
    )
    profile = pd.concat([
        section20.rename(columns={"dimension": "breakdown", "category": "breakdown_value"}),
        total,
    ]).assign(indicator_id=SECTION20_BRIEFING.id, month=month)  # fmt: skip
    rows = pd.concat([weekly, profile], ignore_index=True)
    rows = rows.assign(
        la_code=la_code,
        numerator=rows.children.astype(float),
        denominator=float("nan"),
        value=rows.children.astype(float),
    )
    figures: pd.DataFrame = rows[list(FIGURE_COLUMNS)]
    return figures


def _page(summary: IndicatorSummary, published: pd.DataFrame, month: date,
          benchmark: Benchmark | None = None,
          funnel: FunnelPlot | None = None) -> IndicatorPage:  # fmt: skip
    item = summary.indicator
    mine = published[published.indicator_id == item.id].set_index("month")
    series = summary.series.copy()
    series["month"] = as_dates(series["month"])
    shown = mine.reindex(series["month"])
    series["value"] = shown["value"].to_numpy()
    hidden = shown["suppressed"].fillna(False).astype(bool).tolist()
    series["shown"] = [format_figure(v, item.unit, bool(h)) for v, h in
                       zip(series["value"], hidden, strict=True)]  # fmt: skip
    months = tuple(month_of(i) for i in range(month_index(month) - MONTHS_SHOWN + 1,
                                               month_index(month) + 1))  # fmt: skip
    recent = mine.reindex(months)
    page_values = tuple(None if pd.isna(v) else float(v) for v in recent["value"])
    suppressed = tuple(bool(s) if not pd.isna(s) else False for s in recent["suppressed"])
    unit_label = UNIT_WORDS[item.unit]
    narrative = published_sentences(summary.narrative, suppressed[-1], month)
    chart_rows = series.assign(month=pd.to_datetime(series["month"]))
    last13 = chart_rows[chart_rows.month >= pd.Timestamp(months[0])]
    return IndicatorPage(
        item.id, item.family, item.title, item.definition, item.unit, item.polarity, months,
        page_values, suppressed, summary.target, summary.england, summary.rag, summary.direction,
        summary.better_or_worse, summary.variation, summary.assurance, narrative,
        summary.commentary,
        charts.svg(charts.spc_chart(chart_rows, item.title, unit_label, summary.target)),
        charts.sparkline(last13, item.title), series, benchmark=benchmark,
        funnel=funnel,
        funnel_svg=funnel_svg(funnel, item.title, size_words(item)) if funnel else "",
    )  # fmt: skip


def _published_table(frame: pd.DataFrame, figures: pd.DataFrame, keys: list[str],
                     indicator_id: str) -> pd.DataFrame:  # fmt: skip
    """A briefing table with its published counts (None where suppressed) and as printed."""
    mine = figures[(figures.indicator_id == indicator_id) & (figures.breakdown != "all")]
    hidden = dict(zip(zip(*(mine[k] for k in keys), strict=True), mine.suppressed,
                      strict=True))  # fmt: skip
    flags = [bool(hidden.get(key, False)) for key in zip(*(frame[k] for k in keys), strict=True)]
    published = pd.Series([None if h else float(c) for c, h in
                           zip(frame.children, flags, strict=True)], index=frame.index,
                          dtype=object)  # fmt: skip
    out = frame.assign(children=published)
    return out.assign(shown=[format_figure(c, "count", h) for c, h in
                             zip(out.children, flags, strict=True)])  # fmt: skip


def published_figures(store: Store, la_code: str, month: date) -> PublishedFigures:
    """Every figure the pack shows for the month, through one disclosure control.

    The indicators' totals for every month up to ``month`` and the briefings are suppressed
    together, so the pack, its scorecard and ``scorecard summary`` hide the same figures.
    """
    residential = residential_weekly(store, la_code, month)
    section20 = section20_profile(store, la_code, month)
    unsuppressed = pd.concat([_totals(store, la_code, month),
                              _briefing_figures(la_code, residential, section20, month)],
                             ignore_index=True)  # fmt: skip
    published = suppress(unsuppressed, (*CATALOGUE, RESIDENTIAL_BRIEFING, SECTION20_BRIEFING))
    return PublishedFigures(unsuppressed, published, residential, section20)


def latest_figures(figures: pd.DataFrame, month: date) -> dict[str, tuple[float | None, bool]]:
    """Each indicator's total for ``month``: (value or None, suppressed)."""
    rows = figures[(figures.month == month) & (figures.breakdown == "all")]
    hidden = rows["suppressed"] if "suppressed" in rows else pd.Series(False, rows.index)
    return {
        str(i): (None if pd.isna(v) else float(v), bool(h))
        for i, v, h in zip(rows.indicator_id, rows.value, hidden, strict=True)
    }


def summary_page(store: Store, la_code: str, month: date, config: AnalysisConfig,
                 unsuppressed: bool = False) -> Scorecard:  # fmt: skip
    """The pack's first page without the rest of the pack (``scorecard summary``).

    Suppressed exactly as the pack is, unless an analyst asks for the figures as computed.
    """
    figures = published_figures(store, la_code, month)
    shown = figures.unsuppressed if unsuppressed else figures.published
    found = latest_benchmarks(store, la_code, month)
    if not unsuppressed:
        found = as_published(found, shown)
    summaries = with_benchmarks(summarise(store, la_code, month, config), found)
    return build_scorecard(summaries, latest_figures(shown, month), la_code, month,
                           suppressed=not unsuppressed, benchmarks=found)  # fmt: skip


def current_sources(store: Store, la_code: str, month: date) -> PackSources:
    """The figures, briefings, data quality, benchmarks and forecast as the store holds them."""
    figures = published_figures(store, la_code, month)
    benchmark_figures = values.benchmark_figures(store)
    neighbours = values.statistical_neighbours(store, la_code)
    found = as_published(latest_in(benchmark_figures, la_code, month, neighbours),
                         figures.published)  # fmt: skip
    drawn = latest_funnel_plots(benchmark_figures, la_code, found)
    shown = {i: as_shown(plot, found[i]) for i, plot in drawn.items()}
    return PackSources(
        figures, _quality(store, la_code), datetime.now(UTC).replace(tzinfo=None, microsecond=0),
        found, forecast_briefing(store, la_code),
        {i: plot for i, plot in shown.items() if plot is not None and plot.points},
    )  # fmt: skip


def assemble(store: Store, la_code: str, month: date, config: AnalysisConfig,
             council: str | None = None, sources: PackSources | None = None
             ) -> AssembledPack:  # fmt: skip
    """Everything the month's pack shows, made safe to publish.

    ``sources`` replaces what is read from the store besides the indicators' series (a pack
    rebuilt from its record passes a store holding only the recorded series).
    """
    sources = sources or current_sources(store, la_code, month)
    figures = sources.figures
    residential, section20, published = figures.residential, figures.section20, figures.published
    found = sources.benchmarks
    summaries = with_benchmarks(summarise(store, la_code, month, config), found)
    plots = sources.funnel_plots
    pages = tuple(_page(s, published, month, found.get(s.indicator.id), plots.get(s.indicator.id))
                  for s in summaries)  # fmt: skip
    residential_shown = _published_table(
        residential.assign(breakdown_value=residential.placement_type + ", " + residential.area,
                           month=residential.week_end),
        published, ["month", "breakdown_value"], RESIDENTIAL_BRIEFING.id,
    ).drop(columns=["breakdown_value", "month"])  # fmt: skip
    section20_shown = _published_table(
        section20.assign(breakdown=section20.dimension, breakdown_value=section20.category),
        published, ["breakdown", "breakdown_value"], SECTION20_BRIEFING.id,
    ).drop(columns=["breakdown", "breakdown_value"])  # fmt: skip
    scorecard = build_scorecard(summaries, latest_figures(published, month), la_code, month,
                                benchmarks=found)  # fmt: skip
    data = PackData(
        la_code, council or f"Council {la_code}", month, sources.generated,
        pages, residential_shown, section20_shown, sources.quality, scorecard,
        forecast=sources.forecast,
    )  # fmt: skip
    return AssembledPack(data, figures.unsuppressed, published)


def _quality(store: Store, la_code: str) -> pd.DataFrame:
    """Rejected rows by source and rule for the council (records, not children: shown)."""
    rows = rejected(store)
    frame = counts(rows.filter(rows.la_code == la_code)).rename(columns={"rule_id": "rule"})
    return frame.assign(shown=[f"{int(n):,}" for n in frame["rows"]])
