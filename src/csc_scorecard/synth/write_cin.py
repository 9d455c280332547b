"""Write a council's history as DfE CIN census XML: one file per census year.

``cin_census/cin_census_<YYYY>.xml``, where YYYY is the year the census ends (2026 = April 2025
to March 2026). The last year may be partial: it holds what was known at the end of the
simulated period, but its ``ReferenceDate`` is still 31 March, as an in-year return would be.

Element names, their order and the code lists are those of the CIN census schema
(``shared/reference/formats-cin-annexa.md`` section 1.2); the order is fixed by ``xs:sequence``
and data-to-insight's validator and liiatools both rely on it. Booleans are ``1``/``0``, the
only values the schema allows. Dates are ISO. ``GenderCurrent`` (1 male, 2 female, 0 not
recorded) is written up to the 2023-24 census and ``Sex`` (M/F/U) from 2024-25.

What goes into a year follows the census rules, as the DfE validator checks them:

- A child is in the census when one of their CIN episodes (referral to closure) is open at any
  time in the year; a child with no person row cannot be identified, so is left out.
- An episode carries the assessments, CIN plans, section 47 enquiries and CP plans with
  activity in the year: started by its last day and not finished before its first (an S47
  finishes at its ICPC, or at its end when no ICPC was held). Reviews are those held in the
  year. Anything later than the last day of the year (or of the simulated period) was not yet
  known: closure date and reason, authorisation date and factors, plan end dates, the ICPC date
  and the decision that no ICPC was needed are then written blank, so an episode closed after
  the year end is written open (rules 8620, 8696, 4013, 8930 and 8715 forbid such dates).
- The ICPC date is written inside ``Section47`` only, never again at ``CINdetails`` level
  (rule 2884 forbids both).
- A record whose start date is missing (an injected fault) goes wherever its parent goes.
- Optional elements with no value are left out; mandatory ones are written empty, so an
  injected fault such as a review without a date stays visible (``<CPPreviewDate/>``).

Written with ``lxml.etree.xmlfile``: one ``Child`` element at a time is built and streamed out,
so a national file never has to be held in memory.

Every element written from a row that carries an injected error is recorded with
``Manifest.locate`` (source table = the element's name, row = its position among the elements
of that name in the file, from 1). Errors in tables the census does not carry, in records of
unknown children, and in rows that fall into no year are recorded with
``Manifest.not_applicable``.
"""

from __future__ import annotations

import importlib.metadata
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from lxml import etree

from csc_scorecard.calendar import collection_year
from csc_scorecard.model import TABLES
from csc_scorecard.model.cin import (
    CHILD,
    CHILDREN,
    CIN_DETAILS,
    COLLECTION,
    COLLECTION_NAME,
    DATE_TIME,
    FACTOR,
    GENDER_CURRENT_WRITTEN,
    HEADER,
    HEADER_FIELDS,
    LEA,
    RECORDS,
    REFERENCE_DATE,
    RELEASE,
    ROOT,
    SECTION_47,
    SERIAL_NUMBER,
    SEX_FROM_YEAR,
    SEX_WRITTEN,
    SOFTWARE_CODE,
    SOURCE_LEVEL,
    YEAR,
    Record,
)
from csc_scorecard.synth.history import ERROR_COLUMN, CouncilHistory
from csc_scorecard.synth.manifest import Manifest

FORMAT = "cin"
SOFTWARE = "csc-scorecard"
SERIAL = "001"

ELEMENT = {record.table: record.element for record in RECORDS}
"""Canonical tables the census carries, and the element each row becomes."""

LATER_UNKNOWN = {
    "person": "date_of_death",
    "cin_episode": "closure_date",
    "assessment": "authorisation_date",
    "cin_plan": "end_date",
    "s47_enquiry": "icpc_date",
    "cp_plan": "end_date",
}
"""The date of each record that is written blank when it falls after the year's last day."""

Row = dict[str, Any]


# -- canonical rows as plain Python values ----------------------------------------------------
def canonical_records(history: CouncilHistory, name: str) -> list[Row]:
    """Rows of a canonical table as dicts of plain values: dates as ``date`` or None.

    Missing values of any kind (None, NaN, NaT, pd.NA) become None and the error column is
    always a string, so writers can compare and format without pandas' missing-value rules.
    """
    frame = history.tables.get(name)
    if frame is None:
        return []
    return records_of(frame, name)


