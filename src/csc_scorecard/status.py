"""``scorecard status``: what a store holds, for the analyst's first look."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table as RichTable

from csc_scorecard.model import DATA_TABLES
from csc_scorecard.quarantine_report import counts, rejected
from csc_scorecard.store import Store


def table_summary(store: Store) -> list[tuple[str, int, str, str]]:
    """Rows and date range (earliest and latest of the first date column) per data table."""
    rows = []
    for table in DATA_TABLES:
        expr = store.table(table.name)
        count = int(expr.count().execute())
        date_columns = [c.name for c in table.columns if c.dtype == "date"]
        first = last = ""
        if count and date_columns:
            col = expr[date_columns[0]]
            bounds = expr.aggregate(lo=col.min(), hi=col.max()).execute().iloc[0]
            first, last = str(bounds["lo"] or ""), str(bounds["hi"] or "")
        rows.append((table.name, count, first, last))
    return rows


def coverage_by_load(store: Store) -> list[tuple[str, str, str, str, str, str]]:
    """Which months the loads cover: council, source, first and last day, loads and files.

    Loads of one return (the files of a 903 year) share a period and are shown on one line.
    """
    log = store.table("load_log").select("load_id", "file")
    frame = store.table("coverage").join(log, "load_id").execute()
    rows = []
    keys = ["la_code", "source", "period_start", "period_end"]
    for (la_code, source, first, last), group in frame.groupby(keys, sort=True):
        ids = sorted(int(i) for i in group.load_id.unique())
        files = sorted(group.file.unique())
        named = ", ".join(files[:3]) + (f" and {len(files) - 3} more" if len(files) > 3 else "")
        rows.append((str(la_code), str(source), f"{first:%Y-%m-%d}", f"{last:%Y-%m-%d}",
                     _id_ranges(ids), named))  # fmt: skip
    return rows


def _id_ranges(ids: list[int]) -> str:
    """Load ids as ranges: 1-10, 12."""
    runs: list[list[int]] = []
    for i in ids:
        if runs and i == runs[-1][1] + 1:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    return ", ".join(f"{a}-{b}" if a != b else str(a) for a, b in runs)


def quarantine_by_rule(store: Store) -> list[tuple[str, str, int]]:
    """Quarantined rows per source and rule, largest first."""
    frame = counts(rejected(store))
    return [
        (str(source), str(rule), int(rows))
        for source, rule, rows in zip(frame["source"], frame["rule_id"], frame["rows"], strict=True)
    ]


def print_status(store: Store, console: Console | None = None) -> None:
    """Print the tables, the loads and the quarantine summary."""
    console = console or Console()
    tables = RichTable(title=f"Store {store.target}")
    for heading in ("table", "rows", "from", "to"):
        tables.add_column(heading, justify="right" if heading == "rows" else "left")
    for name, count, first, last in table_summary(store):
        tables.add_row(name, f"{count:,}", first, last)
    console.print(tables)
    covered = RichTable(title="Months the loads cover (figures are published only inside them)")
    for heading in ("council", "source", "from", "to", "loads", "files"):
        covered.add_column(heading)
    for row in coverage_by_load(store):
        covered.add_row(*row)
    console.print(covered)
    quarantine = RichTable(title="Quarantined rows by rule")
    for heading in ("source", "rule", "rows"):
        quarantine.add_column(heading)
    for source, rule, count in quarantine_by_rule(store):
        quarantine.add_row(source, rule, f"{count:,}")
    console.print(quarantine)
    loads = store.count("load_log")
    hits = store.count("quarantine")
    console.print(f"{loads} file(s) loaded; {quarantined_rows(store):,} row(s) quarantined"
                  f" ({hits:,} rule hits: a row can break several rules).")  # fmt: skip


def quarantined_rows(store: Store) -> int:
    """Distinct source rows in quarantine, as the loads count them (one row, several rules)."""
    q = store.table("quarantine")
    rows = q.select("la_code", "source", "file", "source_table", "row_number").distinct()
    return int(rows.count().execute())
