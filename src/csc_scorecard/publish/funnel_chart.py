"""The funnel plot drawn as inline SVG, for the dashboard's benchmark panel and the pack.

Drawn directly, like the sparkline, rather than through Vega-Lite: inline SVG needs no script,
so it is drawn under the dashboard's Content Security Policy (which blocks inline script) and
in the PDF alike, and each mark sits exactly where the analysis put it (limit lines running
past the axis ranges, at the smallest sizes, are clipped to the plot area, never moved).
Councils are placed by their denominator (x, from 0) and figure (y); England is a dashed
line, the 95% limits dashed grey lines and the 99.8% limits solid ones, all through
``FunnelPlot.limits``. A council beyond the 99.8% limits is a red diamond, one beyond only the
95% limits an open red circle, and this council a black square with a label. The plot area
carries its axis ranges (``data-x-domain``, ``data-y-domain``) so a reader of the SVG can
turn a mark back into a figure. The description is the ``aria-label`` and the first child
``<title>``, as ``charts.svg`` gives every other chart; every output puts the numbers in a
table beside it.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from csc_scorecard.analysis.benchmarks import FUNNEL_LEVELS
from csc_scorecard.analysis.funnel_plot import FunnelPlot, FunnelPoint
from csc_scorecard.analysis.units import format_figure
from csc_scorecard.indicators.definition import UNIT_WORDS, Indicator
from csc_scorecard.publish.charts import COLOURS, _attr

WIDTH, HEIGHT = 520, 300
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 16, 72
"""Margins around the plot area: axis labels on the left and below, the key at the foot."""
PLOT_WIDTH, PLOT_HEIGHT = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
INNER, OUTER = FUNNEL_LEVELS
RED = COLOURS["special"]
Scale = Callable[[float], float]
"""A figure or size to its position in pixels."""


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values (1, 2 or 5 times a power of ten apart) from ``low`` to ``high``."""
    span = high - low
    if span <= 0:
        return [low]
    rough = span / count
    power = 10 ** math.floor(math.log10(rough))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= rough)
    first = math.ceil(low / step) * step
    return [round(first + i * step, 10) for i in range(int((high - first) / step + 1e-9) + 1)]


def size_words(item: Indicator) -> str:
    """What a council's size on the plot counts, as the axis names it.

    Children aged 0-17 for a rate per 10,000; for a percentage, the number it is of (DfE's
    year, not the catalogue's month, so the catalogue's monthly denominator would mislabel it).
    """
    return "children aged 0-17" if item.unit == "rate" else "the number each percentage is of"


def domains(plot: FunnelPlot) -> tuple[tuple[float, float], tuple[float, float]]:
    """(x range, y range): from 0 to past the largest council; every figure and limit in view.

    The limits at the very smallest sizes can run to 0% and 100%; they are kept in view
    only as far as the councils' own sizes reach, which is where the plot is read.
    """
    x_high = max(p.denominator for p in plot.points) * 1.05
    figures = [p.value for p in plot.points] + [plot.england]
    own_sizes = {p.denominator for p in plot.points}
    for limits in plot.limits:
        if limits.denominator in own_sizes:
            figures += list(limits.limits[OUTER])
    low, high = min(figures), max(figures)
    pad = (high - low) * 0.05 or abs(high) * 0.05 or 1.0
    return (0.0, x_high), (max(0.0, low - pad), high + pad)


