"""Load an Ofsted Annex A workbook (lists 1-11) into the canonical tables.

The workbook is read whole and checked before anything is written: sheets are matched to lists
(``annex_a_sheets``), each list's rows become canonical text by the mapping
(``annex_a_mapping``), and the model's checks (``validate``) split them into accepted rows and
quarantined rows (source ``annex_a``, table ``List N``, rows counted from 1 under the headings).
A row is one record about one child, so a row failing any check is quarantined whole. The
workbook is one file: one ``FileLoad``, written in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from csc_scorecard.ingest.annex_a_mapping import CHILD, PERSON, DerivedId, Target
from csc_scorecard.ingest.annex_a_sheets import MatchedList, is_annex_a_heading, match_lists
from csc_scorecard.ingest.quarantine import quarantine_frame, rejected_rows
from csc_scorecard.ingest.validate import (
    Failure,
    check_columns,
    duplicate_rows,
    parse_dates,
    unknown_children,
)
from csc_scorecard.ingest.workbook import read_sheets
from csc_scorecard.model import TABLES
from csc_scorecard.store import FileLoad, LoadResult, Store

SOURCE = "annex_a"
UNLISTED = "UNLISTED"


@dataclass(frozen=True)
class AnnexARead:
    """What was made of a workbook: the file's load and warnings about unmatched parts."""

    load: FileLoad
    warnings: list[str]


def _cells(matched: MatchedList, heading: str) -> pd.Series:
    """A column's text ('' throughout when the heading was not found)."""
    rows = matched.sheet.rows
    if heading not in matched.columns:
        return pd.Series("", index=rows.index, dtype=object)
    return rows.iloc[:, matched.columns[heading]].astype(str).str.strip()


def _stamp(dates: pd.Series, text: pd.Series) -> pd.Series:
    """YYYYMMDD of each date, else the text as written (so an id is never empty)."""
    stamped: pd.Series = dates.dt.strftime("%Y%m%d").where(dates.notna(), text)
    return stamped


def _derived(matched: MatchedList, derived: DerivedId) -> pd.Series:
    child = _cells(matched, CHILD)
    text = _cells(matched, derived.heading)
    ids: pd.Series = derived.tag + "-" + child + "-" + _stamp(parse_dates(text)[0], text)
    if derived.numbered:
        ordinal = ids.groupby(ids).cumcount() + 1
        ids = ids.where(ordinal == 1, ids + "-" + ordinal.astype(str))
    return ids


def _episodes(lists: list[MatchedList]) -> pd.DataFrame:
    """Every child in need episode the workbook shows: child and referral date."""
    frames = []
    for matched in lists:
        for target in matched.targets:
            if target.table == "cin_episode":  # lists 3 and 6: the id is made from the date
                dates = parse_dates(_cells(matched, target.ids[0].heading))[0]
                frames.append(pd.DataFrame({"child": _cells(matched, CHILD), "referral": dates}))
    if not frames:
        return pd.DataFrame({"child": pd.Series(dtype=object), "referral": pd.Series(
            dtype="datetime64[ns]")})  # fmt: skip
    episodes = pd.concat(frames, ignore_index=True).dropna()
    return episodes[episodes["child"] != ""].drop_duplicates().sort_values("referral")


def _link(matched: MatchedList, heading: str, episodes: pd.DataFrame) -> pd.Series:
    """Each record's episode: the child's latest referral on or before its date."""
    child = _cells(matched, CHILD)
    left = pd.DataFrame({"child": child, "when": parse_dates(_cells(matched, heading))[0],
                         "position": np.arange(len(child))})  # fmt: skip
    dated = left.dropna(subset=["when"]).sort_values("when")
    found = pd.merge_asof(dated, episodes, left_on="when", right_on="referral", by="child",
                          direction="backward")  # fmt: skip
    referral = pd.Series(pd.NaT, index=range(len(child)), dtype="datetime64[ns]")
    referral.iloc[found["position"].to_numpy()] = found["referral"].to_numpy()
    referral.index = child.index
    stamp = referral.dt.strftime("%Y%m%d").where(referral.notna(), UNLISTED)
    linked: pd.Series = "REF-" + child + "-" + stamp
    return linked


