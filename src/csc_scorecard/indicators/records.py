"""``scorecard records``: the children and records behind one figure, for audit and drill-down.

The same units the engine aggregates, for one council, indicator and month (and the months of
its window), so the list always adds up to the published numerator and denominator.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from csc_scorecard.calendar import month_index, month_of
from csc_scorecard.indicators.breakdowns import with_person_breakdowns
from csc_scorecard.indicators.catalogue import indicator
from csc_scorecard.indicators.context import Context
from csc_scorecard.indicators.definition import PERIOD_MONTHS
from csc_scorecard.store import Store


def records(store: Store, indicator_id: str, month: date, la_code: str,
            breakdown: tuple[str, str] | None = None) -> pd.DataFrame:  # fmt: skip
    """Units behind a figure: child, record, the month it falls in, numerator, denominator.

    ``breakdown`` (name, value) keeps the units of one breakdown value, as the breakdown's
    figure counts them. Raises KeyError for an unknown indicator or breakdown, ValueError for
    a series entered from another system (it has no records).
    """
    item = indicator(indicator_id)
    if item.build is None:
        raise ValueError(f"{item.id} is entered as a monthly value: it has no records behind it")
    if breakdown and breakdown[0] not in item.breakdowns:
        known = ", ".join(item.breakdowns) or "none"
        raise KeyError(f"{item.id} has no breakdown {breakdown[0]!r} (breakdowns: {known})")
    ctx = Context(store, month, month, (la_code,))
    try:
        units = with_person_breakdowns(item.build(ctx, item.settings()), ctx.table("person"),
                                       ctx.table("disability"), item.breakdowns)  # fmt: skip
        first = month_of(month_index(month) - PERIOD_MONTHS[item.period] + 1)
        units = units.filter(units.month.between(first, month))
        if breakdown:
            name, value = breakdown
            units = units.filter(units[name].cast("string").fill_null("unknown") == value)
        frame = units.execute()
    finally:
        ctx.drop_temporary()
    columns = ["child_id", "record_id", "month", "numerator", "denominator", *item.breakdowns]
    result: pd.DataFrame = frame[columns].sort_values(["month", "child_id", "record_id"])
    return result.reset_index(drop=True)