def funnel_svg(plot: FunnelPlot, title: str, size_words: str) -> str:
    """The plot as an inline SVG with its text alternative (see the module doc).

    ``size_words`` names what the denominator counts (for a rate, children aged 0-17).
    """
    (x0, x1), (y0, y1) = domains(plot)

    def x(size: float) -> float:
        return LEFT + (size - x0) / (x1 - x0) * PLOT_WIDTH

    def y(value: float) -> float:
        return TOP + (y1 - value) / (y1 - y0) * PLOT_HEIGHT

    label = _attr(description(plot, title, size_words))
    clip = f"funnel-area-{plot.indicator_id}"  # one plot per indicator on a page
    parts = [
        f'<svg role="img" aria-label="{label}" xmlns="http://www.w3.org/2000/svg" '
        f'width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" class="funnel-plot" '
        'font-family="Arial, Helvetica, sans-serif">',
        f"<title>{label}</title>",
        f'<defs><clipPath id="{clip}"><rect x="{LEFT}" y="{TOP}" width="{PLOT_WIDTH}" '
        f'height="{PLOT_HEIGHT}"/></clipPath></defs>',
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>',
        _axes(plot, x, y, (x0, x1), (y0, y1), size_words),
        f'<g class="plot" data-x-domain="{x0:g} {x1:g}" data-y-domain="{y0:g} {y1:g}" '
        f'data-plot-area="{LEFT} {TOP} {PLOT_WIDTH} {PLOT_HEIGHT}" clip-path="url(#{clip})">',
        f'<line class="england" x1="{LEFT}" x2="{LEFT + PLOT_WIDTH}" y1="{y(plot.england):.2f}" '
        f'y2="{y(plot.england):.2f}" stroke="{COLOURS["mean"]}" stroke-dasharray="6 3"/>',
    ]
    for level, dash in ((INNER, ' stroke-dasharray="4 3"'), (OUTER, "")):
        for side, end in (("lower", 0), ("upper", 1)):
            line = " ".join(f"{x(f.denominator):.2f},{y(f.limits[level][end]):.2f}"
                            for f in plot.limits)  # fmt: skip
            parts.append(
                f'<polyline class="limit" data-level="{level:g}" data-side="{side}" '
                f'points="{line}" fill="none" stroke="{COLOURS["limit"]}"{dash}/>'
            )
    others = [p for p in plot.points if not p.this_council]
    parts += [_mark(p, x(p.denominator), y(p.value)) for p in others]
    own = plot.this_council
    if own is not None:
        parts.append(_mark(own, x(own.denominator), y(own.value)))
    parts += ["</g>", _key(), "</svg>"]
    return "".join(parts)


def _mark(point: FunnelPoint, px: float, py: float) -> str:
    """A council's mark: square for this council, diamond/open circle beyond the limits."""
    where = f'data-code="{_attr(point.code)}" data-beyond="{_attr(point.beyond or "")}"'
    if point.this_council:
        near_right = px > LEFT + PLOT_WIDTH - 80  # the label goes to the left, inside the plot
        return (
            f'<rect class="council this-council" {where} x="{px - 4.5:.2f}" y="{py - 4.5:.2f}" '
            f'width="9" height="9" fill="{COLOURS["mean"]}"/>'
            f'<text x="{px - 8 if near_right else px + 8:.2f}" y="{py - 6:.2f}" font-size="11" '
            f'text-anchor="{"end" if near_right else "start"}" fill="{COLOURS["mean"]}" '
            'paint-order="stroke" stroke="white" stroke-width="3">'
            "This council</text>"
        )
    if point.beyond and f"{OUTER:.1%}" in point.beyond:
        return f'<path class="council beyond-outer" {where} d="{_diamond(px, py)}" fill="{RED}"/>'
    if point.beyond:
        return (
            f'<circle class="council beyond-inner" {where} cx="{px:.2f}" cy="{py:.2f}" r="3.5" '
            f'fill="white" stroke="{RED}" stroke-width="1.5"/>'
        )
    return (
        f'<circle class="council" {where} cx="{px:.2f}" cy="{py:.2f}" r="3" '
        f'fill="{COLOURS["common"]}" fill-opacity="0.6"/>'
    )