def faulty_records(history: CouncilHistory, name: str) -> list[Row]:
    """The rows of a canonical table that carry an injected error, as plain values."""
    frame = history.tables.get(name)
    if frame is None or ERROR_COLUMN not in frame.columns:
        return []
    errors = frame[ERROR_COLUMN]
    return records_of(frame[errors.map(lambda e: isinstance(e, str) and e != "")], name)


def records_of(frame: pd.DataFrame, name: str) -> list[Row]:
    """``canonical_records`` of a given frame of table ``name``."""
    kinds = {c.name: c.dtype for c in TABLES[name].columns}
    rows = []
    for raw in frame.to_dict("records"):
        row = {column: plain(raw.get(column), kind) for column, kind in kinds.items()}
        error = raw.get(ERROR_COLUMN)
        row[ERROR_COLUMN] = error if isinstance(error, str) else ""
        rows.append(row)
    return rows


def plain(value: object, kind: str = "string") -> Any:
    """One cell as a plain Python value (None when missing)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float | np.floating) and math.isnan(value):
        return None
    if kind == "date" and isinstance(value, datetime | pd.Timestamp):
        return value.date()
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, np.integer):
        return int(value)
    if kind == "int" and isinstance(value, float | np.floating) and float(value).is_integer():
        return int(value)
    return value


def _by(rows: Iterable[Row], key: str, *order: str) -> dict[str, list[Row]]:
    """Rows grouped by ``key``, each group sorted by ``order`` (missing values last)."""
    groups: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        groups[row[key]].append(row)
    for group in groups.values():
        group.sort(key=lambda r: tuple((r[o] is None, r[o] or date.min) for o in order))
    return groups


# -- what the census carries --------------------------------------------------------------------
@dataclass(frozen=True)
class Year:
    """One census year: first day, last day with data, and its 31 March reference date."""

    year: int
    first: date
    last: date
    reference: date

    @classmethod
    def of(cls, year: int, period_end: date) -> Year:
        """The census year ending in ``year``, cut at the end of the simulated period."""
        first, reference = collection_year(year)
        return cls(year, first, min(reference, period_end), reference)

    def active(self, start: date | None, end: date | None) -> bool:
        """Open at any time in the year: started by its last day and not over before its first.

        A record ending before it started counts where it starts; one with no start counts
        wherever its end allows (its parent decides).
        """
        if start is not None and start > self.last:
            return False
        if end is None or end >= self.first:
            return True
        return start is not None and start >= self.first

    def known(self, when: date | None) -> date | None:
        """A date as known at the end of the year: a later one was not yet known."""
        return when if when is None or when <= self.last else None

    def held(self, when: date | None) -> bool:
        """Whether a dated event (a review) was held in the year; undated ones go everywhere."""
        return when is None or self.first <= when <= self.last


@dataclass
class Census:
    """The canonical rows the census draws on, grouped under the record they are nested in.

    ``rows[table][parent id]`` holds the rows of a nested record (every record but ``Child``)
    under the parent identifier it inherits last, in the order of its main date.
    """

    people: dict[str, Row]
    rows: dict[str, dict[str, list[Row]]]

    @classmethod
    def of(cls, history: CouncilHistory) -> Census:
        """Index the history's rows by child, episode, assessment and plan."""
        people: dict[str, Row] = {}
        for person in canonical_records(history, CHILD.table):
            people.setdefault(person["child_id"], person)
        rows = {
            record.table: _by(canonical_records(history, record.table), record.inherits[-1],
                              *((record.made_id.date,) if record.made_id else ()))
            for record in RECORDS if record is not CHILD
        }  # fmt: skip
        return cls(people, rows)


# -- writing ----------------------------------------------------------------------------------
@dataclass
class _File:
    """Element positions in one file, so error rows can be located as they are written."""

    relative: str
    manifest: Manifest
    positions: Counter[str] = field(default_factory=Counter)
    located: set[str] = field(default_factory=set)

    def element(self, parent: etree._Element | None, name: str, row: Row | None = None
                ) -> etree._Element:  # fmt: skip
        """A new element (under ``parent``, if any); counted, located when ``row`` is faulty."""
        element = etree.Element(name) if parent is None else etree.SubElement(parent, name)
        self.positions[name] += 1
        if row is not None and row[ERROR_COLUMN]:
            self.manifest.locate(row[ERROR_COLUMN], FORMAT, self.relative, name,
                                 self.positions[name])  # fmt: skip
            self.located.add(row[ERROR_COLUMN])
        return element

    def leaf(self, parent: etree._Element, path: str, value: object, required: bool = False,
             boolean: bool = False) -> None:  # fmt: skip
        """A text element at ``path`` from ``parent``; left out if optional and empty."""
        text = _flag(value) if boolean else _text(value)
        if text is None and not required:
            return
        container, name = _inside(parent, path)
        self.element(container, name).text = text


