"""Placement stability of children looked after (STAB1, STAB2)."""

from __future__ import annotations

from collections.abc import Mapping

import ibis
import ibis.expr.types as ir

from csc_scorecard.indicators.breakdowns import age_in_years, flag
from csc_scorecard.indicators.care_periods import (
    PLACED_FOR_ADOPTION,
    PLACEMENT_CHANGES,
    episodes,
    looked_after_at_month_end,
    years_before,
)
from csc_scorecard.indicators.context import Context
from csc_scorecard.indicators.definition import Indicator
from csc_scorecard.indicators.looked_after import care_units
from csc_scorecard.indicators.spine import FAR_FUTURE

FAMILY = "Children looked after"


def short_term(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """STAB1: children looked after at month end with 3+ placements in the last 12 months.

    Placements = placement starts (S, P, T, B, U) in the 12 months to the month end, plus the
    placement the child was already in at the start of those 12 months, if any.
    """
    c = looked_after_at_month_end(ctx).mutate(_window_start=ibis._.month_end
                                              - ibis.interval(years=1))  # fmt: skip
    e = episodes(ctx).filter(~ibis._.short_break)
    moves = e.filter(e.reason_new_episode.isin(PLACEMENT_CHANGES))
    keys = ("la_code", "child_id", "month")
    started = c.join(
        moves,
        [c.la_code == moves.la_code, c.child_id == moves.child_id,
         moves.start_date > c._window_start, moves.start_date <= c.month_end],
    ).group_by(c.la_code, c.child_id, c.month).aggregate(_moves=ibis._.count())  # fmt: skip
    already = c.join(
        e,
        [c.la_code == e.la_code, c.child_id == e.child_id, e.start_date <= c._window_start,
         e.end_date.fill_null(ibis.date(FAR_FUTURE)) > c._window_start],
    ).select(c.la_code, c.child_id, c.month)  # fmt: skip
    already = already.distinct().mutate(_already=ibis.literal(1))
    c = c.left_join(started, keys).drop(*(f"{k}_right" for k in keys))
    c = c.left_join(already, keys).drop(*(f"{k}_right" for k in keys))
    placements = c._moves.fill_null(0) + c._already.fill_null(0)
    return care_units(ctx, c, flag(placements >= 3))


def long_term(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """STAB2: under-16s looked after 2.5+ years; numerator: in the same placement 2+ years.

    Placed for adoption counts where the adoptive placement and the one before it together
    last two years (the placement before started two or more years ago).
    """
    c = looked_after_at_month_end(ctx)
    c = ctx.with_date_of_birth(c)
    c = c.filter(
        (age_in_years(c.date_of_birth, c.month_end) < 16)
        & (c.period_start <= years_before(c.month_end, 2.5))
    )
    two_years_ago = years_before(c.month_end, 2)
    stable = (c.placement_start <= two_years_ago) | (
        c.placement_type.isin(PLACED_FOR_ADOPTION) & (c.previous_placement_start <= two_years_ago)
    )
    return care_units(ctx, c, flag(stable))


INDICATORS = (
    Indicator(
        "STAB1", FAMILY, "Short-term placement stability: 3 or more placements (%)",
        "Of the children looked after at the month end, the percentage who have had three or"
        " more placements in the last 12 months (the placement they were in 12 months ago, if"
        " any, and every placement started since).",
        "percent", "lower", "month_end", ("looked_after_episode",),
        "children looked after with 3+ placements in the last 12 months",
        "children looked after at month end", short_term,
        lookback_months=11, lookback_reason="placements in the last 12 months",
    ),
    Indicator(
        "STAB2", FAMILY, "Long-term placement stability (%)",
        "Of the children under 16 at the month end who have been looked after continuously for"
        " two and a half years or more, the percentage who have been in the same placement for"
        " two years or more, or placed for adoption where the adoptive placement and the"
        " placement before it together last two years or more.",
        "percent", "higher", "month_end", ("looked_after_episode", "person"),
        "children in the same placement for 2+ years",
        "children under 16 looked after continuously for 2.5+ years", long_term,
        england={2024: 68, 2025: 69},
        england_note="DfE Children looked after in England, at 31 March",
        lookback_months=30, lookback_reason="looked after continuously for two and a half years",
    ),
)  # fmt: skip
