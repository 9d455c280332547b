"""Load CIN census XML files, one or several collection years, into the canonical store.

Each file is streamed into text tables (``cin_xml.py``), mapped to canonical text by the
census layout (``model/cin.py``), checked against the model (``validate.py``) and
the census's nesting (``cin_checks.py``), and split into accepted rows and quarantine.
Every file is read and checked before anything is written, so a file that cannot be read stops
the load with ``SourceFileError`` and leaves the store as it was. The files are then written in
collection-year order in one transaction: the store merges records by key, so a referral
reported in two years is one episode, and one open at a year end is closed by the next year.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

from csc_scorecard.calendar import collection_year
from csc_scorecard.ingest.cin_checks import (
    duplicate_keys,
    out_of_range,
    outside_episode,
    parent_rejected,
)
from csc_scorecard.ingest.cin_xml import PARENT_POSITION, CensusFile, read_census
from csc_scorecard.ingest.errors import SourceFileError
from csc_scorecard.ingest.quarantine import quarantine_frame, rejected_rows
from csc_scorecard.ingest.validate import (
    NO_OVERLAP,
    Failure,
    check_columns,
    overlapping_episodes,
    parse_dates,
)
from csc_scorecard.model import TABLES
from csc_scorecard.model.cin import (
    NOT_LOADED_BLOCKS,
    OTHER_ELEMENTS,
    PARENT,
    RECORDS,
    Leaf,
    MadeId,
    Record,
)
from csc_scorecard.store import FileLoad, LoadResult, Store

Progress = Callable[[str], None]


SOURCE = "cin"


@dataclass
class Checked:
    """One record element of one file: its text, converted rows and failures."""

    record: Record
    raw: pd.DataFrame
    text: pd.DataFrame
    converted: pd.DataFrame
    failures: list[Failure]
    child_rows: np.ndarray

    @property
    def rejected(self) -> np.ndarray:
        """Whether each row broke at least one rule."""
        return np.isin(np.arange(len(self.raw)), rejected_rows(self.failures))


def _first_date(table: str) -> str | None:
    """The table's main date: its first date column."""
    return next((c.name for c in TABLES[table].columns if c.dtype == "date"), None)


def _canonical_text(record: Record, raw: pd.DataFrame, parent: Checked | None) -> pd.DataFrame:
    """The record's canonical text: its leaves, then what it inherits, then its made id."""
    text = pd.DataFrame(index=raw.index)
    for leaf in record.leaves:
        values = _leaf_text(leaf, raw[record.raw_name(leaf.xml)].astype(str))
        if leaf.column in text:
            values = text[leaf.column].where(text[leaf.column] != "", values)
        text[leaf.column] = values
    if parent is not None:
        rows = raw[PARENT_POSITION].to_numpy(dtype=int)
        for column in record.inherits:
            text[column] = parent.text[column].to_numpy()[rows]
    if record.made_id:
        made = record.made_id
        text[made.column] = _made_id(made, text[made.parent], text[made.date])
    return text


def _leaf_text(leaf: Leaf, text: pd.Series) -> pd.Series:
    """The leaf's text as canonical text (surrounding spaces dropped, codes translated)."""
    stripped = text.str.strip()
    if not leaf.codes:
        return stripped
    return stripped.replace(dict(leaf.codes))


def _made_id(made: MadeId, parent: pd.Series, date_text: pd.Series) -> pd.Series:
    """``<parent>:<tag>:<date>``, the date as YYYY-MM-DD when readable (as written if not).

    Normalising the date makes the id the same whichever date style a year's file used.
    """
    parsed, _ = parse_dates(date_text)
    iso = parsed.dt.strftime("%Y-%m-%d").where(parsed.notna(), date_text.str.strip())
    id_text: pd.Series = parent.str.strip() + f":{made.tag}:" + iso
    return id_text


