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
    """All cells as strings ('' for empty), headers trimmed and lower-cased."""
    text = decode(path)
    if "\x00" in text:
        raise SourceFileError(path, "is not a CSV file (it contains binary data)")
    if not text.strip():
        raise SourceFileError(path, "is empty (not even a header row)")
    try:
        cells = pd.read_csv(
            io.StringIO(text),
            header=None,
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            skip_blank_lines=True,
        )
    except (pd.errors.ParserError, csv.Error) as error:
        raise SourceFileError(path, f"is not a readable CSV file ({error})") from error
    header = [str(c).strip().lower() for c in cells.iloc[0]]
    repeated = sorted({c for c in header if header.count(c) > 1})
    if repeated:
        raise SourceFileError(path, f"has repeated column(s) in its header: {', '.join(repeated)}")
    frame = cells.iloc[1:].reset_index(drop=True).fillna("")
    frame.columns = header
    return frame


def require_columns(path: Path, frame: pd.DataFrame, required: list[str]) -> None:
    """Stop with a message naming every missing required column."""
    missing = [c for c in dict.fromkeys(required) if c not in frame.columns]
    if missing:
        raise SourceFileError(path, f"is missing required column(s): {', '.join(missing)}")
