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
from collections.abc import Callable
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
    """One worksheet: its name, its headings as written and its data rows as text.

    ``rows_above`` counts the non-empty rows above the heading row (titles, notes), skipped.
    """

    name: str
    headings: list[str]
    rows: pd.DataFrame
    rows_above: int = 0

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


HEADING_SEARCH = 20
"""How many non-empty rows at the top of a sheet may hold titles above the heading row."""


def heading_row(texts: list[list[str]], is_heading: Callable[[str], bool] | None) -> int | None:
    """The position of the heading row (None for an empty sheet).

    The first non-empty row; or, when ``is_heading`` is given, the row among the first
    ``HEADING_SEARCH`` non-empty ones with the most cells it recognises (at least two), so
    title rows above the headings are passed over.
    """
    filled = [i for i, row in enumerate(texts) if any(row)]
    if not filled:
        return None
    if is_heading is None:
        return filled[0]
    scores = [(sum(map(is_heading, texts[i])), i) for i in filled[:HEADING_SEARCH]]
    best, position = max(scores, key=lambda score: (score[0], -score[1]))
    return position if best >= 2 else filled[0]


def _sheet(name: str, rows: list[tuple[object, ...]],
           is_heading: Callable[[str], bool] | None = None) -> Sheet:  # fmt: skip
    """Headings from the heading row; data rows below it, trailing empty rows dropped."""
    texts = [[cell_text(v) for v in row] for row in rows]
    start = heading_row(texts, is_heading)
    if start is None:
        return Sheet(name, [], pd.DataFrame())
    above = sum(1 for row in texts[:start] if any(row))
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
    return Sheet(name, headings, frame, above)


def read_sheets(path: Path, is_heading: Callable[[str], bool] | None = None) -> list[Sheet]:
    """Every worksheet of an .xlsx workbook as text; an unreadable file is a SourceFileError.

    ``is_heading`` tells a cell that is one of the headings the caller expects; with it, the
    heading row is searched for under any title rows (see ``heading_row``). Formulas are read
    as the values Excel last calculated.
    """
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError as error:
        raise SourceFileError(path, "does not exist") from error
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as error:
        raise SourceFileError(path, f"is not a readable Excel workbook ({error})") from error
    try:
        return [_sheet(ws.title, list(ws.iter_rows(values_only=True)), is_heading)
                for ws in workbook]  # fmt: skip
    finally:
        workbook.close()
