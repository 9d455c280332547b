"""Analysts' commentary: what the people who know the service say about a figure.

Commentary is read from a file the analysts own (YAML: a list of entries; CSV: columns
``indicator, month, text, author``) and is only ever read: the analysis keeps it beside the
sentences it generates and never writes to the file, so regenerating a pack cannot overwrite
what an analyst wrote. Several entries for the same indicator and month are kept in file order.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from csc_scorecard.calendar import parse_month
from csc_scorecard.indicators.catalogue import BY_ID

FIELDS = ("indicator", "month", "text", "author")


@dataclass(frozen=True)
class Comment:
    """One entry: the text exactly as written, and who wrote it."""

    indicator: str
    month: date
    text: str
    author: str


@dataclass(frozen=True)
class Commentary:
    """Every comment of a file, looked up by indicator and month."""

    comments: tuple[Comment, ...] = ()

    def about(self, indicator_id: str, month: date) -> tuple[Comment, ...]:
        """The comments on one indicator's figure for one month, in file order."""
        return tuple(c for c in self.comments if c.indicator == indicator_id and c.month == month)


def load_commentary(path: Path) -> Commentary:
    """Read a ``.yaml``/``.yml`` or ``.csv`` commentary file (read only, never written)."""
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() == ".csv":
        reader = csv.DictReader(text.splitlines())
        missing = set(FIELDS) - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{path}: missing column(s) {sorted(missing)}; need {FIELDS}")
        rows: list[Any] = list(reader)
        first_row = 2  # the header is row 1
    elif path.suffix.lower() in (".yaml", ".yml"):
        rows = yaml.safe_load(text) or []
        if not isinstance(rows, list):
            raise ValueError(f"{path}: expected a list of entries ({', '.join(FIELDS)})")
        first_row = 1
    else:
        raise ValueError(f"{path}: commentary must be a .yaml, .yml or .csv file")
    return Commentary(
        tuple(_comment(path, number, row) for number, row in enumerate(rows, first_row))
    )


def _comment(path: Path, number: int, row: Any) -> Comment:
    where = f"{path}, entry {number}"
    if not isinstance(row, dict) or set(FIELDS) - set(row):
        raise ValueError(f"{where}: each entry needs {', '.join(FIELDS)}")
    indicator_id = str(row["indicator"]).strip()
    if indicator_id not in BY_ID:
        raise ValueError(f"{where}: unknown indicator {indicator_id!r}")
    try:
        month = parse_month(str(row["month"]).strip())
    except ValueError as error:
        raise ValueError(f"{where}: {error}") from error
    return Comment(indicator_id, month, str(row["text"]), str(row["author"]))
