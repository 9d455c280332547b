"""Find the SSDA903 files among the paths given, say which file each is and which year it is for.

Councils name their 903 CSVs as they like, so a file is recognised by its columns (as the DfE's
tools do), never by its name: it is the 903 file all of whose columns it has (extra columns are
ignored; the fullest match wins). A file that matches none stops the load with an error naming
the nearest 903 file and the columns it lacks.

The files of one folder are one return (or, when their names say so, one return per year), and
a return's collection year (named by the year it ends, 2026 = April 2025 to March 2026) is
decided once for all its files: the nearest folder above them named by a year
(``ssda903/2026/`` or ``ssda903/2025-26/``); else the year their names give
(``episodes_2026.csv``); else the year whose 31 March the return's episodes reach (DECOM and
DEC; a stray date years later, or any date after today, does not count), then its other dated
files. A file is never given a year of its own from its own dates: a review mistyped as 2030
must not move the reviews file to another year (the loader quarantines the date instead).
Files are loaded in collection-year order so that the store's merge joins an episode reported
in two years.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from csc_scorecard.ingest.csv_files import read_text_csv
from csc_scorecard.ingest.errors import SourceFileError
from csc_scorecard.ingest.ssda903_schema import FILES, File903
from csc_scorecard.ingest.validate import parse_dates

YEAR_SPAN = re.compile(
    r"(?<!\d)(?P<first>(?:19|20)\d\d)(?:[-_ ]?(?P<second>(?:19|20)?\d\d))?(?!\d)"
)
"""A year (``2026``) or a span of two (``2025-26``, ``2025_26``, ``202526``, ``2025-2026``)."""


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


def year_named(name: str, *, whole: bool) -> int | None:
    """The collection year (its end year) a folder or file name gives, if exactly one.

    ``2026``, ``2025-26``, ``2025_26``, ``202526`` and ``2025-2026`` all name the year that ends
    in March 2026. A folder must be named by the year alone (``ssda903/2026``); a file's name
    may hold it among other words (``episodes_2026.csv``, ``903 2025-26 header.csv``).
    """
    years = set()
    for match in (YEAR_SPAN.fullmatch(name),) if whole else YEAR_SPAN.finditer(name):
        if match is None:
            continue
        first, second = int(match["first"]), match["second"]
        span = second is not None and int(second) % 100 == (first + 1) % 100
        years.add(first + 1 if span else first)
    return years.pop() if len(years) == 1 else None


def folder_year(path: Path) -> int | None:
    """The year of the nearest folder above ``path`` named by a year, if any."""
    for folder in path.parents:
        year = year_named(folder.name, whole=True)
        if year is not None:
            return year
    return None


def collection_year_of(when: pd.Timestamp) -> int:
    """The collection year (end year) a day falls in: April to March."""
    return int(when.year + (1 if when.month >= 4 else 0))


def reached_year(dates: pd.Series) -> int | None:
    """The collection year whose 31 March a return's dates reach, a stray date aside.

    A return holds its own year's dates and earlier ones (episodes still open began years
    before). The latest year holding at least 2% of the dates (at least one) is the return's:
    one mistyped date years later does not move it, and a date after today is never evidence.
    """
    known = dates.dropna()
    possible = known[known <= pd.Timestamp(date.today())]
    known = possible if not possible.empty else known
    if known.empty:
        return None
    counts = known.map(collection_year_of).value_counts()
    return int(counts[counts >= max(1.0, 0.02 * len(known))].index.max())


def _dates(files: list[Read], names: set[str] | None) -> pd.Series:
    """Every readable date in the dating columns of the files (of the kinds ``names``)."""
    found = [
        parse_dates(f.raw[column.lower()])[0]
        for f in files
        if names is None or f.spec.name in names
        for column in f.spec.dated_by
    ]
    return pd.concat(found, ignore_index=True) if found else pd.Series(dtype="datetime64[ns]")


@dataclass(frozen=True)
class Read:
    """A 903 file read and recognised, before its return's year is known."""

    path: Path
    spec: File903
    raw: pd.DataFrame

    @property
    def named_year(self) -> int | None:
        """The year the file's own name gives (``episodes_2026.csv``), if any."""
        return year_named(self.path.stem, whole=False)