def _axes(plot: FunnelPlot, x: Scale, y: Scale, xs: tuple[float, float],
          ys: tuple[float, float], size_words: str) -> str:  # fmt: skip
    """The axes with round ticks, labelled with what each measures."""
    base = TOP + PLOT_HEIGHT
    out = [f'<g class="axes" font-size="11" fill="{COLOURS["mean"]}">',
           f'<line x1="{LEFT}" x2="{LEFT + PLOT_WIDTH}" y1="{base}" y2="{base}" stroke="#505a5f"/>',
           f'<line x1="{LEFT}" x2="{LEFT}" y1="{TOP}" y2="{base}" stroke="#505a5f"/>']  # fmt: skip
    for tick in nice_ticks(*xs):
        out.append(
            f'<text x="{x(tick):.2f}" y="{base + 14}" text-anchor="middle">{tick:,.0f}</text>'
        )
    for tick in nice_ticks(*ys):
        shown = format_figure(tick, plot.unit)
        out.append(f'<text x="{LEFT - 6}" y="{y(tick) + 4:.2f}" text-anchor="end">{shown}</text>')
    out.append(f'<text x="{LEFT + PLOT_WIDTH / 2}" y="{base + 30}" text-anchor="middle">'
               f"{_attr(size_words.capitalize())}</text>")  # fmt: skip
    middle = TOP + PLOT_HEIGHT / 2
    out.append(f'<text x="12" y="{middle}" text-anchor="middle" '
               f'transform="rotate(-90 12 {middle})">'
               f"{_attr(UNIT_WORDS[plot.unit].capitalize())}</text>")  # fmt: skip
    out.append("</g>")
    return "".join(out)


def _diamond(px: float, py: float, r: float = 5) -> str:
    return (
        f"M{px:.2f},{py - r:.2f}L{px + r:.2f},{py:.2f}L{px:.2f},{py + r:.2f}L{px - r:.2f},{py:.2f}Z"
    )


def _key() -> str:
    """What each mark and line means, under the plot."""
    y = HEIGHT - 18
    dark, grey = COLOURS["mean"], COLOURS["limit"]
    return (
        f'<g class="key" font-size="11" fill="{dark}">'
        f'<rect x="{LEFT}" y="{y - 8}" width="8" height="8" fill="{dark}"/>'
        f'<text x="{LEFT + 12}" y="{y}">This council</text>'
        f'<path d="{_diamond(LEFT + 98, y - 4)}" fill="{RED}"/>'
        f'<text x="{LEFT + 108}" y="{y}">beyond 99.8%</text>'
        f'<circle cx="{LEFT + 198}" cy="{y - 4}" r="3.5" fill="white" stroke="{RED}"/>'
        f'<text x="{LEFT + 206}" y="{y}">beyond 95%</text>'
        f'<line x1="{LEFT + 284}" x2="{LEFT + 304}" y1="{y - 4}" y2="{y - 4}" stroke="{dark}" '
        'stroke-dasharray="6 3"/>'
        f'<text x="{LEFT + 308}" y="{y}">England</text>'
        f'<line x1="{LEFT + 364}" x2="{LEFT + 384}" y1="{y - 4}" y2="{y - 4}" stroke="{grey}"/>'
        f'<text x="{LEFT + 388}" y="{y}">limits</text></g>'
    )


def description(plot: FunnelPlot, title: str, size_words: str) -> str:
    """The plot in words: what is drawn, where this council is, how many are beyond."""
    own = plot.this_council
    where = (
        f"this council's {format_figure(own.value, plot.unit)} is "
        + (own.beyond or "within the limits")
        if own is not None
        else "this council's figure is not shown"
    )
    outer = sum(1 for p in plot.points if p.beyond and f"{OUTER:.1%}" in p.beyond)
    return (
        f"Funnel plot of {title}, {plot.year_ending:%d %B %Y}: {len(plot.points)} councils'"
        f" figures against {size_words}, with England's {format_figure(plot.england, plot.unit)}"
        f" and the 95% and 99.8% limits ({plot.method}); {where};"
        f" {outer} councils beyond the 99.8% limits"
    )
