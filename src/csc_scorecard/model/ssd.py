"""Where each canonical column lives in a Standard Safeguarding Dataset (SSD) extract.

Declared once, as data, and used by both the synthetic council's SSD writer and the SSD loader,
so the two cannot drift; ``docs/ssd-mapping.md`` is generated from it. Table and column names
are those of the data-to-insight SSD (v1.4.5). Three canonical tables are spread over several
SSD tables, as the SSD does: a looked-after episode over ``ssd_cla_episodes``,
``ssd_cla_placement`` and ``ssd_legal_status``; a section 47 enquiry over ``ssd_s47_enquiry``
and ``ssd_initial_cp_conference``; visits over the CIN, CP and CLA visit tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Extension:
    """An SSD table holding more columns of the same canonical rows, joined on a key."""

    ssd_table: str
    key: str
    columns: dict[str, str]
    constants: dict[str, str] = field(default_factory=dict)
    only_when: str | None = None


@dataclass(frozen=True)
class SsdTable:
    """One SSD table (CSV file) and the canonical table its rows become.

    ``columns`` maps canonical column -> SSD column. ``row_id`` names an SSD identifier column
    the canonical table has no column for: the writer fills it from the row's content (so an
    exact duplicate row stays an exact duplicate), and extensions join on it. ``constants``
    are SSD columns with a fixed value; ``canonical_constants`` canonical columns whose value
    is fixed by the file (visits: the plan the visit was made under).
    """

    ssd_table: str
    canonical: str
    columns: dict[str, str]
    row_id: str | None = None
    constants: dict[str, str] = field(default_factory=dict)
    canonical_constants: dict[str, str] = field(default_factory=dict)
    extensions: tuple[Extension, ...] = ()
    inverted_flags: frozenset[str] = frozenset()

    @property
    def join_column(self) -> str:
        """The SSD column whose value extensions' keys repeat (the row's identifier)."""
        return self.row_id or next(iter(self.columns.values()))

    def ssd_columns(self) -> list[str]:
        """The file's columns, in the order the writer writes them."""
        extra = [self.row_id] if self.row_id else []
        return [*extra, *self.columns.values(), *self.constants]


def _visits(visit_type: str, prefix: str, kind: str) -> SsdTable:
    return SsdTable(
        f"ssd_{kind}_visits",
        "visit",
        {
            "visit_id": f"{prefix}_{kind}_visit_id",
            "child_id": f"{prefix}_person_id",
            "visit_date": f"{prefix}_{kind}_visit_date",
            "child_seen": f"{prefix}_{kind}_visit_seen",
            "child_seen_alone": f"{prefix}_{kind}_visit_seen_alone",
        },
        canonical_constants={"visit_type": visit_type},
    )