def _listing(files: list[Read]) -> str:
    return ", ".join(f"{f.path.name} ({f.named_year})" for f in files)


def return_years(folder: Path, files: list[Read], given: int | None = None
                 ) -> dict[Path, int]:  # fmt: skip
    """The collection year of every file of one folder: each return's year, decided once.

    The year ``given`` (``--year``); else the folder's name (or an enclosing folder's); else
    the files' names; else the return's episodes (DECOM and DEC: the year whose 31 March they
    reach), then its other dated files. Names that disagree are an error naming the files.
    """
    named, source = folder_year(files[0].path), "its folder"
    if given is not None:
        if named not in (None, given):
            raise SourceFileError(folder, f"is named for collection year {named}, not the year"
                                  f" given ({given})")  # fmt: skip
        named, source = given, "the year given"
    if named is not None:
        wrong = [f for f in files if f.named_year not in (None, named)]
        if wrong:
            raise SourceFileError(
                wrong[0].path,
                f"is named for another collection year than {source} ({named}): " + _listing(wrong),
            )
        return {f.path: named for f in files}
    by_name = {f.named_year for f in files if f.named_year is not None}
    if len(by_name) > 1:
        return _named_returns(folder, files)
    if by_name:
        (year,) = by_name
        return dict.fromkeys((f.path for f in files), year)
    reached = reached_year(_dates(files, {"episodes"})) or reached_year(_dates(files, None))
    if reached is None:
        raise SourceFileError(
            files[0].path,
            "holds no date that tells its collection year (nor does an episodes file beside"
            " it); put the return in a folder named by the year the collection ends (e.g."
            " 2026 or 2025-26 for April 2025 to March 2026)",
        )
    return dict.fromkeys((f.path for f in files), reached)


def _named_returns(folder: Path, files: list[Read]) -> dict[Path, int]:
    """Files named for several years in one folder must each be a whole return.

    Each year needs its episodes or header file, and every file must name its year; else the
    files of one return were named for different years by mistake.
    """
    named = {f.path: f.named_year for f in files if f.named_year is not None}
    unnamed = [f for f in files if f.named_year is None]
    years = sorted(set(named.values()))
    whole = {f.named_year for f in files if f.spec.name in ("episodes", "header")}
    stray = [f for f in files if f.named_year is not None and f.named_year not in whole]
    if unnamed or stray:
        odd = unnamed or stray
        rest = [f for f in files if f not in odd]
        raise SourceFileError(
            folder,
            "holds files of one return named for different collection years"
            f" ({', '.join(map(str, years))}): {_listing(odd)} beside {_listing(rest)};"
            " rename them, or put each year's files in a folder named by the year",
        )
    return named


def find_903(paths: Sequence[Path], year: int | None = None) -> list[Found]:
    """Read and recognise every file; return them in loading order (year, then file kind).

    ``year``, when given, is the collection year of every file (see ``return_years``).
    Raises ``SourceFileError`` for a file that cannot be read or recognised, whose year cannot
    be told, or that would be known by the same name as another.
    """
    read = []
    for path in csv_paths(paths):
        raw = read_text_csv(path)
        read.append(Read(path, recognise(path, list(raw.columns)), raw))
    folders: dict[Path, list[Read]] = {}
    for file in read:
        folders.setdefault(file.path.parent, []).append(file)
    years: dict[Path, int] = {}
    for folder, files in folders.items():
        years |= return_years(folder, files, year)
    found = [Found(f.path, f.spec, f.raw, years[f.path]) for f in read]
    order = {f.name: i for i, f in enumerate(FILES)}
    found.sort(key=lambda f: (f.year, order[f.spec.name], str(f.path)))
    labels = [f.label for f in found]
    for f in found:
        if labels.count(f.label) > 1:
            raise SourceFileError(f.path, f"is a second file named {f.label}; load one of them")
    return found