def _inside(element: etree._Element, path: str) -> tuple[etree._Element, str]:
    """The element the last step of ``path`` goes in, and that step.

    Wrappers on the way (``ChildIdentifiers``, ``Reviews``...) are made when first needed and
    shared by the elements that follow them, so a wrapper is only written when it has content.
    """
    *wrappers, name = path.split("/")
    for wrapper in wrappers:
        last = element[-1] if len(element) else None
        element = last if last is not None and last.tag == wrapper else etree.SubElement(
            element, wrapper)  # fmt: skip
    return element, name


def write_cin_census(history: CouncilHistory, out_dir: Path, manifest: Manifest) -> list[Path]:
    """Write every census year of ``history`` under ``out_dir/cin_census/``; return the files.

    The number of ``Child`` elements of each file and the place of every injected error go
    into ``manifest``.
    """
    census = Census.of(history)
    written: list[Path] = []
    located: set[str] = set()
    for number in history.collection_years():
        year = Year.of(number, history.period_end)
        relative = f"cin_census/cin_census_{number}.xml"
        target = _File(relative, manifest)
        children = _write_year(history, census, year, out_dir / relative, target)
        manifest.count_rows(relative, children)
        located |= target.located
        written.append(out_dir / relative)
    _record_unwritten(history, census, located, manifest)
    return written


