"""The indicator catalogue: every indicator of INDICATORS.md, defined once.

Each family module holds its definitions beside the builders that compute them; this module
only collects them in the order the pack presents them. The glossary, the docs page, the pack
and the dashboard all read this list.
"""

from __future__ import annotations

from csc_scorecard.indicators import (
    adoption,
    assessment,
    care_leavers,
    care_quality,
    child_protection,
    children_in_need,
    data_quality,
    early_help,
    front_door,
    looked_after,
    series,
    stability,
)
from csc_scorecard.indicators.definition import Indicator

CATALOGUE: tuple[Indicator, ...] = (
    *front_door.INDICATORS,
    *assessment.INDICATORS,
    *child_protection.INDICATORS,
    *children_in_need.INDICATORS,
    *looked_after.INDICATORS,
    *stability.INDICATORS,
    *care_quality.INDICATORS,
    *care_leavers.INDICATORS,
    *adoption.INDICATORS,
    *early_help.INDICATORS,
    *series.INDICATORS,
    *data_quality.INDICATORS,
)

BY_ID: dict[str, Indicator] = {i.id: i for i in CATALOGUE}


def indicator(indicator_id: str) -> Indicator:
    """Look an indicator up by id, with the known ids in the message if it is not one."""
    try:
        return BY_ID[indicator_id]
    except KeyError:
        known = ", ".join(BY_ID)
        raise KeyError(f"unknown indicator {indicator_id!r}; known indicators: {known}") from None


def series_ids() -> set[str]:
    """Ids of the series entered from other systems (the ones ``load series`` accepts)."""
    return {i.id for i in CATALOGUE if i.build is None}
