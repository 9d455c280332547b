"""Residential placements briefing: the weekly position over the last 13 weeks.

Children looked after (short breaks aside) placed in a children's home, secure unit or other
residential setting (CLA7's placement codes) at the end of each of the 13 weeks ending on the
pack month's last day, by placement type and by whether the placement is in or outside the
council's area. A range join of episodes against 13 dates, run by the engine.
"""

from __future__ import annotations

from datetime import date, timedelta

import ibis
import pandas as pd

from csc_scorecard.indicators.care_periods import RESIDENTIAL, episodes
from csc_scorecard.indicators.context import Context
from csc_scorecard.indicators.definition import Indicator
from csc_scorecard.indicators.spine import FAR_FUTURE, as_dates
from csc_scorecard.store import Store

RESIDENTIAL_BRIEFING = Indicator(
    "BRF-RES", "Briefing", "Children in residential placements, weekly",
    "Children looked after in residential placements at the end of each week.", "count",
    "lower", "month_end", ("looked_after_episode",),
    "children in residential placements at the week end", None, None,
    breakdowns=("placement_area",),
)  # fmt: skip
"""The briefing as figures, so the pack suppresses its cells with the indicators (CLA7) they
add up to."""
WEEKS = 13
AREA = {True: "Outside the area", False: "Inside the area"}


def week_ends(last_day: date, weeks: int = WEEKS) -> list[date]:
    """The last day of each of ``weeks`` weeks ending on ``last_day``, oldest first."""
    return [last_day - timedelta(days=7 * back) for back in reversed(range(weeks))]


def residential_weekly(store: Store, la_code: str, month: date) -> pd.DataFrame:
    """Children in residential placements at each week end.

    Columns: week_end, placement_type, area, children (each child once per week end).
    """
    ctx = Context(store, month, month, (la_code,))
    try:
        last_day = ctx.spine.execute()["month_end"].iloc[0]
        dates = ctx.config_table("weeks", pd.DataFrame({"week_end": week_ends(last_day)}))
        e = episodes(ctx)
        e = e.filter(~e.short_break & e.placement_type.isin(RESIDENTIAL)).mutate(
            _until=e.end_date.fill_null(ibis.date(FAR_FUTURE))
        )
        placed = e.join(dates, [e.start_date <= dates.week_end, e._until > dates.week_end])
        area = placed.placed_outside_council.cast("string").substitute(
            {"true": AREA[True], "false": AREA[False]}, else_="Not recorded"
        )
        counted = (
            placed.mutate(area=area)
            .group_by("week_end", "placement_type", "area")
            .aggregate(children=ibis._.child_id.nunique())
        )
        frame: pd.DataFrame = counted.order_by(["week_end", "placement_type", "area"]).execute()
    finally:
        ctx.drop_temporary()
    frame["week_end"] = as_dates(frame["week_end"])
    return frame
