"""The CIN census XML -> canonical mapping, as data: which element is which record.

The loader (``cin_census.py``), the XML reader (``cin_xml.py``) and the generated page
``docs/cin-mapping.md`` (``cin_docs.py``) all work from these definitions, so the page always
says what the loader does. Element names and nesting follow the CIN census schema
(``shared/reference/formats-cin-annexa.md`` section 1.2) and ``synth/write_cin.py``.

A *record* is an element that becomes one canonical row (``Child``, ``CINdetails``,
``Assessments``...); its *leaves* are the elements whose text fills the row's columns. The
census carries no record identifiers, so the loader makes them from the natural key the DfE
validator uses (the child's ``LAchildID`` and the record's start date, under its parent): the
same referral reported in two census years gets the same ``referral_id`` and the store merges
the two reports into one episode.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

import pandas as pd

from csc_scorecard.ingest.validate import parse_dates

SOURCE = "cin"

GENDER_CURRENT = {"1": "M", "2": "F", "0": "U", "9": "U"}
"""GenderCurrent (to the 2023-24 census) as the model's sex codes: 0 not recorded and 9
indeterminate are both U (unknown or not recorded), the only code the model has for them."""


@dataclass(frozen=True)
class Leaf:
    """An element whose text fills one canonical column of its record.

    ``xml`` is the path from the record element (``.`` for the record's own text). Several
    leaves may fill one column: the first with a value wins (``UPN`` before ``UPNunknown``).
    ``codes`` translates values (anything else is kept as written, so a bad code is reported).
    """

    xml: str
    column: str
    codes: tuple[tuple[str, str], ...] = ()
    note: str = ""

    def canonical(self, text: pd.Series) -> pd.Series:
        """The leaf's text as canonical text (surrounding spaces dropped, codes translated)."""
        stripped = text.str.strip()
        if not self.codes:
            return stripped
        return stripped.replace(dict(self.codes))


@dataclass(frozen=True)
class MadeId:
    """An identifier the loader makes: the parent's identifier, a tag and the record's date."""

    column: str
    parent: str
    tag: str
    date: str

    def make(self, parent: pd.Series, date_text: pd.Series) -> pd.Series:
        """``<parent>:<tag>:<date>``, the date as YYYY-MM-DD when readable (as written if not).

        Normalising the date makes the id the same whichever date style a year's file used.
        """
        parsed, _ = parse_dates(date_text)
        iso = parsed.dt.strftime("%Y-%m-%d").where(parsed.notna(), date_text.str.strip())
        made: pd.Series = parent.str.strip() + f":{self.tag}:" + iso
        return made

    def describe(self) -> str:
        """How the id is made, for the mapping page."""
        return f"`<{self.parent}>:{self.tag}:<{self.date}>` (made by the loader)"


@dataclass(frozen=True)
class Record:
    """An element that becomes one row of a canonical table, and the records nested in it."""

    element: str
    table: str
    path: str
    leaves: tuple[Leaf, ...]
    inherits: tuple[str, ...] = ()
    made_id: MadeId | None = None
    children: tuple[Record, ...] = ()
    in_episode: bool = False
    also_read: tuple[str, ...] = ()

    def walk(self, parent: Record | None = None) -> Iterator[tuple[Record, Record | None]]:
        """Walk the record and every record under it, each with its parent, parents first."""
        yield self, parent
        for child in self.children:
            yield from child.walk(self)

    @property
    def filled(self) -> tuple[str, ...]:
        """Canonical columns the loader fills for this record."""
        made = (self.made_id.column,) if self.made_id else ()
        return tuple(dict.fromkeys([*(leaf.column for leaf in self.leaves), *self.inherits, *made]))

    def raw_name(self, xml: str) -> str:
        """The name a leaf's value has in the record as read: its element's own name."""
        return self.element if xml == "." else xml.rsplit("/", 1)[-1]

    @cached_property
    def raw_paths(self) -> dict[str, str]:
        """Every value read from the record: name as read -> path from the record element."""
        paths = [leaf.xml for leaf in self.leaves] + list(self.also_read)
        return {self.raw_name(xml): xml for xml in dict.fromkeys(paths)}


REVIEW = Record(
    "CPPreviewDate", "cp_review", "Reviews/CPPreviewDate",
    (Leaf(".", "review_date"),),
    inherits=("child_id", "cp_plan_id"),
    made_id=MadeId("cp_review_id", "cp_plan_id", "REV", "review_date"),
)  # fmt: skip

CP_PLAN = Record(
    "ChildProtectionPlans", "cp_plan", "ChildProtectionPlans",
    (
        Leaf("CPPstartDate", "start_date"),
        Leaf("CPPendDate", "end_date"),
        Leaf("InitialCategoryOfAbuse", "initial_category"),
        Leaf("LatestCategoryOfAbuse", "latest_category"),
        Leaf("NumberOfPreviousCPP", "number_of_previous_plans"),
    ),
    inherits=("child_id", "referral_id"),
    made_id=MadeId("cp_plan_id", "referral_id", "CPP", "start_date"),
    children=(REVIEW,),
    in_episode=True,
)  # fmt: skip

SECTION_47 = Record(
    "Section47", "s47_enquiry", "Section47",
    (
        Leaf("S47ActualStartDate", "start_date"),
        Leaf("InitialCPCtarget", "icpc_target_date"),
        Leaf("DateOfInitialCPC", "icpc_date"),
        Leaf("ICPCnotRequired", "icpc_not_required"),
    ),
    inherits=("child_id", "referral_id"),
    made_id=MadeId("s47_id", "referral_id", "S47", "start_date"),
    in_episode=True,
)  # fmt: skip

CIN_PLAN = Record(
    "CINPlanDates", "cin_plan", "CINPlanDates",
    (Leaf("CINPlanStartDate", "start_date"), Leaf("CINPlanEndDate", "end_date")),
    inherits=("child_id", "referral_id"),
    made_id=MadeId("cin_plan_id", "referral_id", "CINP", "start_date"),
    in_episode=True,
)  # fmt: skip

FACTOR = Record(
    "AssessmentFactors", "assessment_factor", "FactorsIdentifiedAtAssessment/AssessmentFactors",
    (Leaf(".", "factor"),),
    inherits=("child_id", "assessment_id"),
)  # fmt: skip

ASSESSMENT = Record(
    "Assessments", "assessment", "Assessments",
    (
        Leaf("AssessmentActualStartDate", "start_date"),
        Leaf("AssessmentAuthorisationDate", "authorisation_date"),
    ),
    inherits=("child_id", "referral_id"),
    made_id=MadeId("assessment_id", "referral_id", "ASS", "start_date"),
    children=(FACTOR,),
    in_episode=True,
)  # fmt: skip

CIN_DETAILS = Record(
    "CINdetails", "cin_episode", "CINdetails",
    (
        Leaf("CINreferralDate", "referral_date"),
        Leaf("ReferralSource", "referral_source"),
        Leaf("PrimaryNeedCode", "primary_need"),
        Leaf("CINclosureDate", "closure_date"),
        Leaf("ReasonForClosure", "closure_reason"),
        Leaf("ReferralNFA", "referral_nfa", note="1/0 or true/false, any case"),
    ),
    inherits=("child_id",),
    made_id=MadeId("referral_id", "child_id", "REF", "referral_date"),
    children=(ASSESSMENT, CIN_PLAN, SECTION_47, CP_PLAN),
    also_read=("DateOfInitialCPC",),
)  # fmt: skip

DISABILITY = Record(
    "Disability", "disability", "ChildCharacteristics/Disabilities/Disability",
    (Leaf(".", "disability"),),
    inherits=("child_id",),
)  # fmt: skip

CHILD = Record(
    "Child", "person", "Child",
    (
        Leaf("ChildIdentifiers/LAchildID", "child_id"),
        Leaf("ChildIdentifiers/UPN", "upn"),
        Leaf("ChildIdentifiers/UPNunknown", "upn", note="when there is no UPN"),
        Leaf("ChildIdentifiers/PersonBirthDate", "date_of_birth"),
        Leaf("ChildIdentifiers/ExpectedPersonBirthDate", "expected_date_of_birth"),
        Leaf("ChildIdentifiers/GenderCurrent", "sex", tuple(GENDER_CURRENT.items()),
             note="to the 2023-24 census"),
        Leaf("ChildIdentifiers/Sex", "sex", tuple(GENDER_CURRENT.items()),
             note="from the 2024-25 census; a GenderCurrent code in it is read the same way"),
        Leaf("ChildIdentifiers/PersonDeathDate", "date_of_death"),
        Leaf("ChildCharacteristics/Ethnicity", "ethnicity"),
    ),
    children=(DISABILITY, CIN_DETAILS),
)  # fmt: skip
"""The ``Child`` element and everything nested in it: the whole census below ``Children``."""

RECORDS: tuple[Record, ...] = tuple(record for record, _ in CHILD.walk())
"""Every record element, parents before the records nested in them."""

PARENT: dict[str, Record | None] = {record.element: parent for record, parent in CHILD.walk()}

NOT_IN_CENSUS: dict[str, str] = {
    "cin_episode.team": "The census does not record the team; left empty.",
    "assessment.child_seen": "Not in the census; left empty.",
    "assessment.further_action": "Not in the census; left empty.",
    "s47_enquiry.end_date": "The census records the ICPC, not the end of the enquiry; left empty.",
    "s47_enquiry.icpc_outcome_cp_plan": "Not in the census; left empty.",
}
"""Canonical columns of the tables the census fills that it does not carry."""

OTHER_ELEMENTS: dict[str, str] = {
    "ChildIdentifiers/FormerUPN": "A previous UPN; the model keeps the current one only.",
    "Assessments/AssessmentInternalReviewDate": "No canonical column.",
    "CINdetails/DateOfInitialCPC": (
        "An ICPC date recorded at episode level rather than in a `Section47`: it fills the"
        " `icpc_date` of the episode's latest `Section47` that started on or before it and has"
        " no ICPC date of its own; a date already held by one of the episode's enquiries is not"
        " repeated."
    ),
    "Header": (
        "`Year` or `ReferenceDate` gives the collection year (files are loaded in that order);"
        " `LEA`, when present, must be the council's code; `Collection`, when present, must be"
        " `CIN`."
    ),
    "anything else": (
        "Elements the loader does not know (a newer census's additions, such as 2026-27's"
        " `PreProceedingsandFGDM`, which the model has no table for) are not loaded, and the"
        " load summary lists each once with how many the file holds. Element names are read"
        " without their XML namespace; `ReferenceDate` may be YYYY-MM-DD or DD/MM/YYYY."
    ),
}
"""Census elements that fill no canonical column directly, and what happens to them."""


NOT_LOADED_BLOCKS: dict[str, str] = {
    "PreProceedingsandFGDM": (
        "pre-proceedings and family group decision making (the 2026-27 census's new block):"
        " the canonical model has no table for pre-proceedings, so they are not loaded"
    ),
}
"""Census blocks the loader knows of but cannot load, and why (named in the load summary)."""


def _known_elements() -> frozenset[str]:
    """Every element name the loader reads, the containers of those elements included."""
    names = {"Child"}
    for record in RECORDS:
        for xml in (record.path, *(leaf.xml for leaf in record.leaves), *record.also_read):
            names |= set(xml.split("/")) - {"."}
    return frozenset(names)


KNOWN_ELEMENTS = _known_elements()
"""Element names under ``Child`` that are not reported as unread."""
