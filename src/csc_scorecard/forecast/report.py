"""The forecast as an analyst reads it: a few months ahead, with intervals and accuracy.

Shared by the command line and the pack, so both show the same rows: the months 3, 6, 12
(and every further 12) ahead, the central forecast and its 80% and 95% intervals, from the
model the backtest chose for the measure (the multistate model when no backtest has run).
"""

from __future__ import annotations

import pandas as pd

from csc_scorecard.forecast.backtest import MULTISTATE

SHOWN_AHEAD = (3, 6, 12, 24, 36)
COLUMNS = ["month", "mean", "lower_80", "upper_80", "lower_95", "upper_95"]


def chosen_model(accuracy: pd.DataFrame, measure: str) -> str:
    """The model the backtest chose for ``measure`` (multistate if it has not run)."""
    picked = accuracy[(accuracy.measure == measure) & accuracy.chosen.astype(bool)]
    return str(picked.model.iloc[0]) if not picked.empty else MULTISTATE


def shown_months(values: pd.DataFrame) -> list[object]:
    """The forecast months shown: 3, 6, 12, 24 and 36 months after the origin, if forecast."""
    months = sorted(values.month.unique())
    return [months[k - 1] for k in SHOWN_AHEAD if k <= len(months)]


def headline(values: pd.DataFrame, accuracy: pd.DataFrame, measure: str,
             breakdown: str = "all", scenario: str = "base") -> pd.DataFrame:  # fmt: skip
    """The measure's forecast at the months shown, one row per month and breakdown value.

    The base total comes from the chosen model; breakdowns, spend and scenarios from the
    multistate model (the only one that forecasts them).
    """
    simple = breakdown == "all" and scenario == "base"
    model = chosen_model(accuracy, measure) if simple else MULTISTATE
    rows = values[(values.measure == measure) & (values.breakdown == breakdown)
                  & (values.scenario == scenario) & (values.model == model)]  # fmt: skip
    rows = rows[rows.month.isin(shown_months(values[values.measure == measure]))]
    return rows[["breakdown_value", *COLUMNS]].sort_values(["breakdown_value", "month"])


def accuracy_table(accuracy: pd.DataFrame, measure: str) -> pd.DataFrame:
    """The backtest accuracy of every model for ``measure``, by months ahead."""
    rows = accuracy[accuracy.measure == measure]
    return rows[["model", "horizon", "origins", "mase", "mape", "coverage_80", "coverage_95",
                 "chosen"]].sort_values(["model", "horizon"])  # fmt: skip


def _in_words(items: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def floor_sentence(floor: pd.DataFrame, measure: str) -> str | None:
    """What chance alone allows the measure's MASE, said under its accuracy (None untested).

    The floors are ``forecast.floor``'s: the least MASE any forecast could expect.
    """
    rows = floor[floor.measure == measure].sort_values("horizon")
    if rows.empty:
        return None
    least = _in_words([f"{value:.2f}" for value in rows.floor])
    entrants = _in_words([f"{value:.2f}" for value in rows.entrants_floor])
    ahead = _in_words([str(h) for h in rows.horizon])
    return (f"Chance alone: even knowing the true rates, a forecast could not expect a MASE"
            f" below {least} at {ahead} months ahead ({entrants} from who enters after it is"
            f" made, which no model can know; docs/forecast.md).")  # fmt: skip
