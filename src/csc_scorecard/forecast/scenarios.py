"""A scenario as the multipliers the simulation applies to entries, month by month and group.

A multiplier for a group applies to entries to that group; ``all`` to entries to any group
without its own. Before the scenario's first month entries are as in the base forecast.

A change to the entries of unaccompanied asylum-seeking children (``uasc``, e.g. 1.2 for
"UASC arrivals +20%") becomes a multiplier of each group's entries: if a share u of the
children who entered a group in the reference window were UASC, their entries multiplied by
m make the group's entries 1 + (m - 1) u times as many, so the expected number of UASC
entrants changes by exactly m and everyone else's not at all. Within a group the simulation
then draws UASC entrants m times as often as before (``uasc_multipliers``), so the extra
entrants take the ages of the reference window's UASC entrants (most arrive at 16 or 17 and
leave care at 18), not of the group's entrants as a whole.
Only children looked after carry a UASC mark (``history``); for children on a plan or in
need a UASC change has no effect.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import numpy.typing as npt

from csc_scorecard.forecast.config import ALL, Scenario


def uasc_multipliers(scenario: Scenario, months: list[date]) -> npt.NDArray[np.float64]:
    """The scenario's multiplier of UASC entries in each month forecast (1 before it starts)."""
    return np.array([scenario.uasc if scenario.start is None or m >= scenario.start else 1.0
                     for m in months])  # fmt: skip


def entry_weights(scenario: Scenario, groups: tuple[str, ...], months: list[date],
                  uasc_share: npt.NDArray[np.float64] | None = None,
                  ) -> npt.NDArray[np.float64]:  # fmt: skip
    """(month ahead, group) multipliers of entries for ``months``, the months forecast.

    ``uasc_share`` is each group's share of UASC entrants (``Reference.uasc_shares``); without
    it a UASC multiplier changes nothing.
    """
    factor = np.array([scenario.entries.get(group, scenario.entries.get(ALL, 1.0))
                       for group in groups])  # fmt: skip
    if uasc_share is not None:
        factor = factor * (1 + (scenario.uasc - 1) * uasc_share)
    started = np.array([scenario.start is None or m >= scenario.start for m in months])
    return np.where(started[:, None], factor[None, :], 1.0)
