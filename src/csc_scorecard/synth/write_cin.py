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
from csc_scorecard.synth.history import ERROR_COLUMN, CouncilHistory
from csc_scorecard.synth.manifest import Manifest

FORMAT = "cin"
SOFTWARE_CODE = "csc-scorecard"
SERIAL_NUMBER = "001"
SEX_FROM_YEAR = 2025
"""The 2024-25 census (year 2025) replaced GenderCurrent with Sex."""

GENDER_CURRENT = {"M": "1", "F": "2", "U": "0", "1": "1", "2": "2", "0": "0", "9": "9"}
SEX = {"M": "M", "F": "F", "U": "U", "1": "M", "2": "F", "0": "U", "9": "U"}

ELEMENT = {
    "person": "Child",
    "disability": "Disability",
    "cin_episode": "CINdetails",
    "assessment": "Assessments",
    "assessment_factor": "AssessmentFactors",
    "cin_plan": "CINPlanDates",
    "s47_enquiry": "Section47",
    "cp_plan": "ChildProtectionPlans",
    "cp_review": "CPPreviewDate",
}
"""Canonical tables the census carries, and the element each row becomes."""

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
    """The canonical rows the census draws on, indexed the way the writer walks them."""

    people: dict[str, Row]
    disabilities: dict[str, list[Row]]
    episodes: dict[str, list[Row]]
    assessments: dict[str, list[Row]]
    factors: dict[str, list[Row]]
    cin_plans: dict[str, list[Row]]
    s47s: dict[str, list[Row]]
    cp_plans: dict[str, list[Row]]
    reviews: dict[str, list[Row]]

    @classmethod
    def of(cls, history: CouncilHistory) -> Census:
        """Index the history's rows by child, episode, assessment and plan."""
        people: dict[str, Row] = {}
        for person in canonical_records(history, "person"):
            people.setdefault(person["child_id"], person)
        return cls(
            people=people,
            disabilities=_by(canonical_records(history, "disability"), "child_id"),
            episodes=_by(canonical_records(history, "cin_episode"), "child_id", "referral_date"),
            assessments=_by(canonical_records(history, "assessment"), "referral_id",
                            "start_date"),
            factors=_by(canonical_records(history, "assessment_factor"), "assessment_id"),
            cin_plans=_by(canonical_records(history, "cin_plan"), "referral_id", "start_date"),
            s47s=_by(canonical_records(history, "s47_enquiry"), "referral_id", "start_date"),
            cp_plans=_by(canonical_records(history, "cp_plan"), "referral_id", "start_date"),
            reviews=_by(canonical_records(history, "cp_review"), "cp_plan_id", "review_date"),
        )  # fmt: skip


# -- writing ----------------------------------------------------------------------------------
@dataclass
class _File:
    """Element positions in one file, so error rows can be located as they are written."""

    relative: str
    manifest: Manifest
    positions: Counter[str] = field(default_factory=Counter)
    located: set[str] = field(default_factory=set)

    def element(self, parent: etree._Element, name: str, row: Row | None = None) -> etree._Element:
        """A new child element; counted, and located in the manifest when ``row`` is faulty."""
        element = etree.SubElement(parent, name)
        self.positions[name] += 1
        if row is not None and row[ERROR_COLUMN]:
            self.manifest.locate(row[ERROR_COLUMN], FORMAT, self.relative, name,
                                 self.positions[name])  # fmt: skip
            self.located.add(row[ERROR_COLUMN])
        return element

    def leaf(self, parent: etree._Element, name: str, value: object, required: bool = False
             ) -> None:  # fmt: skip
        """A text element; an optional one without a value is left out."""
        text = _text(value)
        if text is None and not required:
            return
        self.element(parent, name).text = text


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
        with xf.element("Message"):
            _write_indented(xf, _header(history, year, target), 1)
            xf.write("\n  ")
            with xf.element("Children"):
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
    header = etree.Element("Header")
    details = etree.SubElement(header, "CollectionDetails")
    target.leaf(details, "Collection", "CIN")
    target.leaf(details, "Year", str(year.year))
    target.leaf(details, "ReferenceDate", year.reference)
    source = etree.SubElement(header, "Source")
    target.leaf(source, "SourceLevel", "L")
    target.leaf(source, "LEA", history.council.la_code, required=True)
    target.leaf(source, "SoftwareCode", SOFTWARE_CODE)
    target.leaf(source, "Release", _release())
    target.leaf(source, "SerialNo", SERIAL_NUMBER)
    extracted = datetime.combine(year.last + timedelta(days=1), datetime.min.time())
    target.leaf(source, "DateTime", extracted.replace(hour=9).isoformat())
    return header


