"""The canonical data model: every table the store holds, defined once, as data.

The store's DDL (``ddl.py``), the loaders' type and code checks and the data dictionary page in
``docs/`` are all generated from these definitions, so a column is named, typed and explained in
exactly one place. Names are plain English; the table comments say which SSD table and which
DfE return field each one is filled from. Every table also carries ``la_code`` (so many councils
share one store) and ``load_id`` (lineage back to ``load_log``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from csc_scorecard.model.codes import CODE_LISTS

DataType = Literal["string", "date", "int", "float", "bool", "timestamp"]


@dataclass(frozen=True)
class Column:
    """One column: its name, type, whether it may be empty, its code list and meaning."""

    name: str
    dtype: DataType
    meaning: str
    nullable: bool = True
    codes: str | None = None

    def __post_init__(self) -> None:
        if self.codes is not None and self.codes not in CODE_LISTS:
            raise ValueError(f"column {self.name}: unknown code list {self.codes!r}")


@dataclass(frozen=True)
class Table:
    """One canonical table: name, meaning, where it comes from, key and columns."""

    name: str
    meaning: str
    sources: str
    key: tuple[str, ...]
    columns: tuple[Column, ...]
    lineage: bool = True

    @property
    def all_columns(self) -> tuple[Column, ...]:
        """The table's own columns followed by the lineage columns every data table carries."""
        if not self.lineage:
            return self.columns
        return (*self.columns, *LINEAGE_COLUMNS)

    def column(self, name: str) -> Column:
        """Look a column up by name."""
        for c in self.all_columns:
            if c.name == name:
                return c
        raise KeyError(f"{self.name} has no column {name!r}")

    @property
    def column_names(self) -> tuple[str, ...]:
        """Names of all columns, lineage included, in order."""
        return tuple(c.name for c in self.all_columns)


LINEAGE_COLUMNS = (
    Column("la_code", "string", "Council (DfE three-digit local authority code)", nullable=False),
    Column("load_id", "int", "The load that brought this row in (see load_log)", nullable=False),
)


def _c(
    name: str, dtype: DataType, meaning: str, *, required: bool = False, codes: str | None = None
) -> Column:
    """Shorthand so the table definitions below read as a data dictionary."""
    return Column(name, dtype, meaning, nullable=not required, codes=codes)


CHILD_ID = _c("child_id", "string", "The council's identifier for the child", required=True)

PERSON = Table(
    "person",
    "One row per child known to children's social care",
    "SSD ssd_person; SSDA903 Header; CIN census ChildIdentifiers/ChildCharacteristics",
    ("la_code", "child_id"),
    (
        CHILD_ID,
        _c("upn", "string", "Unique pupil number, or an unknown code UN1-UN7"),
        _c(
            "sex",
            "string",
            "Sex (M, F, U; 903 and CIN returns before 2024-25 used 1, 2)",
            codes="sex",
        ),
        _c("date_of_birth", "date", "Date of birth (empty for an unborn child)"),
        _c("expected_date_of_birth", "date", "Expected date of birth of an unborn child"),
        _c("ethnicity", "string", "Ethnic origin", codes="ethnicity"),
        _c("date_of_death", "date", "Date of death, where the child has died"),
    ),
)

DISABILITY = Table(
    "disability",
    "Disabilities recorded for a child (one row per disability; NONE when none)",
    "SSD ssd_disability; CIN census Disabilities/Disability",
    ("la_code", "child_id", "disability"),
    (CHILD_ID, _c("disability", "string", "Disability code", required=True, codes="disability")),
)

CONTACT = Table(
    "contact",
    "Contacts received at the front door (Annex A list 1)",
    "SSD ssd_contacts; Ofsted Annex A list 1",
    ("la_code", "contact_id"),
    (
        _c("contact_id", "string", "Identifier of the contact", required=True),
        CHILD_ID,
        _c("contact_date", "date", "Date the contact was received", required=True),
        _c("contact_source", "string", "Who made the contact", codes="referral_source"),
        _c("outcome", "string", "What happened to the contact", codes="contact_outcome"),
    ),
)

