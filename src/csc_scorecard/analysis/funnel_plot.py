"""The funnel plot behind a benchmark: every council's figure against the number it counts.

A funnel limit says how far from England's figure a council of a given size could be by chance
alone (``analysis.benchmarks.funnel``: exact binomial or Poisson, widened for overdispersion
where the councils' spread demands it). Plotting every council's published figure against its
denominator, with the limits drawn across the range of sizes, shows at a glance whether this
council is unusual for its size and which councils are. The limit lines are ``funnel``'s own
limits at each plotted size (the councils' own sizes among them), so the drawing, the table and
each council's "beyond the limits" all come from one calculation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from csc_scorecard.analysis.benchmarks import (
    SCALE,
    Benchmark,
    Funnel,
    funnel,
    overdispersion,
)
from csc_scorecard.indicators.catalogue import indicator
from csc_scorecard.indicators.definition import Unit

CURVE_POINTS = 40
"""Sizes the limit lines are worked out at, from a hundredth of the largest council (or the
smallest, if smaller; at least 1) to the largest, spaced evenly on a log scale so the steep
small-council end is drawn smoothly; besides each council's own size. The lines span the
plot even where councils are much of a size (the synthetic councils' social workers)."""


@dataclass(frozen=True)
class FunnelPoint:
    """One council on the plot: its published figure and the denominator behind it."""

    code: str
    name: str
    value: float
    denominator: float
    beyond: str | None
    """'above the 99.8% limit', 'below the 95.0% limit'... (``Funnel.outside``), or None."""
    this_council: bool


@dataclass(frozen=True)
class FunnelPlot:
    """One indicator's funnel plot for one 31 March (or 30 September)."""

    indicator_id: str
    year_ending: date
    unit: Unit
    england: float
    method: str
    points: tuple[FunnelPoint, ...]
    limits: tuple[Funnel, ...]
    """The limits at each plotted size, smallest first."""

    @property
    def this_council(self) -> FunnelPoint | None:
        """The council's own point (None: no figure, or hidden by disclosure control)."""
        return next((p for p in self.points if p.this_council), None)

    @property
    def beyond(self) -> tuple[FunnelPoint, ...]:
        """The councils outside a limit, in the order plotted."""
        return tuple(p for p in self.points if p.beyond)


def funnel_plot(frame: pd.DataFrame, indicator_id: str, la_code: str,
                year_ending: date) -> FunnelPlot | None:  # fmt: skip
    """The plot from the published figures (``benchmark_value`` rows) of one indicator and year.

    None where there is nothing to draw: a count or an average (no funnel), no England figure,
    or no council with both a figure and a denominator. A council DfE published a symbol for
    has no point.
    """
    item = indicator(indicator_id)
    rows = frame[(frame.indicator_id == indicator_id) & (frame.year_ending == year_ending)]
    england_rows = rows[rows.geographic_level == "National"].value.dropna()
    if item.unit not in SCALE or england_rows.empty:
        return None
    councils = rows[rows.geographic_level == "Local authority"]
    known = councils[councils.value.notna() & (councils.denominator >= 1)]
    placed = [
        (str(code), str(name), float(value), float(size))
        for code, name, value, size in zip(known.area_code, known.area_name, known.value,
                                           known.denominator, strict=True)
    ]  # fmt: skip
    return _drawn(item.id, year_ending, item.unit, float(england_rows.iloc[0]), placed, la_code)


Placed = list[tuple[str, str, float, float]]
"""Councils on a plot: code, name, published figure and the denominator behind it."""


def _drawn(indicator_id: str, year_ending: date, unit: Unit, england: float, placed: Placed,
           la_code: str) -> FunnelPlot | None:  # fmt: skip
    """The plot of the councils ``placed`` (code, name, figure, denominator) around England.

    Overdispersion is estimated from exactly the councils placed, so a plot drawn without a
    council owes nothing to that council's figure.
    """
    if not placed or not 0 < england < SCALE[unit]:
        return None
    values = pd.Series([value for _, _, value, _ in placed], dtype=float)
    sizes = np.array([size for _, _, _, size in placed], dtype=float)
    phi = overdispersion(unit, england, values, pd.Series(sizes))
    grid = np.geomspace(max(1.0, min(sizes.min(), sizes.max() / 100)), sizes.max(), CURVE_POINTS)
    at: dict[float, Funnel] = {}
    for size in sorted({*grid.tolist(), *sizes.tolist()}):
        limits = funnel(unit, england, size, phi)
        if limits is not None:
            at[size] = limits
    points = tuple(
        FunnelPoint(code, name, value, size, at[size].outside(value), code == la_code)
        for code, name, value, size in placed
    )
    method = next(iter(at.values())).method
    return FunnelPlot(indicator_id, year_ending, unit, england, method, points,
                      tuple(at[s] for s in sorted(at)))  # fmt: skip


def latest_funnel_plots(frame: pd.DataFrame, la_code: str,
                        found: Mapping[str, Benchmark]) -> dict[str, FunnelPlot]:  # fmt: skip
    """Each benchmark's funnel plot at the benchmark's own year, where one can be drawn.

    ``frame``: DfE's published figures (``values.benchmark_figures``).
    """
    plots = {}
    for indicator_id, b in found.items():
        plot = funnel_plot(frame, indicator_id, la_code, b.year_ending)
        if plot is not None:
            plots[indicator_id] = plot
    return plots


def as_shown(plot: FunnelPlot, shown: Benchmark) -> FunnelPlot | None:
    """The plot as an output may show it, given the council's benchmark as that output shows it.

    Where disclosure control hides the council's own figure (``benchmarks.as_published``),
    the plot is drawn again without it: its point, highlighted or not, would give the figure
    away, and so could the overdispersion behind the limits (phi, printed in the method), which
    is then estimated from the other councils alone. Every other council's point is DfE's
    published figure and stays. None: no other council to draw.
    """
    if shown.council is not None:
        return plot
    others = [(p.code, p.name, p.value, p.denominator) for p in plot.points if not p.this_council]
    la_code = next((p.code for p in plot.points if p.this_council), "")
    return _drawn(plot.indicator_id, plot.year_ending, plot.unit, plot.england, others, la_code)
