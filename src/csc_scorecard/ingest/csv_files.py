"""Read council CSV exports as text, whatever their encoding and header spelling.

Council systems export UTF-8 with or without a byte-order mark and, often, Windows-1252. Every
cell is read as text, nothing is guessed or converted ('' for an empty cell), and headers are
matched after trimming and lower-casing, because exports differ in exactly those ways.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd

from csc_scorecard.ingest.errors import SourceFileError

ENCODINGS = ("utf-8-sig", "cp1252")


def decode(path: Path) -> str:
    """The file's text: UTF-8 (with or without BOM), else Windows-1252."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SourceFileError(path, f"cannot be read ({error.strerror})") from error
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SourceFileError(path, "is neither UTF-8 nor Windows-1252 text")


def read_text_csv(path: Path) -> pd.DataFrame:
    """All cells as strings ('' for empty), headers trimmed and lower-cased.

    Excel's habits are undone where the meaning is certain, each with a note in
    ``frame.attrs["notes"]`` for the load summary: ';' or tab between columns, trailing
    columns with neither heading nor values, trailing rows of empty cells.
    """
    text = decode(path)
    if "\x00" in text:
        raise SourceFileError(path, "is not a CSV file (it contains binary data)")
    if not text.strip():
        raise SourceFileError(path, "is empty (not even a header row)")
    separator = _separator(text)
    try:
        cells = pd.read_csv(
            io.StringIO(text),
            header=None,
            sep=separator,
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            skip_blank_lines=True,
        )
    except (pd.errors.ParserError, csv.Error) as error:
        raise SourceFileError(path, f"is not a readable CSV file ({error})") from error
    notes = [] if separator == "," else [f"the file uses {SEPARATOR_NAMES[separator]} between"
                                         " columns; read that way"]  # fmt: skip
    cells = cells.fillna("")
    cells, dropped_columns = _without_trailing_empty_columns(cells)
    if dropped_columns:
        notes.append(f"{dropped_columns} empty columns at the right (no heading, no values)"
                     " ignored")  # fmt: skip
    header = [str(c).strip().lower() or f"(column {i + 1})" for i, c in enumerate(cells.iloc[0])]
    unnamed = [h for h in header if h.startswith("(column ")]
    if unnamed:
        verbs = "has no heading but holds" if len(unnamed) == 1 else "have no headings but hold"
        notes.append(f"{', '.join(unnamed)} {verbs} values; not read")
    repeated = sorted({c for c in header if header.count(c) > 1})
    if repeated:
        raise SourceFileError(path, f"has repeated column(s) in its header: {', '.join(repeated)}")
    frame = cells.iloc[1:].reset_index(drop=True)
    frame.columns = header
    frame, dropped_rows = _without_trailing_empty_rows(frame)
    if dropped_rows:
        notes.append(f"{dropped_rows} empty row{'s' if dropped_rows > 1 else ''} at the end"
                     " (every cell empty) ignored")  # fmt: skip
    frame.attrs["notes"] = notes
    return frame


SEPARATOR_NAMES = {",": "','", ";": "';'", "\t": "tab"}


def _separator(text: str) -> str:
    """',' unless the header row has no comma but has ';' or tabs (European Excel, TSV)."""
    first = text.lstrip("\r\n").splitlines()[0]
    if "," in first:
        return ","
    counts = {sep: first.count(sep) for sep in (";", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def _without_trailing_empty_columns(cells: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """The cells without the columns at the right that are empty in every row, header too."""
    empty = (cells.apply(lambda column: column.str.strip()) == "").all().to_numpy()
    keep = len(empty)
    while keep > 1 and empty[keep - 1]:
        keep -= 1
    return cells.iloc[:, :keep], len(empty) - keep


def _without_trailing_empty_rows(frame: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """The rows without the rows at the end whose every cell is empty (Excel's ',,,,' lines)."""
    if frame.empty:
        return frame, 0
    blank = (frame.apply(lambda column: column.str.strip()) == "").all(axis=1).to_numpy()
    keep = len(blank)
    while keep > 0 and blank[keep - 1]:
        keep -= 1
    kept = frame.iloc[:keep].reset_index(drop=True)
    return kept, len(blank) - keep


def reading_notes(frame: pd.DataFrame) -> tuple[str, ...]:
    """The notes ``read_text_csv`` left on a frame (none for a frame read otherwise)."""
    return tuple(frame.attrs.get("notes", ()))


def require_columns(path: Path, frame: pd.DataFrame, required: list[str]) -> None:
    """Stop with a message naming every missing required column."""
    missing = [c for c in dict.fromkeys(required) if c not in frame.columns]
    if missing:
        raise SourceFileError(path, f"is missing required column(s): {', '.join(missing)}")
