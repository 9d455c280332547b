"""Probabilistic paths of the multistate model: children stepped month by month.

Each path is a whole future: every child counted at the origin, and every child who enters,
moves between placement groups or leaves each month with the reference window's
probabilities for their age band and group, grows a month older (changing band on the
birthday that starts the next one) and leaves at 18. Parameter uncertainty is carried by
giving each path its own rates, estimated from the reference months resampled with
replacement (a bootstrap over months, so a path may see a run of busy months), and its own
entries coefficients drawn from their sampling distribution. The spread of the paths is then
the forecast's uncertainty: chance, plus not knowing the rates exactly.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from csc_scorecard.forecast.entries import EntryModel
from csc_scorecard.forecast.reference import Reference, transition_probabilities
from csc_scorecard.forecast.states import AGE_BANDS, LEAVING_AGE_MONTHS, age_band_index

GONE = -1


@dataclass(frozen=True)
class Start:
    """The children counted at the origin month end: age in months and group of each."""

    ages: npt.NDArray[np.int64]
    groups: npt.NDArray[np.int64]


def path_rates(
    reference: Reference, paths: int, rng: np.random.Generator
) -> npt.NDArray[np.float64]:
    """Cumulative monthly probabilities for each path: (path, band, group, to)."""
    months = len(reference.entries)
    if months == 0:
        raise LookupError("the reference window has no months to learn the rates from")
    drawn = rng.integers(0, months, size=(paths, months))
    weights = np.stack([np.bincount(row, minlength=months) for row in drawn]).astype(float)
    moves = np.einsum("pr,rbgk->pbgk", weights, reference.moves)
    return np.cumsum(transition_probabilities(moves), axis=-1)


def simulate(start: Start, reference: Reference, entries: EntryModel,
             calendar_months: npt.NDArray[np.int64], paths: int, seed: int,
             entry_weights: npt.NDArray[np.float64] | None = None,
             ) -> npt.NDArray[np.int64]:  # fmt: skip
    """Children in each (band, group) at the origin and each month after.

    The result is indexed (path, month ahead, band, group). ``calendar_months`` are the
    calendar months (1-12) of the months ahead; ``entry_weights`` (month ahead, group)
    multiply entries to each group (a scenario).
    """
    rng = np.random.default_rng(seed)
    horizon, groups = len(calendar_months), len(reference.groups)
    weights = np.ones((horizon, groups)) if entry_weights is None else entry_weights
    cumulative = path_rates(reference, paths, rng)
    pool_share = np.bincount(reference.entrant_groups, minlength=groups) / max(
        len(reference.entrant_groups), 1
    )
    arrivals = entries.draw(
        rng, calendar_months, paths, weights @ pool_share if pool_share.any() else np.ones(horizon)
    )
    group = np.tile(start.groups, (paths, 1))
    age = np.tile(start.ages, (paths, 1))
    counts = np.zeros((paths, horizon + 1, len(AGE_BANDS), groups), dtype=np.int64)
    counts[:, 0] = _tally(group, age, groups)
    for step in range(horizon):
        _move(group, age, cumulative, rng)
        group, age = _enter(group, age, arrivals[:, step], reference, weights[step], rng)
        counts[:, step + 1] = _tally(group, age, groups)
    return counts


def _move(group: npt.NDArray[np.int64], age: npt.NDArray[np.int64],
          cumulative: npt.NDArray[np.float64], rng: np.random.Generator) -> None:  # fmt: skip
    """One month for the children present: move or leave by their band's rates, then age."""
    path, slot = np.nonzero(group != GONE)
    rows = cumulative[path, age_band_index(age[path, slot]), group[path, slot]]
    to = (rng.random(len(path))[:, None] >= rows).sum(axis=1)
    left = to >= rows.shape[1] - 1
    group[path, slot] = np.where(left, GONE, to)
    age[path, slot] += 1
    group[age >= LEAVING_AGE_MONTHS] = GONE


def _enter(group: npt.NDArray[np.int64], age: npt.NDArray[np.int64],
           arrivals: npt.NDArray[np.int64], reference: Reference,
           weights: npt.NDArray[np.float64], rng: np.random.Generator,
           ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:  # fmt: skip
    """Add each path's entrants, drawn from the reference entrants (age and group together).

    A scenario's weights tilt which groups the entrants go to, as they scale how many enter.
    Slots empty on every path are dropped, so the arrays stay the size of the stock.
    """
    width = int(arrivals.max(initial=0))
    if width and len(reference.entrant_groups):
        chance = weights[reference.entrant_groups]
        drawn = rng.choice(len(chance), size=(len(arrivals), width), p=chance / chance.sum())
        present = np.arange(width)[None, :] < arrivals[:, None]
        group = np.hstack([group, np.where(present, reference.entrant_groups[drawn], GONE)])
        age = np.hstack([age, reference.entrant_ages[drawn]])
    kept = (group != GONE).any(axis=0)
    return group[:, kept], age[:, kept]


def _tally(
    group: npt.NDArray[np.int64], age: npt.NDArray[np.int64], groups: int
) -> npt.NDArray[np.int64]:
    """Children per (path, band, group)."""
    path, slot = np.nonzero(group != GONE)
    cells = len(AGE_BANDS) * groups
    index = path * cells + age_band_index(age[path, slot]) * groups + group[path, slot]
    return np.bincount(index, minlength=group.shape[0] * cells).reshape(
        group.shape[0], len(AGE_BANDS), groups
    )
