"""Load the council's 0-17 population per year: the denominator of every rate per 10,000.

A small CSV the analyst keeps (``year,population_0_17``, from the ONS mid-year estimates); the
synthetic council writes one. It goes through the same checks and quarantine as case records.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from csc_scorecard.ingest.csv_files import read_text_csv, reading_notes, require_columns
from csc_scorecard.ingest.periods import financial_years_period
from csc_scorecard.ingest.quarantine import quarantine_frame, rejected_rows
from csc_scorecard.ingest.validate import check_columns, duplicate_rows
from csc_scorecard.store import FileLoad, LoadResult, Store

SOURCE = "population"
COLUMNS = ["year", "population_0_17"]


def read_population(path: Path) -> FileLoad:
    """Read and check a population CSV (a file without its two columns is an error)."""
    raw = read_text_csv(path)
    require_columns(path, raw, COLUMNS)
    converted, failures = check_columns("population", raw[COLUMNS])
    duplicated = duplicate_rows(raw[["year"]])
    failures += [duplicated] if duplicated else []
    rejected = rejected_rows(failures)
    accepted = converted[~np.isin(np.arange(len(raw)), rejected)].reset_index(drop=True)
    return FileLoad(
        SOURCE, path, rows_in=len(raw), tables={"population": accepted},
        quarantine=quarantine_frame(SOURCE, path, "population", raw, failures),
        notes=reading_notes(raw),
        covers=financial_years_period(accepted["year"]),
    )  # fmt: skip


def load_population(store: Store, path: Path, la_code: str) -> list[LoadResult]:
    """Load a population CSV for a council (a corrected file replaces the earlier one)."""
    return store.write_loads(la_code, [read_population(path)])
