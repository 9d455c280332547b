"""A scenario as the multipliers the simulation applies to entries, month by month and group.

A multiplier for a group applies to entries to that group; ``all`` to entries to any group
without its own. Before the scenario's first month entries are as in the base forecast.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import numpy.typing as npt

from csc_scorecard.forecast.config import ALL, Scenario


def entry_weights(scenario: Scenario, groups: tuple[str, ...],
                  months: list[date]) -> npt.NDArray[np.float64]:  # fmt: skip
    """(month ahead, group) multipliers of entries for ``months``, the months forecast."""
    factor = [scenario.entries.get(group, scenario.entries.get(ALL, 1.0)) for group in groups]
    started = np.array([scenario.start is None or m >= scenario.start for m in months])
    return np.where(started[:, None], np.array(factor)[None, :], 1.0)
