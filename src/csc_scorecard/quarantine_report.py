"""What the loaders rejected, for the analyst who fixes it at source and for indicator DQ1.

Every query is an ibis expression run by the store's engine, so it costs the same on a laptop
DuckDB file and on a council's Postgres warehouse; only the rows asked for come back.
"""

from __future__ import annotations

import csv
from pathlib import Path

import ibis
import pandas as pd
from rich.console import Console
from rich.table import Table as RichTable

from csc_scorecard.store import Store

LISTED = ["source", "file", "source_table", "row_number", "child_id", "rule_id", "message"]
"""Columns shown on screen, in order: where the row is, whose it is and what is wrong."""
EXPORTED = ["la_code", "load_id", *LISTED, "record_date", "raw_record"]
"""Columns of the export: the listed ones plus the council, the load, the date and the row."""


def rejected(store: Store, source: str | None = None, rule: str | None = None) -> ibis.Table:
    """Quarantined rows, optionally of one source and one rule, in file and row order."""
    table = store.table("quarantine")
    if source is not None:
        table = table.filter(table.source == source)
    if rule is not None:
        table = table.filter(table.rule_id == rule)
    return table.order_by(["source", "file", "source_table", "row_number", "rule_id"])


def counts(rows: ibis.Table) -> pd.DataFrame:
    """Quarantined rows by source and rule, most first (the summary at the top of the list)."""
    grouped = rows.group_by(["source", "rule_id"]).aggregate(rows=rows.count())
    frame: pd.DataFrame = grouped.order_by([ibis.desc("rows"), "source", "rule_id"]).execute()
    return frame


def listing(rows: ibis.Table, limit: int | None = None) -> pd.DataFrame:
    """The listed columns of the rows (the first ``limit`` of them when given)."""
    selected = rows.select(*LISTED)
    frame: pd.DataFrame = (selected.limit(limit) if limit is not None else selected).execute()
    return frame


def export_csv(rows: ibis.Table, path: Path) -> int:
    """Write every row, with its raw record as read, to a CSV file; returns the rows written.

    UTF-8 with a byte-order mark, so Excel opens names with accents correctly.
    """
    frame = rows.select(*EXPORTED).execute()
    frame["record_date"] = pd.to_datetime(frame["record_date"]).dt.strftime("%Y-%m-%d")
    frame.to_csv(path, index=False, encoding="utf-8-sig", quoting=csv.QUOTE_MINIMAL)
    return len(frame)


def rejected_records(quarantine: ibis.Table, log: ibis.Table) -> ibis.Table:
    """One row per distinct rejected source row, with the ``day`` it counts on.

    A row counts on its main date (``quarantine.record_date``) or, when it had no readable
    date, on the day it was loaded; a row that broke several rules is one row here.
    """
    joined = quarantine.join(log.select("load_id", "loaded_at"), "load_id")
    day = joined.record_date.cast("date").coalesce(joined.loaded_at.cast("date"))
    return joined.select(
        "la_code", "source", "load_id", "file", "source_table", "row_number", "child_id",
        day=day,
    ).distinct()  # fmt: skip


def print_quarantine(rows: ibis.Table, console: Console, limit: int | None) -> None:
    """Counts by source and rule, then the rows themselves (the first ``limit``)."""
    summary = RichTable(title="Quarantined rows by source and rule")
    for heading in ("source", "rule", "rows"):
        summary.add_column(heading, justify="right" if heading == "rows" else "left")
    found = counts(rows)
    for source, rule, count in zip(found["source"], found["rule_id"], found["rows"], strict=True):
        summary.add_row(str(source), str(rule), f"{int(count):,}")
    console.print(summary)
    detail = RichTable(title="Rejected rows (fix these at source)")
    for heading in LISTED:
        detail.add_column(heading.replace("_", " "))
    for values in listing(rows, limit).itertuples(index=False):
        detail.add_row(*["" if pd.isna(v) else str(v) for v in values])
    console.print(detail)
    total = int(found["rows"].sum()) if not found.empty else 0
    if limit is not None and total > limit:
        console.print(f"Showing {limit:,} of {total:,}; use --export FILE.csv for all of them.")
