"""What the overview and indicator pages show, built from the analysis summaries.

A summary's series holds the figures as computed; for a viewer the values are replaced by the
published ones (suppressed months become gaps shown as "c"), so the screen, the chart and the
exports never show a viewer more than the published pack does.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import groupby
from typing import Any

import pandas as pd

from csc_scorecard.analysis.benchmarks import Benchmark
from csc_scorecard.analysis.summary import IndicatorSummary
from csc_scorecard.indicators.aggregate import MONTH_ALONE
from csc_scorecard.indicators.definition import UNIT_WORDS
from csc_scorecard.publish.charts import benchmark_chart, sparkline, spc_chart
from csc_scorecard.publish.model import format_value

SPARK_MONTHS = 13


@dataclass(frozen=True)
class Row:
    """One indicator on the overview."""

    summary: IndicatorSummary
    series: pd.DataFrame  # month, value, suppressed, shown (as printed)
    spark_spec: str  # Vega-Lite JSON for vega-embed

    @property
    def latest(self) -> str:
        """The latest month's figure as printed."""
        last = self.series.iloc[-1]
        return str(last["shown"])

    @property
    def recent(self) -> pd.DataFrame:
        """The sparkline's months, for its table alternative."""
        return self.series.tail(SPARK_MONTHS)


def shown_series(summary: IndicatorSummary, figures: pd.DataFrame) -> pd.DataFrame:
    """The summary's months with the values of ``figures`` (breakdown "all") and as printed.

    ``figures`` comes from ``Figures.figures``: the published values for a viewer.
    """
    headline = figures.loc[figures["breakdown"] == "all", ["month", "value", "suppressed"]]
    series = summary.series.drop(columns=["value"]).merge(headline, on="month", how="left")
    series["suppressed"] = series["suppressed"].fillna(False).astype(bool)
    unit = summary.indicator.unit
    series["shown"] = [
        format_value(None if pd.isna(v) else float(v), unit, bool(s))
        for v, s in zip(series["value"], series["suppressed"], strict=True)
    ]
    return series


def overview(summaries: list[IndicatorSummary], figures_of: Any) -> list[tuple[str, list[Row]]]:
    """Rows grouped by family in catalogue order; ``figures_of(id)`` gives an indicator's."""
    rows = []
    for summary in summaries:
        series = shown_series(summary, figures_of(summary.indicator.id))
        spec = sparkline(series.tail(SPARK_MONTHS), summary.indicator.title)
        rows.append(Row(summary, series, json.dumps(spec)))
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


def breakdown_tables(figures: pd.DataFrame, month: Any, unit: str) -> dict[str, pd.DataFrame]:
    """Per breakdown, the month's figures by value (numerator, denominator, value, shown).

    A rolling figure's month alone is no breakdown (it feeds the SPC), so it is not listed.
    """
    shown = ~figures["breakdown"].isin(["all", MONTH_ALONE])
    rows = figures[(figures["month"] == month) & shown].copy()
    rows["shown"] = [
        format_value(None if pd.isna(v) else float(v), unit, bool(s))
        for v, s in zip(rows["value"], rows["suppressed"], strict=True)
    ]
    return {
        str(name): group.sort_values("breakdown_value")
        for name, group in rows.groupby("breakdown", sort=True)
    }