def _target_text(matched: MatchedList, target: Target, episodes: pd.DataFrame) -> pd.DataFrame:
    """The target's canonical text for every row of the list (filtered by ``when`` later)."""
    text = pd.DataFrame(index=matched.sheet.rows.index)
    for field in target.fields:
        text[field.column] = field.codec.decode(_cells(matched, field.heading))
    for derived in target.ids:
        text[derived.column] = _derived(matched, derived)
    if target.episode:
        text["referral_id"] = _link(matched, target.episode, episodes)
    for column, value in target.fixed:
        text[column] = value
    return text


@dataclass
class _ListResult:
    frames: list[tuple[str, pd.DataFrame]]
    quarantine: pd.DataFrame


def _read_list(path: Path, matched: MatchedList, episodes: pd.DataFrame, known: set[str]
               ) -> _ListResult:  # fmt: skip
    """Check one list's rows; its accepted canonical rows per table and its quarantine."""
    raw = matched.sheet.rows
    failures: list[Failure] = []
    checked: list[tuple[str, pd.DataFrame, np.ndarray]] = []
    for target in matched.targets:
        text = _target_text(matched, target, episodes)
        if target.when:
            text = text[_cells(matched, target.when) != ""]
        sources = np.flatnonzero(raw.index.isin(text.index))
        converted, found = check_columns(target.table, text)
        failures += [f.at(sources) for f in found]
        checked.append((target.table, converted, sources))
    if matched.targets:
        child = _cells(matched, CHILD)
        cross_row = (duplicate_rows(raw), unknown_children(child.where(child != ""), known))
        failures += [f for f in cross_row if f]
    rejected = rejected_rows(failures)
    frames = [(table, converted[~np.isin(sources, rejected)])
              for table, converted, sources in checked]  # fmt: skip
    main_date = matched.spec.main_date
    quarantine = quarantine_frame(
        SOURCE, path, matched.spec.source_table, raw, failures, _cells(matched, CHILD),
        _cells(matched, main_date) if main_date else None,
    )  # fmt: skip
    return _ListResult(frames, quarantine)


def _people(lists: list[MatchedList]) -> set[str]:
    """Children the workbook describes: a row with their gender, ethnicity or date of birth.

    Annex A has no person list; every row about a child the council knows carries these, so a
    child id with none of them on any row is one the council's system does not know.
    """
    known: set[str] = set()
    for matched in lists:
        if not matched.targets:
            continue
        details = pd.concat([_cells(matched, f.heading) for f in PERSON.fields[1:]], axis=1)
        described = (details != "").any(axis=1)
        known |= set(_cells(matched, CHILD)[described])
    return known - {""}


def _combine(table: str, frames: list[pd.DataFrame]) -> pd.DataFrame:
    """One row per key: a record several lists show (a referral in lists 3 and 6) merged."""
    frame = pd.concat([f for f in frames if not f.empty] or frames[:1], ignore_index=True)
    keys = [k for k in TABLES[table].key if k != "la_code"]
    return frame.groupby(keys, sort=False, dropna=False).first().reset_index()[
        [c.name for c in TABLES[table].columns]]  # fmt: skip


def read_annex_a(path: Path, known_children: set[str]) -> AnnexARead:
    """Read and check a workbook; nothing is written (see ``load_annex_a``).

    ``known_children`` are the council's child ids already in the store. Raises
    ``SourceFileError`` for an unreadable workbook or one with no Annex A list; a missing
    heading costs only what it feeds (see ``match_lists``).
    """
    lists, warnings = match_lists(path, read_sheets(path, is_annex_a_heading))
    known = set(known_children) | _people(lists)
    episodes = _episodes(lists)
    by_table: dict[str, list[pd.DataFrame]] = {}
    quarantined = []
    for matched in lists:
        result = _read_list(path, matched, episodes, known)
        for table, frame in result.frames:
            by_table.setdefault(table, []).append(frame)
        quarantined.append(result.quarantine)
    load = FileLoad(
        SOURCE,
        path,
        rows_in=sum(m.sheet.row_count for m in lists),
        tables={table: _combine(table, frames) for table, frames in by_table.items()},
        quarantine=pd.concat(quarantined, ignore_index=True),
    )
    return AnnexARead(load, warnings)


def load_annex_a(store: Store, path: Path, la_code: str) -> tuple[list[LoadResult], list[str]]:
    """Read an Annex A workbook and write it to the store in one transaction.

    Returns the load's result and the warnings (sheets or optional headings not matched).
    The same workbook twice is a no-op; a corrected one replaces its earlier load.
    """
    read = read_annex_a(path, store.known_children(la_code))
    return store.write_loads(la_code, [read.load]), read.warnings
