"""Projected spend on placements: children per placement group times a weekly unit cost.

Each simulated path's children in each placement group each month, times the group's weekly
cost, uprated by the annual inflation rate from the origin (compounded monthly: month k ahead
costs (1 + inflation)^(k/12) times the origin's price), gives that path's weekly spend; a
year's spend is the twelve months' weekly spend times the weeks in a month (365.25 / 7 / 12).
The intervals are the paths' quantiles, like the children's, so they carry the same
uncertainty; they do not carry any uncertainty in the unit costs themselves, which are the
council's own figures (or the stated assumptions shipped as defaults).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from csc_scorecard.forecast.states import PLACEMENT_GROUPS

WEEKS_PER_MONTH = 365.25 / 7 / 12


def weekly_spend(counts: npt.NDArray[np.int64], unit_costs: dict[str, float],
                 inflation: float) -> npt.NDArray[np.float64]:  # fmt: skip
    """Weekly spend of each path in each month ahead: (path, month ahead), origin left out.

    ``counts`` is the multistate forecast of children looked after (path, month, band, group).
    """
    cost = np.array([unit_costs.get(group, 0.0) for group in PLACEMENT_GROUPS])
    ahead = np.arange(1, counts.shape[1])
    uprating = (1 + inflation) ** (ahead / 12)
    by_group = counts[:, 1:].sum(axis=2)
    spend: npt.NDArray[np.float64] = (by_group * cost).sum(axis=2) * uprating
    return spend


def annual_spend(weekly: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Spend in each whole year ahead (path, year): twelve months of weekly spend."""
    years = weekly.shape[1] // 12
    blocks = weekly[:, : years * 12].reshape(weekly.shape[0], years, 12)
    spend: npt.NDArray[np.float64] = blocks.sum(axis=2) * WEEKS_PER_MONTH
    return spend
