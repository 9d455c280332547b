"""What the multistate model learns from a reference window: monthly moves and entries.

For each pair of consecutive month ends in the window, every child counted at the first is
followed to the second: the same or another group, or gone ("not looked after", the plan or
episode ended). The counts are kept per reference month (not pooled) so that the simulation can
resample months to carry the uncertainty of the rates. Moves of a child who reaches 18 by the
second month end are left out: leaving at 18 is applied as a rule, not learnt as a rate.
Children counted at the second month end but not the first are the month's entries, with their
age and group.
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
    ``calendar_months[r]``; ``entrant_ages`` and ``entrant_groups`` describe every entrant.
    """

    groups: tuple[str, ...]
    moves: npt.NDArray[np.float64]
    entries: npt.NDArray[np.int64]
    calendar_months: npt.NDArray[np.int64]
    entrant_ages: npt.NDArray[np.int64]
    entrant_groups: npt.NDArray[np.int64]


def reference_window(history: History, months: int) -> Reference:
    """The last ``months`` month-to-month steps of ``history`` (fewer if it is shorter)."""
    last = len(history.months) - 1
    first = max(0, last - months)
    steps = range(first, last)
    bands, groups = len(AGE_BANDS), len(history.groups)
    moves = np.zeros((len(steps), bands, groups, groups + 1))
    entries = np.zeros(len(steps), dtype=np.int64)
    ages: list[npt.NDArray[np.int64]] = []
    joined: list[npt.NDArray[np.int64]] = []
    by_month = dict(tuple(history.states.groupby("t")))
    empty = history.states.iloc[:0]
    for r, t in enumerate(steps):
        before, after = by_month.get(t, empty), by_month.get(t + 1, empty)
        followed = before.merge(after[["child", "group"]], on="child", how="left",
                                suffixes=("", "_next"))  # fmt: skip
        followed = followed[followed.age + 1 < LEAVING_AGE_MONTHS]
        to = followed.group_next.fillna(groups).to_numpy(dtype=np.int64)
        band = age_band_index(followed.age.to_numpy())
        np.add.at(moves[r], (band, followed.group.to_numpy(dtype=np.int64), to), 1)
        new = after[~after.child.isin(before.child)]
        entries[r] = len(new)
        ages.append(new.age.to_numpy(dtype=np.int64))
        joined.append(new.group.to_numpy(dtype=np.int64))
    calendar = np.array([history.months[t + 1].month for t in steps], dtype=np.int64)
    return Reference(history.groups, moves, entries, calendar,
                     np.concatenate(ages or [np.zeros(0, np.int64)]),
                     np.concatenate(joined or [np.zeros(0, np.int64)]))  # fmt: skip


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
