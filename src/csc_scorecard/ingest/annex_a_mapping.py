"""Which Annex A columns feed which canonical columns: the loader and ``docs/annex-a-mapping.md``.

Annex A is a six-month snapshot for inspectors, not a record of events. It has no record
identifiers, so the loader derives them from the child and the record's date (the same record
in next month's Annex A gets the same identifier and is merged, not doubled). Several lists
hold values derived from records Annex A does not carry (counts over twelve months, the latest
visit, case status); those are listed under ``NOT_LOADED`` with the reason, never guessed back
into records.
"""

from __future__ import annotations

from dataclasses import dataclass

from csc_scorecard.ingest.annex_a_codecs import Codec, Date, Flag, Label, Text
from csc_scorecard.model import annex_a as ofsted

CHILD = "Child Unique ID"


@dataclass(frozen=True)
class Field:
    """One Annex A column read into one canonical column."""

    heading: str
    column: str
    codec: Codec


@dataclass(frozen=True)
class DerivedId:
    """An identifier made from the child and a date column: ``TAG-child-YYYYMMDD``.

    ``numbered`` adds ``-2``, ``-3``... to the second and later records of a child on the same
    day (two contacts about one child in a day are two contacts).
    """

    column: str
    tag: str
    heading: str
    numbered: bool = False


@dataclass(frozen=True)
class Target:
    """The canonical rows one list makes for one table.

    ``when``: the heading that must have a value for a row to be made (a CP plan with no review
    yet makes no review row). ``episode``: the heading of the date by which the record is
    linked to the child's child in need episode (``referral_id``, see ``EPISODE_LINK``).
    """

    table: str
    fields: tuple[Field, ...]
    ids: tuple[DerivedId, ...] = ()
    when: str | None = None
    episode: str | None = None
    fixed: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ListSpec:
    """One Annex A list: number, name, the sheet names that identify it and its targets.

    ``required``: the child's heading, then the heading of the record's own date; a sheet
    without them cannot be loaded.
    """

    number: int
    name: str
    sheet_names: tuple[str, ...]
    required: tuple[str, ...]
    targets: tuple[Target, ...]

    @property
    def source_table(self) -> str:
        """The list as quarantine and the synthetic manifest name it."""
        return f"List {self.number}"

    @property
    def headings(self) -> tuple[str, ...]:
        """Every heading of the list, in Ofsted's order."""
        return ofsted.HEADINGS[self.number]

    @property
    def main_date(self) -> str | None:
        """The heading of the record's own date (the required heading after the child's)."""
        return next(iter(self.required[1:]), None)

    def mapped(self) -> set[str]:
        """Headings some canonical column is read from."""
        used = {f.heading for t in self.targets for f in t.fields}
        used |= {i.heading for t in self.targets for i in t.ids}
        return used | {t.episode for t in self.targets if t.episode}


HEADING_ALIASES: dict[str, tuple[str, ...]] = {
    CHILD: ("Child unique identifier", "Child ID", "LA Child ID", "Unique Child ID",
            "Child Identifier", "LAchildID", "ID"),
    "Age of Child (Years)": ("Age", "Age of Child", "Age (Years)"),
    "Gender": ("Sex", "Gender/Sex"),
    "Date of referral": ("Referral Date",),
    "Date of Contact": ("Contact Date",),
    "Contact Source": ("Source of Contact",),
    "Referral Source": ("Source of Referral",),
    "Does the Child have a Disability": ("Disability", "Disabled"),
    "Allocated Worker": ("Allocated Social Worker",),
}  # fmt: skip
"""Other wordings councils use for a heading (matched after ``workbook.normalise``)."""

EPISODE_LINK = (
    "A record of lists 4, 5 and 7 belongs to the child's child in need episode: the latest"
    " referral of the child in list 3 or list 6 on or before the record's start date. A record"
    " whose episode began before the look-back window and is in neither list is linked to"
    " `REF-<child>-UNLISTED`, the child's episode that this Annex A does not show."
)

PERSON = Target(
    "person",
    (
        Field(CHILD, "child_id", Text()),
        Field("Gender", "sex", Label(ofsted.GENDER, "sex")),
        Field("Ethnicity", "ethnicity", Label(ofsted.ETHNICITY, "ethnicity")),
        Field("Date of Birth", "date_of_birth", Date()),
    ),
)
"""Every list about a child (1-10) carries the child's person columns."""


def _child(*fields: Field) -> tuple[Field, ...]:
    return (Field(CHILD, "child_id", Text()), *fields)


ALLOCATED_TEAM = Field("Allocated Team", "team", Text())
CP_START = "Child Protection Plan Start Date"
S47_START = "Strategy discussion initiating Section 47 Enquiry Start Date"

