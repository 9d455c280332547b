"""Where each canonical column lives in a Standard Safeguarding Dataset (SSD) extract.

Declared once, as data, and read by both the synthetic council's SSD writer and the SSD loader,
so the two cannot drift; ``docs/ssd-mapping.md`` is generated from it. Table and column names
are those of the data-to-insight SSD v1.4.5 (SystemC DDL). The SSD spreads some canonical
records over several tables, and the mapping keeps that shape rather than flattening it:

- a looked-after episode (a 903 episode) is a row of ``ssd_cla_episodes``, linked to the
  ``ssd_cla_placement`` row that spans all consecutive episodes in the same placement, and
  dated against ``ssd_legal_status`` rows, each spanning consecutive episodes with one status;
- a section 47 enquiry is completed by its ``ssd_initial_cp_conference`` row;
- visits are split by the plan they were made under into three visit tables;
- an assessment's factors are one JSON array per assessment in ``ssd_assessment_factors``.
"""

from __future__ import annotations

from csc_scorecard.model.ssd_codecs import (
    INVERTED_FLAG,
    JSON_LIST,
    SAME,
    Codec,
    JsonFlags,
    JsonKey,
    Recode,
)
from csc_scorecard.model.ssd_docs import render_mapping
from csc_scorecard.model.ssd_schema import (
    DatedJoin,
    Field,
    IdJoin,
    Marker,
    Part,
    Span,
    SsdTable,
)


def _f(canonical: str, ssd: str, codec: Codec = SAME) -> Field:
    return Field(canonical, ssd, codec)


def _visits(visit_type: str, prefix: str, kind: str) -> SsdTable:
    return SsdTable(
        f"ssd_{kind}_visits",
        "visit",
        (
            _f("visit_id", f"{prefix}_{kind}_visit_id"),
            _f("child_id", f"{prefix}_person_id"),
            _f("visit_date", f"{prefix}_{kind}_visit_date"),
            _f("child_seen", f"{prefix}_{kind}_visit_seen"),
            _f("child_seen_alone", f"{prefix}_{kind}_visit_seen_alone"),
        ),
        fixed=(("visit_type", visit_type),),
    )


PLACEMENT = Part(
    "ssd_cla_placement",
    "clap_cla_placement_id",
    IdJoin(main="clae_cla_placement_id", part="clap_cla_placement_id"),
    (
        _f("placement_type", "clap_cla_placement_type"),
        _f("urn", "clap_cla_placement_urn"),
        _f("placement_provider", "clap_cla_placement_provider"),
        _f("placement_postcode", "clap_cla_placement_postcode"),
        Field("reason_place_change", "clap_cla_placement_change_reason", last_row_only=True),
    ),
    copies=(_f("child_id", "clap_person_id"),),
    span=Span(
        "clap_cla_placement_start_date",
        "clap_cla_placement_end_date",
        new_run_when=(("reason_new_episode", frozenset({"P", "B", "T", "U"})),),
    ),
)

LEGAL_STATUS = Part(
    "ssd_legal_status",
    "lega_legal_status_id",
    DatedJoin(person="lega_person_id"),
    (_f("legal_status", "lega_legal_status"),),
    span=Span("lega_legal_status_start_date", "lega_legal_status_end_date"),
)

INITIAL_CP_CONFERENCE = Part(
    "ssd_initial_cp_conference",
    "icpc_icpc_id",
    IdJoin(main="s47e_s47_enquiry_id", part="icpc_s47_enquiry_id"),
    (
        _f("icpc_target_date", "icpc_icpc_target_date"),
        _f("icpc_date", "icpc_icpc_date"),
        _f("icpc_outcome_cp_plan", "icpc_icpc_outcome_cp_flag"),
    ),
    copies=(_f("child_id", "icpc_person_id"), _f("referral_id", "icpc_referral_id")),
    written_when=("icpc_target_date", "icpc_date", "icpc_outcome_cp_plan"),
)

