"""Load DfE's published statistics (explore-education-statistics open-data CSVs).

Every DfE release serves its tables as CSVs of one layout: ``time_period``,
``time_identifier``, ``geographic_level``, the area's codes and name, filter columns and
indicator columns. ``config/benchmarks.yaml`` says which filter values and column hold each of
our indicators; each row that the mapping places becomes one ``benchmark_value`` row for
England, a region or a council. A symbol DfE publishes instead of a figure ("c", "x", "low"...)
is kept with its meaning and an empty value, never read as 0. A row the mapping cannot place,
whose period is not a year, or whose council has no code we can use goes to quarantine.

A council is known by its three-digit ``old_la_code``. A council that was renamed or given a
new ONS code keeps its old code; a row with only a ``new_la_code`` takes the old code another
row of the files pairs with it.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from csc_scorecard.ingest.benchmark_mapping import (
    DEFAULT_MAPPING,
    TIME_BASES,
    Mapping,
    Placement,
    TimeBasis,
)
from csc_scorecard.ingest.csv_files import read_text_csv, reading_notes, require_columns
from csc_scorecard.ingest.quarantine import quarantine_frame
from csc_scorecard.ingest.rules import RULES
from csc_scorecard.ingest.validate import Failure
from csc_scorecard.model import TABLES
from csc_scorecard.store import NATIONAL, FileLoad, LoadResult, Store

SOURCE = "benchmarks"
REQUIRED = ["time_period", "time_identifier", "geographic_level"]
SYMBOLS: dict[str, str] = {
    "c": "confidential: suppressed to protect individuals",
    "x": "not available (unpublished or not collected)",
    "z": "not applicable",
    "low": "rounds to 0 but is not 0",
    "u": "low reliability",
    ":": "not available",
    "k": "rounds to 0 but is not 0",
    "~": "rounds to 0 but is not 0",
    "..": "not available",
}
"""DfE's symbols for a figure not published (EES guidance on symbols), with their meaning."""
LEVEL_CODES = {
    "national": "country_code",
    "regional": "region_code",
    "local authority": "old_la_code",
}
"""The geographic levels we place and the column naming each one's area."""
NAME_COLUMNS = {"national": "country_name", "regional": "region_name", "local authority": "la_name"}
GEOGRAPHY = {*REQUIRED, "country_code", "country_name", "region_code", "region_name",
             "new_la_code", "old_la_code", "la_name"}  # fmt: skip
"""The layout's columns that say when and where: neither filters nor indicators."""


def year_ending(time_period: str, time_basis: TimeBasis = "31 March") -> date | None:
    """The date a published period ends on, by the figure's time basis; None if it cannot.

    DfE's children's social care releases report at 31 March (``Reporting year`` 2025) or for
    the financial year (``202425``): both end 31 March 2025. The workforce release reports at
    30 September (``Reporting year`` 2025 is the year to 30 September 2025), never for a
    financial year. Anything else is not a period we can place.
    """
    text = time_period.strip()
    if re.fullmatch(r"\d{4}", text):
        return date(int(text), 9, 30) if time_basis == "30 September" else date(int(text), 3, 31)
    if (
        time_basis != "30 September"
        and re.fullmatch(r"\d{6}", text)
        and (int(text[:4]) + 1) % 100 == int(text[4:])
    ):
        return date(int(text[:4]) + 1, 3, 31)
    return None


def read_number(text: str) -> tuple[float | None, str | None, str | None]:
    """(value, symbol, reason) of a published cell: a number, or a symbol and its meaning.

    A symbol DfE has not listed is kept as published, with a reason saying so, rather than
    guessed at.
    """
    cell = text.strip().replace(",", "")
    if cell == "":
        return None, "", "empty in the published file"
    try:
        return float(cell), None, None
    except ValueError:
        symbol = cell.lower()
        return None, cell, SYMBOLS.get(symbol, f"{cell!r} published in place of a figure")


def council_codes(frames: list[pd.DataFrame]) -> dict[str, str]:
    """new_la_code -> old_la_code, from every row of the files that names both."""
    pairs: dict[str, str] = {}
    for frame in frames:
        if {"new_la_code", "old_la_code"} <= set(frame.columns):
            both = frame[
                (frame.new_la_code.str.strip() != "") & (frame.old_la_code.str.strip() != "")
            ]
            pairs.update(
                zip(both.new_la_code.str.strip(), both.old_la_code.str.strip(), strict=True)
            )
    return pairs


Row = dict[str, str]
"""One row of a file as read: column -> cell text (a national file has many: no pandas per row)."""


def _cell(row: Row, column: str) -> str:
    return str(row.get(column, "")).strip()