LISTS: tuple[ListSpec, ...] = (
    ListSpec(1, "Contacts", ("contacts",), (CHILD, "Date of Contact"), (
        PERSON,
        Target("contact", _child(
            Field("Date of Contact", "contact_date", Date()),
            Field("Contact Source", "contact_source",
                  Label(ofsted.SOURCE, "referral_source")),
        ), ids=(DerivedId("contact_id", "CON", "Date of Contact", numbered=True),)),
    )),
    ListSpec(2, "Early help", ("early help", "early help assessments"),
             (CHILD, "Assessment start date"), (
        PERSON,
        Target("early_help_episode", _child(
            Field("Assessment start date", "start_date", Date()),
            Field("Assessment completion date", "end_date", Date()),
            Field("Organisation completing assessment", "organisation", Text()),
        ), ids=(DerivedId("episode_id", "EH", "Assessment start date"),)),
    )),
    ListSpec(3, "Referrals", ("referrals",), (CHILD, "Date of referral"), (
        PERSON,
        Target("cin_episode", _child(
            Field("Date of referral", "referral_date", Date()),
            Field("Referral Source", "referral_source", Label(ofsted.SOURCE, "referral_source")),
            Field("Referral NFA?", "referral_nfa", Flag()),
            ALLOCATED_TEAM,
        ), ids=(DerivedId("referral_id", "REF", "Date of referral"),)),
    )),
    ListSpec(4, "Assessments", ("assessments", "social care assessments"),
             (CHILD, "Continuous Assessment Start Date"), (
        PERSON,
        Target("assessment", _child(
            Field("Continuous Assessment Start Date", "start_date", Date()),
            Field("Continuous Assessment Date of Authorisation", "authorisation_date", Date()),
            Field("Child Seen During Continuous Assessment", "child_seen", Flag()),
            Field("Was the child assessed as requiring LA children's social care support?",
                  "further_action", Flag()),
        ), ids=(DerivedId("assessment_id", "ASS", "Continuous Assessment Start Date"),),
            episode="Continuous Assessment Start Date"),
    )),
    ListSpec(5, "Section 47 enquiries and ICPCs",
             ("section 47", "section 47 enquiries", "sec47 and icpc", "s47 and icpc",
              "section 47 enquiries and icpcs"), (CHILD, S47_START), (
        PERSON,
        Target("s47_enquiry", _child(
            Field(S47_START, "start_date", Date()),
            Field("Was an Initial Child Protection Conference deemed unnecessary?",
                  "icpc_not_required", Flag()),
            Field("Date of Initial Child Protection Conference", "icpc_date", Date()),
            Field("Did the Initial Child Protection Conference Result in a Child Protection Plan",
                  "icpc_outcome_cp_plan", Flag()),
        ), ids=(DerivedId("s47_id", "S47", S47_START),), episode=S47_START),
    )),
    ListSpec(6, "Children in need", ("children in need", "cin"), (CHILD, "CIN Start Date"), (
        PERSON,
        Target("cin_episode", _child(
            Field("CIN Start Date", "referral_date", Date()),
            Field("Primary Need Code", "primary_need",
                  Label(ofsted.PRIMARY_NEED, "category_of_need")),
            Field("CIN Closure Date", "closure_date", Date()),
            Field("Reason for Closure", "closure_reason",
                  Label(ofsted.CLOSURE_REASON, "cin_closure_reason")),
            ALLOCATED_TEAM,
        ), ids=(DerivedId("referral_id", "REF", "CIN Start Date"),)),
    )),
    ListSpec(7, "Child protection", ("child protection", "cp", "child protection plans"),
             (CHILD, CP_START), (
        PERSON,
        Target("cp_plan", _child(
            Field(CP_START, "start_date", Date()),
            Field("Child Protection Plan End Date", "end_date", Date()),
            Field("Initial Category of Abuse", "initial_category",
                  Label(ofsted.CP_CATEGORY, "cp_category")),
            Field("Latest Category of Abuse", "latest_category",
                  Label(ofsted.CP_CATEGORY, "cp_category")),
            Field("Number of Previous Child Protection Plans", "number_of_previous_plans",
                  Text()),
        ), ids=(DerivedId("cp_plan_id", "CPP", CP_START),), episode=CP_START),
        Target("cp_review", _child(
            Field("Date of latest review conference", "review_date", Date()),
        ), ids=(DerivedId("cp_review_id", "CPR", "Date of latest review conference"),
                DerivedId("cp_plan_id", "CPP", CP_START)),
            when="Date of latest review conference"),
    )),
    ListSpec(8, "Children in care", ("children in care", "looked after children", "cla",
                                     "children looked after"), (CHILD,), (
        PERSON,
        Target("cla_review", _child(
            Field("Date of Latest Statutory Review", "review_date", Date()),
        ), when="Date of Latest Statutory Review"),
        Target("health_check", _child(
            Field("Date of Last Health Assessment", "check_date", Date()),
        ), when="Date of Last Health Assessment", fixed=(("check_type", "HEALTH"),)),
        Target("health_check", _child(
            Field("Date of Last Dental Check", "check_date", Date()),
        ), when="Date of Last Dental Check", fixed=(("check_type", "DENTAL"),)),
    )),
    ListSpec(9, "Care leavers", ("care leavers", "leaving care"),
             (CHILD, "Latest Date of Contact"), (
        PERSON,
        Target("care_leaver", _child(
            Field("Latest Date of Contact", "contact_date", Date()),
            Field("Eligibility Category", "eligibility",
                  Label(ofsted.ELIGIBILITY, "care_leaver_eligibility")),
            Field("LA in Touch", "in_touch", Label(ofsted.IN_TOUCH, "care_leaver_in_touch")),
            Field("Activity Status", "activity",
                  Label(ofsted.ACTIVITY, "care_leaver_activity")),
            Field("Type of Accommodation", "accommodation",
                  Label(ofsted.ACCOMMODATION, "care_leaver_accommodation")),
            Field("Suitability of Accommodation", "accommodation_suitable",
                  Flag("a) Suitable", "b) Unsuitable", ())),
        )),
    )),
    ListSpec(10, "Adoption", ("adoption", "adoptions"), (CHILD, ofsted.DECISION), (
        PERSON,
        Target("adoption", _child(
            Field(ofsted.DECISION, "decision_date", Date()),
            Field("Date of Placement Order", "placement_order_date", Date()),
            Field("Date of Matching Child and Prospective Adopters", "matched_date", Date()),
            Field("Date Placed for Adoption", "placed_date", Date()),
            Field("Date of Adoption Order", "adopted_date", Date()),
            Field(ofsted.REVERSED, "decision_reversed_date", Date()),
            Field(ofsted.REVERSAL, "decision_reversed_reason",
                  Label(ofsted.REVERSAL_REASON, "adoption_reversal_reason")),
        )),
    )),
    ListSpec(11, "Adopters", ("adopters", "prospective adopters"),
             ("Individual adopter identifier",), ()),
)  # fmt: skip
"""Lists 1-11, each with the canonical rows it makes."""

