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
