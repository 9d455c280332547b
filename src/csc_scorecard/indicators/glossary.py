"""The indicator definitions as text: ``docs/indicators.md`` and the pack's glossary.

Generated from the catalogue, so what the glossary says an indicator means is what the engine
computes; a test fails when the committed page differs from this output. ``TERMS`` are the
words the sentences, charts and icons use (special cause, control limit, trial limits...),
defined once for every output's glossary.
"""

from __future__ import annotations

from itertools import groupby

from csc_scorecard.indicators.catalogue import CATALOGUE
from csc_scorecard.indicators.definition import PERIOD_MONTHS, PERIOD_WORDS, UNIT_WORDS, Indicator

POLARITY_WORDS = {"higher": "higher is better", "lower": "lower is better", "neither": "neither"}

TERMS: dict[str, str] = {
    "Statistical process control (SPC)": "A way of telling a real change in a figure from the"
    " month-to-month noise every figure has. The pack draws XmR charts as NHS England's Making"
    " Data Count programme does.",
    "Control limit": "The upper and lower lines of an XmR chart: the mean plus and minus 2.66"
    " times the average month-to-month change of the baseline months. Almost every month of a"
    " process that has not changed falls between them. Limits are never drawn outside the"
    " range a figure can take (below 0, or above 100%).",
    "Common cause variation": "The usual ups and downs of a figure that has not changed: every"
    " month within the control limits and no pattern among them. Explaining a single month of"
    " it is explaining noise.",
    "Special cause variation": "A pattern unlikely to happen by chance, so something has"
    " probably changed: a month outside a control limit; 7 months in a row above or below the"
    " mean (a shift); 7 months each higher, or each lower, than the one before (a trend); or 2"
    " of 3 months close to a limit. It is an improvement or a concern by the indicator's good"
    " direction, or neither when it has none.",
    "Assurance": "Whether the target will be met if nothing changes, from where it sits"
    " against the latest control limits: beyond them on the good side, it will consistently be"
    " met (pass); beyond them on the wrong side, consistently missed (fail); between them, met"
    " in some months and missed in others (hit and miss).",
    "Baseline": "The months the mean and control limits are worked out from: the first 20"
    " months of figures, or of the figures since a recalculation.",
    "Trial limits": "Control limits worked out from fewer than 20 months. They are revised"
    " each month until 20 months fix them, so signals against them are less certain.",
    "Recalculation": "A month from which the control limits start again, because the service"
    " changed for good (a new team, a new policy). An analyst declares it with the reason, in"
    " the configuration or on the dashboard; the chart shows it as a labelled break. When a"
    " shift runs on to the latest month the dashboard suggests one, which an analyst accepts"
    " or rejects; limits are never recalculated without that decision.",
    "Run chart": "A chart of a figure's values over time without control limits. A rolling"
    " figure (12 or 36 months) is shown this way, because consecutive rolling figures share"
    " all but one month, so they rise and fall in long runs whatever happens; its SPC is done"
    " on the figure for each month alone.",
    "Month alone": "For a rolling figure, the same count or percentage for one month only;"
    " its XmR chart gives the rolling figure's variation and assurance.",
}
"""Every term a sentence, chart or icon uses, in plain English."""

SPC_WORDS = {
    True: "run chart of the rolling figure; XmR chart (special causes, assurance) of the month"
    " alone",
    False: "XmR chart of the monthly figure",
}
"""How the SPC treats an indicator, by whether its period adds up several months."""


def england_words(item: Indicator) -> str:
    """The England comparator as text: year ending 31 March and value, with its source."""
    if not item.england:
        return ""
    values = ", ".join(f"{year}: {value:g}" for year, value in sorted(item.england.items()))
    return f"{values} ({item.england_note})" if item.england_note else values


def months_needed_words(item: Indicator) -> str:
    """How many months the loaded sources must cover for a month's figure, and why."""
    months = item.months_needed
    text = (
        "the month itself" if months == 1 else f"{months}: the month and the {months - 1} before it"
    )
    if item.lookback_months:
        text += f" (looking back {item.lookback_months} months: {item.lookback_reason})"
    return text


def _entry(item: Indicator) -> list[str]:
    rows = [
        ("Unit", UNIT_WORDS[item.unit]),
        ("Polarity", POLARITY_WORDS[item.polarity]),
        ("Period", PERIOD_WORDS[item.period]),
        ("Months of records needed", months_needed_words(item)),
        ("Numerator", item.numerator),
        ("Denominator", item.denominator or ""),
        ("Sources", ", ".join(f"`{s}`" for s in item.sources)),
        ("Breakdowns", ", ".join(item.breakdowns)),
        ("SPC", SPC_WORDS[PERIOD_MONTHS[item.period] > 1]),
        ("England", england_words(item)),
        *((f"Option `{o.name}`", f"{' or '.join(o.choices)} (default {o.default}): {o.meaning}")
          for o in item.options),
    ]  # fmt: skip
    lines = [f"### {item.id}: {item.title}", "", item.definition, "", "| | |", "|---|---|"]
    lines += [f"| {label} | {value} |" for label, value in rows if value]
    return [*lines, ""]


def indicators_markdown() -> str:
    """The whole catalogue as a Markdown page, grouped by family."""
    lines = [
        "# Indicators",
        "",
        "Generated from the indicator catalogue (`src/csc_scorecard/indicators/`) by"
        " `scorecard docs`; do not edit by hand. Month-end snapshots are the position at 23:59"
        " on the last day of the month; working days are Monday to Friday less England and"
        " Wales bank holidays, counted from the day after the start date. A month's figure is"
        " published only where the loaded sources cover every month of records it needs"
        " (`scorecard status` lists what each load covers): a 903 or CIN census return covers"
        " its collection year, an SSD extract its stated range or from its earliest complete"
        " record.",
        "",
    ]
    for family, items in groupby(CATALOGUE, key=lambda i: i.family):
        lines += [f"## {family}", ""]
        for item in items:
            lines += _entry(item)
    return "\n".join([*lines, *terms_markdown()])


def terms_markdown() -> list[str]:
    """The glossary of terms, and how the SPC is worked out, as Markdown lines."""
    lines = ["## Terms", ""]
    for term, meaning in TERMS.items():
        lines += [f"**{term}**: {meaning}", ""]
    lines += [
        "## How the SPC is worked out",
        "",
        "XmR charts follow NHSRplotthedots 0.2.2, the reference implementation of Making Data"
        " Count, computed with numpy (`csc_scorecard.analysis.spc`): the mean and the mean"
        " moving range of the first 20 months of each segment (moving ranges of 3.267 mean"
        " moving ranges or more screened out, as the package does); limits at 2.66 mean moving"
        " ranges, clipped to the unit's range; the package's four special-cause rules. A"
        " segment with fewer than 20 months has trial limits from every month it has."
        " Recalculation points (month and reason) start a new segment. A rolling indicator is"
        " charted as a run chart, and its SPC uses its month alone, stored by `compute` as the"
        " breakdown `month_alone`: why each indicator uses which is its SPC row above.",
        "",
    ]
    return lines
