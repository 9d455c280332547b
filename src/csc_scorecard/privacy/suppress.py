"""Suppress the figures of a published output: primary, secondary and derived suppression.

The rules decide which *counts* must stay secret (protected cells: a numerator or a
denominator that counts children, see ``policy``); a figure row with a protected count is then
hidden as a whole -- numerator, denominator and value emptied together -- so a percentage is
never shown beside a hidden count it was computed from. Three rules, repeated until nothing
changes:

- primary: a count of 1 to 5 children is protected;
- secondary: the cells of one breakdown of an indicator and month add up to its total (each
  unit has exactly one breakdown value, "unknown" included), so in a partition -- the cells
  and the total -- a single protected member could be recovered by subtraction. Another
  non-zero member is protected too: one already hidden with its row if there is one (it
  costs nothing), else the next smallest (a cell before the total when equal, then in
  breakdown value order). Every counted column has its partitions, so the numerators and the
  denominators of a percentage are protected alike. A rolling figure's month alone
  (``MONTH_ALONE``) is no part of its total and partitions nothing: only primary and derived
  suppression apply to it;
- derived: a count that is the same count as a protected cell of another indicator (equal
  catalogue words, same council, month and breakdown value) is protected: CLA2 and CLA7P
  would otherwise show a protected CLA1 or CLA7 figure.

A count hidden only because it shares a row with a protected one (the 40 assessments beside 3
completed in time) is not protected itself: it may be recoverable, and it need not be secret,
so it never forces more suppression. Protecting a total leaves every other breakdown of it
with one protected member, which the next pass fixes: the chain ends when every partition has
none or at least two (or its one protected member is 0, which discloses nothing).

Everything is grouped pandas work over the long table of counts, so a council's ~35,000
figures take a fraction of a second.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from csc_scorecard.indicators.aggregate import MONTH_ALONE
from csc_scorecard.indicators.catalogue import CATALOGUE
from csc_scorecard.indicators.definition import Indicator
from csc_scorecard.privacy.policy import TOTAL, count_cells, is_small

Flags = npt.NDArray[np.bool_]
Positions = npt.NDArray[np.integer[Any]]
"""Positions of figure rows or of count cells."""

PARTITION = ["la_code", "indicator_id", "month", "column", "breakdown"]
"""One breakdown's cells of one counted column, and the total they add up to."""

LINK = ["la_code", "month", "breakdown", "breakdown_value", "link"]
"""Cells that are the same count of children."""


def partitions(cells: pd.DataFrame) -> pd.DataFrame:
    """Members of every partition: its cells, and its total repeated into each breakdown.

    Columns: ``partition`` and ``table`` (integer ids; a table is one council, indicator and
    month), ``numerators_first`` (0 for a numerator, 1 for a denominator), ``cell``
    (position in ``cells``), ``count``, ``is_total`` and ``breakdown_value`` (for a
    deterministic choice between equal cells).
    """
    cells = cells.rename_axis("cell").reset_index()
    is_total = cells["breakdown"] == TOTAL
    # A rolling figure's month alone is not a part of its total: it partitions nothing.
    parts = cells.loc[~is_total & (cells["breakdown"] != MONTH_ALONE)]
    breakdowns = parts[PARTITION].drop_duplicates()
    totals = (
        cells.loc[is_total]
        .drop(columns="breakdown")
        .merge(breakdowns, on=[c for c in PARTITION if c != "breakdown"])
    )
    members = pd.concat(
        [parts.assign(is_total=False), totals.assign(is_total=True)], ignore_index=True
    )
    members["partition"] = members.groupby(PARTITION, sort=False).ngroup()
    members["table"] = members.groupby(PARTITION[:3], sort=False).ngroup()
    members["numerators_first"] = (members["column"] != "numerator").astype(int)
    return members[["partition", "table", "numerators_first", "cell", "count", "is_total",
                    "breakdown_value"]]  # fmt: skip


