"""The states a forecast steps children through: age band x placement group.

Age bands are those of the DfE's children looked after statistics (under 1, 1-4, 5-9, 10-15,
16-17); the placement groups are the ones sufficiency strategies plan for, from the SSDA903
placement code (PLACE). A child on a child protection plan or in need has one group only: the
plan or the episode is the stock being forecast.
"""

from __future__ import annotations

import numpy as np

AGE_BANDS = ("under 1", "1-4", "5-9", "10-15", "16-17")
BAND_FIRST_YEAR = (0, 1, 5, 10, 16)
"""The age in whole years at which each band starts."""
LEAVING_AGE_MONTHS = 18 * 12
"""Care, plans and episodes end at 18: a child that age has left whatever the rates say."""

KINSHIP = "foster care with relatives or friends"
OTHER_FOSTER = "other foster care"
RESIDENTIAL = "residential"
WITH_PARENTS = "placed with parents"
ADOPTION = "placed for adoption"
OTHER = "other"
PLACEMENT_GROUPS = (KINSHIP, OTHER_FOSTER, RESIDENTIAL, WITH_PARENTS, ADOPTION, OTHER)
PLACEMENT_GROUP_OF_CODE = {
    **dict.fromkeys(("U1", "U2", "U3"), KINSHIP),
    **dict.fromkeys(("U4", "U5", "U6"), OTHER_FOSTER),
    # children's homes, secure units, semi-independent and supported accommodation
    **dict.fromkeys(("K1", "K2", "K3", "R1", "H5", "S1"), RESIDENTIAL),
    "P1": WITH_PARENTS,
    **dict.fromkeys(("A3", "A4", "A5", "A6"), ADOPTION),
}
"""Every other placement code (hospital, young offender institution, independent living,
temporary moves, other placements) counts as ``other``."""

ON_A_PLAN = ("on a child protection plan",)
IN_NEED = ("in need",)


def placement_group(code: str | None) -> str:
    """The placement group of an SSDA903 placement code."""
    return PLACEMENT_GROUP_OF_CODE.get(code or "", OTHER)


def age_band_index(age_months: np.ndarray) -> np.ndarray:
    """Index into ``AGE_BANDS`` of each age in whole months (18 and over falls in 16-17)."""
    years = np.asarray(age_months) // 12
    return np.searchsorted(np.array(BAND_FIRST_YEAR), years, side="right") - 1
