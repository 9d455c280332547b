"""Read Excel workbooks as text, sheet by sheet, and match headings the way councils vary them.

Every cell becomes text, as ``csv_files`` does for CSV, so one set of checks serves both: Excel
dates become ISO ``YYYY-MM-DD``, whole numbers lose Excel's ``.0``, empty cells are ''. Sheets
are read with openpyxl in read-only mode (rows streamed, not the whole object model), which
keeps a council's six-month Annex A well within memory.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

import pandas as pd
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from csc_scorecard.ingest.errors import SourceFileError

QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "`": "'"})
NOTE = re.compile(
    r"\s*(?:\[[^\]]*\]|\((?:dd|yyyy|mm|date format|format|note|see|e\.g\.)[^)]*\)"
    r"|-?\s*(?:dd/mm/yy(?:yy)?|yyyy-mm-dd)|\*+)\s*$"
)
"""A trailing note or date-format hint: ``[optional]``, ``(dd/mm/yyyy)``, ``dd/mm/yyyy``, ``*``."""
PUNCTUATION = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True)
class Sheet:
    """One worksheet: its name, its headings as written and its data rows as text."""

    name: str
    headings: list[str]
    rows: pd.DataFrame

    @property
    def row_count(self) -> int:
        """Data rows (the rows under the heading row)."""
        return len(self.rows)


def normalise(text: str) -> str:
    """A heading or sheet name reduced to what identifies it.

    Case, accents, curly quotes, spacing, punctuation and trailing notes or date-format hints
    differ between councils' templates; the words do not.
    """
    folded = unicodedata.normalize("NFKC", str(text)).translate(QUOTES).casefold().strip()
    while True:
        trimmed = NOTE.sub("", folded)
        if trimmed == folded:
            break
        folded = trimmed
    return PUNCTUATION.sub(" ", folded).strip()


def cell_text(value: object) -> str:
    """A cell as text: dates ISO, whole numbers without ``.0``, None as ''."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time.min else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _sheet(name: str, rows: list[tuple[object, ...]]) -> Sheet:
    """Headings from the first non-empty row; data rows below it, trailing empty rows dropped."""
    texts = [[cell_text(v) for v in row] for row in rows]
    start = next((i for i, row in enumerate(texts) if any(row)), len(texts))
    if start == len(texts):
        return Sheet(name, [], pd.DataFrame())
    headings = texts[start]
    while headings and not headings[-1]:
        headings.pop()
    body = [(row + [""] * len(headings))[: len(headings)] for row in texts[start + 1 :]]
    while body and not any(body[-1]):
        body.pop()
    labels = [h or f"(column {i + 1})" for i, h in enumerate(headings)]
    frame = (
        pd.DataFrame(body, columns=labels, dtype=object)
        if body
        else pd.DataFrame(columns=labels, dtype=object)
    )
    return Sheet(name, headings, frame)


def read_sheets(path: Path) -> list[Sheet]:
    """Every worksheet of an .xlsx workbook as text; an unreadable file is a SourceFileError."""
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError as error:
        raise SourceFileError(path, "does not exist") from error
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as error:
        raise SourceFileError(path, f"is not a readable Excel workbook ({error})") from error
    try:
        return [_sheet(ws.title, list(ws.iter_rows(values_only=True))) for ws in workbook]
    finally:
        workbook.close()
