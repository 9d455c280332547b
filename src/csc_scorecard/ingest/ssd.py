"""Load a Standard Safeguarding Dataset extract: one CSV per SSD table, mapped by ``model/ssd``.

Each file is read as text, checked against the model (``validate.py``) and split into accepted
canonical rows and quarantined rows (rule, message and the raw record). A file that cannot be
read, or lacks a column its required canonical columns come from, stops the whole load before
anything is written.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from csc_scorecard.ingest.csv_files import read_text_csv, require_columns
from csc_scorecard.ingest.errors import SourceFileError
from csc_scorecard.ingest.validate import (
    Failure,
    check_and_convert,
    duplicated_rows,
    overlapping_episodes,
    unknown_children,
)
from csc_scorecard.model import TABLES
from csc_scorecard.model.ssd import SSD_TABLES, SsdTable
from csc_scorecard.store import FileLoad, LoadResult, Store

SOURCE = "ssd"
EPISODE_TABLES = {"looked_after_episode": ("start_date", "end_date"),
                  "cin_episode": ("referral_date", "closure_date")}  # fmt: skip


def _required_ssd_columns(table: SsdTable) -> list[str]:
    canonical = TABLES[table.canonical]
    return [ssd for col, ssd in table.columns.items() if not canonical.column(col).nullable]


def _read_with_extensions(directory: Path, table: SsdTable) -> pd.DataFrame:
    """The table's file, with its extension files joined on (their columns prefixed)."""
    path = directory / f"{table.ssd_table}.csv"
    frame = read_text_csv(path)
    require_columns(path, frame, _required_ssd_columns(table))
    for ext in table.extensions:
        ext_path = directory / f"{ext.ssd_table}.csv"
        if not ext_path.exists():
            continue
        extension = read_text_csv(ext_path)
        require_columns(ext_path, extension, [ext.key])
        if table.join_column not in frame.columns:
            raise SourceFileError(
                path, f"is missing {table.join_column}, which joins {ext_path.name}"
            )
        extension = extension.drop_duplicates(ext.key).set_index(ext.key)
        joined = extension.reindex(frame[table.join_column].values).fillna("")
        for column in ext.columns.values():
            if column in joined.columns:
                frame[column] = joined[column].to_numpy()
    return frame


def _canonical_text(table: SsdTable, raw: pd.DataFrame) -> pd.DataFrame:
    """Raw text renamed to canonical columns, flags the SSD stores the other way round turned."""
    mapping = {**table.columns}
    for ext in table.extensions:
        mapping.update(ext.columns)
    text = pd.DataFrame(index=raw.index)
    for canonical, ssd in mapping.items():
        text[canonical] = raw[ssd] if ssd in raw.columns else ""
    for flag in table.inverted_flags:
        lowered = text[flag].str.strip().str.upper()
        text[flag] = lowered.map({"Y": "N", "N": "Y"}).fillna(text[flag])
    for column, value in table.canonical_constants.items():
        text[column] = value
    return text


def _failures(table: SsdTable, raw: pd.DataFrame, converted: pd.DataFrame, known: set[str],
              row_failures: list[Failure]) -> list[Failure]:  # fmt: skip
    """Row failures plus the cross-row checks: duplicates, unknown children, overlaps."""
    failures = list(row_failures)
    duplicate = duplicated_rows(raw[[c for c in table.ssd_columns() if c in raw.columns]])
    if duplicate:
        failures.append(duplicate)
    if table.canonical != "person" and "child_id" in converted:
        unknown = unknown_children(converted["child_id"], known)
        if unknown:
            failures.append(unknown)
    if table.canonical in EPISODE_TABLES:
        broken = set().union(*(f.rows for f in failures)) if failures else set()
        clean = converted.drop(index=list(broken))
        overlap = overlapping_episodes(clean, *EPISODE_TABLES[table.canonical])
        if overlap:
            failures.append(overlap)
    return failures


def _quarantine(table: SsdTable, path: Path, raw: pd.DataFrame, converted: pd.DataFrame,
                failures: list[Failure]) -> pd.DataFrame:  # fmt: skip
    date_columns = [c.name for c in TABLES[table.canonical].columns if c.dtype == "date"]
    rows = []
    for failure in failures:
        for index in failure.rows:
            record_date = converted.at[index, date_columns[0]] if date_columns else None
            child = converted.at[index, "child_id"] if "child_id" in converted else None
            rows.append(
                {
                    "source": SOURCE,
                    "file": path.name,
                    "source_table": table.ssd_table,
                    "row_number": int(index) + 1,
                    "child_id": child,
                    "rule_id": failure.rule_id,
                    "message": str(failure.messages.loc[index]),
                    "raw_record": json.dumps(raw.loc[index].to_dict(), ensure_ascii=False),
                    "record_date": record_date,
                }
            )
    return pd.DataFrame(rows, columns=[c.name for c in TABLES["quarantine"].columns])


def read_table(directory: Path, table: SsdTable, known: set[str]) -> FileLoad | None:
    """Read, check and split one SSD table (None when the extract does not include it)."""
    path = directory / f"{table.ssd_table}.csv"
    if not path.exists():
        return None
    raw = _read_with_extensions(directory, table)
    raw.index = pd.RangeIndex(len(raw))
    converted, row_failures = check_and_convert(table.canonical, _canonical_text(table, raw))
    failures = _failures(table, raw, converted, known, row_failures)
    rejected = set().union(*(f.rows for f in failures)) if failures else set()
    accepted = converted.drop(index=list(rejected))
    return FileLoad(
        SOURCE,
        path,
        rows_in=len(raw),
        tables={table.canonical: accepted},
        quarantine=_quarantine(table, path, raw, converted, failures),
    )


def read_ssd(directory: Path, known_children: set[str]) -> list[FileLoad]:
    """Every SSD table of an extract present in ``directory``, people first."""
    if not directory.is_dir():
        raise SourceFileError(directory, "is not a folder of SSD CSV files")
    loads: list[FileLoad] = []
    known = set(known_children)
    for table in SSD_TABLES:
        load = read_table(directory, table, known)
        if load is None:
            continue
        if table.canonical == "person":
            known |= set(load.tables["person"]["child_id"].dropna())
        loads.append(load)
    if not loads:
        names = ", ".join(t.ssd_table for t in SSD_TABLES[:3])
        raise SourceFileError(directory, f"holds no SSD tables (expected files such as {names})")
    return loads


def load_ssd(store: Store, directory: Path, la_code: str) -> list[LoadResult]:
    """Read an SSD extract and write it to the store in one transaction."""
    loads = read_ssd(directory, store.known_children(la_code))
    return store.write_loads(la_code, loads)
