"""The benchmark panel's chart, written as a dictionary, is the specification Altair builds.

``publish.charts.benchmark_chart`` spells out the Vega-Lite dictionary rather than going
through Altair (the dashboard draws one per indicator page of a year nobody has viewed); the
reference here is the layered Altair chart it replaced, built with Altair itself.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import altair as alt
import pandas as pd
import pytest

from csc_scorecard.analysis.benchmarks import Benchmark
from csc_scorecard.publish.charts import COLOURS, benchmark_chart


def altair_chart(benchmark: Benchmark, title: str, unit_label: str) -> dict:
    """The chart as Altair gives it: bars for the council and neighbours, rules across."""
    bars = [("This council", benchmark.council)] + [
        (name, value) for _, name, _, value in benchmark.neighbour_figures
    ]
    data = pd.DataFrame([(n, v) for n, v in bars if v is not None], columns=["area", "value"])
    lines = pd.DataFrame(
        [(n, v) for n, v in (("England", benchmark.england),
                             (f"Region ({benchmark.region_name})", benchmark.region))
         if v is not None],
        columns=["line", "value"],
    )  # fmt: skip
    base = alt.Chart(data).mark_bar(color=COLOURS["common"]).encode(
        x=alt.X("value:Q", title=unit_label), y=alt.Y("area:N", title=None, sort=None),
    )  # fmt: skip
    rules = alt.Chart(lines).mark_rule(strokeDash=[4, 3], strokeWidth=2).encode(
        x="value:Q", color=alt.Color("line:N", title=None, legend=alt.Legend(orient="bottom")),
    )  # fmt: skip
    description = f"{title}: this council and its statistical neighbours beside England"
    chart = alt.layer(base, rules).properties(width=420, title=title, description=description)
    return chart.to_dict(validate=False)


FULL = Benchmark(
    indicator_id="CLA1",
    year_ending=date(2025, 3, 31),
    council=61.5,
    council_symbol=None,
    england=70.0,
    region=65.25,
    region_name="North West",
    neighbours=55.0,
    neighbours_counted=2,
    rank=40,
    ranked=150,
    quartile=2,
    band="B",
    funnel=None,
    neighbour_figures=(
        ("301", "Barking", "50.0", 50.0),
        ("302", "Brent", "c", None),
        ("303", "Camden & Islington", "60.0", 60.0),
    ),
)
CASES = {
    "every figure": FULL,
    "council hidden": replace(FULL, council=None, council_symbol="c"),
    "no region": replace(FULL, region=None, region_name=None),
    "no England or region": replace(FULL, england=None, region=None, region_name=None),
    "whole numbers": replace(FULL, council=12.0, england=9.0, region=11.0),
    "council alone": replace(FULL, neighbour_figures=()),
}


@pytest.mark.parametrize("case", CASES)
def test_the_written_chart_is_altairs(case: str):
    benchmark = CASES[case]
    ours = benchmark_chart(benchmark, 'Children "looked after" <rate>', "per 10,000")
    theirs = altair_chart(benchmark, 'Children "looked after" <rate>', "per 10,000")
    assert ours == theirs
    assert json.dumps(ours) == json.dumps(theirs)  # the same text, keys in the same order
