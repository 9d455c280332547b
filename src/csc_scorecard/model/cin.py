"""The CIN census XML layout, defined once: which element is which canonical record and column.

The synthetic council's writer (``synth/write_cin.py``) writes from this layout and the loader
(``ingest/cin_census.py``, ``ingest/cin_xml.py``) reads with it, so the two cannot drift; the
generated page ``docs/cin-mapping.md`` (``ingest/cin_docs.py``) describes it. Element names,
nesting and their order are those of the CIN census schema
(``shared/reference/formats-cin-annexa.md`` section 1.2); the order is fixed by
``xs:sequence`` and the DfE's validator and liiatools both rely on it, so each record's
``content`` lists its leaves and nested records in that order.

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

COLLECTION_NAME = "CIN"
"""The Header's ``Collection`` of a CIN census."""
ROOT = "Message"
HEADER = "Header"
CHILDREN = "Children"

COLLECTION = "CollectionDetails/Collection"
YEAR = "CollectionDetails/Year"
REFERENCE_DATE = "CollectionDetails/ReferenceDate"
SOURCE_LEVEL = "Source/SourceLevel"
LEA = "Source/LEA"
SOFTWARE_CODE = "Source/SoftwareCode"
RELEASE = "Source/Release"
SERIAL_NUMBER = "Source/SerialNo"
DATE_TIME = "Source/DateTime"
HEADER_FIELDS = (COLLECTION, YEAR, REFERENCE_DATE, SOURCE_LEVEL, LEA, SOFTWARE_CODE, RELEASE,
                 SERIAL_NUMBER, DATE_TIME)  # fmt: skip
"""The Header's elements (path from ``Header``), in schema order."""

SEX_FROM_YEAR = 2025
"""The 2024-25 census (year 2025) replaced GenderCurrent (1/2/0/9) with Sex (M/F/U)."""

GENDER_CURRENT_WRITTEN = {"M": "1", "F": "2", "U": "0", "1": "1", "2": "2", "0": "0", "9": "9"}
"""The model's sex (or a GenderCurrent code already) as GenderCurrent."""
SEX_WRITTEN = {"M": "M", "F": "F", "U": "U", "1": "M", "2": "F", "0": "U", "9": "U"}
"""The model's sex (or a GenderCurrent code) as Sex."""
GENDER_CURRENT_READ = {"1": "M", "2": "F", "0": "U", "9": "U"}
"""GenderCurrent as the model's sex codes: 0 not recorded and 9 indeterminate are both U
(unknown or not recorded), the only code the model has for them."""

UPN_UNKNOWN_PREFIX = "UN"
"""``UPNunknown`` holds the reason codes UN1-UN10 in place of a UPN."""


@dataclass(frozen=True)
class Leaf:
    """An element whose text fills one canonical column of its record.

    ``xml`` is the path from the record element (``.`` for the record's own text). Several
    leaves may fill one column: the reader takes the first with a value (``UPN`` before
    ``UPNunknown``); the writer puts a value in the one whose ``prefix`` it starts with, else
    in the one without a prefix, and only in census years from ``first_year`` to
    ``last_year``. ``codes`` translates values read (anything else is kept as written, so a
    bad code is reported). ``required`` elements (minOccurs 1) are written empty when there is
    no value, so a missing value stays visible; ``boolean`` ones are written 1/0.
    """

    xml: str
    column: str
    codes: tuple[tuple[str, str], ...] = ()
    note: str = ""
    required: bool = False
    boolean: bool = False
    prefix: str = ""
    first_year: int | None = None
    last_year: int | None = None

    @property
    def name(self) -> str:
        """The element's own name (the last step of its path)."""
        return self.xml.rsplit("/", 1)[-1]

    def in_year(self, year: int) -> bool:
        """Whether the census of ``year`` has this element."""
        return (self.first_year is None or year >= self.first_year) and (
            self.last_year is None or year <= self.last_year
        )


@dataclass(frozen=True)
class MadeId:
    """An identifier the loader makes: the parent's identifier, a tag and the record's date."""

    column: str
    parent: str
    tag: str
    date: str

    def describe(self) -> str:
        """How the id is made, for the mapping page."""
        return f"`<{self.parent}>:{self.tag}:<{self.date}>` (made by the loader)"


@dataclass(frozen=True)
class Record:
    """An element that becomes one row of a canonical table, and the records nested in it.

    ``path`` is the path from the parent record's element; ``content`` the leaves and nested
    records in schema order.
    """

    element: str
    table: str
    path: str
    content: tuple[Leaf | Record, ...]
    inherits: tuple[str, ...] = ()
    made_id: MadeId | None = None
    in_episode: bool = False
    also_read: tuple[str, ...] = ()

    @property
    def leaves(self) -> tuple[Leaf, ...]:
        """The record's leaves, in schema order."""
        return tuple(item for item in self.content if isinstance(item, Leaf))

    @property
    def children(self) -> tuple[Record, ...]:
        """The records nested in this one, in schema order."""
        return tuple(item for item in self.content if isinstance(item, Record))

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

    def written_leaf(self, column: str, text: str | None, year: int) -> Leaf | None:
        """The leaf that carries ``text`` of ``column`` in the census of ``year``.

        Among the column's leaves of that year, the one whose prefix the text starts with
        (any case), else the one without a prefix.
        """
        leaves = [leaf for leaf in self.leaves if leaf.column == column and leaf.in_year(year)]
        upper = (text or "").upper()
        prefixed = [leaf for leaf in leaves if leaf.prefix and upper.startswith(leaf.prefix)]
        plain = [leaf for leaf in leaves if not leaf.prefix]
        return next(iter(prefixed or plain), None)