CONTACT_OUTCOME = JsonFlags(
    (
        ("REF", "NEW_REFERRAL_FLAG"),
        ("REF", "EXISTING_REFERRAL_FLAG"),
        ("REF", "CP_ENQUIRY_FLAG"),
        ("NFA", "NFA_FLAG"),
        ("NFA", "ADVICE_FLAG"),
        ("EH", "OTHER_OUTCOMES_EXIST_FLAG"),
    )
)

SSD_TABLES: tuple[SsdTable, ...] = (
    SsdTable(
        "ssd_person",
        "person",
        (
            _f("child_id", "pers_person_id"),
            _f("upn", "pers_upn"),
            _f("sex", "pers_sex"),
            _f("ethnicity", "pers_ethnicity"),
            _f("date_of_birth", "pers_dob"),
            _f("expected_date_of_birth", "pers_expected_dob"),
            _f("date_of_death", "pers_death_date"),
        ),
    ),
    SsdTable(
        "ssd_disability",
        "disability",
        (_f("child_id", "disa_person_id"), _f("disability", "disa_disability_code")),
        row_id="disa_table_id",
    ),
    SsdTable(
        "ssd_contacts",
        "contact",
        (
            _f("contact_id", "cont_contact_id"),
            _f("child_id", "cont_person_id"),
            _f("contact_date", "cont_contact_date"),
            _f("contact_source", "cont_contact_source_code"),
            _f("outcome", "cont_contact_outcome_json", CONTACT_OUTCOME),
        ),
    ),
    SsdTable(
        "ssd_early_help_episodes",
        "early_help_episode",
        (
            _f("episode_id", "earl_episode_id"),
            _f("child_id", "earl_person_id"),
            _f("start_date", "earl_episode_start_date"),
            _f("end_date", "earl_episode_end_date"),
            _f("reason", "earl_episode_reason"),
            _f("end_reason", "earl_episode_end_reason"),
            _f("organisation", "earl_episode_organisation"),
        ),
    ),
    SsdTable(
        "ssd_cin_episodes",
        "cin_episode",
        (
            _f("referral_id", "cine_referral_id"),
            _f("child_id", "cine_person_id"),
            _f("referral_date", "cine_referral_date"),
            _f("primary_need", "cine_cin_primary_need_code"),
            _f("referral_source", "cine_referral_source_code"),
            _f("referral_nfa", "cine_referral_nfa"),
            _f("closure_reason", "cine_close_reason"),
            _f("closure_date", "cine_close_date"),
            _f("team", "cine_referral_team"),
        ),
    ),
    SsdTable(
        "ssd_cin_assessments",
        "assessment",
        (
            _f("assessment_id", "cina_assessment_id"),
            _f("child_id", "cina_person_id"),
            _f("referral_id", "cina_referral_id"),
            _f("start_date", "cina_assessment_start_date"),
            _f("child_seen", "cina_assessment_child_seen"),
            _f("authorisation_date", "cina_assessment_auth_date"),
            _f("further_action", "cina_assessment_outcome_nfa", INVERTED_FLAG),
        ),
    ),
    SsdTable(
        "ssd_assessment_factors",
        "assessment_factor",
        (
            _f("assessment_id", "cinf_assessment_id"),
            _f("factor", "cinf_assessment_factors_json"),
        ),
        row_id="cinf_table_id",
        list_field="factor",
    ),
    SsdTable(
        "ssd_s47_enquiry",
        "s47_enquiry",
        (
            _f("s47_id", "s47e_s47_enquiry_id"),
            _f("referral_id", "s47e_referral_id"),
            _f("child_id", "s47e_person_id"),
            _f("start_date", "s47e_s47_start_date"),
            _f("end_date", "s47e_s47_end_date"),
            _f(
                "icpc_not_required",
                "s47e_s47_outcome_json",
                JsonKey("CP_CONFERENCE_FLAG", INVERTED_FLAG),
            ),
        ),
        parts=(INITIAL_CP_CONFERENCE,),
    ),
    SsdTable(
        "ssd_cp_plans",
        "cp_plan",
        (
            _f("cp_plan_id", "cppl_cp_plan_id"),
            _f("referral_id", "cppl_referral_id"),
            _f("child_id", "cppl_person_id"),
            _f("start_date", "cppl_cp_plan_start_date"),
            _f("end_date", "cppl_cp_plan_end_date"),
            _f("initial_category", "cppl_cp_plan_initial_category"),
            _f("latest_category", "cppl_cp_plan_latest_category"),
        ),
    ),
    SsdTable(
        "ssd_cp_reviews",
        "cp_review",
        (
            _f("cp_review_id", "cppr_cp_review_id"),
            _f("child_id", "cppr_person_id"),
            _f("cp_plan_id", "cppr_cp_plan_id"),
            _f("review_date", "cppr_cp_review_date"),
        ),
    ),
    SsdTable(
        "ssd_cin_plans",
        "cin_plan",
        (
            _f("cin_plan_id", "cinp_cin_plan_id"),
            _f("referral_id", "cinp_referral_id"),
            _f("child_id", "cinp_person_id"),
            _f("start_date", "cinp_cin_plan_start_date"),
            _f("end_date", "cinp_cin_plan_end_date"),
        ),
    ),
    _visits("CIN", "cinv", "cin"),
    _visits("CP", "cppv", "cp"),
    _visits("CLA", "clav", "cla"),
    SsdTable(
        "ssd_cla_episodes",
        "looked_after_episode",
        (
            _f("child_id", "clae_person_id"),
            _f("start_date", "clae_cla_episode_start_date"),
            _f("reason_new_episode", "clae_cla_episode_start_reason"),
            _f("category_of_need", "clae_cla_primary_need_code"),
            _f("end_date", "clae_cla_episode_ceased_date"),
            _f("reason_ceased", "clae_cla_episode_ceased_reason"),
        ),
        row_id="clae_cla_episode_id",
        parts=(PLACEMENT, LEGAL_STATUS),
    ),
    SsdTable(
        "ssd_cla_reviews",
        "cla_review",
        (
            _f("child_id", "clar_cla_person_id"),
            _f("review_date", "clar_cla_review_date"),
            _f("participation", "clar_cla_review_participation"),
        ),
        row_id="clar_cla_review_id",
        marker=Marker("clar_cla_review_cancelled", "N"),
    ),
    SsdTable(
        "ssd_cla_health",
        "health_check",
        (
            _f("child_id", "clah_person_id"),
            _f("check_type", "clah_health_check_type"),
            _f("check_date", "clah_health_check_date"),
        ),
        row_id="clah_health_check_id",
        marker=Marker("clah_health_check_status", "Completed"),
    ),
    SsdTable(
        "ssd_missing",
        "missing_episode",
        (
            _f("child_id", "miss_person_id"),
            _f("start_date", "miss_missing_episode_start_date"),
            _f("missing_type", "miss_missing_episode_type"),
            _f("end_date", "miss_missing_episode_end_date"),
        ),
        row_id="miss_table_id",
    ),
    SsdTable(
        "ssd_immigration_status",
        "uasc_status",
        (
            _f("child_id", "immi_person_id"),
            _f("start_date", "immi_immigration_status_start_date"),
            _f("end_date", "immi_immigration_status_end_date"),
        ),
        row_id="immi_immigration_status_id",
        marker=Marker(
            "immi_immigration_status",
            "UASC",
            aliases=("Unaccompanied Asylum Seeking Child", "Unaccompanied asylum-seeking child"),
            empty_belongs=False,
        ),
    ),
    SsdTable(
        "ssd_care_leavers",
        "care_leaver",
        (
            _f("child_id", "clea_person_id"),
            _f("eligibility", "clea_care_leaver_eligibility"),
            _f("in_touch", "clea_care_leaver_in_touch"),
            _f("contact_date", "clea_care_leaver_latest_contact"),
            _f("accommodation", "clea_care_leaver_accommodation"),
            _f(
                "accommodation_suitable",
                "clea_care_leaver_accom_suitable",
                Recode((("Y", "1"), ("N", "2"))),
            ),
            _f("activity", "clea_care_leaver_activity"),
        ),
        row_id="clea_table_id",
    ),
    SsdTable(
        "ssd_permanence",
        "adoption",
        (
            _f("child_id", "perm_person_id"),
            _f("decision_date", "perm_adm_decision_date"),
            _f("placement_order_date", "perm_placement_order_date"),
            _f("matched_date", "perm_matched_date"),
            _f("adopter_sex", "perm_adopter_sex"),
            _f("adopter_legal_status", "perm_adopter_legal_status"),
            _f("number_of_adopters", "perm_number_of_adopters"),
            _f("placed_date", "perm_placed_for_adoption_date"),
            _f("foster_carer_adopter", "perm_adopted_by_carer_flag"),
            _f("decision_reversed_date", "perm_decision_reversed_date"),
            _f("decision_reversed_reason", "perm_decision_reversed_reason"),
            _f("adopted_date", "perm_permanence_order_date"),
        ),
        row_id="perm_table_id",
        marker=Marker("perm_permanence_order_type", "Adoption", when="adopted_date"),
    ),
    SsdTable(
        "ssd_cla_previous_permanence",
        "previous_permanence",
        (
            _f("child_id", "lapp_person_id"),
            _f("order_date", "lapp_previous_permanence_order_date"),
            _f("option", "lapp_previous_permanence_option"),
            _f("local_authority", "lapp_previous_permanence_la"),
        ),
        row_id="lapp_table_id",
    ),
)
"""Every SSD table of an extract, people first (the loader checks child ids against them)."""