def links(cells: pd.DataFrame) -> Positions:
    """Per cell, an id shared by the cells that are the same count (see ``policy``)."""
    return cells.groupby(LINK, sort=False, dropna=False).ngroup().to_numpy()


def _secondary(members: pd.DataFrame, protected: Flags, row_hidden: Flags) -> Positions:
    """Cells to protect so that no partition has exactly one protected member.

    In each exposed partition the cheapest cell is chosen: one already hidden with its row
    (it costs no published figure), else the smallest non-zero one. Choices interact within
    a table (the numerator and denominator of one row; a total shared by every breakdown),
    so each pass settles one column of a table, numerators first, and when a total is chosen
    the other breakdowns of its column wait for the next pass, which may find them safe.
    """
    member_cell = members["cell"].to_numpy()
    member_protected = protected[member_cell]
    per_partition = pd.Series(member_protected).groupby(members["partition"].to_numpy())
    exposed = per_partition.transform("sum").to_numpy() == 1
    eligible = exposed & ~member_protected & (members["count"] > 0).to_numpy()
    candidates = members.loc[eligible].assign(costs_a_row=~row_hidden[member_cell[eligible]])
    chosen = candidates.sort_values(
        ["partition", "costs_a_row", "count", "is_total", "breakdown_value"]
    ).drop_duplicates("partition")
    first = chosen.groupby("table")["numerators_first"].transform("min")
    chosen = chosen.loc[chosen["numerators_first"] == first]
    total_chosen = chosen.groupby("table")["is_total"].transform("any")
    chosen = chosen.loc[~total_chosen | chosen["is_total"]]
    return np.unique(chosen["cell"].to_numpy())


def _derived(link_group: Positions, protected: Flags) -> Positions:
    """Cells that are the same count as a protected cell."""
    group_protected = pd.Series(protected).groupby(link_group).transform("max").to_numpy()
    return np.flatnonzero(group_protected & ~protected)


@dataclass
class _Decisions:
    """What is protected (per count cell) and hidden (per figure row), and why."""

    row_of: Positions
    protected: Flags
    hidden: Flags
    reason: npt.NDArray[np.object_]

    def protect(self, cells: Positions, rule: str) -> None:
        """Protect ``cells`` and hide their rows (a row keeps the first rule that hid it)."""
        self.protected[cells] = True
        rows = np.unique(self.row_of[cells])
        rows = rows[~self.hidden[rows]]
        self.hidden[rows], self.reason[rows] = True, rule


def suppress(figures: pd.DataFrame, indicators: Sequence[Indicator] = CATALOGUE
             ) -> pd.DataFrame:  # fmt: skip
    """``figures`` (shaped like ``indicator_value``) made safe to publish.

    Returns the same rows in the same order with ``suppressed`` (bool) and ``reason`` ("",
    "primary", "secondary" or "derived": the rule that first hid the row), and numerator,
    denominator and value emptied where suppressed. ``indicators`` says each indicator's unit
    and what its numerator and denominator count (the catalogue by default).
    """
    cells = count_cells(figures, indicators)
    members, link_group = partitions(cells), links(cells)
    decided = _Decisions(
        row_of=cells["row"].to_numpy(),
        protected=np.zeros(len(cells), dtype=bool),
        hidden=np.zeros(len(figures), dtype=bool),
        reason=np.full(len(figures), "", dtype=object),
    )
    decided.protect(np.flatnonzero(is_small(cells["count"]).to_numpy()), "primary")
    while True:
        before = decided.protected.sum()
        decided.protect(_derived(link_group, decided.protected), "derived")
        decided.protect(
            _secondary(members, decided.protected, decided.hidden[decided.row_of]), "secondary"
        )
        if decided.protected.sum() == before:
            break
    published = figures.copy()
    for column in ("numerator", "denominator", "value"):
        published[column] = published[column].astype("float64").where(~decided.hidden)
    return published.assign(suppressed=decided.hidden, reason=decided.reason)