EARLY_HELP_EPISODE = Table(
    "early_help_episode",
    "Early help episodes (early help assessment to closure)",
    "SSD ssd_early_help_episodes; Ofsted Annex A list 2",
    ("la_code", "episode_id"),
    (
        _c("episode_id", "string", "Identifier of the early help episode", required=True),
        CHILD_ID,
        _c("start_date", "date", "Date the early help assessment started", required=True),
        _c("end_date", "date", "Date the episode closed (empty while open)"),
        _c("reason", "string", "Reason for early help (free text or local code)"),
        _c("end_reason", "string", "Why the episode ended (local code)"),
        _c("organisation", "string", "Organisation leading the early help"),
    ),
)

CIN_EPISODE = Table(
    "cin_episode",
    "Child in need episodes: from referral to closure",
    "SSD ssd_cin_episodes; CIN census CINdetails; Ofsted Annex A lists 3 and 6",
    ("la_code", "referral_id"),
    (
        _c("referral_id", "string", "Identifier of the referral (the episode)", required=True),
        CHILD_ID,
        _c("referral_date", "date", "Date of the referral (CINreferralDate)", required=True),
        _c("referral_source", "string", "Source of the referral", codes="referral_source"),
        _c("primary_need", "string", "Primary need code", codes="category_of_need"),
        _c("referral_nfa", "bool", "Referral closed with no further action before assessment"),
        _c("closure_date", "date", "Date the episode closed (empty while open)"),
        _c("closure_reason", "string", "Reason for closure", codes="cin_closure_reason"),
        _c("team", "string", "Team allocated at referral"),
    ),
)

ASSESSMENT = Table(
    "assessment",
    "Children's social care (continuous) assessments",
    "SSD ssd_cin_assessments; CIN census Assessments; Ofsted Annex A list 4",
    ("la_code", "assessment_id"),
    (
        _c("assessment_id", "string", "Identifier of the assessment", required=True),
        _c("referral_id", "string", "The child in need episode it belongs to", required=True),
        CHILD_ID,
        _c("start_date", "date", "Assessment actual start date", required=True),
        _c("authorisation_date", "date", "Date the assessment was authorised (completed)"),
        _c("child_seen", "bool", "Child seen during the assessment"),
        _c("further_action", "bool", "Child assessed as needing social care support"),
    ),
)

ASSESSMENT_FACTOR = Table(
    "assessment_factor",
    "Factors identified at the end of an assessment",
    "SSD ssd_assessment_factors; CIN census FactorsIdentifiedAtAssessment",
    ("la_code", "assessment_id", "factor"),
    (
        _c("assessment_id", "string", "The assessment", required=True),
        _c("factor", "string", "Factor code", required=True, codes="assessment_factor"),
    ),
)

S47_ENQUIRY = Table(
    "s47_enquiry",
    "Section 47 enquiries and the initial child protection conference that followed",
    "SSD ssd_s47_enquiry + ssd_initial_cp_conference; CIN census Section47; Annex A list 5",
    ("la_code", "s47_id"),
    (
        _c("s47_id", "string", "Identifier of the enquiry", required=True),
        _c("referral_id", "string", "The child in need episode it belongs to", required=True),
        CHILD_ID,
        _c(
            "start_date",
            "date",
            "Date of the strategy discussion starting the enquiry",
            required=True,
        ),
        _c("end_date", "date", "Date the enquiry was completed"),
        _c(
            "icpc_not_required",
            "bool",
            "An initial child protection conference was deemed unnecessary",
        ),
        _c("icpc_target_date", "date", "Date the initial conference was due (15 working days)"),
        _c("icpc_date", "date", "Date of the initial child protection conference"),
        _c("icpc_outcome_cp_plan", "bool", "The conference resulted in a child protection plan"),
    ),
)

CP_PLAN = Table(
    "cp_plan",
    "Child protection plans",
    "SSD ssd_cp_plans; CIN census ChildProtectionPlans; Ofsted Annex A list 7",
    ("la_code", "cp_plan_id"),
    (
        _c("cp_plan_id", "string", "Identifier of the plan", required=True),
        _c("referral_id", "string", "The child in need episode it belongs to", required=True),
        CHILD_ID,
        _c("start_date", "date", "Plan start date (the ICPC date)", required=True),
        _c("end_date", "date", "Plan end date (empty while open)"),
        _c("initial_category", "string", "Initial category of abuse", codes="cp_category"),
        _c("latest_category", "string", "Latest category of abuse", codes="cp_category"),
        _c("number_of_previous_plans", "int", "Number of previous child protection plans"),
    ),
)

