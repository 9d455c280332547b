"""The one reader of figures, ours (``indicator_value``) and DfE's, for everything above the engine.

The pack, the dashboard's copy, ``show`` and the published-statistics comparison each want
some of a store's figures: a council's, some indicators', some breakdowns', up to a month.
They ask here, so a filter is written once, every caller gets the month as a date (DuckDB
returns a timestamp), and a change to the table (a column, an index) has one place to go.
DfE's published figures and statistical neighbours, which the benchmarks set ours beside,
are read here too: the analysis works on the frames, never on the store.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import ibis.expr.types as ir
import pandas as pd

from csc_scorecard.indicators.aggregate import FIGURE_COLUMNS
from csc_scorecard.indicators.spine import as_dates
from csc_scorecard.store import Store


def figures(
    store: Store,
    *,
    la_code: str | None = None,
    indicator_ids: Sequence[str] | None = None,
    breakdowns: Sequence[str] | None = None,
    up_to: date | None = None,
    columns: Sequence[str] = FIGURE_COLUMNS,
) -> pd.DataFrame:
    """The figures that match every filter given, with ``columns`` (month as dates).

    ``up_to``: the month and those before it. No filter reads every council's figures.
    """
    chosen = _chosen(store, la_code, indicator_ids, breakdowns, up_to)
    frame: pd.DataFrame = chosen.select(*columns).execute()
    if "month" in frame:
        frame["month"] = as_dates(frame["month"])
    return frame


def councils(store: Store, indicator_id: str | None = None) -> list[str]:
    """Councils with computed figures (for one indicator, if given), in code order."""
    ids = None if indicator_id is None else [indicator_id]
    chosen = _chosen(store, None, ids, None, None)
    return sorted(str(code) for code in chosen.select("la_code").distinct().la_code.execute())


def latest_month(store: Store, la_code: str) -> date | None:
    """The latest month the council has figures for (None: it has none)."""
    latest = _chosen(store, la_code, None, None, None).month.max().execute()
    return None if latest is None or pd.isna(latest) else pd.Timestamp(latest).date()


def _chosen(store: Store, la_code: str | None, indicator_ids: Sequence[str] | None,
            breakdowns: Sequence[str] | None, up_to: date | None) -> ir.Table:  # fmt: skip
    values = store.table("indicator_value")
    if la_code is not None:
        values = values.filter(values.la_code == la_code)
    if indicator_ids is not None:
        values = values.filter(values.indicator_id.isin(list(indicator_ids)))
    if breakdowns is not None:
        values = values.filter(values.breakdown.isin(list(breakdowns)))
    if up_to is not None:
        values = values.filter(values.month <= up_to)
    return values


def benchmark_figures(store: Store) -> pd.DataFrame:
    """The loaded published figures (every council, region and England; ``benchmark_value``)."""
    frame: pd.DataFrame = store.table("benchmark_value").execute()
    frame["year_ending"] = as_dates(frame.year_ending)
    return frame


def statistical_neighbours(store: Store, la_code: str) -> list[str]:
    """The council's statistical neighbours, closest first (none loaded: an empty list)."""
    t = store.table("statistical_neighbour")
    rows = t.filter(t.council == la_code).order_by("position").neighbour.execute()
    return [str(c) for c in rows]
