"""``scorecard unload``: take one load back out of the store and recompute what depended on it.

The load's rows leave every canonical table and quarantine, and the rows it displaced come
back as they were: the earlier version of a file it corrected, or the stored records it merged
into (the store merges by key, the later load's values winning, and keeps each row a load
displaces in ``displaced_row``). Its ``load_log`` row goes too, so loading the same file again
loads it again. Then every computation whose figures are still in the store and was made with
the load in it is run again for the council, over the same months and indicators.

A load whose own rows a later load has since replaced or merged into cannot be taken out
cleanly: the later load's rows hold values of both, and removing only this load's share would
need the later file read again. Such an unload is refused, naming the later loads to unload
first (newest first).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

import pandas as pd

from csc_scorecard.indicators.compute import compute
from csc_scorecard.model import TABLES
from csc_scorecard.store import Store


class UnloadRefused(ValueError):
    """The load cannot be taken out cleanly; the message says why and what to do."""


@dataclass(frozen=True)
class UnloadResult:
    """What an unload did: rows removed, rows restored, computations run again."""

    load_id: int
    file: str
    rows_removed: int
    rows_restored: int
    recomputed: tuple[int, ...]


def _restored(name: str, rows: list[str]) -> pd.DataFrame:
    """Displaced rows (JSON) typed as the table defines them, ready to insert."""
    frame = pd.DataFrame([json.loads(r) for r in rows])
    for column in TABLES[name].all_columns:
        values = frame[column.name]
        if column.dtype == "date":
            frame[column.name] = pd.to_datetime(values).dt.date
        elif column.dtype == "timestamp":
            frame[column.name] = pd.to_datetime(values)
        elif column.dtype == "int":
            frame[column.name] = values.astype("Int64")
    typed: pd.DataFrame = frame.astype(object).where(frame.notna(), None)
    return typed


def _later_loads(store: Store, load_id: int) -> list[int]:
    """Loads that have since replaced or merged into this load's rows."""
    kept = store.table("displaced_row")
    later = kept.filter((kept.displaced_load_id == load_id) & (kept.load_id != load_id))
    return sorted({int(i) for i in later.load_id.execute()}, reverse=True)


def _dependent_computations(store: Store, la_code: str, load_id: int) -> pd.DataFrame:
    """Computations made with the load in the store whose figures the council still has."""
    values = store.table("indicator_value")
    current = values.filter(values.la_code == la_code).select("compute_id").distinct()
    log = store.table("compute_log")
    runs = log.filter(log.compute_id.isin(current.compute_id)).order_by("compute_id").execute()
    used = runs.load_ids.map(lambda ids: str(load_id) in str(ids).split(","))
    dependent: pd.DataFrame = runs[used]
    return dependent


def unload(store: Store, load_id: int) -> UnloadResult:
    """Remove load ``load_id`` (rows and quarantine), restore what it displaced, recompute."""
    log = store.table("load_log")
    found = log.filter(log.load_id == load_id).execute()
    if found.empty:
        raise LookupError(f"no load {load_id} in the store (scorecard status lists the loads)")
    la_code, file = str(found.la_code.iloc[0]), str(found.file.iloc[0])
    later = _later_loads(store, load_id)
    if later:
        raise UnloadRefused(
            f"load {load_id} ({file}) cannot be taken out cleanly: load(s)"
            f" {', '.join(map(str, later))} have since replaced or merged into its records;"
            " unload those first, newest first"
        )
    kept = store.table("displaced_row")
    displaced = kept.filter(kept.load_id == load_id).execute()
    removed = 0
    this_load = pd.DataFrame({"load_id": [load_id]}, dtype="int64")
    with store.transaction():
        for name, table in TABLES.items():
            if table.lineage:
                stored = store.table(name)
                removed += int(stored.filter(stored.load_id == load_id).count().execute())
                store.delete_matching(name, this_load)
        for name, rows in displaced.groupby("table_name"):
            store.insert_frame(str(name), _restored(str(name), rows.row.tolist()))
        store.delete_matching("displaced_row", this_load)
        store.delete_matching("load_log", this_load)
    runs = _dependent_computations(store, la_code, load_id)
    recomputed = tuple(
        compute(store, _day(r.first_month), _day(r.last_month), str(r.indicators).split(","),
                [la_code]).compute_id
        for r in runs.itertuples()
    )  # fmt: skip
    return UnloadResult(load_id, file, removed, len(displaced), recomputed)


def _day(value: object) -> date:
    return pd.Timestamp(str(value)).date()
