"""Write a simulated council as a Standard Safeguarding Dataset extract (one CSV per SSD table).

Driven entirely by ``model/ssd.py``, the mapping the SSD loader reads with. Main tables keep the
history's row order, so the manifest's row numbers point at the injected errors; the rows of a
part table (placements, legal statuses, initial conferences) are made from the main rows the
way a case management system's extract would hold them (see ``ssd_split.py``).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import numpy as np
import pandas as pd

from csc_scorecard.model import TABLES
from csc_scorecard.model.ssd import LIST_CODEC, SSD_TABLES
from csc_scorecard.model.ssd_schema import IdJoin, SsdTable
from csc_scorecard.model.tables import DataType
from csc_scorecard.synth.history import ERROR_COLUMN, CouncilHistory
from csc_scorecard.synth.manifest import Manifest
from csc_scorecard.synth.ssd_split import content_ids, part_rows

FORMAT = "ssd"


def _text(value: object, dtype: DataType) -> str:
    """One canonical value as canonical text: ISO dates, Y/N flags, '' for missing."""
    if isinstance(value, str):
        return value
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float) and np.isnan(value):
        return ""
    if isinstance(value, bool | np.bool_):
        return "Y" if value else "N"
    if isinstance(value, date | datetime | pd.Timestamp):
        return value.isoformat()[:10]
    if dtype == "int" and isinstance(value, int | float | np.integer | np.floating):
        return str(int(value))
    return str(value)


def canonical_text(rows: pd.DataFrame, canonical: str) -> pd.DataFrame:
    """Every canonical column of ``rows`` as canonical text (missing columns empty)."""
    out = {}
    for column in TABLES[canonical].columns:
        if column.name in rows:
            out[column.name] = rows[column.name].map(lambda v, t=column.dtype: _text(v, t))
        else:
            out[column.name] = pd.Series("", index=rows.index)
    return pd.DataFrame(out, index=rows.index)


def _history_rows(history: CouncilHistory, canonical: str) -> pd.DataFrame:
    """A canonical table of the history with a clean error column ('' for clean rows)."""
    columns = [c.name for c in TABLES[canonical].columns]
    frame = history.tables.get(canonical)
    if frame is None:
        frame = pd.DataFrame(columns=columns)
    frame = frame.copy()
    errors = frame[ERROR_COLUMN] if ERROR_COLUMN in frame else pd.Series("", index=frame.index)
    frame[ERROR_COLUMN] = errors.fillna("").astype(str)
    return frame


def _file_rows(table: SsdTable, rows: pd.DataFrame) -> pd.DataFrame:
    """The history rows that go into one SSD file (visits are split by type), renumbered."""
    for column, value in table.fixed:
        rows = rows[rows[column] == value]
    return rows.reset_index(drop=True)


def _main_frame(table: SsdTable, text: pd.DataFrame) -> pd.DataFrame:
    """The SSD columns of the main table (row identifier and part links come later)."""
    out = pd.DataFrame(index=text.index)
    for f in table.fields:
        out[f.ssd] = f.codec.to_ssd(text[f.canonical])
    marker = table.marker
    if marker:
        written = text[marker.when] != "" if marker.when else pd.Series(True, index=text.index)
        out[marker.ssd] = written.map({True: marker.value, False: ""}).astype(object)
    return out


def _list_frame(table: SsdTable, text: pd.DataFrame, errors: pd.Series
                ) -> tuple[pd.DataFrame, np.ndarray]:  # fmt: skip
    """One SSD row per group of clean rows sharing every other column; error rows on their own.

    An error row that exactly repeats a clean row is written as a copy of the SSD row holding
    the original, so a duplicated record stays an exact duplicate row. Returns the frame and,
    for every canonical row, the position of its SSD row.
    """
    assert table.list_field is not None
    if text.empty:
        return _main_frame(table, text), np.arange(0)
    listed = table.list_field
    keys = [f.canonical for f in table.fields if f.canonical != listed]
    clean = (errors == "").to_numpy()
    group = text.groupby(keys, sort=False).ngroup().to_numpy()
    content = text.groupby([*keys, listed], sort=False).ngroup().to_numpy()
    original = pd.Series(group[clean], index=content[clean]).groupby(level=0).first()
    alone = ~clean
    owner = group.copy()
    owner[alone] = group.max(initial=-1) + 1 + np.arange(alone.sum())
    rows = text.assign(_owner=owner, _position=np.arange(len(text)))
    grouped = rows.groupby("_owner", sort=False)
    frame = grouped[keys].first()
    frame[listed] = grouped[listed].agg(lambda v: LIST_CODEC.encode(list(v)))
    frame["_position"] = grouped["_position"].min()
    repeats = alone & np.isin(content, original.index)
    sources = original.loc[pd.Index(content[repeats])].to_numpy()
    frame.loc[owner[repeats], [*keys, listed]] = frame.loc[sources, [*keys, listed]].to_numpy()
    frame = frame.sort_values("_position", kind="stable")
    rank = pd.Series(np.arange(len(frame)), index=frame.index)
    out = _main_frame(table, frame.drop(columns="_position").reset_index(drop=True))
    return out, rank.loc[pd.Index(owner)].to_numpy()


def _write(folder: Path, name: str, frame: pd.DataFrame, manifest: Manifest) -> Path:
    path = folder / f"{name}.csv"
    frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
    manifest.count_rows(f"{FORMAT}/{name}.csv", len(frame))
    return path


def _locate(errors: pd.Series, ssd_rows: np.ndarray, table: str, manifest: Manifest) -> None:
    for error_id, row in zip(errors, ssd_rows, strict=True):
        if error_id:
            manifest.locate(error_id, FORMAT, f"{FORMAT}/{table}.csv", table, int(row) + 1)


def _write_table(table: SsdTable, rows: pd.DataFrame, folder: Path, manifest: Manifest
                 ) -> list[Path]:  # fmt: skip
    """Write one main table and its parts; locate its error rows."""
    text = canonical_text(rows, table.canonical)
    errors = rows[ERROR_COLUMN]
    if table.list_field:
        main, ssd_rows = _list_frame(table, text, errors)
    else:
        main, ssd_rows = _main_frame(table, text), np.arange(len(text))
    written = []
    for part in table.parts:
        frame, links = part_rows(part, text, main)
        if isinstance(part.join, IdJoin) and part.join.part == part.key:
            main[part.join.main] = links
        written.append(_write(folder, part.ssd_table, frame, manifest))
    if table.row_id:
        main.insert(0, table.row_id, content_ids(main))
    main = main[table.ssd_columns()]
    written.insert(0, _write(folder, table.ssd_table, main, manifest))
    _locate(errors, ssd_rows, table.ssd_table, manifest)
    return written


def _unwritable(history: CouncilHistory, manifest: Manifest) -> None:
    """Rows of a split table (visits) whose value names no SSD file cannot be written."""
    for canonical in {t.canonical for t in SSD_TABLES if t.fixed}:
        tables = [t for t in SSD_TABLES if t.canonical == canonical]
        rows = _history_rows(history, canonical)
        placed = pd.Series(False, index=rows.index)
        for t in tables:
            for column, value in t.fixed:
                placed |= rows[column] == value
        for _, row in rows[~placed].iterrows():
            what = ", ".join(f"{c}={row[c]!r}" for c, _ in tables[0].fixed)
            if not row[ERROR_COLUMN]:
                raise ValueError(f"{canonical} row with {what} has no SSD table")
            manifest.not_applicable(row[ERROR_COLUMN], FORMAT, f"no SSD table holds {what}")


def write_ssd(history: CouncilHistory, out_dir: Path, manifest: Manifest) -> list[Path]:
    """Write ``out_dir/ssd/<ssd_table>.csv`` for every SSD table of the mapping.

    UTF-8, ISO dates, Y/N flags; every error row is located in the manifest at the main table's
    row that carries it, which is where the loader quarantines it.
    """
    folder = out_dir / FORMAT
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for table in SSD_TABLES:
        rows = _file_rows(table, _history_rows(history, table.canonical))
        written += _write_table(table, rows, folder, manifest)
    _unwritable(history, manifest)
    return written