def _release() -> str:
    """The software release that produced the file: the installed csc-scorecard version."""
    try:
        return importlib.metadata.version("csc-scorecard")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - run from a checkout
        return "0"


def _children(census: Census, year: Year, target: _File) -> Iterator[etree._Element]:
    """Each child with an episode open in the year, in child id order, as a Child element."""
    for child_id in sorted(census.episodes):
        person = census.people.get(child_id)
        episodes = [e for e in census.episodes[child_id]
                    if year.active(e["referral_date"], e["closure_date"])]  # fmt: skip
        if person is None or not episodes:
            continue
        child = etree.Element("Child")
        target.positions["Child"] += 1
        if person[ERROR_COLUMN]:
            target.manifest.locate(person[ERROR_COLUMN], FORMAT, target.relative, "Child",
                                   target.positions["Child"])  # fmt: skip
            target.located.add(person[ERROR_COLUMN])
        _identifiers(child, person, year, target)
        _characteristics(child, person, census.disabilities.get(child_id, []), target)
        for episode in episodes:
            _cin_details(child, episode, census, year, target)
        yield child


def _identifiers(child: etree._Element, person: Row, year: Year, target: _File) -> None:
    ids = etree.SubElement(child, "ChildIdentifiers")
    target.leaf(ids, "LAchildID", person["child_id"], required=True)
    upn = _text(person["upn"])
    unknown = upn is not None and upn.upper().startswith("UN")
    target.leaf(ids, "UPN", None if unknown else upn)
    target.leaf(ids, "UPNunknown", upn if unknown else None)
    target.leaf(ids, "PersonBirthDate", person["date_of_birth"])
    target.leaf(ids, "ExpectedPersonBirthDate", person["expected_date_of_birth"])
    if year.year >= SEX_FROM_YEAR:
        target.leaf(ids, "Sex", sex_code(person["sex"], year.year), required=True)
    else:
        target.leaf(ids, "GenderCurrent", sex_code(person["sex"], year.year), required=True)
    target.leaf(ids, "PersonDeathDate", year.known(person["date_of_death"]))


def sex_code(sex: object, year: int) -> str:
    """GenderCurrent (1/2/0/9) up to the 2023-24 census, Sex (M/F/U) from 2024-25.

    A missing value is written as the code for "not recorded"; a value in neither list (an
    injected fault) is written as it is.
    """
    codes = SEX if year >= SEX_FROM_YEAR else GENDER_CURRENT
    if not isinstance(sex, str) or sex == "":
        return codes["U"]
    return codes.get(sex.upper(), sex)


def _characteristics(child: etree._Element, person: Row, disabilities: list[Row], target: _File
                     ) -> None:  # fmt: skip
    characteristics = etree.SubElement(child, "ChildCharacteristics")
    target.leaf(characteristics, "Ethnicity", person["ethnicity"], required=True)
    if disabilities:
        wrapper = etree.SubElement(characteristics, "Disabilities")
        for row in disabilities:
            target.element(wrapper, "Disability", row).text = _text(row["disability"])


