"""Read council CSV exports as text, whatever their encoding and header spelling.

Council systems export UTF-8 with or without a byte-order mark and, often, Windows-1252. Every
cell is read as text (nothing is guessed or silently converted); headers are matched after
trimming and lower-casing.
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
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            quoting=csv.QUOTE_MINIMAL,
            engine="python",
        )
    except (pd.errors.ParserError, pd.errors.EmptyDataError, csv.Error) as error:
        raise SourceFileError(path, f"is not a readable CSV file ({error})") from error
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    return frame


def require_columns(path: Path, frame: pd.DataFrame, required: list[str]) -> None:
    """Stop with a clear message naming every missing column."""
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise SourceFileError(path, f"is missing required column(s): {', '.join(missing)}")
