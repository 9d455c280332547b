"""Load monthly series (workforce, elective home education) from a CSV or Excel file.

The figures come from HR and education systems, not case records, so councils keep them as a
simple table: indicator id, month (YYYY-MM), value and, for a ratio, numerator and
denominator. Headings are matched the way ``workbook.normalise`` does ("Indicator ID",
"indicator_id"). An indicator id outside the catalogue stops the load, naming the known ids, as
it is a mistake in the whole file's set-up rather than in one figure; bad figures go to
quarantine with source ``series``.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from csc_scorecard.ingest.csv_files import read_text_csv, reading_notes
from csc_scorecard.ingest.errors import SourceFileError
from csc_scorecard.ingest.periods import months_period
from csc_scorecard.ingest.quarantine import quarantine_frame, rejected_rows
from csc_scorecard.ingest.rules import RULES
from csc_scorecard.ingest.validate import (
    Failure,
    check_columns,
    duplicate_rows,
    failure,
    parse_dates,
)
from csc_scorecard.ingest.workbook import normalise, read_sheets
from csc_scorecard.store import FileLoad, LoadResult, Store

SOURCE = "series"
TABLE = "aggregate_value"
HEADINGS = {
    "indicator_id": ("indicator id", "indicator", "id"),
    "month": ("month", "period"),
    "value": ("value",),
    "numerator": ("numerator",),
    "denominator": ("denominator",),
}
"""Canonical column and the normalised headings it is read from."""
REQUIRED = ("indicator_id", "month", "value")
MONTH = r"(\d{4})-(\d{1,2})"


def _read(path: Path) -> tuple[str, pd.DataFrame]:
    """The file's table (source table name, text cells) from a CSV or the first Excel sheet."""
    if path.suffix.casefold() in {".xlsx", ".xlsm"}:
        sheets = [s for s in read_sheets(path) if s.headings]
        if not sheets:
            raise SourceFileError(path, "has no sheet with a heading row")
        sheet = sheets[0]
        return sheet.name, sheet.rows.set_axis([normalise(h) for h in sheet.headings], axis=1)
    frame = read_text_csv(path)
    return path.name, frame.set_axis([normalise(h) for h in frame.columns], axis=1)


def _columns(path: Path, raw: pd.DataFrame) -> pd.DataFrame:
    """The canonical columns as text; a missing required heading is a SourceFileError."""
    text = pd.DataFrame(index=raw.index)
    for column, names in HEADINGS.items():
        found = [i for i, heading in enumerate(raw.columns) if heading in names]
        if found:
            text[column] = raw.iloc[:, found[0]].astype(str).str.strip()
        elif column in REQUIRED:
            raise SourceFileError(path, f"has no {column} column (headings: {', '.join(names)})")
    return text


def _months(text: pd.Series) -> tuple[pd.Series, Failure | None]:
    """ISO first-of-month text for YYYY-MM (or a date on the 1st); ``bad_month`` otherwise."""
    parts = text.str.fullmatch(MONTH)
    pieces = text.str.extract(MONTH)
    month = pd.to_numeric(pieces[1], errors="coerce")
    plain = parts & month.between(1, 12)
    iso = pieces[0].str.cat(month.fillna(1).astype(int).map("{:02d}".format), sep="-") + "-01"
    dates, _ = parse_dates(text.where(~parts, ""))
    first = dates.notna() & (dates.dt.day == 1)
    out = pd.Series("", index=text.index).where(~plain, iso)
    out = out.where(~first, dates.dt.strftime("%Y-%m-%d"))
    bad = (text != "") & ~plain & ~first
    return out, failure("bad_month", bad, column="month", value=text)


def _unknown_ids(path: Path, ids: pd.Series, known_ids: set[str]) -> None:
    unknown = sorted(set(ids[(ids != "") & ~ids.isin(known_ids)]))
    if unknown:
        raise SourceFileError(
            path,
            f"has unknown indicator id(s) {', '.join(unknown)}; known ids are"
            f" {', '.join(sorted(known_ids))}",
        )


def _cross_row(raw: pd.DataFrame, converted: pd.DataFrame) -> list[Failure | None]:
    """Numerator above denominator, exact repeats, and a month given twice with other values."""
    over = (converted["numerator"] > converted["denominator"]).fillna(False).to_numpy()
    exact = duplicate_rows(raw)
    keys = converted[["indicator_id", "month"]].astype(str)
    keyed = converted[["indicator_id", "month"]].notna().all(axis=1).to_numpy()
    repeated = keyed & keys.duplicated(keep="first").to_numpy() & ~raw.duplicated().to_numpy()
    first = (
        pd.Series(np.arange(len(keys)))
        .groupby([keys["indicator_id"].to_numpy(), keys["month"].to_numpy()])
        .transform("min")
    )
    key = keys["indicator_id"] + " " + keys["month"].str[:7]
    return [
        failure(
            "numerator_over_denominator",
            over,
            numerator=converted["numerator"],
            denominator=converted["denominator"],
        ),
        exact,
        failure("repeated_key", repeated, key=key, first_row=first.to_numpy() + 1),
    ]


def read_series(path: Path, known_ids: set[str]) -> FileLoad:
    """Read and check a series file; nothing is written (see ``load_series``)."""
    if not path.is_file():
        raise SourceFileError(path, "does not exist")
    name, raw = _read(path)
    text = _columns(path, raw)
    _unknown_ids(path, text["indicator_id"], known_ids)
    text["month"], bad_month = _months(text["month"])
    converted, checked = check_columns(TABLE, text)
    failures: list[Failure | None] = list(checked)
    if bad_month is not None:  # an unreadable month is not also an empty one
        empty_month = RULES["missing_required"].render(column="month")
        failures = [f.excluding(bad_month.rows) if f and f.messages[0] == empty_month else f
                    for f in failures] + [bad_month]  # fmt: skip
    found = [f for f in [*failures, *_cross_row(raw, converted)] if f is not None]
    accepted = converted[~np.isin(np.arange(len(raw)), rejected_rows(found))]
    return FileLoad(
        SOURCE,
        path,
        rows_in=len(raw),
        tables={TABLE: accepted.reset_index(drop=True)},
        quarantine=quarantine_frame(SOURCE, path, name, raw, found, None, text["month"]),
        notes=reading_notes(raw),
        covers=months_period(accepted["month"]),
    )


def load_series(store: Store, path: Path, la_code: str, known_ids: set[str]) -> list[LoadResult]:
    """Load a series file for a council into ``aggregate_value`` (one transaction).

    ``known_ids`` are the indicator catalogue's ids; an id outside them raises
    ``SourceFileError`` listing them, and the store is left as it was.
    """
    return store.write_loads(la_code, [read_series(path, known_ids)])
