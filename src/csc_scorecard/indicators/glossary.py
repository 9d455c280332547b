"""The indicator definitions as text: ``docs/indicators.md`` and the pack's glossary.

Generated from the catalogue, so what the glossary says an indicator means is what the engine
computes; a test fails when the committed page differs from this output.
"""

from __future__ import annotations

from itertools import groupby

from csc_scorecard.indicators.catalogue import CATALOGUE
from csc_scorecard.indicators.definition import PERIOD_WORDS, UNIT_WORDS, Indicator

POLARITY_WORDS = {"higher": "higher is better", "lower": "lower is better", "neither": "neither"}


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
    return "\n".join(lines)