CP_REVIEW = Table(
    "cp_review",
    "Child protection review conferences",
    "SSD ssd_cp_reviews; CIN census Reviews/CPPreviewDate",
    ("la_code", "cp_review_id"),
    (
        _c("cp_review_id", "string", "Identifier of the review", required=True),
        _c("cp_plan_id", "string", "The plan reviewed", required=True),
        CHILD_ID,
        _c("review_date", "date", "Date of the review conference", required=True),
    ),
)

CIN_PLAN = Table(
    "cin_plan",
    "Child in need plans",
    "SSD ssd_cin_plans; CIN census CINPlanDates",
    ("la_code", "cin_plan_id"),
    (
        _c("cin_plan_id", "string", "Identifier of the plan", required=True),
        _c("referral_id", "string", "The child in need episode it belongs to", required=True),
        CHILD_ID,
        _c("start_date", "date", "Plan start date", required=True),
        _c("end_date", "date", "Plan end date (empty while open)"),
    ),
)

VISIT = Table(
    "visit",
    "Statutory visits to children on a CIN plan, CP plan or in care",
    "SSD ssd_cin_visits, ssd_cp_visits, ssd_cla_visits",
    ("la_code", "visit_id"),
    (
        _c("visit_id", "string", "Identifier of the visit", required=True),
        CHILD_ID,
        _c(
            "visit_type",
            "string",
            "Plan the visit was made under",
            required=True,
            codes="visit_type",
        ),
        _c("visit_date", "date", "Date of the visit", required=True),
        _c("child_seen", "bool", "Child seen"),
        _c("child_seen_alone", "bool", "Child seen alone"),
    ),
)

LOOKED_AFTER_EPISODE = Table(
    "looked_after_episode",
    "Looked-after episodes as in the SSDA903 Episodes file: a new row at every change of"
    " legal status or placement",
    "SSDA903 Episodes; SSD ssd_cla_episodes + ssd_cla_placement + ssd_legal_status; Annex A list 8",
    ("la_code", "child_id", "start_date"),
    (
        CHILD_ID,
        _c("start_date", "date", "Date the episode started (DECOM)", required=True),
        _c(
            "reason_new_episode",
            "string",
            "Reason for new episode (RNE)",
            required=True,
            codes="reason_new_episode",
        ),
        _c("legal_status", "string", "Legal status (LS)", required=True, codes="legal_status"),
        _c("category_of_need", "string", "Category of need (CIN)", codes="category_of_need"),
        _c(
            "placement_type",
            "string",
            "Placement type (PLACE)",
            required=True,
            codes="placement_type",
        ),
        _c(
            "placement_provider",
            "string",
            "Placement provider (PLACE_PROVIDER)",
            codes="placement_provider",
        ),
        _c("end_date", "date", "Date the episode ceased (DEC; empty while open)"),
        _c("reason_ceased", "string", "Reason episode ceased (REC)", codes="reason_episode_ceased"),
        _c(
            "reason_place_change",
            "string",
            "Reason for placement change (REASON_PLACE_CHANGE)",
            codes="reason_place_change",
        ),
        _c("home_postcode", "string", "Postcode of the child's home (HOME_POST)"),
        _c("placement_postcode", "string", "Postcode of the placement (PL_POST)"),
        _c("urn", "string", "Ofsted unique reference number of the placement (URN)"),
        _c("placed_outside_council", "bool", "Placement is outside the council's own area"),
    ),
)

CLA_REVIEW = Table(
    "cla_review",
    "Looked-after child reviews",
    "SSDA903 Reviews; SSD ssd_cla_reviews",
    ("la_code", "child_id", "review_date"),
    (
        CHILD_ID,
        _c("review_date", "date", "Date of the review (REVIEW)", required=True),
        _c(
            "participation",
            "string",
            "How the child took part (REVIEW_CODE)",
            codes="review_participation",
        ),
    ),
)

HEALTH_CHECK = Table(
    "health_check",
    "Health assessments and dental checks of looked-after children",
    "SSD ssd_cla_health; Annex A list 8 (date of last health assessment / dental check)",
    ("la_code", "child_id", "check_type", "check_date"),
    (
        CHILD_ID,
        _c("check_type", "string", "Kind of check", required=True, codes="health_check_type"),
        _c("check_date", "date", "Date of the check", required=True),
    ),
)

