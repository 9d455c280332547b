"""Section 20 briefing: children looked after under section 20 (legal status V2) at month end.

Their profile by age band, time in care, placement group and whether they are unaccompanied
asylum-seeking children, from the same month-end snapshot as CLA1 and CLA6.
"""

from __future__ import annotations

from datetime import date

import ibis
import ibis.expr.types as ir
import pandas as pd

from csc_scorecard.indicators.breakdowns import age_band, age_in_years
from csc_scorecard.indicators.care_periods import looked_after_at_month_end
from csc_scorecard.indicators.context import Context
from csc_scorecard.indicators.definition import Indicator
from csc_scorecard.indicators.looked_after import PLACEMENT_GROUPS
from csc_scorecard.store import Store

SECTION20_BRIEFING = Indicator(
    "BRF-S20", "Briefing", "Children looked after under section 20",
    "Children looked after under section 20 at the month end, by profile.", "count",
    "neither", "month_end", ("looked_after_episode",),
    "children looked after under section 20", None, None,
    breakdowns=("age_band", "time_in_care", "placement", "uasc"),
)  # fmt: skip
"""The briefing as figures, so the pack suppresses its cells with CLA6, the indicator its
total counts the same children as."""

DURATIONS = ((0, 1, "under 1 month"), (1, 6, "1 to 6 months"), (6, 12, "6 to 12 months"),
             (12, 24, "1 to 2 years"), (24, 10_000, "2 years or more"))  # fmt: skip
"""Time in the current period of care, in whole months: (from, to exclusive, label)."""


def _months_between(start: ir.DateValue, end: ir.DateValue) -> ir.IntegerValue:
    whole = (end.year() - start.year()) * 12 + end.month() - start.month()
    return whole - (end.day() < start.day()).ifelse(1, 0)


def _placement_group(code: ir.StringValue) -> ir.StringValue:
    cases = [(code.isin(codes), words) for words, codes in PLACEMENT_GROUPS.values()]
    return ibis.cases(*cases, else_="other placements")


def section20_profile(store: Store, la_code: str, month: date) -> pd.DataFrame:
    """Children looked after under section 20 at the month end: dimension, category, children."""
    ctx = Context(store, month, month, (la_code,))
    try:
        c = looked_after_at_month_end(ctx)
        c = c.filter(c.legal_status == "V2")
        c = ctx.with_date_of_birth(c)
        months_in_care = _months_between(c.period_start, c.month_end)
        durations = [((months_in_care >= low) & (months_in_care < high), label)
                     for low, high, label in DURATIONS]  # fmt: skip
        profile = c.select(
            "child_id",
            age_band=age_band(age_in_years(c.date_of_birth, c.month_end)),
            time_in_care=ibis.cases(*durations, else_="unknown"),
            placement=_placement_group(c.placement_type),
            uasc=c.uasc,
        )
        frame = profile.execute()
    finally:
        ctx.drop_temporary()
    parts = [
        frame.groupby(column).size().rename("children").reset_index().rename(
            columns={column: "category"}).assign(dimension=column)
        for column in ("age_band", "time_in_care", "placement", "uasc")
    ]  # fmt: skip
    profile_table: pd.DataFrame = pd.concat(parts)[["dimension", "category", "children"]]
    return profile_table.reset_index(drop=True)
