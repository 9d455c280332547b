"""What the multistate model learns from a reference window: monthly moves and entries.

For each pair of consecutive month ends in the window, every child counted at the first is
followed to the second: the same or another group, or gone ("not looked after", the plan or
episode ended). The counts are kept per reference month (not pooled) so that the simulation can
resample months to carry the uncertainty of the rates. Moves of a child who reaches 18 by the
second month end are left out: leaving at 18 is applied as a rule, not learnt as a rate.
Children counted at the second month end but not the first are the month's entries, with their
age, group and whether they are unaccompanied asylum-seeking children (UASC).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from csc_scorecard.forecast.history import History
from csc_scorecard.forecast.states import AGE_BANDS, LEAVING_AGE_MONTHS, age_band_index


@dataclass(frozen=True)
class Reference:
    """Moves and entries of the reference months.

    ``moves[r, band, group, to]`` counts children in (band, group) at the start of reference
    month r who were in group ``to`` at its end (``to == len(groups)``: left). ``entries[r]``
    counts the children who entered in month r, whose calendar month (1-12) is
    ``calendar_months[r]``; ``entrant_ages``, ``entrant_groups`` and ``entrant_uasc`` describe
    every entrant (``entrant_uasc`` is all False for a history without UASC marks).
    """

    groups: tuple[str, ...]
    moves: npt.NDArray[np.float64]
    entries: npt.NDArray[np.int64]
    calendar_months: npt.NDArray[np.int64]
    entrant_ages: npt.NDArray[np.int64]
    entrant_groups: npt.NDArray[np.int64]
    entrant_uasc: npt.NDArray[np.bool_]

    def uasc_shares(self) -> npt.NDArray[np.float64]:
        """Share of each group's entrants who are UASC (0 for a group nobody entered)."""
        groups = len(self.groups)
        entered = np.bincount(self.entrant_groups, minlength=groups)
        marked = np.bincount(self.entrant_groups[self.entrant_uasc], minlength=groups)
        shares: npt.NDArray[np.float64] = marked / np.maximum(entered, 1)
        return shares


def reference_window(history: History, months: int) -> Reference:
    """The last ``months`` month-to-month steps of ``history`` (fewer if it is shorter)."""
    last = len(history.months) - 1
    first = max(0, last - months)
    steps, groups = last - first, len(history.groups)
    states = history.states
    child, t = states.child.to_numpy(np.int64), states.t.to_numpy(np.int64)
    group, age = states.group.to_numpy(np.int64), states.age.to_numpy(np.int64)
    present = _Present(child, t, len(history.months))
    before = (t >= first) & (t < last) & (age + 1 < LEAVING_AGE_MONTHS)
    found, at = present.find(child[before], t[before] + 1)
    to = np.where(found, group[at], groups)
    moves = np.zeros((steps, len(AGE_BANDS), groups, groups + 1))
    np.add.at(moves, (t[before] - first, age_band_index(age[before]), group[before], to), 1)
    after = (t > first) & (t <= last)
    new = after.copy()
    new[after] = ~present.find(child[after], t[after] - 1)[0]
    entries = np.bincount(t[new] - first - 1, minlength=steps).astype(np.int64)
    calendar = np.array([history.months[s + 1].month for s in range(first, last)], dtype=np.int64)
    uasc = (states.uasc.to_numpy(dtype=bool) if "uasc" in states
            else np.zeros(len(states), dtype=bool))  # fmt: skip
    return Reference(history.groups, moves, entries, calendar, age[new], group[new], uasc[new])


class _Present:
    """Looks up whether (and in which row) a child was counted at a month end."""

    def __init__(self, child: npt.NDArray[np.int64], t: npt.NDArray[np.int64], months: int):
        self.months = months + 2
        keys = child * self.months + t + 1
        self.order = np.argsort(keys)
        self.keys = keys[self.order]

    def find(self, child: npt.NDArray[np.int64], t: npt.NDArray[np.int64],
             ) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.int64]]:  # fmt: skip
        """Whether each (child, t) was counted, and its row in the states (where it was)."""
        wanted = child * self.months + t + 1
        index = np.minimum(np.searchsorted(self.keys, wanted), max(len(self.keys) - 1, 0))
        if not len(self.keys):
            return np.zeros(len(wanted), dtype=bool), np.zeros(len(wanted), dtype=np.int64)
        return self.keys[index] == wanted, self.order[index]


def transition_probabilities(moves: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Monthly probabilities from move counts summed over months: (..., band, group, to).

    Each (band, group) row is shrunk towards its group's rate over all bands with the weight
    of one child-month, so a band with few children borrows from its group rather than
    getting a rate of 0 or 1 from a handful of moves; a group never seen keeps its children.
    """
    pooled = moves.sum(axis=-3, keepdims=True)
    pooled_total = pooled.sum(axis=-1, keepdims=True)
    groups = moves.shape[-2]
    stay = np.zeros(moves.shape[-2:])
    stay[np.arange(groups), np.arange(groups)] = 1.0
    pooled_rate = np.where(pooled_total > 0, pooled / np.maximum(pooled_total, 1), stay)
    rates: npt.NDArray[np.float64] = (moves + pooled_rate) / (moves.sum(axis=-1, keepdims=True) + 1)
    return rates