MISSING_EPISODE = Table(
    "missing_episode",
    "Episodes of a looked-after child missing or away from placement",
    "SSDA903 Missing; SSD ssd_missing",
    ("la_code", "child_id", "start_date"),
    (
        CHILD_ID,
        _c(
            "missing_type",
            "string",
            "Missing or away (MISSING)",
            required=True,
            codes="missing_type",
        ),
        _c("start_date", "date", "Date the episode started (MIS_START)", required=True),
        _c("end_date", "date", "Date the episode ended (MIS_END)"),
    ),
)

UASC_STATUS = Table(
    "uasc_status",
    "Unaccompanied asylum-seeking child status",
    "SSDA903 UASC; SSD ssd_immigration_status",
    ("la_code", "child_id"),
    (
        CHILD_ID,
        _c("start_date", "date", "Date UASC status began (first looked after as UASC)"),
        _c("end_date", "date", "Date UASC status ceased (DUC)"),
    ),
)

CARE_LEAVER = Table(
    "care_leaver",
    "Care leaver contact, activity and accommodation around each birthday from 17 to 21",
    "SSDA903 OC3; SSD ssd_care_leavers; Annex A list 9",
    ("la_code", "child_id", "contact_date"),
    (
        CHILD_ID,
        _c(
            "contact_date",
            "date",
            "Date of the latest contact (around the birthday)",
            required=True,
        ),
        _c("eligibility", "string", "Leaving care eligibility", codes="care_leaver_eligibility"),
        _c(
            "in_touch",
            "string",
            "Whether in touch (IN_TOUCH)",
            required=True,
            codes="care_leaver_in_touch",
        ),
        _c("activity", "string", "Main activity (ACTIV)", codes="care_leaver_activity"),
        _c(
            "accommodation",
            "string",
            "Accommodation type (ACCOM letter)",
            codes="care_leaver_accommodation",
        ),
        _c("accommodation_suitable", "bool", "Accommodation suitable (ACCOM digit 1)"),
    ),
)

ADOPTION = Table(
    "adoption",
    "Adoption: decision, placement order, match, placement and any reversal",
    "SSDA903 AD1, PlacedAdoption; SSD ssd_permanence; Annex A list 10",
    ("la_code", "child_id", "decision_date"),
    (
        CHILD_ID,
        _c(
            "decision_date",
            "date",
            "Date of the decision that the child should be placed for adoption (DATE_PLACED;"
            " AD1 DATE_INT is the same best-interests decision)",
            required=True,
        ),
        _c(
            "placement_order_date",
            "date",
            "Date of the placement order (the start of legal status E1; Annex A list 10)",
        ),
        _c("matched_date", "date", "Date matched with prospective adopters (DATE_MATCH)"),
        _c("placed_date", "date", "Date the child moved in with the adoptive family"),
        _c("adopted_date", "date", "Date of the adoption order"),
        _c("foster_carer_adopter", "bool", "Adopted by former foster carer (FOSTER_CARE)"),
        _c("number_of_adopters", "int", "Number of adopters (NB_ADOPTR)"),
        _c("adopter_sex", "string", "Sex of adopter(s) (SEX_ADOPTR)"),
        _c("adopter_legal_status", "string", "Legal status of adopter(s) (LS_ADOPTR)"),
        _c(
            "decision_reversed_date",
            "date",
            "Date the child should no longer be placed for adoption (DATE_PLACED_CEASED)",
        ),
        _c(
            "decision_reversed_reason",
            "string",
            "Reason (REASON_PLACED_CEASED)",
            codes="adoption_reversal_reason",
        ),
    ),
)

PREVIOUS_PERMANENCE = Table(
    "previous_permanence",
    "Permanence arrangement before the child started to be looked after",
    "SSDA903 PrevPerm; SSD ssd_cla_previous_permanence",
    ("la_code", "child_id"),
    (
        CHILD_ID,
        _c(
            "option",
            "string",
            "Previous permanence option (PREV_PERM)",
            required=True,
            codes="previous_permanence",
        ),
        _c("local_authority", "string", "Council that made the order (LA_PERM)"),
        _c(
            "order_date", "string", "Date of the order, may be partial, e.g. ZZ/05/2020 (DATE_PERM)"
        ),
    ),
)

