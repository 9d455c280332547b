"""The pack as one self-contained, accessible HTML file (inline CSS and SVG, no scripts).

Built with Jinja2 from ``PackData``; autoescaped, so words from analysts cannot inject markup.
The same HTML, with its print stylesheet, is what WeasyPrint turns into the PDF.
"""

from __future__ import annotations

from importlib.resources import files

import jinja2
import pandas as pd

from csc_scorecard.analysis.units import format_figure
from csc_scorecard.indicators.definition import UNIT_WORDS
from csc_scorecard.indicators.glossary import POLARITY_WORDS
from csc_scorecard.publish import charts
from csc_scorecard.publish.icons import (
    assurance_icon,
    assurance_words,
    key,
    variation_icon,
    variation_words,
)
from csc_scorecard.publish.labels import label
from csc_scorecard.publish.model import PackData
from csc_scorecard.publish.scorecard import ASSURANCES

TEMPLATES = files("csc_scorecard.publish") / "templates"


def _environment() -> jinja2.Environment:
    loader = jinja2.FunctionLoader(lambda name: (TEMPLATES / name).read_text(encoding="utf-8"))
    environment = jinja2.Environment(
        loader=loader, autoescape=True, undefined=jinja2.StrictUndefined
    )
    environment.globals.update(
        variation_icon=variation_icon, variation_words=variation_words,
        assurance_icon=assurance_icon, assurance_words=assurance_words, label=label,
    )  # fmt: skip
    return environment


def render_html(pack: PackData) -> str:
    """The whole pack as an HTML document."""
    months = [m.strftime("%b %y") for m in pack.pages[0].months] if pack.pages else []
    residential_totals = pd.DataFrame(
        pack.residential.dropna(subset=["children"]).groupby("week_end", as_index=False)
        ["children"].sum()
    )  # fmt: skip
    residential_totals["week"] = residential_totals["week_end"].map(lambda d: d.strftime("%d %b"))
    chart = charts.svg(charts.bar_chart(residential_totals, "week", "children",
                                        "Children in residential placements by week"))  # fmt: skip
    fan = pack.forecast.fan if pack.forecast is not None else pd.DataFrame()
    fan_svg = "" if fan.empty else charts.svg(
        charts.fan_chart(fan, "Children looked after: what happened and the forecast"))  # fmt: skip
    return (
        _environment()
        .get_template("pack.html.j2")
        .render(
            pack=pack,
            css=(TEMPLATES / "pack.css").read_text(encoding="utf-8"),
            month_name=pack.month.strftime("%B %Y"),
            generated=pack.generated.strftime("%d %B %Y %H:%M"),
            months=months,
            appendices=[
                ("appendix-1", "Appendix 1: children and families monthly dataset", pack.dataset),
                ("appendix-2", "Appendix 2: early help dataset", pack.early_help),
            ],
            fmt=format_figure,
            units=UNIT_WORDS,
            polarity=POLARITY_WORDS,
            residential_chart=chart,
            fan_chart=fan_svg,
            card=pack.scorecard,
            sides={r.summary.indicator.id: r.side for r in pack.scorecard.rows},
            sparklines={p.id: p.sparkline_svg for p in pack.pages},
            neighbours=any(r.summary.neighbours is not None for r in pack.scorecard.rows),
            neighbour_of={
                r.summary.indicator.id: r.summary.neighbours for r in pack.scorecard.rows
            },
            quartiles=any(r.benchmark is not None for r in pack.scorecard.rows),
            assurances=ASSURANCES,
            icon_key=key(),
        )
    )