def _area(row: Row, codes: dict[str, str]) -> tuple[str, str] | str:
    """(level, area code) of a row, or the quarantine message why it has none."""
    level = _cell(row, "geographic_level").lower()
    column = LEVEL_CODES.get(level)
    if column is None:
        return f"geographic_level {level!r} is not National, Regional or Local authority"
    code = _cell(row, column)
    if level == "local authority" and not code:
        code = codes.get(_cell(row, "new_la_code"), "")
    if not code:
        return RULES["benchmark_no_area"].render(level=level, needed=column)
    return level, code


def _row(placement: Placement, row: Row, area: tuple[str, str],
         when: date, path: Path) -> dict[str, object]:  # fmt: skip
    """One benchmark_value row for a placed published row."""
    level, code = area
    value, symbol, reason = read_number(_cell(row, placement.column))
    count = read_number(_cell(row, placement.numerator))[0] if placement.numerator else None
    denominator = count * placement.per / value if count is not None and value else None
    return {
        "indicator_id": placement.indicator_id,
        "year_ending": when,
        "publication": placement.publication,
        "time_period": _cell(row, "time_period"),
        "geographic_level": {"national": "National", "regional": "Regional"}.get(
            level, "Local authority"
        ),
        "area_code": code,
        "area_name": _cell(row, NAME_COLUMNS[level])
        or ("England" if level == "national" else None),
        "region_code": _cell(row, "region_code") or None,
        "new_la_code": _cell(row, "new_la_code") or None,
        "value": value,
        "numerator": count,
        "denominator": denominator,
        "symbol": symbol,
        "reason": reason,
        "file": path.name,
    }


def read_benchmark_file(path: Path, raw: pd.DataFrame, mapping: Mapping,
                        codes: dict[str, str]) -> FileLoad:  # fmt: skip
    """Place each row of one open-data CSV (see the module doc); the rest to quarantine."""
    require_columns(path, raw, REQUIRED)
    fitting = [p for p in mapping.placements if p.fits(set(raw.columns))]
    filter_columns = [c for c in raw.columns if c not in GEOGRAPHY and not _numeric_column(raw, c)]
    rows: list[dict[str, object]] = []
    failures: list[Failure] = []

    def reject(rule: str, position: int, message: str) -> None:
        failures.append(Failure(rule, np.array([position]), [message]))

    records: list[Row] = [
        dict(zip(raw.columns, r, strict=True)) for r in raw.itertuples(index=False)
    ]

    def bad_period(position: int, row: Row) -> None:
        reject("benchmark_bad_period", position, RULES["benchmark_bad_period"].render(
            value=_cell(row, "time_period"), identifier=_cell(row, "time_identifier")))  # fmt: skip

    for position, row in enumerate(records):
        period = _cell(row, "time_period")
        if all(year_ending(period, basis) is None for basis in TIME_BASES):
            bad_period(position, row)
            continue
        area = _area(row, codes)
        if isinstance(area, str):
            reject("benchmark_no_area", position, area)
            continue
        placed = [p for p in fitting if all(_cell(row, f) == v for f, v in p.filters)]
        if not placed:
            filters = {c: _cell(row, c) for c in filter_columns}
            reject(
                "benchmark_unmapped", position, RULES["benchmark_unmapped"].render(filters=filters)
            )
            continue
        ends = [year_ending(period, p.time_basis) for p in placed]
        if any(when is None for when in ends):  # a financial year for a 30 September figure
            bad_period(position, row)
            continue
        rows.extend(_row(p, row, area, when, path) for p, when in zip(placed, ends, strict=True)
                    if when is not None)  # fmt: skip
    columns = [c.name for c in TABLES["benchmark_value"].columns]
    accepted = pd.DataFrame(rows, columns=columns)
    accepted["year_ending"] = pd.to_datetime(accepted["year_ending"]).dt.date
    return FileLoad(
        SOURCE, path, rows_in=len(raw), tables={"benchmark_value": accepted},
        quarantine=quarantine_frame(SOURCE, path, "published statistics", raw, failures),
        notes=reading_notes(raw),
    )  # fmt: skip


def _numeric_column(raw: pd.DataFrame, column: str) -> bool:
    """An indicator column: every cell a number or a DfE symbol (filters are words)."""
    cells = raw[column].str.strip().str.lower()
    numeric = pd.to_numeric(cells.str.replace(",", ""), errors="coerce").notna()
    return bool((numeric | cells.isin(SYMBOLS) | (cells == "")).all())


def load_benchmarks(store: Store, paths: list[Path],
                    mapping: Mapping | None = None) -> list[LoadResult]:  # fmt: skip
    """Load published-statistics CSVs, all in one transaction (see the module doc)."""
    mapping = mapping or Mapping.read(DEFAULT_MAPPING)
    raws = [read_text_csv(path) for path in paths]
    codes = council_codes(raws)
    loads = [
        read_benchmark_file(p, raw, mapping, codes) for p, raw in zip(paths, raws, strict=True)
    ]
    return store.write_loads(NATIONAL, loads)
