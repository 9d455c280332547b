"""Put SSD records spread over part tables back together (the inverse of ``synth/ssd_split.py``).

A part file (``ssd_cla_placement``, ``ssd_legal_status``, ``ssd_initial_cp_conference``) is
checked only for what joining it needs: its key and join columns present, its join date
readable, no exact duplicate rows. Its other values are checked on the canonical record they
complete, so a bad placement code is quarantined once, at the episode it belongs to. Part rows
no main row takes (a legal status outside care, say) are legitimate SSD content: they are
accepted and have no canonical row of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from csc_scorecard.ingest.csv_files import read_text_csv, require_columns
from csc_scorecard.ingest.errors import SourceFileError
from csc_scorecard.ingest.quarantine import quarantine_frame
from csc_scorecard.ingest.validate import (
    Failure,
    duplicate_rows,
    failure,
    parse_dates,
    rejected_rows,
)
from csc_scorecard.model import TABLES
from csc_scorecard.model.ssd_schema import DatedJoin, IdJoin, Part, SsdTable
from csc_scorecard.store import FileLoad

SOURCE = "ssd"


@dataclass
class PartFile:
    """One part file as read, with the failures of its own rows."""

    part: Part
    path: Path
    raw: pd.DataFrame
    failures: list[Failure]

    @property
    def usable(self) -> pd.DataFrame:
        """The rows that may be joined (rows that broke a rule are not)."""
        rejected = np.isin(np.arange(len(self.raw)), rejected_rows(self.failures))
        return self.raw[~rejected]

    def file_load(self, canonical: str) -> FileLoad:
        """The part file's load: rows and quarantine (its data reaches the store via the main)."""
        person = self._person_column() or ""
        dates = self._date_column(canonical)
        return FileLoad(
            SOURCE,
            self.path,
            rows_in=len(self.raw),
            quarantine=quarantine_frame(
                SOURCE,
                self.path,
                self.part.ssd_table,
                self.raw,
                self.failures,
                self.raw.get(person),
                self.raw.get(dates or ""),
            ),
        )

    def _person_column(self) -> str | None:
        if isinstance(self.part.join, DatedJoin):
            return self.part.join.person
        return next((c.ssd for c in self.part.copies if c.canonical == "child_id"), None)

    def _date_column(self, canonical: str) -> str | None:
        if self.part.span:
            return self.part.span.start
        table = TABLES[canonical]
        dated = [f.ssd for f in self.part.fields if table.column(f.canonical).dtype == "date"]
        return dated[0] if dated else None


def read_part(directory: Path, table: SsdTable, part: Part) -> PartFile | None:
    """Read and check one part file (None when absent and the main table can do without it)."""
    path = directory / f"{part.ssd_table}.csv"
    if not path.exists():
        if part.carries_required(table.canonical):
            wanted = ", ".join(f.canonical for f in part.fields)
            raise SourceFileError(path, f"is missing; {table.ssd_table}.csv takes {wanted} from it")
        return None
    raw = read_text_csv(path)
    require_columns(path, raw, part.required_columns(table.canonical))
    found: list[Failure | None] = [duplicate_rows(raw)]
    for column in [part.key, *part.join_columns()]:
        empty = raw[column].str.strip() == ""
        found.append(failure("missing_required", empty, column=column))
    if isinstance(part.join, DatedJoin) and part.span:
        text = raw[part.span.start]
        bad = parse_dates(text)[1]
        found.append(failure("bad_date", bad, column=part.span.start, value=text))
    return PartFile(part, path, raw, [f for f in found if f is not None])


def _column(frame: pd.DataFrame, name: str) -> pd.Series:
    """A text column, or empty text when the file does not have it."""
    return frame[name] if name in frame else pd.Series("", index=frame.index, dtype=object)


def _last_rows(links: pd.Series, starts: pd.Series) -> np.ndarray:
    """Whether each main row is the latest-starting of the rows sharing its link."""
    order = pd.DataFrame({"link": links, "start": starts, "position": np.arange(len(links))})
    order = order[order["link"] != ""].sort_values(
        ["link", "start", "position"], kind="stable", na_position="first"
    )
    last = np.zeros(len(links), dtype=bool)
    last[order.loc[~order["link"].duplicated(keep="last"), "position"].to_numpy()] = True
    return last


def _by_id(part: Part, join: IdJoin, rows: pd.DataFrame, main: pd.DataFrame,
           text: pd.DataFrame) -> pd.DataFrame:  # fmt: skip
    """Part rows matched on an identifier, one per main row ('' where none matches)."""
    links = _column(main, join.main).str.strip()
    unique = rows.assign(_link=rows[join.part].str.strip()).drop_duplicates("_link")
    matched = pd.DataFrame({"_link": links.to_numpy()}).merge(unique, on="_link", how="left")
    matched = matched.fillna("")
    if any(f.last_row_only for f in part.fields):
        assert part.span is not None
        starts = parse_dates(text[part.span.main_start])[0]
        last = _last_rows(links.reset_index(drop=True), starts.reset_index(drop=True))
        for f in part.fields:
            if f.last_row_only and f.ssd in matched:
                matched[f.ssd] = matched[f.ssd].where(last, "")
    return matched


def _by_date(part: Part, join: DatedJoin, rows: pd.DataFrame, text: pd.DataFrame
             ) -> pd.DataFrame:  # fmt: skip
    """The same child's part row that started last on or before each main row started."""
    assert part.span is not None
    right = rows.assign(
        _person=rows[join.person].str.strip(), _start=parse_dates(rows[part.span.start])[0]
    )
    right = right[right["_start"].notna()].sort_values("_start", kind="stable")
    left = pd.DataFrame(
        {
            "_person": text["child_id"].str.strip().to_numpy(),
            "_start": parse_dates(text[part.span.main_start])[0].to_numpy(),
            "_position": np.arange(len(text)),
        }
    )
    left = left[(left["_person"] != "") & left["_start"].notna()].sort_values("_start")
    found = pd.merge_asof(left, right, on="_start", by="_person", direction="backward")
    matched = pd.DataFrame(index=pd.RangeIndex(len(text)), columns=rows.columns, dtype=object)
    matched.loc[found["_position"].to_numpy(), rows.columns] = found[rows.columns].to_numpy()
    return matched.fillna("")


def join_part(part_file: PartFile | None, part: Part, main: pd.DataFrame, text: pd.DataFrame
              ) -> None:  # fmt: skip
    """Add the part's canonical columns to ``text`` (the main rows' canonical text)."""
    if part_file is None:
        for f in part.fields:
            text[f.canonical] = ""
        return
    rows = part_file.usable
    if isinstance(part.join, IdJoin):
        matched = _by_id(part, part.join, rows, main, text)
    else:
        matched = _by_date(part, part.join, rows, text)
    for f in part.fields:
        values = _column(matched, f.ssd).astype(str)
        text[f.canonical] = f.codec.from_ssd(values).to_numpy()
