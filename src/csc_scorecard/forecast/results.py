"""Forecasts and backtests in the store: a council's rows for a measure replaced as a whole.

The tables (``forecast_value``, ``forecast_backtest``, ``forecast_accuracy``) are defined in
the canonical model, so the store creates them as it creates every table; a new run for a
council and measure replaces the earlier one's rows in one transaction. Forecasts are kept
per origin (a run replaces only the forecast made from the same last month), so once their
months have passed an earlier forecast, and each scenario's, can be set against what
happened; the pack and the command line read the latest origin's (``current_forecasts``).
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from csc_scorecard.model import TABLES
from csc_scorecard.store import Store


def replace_rows(store: Store, table: str, la_code: str, measure: str, rows: pd.DataFrame,
                 origin: date | None = None) -> None:  # fmt: skip
    """Replace the council's rows for ``measure`` in ``table`` (of ``origin`` only, if given)."""
    keys: dict[str, list[object]] = {"la_code": [la_code], "measure": [measure]}
    if origin is not None:
        keys["origin"] = [origin]
    with store.transaction():
        store.delete_matching(table, pd.DataFrame(keys))
        columns = [c.name for c in TABLES[table].columns]
        store.insert_frame(table, rows.assign(la_code=la_code, measure=measure)[columns])


def stored(store: Store, table: str, la_code: str) -> pd.DataFrame:
    """The council's rows of a forecast table (every origin, for ``forecast_value``).

    A table the store does not have reads as no rows: a store opened read-only (the pack, the
    dashboard) may predate the table, which the store creates only when opened for writing.
    """
    if table not in store.engine.existing_tables():
        return pd.DataFrame(columns=[column.name for column in TABLES[table].columns])
    expr = store.table(table)
    frame: pd.DataFrame = expr.filter(expr.la_code == la_code).execute()
    return frame


def latest_origin(values: pd.DataFrame) -> pd.DataFrame:
    """The rows of each measure's latest origin: the forecast as it stands."""
    if values.empty:
        return values
    newest = values.groupby("measure").origin.transform("max")
    return values[values.origin == newest].reset_index(drop=True)


def current_forecasts(store: Store, la_code: str) -> pd.DataFrame:
    """The council's forecasts from each measure's latest origin."""
    return latest_origin(stored(store, "forecast_value", la_code))
