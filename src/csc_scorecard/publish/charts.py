"""One chart specification per figure (Vega-Lite, through Altair), used by every output.

The pack's HTML and PDF embed the SVG that vl-convert renders offline from the same
specification the web dashboard hands to vega-embed, so a chart looks the same everywhere.
Every chart has a text alternative (its title and description); the outputs also give its
numbers as a table.
"""

from __future__ import annotations

from typing import Any

import altair as alt
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


def sparkline(series: pd.DataFrame, title: str) -> dict[str, Any]:
    """A small line of the last 13 values, for the monthly dataset table."""
    data = series[["month", "value"]].copy()
    data["month"] = pd.to_datetime(data["month"])
    chart = (
        alt.Chart(data)
        .mark_line(color=COLOURS["common"], strokeWidth=1.5)
        .encode(
            x=alt.X("month:T", axis=None),
            y=alt.Y("value:Q", axis=None, scale=alt.Scale(zero=False)),
        )
        .properties(width=90, height=22, description=f"Trend of {title} over 13 months")
    )
    spec: dict[str, Any] = chart.configure_view(stroke=None).to_dict(validate=False)
    return spec


def bar_chart(frame: pd.DataFrame, category: str, value: str, title: str) -> dict[str, Any]:
    """Horizontal bars for a briefing's breakdown."""
    chart = alt.Chart(frame[[category, value]]).mark_bar(color=COLOURS["improvement"]).encode(
        y=alt.Y(f"{category}:N", title=None, sort="-x"), x=alt.X(f"{value}:Q", title=value),
    ).properties(width=420, title=title, description=title)  # fmt: skip
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
    """
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
    spec: dict[str, Any] = chart.to_dict(validate=False)
    return spec