SSD_TABLES: tuple[SsdTable, ...] = (
    SsdTable(
        "ssd_person",
        "person",
        {
            "child_id": "pers_person_id",
            "upn": "pers_upn",
            "sex": "pers_sex",
            "date_of_birth": "pers_dob",
            "expected_date_of_birth": "pers_expected_dob",
            "ethnicity": "pers_ethnicity",
            "date_of_death": "pers_death_date",
        },
    ),
    SsdTable(
        "ssd_disability",
        "disability",
        {"child_id": "disa_person_id", "disability": "disa_disability_code"},
        row_id="disa_table_id",
    ),
    SsdTable(
        "ssd_contacts",
        "contact",
        {
            "contact_id": "cont_contact_id",
            "child_id": "cont_person_id",
            "contact_date": "cont_contact_date",
            "contact_source": "cont_contact_source_code",
            "outcome": "cont_contact_outcome_json",
        },
    ),
    SsdTable(
        "ssd_early_help_episodes",
        "early_help_episode",
        {
            "episode_id": "earl_episode_id",
            "child_id": "earl_person_id",
            "start_date": "earl_episode_start_date",
            "end_date": "earl_episode_end_date",
            "reason": "earl_episode_reason",
            "end_reason": "earl_episode_end_reason",
            "organisation": "earl_episode_organisation",
        },
    ),
    SsdTable(
        "ssd_cin_episodes",
        "cin_episode",
        {
            "referral_id": "cine_referral_id",
            "child_id": "cine_person_id",
            "referral_date": "cine_referral_date",
            "primary_need": "cine_cin_primary_need_code",
            "referral_source": "cine_referral_source_code",
            "referral_nfa": "cine_referral_nfa",
            "closure_reason": "cine_close_reason",
            "closure_date": "cine_close_date",
            "team": "cine_referral_team",
        },
    ),
    SsdTable(
        "ssd_cin_assessments",
        "assessment",
        {
            "assessment_id": "cina_assessment_id",
            "child_id": "cina_person_id",
            "referral_id": "cina_referral_id",
            "start_date": "cina_assessment_start_date",
            "child_seen": "cina_assessment_child_seen",
            "authorisation_date": "cina_assessment_auth_date",
            "further_action": "cina_assessment_outcome_nfa",
        },
        inverted_flags=frozenset({"further_action"}),
    ),
    SsdTable(
        "ssd_assessment_factors",
        "assessment_factor",
        {"assessment_id": "cinf_assessment_id", "factor": "cinf_assessment_factors_json"},
        row_id="cinf_table_id",
    ),
    SsdTable(
        "ssd_s47_enquiry",
        "s47_enquiry",
        {
            "s47_id": "s47e_s47_enquiry_id",
            "referral_id": "s47e_referral_id",
            "child_id": "s47e_person_id",
            "start_date": "s47e_s47_start_date",
            "end_date": "s47e_s47_end_date",
            "icpc_not_required": "s47e_s47_nfa",
        },
        extensions=(
            Extension(
                "ssd_initial_cp_conference",
                "icpc_s47_enquiry_id",
                {
                    "icpc_target_date": "icpc_icpc_target_date",
                    "icpc_date": "icpc_icpc_date",
                    "icpc_outcome_cp_plan": "icpc_icpc_outcome_cp_flag",
                },
                only_when="icpc_date",
            ),
        ),
    ),
    SsdTable(
        "ssd_cp_plans",
        "cp_plan",
        {
            "cp_plan_id": "cppl_cp_plan_id",
            "referral_id": "cppl_referral_id",
            "child_id": "cppl_person_id",
            "start_date": "cppl_cp_plan_start_date",
            "end_date": "cppl_cp_plan_end_date",
            "initial_category": "cppl_cp_plan_initial_category",
            "latest_category": "cppl_cp_plan_latest_category",
        },
    ),
    SsdTable(
        "ssd_cp_reviews",
        "cp_review",
        {
            "cp_review_id": "cppr_cp_review_id",
            "child_id": "cppr_person_id",
            "cp_plan_id": "cppr_cp_plan_id",
            "review_date": "cppr_cp_review_date",
        },
    ),
    SsdTable(
        "ssd_cin_plans",
        "cin_plan",
        {
            "cin_plan_id": "cinp_cin_plan_id",
            "referral_id": "cinp_referral_id",
            "child_id": "cinp_person_id",
            "start_date": "cinp_cin_plan_start_date",
            "end_date": "cinp_cin_plan_end_date",
        },
    ),
    _visits("CIN", "cinv", "cin"),
    _visits("CP", "cppv", "cp"),
    _visits("CLA", "clav", "cla"),
    SsdTable(
        "ssd_cla_episodes",
        "looked_after_episode",
        {
            "child_id": "clae_person_id",
            "start_date": "clae_cla_episode_start_date",
            "reason_new_episode": "clae_cla_episode_start_reason",
            "category_of_need": "clae_cla_primary_need_code",
            "end_date": "clae_cla_episode_ceased_date",
            "reason_ceased": "clae_cla_episode_ceased_reason",
        },
        row_id="clae_cla_episode_id",
        extensions=(
            Extension(
                "ssd_cla_placement",
                "clap_cla_placement_id",
                {
                    "placement_type": "clap_cla_placement_type",
                    "placement_provider": "clap_cla_placement_provider",
                    "placement_postcode": "clap_cla_placement_postcode",
                    "urn": "clap_cla_placement_urn",
                    "reason_place_change": "clap_cla_placement_change_reason",
                },
            ),
            Extension(
                "ssd_legal_status",
                "lega_legal_status_id",
                {"legal_status": "lega_legal_status"},
            ),
        ),
    ),
    SsdTable(
        "ssd_cla_reviews",
        "cla_review",
        {
            "child_id": "clar_cla_person_id",
            "review_date": "clar_cla_review_date",
            "participation": "clar_cla_review_participation",
        },
        row_id="clar_cla_review_id",
    ),
    SsdTable(
        "ssd_cla_health",
        "health_check",
        {
            "child_id": "clah_person_id",
            "check_type": "clah_health_check_type",
            "check_date": "clah_health_check_date",
        },
        row_id="clah_health_check_id",
    ),
    SsdTable(
        "ssd_missing",
        "missing_episode",
        {
            "child_id": "miss_person_id",
            "start_date": "miss_missing_episode_start_date",
            "missing_type": "miss_missing_episode_type",
            "end_date": "miss_missing_episode_end_date",
        },
        row_id="miss_table_id",
    ),
    SsdTable(
        "ssd_immigration_status",
        "uasc_status",
        {
            "child_id": "immi_person_id",
            "start_date": "immi_immigration_status_start_date",
            "end_date": "immi_immigration_status_end_date",
        },
        row_id="immi_immigration_status_id",
        constants={"immi_immigration_status": "UASC"},
    ),
    SsdTable(
        "ssd_care_leavers",
        "care_leaver",
        {
            "child_id": "clea_person_id",
            "eligibility": "clea_care_leaver_eligibility",
            "in_touch": "clea_care_leaver_in_touch",
            "contact_date": "clea_care_leaver_latest_contact",
            "accommodation": "clea_care_leaver_accommodation",
            "accommodation_suitable": "clea_care_leaver_accom_suitable",
            "activity": "clea_care_leaver_activity",
        },
        row_id="clea_table_id",
    ),
    SsdTable(
        "ssd_permanence",
        "adoption",
        {
            "child_id": "perm_person_id",
            "decision_date": "perm_adm_decision_date",
            "placement_order_date": "perm_placement_order_date",
            "matched_date": "perm_matched_date",
            "adopter_sex": "perm_adopter_sex",
            "adopter_legal_status": "perm_adopter_legal_status",
            "number_of_adopters": "perm_number_of_adopters",
            "placed_date": "perm_placed_for_adoption_date",
            "foster_carer_adopter": "perm_adopted_by_carer_flag",
            "decision_reversed_date": "perm_decision_reversed_date",
            "decision_reversed_reason": "perm_decision_reversed_reason",
            "adopted_date": "perm_permanence_order_date",
        },
        row_id="perm_table_id",
    ),
    SsdTable(
        "ssd_cla_previous_permanence",
        "previous_permanence",
        {
            "child_id": "lapp_person_id",
            "option": "lapp_previous_permanence_option",
            "local_authority": "lapp_previous_permanence_la",
            "order_date": "lapp_previous_permanence_order_date",
        },
        row_id="lapp_table_id",
    ),
)
"""Every SSD table of an extract, people first (the loader checks child ids against them)."""

