"""Looked-after episodes with what the care indicators need: period, placement, short breaks.

The SSDA903 Episodes file starts a new row at every change of legal status or placement; the
indicators need the spells behind the rows: the period of care (from a start with reason for
new episode S), the placement (from a start with a change of placement: S, P, T, B or U; a
change of legal status only, L, keeps the placement) and the placement before it (for the
adoption clause of long-term stability). Each is a window function over the child's episodes
in date order, so it runs in the engine.
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from csc_scorecard.indicators.context import Context

SHORT_BREAKS = ("V3", "V4")
PLACEMENT_CHANGES = ("S", "P", "T", "B", "U")
RESIDENTIAL = ("K1", "K2", "R1", "R2", "R5", "S1")
PLACED_FOR_ADOPTION = ("A3", "A4", "A5", "A6")
ADOPTED = ("E11", "E12")


def episodes(ctx: Context) -> ir.Table:
    """See ``_episodes``; computed once per run."""
    return ctx.materialise("episodes", lambda: _episodes(ctx))


def _episodes(ctx: Context) -> ir.Table:
    """Every episode with its period of care and placement.

    Adds ``period_start``, ``period_end``, ``placement_start`` and
    ``previous_placement_start``; ``short_break`` marks V3/V4 episodes.

    A child whose first episode in the data is not an S (the return starts mid-period) has
    the period start at that first episode, and ``period_start_seen`` false: the period began
    before the data.
    """
    e = ctx.table("looked_after_episode").filter(ibis._.start_date.notnull())
    so_far = ibis.window(group_by=["la_code", "child_id"], order_by="start_date",
                         preceding=None, following=0)  # fmt: skip
    starts = (e.reason_new_episode == "S").ifelse(e.start_date, ibis.null("date"))
    moves = e.reason_new_episode.isin(PLACEMENT_CHANGES).ifelse(e.start_date, ibis.null("date"))
    first = e.start_date.min().over(group_by=["la_code", "child_id"])
    e = e.mutate(
        period_start=starts.max().over(so_far).fill_null(first),
        period_start_seen=starts.max().over(so_far).notnull(),
        placement_start=moves.max().over(so_far).fill_null(first),
        _move=moves,
        short_break=e.legal_status.isin(SHORT_BREAKS),
    )
    in_order = ibis.window(group_by=["la_code", "child_id"], order_by="start_date")
    previous = e._move.notnull().ifelse(e.placement_start.lag().over(in_order),
                                        ibis.null("date"))  # fmt: skip
    e = e.mutate(_previous=previous)
    in_period = ibis.window(group_by=["la_code", "child_id", "period_start"])
    e = e.mutate(
        previous_placement_start=e._previous.max().over(so_far),
        period_end=e.end_date.isnull()
        .any()
        .over(in_period)
        .ifelse(ibis.null("date"), e.end_date.max().over(in_period)),
    )
    return e.drop("_move", "_previous")


def looked_after_at_month_end(ctx: Context) -> ir.Table:
    """See ``_looked_after_at_month_end``; computed once per run."""
    return ctx.materialise("looked_after_at_month_end", lambda: _looked_after_at_month_end(ctx))


def _looked_after_at_month_end(ctx: Context) -> ir.Table:
    """Children looked after at each month end (short breaks excluded), one row each.

    ``uasc`` is "UASC" or "Not UASC" from a UASC record current at the month end (a record
    without a start date, as the SSDA903 UASC file has, counts from before the child's care).
    The UASC months come from the UASC records and the spine alone: joining them to the
    snapshot would work the snapshot out a second time (millions of child-months nationally).
    """
    e = episodes(ctx).filter(~ibis._.short_break)
    snapshot = ctx.one_per_child_at_month_end(e, "start_date", "end_date")
    u = ctx.table("uasc_status").mutate(
        start_date=ibis._.start_date.fill_null(ibis.date(1900, 1, 1))
    )
    current = ctx.open_at_month_end(u, "start_date", "end_date")
    current = current.select("la_code", "child_id", "month").distinct()
    current = current.mutate(_uasc=ibis.literal("UASC"))
    joined = snapshot.left_join(current, ["la_code", "child_id", "month"])
    joined = joined.drop(*[c for c in joined.columns if c.endswith("_right")])
    return joined.mutate(uasc=joined._uasc.fill_null("Not UASC")).drop("_uasc")


def years_before(day: ir.DateValue, years: float) -> ir.DateValue:
    """``day`` minus a number of years given in whole months (2.5 years = 30 months)."""
    return day - ibis.interval(months=round(years * 12))