def _episode_icpc(episodes: pd.DataFrame, s47_raw: pd.DataFrame, s47_text: pd.DataFrame) -> None:
    """Give an ICPC date written at episode level to the enquiry it followed (in place).

    The date goes to the episode's latest enquiry that started on or before it and has no ICPC
    date of its own, unless one of the episode's enquiries already holds it (rule 2884 forbids
    the same date at both levels; older returns used the episode level only).
    """
    held, _ = parse_dates(episodes["DateOfInitialCPC"].astype(str))
    wanted = pd.DataFrame({"episode": np.arange(len(episodes)), "icpc": held})
    wanted = wanted[wanted["icpc"].notna()]
    if wanted.empty or s47_raw.empty:
        return
    s47 = pd.DataFrame(
        {
            "episode": s47_raw[PARENT_POSITION].to_numpy(dtype=int),
            "start": parse_dates(s47_text["start_date"])[0].to_numpy(),
            "icpc": parse_dates(s47_text["icpc_date"])[0].to_numpy(),
            "position": np.arange(len(s47_raw)),
        }
    )
    already = wanted.merge(s47[["episode", "icpc"]].drop_duplicates(), how="left", indicator=True)
    wanted = wanted[(already["_merge"] == "left_only").to_numpy()]
    free = s47[s47["icpc"].isna() & s47["start"].notna()].drop(columns="icpc")
    found = pd.merge_asof(
        wanted.sort_values("icpc"), free.sort_values("start"),
        left_on="icpc", right_on="start", by="episode", direction="backward",
    ).dropna(subset=["position"])  # fmt: skip
    rows = s47_text.index[found["position"].to_numpy(dtype=int)]
    s47_text.loc[rows, "icpc_date"] = found["icpc"].dt.strftime("%Y-%m-%d").to_numpy()


def _nesting_failures(record: Record, converted: pd.DataFrame, parent_rows: np.ndarray,
                      parent: Checked | None, births: np.ndarray, reference: date
                      ) -> list[Failure | None]:  # fmt: skip
    """Failures that need the record's parents: rejected parent, outside episode, date range.

    A child's records are not rejected with a rejected ``Child``: the child is still known (as
    the SSD loader treats a rejected person), so only records nested deeper cascade.
    """
    found: list[Failure | None] = []
    main = _first_date(record.table)
    if parent is not None and parent.record.table != "person":
        found.append(parent_rejected(parent_rows, parent.rejected, parent.record.element))
        if record.in_episode and main:
            episodes = parent.converted
            found.append(
                outside_episode(
                    main,
                    converted[main],
                    episodes["referral_date"].to_numpy()[parent_rows],
                    episodes["closure_date"].to_numpy()[parent_rows],
                )
            )
    if record.table != "person" and main:
        found.append(out_of_range(main, converted[main], births, reference))
    return found


def _cross_record(record: Record, converted: pd.DataFrame, failures: list[Failure]
                  ) -> list[Failure]:  # fmt: skip
    """Repeated keys, then overlapping episodes, among rows no other rule rejected."""
    key = [k for k in TABLES[record.table].key if k != "la_code"]
    clean = ~np.isin(np.arange(len(converted)), rejected_rows(failures))
    repeated = duplicate_keys(converted, key, clean, record.element)
    failures = failures + ([repeated] if repeated else [])
    if record.table in NO_OVERLAP:
        clean = ~np.isin(np.arange(len(converted)), rejected_rows(failures))
        overlap = overlapping_episodes(converted, *NO_OVERLAP[record.table], clean)
        failures += [overlap] if overlap else []
    return failures


def check_census(census: CensusFile) -> dict[str, Checked]:
    """Map and check every record of one file, parents before the records nested in them."""
    reference = census.reference_date or date(census.year, 3, 31)
    checked: dict[str, Checked] = {}
    for record in RECORDS:
        raw = census.raw[record.element]
        parent_record = PARENT[record.element]
        parent = checked[parent_record.element] if parent_record else None
        parent_rows = raw[PARENT_POSITION].to_numpy(dtype=int)
        text = _canonical_text(record, raw, parent)
        if record.element == "Section47":
            _episode_icpc(census.raw["CINdetails"], raw, text)
        converted, row_failures = check_columns(record.table, text)
        child_rows = parent.child_rows[parent_rows] if parent else np.arange(len(raw))
        person = checked["Child"].converted if parent else converted
        births = person["date_of_birth"].to_numpy()[child_rows]
        found = row_failures + _nesting_failures(
            record, converted, parent_rows, parent, births, reference
        )
        failures = _cross_record(record, converted, [f for f in found if f is not None])
        checked[record.element] = Checked(record, raw, text, converted, failures, child_rows)
    return checked


