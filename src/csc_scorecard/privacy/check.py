"""Check a published table of figures against the unsuppressed one, for tests.

Independent of how ``suppress`` chooses what to hide, the check plays the reader trying to
learn a hidden count. The reader knows every published count, and learns more by repeating,
until nothing new is learnt:

- a partition (one breakdown's cells of an indicator, month and counted column, and their
  total) with exactly one unknown member gives it away by subtraction (or by addition, when
  the unknown is the total);
- a count known for one indicator is known for every other that counts the same thing.

The table is safe when no count of 1 to 5 children is published (a count indicator's value
included), none is learnt this way, and no row publishes a value beside a hidden count.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from csc_scorecard.indicators.catalogue import CATALOGUE
from csc_scorecard.indicators.definition import Indicator
from csc_scorecard.privacy.policy import KEYS, count_cells, is_small
from csc_scorecard.privacy.suppress import links, partitions

CELL = [*KEYS, "column"]


def _where(rows: pd.DataFrame) -> list[str]:
    """Plain words for the cells of ``rows``, e.g. "REF1 2026-10 age_band=1-4 numerator"."""
    months = pd.to_datetime(rows["month"]).dt.strftime("%Y-%m")
    return [
        f"{i} {m} {b}={v} {c}"
        for i, m, b, v, c in zip(rows["indicator_id"], months, rows["breakdown"],
                                 rows["breakdown_value"], rows["column"], strict=True)
    ]  # fmt: skip


def _cells(published: pd.DataFrame, unsuppressed: pd.DataFrame,
           indicators: Sequence[Indicator]) -> pd.DataFrame:  # fmt: skip
    """Every true count with what was published for it (``shown``; missing rows are empty)."""
    truth = count_cells(unsuppressed, indicators).drop(columns="row")
    shown = count_cells(published, indicators)[[*CELL, "count"]].rename(columns={"count": "shown"})
    cells = truth.merge(shown, on=CELL, how="left", validate="one_to_one")
    values = published[[*KEYS, "value"]].rename(columns={"value": "shown_value"})
    cells = cells.merge(values, on=KEYS, how="left", validate="many_to_one")
    cells["hidden"] = cells["shown"].isna() & cells["count"].notna()
    return cells


def learnt(cells: pd.DataFrame) -> np.ndarray:
    """Which cells the reader knows, published or worked out (see the module docstring)."""
    members, link_group = partitions(cells), links(cells)
    member_cell = members["cell"].to_numpy()
    known = ~cells["hidden"].to_numpy()
    while True:
        before = known.sum()
        known = pd.Series(known).groupby(link_group).transform("max").to_numpy()
        unknown = pd.Series(~known[member_cell])
        alone = unknown.groupby(members["partition"].to_numpy()).transform("sum") == 1
        known[member_cell[(alone & unknown).to_numpy()]] = True
        if known.sum() == before:
            return known


def _small_published(cells: pd.DataFrame) -> list[str]:
    shown_value = cells["shown_value"].where(
        (cells["unit"] == "count") & (cells["column"] == "numerator")
    )
    bad = cells.loc[is_small(cells["shown"]) | is_small(shown_value)]
    return [f"{w}: a count of {n:g} is published" for w, n in
            zip(_where(bad), bad["count"], strict=True)]  # fmt: skip


def _value_beside_hidden(cells: pd.DataFrame) -> list[str]:
    bad = cells.loc[cells["hidden"] & cells["shown_value"].notna()]
    return [f"{w}: hidden, but the value computed from it is published" for w in _where(bad)]


def _worked_out(cells: pd.DataFrame) -> list[str]:
    bad = cells.loc[cells["hidden"] & is_small(cells["count"]) & learnt(cells)]
    return [f"{w}: the hidden count {n:g} can be worked out from published figures"
            for w, n in zip(_where(bad), bad["count"], strict=True)]  # fmt: skip


def disclosure_problems(
    published: pd.DataFrame,
    unsuppressed: pd.DataFrame,
    indicators: Sequence[Indicator] = CATALOGUE,
) -> list[str]:
    """Every way ``published`` discloses a count of 1 to 5 children, in plain words.

    Both are shaped like ``indicator_value``; a figure missing from ``published`` counts as
    hidden. Empty when the published table is safe.
    """
    cells = _cells(published, unsuppressed, indicators)
    return [*_small_published(cells), *_value_beside_hidden(cells), *_worked_out(cells)]


def published_numbers_are_safe(
    published: pd.DataFrame,
    unsuppressed: pd.DataFrame,
    indicators: Sequence[Indicator] = CATALOGUE,
) -> bool:
    """True when ``published`` discloses no count of 1 to 5 children of ``unsuppressed``."""
    return not disclosure_problems(published, unsuppressed, indicators)
