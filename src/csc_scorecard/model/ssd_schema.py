"""The shapes an SSD mapping is declared in: fields, markers, part tables and their joins.

``model/ssd.py`` declares the mapping itself with these; the writer (``synth/write_ssd.py``),
the loader (``ingest/ssd.py``) and the mapping page (``model/ssd_docs.py``) read them.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from csc_scorecard.model.ssd_codecs import SAME, Codec
from csc_scorecard.model.tables import TABLES


def _required(canonical: str, fields: tuple[Field, ...]) -> list[str]:
    """SSD columns of ``fields`` that hold a column the canonical table requires."""
    table = TABLES[canonical]
    return [f.ssd for f in fields if not table.column(f.canonical).nullable]


@dataclass(frozen=True)
class Field:
    """One canonical column and the SSD column holding it.

    ``last_row_only``: in a part spanning several main rows, the value belongs to the last of
    them (a placement's change reason is recorded against the episode that ends it).
    """

    canonical: str
    ssd: str
    codec: Codec = SAME
    last_row_only: bool = False


@dataclass(frozen=True)
class Marker:
    """A column saying which rows of an SSD table are records of the canonical table.

    SSD tables hold more than the canonical one (cancelled reviews, planned health checks,
    special guardianship orders, other immigration statuses): rows whose marker is another
    value are read, counted as accepted and left out of the canonical table. The writer puts
    ``value`` on every row (only where canonical column ``when`` has a value, if given).
    """

    ssd: str
    value: str
    when: str | None = None
    aliases: tuple[str, ...] = ()
    empty_belongs: bool = True

    def belongs(self, text: pd.Series) -> pd.Series:
        """Which rows are records of the canonical table."""
        folded = text.str.strip().str.casefold()
        accepted = {self.value.casefold(), *(a.casefold() for a in self.aliases)}
        if self.empty_belongs:
            accepted.add("")
        return folded.isin(accepted)


@dataclass(frozen=True)
class IdJoin:
    """A part row joins the main row whose column ``main`` equals the part's column ``part``."""

    main: str
    part: str


@dataclass(frozen=True)
class DatedJoin:
    """A main row takes the same child's part row that started last on or before it started.

    ``person`` is the part's person column; the part's start date is its span's ``start``.
    """

    person: str


@dataclass(frozen=True)
class Span:
    """A part row spanning a run of consecutive main rows of one child.

    A run continues while the next main row starts the day the previous one ended, carries the
    same values in the part's fields, the previous row has no ``last_row_only`` value, and the
    next row's value of a ``new_run_when`` column is not one of the listed codes.
    """

    start: str
    end: str
    main_start: str = "start_date"
    main_end: str = "end_date"
    new_run_when: tuple[tuple[str, frozenset[str]], ...] = ()


@dataclass(frozen=True)
class Part:
    """An SSD table holding some columns of another SSD table's records, joined back on read.

    ``key`` is the part's row identifier (made from the row's content by the writer);
    ``copies`` are canonical columns repeated on the part for the SSD's sake and not read back;
    ``written_when`` lists canonical columns of which one must have a value for a row to exist.
    """

    ssd_table: str
    key: str
    join: IdJoin | DatedJoin
    fields: tuple[Field, ...]
    copies: tuple[Field, ...] = ()
    span: Span | None = None
    written_when: tuple[str, ...] = ()

    def join_columns(self) -> list[str]:
        """The part's columns the join reads (a file without them cannot be used)."""
        if isinstance(self.join, IdJoin):
            return [self.join.part]
        assert self.span is not None, f"{self.ssd_table}: a dated join needs a span"
        return [self.join.person, self.span.start]

    def required_columns(self, canonical: str) -> list[str]:
        """Columns without which the part file cannot be used: its key, join and required data."""
        columns = [self.key, *self.join_columns(), *_required(canonical, self.fields)]
        return list(dict.fromkeys(columns))

    def carries_required(self, canonical: str) -> bool:
        """Whether the main table's records cannot be complete without this part."""
        return bool(_required(canonical, self.fields))

    def ssd_columns(self) -> list[str]:
        """The part file's columns, in the order the writer writes them."""
        columns = [self.key]
        if isinstance(self.join, IdJoin) and self.join.part != self.key:
            columns.append(self.join.part)
        if isinstance(self.join, DatedJoin):
            columns.append(self.join.person)
        columns += [c.ssd for c in self.copies]
        if self.span:
            columns += [self.span.start, self.span.end]
        columns += [f.ssd for f in self.fields]
        return columns


@dataclass(frozen=True)
class SsdTable:
    """One SSD table (CSV file) whose rows become rows of one canonical table.

    ``row_id``: SSD identifier column the canonical table has no column for; the writer makes
    it from the row's content, so an exact duplicate record stays an exact duplicate row.
    ``fixed``: canonical columns whose value is given by the file (the visit's plan).
    ``list_field``: canonical column held as a JSON array (one SSD row, many canonical rows).
    """

    ssd_table: str
    canonical: str
    fields: tuple[Field, ...]
    row_id: str | None = None
    parts: tuple[Part, ...] = ()
    marker: Marker | None = None
    fixed: tuple[tuple[str, str], ...] = ()
    list_field: str | None = None

    def links(self) -> list[str]:
        """Main-table columns holding the key of a part row (written from the part)."""
        return [
            p.join.main for p in self.parts if isinstance(p.join, IdJoin) and p.join.part == p.key
        ]

    def ssd_columns(self) -> list[str]:
        """The file's columns, in the order the writer writes them."""
        columns = [self.row_id] if self.row_id else []
        columns += [f.ssd for f in self.fields] + self.links()
        if self.marker:
            columns.append(self.marker.ssd)
        return columns

    def required_columns(self) -> list[str]:
        """Columns without which the file cannot be loaded (a missing one stops the load)."""
        columns = _required(self.canonical, self.fields)
        columns += [
            p.join.main
            for p in self.parts
            if isinstance(p.join, IdJoin) and p.carries_required(self.canonical)
        ]
        if self.marker and not self.marker.empty_belongs:
            columns.append(self.marker.ssd)
        return columns

    def field(self, canonical: str) -> Field:
        """The field holding a canonical column, in the main table or a part."""
        for f in (*self.fields, *(f for p in self.parts for f in p.fields)):
            if f.canonical == canonical:
                return f
        raise KeyError(f"{self.ssd_table} has no field for {canonical!r}")