AGGREGATE_VALUE = Table(
    "aggregate_value",
    "Monthly figures entered from other systems (workforce, elective home education)",
    "Series CSV or Excel: indicator id, month, value, numerator, denominator",
    ("la_code", "indicator_id", "month"),
    (
        _c("indicator_id", "string", "Catalogue id of the series, e.g. WF1", required=True),
        _c("month", "date", "First day of the month the value is for", required=True),
        _c("value", "float", "The value", required=True),
        _c("numerator", "float", "Numerator, where the value is a ratio"),
        _c("denominator", "float", "Denominator, where the value is a ratio"),
    ),
)

POPULATION = Table(
    "population",
    "Children aged 0-17 living in the council's area: the denominator of every rate per 10,000",
    "ONS mid-year population estimates, entered as configuration (population CSV)",
    ("la_code", "year"),
    (
        _c(
            "year",
            "int",
            "Year of the mid-year estimate (30 June); used for April to March"
            " of the financial year that starts in it",
            required=True,
        ),
        _c("population_0_17", "int", "Children aged 0 to 17", required=True),
    ),
)

BENCHMARK_VALUE = Table(
    "benchmark_value",
    "DfE's published figures for England, regions and councils, placed against our indicators",
    "Explore-education-statistics open-data CSVs, via config/benchmarks.yaml"
    " (scorecard load benchmarks); la_code is 'dfe' for these national files",
    ("la_code", "indicator_id", "year_ending", "geographic_level", "area_code"),
    (
        _c("indicator_id", "string", "Catalogue id the published figure stands for", required=True),
        _c(
            "year_ending",
            "date",
            "31 March the figure is at or for the year to (30 September for the workforce census)",
            required=True,
        ),
        _c("publication", "string", "DfE publication (key in benchmarks.yaml)", required=True),
        _c("time_period", "string", "time_period as published (2025, 202425)", required=True),
        _c("geographic_level", "string", "National, Regional or Local authority", required=True),
        _c(
            "area_code",
            "string",
            "England's country code, the region's code, or the council's three-digit code",
            required=True,
        ),
        _c("area_name", "string", "England, the region's or the council's name as published"),
        _c("region_code", "string", "The council's region (ONS code), for a council's row"),
        _c("new_la_code", "string", "The council's nine-character ONS code, as published"),
        _c("value", "float", "The figure; empty when DfE published a symbol instead"),
        _c("numerator", "float", "The count behind the figure, where published"),
        _c("denominator", "float", "Children counted under it (derived from count and figure)"),
        _c("symbol", "string", "DfE's symbol when no figure was published (c, x, z, low...)"),
        _c("reason", "string", "What the symbol means, in words"),
        _c("file", "string", "The file the figure came from", required=True),
    ),
)

STATISTICAL_NEIGHBOUR = Table(
    "statistical_neighbour",
    "Each council's ten statistical neighbours, closest first, as DfE publishes them",
    "DfE's children's services statistical neighbour list (scorecard load neighbours);"
    " la_code is 'dfe' for this national list",
    ("la_code", "council", "position"),
    (
        _c("council", "string", "The council (three-digit code)", required=True),
        _c("position", "int", "1 = closest neighbour, to 10", required=True),
        _c("neighbour", "string", "The neighbour (three-digit code)", required=True),
        _c("file", "string", "The file the list came from", required=True),
    ),
)

QUARANTINE = Table(
    "quarantine",
    "Records rejected by validation, kept with the rule they broke so they can be fixed at source",
    "Every loader",
    ("load_id", "source", "file", "source_table", "row_number", "rule_id"),
    (
        _c("source", "string", "Source format (ssd, 903, cin, annex_a, series)", required=True),
        _c("file", "string", "File name the record came from", required=True),
        _c("source_table", "string", "Table within the source (file or list)", required=True),
        _c(
            "row_number",
            "int",
            "Data row number in the file (1 = first row after the header)",
            required=True,
        ),
        _c("child_id", "string", "Child the record is about, where known"),
        _c("rule_id", "string", "Validation rule broken", required=True),
        _c("message", "string", "Plain-English explanation", required=True),
        _c("raw_record", "string", "The record exactly as read, as JSON", required=True),
        _c("record_date", "date", "The record's main date, where readable (for DQ1 by month)"),
    ),
)

