"""The funnel plot: its limit lines, council marks and what a viewer may see.

The frame is hand-made: England 50% residential (CLA7P), ten councils. 318 counts 20 children
and 304 100; the other eight sit near England, so the councils' spread is chance's (phi = 1)
and the limits are exact binomial. Every expected limit is worked from binomial probability
sums here, not from scipy.
"""

from dataclasses import replace
from datetime import date
from math import comb

import pytest
from lxml import etree

from csc_scorecard.analysis.benchmarks import benchmark
from csc_scorecard.analysis.funnel_plot import as_shown, funnel_plot
from csc_scorecard.publish.funnel_chart import funnel_svg, nice_ticks
from test_benchmarks_analysis import frame, row

MARCH = date(2025, 3, 31)
NEAR = [("305", 50, 48.0), ("306", 60, 50.0), ("307", 70, 52.0), ("308", 80, 51.0),
        ("309", 90, 49.0), ("310", 110, 50.0), ("311", 120, 47.5), ("312", 40, 52.5)]  # fmt: skip


def published_frame():
    rows = [row("National", "E92000001", 50.0),
            row("Local authority", "318", 25.0, denominator=20.0),
            row("Local authority", "304", 30.0, denominator=100.0),
            row("Local authority", "303", None, symbol="c")]  # fmt: skip
    rows += [row("Local authority", c, v, denominator=float(d)) for c, d, v in NEAR]
    return frame(rows)


def binomial_quantile(n: int, p: float, q: float) -> int:
    """The smallest count whose cumulative binomial probability reaches q."""
    total, k = 0.0, 0
    while True:
        total += comb(n, k) * p**k * (1 - p) ** (n - k)
        if total >= q:
            return k
        k += 1


def hand_limits(n: int) -> dict[float, tuple[float, float]]:
    return {level: tuple(binomial_quantile(n, 0.5, q) * 100 / n
                         for q in ((1 - level) / 2, (1 + level) / 2))
            for level in (0.95, 0.998)}  # fmt: skip


def test_each_council_is_placed_and_marked_against_the_limits_at_its_size():
    plot = funnel_plot(published_frame(), "CLA7P", "318", MARCH)
    assert plot is not None and plot.method == "exact binomial"  # phi = 1: chance's spread
    by_code = {p.code: p for p in plot.points}
    assert "303" not in by_code  # DfE's "c": no point
    assert len(by_code) == 10 and by_code["318"].this_council
    # 20 children: 95% limits 30% to 70%, 99.8% 15% to 85% (P(X<=5) = 0.021 < 0.025)
    assert hand_limits(20) == {0.95: (30.0, 70.0), 0.998: (15.0, 85.0)}
    assert by_code["318"].beyond == "below the 95.0% limit"
    # 100 children: the 99.8% lower limit is 35% (P(X<=34) = 0.0009 < 0.001 <= P(X<=35))
    assert hand_limits(100)[0.998][0] == 35.0
    assert by_code["304"].beyond == "below the 99.8% limit"
    assert [p.code for p in plot.beyond] == ["318", "304"]
    # the panel's own limits and the plot's at the council's size are one calculation
    own = benchmark(published_frame(), "CLA7P", "318", MARCH, [])
    at_20 = next(f for f in plot.limits if f.denominator == 20.0)
    assert own.funnel is not None and at_20.limits == own.funnel.limits


def plotted(svg: str):
    """The SVG's marks turned back into sizes and figures through its declared axis ranges."""
    tree = etree.fromstring(svg.encode())
    ns = {"s": "http://www.w3.org/2000/svg"}
    (area,) = tree.xpath("//s:g[@class='plot']", namespaces=ns)
    x0, x1 = map(float, area.get("data-x-domain").split())
    y0, y1 = map(float, area.get("data-y-domain").split())
    left, top, width, height = map(float, area.get("data-plot-area").split())

    def value(px: float, py: float) -> tuple[float, float]:
        return (x0 + (px - left) / width * (x1 - x0), y1 - (py - top) / height * (y1 - y0))

    lines = {}
    for line in tree.xpath("//s:polyline[@class='limit']", namespaces=ns):
        points = [tuple(map(float, p.split(","))) for p in line.get("points").split()]
        lines[(float(line.get("data-level")), line.get("data-side"))] = [value(*p) for p in points]
    return tree, ns, lines, value


