"""Which published numbers are counts of children, and so fall under disclosure control.

Every figure row carries a numerator, a denominator and a value; which of them count children
depends on the indicator's unit:

- count: the numerator (the value is the same number);
- percent: the numerator and the denominator (the value is derived from both);
- rate per 10,000: the numerator (the denominator is the council's published 0-17 population);
- days (an average): the denominator, the children or events averaged over (the numerator is a
  total of days, not of children);
- number (a value entered from another system, such as an average caseload): nothing.

The series entered from other systems are judged one by one: EHE1 and EHE2 count children
(electively home educated, and those visited in timescale), so they are controlled like any
count; WF1-WF3 count social workers and their supervisions, and DQ1 counts rejected source
records, none of which is a count of children, so they are published as they are (each says
so in its catalogue entry: ``Indicator.not_children``).

A count is *small* when it is 1 to 5; 0 is published (it says nothing about any child).

Two cells that count the same thing for the same council, month and breakdown value hold the
same number (CLA1's numerator is CLA6's denominator and CLA2's numerator), so suppressing one
and publishing the other would give it away. The catalogue describes each numerator and
denominator in words, and equal words mean the same count; those words are the link key.
An indicator's ``same_count_as`` adds the few counts the catalogue words differently (found
by comparing every pair of totals over the demo council's 72 months, then kept only where the
definitions say they are the same children).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from csc_scorecard.indicators.catalogue import CATALOGUE, indicator
from csc_scorecard.indicators.definition import Indicator, Unit

SMALLEST_SAFE = 6
"""Counts from 1 up to (not including) this are suppressed: the usual "1 to 5" rule."""

COUNTED_COLUMNS: dict[Unit, tuple[str, ...]] = {
    "count": ("numerator",),
    "percent": ("numerator", "denominator"),
    "rate": ("numerator",),
    "days": ("denominator",),
    "number": (),
}
"""Per unit, the figure columns that count children (see the module docstring)."""

KEYS = ("la_code", "indicator_id", "month", "breakdown", "breakdown_value")
"""The columns that identify one figure."""

TOTAL = "all"
"""The breakdown (and breakdown value) of an indicator's total."""


def _words(item: Indicator, column: str) -> str:
    """The catalogue's words for what ``column`` of ``item`` counts."""
    return item.numerator if column == "numerator" else item.denominator or ""


def _link(item: Indicator, column: str, among: Mapping[str, Indicator]) -> str:
    """The words that identify the count in ``column`` of ``item`` (its ``same_count_as``).

    The indicator it names is looked up ``among`` those being controlled, else the catalogue.
    """
    same = item.same_count_as.get(column)
    if same is None:
        return _words(item, column)
    other, other_column = same
    return _words(among[other] if other in among else indicator(other), other_column)


def counted_cells(indicators: Sequence[Indicator] = CATALOGUE) -> pd.DataFrame:
    """Per indicator, each column that counts children and the words that link it.

    One row per (indicator_id, column) with the indicator's ``unit`` and ``link``, the
    catalogue's words for what the column counts (``Indicator.same_count_as`` applied);
    indicators not in ``indicators`` have no counted columns.
    """
    among = {item.id: item for item in indicators}
    rows = [
        (item.id, column, item.unit, _link(item, column, among))
        for item in indicators
        if item.counts_children
        for column in COUNTED_COLUMNS[item.unit]
    ]
    return pd.DataFrame(rows, columns=["indicator_id", "column", "unit", "link"], dtype=object)


def count_cells(figures: pd.DataFrame, indicators: Sequence[Indicator] = CATALOGUE
                ) -> pd.DataFrame:  # fmt: skip
    """The counts of children in ``figures``, long: one row per figure and counted column.

    Columns: ``row`` (the figure's position in ``figures``), the figure keys, ``column``,
    ``count``, ``link`` and ``unit``.
    """
    positions = figures.reset_index(drop=True).rename_axis("row").reset_index()
    long = positions.melt(
        id_vars=["row", *KEYS], value_vars=["numerator", "denominator"],
        var_name="column", value_name="count",
    )  # fmt: skip
    cells = long.merge(counted_cells(indicators), on=["indicator_id", "column"])
    return cells.sort_values(["row", "column"], ignore_index=True)


def is_small(counts: pd.Series) -> pd.Series:
    """True where a count is 1 to 5 (never for 0 or an empty cell)."""
    return (counts > 0) & (counts < SMALLEST_SAFE)