NOT_IN_SSD: dict[str, str] = {
    "cp_plan.number_of_previous_plans": "derived from the child's earlier plans in the store",
    "looked_after_episode.home_postcode": "held in ssd_address, which the extract leaves out",
    "looked_after_episode.placed_outside_council": "derived from the placement postcode",
}
"""Canonical columns with no SSD column of their own, and where they come from instead."""


def ssd_mapping_markdown() -> str:
    """The mapping as a Markdown page (``docs/ssd-mapping.md``)."""
    lines = [
        "# SSD extract mapping",
        "",
        "<!-- Generated by `scorecard docs` from src/csc_scorecard/model/ssd.py. -->",
        "",
        "How each canonical table is read from a Standard Safeguarding Dataset extract (one CSV",
        "per SSD table, header row of SSD column names). Dates are ISO (YYYY-MM-DD) or",
        "DD/MM/YYYY; flags are Y/N.",
        "",
    ]
    for table in SSD_TABLES:
        lines += [f"## `{table.ssd_table}` → `{table.canonical}`", ""]
        lines += ["| canonical column | SSD column |", "|---|---|"]
        lines += [f"| `{c}` | `{s}` |" for c, s in table.columns.items()]
        lines += [
            f"| `{c}` = `{v}` | (fixed by the file) |" for c, v in table.canonical_constants.items()
        ]
        if table.row_id:
            lines.append(f"| (row identifier) | `{table.row_id}` |")
        for flag in sorted(table.inverted_flags):
            lines.append(f"| `{flag}` is the opposite of | `{table.columns[flag]}` |")
        for ext in table.extensions:
            lines += ["", f"Joined with `{ext.ssd_table}` on `{ext.key}`:", ""]
            lines += ["| canonical column | SSD column |", "|---|---|"]
            lines += [f"| `{c}` | `{s}` |" for c, s in ext.columns.items()]
        lines.append("")
    lines += ["## Canonical columns not in the SSD", "", "| column | instead |", "|---|---|"]
    lines += [f"| `{c}` | {why} |" for c, why in NOT_IN_SSD.items()]
    return "\n".join(lines) + "\n"