REVIEW = Record(
    "CPPreviewDate", "cp_review", "Reviews/CPPreviewDate",
    (Leaf(".", "review_date", required=True),),
    inherits=("child_id", "cp_plan_id"),
    made_id=MadeId("cp_review_id", "cp_plan_id", "REV", "review_date"),
)  # fmt: skip

CP_PLAN = Record(
    "ChildProtectionPlans", "cp_plan", "ChildProtectionPlans",
    (
        Leaf("CPPstartDate", "start_date", required=True),
        Leaf("CPPendDate", "end_date"),
        Leaf("InitialCategoryOfAbuse", "initial_category", required=True),
        Leaf("LatestCategoryOfAbuse", "latest_category", required=True),
        Leaf("NumberOfPreviousCPP", "number_of_previous_plans", required=True),
        REVIEW,
    ),
    inherits=("child_id", "referral_id"),
    made_id=MadeId("cp_plan_id", "referral_id", "CPP", "start_date"),
    in_episode=True,
)  # fmt: skip

SECTION_47 = Record(
    "Section47", "s47_enquiry", "Section47",
    (
        Leaf("S47ActualStartDate", "start_date", required=True),
        Leaf("InitialCPCtarget", "icpc_target_date"),
        Leaf("DateOfInitialCPC", "icpc_date"),
        Leaf("ICPCnotRequired", "icpc_not_required", required=True, boolean=True),
    ),
    inherits=("child_id", "referral_id"),
    made_id=MadeId("s47_id", "referral_id", "S47", "start_date"),
    in_episode=True,
)  # fmt: skip

CIN_PLAN = Record(
    "CINPlanDates", "cin_plan", "CINPlanDates",
    (Leaf("CINPlanStartDate", "start_date", required=True), Leaf("CINPlanEndDate", "end_date")),
    inherits=("child_id", "referral_id"),
    made_id=MadeId("cin_plan_id", "referral_id", "CINP", "start_date"),
    in_episode=True,
)  # fmt: skip

FACTOR = Record(
    "AssessmentFactors", "assessment_factor", "FactorsIdentifiedAtAssessment/AssessmentFactors",
    (Leaf(".", "factor", required=True),),
    inherits=("child_id", "assessment_id"),
)  # fmt: skip

ASSESSMENT = Record(
    "Assessments", "assessment", "Assessments",
    (
        Leaf("AssessmentActualStartDate", "start_date", required=True),
        Leaf("AssessmentAuthorisationDate", "authorisation_date"),
        FACTOR,
    ),
    inherits=("child_id", "referral_id"),
    made_id=MadeId("assessment_id", "referral_id", "ASS", "start_date"),
    in_episode=True,
)  # fmt: skip

CIN_DETAILS = Record(
    "CINdetails", "cin_episode", "CINdetails",
    (
        Leaf("CINreferralDate", "referral_date", required=True),
        Leaf("ReferralSource", "referral_source", required=True),
        Leaf("PrimaryNeedCode", "primary_need"),
        Leaf("CINclosureDate", "closure_date"),
        Leaf("ReasonForClosure", "closure_reason"),
        ASSESSMENT,
        CIN_PLAN,
        SECTION_47,
        Leaf("ReferralNFA", "referral_nfa", note="1/0 or true/false, any case", required=True,
             boolean=True),
        CP_PLAN,
    ),
    inherits=("child_id",),
    made_id=MadeId("referral_id", "child_id", "REF", "referral_date"),
    also_read=("DateOfInitialCPC",),
)  # fmt: skip

DISABILITY = Record(
    "Disability", "disability", "ChildCharacteristics/Disabilities/Disability",
    (Leaf(".", "disability", required=True),),
    inherits=("child_id",),
)  # fmt: skip

CHILD = Record(
    "Child", "person", "Child",
    (
        Leaf("ChildIdentifiers/LAchildID", "child_id", required=True),
        Leaf("ChildIdentifiers/UPN", "upn"),
        Leaf("ChildIdentifiers/UPNunknown", "upn", note="when there is no UPN",
             prefix=UPN_UNKNOWN_PREFIX),
        Leaf("ChildIdentifiers/PersonBirthDate", "date_of_birth"),
        Leaf("ChildIdentifiers/ExpectedPersonBirthDate", "expected_date_of_birth"),
        Leaf("ChildIdentifiers/GenderCurrent", "sex", tuple(GENDER_CURRENT_READ.items()),
             note="to the 2023-24 census", required=True, last_year=SEX_FROM_YEAR - 1),
        Leaf("ChildIdentifiers/Sex", "sex", tuple(GENDER_CURRENT_READ.items()),
             note="from the 2024-25 census; a GenderCurrent code in it is read the same way",
             required=True, first_year=SEX_FROM_YEAR),
        Leaf("ChildIdentifiers/PersonDeathDate", "date_of_death"),
        Leaf("ChildCharacteristics/Ethnicity", "ethnicity", required=True),
        DISABILITY,
        CIN_DETAILS,
    ),
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
