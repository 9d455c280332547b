"""Load a Standard Safeguarding Dataset extract: one CSV per SSD table, mapped by ``model/ssd``.

Each main file is read as text, completed from its part files (``ssd_join.py``), turned into
canonical text by the mapping's codecs, checked against the model (``validate.py``) and split
into accepted canonical rows and quarantined rows. Everything is read and checked before
anything is written, so a file that cannot be read, or lacks a required column, stops the load
with ``SourceFileError`` and leaves the store as it was; the accepted rows of every file are
then written in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from csc_scorecard.ingest.csv_files import read_text_csv, reading_notes, require_columns
from csc_scorecard.ingest.errors import SourceFileError
from csc_scorecard.ingest.periods import extract_period
from csc_scorecard.ingest.quarantine import main_dates, quarantine_frame
from csc_scorecard.ingest.ssd_join import SOURCE, PartFile, join_part, read_part
from csc_scorecard.ingest.validate import (
    Failure,
    check_columns,
    cross_row_checks,
    failure,
    rejected_rows,
)
from csc_scorecard.model.ssd import LIST_CODEC, SSD_TABLES
from csc_scorecard.model.ssd_schema import SsdTable
from csc_scorecard.store import FileLoad, LoadResult, Store

Progress = Callable[[str], None]


def _canonical_text(table: SsdTable, raw: pd.DataFrame) -> pd.DataFrame:
    """The main file's mapped columns as canonical text (absent optional columns empty)."""
    text = pd.DataFrame(index=raw.index)
    for f in table.fields:
        cells = raw[f.ssd] if f.ssd in raw else pd.Series("", index=raw.index, dtype=object)
        text[f.canonical] = f.codec.from_ssd(cells)
    for column, value in table.fixed:
        text[column] = value
    return text


def _explode(table: SsdTable, text: pd.DataFrame) -> tuple[pd.DataFrame, Failure | None]:
    """One canonical row per code of a JSON list column; malformed lists fail as ``bad_type``.

    The returned rows keep the index of the file row they came from.
    """
    listed = table.list_field
    assert listed is not None
    column = table.field(listed).ssd
    cells = text[listed]
    decoded = cells.map({v: LIST_CODEC.decode(v) for v in pd.unique(cells)})
    malformed = decoded.isna().to_numpy()
    bad = failure("bad_type", malformed, column=column, value=cells, dtype="JSON array of codes")
    exploded = text[~malformed].assign(**{listed: decoded[~malformed]}).explode(listed)
    exploded = exploded[exploded[listed].notna()]
    return exploded, bad.at(text.index.to_numpy()) if bad else None


def read_table(directory: Path, table: SsdTable, known: set[str]) -> list[FileLoad]:
    """Read, check and split one main SSD table and its parts (nothing if the file is absent)."""
    path = directory / f"{table.ssd_table}.csv"
    if not path.exists():
        return []
    raw = read_text_csv(path)
    require_columns(path, raw, table.required_columns())
    parts: list[PartFile] = []
    text = _canonical_text(table, raw)
    for part in table.parts:
        part_file = read_part(directory, table, part)
        join_part(part_file, part, raw, text)
        parts += [part_file] if part_file else []
    belongs = np.ones(len(raw), dtype=bool)
    if table.marker and table.marker.ssd in raw:
        belongs = table.marker.belongs(raw[table.marker.ssd]).to_numpy()
    failures: list[Failure] = []
    records = text[belongs]
    if table.list_field:
        records, malformed = _explode(table, records)
        failures += [malformed] if malformed else []
    sources = records.index.to_numpy()
    converted, row_failures = check_columns(table.canonical, records)
    failures += [f.at(sources) for f in row_failures]
    failures = cross_row_checks(table.canonical, raw, converted, sources, failures, known)
    rejected = rejected_rows(failures)
    accepted = converted[~np.isin(sources, rejected)].reset_index(drop=True)
    main = FileLoad(
        SOURCE,
        path,
        rows_in=len(raw),
        tables={table.canonical: accepted},
        also_hashed=tuple(p.path for p in parts),
        notes=reading_notes(raw),
        quarantine=quarantine_frame(
            SOURCE,
            path,
            table.ssd_table,
            raw,
            failures,
            text.get("child_id"),
            main_dates(table.canonical, text),
        ),
    )
    return [main, *(p.file_load(table.canonical) for p in parts)]


def _people(person: FileLoad) -> set[str]:
    """Child ids of the extract's person file, quarantined rows included.

    A person row rejected for, say, a bad ethnicity code still names a child the council
    knows, so the child's other records are not quarantined as unknown because of it.
    """
    ids = set(person.tables["person"]["child_id"].dropna())
    if person.quarantine is not None:
        ids |= set(person.quarantine["child_id"].dropna())
    return ids


def read_ssd(directory: Path, la_code: str, known_children: set[str], *,
             progress: Progress | None = None) -> list[FileLoad]:  # fmt: skip
    """Every SSD table of the extract in ``directory``, checked, people first.

    ``known_children`` are the council's child ids already in the store; ``la_code`` names the
    council in progress messages. Raises ``SourceFileError`` for a file that cannot be loaded.
    """
    if not directory.is_dir():
        raise SourceFileError(directory, "is not a folder of SSD CSV files")
    loads: list[FileLoad] = []
    known = set(known_children)
    for table in SSD_TABLES:
        table_loads = read_table(directory, table, known)
        if table.canonical == "person" and table_loads:
            known |= _people(table_loads[0])
        loads += table_loads
        if progress and table_loads:
            progress(f"{la_code}: read {table.ssd_table} ({table_loads[0].rows_in:,} rows)")
    if not loads:
        names = ", ".join(f"{t.ssd_table}.csv" for t in SSD_TABLES[:3])
        raise SourceFileError(directory, f"holds no SSD tables (expected files such as {names})")
    return loads


def load_ssd(store: Store, directory: Path, la_code: str, *,
             progress: Progress | None = None,
             covers: tuple[date, date] | None = None) -> list[LoadResult]:  # fmt: skip
    """Read an SSD extract and write it to the store in one transaction.

    ``covers`` is the range the extract was taken for, if known; else it is read from the
    extract's earliest complete record (``coverage.extract_period``). Files already loaded for
    this council (same bytes) are skipped, so loading the same extract twice changes nothing.
    """
    loads = read_ssd(directory, la_code, store.known_children(la_code), progress=progress)
    period = covers or extract_period(loads)
    for load in loads:
        load.covers = period
    return store.write_loads(la_code, loads)