LOAD_LOG = Table(
    "load_log",
    "One row per file loaded: what came in, what was accepted and what was quarantined",
    "Every loader",
    ("load_id",),
    (
        _c("load_id", "int", "Identifier of the load", required=True),
        _c("la_code", "string", "Council", required=True),
        _c("source", "string", "Source format", required=True),
        _c("file", "string", "File name", required=True),
        _c(
            "sha256",
            "string",
            "SHA-256 of the file's bytes (the same file twice is a no-op)",
            required=True,
        ),
        _c("rows_in", "int", "Data rows read", required=True),
        _c("rows_accepted", "int", "Rows accepted into canonical tables", required=True),
        _c("rows_quarantined", "int", "Rows sent to quarantine", required=True),
        _c("loaded_at", "timestamp", "When the load finished (UTC)", required=True),
        _c("seconds", "float", "How long the load took", required=True),
    ),
    lineage=False,
)

COVERAGE = Table(
    "coverage",
    "The period each load can describe fully, per table it loaded: every record active in the"
    " period is in the source. compute publishes a month only where its figures' tables are"
    " covered over the month and the months the definition looks back to",
    "Every loader: a 903 or CIN census collection year (1 April to 31 March), an SSD"
    " extract's stated range or else from its earliest complete record, a series' months, a"
    " population's financial years",
    ("load_id", "table_name"),
    (
        _c("source", "string", "Source format (903, cin, ssd, series, population)", required=True),
        _c("table_name", "string", "Canonical table the load filled", required=True),
        _c("period_start", "date", "First day the source describes", required=True),
        _c("period_end", "date", "Last day the source describes", required=True),
    ),
)

INDICATOR_VALUE = Table(
    "indicator_value",
    "Every computed figure: one row per council, indicator, month and breakdown value",
    "scorecard compute (the indicator catalogue run by the engine)",
    ("la_code", "indicator_id", "month", "breakdown", "breakdown_value"),
    (
        _c("la_code", "string", "Council", required=True),
        _c("indicator_id", "string", "Catalogue id of the indicator", required=True),
        _c("month", "date", "First day of the month the figure is for", required=True),
        _c("breakdown", "string", "Breakdown name (all for the total)", required=True),
        _c(
            "breakdown_value", "string", "Value of the breakdown (all for the total)", required=True
        ),
        _c("numerator", "float", "Numerator (the count, for a count)"),
        _c("denominator", "float", "Denominator (population for a rate; empty for a count)"),
        _c("value", "float", "The figure as published (count, %, rate per 10,000, days)"),
        _c(
            "compute_id", "int", "The computation that produced it (see compute_log)", required=True
        ),
    ),
    lineage=False,
)

COMPUTE_LOG = Table(
    "compute_log",
    "One row per computation: what was computed, from which loads, and how long it took",
    "scorecard compute",
    ("compute_id",),
    (
        _c("compute_id", "int", "Identifier of the computation", required=True),
        _c("first_month", "date", "First month computed", required=True),
        _c("last_month", "date", "Last month computed", required=True),
        _c("indicators", "string", "Indicator ids computed, comma separated", required=True),
        _c(
            "load_ids",
            "string",
            "Loads the figures came from (every load in the store at the"
            " time, comma separated): each figure traces to its source files",
            required=True,
        ),
        _c("computed_at", "timestamp", "When the computation finished (UTC)", required=True),
        _c("seconds", "float", "How long it took", required=True),
    ),
    lineage=False,
)

PUBLISHED_PACK = Table(
    "published_pack",
    "One row per pack published: what it was built from, so it can be rebuilt exactly",
    "scorecard pack (scorecard pack --as-published rebuilds from it)",
    ("pack_id",),
    (
        _c("pack_id", "int", "Identifier of the published pack", required=True),
        _c("la_code", "string", "Council", required=True),
        _c("month", "date", "First day of the month the pack is for", required=True),
        _c("council", "string", "Council name on the cover", required=True),
        _c("generated", "timestamp", "Generation time printed in the pack (UTC)", required=True),
        _c("load_ids", "string", "Loads in the store when it was published, comma separated",
           required=True),
        _c("compute_ids", "string", "Computations its figures came from, comma separated",
           required=True),
        _c("config", "string", "The analysis configuration in use (targets, SPC settings,"
           " recalculation points, commentary), as JSON", required=True),
        _c("briefings", "string", "The residential and section 20 briefings' tables as"
           " published, as JSON", required=True),
        _c("quality", "string", "The data quality table as published, as JSON", required=True),
        _c("revision_threshold", "float", "Share of a figure above which a revision was"
           " called out on page one", required=True),
    ),
    lineage=False,
)  # fmt: skip

