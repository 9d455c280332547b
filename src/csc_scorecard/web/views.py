"""What the overview and indicator pages show, built from the analysis summaries.

A summary's series holds the figures as computed; for a viewer the values are replaced by the
published ones (suppressed months become gaps shown as "c"), so the screen, the chart and the
exports never show a viewer more than the published pack does.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from typing import Any

import numpy as np
import pandas as pd
from markupsafe import Markup

from csc_scorecard.analysis.benchmarks import Benchmark
from csc_scorecard.analysis.funnel_plot import FunnelPlot
from csc_scorecard.analysis.summary import IndicatorSummary
from csc_scorecard.analysis.units import format_figure
from csc_scorecard.indicators.aggregate import MONTH_ALONE
from csc_scorecard.indicators.definition import UNIT_WORDS, Unit
from csc_scorecard.publish.charts import benchmark_chart, sparkline, spc_chart
from csc_scorecard.publish.funnel_chart import funnel_svg, size_words

SPARK_MONTHS = 13
SHOWN = ("value", "suppressed", "shown")
"""The columns ``as_shown`` gives a series."""


@dataclass(frozen=True)
class Row:
    """One indicator on the overview."""

    summary: IndicatorSummary
    recent: pd.DataFrame  # the last 13 months: month, value, suppressed, shown (as printed)
    sparkline: Markup  # inline SVG with its text alternative (``charts.sparkline``)

    @property
    def latest(self) -> str:
        """The latest month's figure as printed."""
        return str(self.recent["shown"].iat[-1])

    @property
    def latest_figure(self) -> tuple[float | None, bool]:
        """The latest month's value (None when there is none) and whether it is suppressed."""
        value = float(self.recent["value"].to_numpy(dtype=float)[-1])
        return (None if np.isnan(value) else value), bool(self.recent["suppressed"].iat[-1])

    @property
    def recent_table(self) -> list[tuple[str, str]]:
        """The sparkline's months and figures as printed, for its table alternative."""
        months, shown = self.recent["month"], self.recent["shown"]
        return [(f"{m:%b %Y}", str(v)) for m, v in zip(months, shown, strict=True)]


def as_shown(months: Iterable[date], figures: pd.DataFrame, unit: Unit) -> pd.DataFrame:
    """The months' headline figures (breakdown "all") of ``figures``, and as printed.

    ``figures`` comes from ``RoleFigures.figures``: the published values for a viewer. A
    lookup per month rather than a merge: the overview does this for 66 indicators.
    """
    headline = figures[figures["breakdown"] == "all"]
    known = dict(zip(headline["month"], zip(headline["value"], headline["suppressed"],
                                            strict=True), strict=True))  # fmt: skip
    months = list(months)
    found = [known.get(m, (None, False)) for m in months]
    values = [None if pd.isna(v) else float(v) for v, _ in found]
    hidden = [bool(h) for _, h in found]
    return pd.DataFrame({
        "month": months,
        "value": np.array([np.nan if v is None else v for v in values], dtype=float),
        "suppressed": hidden,
        "shown": [format_figure(v, unit, h) for v, h in zip(values, hidden, strict=True)],
    })  # fmt: skip


def shown_series(summary: IndicatorSummary, figures: pd.DataFrame) -> pd.DataFrame:
    """The summary's months with the values of ``figures`` (see ``as_shown``)."""
    shown = as_shown(summary.series["month"], figures, summary.indicator.unit)
    return summary.series.assign(**{c: shown[c].to_numpy() for c in SHOWN})


def overview(summaries: list[IndicatorSummary], figures_of: Any) -> list[tuple[str, list[Row]]]:
    """Rows grouped by family in catalogue order; ``figures_of(id)`` gives an indicator's."""
    rows = []
    for summary in summaries:
        item = summary.indicator
        months = summary.series["month"].iloc[-SPARK_MONTHS:]
        recent = as_shown(months, figures_of(item.id), item.unit)
        rows.append(Row(summary, recent, Markup(sparkline(recent, item.title))))
    return [
        (family, list(group))
        for family, group in groupby(rows, key=lambda r: r.summary.indicator.family)
    ]


def chart(summary: IndicatorSummary, series: pd.DataFrame) -> dict[str, Any]:
    """The indicator's SPC chart, the pack's specification over the values shown."""
    item = summary.indicator
    reasons = {r.month: r.reason for r in summary.recalculations}
    return spc_chart(series, item.title, UNIT_WORDS[item.unit], summary.target, reasons)


def benchmark_spec(benchmark: Benchmark | None, summary: IndicatorSummary) -> str | None:
    """The benchmark panel's chart as Vega-Lite JSON, or None with no figure to draw."""
    if benchmark is None or (benchmark.council is None and not any(
            v is not None for *_, v in benchmark.neighbour_figures)):  # fmt: skip
        return None
    item = summary.indicator
    return json.dumps(benchmark_chart(benchmark, item.title, UNIT_WORDS[item.unit]))


def funnel(plot: FunnelPlot | None, summary: IndicatorSummary) -> Markup | None:
    """The benchmark panel's funnel plot as inline SVG (``publish.funnel_chart``), or None."""
    if plot is None or not plot.points:
        return None
    item = summary.indicator
    return Markup(funnel_svg(plot, item.title, size_words(item)))


def breakdown_tables(figures: pd.DataFrame, month: Any, unit: Unit) -> dict[str, pd.DataFrame]:
    """Per breakdown, the month's figures by value (numerator, denominator, value, shown).

    A rolling figure's month alone is no breakdown (it feeds the SPC), so it is not listed.
    """
    shown = ~figures["breakdown"].isin(["all", MONTH_ALONE])
    rows = figures[(figures["month"] == month) & shown].copy()
    rows["shown"] = [
        format_figure(None if pd.isna(v) else float(v), unit, bool(s))
        for v, s in zip(rows["value"], rows["suppressed"], strict=True)
    ]
    return {
        str(name): group.sort_values("breakdown_value")
        for name, group in rows.groupby("breakdown", sort=True)
    }