def _quarantine(path: Path, checked: Iterable[Checked]) -> pd.DataFrame | None:
    """Quarantine rows of every record element of one file (None when nothing was rejected)."""
    frames = []
    for part in checked:
        if not part.failures:
            continue
        main = _first_date(part.record.table)
        frames.append(
            quarantine_frame(
                SOURCE,
                path,
                part.record.element,
                part.raw.drop(columns=PARENT_POSITION),
                part.failures,
                part.text.get("child_id"),
                part.text[main] if main else None,
            )
        )
    return pd.concat(frames, ignore_index=True) if frames else None


def census_period(census: CensusFile) -> tuple[date, date]:
    """The year a census describes: to its ReferenceDate, else its collection year."""
    if census.reference_date is None:
        return collection_year(census.year)
    first = census.reference_date.replace(year=census.reference_date.year - 1)
    return first + timedelta(days=1), census.reference_date


def census_load(census: CensusFile) -> FileLoad:
    """One file's accepted canonical rows and quarantine."""
    checked = check_census(census)
    tables = {
        part.record.table: part.converted[~part.rejected].reset_index(drop=True)
        for part in checked.values()
    }
    return FileLoad(
        SOURCE,
        census.path,
        rows_in=census.records,
        tables=tables,
        quarantine=_quarantine(census.path, checked.values()),
        notes=unread_notes(census),
        covers=census_period(census),
    )


def unread_notes(census: CensusFile) -> tuple[str, ...]:
    """One line per kind of element the loader did not read, with how many the file holds.

    So a block the model cannot hold (pre-proceedings) or a field a new census added is
    noticed, not silently dropped.
    """
    notes = []
    for path, count in sorted(census.unread.items()):
        name = path.rsplit("/", 1)[-1]
        known = NOT_LOADED_BLOCKS.get(name) or OTHER_ELEMENTS.get(path)
        why = known or "the loader does not know this element"
        plural = "element" if count == 1 else "elements"
        notes.append(f"{path}: {count:,} {plural} not loaded: {why}")
    return tuple(notes)


def census_files(paths: Iterable[Path]) -> list[Path]:
    """The XML files named, folders expanded to the ``.xml`` files in them (sorted)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix.lower() == ".xml")
            if not found:
                raise SourceFileError(path, "holds no CIN census XML files (*.xml)")
            files += found
        elif path.is_file():
            files.append(path)
        else:
            raise SourceFileError(path, "does not exist")
    return list(dict.fromkeys(files))


def read_cin(paths: Iterable[Path], la_code: str, *, progress: Progress | None = None
             ) -> list[FileLoad]:  # fmt: skip
    """Read and check CIN census files; their loads in collection-year order.

    Raises ``SourceFileError`` for a file that cannot be read, is not a CIN census, or is the
    census of another council (its Header ``LEA`` is not ``la_code``).
    """
    censuses: list[CensusFile] = []
    for path in census_files(paths):
        census = read_census(path)
        if census.la_code is not None and census.la_code != la_code:
            raise SourceFileError(path, f"is the census of council {census.la_code}, not"
                                  f" {la_code}")  # fmt: skip
        censuses.append(census)
        if progress:
            progress(f"{la_code}: read {path.name} ({census.year}, {census.records:,} records)")
    censuses.sort(key=lambda c: (c.year, c.reference_date or date.min, c.path.name))
    loads = []
    for census in censuses:
        loads.append(census_load(census))
        if progress:
            progress(f"{la_code}: checked {census.path.name}")
    return loads


def load_cin(store: Store, paths: Iterable[Path], la_code: str, *,
             progress: Progress | None = None) -> list[LoadResult]:  # fmt: skip
    """Read CIN census files and write them to the store in one transaction, oldest first.

    Files already loaded for this council (same bytes) are skipped, so loading the same files
    twice changes nothing.
    """
    return store.write_loads(la_code, read_cin(paths, la_code, progress=progress))