NOT_LOADED: dict[str, str] = {
    "Age of Child (Years)": "derived from the date of birth",
    "Does the Child have a Disability": "yes/no only; the model records disability codes",
    "Allocated Team": "kept on the episode (lists 3 and 6); elsewhere derived from it",
    "Allocated Worker": "the model records no workers",
    "Allocated Personal Advisor": "the model records no workers",
    "Number of Referrals in Last 12 Months": "a count over twelve months, derived",
    "Number of Section 47 Enquiries in the last 12 months": "a count over twelve months, derived",
    "Number of ICPCs in the last 12 months": "a count over twelve months, derived",
    "Date Child Was Last Seen": "the latest of visits Annex A does not list",
    "Case Status": "the child's status at the reference date, derived",
    "Date of the Last Statutory Visit": "the latest of visits Annex A does not list",
    "Was the Child Seen Alone?": "belongs to that latest visit, which is not listed",
    ofsted.EMERGENCY: "derived from legal statuses over six months",
    ofsted.UASC_8: "derived; UASC dates are not given",
    ofsted.UASC_9: "derived; UASC dates are not given",
    "Date Started to be Looked After": "one summary row per child: care episodes are not listed",
    "Child's Category of Need": "belongs to the latest care episode, which is not listed",
    ofsted.SECOND_PERIOD: "derived from periods of care",
    "Start date of current legal status": "episodes are not listed",
    "Child's Legal Status": "episodes are not listed",
    "Date of Last Social Work Visit": "the latest of visits Annex A does not list",
    "What is the permanence plan for this child?": "the model records no care plan",
    "Date of Last IRO Visit / Contact to the Child": "the model records no IRO contacts",
    "Number of Placements in the Last 12 months": "a count over twelve months, derived",
    "Date Ceased to be Looked After": "episodes are not listed",
    "Reason Ceased to be Looked After": "episodes are not listed",
    "Start Date of Most Recent Placement": "episodes are not listed",
    "Placement Type": "episodes are not listed",
    "Placement Provider": "episodes are not listed",
    "Placement postcode": "episodes are not listed",
    "URN of Placement": "episodes are not listed",
    "Placement Location": "episodes are not listed",
    "LA of Placement": "episodes are not listed",
    ofsted.MISSING: "a count over twelve months, derived",
    ofsted.ABSENT: "a count over twelve months, derived",
    ofsted.RETURN_OFFERED: "the model records no return interviews",
    ofsted.RETURN_ACCEPTED: "the model records no return interviews",
    "Latest Pathway Plan Review Date": "the model records no pathway plans",
    "Family identifier": "the model records no adoptive families",
    "Date the Child Entered Care": "episodes are not listed",
    ofsted.FFA: "derived from placements, which are not listed",
}
"""Headings of lists 1-10 read into nothing, and why. List 11 (adopters) is read and counted
only: the model has no adopters (the 903 records the adopters of a child on the adoption)."""

LIST_BY_NUMBER = {spec.number: spec for spec in LISTS}