def _cin_details(child: etree._Element, episode: Row, census: Census, year: Year, target: _File
                 ) -> None:  # fmt: skip
    """One CINdetails, its parts in schema order (ReferralNFA between Section47 and CPPs)."""
    details = target.element(child, "CINdetails", episode)
    referral = episode["referral_id"]
    target.leaf(details, "CINreferralDate", episode["referral_date"], required=True)
    target.leaf(details, "ReferralSource", episode["referral_source"], required=True)
    target.leaf(details, "PrimaryNeedCode", episode["primary_need"])
    closure = episode["closure_date"]
    later = closure is not None and closure > year.last  # not yet closed at the year end
    target.leaf(details, "CINclosureDate", None if later else closure)
    target.leaf(details, "ReasonForClosure", None if later else episode["closure_reason"])
    for assessment in census.assessments.get(referral, []):
        if year.active(assessment["start_date"], assessment["authorisation_date"]):
            _assessment(details, assessment, census.factors, year, target)
    for plan in census.cin_plans.get(referral, []):
        if year.active(plan["start_date"], plan["end_date"]):
            element = target.element(details, "CINPlanDates", plan)
            target.leaf(element, "CINPlanStartDate", plan["start_date"], required=True)
            target.leaf(element, "CINPlanEndDate", year.known(plan["end_date"]))
    for s47 in census.s47s.get(referral, []):
        if year.active(s47["start_date"], s47["icpc_date"] or s47["end_date"]):
            _section47(details, s47, year, target)
    target.leaf(details, "ReferralNFA", _flag(episode["referral_nfa"]), required=True)
    for plan in census.cp_plans.get(referral, []):
        if year.active(plan["start_date"], plan["end_date"]):
            _cp_plan(details, plan, census.reviews.get(plan["cp_plan_id"], []), year, target)


def _assessment(details: etree._Element, assessment: Row, factors: dict[str, list[Row]],
                year: Year, target: _File) -> None:  # fmt: skip
    """An assessment; factors are identified at its end, so only once it is authorised."""
    element = target.element(details, "Assessments", assessment)
    target.leaf(element, "AssessmentActualStartDate", assessment["start_date"], required=True)
    authorised = year.known(assessment["authorisation_date"])
    target.leaf(element, "AssessmentAuthorisationDate", authorised)
    found = factors.get(assessment["assessment_id"], [])
    if authorised is None or not found:
        return
    wrapper = etree.SubElement(element, "FactorsIdentifiedAtAssessment")
    for row in found:
        target.element(wrapper, "AssessmentFactors", row).text = _text(row["factor"])


def _section47(details: etree._Element, s47: Row, year: Year, target: _File) -> None:
    """A section 47 enquiry as known at the year end.

    "ICPC not required" is a decision taken when the enquiry ends, so it is ``1`` only once
    the enquiry has ended by the year end; before that, or when an ICPC was held, it is ``0``.
    """
    element = target.element(details, "Section47", s47)
    target.leaf(element, "S47ActualStartDate", s47["start_date"], required=True)
    target.leaf(element, "InitialCPCtarget", s47["icpc_target_date"])
    target.leaf(element, "DateOfInitialCPC", year.known(s47["icpc_date"]))
    decided = s47["end_date"] is not None and year.known(s47["end_date"]) is not None
    not_required = s47["icpc_not_required"] if decided else False
    target.leaf(element, "ICPCnotRequired", _flag(not_required), required=True)


def _cp_plan(details: etree._Element, plan: Row, reviews: list[Row], year: Year, target: _File
             ) -> None:  # fmt: skip
    """A CP plan with the review conferences held in the year (one Reviews wrapper)."""
    element = target.element(details, "ChildProtectionPlans", plan)
    target.leaf(element, "CPPstartDate", plan["start_date"], required=True)
    target.leaf(element, "CPPendDate", year.known(plan["end_date"]))
    target.leaf(element, "InitialCategoryOfAbuse", plan["initial_category"], required=True)
    target.leaf(element, "LatestCategoryOfAbuse", plan["latest_category"], required=True)
    target.leaf(element, "NumberOfPreviousCPP", plan["number_of_previous_plans"], required=True)
    held = [review for review in reviews if year.held(review["review_date"])]
    if not held:
        return
    wrapper = etree.SubElement(element, "Reviews")
    for review in held:
        target.element(wrapper, "CPPreviewDate", review).text = _text(review["review_date"])


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
