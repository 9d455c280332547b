"""Forecasts and backtests in the store: a council's rows for a measure replaced as a whole.

The tables (``forecast_value``, ``forecast_backtest``, ``forecast_accuracy``) are defined in
the canonical model, so the store creates them as it creates every table; a new run for a
council and measure replaces the earlier one's rows in one transaction.
"""

from __future__ import annotations

import pandas as pd

from csc_scorecard.model import TABLES
from csc_scorecard.store import Store


def replace_rows(store: Store, table: str, la_code: str, measure: str, rows: pd.DataFrame) -> None:
    """Replace the council's rows for ``measure`` in ``table`` with ``rows``."""
    with store.transaction():
        store.delete_matching(table, pd.DataFrame({"la_code": [la_code], "measure": [measure]}))
        columns = [c.name for c in TABLES[table].columns]
        store.insert_frame(table, rows.assign(la_code=la_code, measure=measure)[columns])


def stored(store: Store, table: str, la_code: str) -> pd.DataFrame:
    """The council's rows of a forecast table."""
    expr = store.table(table)
    frame: pd.DataFrame = expr.filter(expr.la_code == la_code).execute()
    return frame