def _write_year(history: CouncilHistory, census: Census, year: Year, path: Path, target: _File
                ) -> int:  # fmt: skip
    """Stream one year's file, one child at a time; return the number of children written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    children = 0
    with etree.xmlfile(str(path), encoding="UTF-8") as xf:
        xf.write_declaration()
        with xf.element(ROOT):
            _write_indented(xf, _header(history, year, target), 1)
            xf.write("\n  ")
            with xf.element(CHILDREN):
                for child in _children(census, year, target):
                    _write_indented(xf, child, 2)
                    children += 1
                xf.write("\n  ")
            xf.write("\n")
    return children


def _write_indented(xf: Any, element: etree._Element, level: int) -> None:
    """Write one finished element on its own line, indented two spaces per level."""
    etree.indent(element, space="  ", level=level)
    xf.write("\n" + "  " * level)
    xf.write(element)


def _header(history: CouncilHistory, year: Year, target: _File) -> etree._Element:
    """The Header: collection, year, 31 March reference date and the council as source.

    DateTime is fixed to the morning after the last day with data, so the same history always
    gives the same file.
    """
    extracted = datetime.combine(year.last + timedelta(days=1), datetime.min.time())
    values = {
        COLLECTION: COLLECTION_NAME, YEAR: str(year.year), REFERENCE_DATE: year.reference,
        SOURCE_LEVEL: "L", LEA: history.council.la_code, SOFTWARE_CODE: SOFTWARE,
        RELEASE: _release(), SERIAL_NUMBER: SERIAL,
        DATE_TIME: extracted.replace(hour=9).isoformat(),
    }  # fmt: skip
    header = etree.Element(HEADER)
    for path in HEADER_FIELDS:
        target.leaf(header, path, values[path], required=True)
    return header


def _release() -> str:
    """The software release that produced the file: the installed csc-scorecard version."""
    try:
        return importlib.metadata.version("csc-scorecard")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - run from a checkout
        return "0"


def _children(census: Census, year: Year, target: _File) -> Iterator[etree._Element]:
    """Each child with an episode open in the year, in child id order, as a Child element."""
    for child_id in sorted(census.rows[CIN_DETAILS.table]):
        person = census.people.get(child_id)
        if person is None or not _nested(CIN_DETAILS, {"child_id": child_id}, census, year):
            continue
        yield _record(None, CHILD, person, census, year, target)


def _record(parent: etree._Element | None, record: Record, row: Row, census: Census,
            year: Year, target: _File) -> etree._Element:  # fmt: skip
    """A record's element and, in schema order, its leaves and the records nested in it.

    Values are those known at the year end; of a column's leaves, the one the layout says
    carries the value that year is written (``UPNunknown`` or ``UPN``, ``GenderCurrent`` or
    ``Sex``).
    """
    values = _as_known(record.table, row, year)
    if parent is None:
        element = target.element(None, record.element, row)
    else:
        container, name = _inside(parent, record.path)
        element = target.element(container, name, row)
    for item in record.content:
        if isinstance(item, Record):
            for nested in _nested(item, values, census, year):
                _record(element, item, nested, census, year, target)
        elif item.xml == ".":
            element.text = _text(values[item.column])
        elif record.written_leaf(item.column, _text(values[item.column]), year.year) is item:
            target.leaf(element, item.xml, values[item.column], item.required, item.boolean)
    return element


def _as_known(table: str, row: Row, year: Year) -> Row:
    """A row's values as known at the end of the census year.

    A date later than the year's last day was not yet known, and neither was the closure
    reason of an episode closed after it. "ICPC not required" is a decision taken when the
    enquiry ends, so it is ``1`` only once the enquiry has ended by the year end; before
    that, or when an ICPC was held, it is ``0``. Sex is written in the year's code list.
    """
    known = dict(row)
    later = LATER_UNKNOWN.get(table)
    if later is not None:
        known[later] = year.known(row[later])
    if table == CHILD.table:
        known["sex"] = sex_code(row["sex"], year.year)
    elif table == CIN_DETAILS.table and row["closure_date"] is not None:
        known["closure_reason"] = row["closure_reason"] if known["closure_date"] else None
    elif table == SECTION_47.table:
        decided = row["end_date"] is not None and year.known(row["end_date"]) is not None
        known["icpc_not_required"] = row["icpc_not_required"] if decided else False
    return known


def _nested(record: Record, parent: Row, census: Census, year: Year) -> list[Row]:
    """The rows of ``record`` under ``parent`` that the census of ``year`` carries, in order.

    Factors are identified at the end of an assessment, so only an authorised one has them.
    """
    if record is FACTOR and parent["authorisation_date"] is None:
        return []
    rows = census.rows[record.table].get(parent[record.inherits[-1]], [])
    return [row for row in rows if _in_year(record.table, row, year)]


def _in_year(table: str, row: Row, year: Year) -> bool:
    """Whether the census of ``year`` carries a row: its record had activity in the year.

    An S47 finishes at its ICPC, or at its end when no ICPC was held; reviews are those held
    in the year; disabilities and factors go wherever their parent goes.
    """
    match table:
        case "cin_episode":
            return year.active(row["referral_date"], row["closure_date"])
        case "assessment":
            return year.active(row["start_date"], row["authorisation_date"])
        case "s47_enquiry":
            return year.active(row["start_date"], row["icpc_date"] or row["end_date"])
        case "cin_plan" | "cp_plan":
            return year.active(row["start_date"], row["end_date"])
        case "cp_review":
            return year.held(row["review_date"])
    return True


def sex_code(sex: object, year: int) -> str:
    """GenderCurrent (1/2/0/9) up to the 2023-24 census, Sex (M/F/U) from 2024-25.

    A missing value is written as the code for "not recorded"; a value in neither list (an
    injected fault) is written as it is.
    """
    codes = SEX_WRITTEN if year >= SEX_FROM_YEAR else GENDER_CURRENT_WRITTEN
    if not isinstance(sex, str) or sex == "":
        return codes["U"]
    return codes.get(sex.upper(), sex)


def _text(value: object) -> str | None:
    """Element text: ISO dates, 1/0 booleans, whole numbers without a decimal point."""
    value = plain(value)
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _flag(value: object) -> str | None:
    """A schema boolean: 1 or 0 (empty when unknown, so a missing flag stays visible)."""
    value = plain(value)
    if value is None:
        return None
    return "1" if bool(value) else "0"


# -- errors that landed nowhere ---------------------------------------------------------------
def _record_unwritten(history: CouncilHistory, census: Census, located: set[str],
                      manifest: Manifest) -> None:  # fmt: skip
    """Say why every injected error not written to any census file is not there."""
    for name in history.tables:
        if name not in TABLES:
            continue
        for row in faulty_records(history, name):
            error_id = row[ERROR_COLUMN]
            if error_id not in located:
                manifest.not_applicable(error_id, FORMAT, _why_not(name, row, census))


def _why_not(name: str, row: Row, census: Census) -> str:
    if name not in ELEMENT:
        return f"the CIN census does not carry {name} rows"
    child_id = row.get("child_id")
    if child_id is not None and child_id not in census.people:
        return (
            f"the {name} row is for child {child_id}, who has no person row, so it cannot be"
            " placed in the CIN census"
        )
    return (
        f"this {name} row falls in no CIN census year written (no activity inside the period,"
        " or its episode, assessment or plan is not in any year's census)"
    )
