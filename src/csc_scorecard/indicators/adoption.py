"""Adoption: placements, adoptions and the A1/A2 timeliness measures (ADP1-ADP4)."""

from __future__ import annotations

from collections.abc import Mapping

import ibis
import ibis.expr.types as ir

from csc_scorecard.indicators.care_periods import ADOPTED, episodes
from csc_scorecard.indicators.context import Context, one_per_child
from csc_scorecard.indicators.definition import Indicator

FAMILY = "Adoption and permanence"


def placed(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """ADP1: children placed for adoption in the month (the adoption record's placed date)."""
    a = ctx.in_month(ctx.table("adoption"), "placed_date")
    return ctx.units(a, child_id=a.child_id, record_id=a.child_id, ref_date=a.placed_date,
                     numerator=ibis.literal(1.0))  # fmt: skip


def adoptions(ctx: Context) -> ir.Table:
    """Periods of care ended by adoption (E11, E12) in the month.

    Each with the child's latest adoption record (placement order, match, whether adopted by
    their foster carers).
    """
    e = episodes(ctx)
    e = ctx.in_month(e.filter(e.reason_ceased.isin(ADOPTED)), "end_date")
    a = ctx.table("adoption").select(
        "la_code", "child_id", "decision_date", "placement_order_date", "matched_date",
        "foster_carer_adopter",
    )  # fmt: skip
    joined = e.left_join(a, [e.la_code == a.la_code, e.child_id == a.child_id,
                             a.decision_date <= e.end_date])  # fmt: skip
    joined = joined.drop("la_code_right", "child_id_right")
    return one_per_child(joined.mutate(_decision=joined.decision_date.fill_null(
        ibis.date(1900, 1, 1))), "_decision").drop("_decision")  # fmt: skip


def adopted(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """ADP2: children adopted (period of care ended E11 or E12)."""
    a = adoptions(ctx)
    return ctx.units(a, child_id=a.child_id, record_id=a.child_id, ref_date=a.end_date,
                     numerator=ibis.literal(1.0))  # fmt: skip


def entry_to_placement(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """ADP3 (A1): days from entering care to moving in with the adoptive family.

    The move-in date is the start of the placement the child was adopted from; for a child
    adopted by their foster carers, the start of the placement before it (with those carers).
    """
    a = adoptions(ctx)
    moved_in = a.foster_carer_adopter.fill_null(False).ifelse(
        a.previous_placement_start.fill_null(a.placement_start), a.placement_start
    )
    a = a.mutate(_days=moved_in.delta(a.period_start, unit="day"))
    return ctx.units(a, child_id=a.child_id, record_id=a.child_id, ref_date=a.end_date,
                     numerator=a._days)  # fmt: skip


def order_to_match(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """ADP4 (A2): days from placement order to match, 0 where matched before the order."""
    a = adoptions(ctx)
    a = a.filter(a.placement_order_date.notnull() & a.matched_date.notnull())
    days = ibis.greatest(a.matched_date.delta(a.placement_order_date, unit="day"), 0)
    return ctx.units(a, child_id=a.child_id, record_id=a.child_id, ref_date=a.end_date,
                     numerator=days)  # fmt: skip


INDICATORS = (
    Indicator(
        "ADP1", FAMILY, "Children placed for adoption",
        "Children placed for adoption in the month (the date placed on the adoption record).",
        "count", "higher", "in_month", ("adoption",), "children placed for adoption in the"
        " month", None, placed,
    ),
    Indicator(
        "ADP2", FAMILY, "Children adopted (rolling 12 months)",
        "Children whose period of care ended by adoption (reason E11 or E12) in the 12 months"
        " ending with the month.",
        "count", "higher", "rolling_12", ("looked_after_episode",),
        "children adopted in the rolling 12 months", None, adopted,
    ),
    Indicator(
        "ADP3", FAMILY, "Average days from entering care to moving in with the adoptive"
        " family (rolling 36 months)",
        "The adoption scorecard's A1. For children adopted in the 36 months ending with the"
        " month, the average number of"
        " days between starting the period of care and moving in with the adoptive family"
        " (for adoption by the child's foster carers, the date the child moved in with them).",
        "days", "lower", "rolling_36", ("looked_after_episode", "adoption"),
        "total days, entering care to moving in", "children adopted in the rolling 36 months",
        entry_to_placement,
    ),
    Indicator(
        "ADP4", FAMILY, "Average days from placement order to match (rolling 36 months)",
        "The adoption scorecard's A2. For children adopted in the 36 months ending with the"
        " month who had a placement"
        " order, the average number of days from the placement order to the match with their"
        " adopters (0 where matched before the order).",
        "days", "lower", "rolling_36", ("looked_after_episode", "adoption"),
        "total days, placement order to match",
        "children adopted in the rolling 36 months with a placement order and a match",
        order_to_match,
    ),
)  # fmt: skip
