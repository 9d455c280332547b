"""Write a simulated council as a Standard Safeguarding Dataset extract (one CSV per table).

Driven entirely by ``model/ssd.py``, the mapping the SSD loader reads with. Rows keep the
history's order, so the manifest's row numbers point at the injected errors.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from csc_scorecard.model.ssd import SSD_TABLES, SsdTable
from csc_scorecard.synth.history import ERROR_COLUMN, CouncilHistory
from csc_scorecard.synth.manifest import Manifest

FORMAT = "ssd"


def _cell(value: object, inverted: bool = False) -> str:
    """A value as the SSD writes it: ISO dates, Y/N flags, empty for missing."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):  # type: ignore[call-overload]
        return ""
    if isinstance(value, bool):
        return "Y" if value != inverted else "N"
    if hasattr(value, "isoformat"):
        return str(value.isoformat())[:10]
    return str(value)


def _row_ids(frame: pd.DataFrame, columns: list[str]) -> list[str]:
    """Identifiers made from a row's content, so duplicated rows get the same identifier."""
    joined = frame[columns].astype(str).agg("|".join, axis=1)
    return [hashlib.sha1(text.encode()).hexdigest()[:12] for text in joined]


def _ssd_frame(table: SsdTable, rows: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame(index=rows.index)
    if table.row_id:
        out[table.row_id] = _row_ids(rows, list(table.columns))
    for canonical, ssd in table.columns.items():
        inverted = canonical in table.inverted_flags
        out[ssd] = [_cell(v, inverted) for v in rows[canonical]]
    for ssd, value in table.constants.items():
        out[ssd] = value
    return out


def _rows_of(table: SsdTable, history: CouncilHistory) -> pd.DataFrame:
    rows = history.tables[table.canonical]
    for column, value in table.canonical_constants.items():
        rows = rows[rows[column] == value]
    return rows


def write_ssd(history: CouncilHistory, out_dir: Path, manifest: Manifest) -> list[Path]:
    """Write ``out_dir/ssd/<ssd_table>.csv`` for every SSD table of the mapping."""
    folder = out_dir / "ssd"
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in SSD_TABLES:
        rows = _rows_of(table, history).reset_index(drop=True)
        main = _ssd_frame(table, rows)
        written.append(_write(folder, table.ssd_table, main, manifest))
        _locate_errors(rows, f"ssd/{table.ssd_table}.csv", table.ssd_table, manifest)
        for ext in table.extensions:
            keep = rows[ext.only_when].notna() if ext.only_when else pd.Series(True, rows.index)
            extension = pd.DataFrame({ext.key: main.loc[keep, table.join_column]})
            for canonical, ssd in ext.columns.items():
                extension[ssd] = [_cell(v) for v in rows.loc[keep, canonical]]
            written.append(_write(folder, ext.ssd_table, extension, manifest))
    return written


def _write(folder: Path, name: str, frame: pd.DataFrame, manifest: Manifest) -> Path:
    path = folder / f"{name}.csv"
    frame.to_csv(path, index=False)
    manifest.count_rows(f"ssd/{name}.csv", len(frame))
    return path


def _locate_errors(rows: pd.DataFrame, file: str, ssd_table: str, manifest: Manifest) -> None:
    if ERROR_COLUMN not in rows:
        return
    for position, error_id in enumerate(rows[ERROR_COLUMN], start=1):
        if error_id:
            manifest.locate(error_id, FORMAT, file, ssd_table, position)
