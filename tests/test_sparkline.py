"""The sparkline drawn as inline SVG (``charts.sparkline``), worked by hand.

Plot area 90 x 22 pixels inside a 7-pixel margin; months placed by date, values between
their lowest (bottom, y = 22) and highest (top, y = 0).
"""

from __future__ import annotations

import re
from datetime import date

import pandas as pd
import pytest
from lxml import etree

from csc_scorecard.publish.charts import sparkline

SVG = "{http://www.w3.org/2000/svg}"


def _drawn(values: list[float | None], months: list[date] | None = None) -> etree._Element:
    months = months or [date(2025, m, 1) for m in range(1, len(values) + 1)]
    svg = sparkline(pd.DataFrame({"month": months, "value": values}), "Children <looked> after")
    return etree.fromstring(svg.encode())


def _runs(root: etree._Element) -> list[list[tuple[float, float]]]:
    (path,) = root.iter(f"{SVG}path")
    return [
        [tuple(float(n) for n in point.split(",")) for point in run.split("L")]  # type: ignore[misc]
        for run in path.get("d").split("M")[1:]
    ]


def _near(runs: list[list[tuple[float, float]]]) -> list[list[object]]:
    """The runs as drawn, to a tenth of a pixel (half a tenth either way, and float error)."""
    return [[pytest.approx(point, abs=0.051) for point in run] for run in runs]


def test_points_are_placed_by_date_and_value():
    # 1 Jan, 1 Feb (31 days on), 1 Mar (59 days on): x = 0, 90 * 31 / 59, 90.
    root = _drawn([10.0, 30.0, 20.0], [date(2025, 1, 1), date(2025, 2, 1), date(2025, 3, 1)])
    assert _runs(root) == _near([[(0, 22), (90 * 31 / 59, 0), (90, 11)]])
    assert root.get("width") == "104" and root.get("height") == "36"


def test_a_month_without_a_published_value_breaks_the_line():
    # 1, 2, gap, 4, 5 over five months spaced 31, 28, 31, 30 days (120 days in all).
    root = _drawn([1.0, 2.0, None, 4.0, 5.0])
    x = [90 * d / 120 for d in (0, 31, 59, 90, 120)]
    y = [22 * (5 - v) / 4 for v in (1, 2, 4, 5)]
    assert _runs(root) == _near([[(x[0], y[0]), (x[1], y[1])], [(x[3], y[2]), (x[4], y[3])]])
    assert list(root.iter(f"{SVG}circle")) == []


def test_a_value_between_two_gaps_is_a_dot_and_no_values_draw_nothing():
    root = _drawn([None, 3.0, None])
    (dot,) = root.iter(f"{SVG}circle")
    # 1 February of January to March; one value: half-way up.
    assert (float(dot.get("cx")), float(dot.get("cy"))) == pytest.approx(
        (90 * 31 / 59, 11), abs=0.05
    )
    assert list(root.iter(f"{SVG}path")) == []
    empty = _drawn([None, None])
    assert list(empty.iter(f"{SVG}path")) == [] and list(empty.iter(f"{SVG}circle")) == []


def test_it_has_a_text_alternative_and_needs_no_script_or_style():
    root = _drawn([1.0, 2.0])
    label = "Trend of Children <looked> after over 13 months"
    assert root.get("role") == "img" and root.get("aria-label") == label
    assert root[0].tag == f"{SVG}title" and root[0].text == label
    text = etree.tostring(root).decode()
    assert not re.search(r"<script|style=|<style", text)  # drawn under the CSP, no inline style
