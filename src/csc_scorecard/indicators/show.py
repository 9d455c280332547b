"""``scorecard show``: an indicator's recent figures as a readable table.

Reads the computed figures (``indicator_value``), so it shows exactly what the pack publishes
before disclosure control; run ``scorecard compute`` first.
"""

from __future__ import annotations

import pandas as pd

from csc_scorecard.indicators import values
from csc_scorecard.indicators.aggregate import ALL
from csc_scorecard.indicators.catalogue import indicator
from csc_scorecard.store import Store


def recent_figures(store: Store, indicator_id: str, la_code: str | None = None,
                   months: int = 13, breakdown: str = ALL) -> pd.DataFrame:  # fmt: skip
    """The last ``months`` months of an indicator: one row per month and breakdown value.

    ``la_code`` may be omitted when the store holds one council.
    """
    item = indicator(indicator_id)
    if breakdown != ALL and breakdown not in item.breakdowns:
        known = ", ".join(item.breakdowns) or "none"
        raise KeyError(f"{item.id} has no breakdown {breakdown!r} (breakdowns: {known})")
    if la_code is None and len(councils := values.councils(store, item.id)) > 1:
        raise ValueError(f"the store holds several councils ({', '.join(councils)}): name one")
    frame = values.figures(store, la_code=la_code, indicator_ids=[item.id], breakdowns=[breakdown])
    if frame.empty:
        raise LookupError(f"no figures for {item.id}: run scorecard compute first")
    latest = sorted(frame["month"].unique())[-months:]
    frame = frame[frame["month"].isin(latest)]
    columns = ["month", "breakdown_value", "numerator", "denominator", "value"]
    result: pd.DataFrame = frame[columns].sort_values(["month", "breakdown_value"])
    return result.reset_index(drop=True)