PUBLISHED_FIGURE = Table(
    "published_figure",
    "Every figure a published pack showed: the value computed, and as shown after suppression",
    "scorecard pack",
    ("pack_id", "indicator_id", "month", "breakdown", "breakdown_value"),
    (
        _c("pack_id", "int", "The published pack (see published_pack)", required=True),
        _c("indicator_id", "string", "Indicator (or briefing) id", required=True),
        _c("month", "date", "Month (or week end, for a weekly briefing)", required=True),
        _c("breakdown", "string", "Breakdown name (all for the total)", required=True),
        _c("breakdown_value", "string", "Value of the breakdown", required=True),
        _c("numerator", "float", "Numerator as computed (internal: never printed if suppressed)"),
        _c("denominator", "float", "Denominator as computed (internal)"),
        _c("value", "float", "Value as computed (internal: the analysis's input)"),
        _c("published_value", "float", "Value as published (empty where suppressed)"),
        _c("suppressed", "bool", "Whether disclosure control hid the figure", required=True),
        _c("shown", "string", "The figure as printed (\"c\" where suppressed)", required=True),
    ),
    lineage=False,
)  # fmt: skip

PUBLISHED_FILE = Table(
    "published_file",
    "Each file a published pack wrote, with its SHA-256",
    "scorecard pack",
    ("pack_id", "file"),
    (
        _c("pack_id", "int", "The published pack", required=True),
        _c("file", "string", "File name", required=True),
        _c("sha256", "string", "SHA-256 of the file's bytes", required=True),
    ),
    lineage=False,
)

PUBLISHED_SECTION = Table(
    "published_section",
    "A published pack's sections read from tables that change after it (the benchmarks,"
    " the forecast, the rolling figures' months alone its icons come from), as shown",
    "scorecard pack (scorecard pack --as-published rebuilds them from it)",
    ("pack_id", "section"),
    (
        _c("pack_id", "int", "The published pack", required=True),
        _c("section", "string", "benchmarks, forecast or months_alone", required=True),
        _c("content", "string", "The section as shown, as JSON (the benchmarks after disclosure"
           " control; null for a pack with no forecast)", required=True),
    ),
    lineage=False,
)  # fmt: skip

DISPLACED_ROW = Table(
    "displaced_row",
    "Stored rows a load replaced or merged into, kept so that the load can be undone",
    "Every loader (scorecard unload restores them)",
    ("load_id", "table_name", "displaced_load_id"),
    (
        _c("load_id", "int", "The load that replaced or merged into the row", required=True),
        _c("table_name", "string", "Canonical table the row was in", required=True),
        _c("displaced_load_id", "int", "The load that had brought the row in", required=True),
        _c("row", "string", "The row as stored, as JSON", required=True),
    ),
    lineage=False,
)

FORECAST_OF = (
    _c("la_code", "string", "Council", required=True),
    _c("measure", "string", "CLA, CPP or CIN", required=True),
)
FORECAST_MODEL = _c("model", "string", "multistate, seasonal ETS, multistate and ETS combined"
                    " or seasonal naive", required=True)  # fmt: skip


def intervals(*levels: int) -> tuple[Column, ...]:
    """The lower and upper ends of a forecast's intervals at each level (a percentage)."""
    return tuple(_c(f"{side}_{level}", "float", f"{side.capitalize()} end of the {level}% interval")
                 for level in levels for side in ("lower", "upper"))  # fmt: skip


HORIZON = _c("horizon", "int", "Months ahead (3, 6 or 12)", required=True)

FORECAST_VALUE = Table(
    "forecast_value",
    "Every forecast figure: one row per council, measure, scenario, breakdown value and month"
    " ahead, with its 50%, 80% and 95% intervals",
    "scorecard forecast",
    ("la_code", "measure", "origin", "scenario", "model", "breakdown", "breakdown_value", "month"),
    (
        *FORECAST_OF,
        _c("scenario", "string", "Scenario name (base for the forecast as things are)",
           required=True),
        _c("breakdown", "string", "all, placement, age_band or spend", required=True),
        _c("breakdown_value", "string", "Placement group, age band, weekly or annual spend, or all",
           required=True),
        _c("month", "date", "First day of the month forecast (its month end is counted)",
           required=True),
        _c("origin", "date", "The last month known when the forecast was made", required=True),
        FORECAST_MODEL,
        _c("unit", "string", "children, or pounds", required=True),
        _c("mean", "float", "Central forecast (mean of the paths, or the model's point forecast)"),
        *intervals(50, 80, 95),
        _c("computed_at", "timestamp", "When the forecast was made (UTC)", required=True),
    ),
    lineage=False,
)  # fmt: skip

