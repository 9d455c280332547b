"""Find the SSDA903 files among the paths given, say which file each is and which year it is for.

Councils name their 903 CSVs as they like, so a file is recognised by its columns (as the DfE's
tools do), never by its name: it is the 903 file all of whose columns it has (extra columns are
ignored; the fullest match wins). A file that matches none stops the load with an error naming
the nearest 903 file and the columns it lacks.

A file's collection year (named by the year it ends, 2026 = April 2025 to March 2026) is the
name of the nearest folder above it named by a year (``ssda903/2026/episodes.csv``); else the
year of the latest date in the file's dating columns (episode start and end, review, missing,
adoption dates); else, for files that hold no such dates (header, OC2, OC3, UASC, previous
permanence), the latest year of the other files in the same folder. Files are loaded in
collection-year order so that the store's merge joins an episode reported in two years.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from csc_scorecard.ingest.csv_files import read_text_csv
from csc_scorecard.ingest.errors import SourceFileError
from csc_scorecard.ingest.ssda903_schema import FILES, File903
from csc_scorecard.ingest.validate import parse_dates

YEAR_FOLDER = re.compile(r"(19|20)\d\d")


@dataclass(frozen=True)
class Found:
    """One 903 file as read: which file it is, its cells as text and its collection year."""

    path: Path
    spec: File903
    raw: pd.DataFrame
    year: int

    @property
    def label(self) -> str:
        """The name the file is known by in the store: ``<year>/<file name>``.

        Every year's return has an ``episodes.csv``; with the year, a corrected file replaces
        its own year's earlier load and no other.
        """
        return f"{self.year}/{self.path.name}"


def csv_paths(paths: Sequence[Path]) -> list[Path]:
    """The CSV files named, and those anywhere under the folders named, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.suffix.lower() == ".csv")
        elif path.exists():
            found.append(path)
        else:
            raise SourceFileError(path, "does not exist")
    if not found:
        shown = ", ".join(str(p) for p in paths)
        raise SourceFileError(Path(shown), "holds no CSV files (expected SSDA903 files)")
    return list(dict.fromkeys(found))


def recognise(path: Path, columns: Sequence[str]) -> File903:
    """The 903 file whose columns the header has (the fullest such); else a clear error."""
    present = set(columns)
    matches = [f for f in FILES if {c.lower() for c in f.columns} <= present]
    if matches:
        return max(matches, key=lambda f: len(f.columns))

    def likeness(f: File903) -> float:
        wanted = {c.lower() for c in f.columns}
        return len(wanted & present) / len(wanted | present)

    nearest = max(FILES, key=likeness)
    missing = [c for c in nearest.columns if c.lower() not in present]
    raise SourceFileError(
        path,
        f"matches no SSDA903 file's columns; the nearest is {nearest.dfe_table}"
        f" ({', '.join(nearest.columns)}), which it lacks {', '.join(missing)}",
    )


def folder_year(path: Path) -> int | None:
    """The year of the nearest folder above ``path`` named by a year, if any."""
    for folder in path.parents:
        if YEAR_FOLDER.fullmatch(folder.name):
            return int(folder.name)
    return None


def dated_year(spec: File903, raw: pd.DataFrame) -> int | None:
    """Collection year of the latest readable date in the file's dating columns, if any."""
    latest: pd.Timestamp | None = None
    for column in spec.dated_by:
        dates = parse_dates(raw[column.lower()])[0].dropna()
        if not dates.empty and (latest is None or dates.max() > latest):
            latest = dates.max()
    if latest is None:
        return None
    return latest.year + (1 if latest.month >= 4 else 0)


def find_903(paths: Sequence[Path]) -> list[Found]:
    """Read and recognise every file; return them in loading order (year, then file kind).

    Raises ``SourceFileError`` for a file that cannot be read or recognised, whose year cannot
    be told, or that would be known by the same name as another.
    """
    read = []
    for path in csv_paths(paths):
        raw = read_text_csv(path)
        spec = recognise(path, list(raw.columns))
        read.append((path, spec, raw, folder_year(path) or dated_year(spec, raw)))
    by_folder: dict[Path, int] = {}
    for path, _, _, year in read:
        if year is not None:
            by_folder[path.parent] = max(year, by_folder.get(path.parent, year))
    found = []
    for path, spec, raw, year in read:
        year = year or by_folder.get(path.parent)
        if year is None:
            raise SourceFileError(
                path,
                "holds no date that tells its collection year; put it in a folder named by"
                " the year the collection ends (e.g. 2026 for April 2025 to March 2026)",
            )
        found.append(Found(path, spec, raw, year))
    order = {f.name: i for i, f in enumerate(FILES)}
    found.sort(key=lambda f: (f.year, order[f.spec.name], str(f.path)))
    labels = [f.label for f in found]
    for f in found:
        if labels.count(f.label) > 1:
            raise SourceFileError(f.path, f"is a second file named {f.label}; load one of them")
    return found
