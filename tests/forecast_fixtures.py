"""Histories simulated from a known model, for tests that need the truth to check against."""

from datetime import date

import numpy as np
import pandas as pd

from csc_scorecard.forecast.history import History


def known_history(months: int, entries: float, leaving: float, seed: int,
                  surge_from: int | None = None, groups: int = 1,
                  uasc_share: float | None = None) -> History:  # fmt: skip
    """Children on a plan month by month: Poisson(``entries``) join, each leaves with
    probability ``leaving`` a month; from ``surge_from`` on, entries are ten times as many.
    With ``groups`` over 1, each child is in one group, drawn at random, throughout. With
    ``uasc_share``, each child is UASC with that chance (a ``uasc`` column, drawn apart so
    the rest of the history is the same as without it)."""
    rng = np.random.default_rng(seed)
    ages = rng.integers(24, 96, size=int(entries / leaving))
    ids = np.arange(len(ages))
    group_of = rng.integers(0, groups, size=100_000)
    rows, next_id = [], len(ages)
    for t in range(months):
        if t:
            kept = rng.random(len(ids)) >= leaving
            ids, ages = ids[kept], ages[kept] + 1
            rate = entries * (10 if surge_from is not None and t >= surge_from else 1)
            new = rng.poisson(rate)
            ids = np.concatenate([ids, np.arange(next_id, next_id + new)])
            ages = np.concatenate([ages, rng.integers(24, 96, size=new)])
            next_id += new
        rows.append(pd.DataFrame({"child": ids, "t": t, "group": group_of[ids], "age": ages}))
    calendar = tuple(date(2020 + m // 12, m % 12 + 1, 1) for m in range(months))
    names = tuple(f"group {g}" for g in range(groups))
    states = pd.concat(rows)
    if uasc_share is not None:
        marked = np.random.default_rng(seed + 1).random(next_id) < uasc_share
        states = states.assign(uasc=marked[states.child.to_numpy()])
    return History("CPP", calendar, names, states)
