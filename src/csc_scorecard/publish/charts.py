"""One chart specification per figure (Vega-Lite, through Altair), used by every output.

The pack's HTML and PDF embed the SVG that vl-convert renders offline from the same
specification the web dashboard hands to vega-embed, so a chart looks the same everywhere.
Sparklines, many to a page, are drawn as SVG here directly, for the pack and the dashboard.
Every chart has a text alternative (its title and description); the outputs also give its
numbers as a table.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

import altair as alt
import numpy as np
import pandas as pd
import vl_convert

from csc_scorecard.analysis.benchmarks import Benchmark

COLOURS = {
    "special": "#d4351c",
    "common": "#505a5f",
    "improvement": "#1d70b8",
    "concern": "#d4351c",
    "limit": "#b1b4b6",
    "mean": "#0b0c0c",
    "target": "#00703c",
}
"""GOV.UK-like palette with strong contrast on white (text and marks)."""


def spc_chart(series: pd.DataFrame, title: str, unit_label: str,
              target: float | None = None, reasons: dict[Any, str] | None = None,
              ) -> dict[str, Any]:  # fmt: skip
    """XmR chart: the monthly values, centre line, control limits, target, special causes.

    ``series`` has month, value, mean, lower, upper and special_cause; months whose value is
    not published (suppressed or empty) are left as gaps. With a ``segment`` column each
    segment's limits are drawn apart and a recalculation is a labelled vertical break at the
    segment's first month (``reasons``: month -> why, for the label). A series without limits
    (a rolling figure's run chart) is drawn as its values alone.
    """
    data = series[["month", "value", "mean", "lower", "upper", "special_cause"]].copy()
    data["month"] = pd.to_datetime(data["month"])
    data["segment"] = series["segment"].to_numpy() if "segment" in series else 0
    data["point"] = data["special_cause"].map({True: "special cause", False: "common cause"})
    base = alt.Chart(data).encode(x=alt.X("month:T", title=None, axis=alt.Axis(format="%b %y")))
    apart = base.encode(detail="segment:N")  # each segment's limits: a break between them
    y = alt.Y("value:Q", title=unit_label, scale=alt.Scale(zero=False))
    layers = [
        apart.mark_line(color=COLOURS["limit"], strokeDash=[4, 3]).encode(y="upper:Q"),
        apart.mark_line(color=COLOURS["limit"], strokeDash=[4, 3]).encode(y="lower:Q"),
        apart.mark_line(color=COLOURS["mean"], strokeWidth=1).encode(y="mean:Q"),
        base.mark_line(color=COLOURS["common"]).encode(y=y),
        base.mark_point(filled=True, size=40).encode(
            y=y,
            color=alt.Color("point:N", scale=alt.Scale(
                domain=["common cause", "special cause"],
                range=[COLOURS["common"], COLOURS["special"]]), legend=alt.Legend(title=None)),
            shape=alt.Shape("point:N", scale=alt.Scale(
                domain=["common cause", "special cause"], range=["circle", "diamond"]),
                legend=None),
            tooltip=["month:T", "value:Q"],
        ),
    ]  # fmt: skip
    starts = data.loc[data["segment"].diff().fillna(0) != 0, "month"]
    if len(starts):
        labels = [f"Limits recalculated: {(reasons or {}).get(m.date(), '')}".rstrip(": ")
                  for m in starts]  # fmt: skip
        breaks = alt.Chart(pd.DataFrame({"month": starts.to_numpy(), "label": labels}))
        layers += [
            breaks.mark_rule(color=COLOURS["mean"], strokeDash=[2, 2]).encode(
                x="month:T", tooltip=["label:N"]),
            breaks.mark_text(align="left", baseline="top", dx=3, dy=2, fontSize=10, limit=160,
                             color=COLOURS["mean"]).encode(
                x="month:T", y=alt.value(0), text="label:N"),
        ]  # fmt: skip
    if target is not None:
        rule = pd.DataFrame({"target": [target]})
        layers.append(alt.Chart(rule).mark_rule(color=COLOURS["target"], strokeDash=[8, 2])
                      .encode(y="target:Q"))  # fmt: skip
    limits = data["upper"].notna().any()
    drawn = (
        "monthly values with the mean and control limits; special-cause points are red diamonds"
        if limits
        else "values as a run chart, without control limits"
    )
    recalculated = f"; limits recalculated from {', '.join(f'{m:%B %Y}' for m in starts)}"
    chart = alt.layer(*layers).properties(
        width=520, height=200, title=title,
        description=f"{title}: {drawn}" + (recalculated if len(starts) else "")
        + ("; the green dashed line is the target" if target else ""),
    )  # fmt: skip
    spec: dict[str, Any] = chart.to_dict(validate=False)
    return spec


SPARK_WIDTH, SPARK_HEIGHT, SPARK_PAD = 90, 22, 7
"""The sparkline's plot area and the margin around it (as vl-convert drew it), in pixels."""


def sparkline(series: pd.DataFrame, title: str) -> str:
    """A small line of the last 13 values as inline SVG, with its text alternative.

    Drawn directly rather than through Vega-Lite: the overview has one per indicator (66),
    and building and rendering a Vega-Lite specification costs tens of milliseconds each,
    which made a month nobody had viewed take over a second. Inline SVG needs no script,
    so it is drawn under the Content Security Policy and in the PDF alike. Months are placed
    by date (a time scale) and values between their lowest and highest (no zero); a month
    without a published value breaks the line, and a value with no neighbour is a dot.
    The description is the ``aria-label`` and the first child ``<title>``, as ``svg`` gives
    every other chart.
    """
    runs = _runs(_spark_points(series))
    paths = [run for run in runs if len(run) > 1]
    dots = [run[0] for run in runs if len(run) == 1]
    line = "".join("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in run) for run in paths)
    label = _attr(f"Trend of {title} over 13 months")
    width, height = SPARK_WIDTH + 2 * SPARK_PAD, SPARK_HEIGHT + 2 * SPARK_PAD
    colour = COLOURS["common"]
    return (
        f'<svg role="img" aria-label="{label}" xmlns="http://www.w3.org/2000/svg" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
        f'<title>{label}</title><rect width="{width}" height="{height}" fill="white"/>'
        f'<g transform="translate({SPARK_PAD},{SPARK_PAD})" fill="none" stroke="{colour}" '
        'stroke-width="1.5">'
        + (f'<path d="{line}"/>' if line else "")
        + "".join(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="1" fill="{colour}"/>' for x, y in dots)
        + "</g></svg>"
    )


def _spark_points(series: pd.DataFrame) -> list[tuple[float, float] | None]:
    """Each month's position in the plot area; None for a month without a value."""
    months = pd.to_datetime(series["month"]).to_numpy(dtype="datetime64[D]").astype(float)
    values = pd.to_numeric(series["value"], errors="coerce").to_numpy(dtype=float)
    known = ~np.isnan(values)
    if not known.any():
        return [None] * len(values)
    low, high = values[known].min(), values[known].max()
    first, last = months.min(), months.max()
    xs = (months - first) / (last - first) * SPARK_WIDTH if last > first else months * 0.0
    ys = (
        (high - values) / (high - low) * SPARK_HEIGHT
        if high > low
        else np.full(len(values), SPARK_HEIGHT / 2)
    )
    return [(float(x), float(y)) if ok else None for x, y, ok in zip(xs, ys, known, strict=True)]


def _runs(points: list[tuple[float, float] | None]) -> list[list[tuple[float, float]]]:
    """The points between gaps, each run in month order."""
    runs: list[list[tuple[float, float]]] = [[]]
    for point in points:
        if point is None:
            runs.append([])
        else:
            runs[-1].append(point)
    return [run for run in runs if run]


def bar_chart(frame: pd.DataFrame, category: str, value: str, title: str) -> dict[str, Any]:
    """Horizontal bars for a briefing's breakdown."""
    chart = alt.Chart(frame[[category, value]]).mark_bar(color=COLOURS["improvement"]).encode(
        y=alt.Y(f"{category}:N", title=None, sort="-x"), x=alt.X(f"{value}:Q", title=value),
    ).properties(width=420, title=title, description=title)  # fmt: skip
    spec: dict[str, Any] = chart.to_dict(validate=False)
    return spec


def fan_chart(frame: pd.DataFrame, title: str, unit: str = "children") -> dict[str, Any]:
    """What happened, then the forecast's mean with its 50%, 80% and 95% intervals as bands."""
    data = frame.assign(month=pd.to_datetime(frame["month"]))
    base = alt.Chart(data).encode(x=alt.X("month:T", title=None, axis=alt.Axis(format="%b %y")))
    chart = alt.layer(
        base.mark_area(color=COLOURS["improvement"], opacity=0.15).encode(
            y=alt.Y("lower_95:Q", title=unit, scale=alt.Scale(zero=False)), y2="upper_95:Q"),
        base.mark_area(color=COLOURS["improvement"], opacity=0.25).encode(
            y="lower_80:Q", y2="upper_80:Q"),
        base.mark_area(color=COLOURS["improvement"], opacity=0.35).encode(
            y="lower_50:Q", y2="upper_50:Q"),
        base.mark_line(color=COLOURS["improvement"], strokeDash=[4, 2]).encode(y="mean:Q"),
        base.mark_line(color=COLOURS["mean"]).encode(y="actual:Q"),
    ).properties(
        width=520, height=200, title=title,
        description=f"{title}: the {unit} counted each month end (solid line), then the"
        " forecast (dashed) with its 50% (darkest), 80% and 95% (lightest) intervals",
    )  # fmt: skip
    spec: dict[str, Any] = chart.to_dict(validate=False)
    return spec


def svg(spec: dict[str, Any]) -> str:
    """The chart as SVG, rendered offline; its title and description become accessible text.

    The description is both the ``aria-label`` (read in the HTML) and the SVG's first child
    ``<title>`` (the alternative text WeasyPrint gives the figure in the tagged PDF).
    """
    rendered = vl_convert.vegalite_to_svg(spec)
    label = _attr(str(spec.get("description") or spec.get("title") or "chart"))
    opened = rendered.index(">", rendered.index("<svg ")) + 1
    return (
        rendered[:opened].replace("<svg ", f'<svg role="img" aria-label="{label}" ', 1)
        + f"<title>{label}</title>"
        + rendered[opened:]
    )


def _attr(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def benchmark_chart(benchmark: Benchmark, title: str, unit_label: str) -> dict[str, Any]:
    """The council and its neighbours as bars, England and the region as lines across them.

    Only published figures: a council or neighbour DfE (or disclosure control) gave no figure
    has no bar; the panel's table beside the chart lists every one, symbols included.
    Written as the dictionary Altair would give for the layered chart (``alt.layer`` of a bar
    and a rule chart; a test holds them equal): building it through Altair took 50-100 ms,
    and the dashboard draws one for every indicator page of a year nobody has viewed.
    """
    bars = [("This council", benchmark.council)] + [
        (name, value) for _, name, _, value in benchmark.neighbour_figures
    ]
    lines = [("England", benchmark.england),
             (f"Region ({benchmark.region_name})", benchmark.region)]  # fmt: skip
    areas = _dataset({"area": n, "value": float(v)} for n, v in bars if v is not None)
    across = _dataset({"line": n, "value": float(v)} for n, v in lines if v is not None)
    return {
        "config": {"view": {"continuousWidth": 300, "continuousHeight": 300}},
        "layer": [
            {
                "data": {"name": areas[0]},
                "mark": {"type": "bar", "color": COLOURS["common"]},
                "encoding": {
                    "x": {"field": "value", "title": unit_label, "type": "quantitative"},
                    "y": {"field": "area", "sort": None, "title": None, "type": "nominal"},
                },
            },
            {
                "data": {"name": across[0]},
                "mark": {"type": "rule", "strokeDash": [4, 3], "strokeWidth": 2},
                "encoding": {
                    "color": {
                        "field": "line",
                        "legend": {"orient": "bottom"},
                        "title": None,
                        "type": "nominal",
                    },
                    "x": {"field": "value", "type": "quantitative"},
                },
            },
        ],
        "description": f"{title}: this council and its statistical neighbours beside England",
        "title": title,
        "width": 420,
        "$schema": alt.SCHEMA_URL,
        "datasets": dict([areas, across]),
    }


def _dataset(rows: Iterable[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """Inline rows under the name Altair gives them: a hash of their JSON."""
    values = list(rows)
    found = json.dumps(values, sort_keys=True, default=str).encode()
    return "data-" + hashlib.sha256(found).hexdigest()[:32], values