NOT_IN_SSD: dict[str, str] = {
    "cp_plan.number_of_previous_plans": "no SSD column; count the child's earlier plans in the"
    " store instead. Left empty by the SSD loader.",
    "looked_after_episode.home_postcode": "the SSD holds home addresses in `ssd_address`"
    " (`addr_address_postcode`), which this mapping does not cover. Left empty.",
    "looked_after_episode.placed_outside_council": "no SSD column; it follows from the placement"
    " postcode and the council's area, which the loader does not hold. Left empty.",
}
"""Canonical columns with no SSD column, and what the SSD loader does about them."""

CHOICES: tuple[str, ...] = (
    "The SSD has no early help outcome for a contact: a contact passed to early help (`EH`) is"
    " written as `OTHER_OUTCOMES_EXIST_FLAG`, and that flag is read back as `EH`.",
    "Whether an initial conference was required is the S47 outcome's `CP_CONFERENCE_FLAG`"
    " (the flag the SSD's own API extract reads), not `s47e_s47_nfa`, which the mapping"
    " leaves empty.",
    "An assessment's factors are one JSON array per assessment (the SSD's current form). A"
    " record that breaks a rule gets a row of its own, so clean factors are never quarantined"
    " with it; a duplicated factor repeats its assessment's row.",
    "Values are written as DfE codes (`NEG`, `HEALTH`, `FORMER_RELEVANT`, ...), where SSD"
    " deployments often hold descriptions; the loader checks codes and does not translate"
    " descriptions.",
    "An error in a value held on a part table (a placement code, a legal status) is reported"
    " once, at the `ssd_cla_episodes` row of the episode it belongs to.",
    "A UPN-unknown code (UN1-UN7) stays in `pers_upn`, as in the 903, rather than moving to"
    " `pers_upn_unknown`.",
    "Period-of-care identifiers (`clae_cla_id`, `clap_cla_id`) and other SSD columns the model"
    " has no use for are not written; the loader ignores them when present.",
)
"""Decisions made where the SSD and the canonical model do not line up (on the mapping page)."""

LIST_CODEC = JSON_LIST
"""How ``list_field`` columns are held (one JSON array per SSD row)."""


def ssd_table(name: str) -> SsdTable:
    """The mapping of one main SSD table by name."""
    for table in SSD_TABLES:
        if table.ssd_table == name:
            return table
    raise KeyError(f"{name!r} is not a main SSD table of the mapping")


def ssd_mapping_markdown() -> str:
    """The mapping as the Markdown page ``docs/ssd-mapping.md``."""
    return render_mapping(SSD_TABLES, NOT_IN_SSD, CHOICES, LIST_CODEC)