FORECAST_BACKTEST = Table(
    "forecast_backtest",
    "Rolling-origin backtest: each model's forecast of a measure's total from each past"
    " origin, months ahead, beside what happened",
    "scorecard forecast --backtest",
    ("la_code", "measure", "model", "origin", "horizon"),
    (
        *FORECAST_OF,
        FORECAST_MODEL,
        _c("origin", "date", "The last month the model saw", required=True),
        HORIZON,
        _c("month", "date", "The month forecast", required=True),
        _c("actual", "float", "What happened: the count at that month end", required=True),
        _c("point", "float", "The forecast", required=True),
        *intervals(80, 95),
        _c("scale", "float", "MASE denominator: mean absolute year-on-year change up to the"
           " origin"),
    ),
    lineage=False,
)  # fmt: skip

FORECAST_ACCURACY = Table(
    "forecast_accuracy",
    "Backtest accuracy per council, measure, model and months ahead, and which model the"
    " measure's forecast uses",
    "scorecard forecast --backtest",
    ("la_code", "measure", "model", "horizon"),
    (
        *FORECAST_OF,
        FORECAST_MODEL,
        HORIZON,
        _c("origins", "int", "Origins the figures average over", required=True),
        _c("mase", "float", "Mean absolute scaled error (below 1 beats seasonal naive in-sample)"),
        _c("mape", "float", "Mean absolute percentage error"),
        _c("coverage_80", "float", "Share of outcomes inside the 80% interval"),
        _c("coverage_95", "float", "Share of outcomes inside the 95% interval"),
        _c("chosen", "bool", "The model this measure's forecast uses", required=True),
        _c("computed_at", "timestamp", "When the backtest was run (UTC)", required=True),
    ),
    lineage=False,
)  # fmt: skip

FORECAST_FLOOR = Table(
    "forecast_floor",
    "The least MASE any forecast of a measure's total could expect from chance alone, per"
    " council, measure and months ahead (docs/forecast.md, \"How near a forecast could come\")",
    "scorecard forecast --backtest",
    ("la_code", "measure", "horizon"),
    (
        *FORECAST_OF,
        HORIZON,
        _c("origins", "int", "Origins the floors average over", required=True),
        _c("entrants_floor", "float", "From the chance in who enters after the origin alone,"
           " which no model can know"),
        _c("floor", "float", "With the chance in the moves and leaving of the children there,"
           " at the multistate model's rates"),
        _c("computed_at", "timestamp", "When the backtest was run (UTC)", required=True),
    ),
    lineage=False,
)  # fmt: skip

DATA_TABLES: tuple[Table, ...] = (
    PERSON,
    DISABILITY,
    CONTACT,
    EARLY_HELP_EPISODE,
    CIN_EPISODE,
    ASSESSMENT,
    ASSESSMENT_FACTOR,
    S47_ENQUIRY,
    CP_PLAN,
    CP_REVIEW,
    CIN_PLAN,
    VISIT,
    LOOKED_AFTER_EPISODE,
    CLA_REVIEW,
    HEALTH_CHECK,
    MISSING_EPISODE,
    UASC_STATUS,
    CARE_LEAVER,
    ADOPTION,
    PREVIOUS_PERMANENCE,
    AGGREGATE_VALUE,
    POPULATION,
    BENCHMARK_VALUE,
    STATISTICAL_NEIGHBOUR,
)
"""Tables holding case records and series, in load order (people first)."""

RESULTS = (INDICATOR_VALUE, COMPUTE_LOG, FORECAST_VALUE, FORECAST_BACKTEST, FORECAST_ACCURACY,
           FORECAST_FLOOR)  # fmt: skip
"""Tables the system writes from the case records: figures, forecasts and their logs."""

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        *DATA_TABLES, QUARANTINE, LOAD_LOG, COVERAGE, *RESULTS,
        PUBLISHED_PACK, PUBLISHED_FIGURE, PUBLISHED_FILE, PUBLISHED_SECTION, DISPLACED_ROW,
    )
}  # fmt: skip
"""Every table of the store by name."""
