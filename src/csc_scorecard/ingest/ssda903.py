"""Load SSDA903 returns (children looked after): one or several collection years of CSV files.

Files are recognised by their columns and put in collection-year order (``ssda903_files.py``),
mapped to canonical text (``ssda903_schema.py``), checked against the model and across rows
(``validate.py``: types, required values, code lists, end before start, exact duplicates,
children in no header, overlapping episodes of one child) and split into accepted rows and
quarantine. Everything is read and checked before anything is written, so a file that cannot
be read stops the load with ``SourceFileError`` and leaves the store as it was. The files are
then written in one transaction, oldest year first: the store merges a record whose key it
already holds, so an episode reported in two years becomes one, closed by the later year.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from csc_scorecard.calendar import collection_year
from csc_scorecard.ingest.csv_files import reading_notes
from csc_scorecard.ingest.quarantine import main_dates, quarantine_frame
from csc_scorecard.ingest.ssda903_dates import impossible_dates
from csc_scorecard.ingest.ssda903_files import Found, find_903
from csc_scorecard.ingest.ssda903_schema import canonical_text
from csc_scorecard.ingest.validate import (
    NO_OVERLAP,
    Failure,
    check_columns,
    cross_row_checks,
    failure,
    rejected_rows,
)
from csc_scorecard.store import FileLoad, LoadResult, Store

SOURCE = "903"

Progress = Callable[[str], None]


@dataclass
class Checked:
    """One file after the per-row checks, before the checks across rows and files."""

    found: Found
    text: pd.DataFrame
    converted: pd.DataFrame
    failures: list[Failure]

    @classmethod
    def of(cls, found: Found) -> Checked:
        """Map the file and check each row against the model.

        A file with no canonical table keeps only the child, which must be present.
        """
        text = canonical_text(found.spec, found.raw, found.year)
        if found.spec.table is not None:
            converted, failures = check_columns(found.spec.table, text)
            dob = found.raw.get("dob")
            failures += impossible_dates(found.spec.table, converted, dob, found.year)
            return cls(found, text, converted, failures)
        child = text["child_id"].str.strip()
        converted = pd.DataFrame({"child_id": child.where(child != "", None)})
        missing = failure("missing_required", (child == "").to_numpy(), column="child_id")
        return cls(found, text, converted, [missing] if missing else [])

    @property
    def clean(self) -> pd.DataFrame:
        """The rows no per-row check rejected."""
        return self.converted[~np.isin(np.arange(len(self.converted)),
                                       rejected_rows(self.failures))]  # fmt: skip

    def file_load(self, known: set[str], context: pd.DataFrame | None) -> FileLoad:
        """The file split into accepted canonical rows and quarantine, after the cross-row checks.

        ``context`` is the same table's clean rows from the load's other files (other years),
        which this file's episodes must not overlap.
        """
        spec, raw, table = self.found.spec, self.found.raw, self.found.spec.table
        sources = np.arange(len(raw))
        failures = cross_row_checks(table, raw, self.converted, sources, self.failures, known,
                                    context)  # fmt: skip
        accepted = self.converted[~np.isin(sources, rejected_rows(failures))]
        return FileLoad(
            SOURCE,
            self.found.path,
            rows_in=len(raw),
            tables={table: accepted.reset_index(drop=True)} if table else {},
            quarantine=quarantine_frame(
                SOURCE,
                self.found.path,
                spec.dfe_table,
                raw,
                failures,
                raw["child"],
                main_dates(table, self.text) if table else None,
                file_name=self.found.label,
            ),
            label=self.found.label,
            notes=(*reading_notes(self.found.raw), *_date_notes(failures)),
            covers=collection_year(self.found.year),
        )


def _date_notes(failures: list[Failure]) -> list[str]:
    """A warning for each rule about dates a return cannot hold, with the rows it cost."""
    notes = []
    for f in failures:
        if f.rule_id in DATE_WARNINGS:
            notes.append(f"{len(f.rows):,} row(s) quarantined: {DATE_WARNINGS[f.rule_id]}"
                         f" ({f.rule_id}; e.g. {f.messages[0]})")  # fmt: skip
    return notes


DATE_WARNINGS = {
    "after_collection_year": "dated after the collection year",
    "child_over_25": "about a child who would be over 25",
    "implausible_date": "a date outside the plausible range",
}


def _header_children(files: list[Found]) -> set[str]:
    """Every child named in a header file of the load, rows that break a rule included.

    A header row rejected for, say, a bad ethnicity code still names a child the council
    looks after, so the child's episodes are not quarantined as unknown because of it.
    """
    ids: set[str] = set()
    for f in files:
        if f.spec.name == "header":
            ids |= set(f.raw["child"].str.strip()) - {""}
    return ids


def read_903(paths: Sequence[Path], la_code: str, known_children: set[str], *,
             progress: Progress | None = None, year: int | None = None
             ) -> list[FileLoad]:  # fmt: skip
    """Every 903 file among ``paths`` (files or folders), checked, in loading order.

    ``known_children`` are the council's child ids already in the store; ``la_code`` names the
    council in progress messages; ``year``, when given, is the collection year of every file
    (else each return's year is told by ``ssda903_files.return_years``). Raises
    ``SourceFileError`` for a file that cannot be loaded.
    """
    files = find_903(paths, year)
    known = set(known_children) | _header_children(files)
    checked = [Checked.of(found) for found in files]
    loads = []
    for file in checked:
        table = file.found.spec.table
        others = [o.clean for o in checked if o is not file and o.found.spec.table == table]
        context = pd.concat(others, ignore_index=True) if table in NO_OVERLAP and others else None
        loads.append(file.file_load(known, context))
        if progress:
            progress(f"{la_code}: read {file.found.label} ({len(file.found.raw):,} rows)")
    return loads


def load_903(store: Store, paths: Sequence[Path], la_code: str, *,
             progress: Progress | None = None, year: int | None = None
             ) -> list[LoadResult]:  # fmt: skip
    """Read 903 returns and write them to the store in one transaction, oldest year first.

    Files already loaded for this council (same year, name and bytes) are skipped, so loading
    the same returns twice changes nothing. ``year`` as for ``read_903``.
    """
    known = store.known_children(la_code)
    loads = read_903(paths, la_code, known, progress=progress, year=year)
    return store.write_loads(la_code, loads)
