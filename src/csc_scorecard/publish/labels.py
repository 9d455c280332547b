"""Words for the codes a reader would otherwise see: one function, ``label(field, value)``.

The pack and the dashboard show placement types, legal statuses, categories of need, reasons,
sources of referral, age bands, breakdown names and quarantine rules; each is stored as a code
(K2, V2, N1, E11, ``age_band``, ``unknown_child``) because the DfE returns and the loaders use
codes. Readers get the meaning from the canonical model's code lists
(``csc_scorecard.model.codes``), the loaders' rule titles (``csc_scorecard.ingest.rules``) and
the few names kept here; a value with no known meaning is shown as it is, never dropped, so a
new code shows up rather than disappearing. Excel keeps the code in a column beside the label,
for analysts who filter by it.
"""

from __future__ import annotations

from collections.abc import Mapping

from csc_scorecard.ingest.rules import RULES
from csc_scorecard.model.codes import CODE_LISTS

BREAKDOWN = "breakdown"
"""The field whose values are breakdown (and briefing dimension) names."""
RULE = "rule"
"""The field whose values are quarantine rule ids."""
SOURCE = "source"
"""The field whose values are the loaders' source names (DQ1 is broken down by it too)."""

BREAKDOWN_NAMES: Mapping[str, str] = {
    "age_band": "Age band",
    "age_group": "Age group",
    "category": "Category of abuse",
    "contact_source": "Source of contact",
    "disability": "Disability",
    "ethnicity_group": "Ethnic group",
    "legal_status": "Legal status",
    "placement": "Placement",
    "placement_area": "Placement type and area",
    "placement_type": "Placement type",
    "primary_need": "Primary need",
    "reason_ceased": "Reason care ended",
    "referral_source": "Source of referral",
    "sex": "Sex",
    "source": "Source of the records",
    "team": "Team",
    "time_in_care": "Time in care",
    "uasc": "Unaccompanied asylum-seeking child",
}
"""Breakdowns of the catalogue and dimensions of the briefings, as a heading reads them."""

CODE_LIST_OF: Mapping[str, str] = {
    "category": "cp_category",
    "contact_source": "referral_source",
    "legal_status": "legal_status",
    "placement_type": "placement_type",
    "primary_need": "category_of_need",
    "reason_ceased": "reason_episode_ceased",
    "referral_source": "referral_source",
    "sex": "sex",
}
"""Breakdowns whose values are DfE codes, with the code list that gives their meaning."""

SOURCES: Mapping[str, str] = {
    "903": "SSDA903 return",
    "ssda903": "SSDA903 return",
    "annex_a": "Ofsted Annex A",
    "cin": "CIN census",
    "population": "Population estimates",
    "series": "Monthly series file",
    "ssd": "SSD extract",
}

AGE_BANDS: Mapping[str, str] = {
    "under 1": "Under 1",
    "1-4": "Aged 1 to 4",
    "5-9": "Aged 5 to 9",
    "10-15": "Aged 10 to 15",
    "16-17": "Aged 16 to 17",
    "17-18": "Aged 17 to 18",
    "19-21": "Aged 19 to 21",
    "18 and over": "18 and over",
}
"""Age bands (``age_band``) and care leavers' age groups (``age_group``) in words."""

UNKNOWN = {"unknown": "Not known", "": "Not recorded"}
"""What the breakdowns write when a child's value is missing."""


def label(field: str, value: object) -> str:
    """The words a reader sees for ``value`` of ``field`` (the value itself when unknown).

    ``field`` is a breakdown or briefing dimension (``placement_type``, ``age_band``...), a
    code list name (``legal_status``), or one of ``BREAKDOWN``, ``RULE`` and ``SOURCE``.
    """
    text = "" if value is None else str(value)
    if field == BREAKDOWN:
        return BREAKDOWN_NAMES.get(text, text.replace("_", " ").capitalize())
    if field == RULE:
        return RULES[text].title if text in RULES else text.replace("_", " ").capitalize()
    if field == SOURCE:
        return SOURCES.get(text, text)
    if field in ("age_band", "age_group") and text in AGE_BANDS:
        return AGE_BANDS[text]
    if text in UNKNOWN:
        return UNKNOWN[text]
    codes = CODE_LISTS.get(CODE_LIST_OF.get(field, field))
    if codes is not None and text in codes.valid_codes():
        return codes.meaning_of(text)
    return text