def test_the_svg_draws_the_limits_the_analysis_computes():
    plot = funnel_plot(published_frame(), "CLA7P", "318", MARCH)
    svg = funnel_svg(plot, "Children in residential placements", "the number each is of")
    tree, ns, lines, value = plotted(svg)
    # at the council's size (20) the drawn limits are the hand-worked ones, to the pixel
    for (level, side), points in lines.items():
        (size, limit), *_ = [(s, v) for s, v in points if s == pytest.approx(20.0, abs=0.05)]
        expected = hand_limits(20)[level][0 if side == "lower" else 1]
        assert limit == pytest.approx(expected, abs=0.01)
    # and every drawn point is a limit the analysis worked out at that size
    for (level, side), points in lines.items():
        for (size, limit), computed in zip(points, plot.limits, strict=True):
            assert size == pytest.approx(computed.denominator, abs=0.01)
            end = computed.limits[level][0 if side == "lower" else 1]
            assert limit == pytest.approx(end, abs=0.01)
    # this council is the one square, at 20 children and 25%, and marked beyond the 95% limit
    (own,) = tree.xpath("//s:rect[contains(@class, 'this-council')]", namespaces=ns)
    assert own.get("data-code") == "318" and own.get("data-beyond") == "below the 95.0% limit"
    centre = value(float(own.get("x")) + 4.5, float(own.get("y")) + 4.5)
    assert centre == pytest.approx((20.0, 25.0), abs=0.01)
    (outer,) = tree.xpath("//s:path[contains(@class, 'beyond-outer')]", namespaces=ns)
    assert outer.get("data-code") == "304"
    # the text alternative: the title element and the aria-label say the same
    assert tree.get("role") == "img"
    title = tree.xpath("string(s:title)", namespaces=ns)
    assert title == tree.get("aria-label")
    assert "this council's 25.0% is below the 95.0% limit" in title
    assert "1 councils beyond the 99.8% limits" in title


def test_a_hidden_council_figure_is_not_plotted():
    plot = funnel_plot(published_frame(), "CLA7P", "318", MARCH)
    own = benchmark(published_frame(), "CLA7P", "318", MARCH, [])
    hidden = replace(own, council=None, council_symbol="c", funnel=None)
    shown = as_shown(plot, hidden)
    assert "318" not in {p.code for p in shown.points} and shown.this_council is None
    svg = funnel_svg(shown, "Children in residential placements", "the number each is of")
    assert 'data-code="318"' not in svg and "25.0%" not in svg and "This council</text>" in svg
    assert "this council's figure is not shown" in svg
    assert as_shown(plot, own) is plot  # a figure shown: its point stays


def test_a_hidden_council_figure_leaves_no_trace_in_the_limits():
    """Overdispersion (phi, in the method) is re-estimated without a hidden council's figure.

    Two outlying councils (304 and 318, far below England's 50%) make the spread wider than
    chance; hiding 318 must give exactly the plot drawn as though 318 had published nothing,
    so neither its point nor the phi printed in the method can give its figure away.
    """
    outlying = [row("National", "E92000001", 50.0),
                row("Local authority", "318", 5.0, denominator=400.0),
                row("Local authority", "304", 30.0, denominator=100.0)]  # fmt: skip
    outlying += [row("Local authority", c, v, denominator=float(d)) for c, d, v in NEAR]
    plot = funnel_plot(frame(outlying), "CLA7P", "318", MARCH)
    assert plot is not None and "phi" in plot.method  # 318's figure widens the limits
    own = benchmark(frame(outlying), "CLA7P", "318", MARCH, [])
    hidden = as_shown(plot, replace(own, council=None, council_symbol="c", funnel=None))
    without = funnel_plot(frame(outlying[:1] + outlying[2:]), "CLA7P", "318", MARCH)
    assert hidden == without and hidden is not None and hidden.method != plot.method


def test_no_plot_for_a_count_or_without_england():
    rows = [row("Local authority", "318", 25.0, denominator=20.0)]
    assert funnel_plot(frame(rows), "CLA7P", "318", MARCH) is None  # no England figure
    counts = [row("National", "E92000001", 80.0, indicator_id="CLA1"),
              row("Local authority", "318", 9.0, indicator_id="CLA1", denominator=9.0)]  # fmt: skip
    assert funnel_plot(frame(counts), "CLA1", "318", MARCH) is None


def test_ticks_are_round_numbers_across_the_range():
    assert nice_ticks(0, 126) == [0, 50, 100]
    assert nice_ticks(22.4, 57.6) == [30, 40, 50]
    assert nice_ticks(0, 1) == [0, 0.2, 0.4, 0.6, 0.8, 1.0]
