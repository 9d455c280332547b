"""Revisions: the figures that changed since the last published pack, and the loads behind them.

Figures are compared as the panel saw them: a figure is revised when the text printed for it
differs from the text the last published pack printed for the same indicator, month and
breakdown. So a change hidden by rounding is not a revision, and disclosure control holds: a
suppressed figure is "c" on both sides ("c" to "c" is no revision, whatever moved beneath it)
and the change is printed only when neither side is suppressed. The change is worked from the
figures as printed (rounded), so it is the difference a reader can check.

A revision's cause is the loads that differ between the two packs' records (added since, or
removed: replaced by a corrected file, or unloaded) and wrote to a table the indicator counts
from; when none does (a figure moved because another table did), every changed load is listed.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

import pandas as pd

from csc_scorecard.analysis.units import DECIMALS, SUPPRESSED, rounded
from csc_scorecard.calendar import month_index, month_of
from csc_scorecard.indicators.definition import Unit
from csc_scorecard.publish.assemble import (
    MONTHS_SHOWN,
    AssembledPack,
    published_figures,
)
from csc_scorecard.publish.model import Revision, Revisions
from csc_scorecard.publish.record import (
    KEY,
    Published,
    PublishedPack,
    figure_table,
    find_pack,
    indicator_of,
    loads_behind,
    read_pack,
)
from csc_scorecard.store import Store

DEFAULT_THRESHOLD = 0.10
"""A revision larger than this share of the published figure is called out on page one."""


def _change(was: float, now: float, unit: Unit) -> str:
    difference = rounded(now, unit) - rounded(was, unit)
    suffix = " pts" if unit == "percent" else ""
    return f"{difference:+,.{DECIMALS[unit]}f}{suffix}"


def _large(was: float, now: float, unit: Unit, threshold: float) -> bool:
    before, after = rounded(was, unit), rounded(now, unit)
    if before == 0:
        return after != 0
    return abs(after - before) / abs(before) > threshold


def _tables(load: dict[str, object]) -> set[str]:
    tables = load["tables"]
    return set(map(str, tables)) if isinstance(tables, list) else set()


def _changed_loads(previous: Sequence[dict[str, object]],
                   current: Sequence[dict[str, object]]) -> list[tuple[str, set[str]]]:  # fmt: skip
    """Loads in one record and not the other: (description, tables written)."""
    before = {int(str(load["load_id"])): load for load in previous}
    after = {int(str(load["load_id"])): load for load in current}
    changed = [(after[i], "loaded") for i in sorted(set(after) - set(before))]
    changed += [(before[i], "removed") for i in sorted(set(before) - set(after))]
    return [
        (f"{load['file']} (load {load['load_id']}, {how})", _tables(load)) for load, how in changed
    ]


def _revision(row: Mapping[Hashable, Any], loads: list[tuple[str, set[str]]],
              threshold: float) -> Revision:  # fmt: skip
    """One changed figure: ``row`` holds both packs' figure-table columns (``_was`` the old)."""
    item = indicator_of(str(row["indicator_id"]))
    was, now = row["published_value_was"], row["published_value"]
    printable = not (row["suppressed"] or row["suppressed_was"] or pd.isna(was) or pd.isna(now))
    causes = [d for d, tables in loads if tables & set(item.sources)] or [d for d, _ in loads]
    return Revision(
        item.id,
        item.title,
        row["month"],
        str(row["breakdown"]),
        str(row["breakdown_value"]),
        SUPPRESSED if row["suppressed_was"] else str(row["shown_was"]),
        SUPPRESSED if row["suppressed"] else str(row["shown"]),
        _change(was, now, item.unit) if printable else "",
        printable and _large(was, now, item.unit, threshold),
        tuple(causes) or ("recomputed: no load changed",),
    )


def compare(previous: pd.DataFrame, current: pd.DataFrame, month: date,
            previous_loads: Sequence[dict[str, object]],
            current_loads: Sequence[dict[str, object]], against_pack: int,
            against_month: date, threshold: float = DEFAULT_THRESHOLD) -> Revisions:  # fmt: skip
    """The figures of the months the new pack shows whose printed text changed.

    ``previous`` and ``current`` are figure tables (``record.figure_table``); the months shown
    are the 13 ending with ``month``.
    """
    first = month_of(month_index(month) - MONTHS_SHOWN + 1)
    shown = current[(current.month >= first) & (current.month <= month)]
    both = shown.merge(previous, on=KEY, suffixes=("", "_was"))
    moved = both[both.shown != both.shown_was]
    loads = _changed_loads(previous_loads, current_loads)
    rows = tuple(_revision(row, loads, threshold) for row in moved.to_dict("records"))
    return Revisions(against_pack, against_month, threshold, rows)


def mark(pack: AssembledPack, revisions: Revisions) -> AssembledPack:
    """The pack with its revised figures marked and its Revisions section filled in."""
    revised = revisions.marked()
    pages = tuple(
        replace(page, revised=tuple((page.id, m) in revised for m in page.months))
        for page in pack.data.pages
    )
    return replace(pack, data=replace(pack.data, pages=pages, revisions=revisions))


def against(previous: PublishedPack, published: Published, month: date) -> Revisions:
    """The revisions of a pack (``published``, for ``month``) since the pack ``previous``."""
    return _since(previous, published.figures, published.loads, published.threshold, month)


def _since(previous: PublishedPack, figures: pd.DataFrame, loads: Sequence[dict[str, object]],
           threshold: float, month: date) -> Revisions:  # fmt: skip
    before = previous.published
    return compare(before.figures, figures, month, before.loads, loads, previous.pack_id,
                   previous.month, threshold)  # fmt: skip


def of_pack(store: Store, la_code: str, month: date) -> Revisions | None:
    """The revisions the last pack published for ``month`` listed, read from the records.

    None when no pack was published for the month, or none before it (nothing to revise).
    """
    pack_id = find_pack(store, la_code, month)
    previous = None if pack_id is None else find_pack(store, la_code, before=pack_id)
    if pack_id is None or previous is None:
        return None
    return against(read_pack(store, previous), read_pack(store, pack_id).published, month)


def revisions_now(store: Store, la_code: str, month: date, pack_id: int | None = None,
                  pack_month: date | None = None,
                  threshold: float = DEFAULT_THRESHOLD) -> Revisions:  # fmt: skip
    """What a pack for ``month`` written now would list as revised (``scorecard revisions``).

    Against pack ``pack_id``, or the last pack published for ``pack_month``, or the last pack.
    """
    chosen = pack_id or find_pack(store, la_code, pack_month)
    if chosen is None:
        raise LookupError(f"no pack has been published for council {la_code}")
    figures = published_figures(store, la_code, month)
    table = figure_table(figures.unsuppressed, figures.published)
    return _since(read_pack(store, chosen), table, loads_behind(store, la_code), threshold, month)
