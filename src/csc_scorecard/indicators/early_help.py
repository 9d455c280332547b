"""Early help: starts, open episodes, step-down and step-up (EH1-EH4)."""

from __future__ import annotations

from collections.abc import Mapping

import ibis
import ibis.expr.types as ir

from csc_scorecard.indicators.breakdowns import PERSON_BREAKDOWNS
from csc_scorecard.indicators.context import Context
from csc_scorecard.indicators.definition import Indicator
from csc_scorecard.indicators.spine import FAR_FUTURE

FAMILY = "Early help"


def started(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """EH1: early help episodes started in the month."""
    e = ctx.in_month(ctx.table("early_help_episode"), "start_date")
    return ctx.units(e, child_id=e.child_id, record_id=e.episode_id, ref_date=e.start_date,
                     numerator=ibis.literal(1.0))  # fmt: skip


def open_at_month_end(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """EH2: children with an open early help episode at the month end, each once."""
    e = ctx.one_per_child_at_month_end(ctx.table("early_help_episode"), "start_date", "end_date")
    return ctx.units(e, child_id=e.child_id, record_id=e.episode_id, ref_date=e.month_end,
                     numerator=ibis.literal(1.0))  # fmt: skip


def stepped_down(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """EH3: child in need episodes closed in the month with reason RC9."""
    r = ctx.table("cin_episode")
    r = ctx.in_month(r.filter(r.closure_reason == "RC9"), "closure_date")
    return ctx.units(r, child_id=r.child_id, record_id=r.referral_id, ref_date=r.closure_date,
                     numerator=ibis.literal(1.0))  # fmt: skip


def stepped_up(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """EH4: referrals in the month stepped up from early help.

    The child's early help episode was open at the referral date or closed within the three
    months before it.
    """
    r = ctx.in_month(ctx.table("cin_episode"), "referral_date")
    e = ctx.table("early_help_episode").filter(ibis._.start_date.notnull())
    from_help = r.join(
        e,
        [r.la_code == e.la_code, r.child_id == e.child_id, e.start_date <= r.referral_date,
         e.end_date.fill_null(ibis.date(FAR_FUTURE))
         >= r.referral_date - ibis.interval(months=3)],
    ).select(r.la_code, r.referral_id).distinct()  # fmt: skip
    r = r.filter(r.referral_id.isin(from_help.referral_id))
    return ctx.units(r, child_id=r.child_id, record_id=r.referral_id, ref_date=r.referral_date,
                     numerator=ibis.literal(1.0))  # fmt: skip


INDICATORS = (
    Indicator(
        "EH1", FAMILY, "Early help episodes started",
        "Early help episodes (early help assessments) started in the month.",
        "count", "neither", "in_month", ("early_help_episode",),
        "early help episodes started in the month", None, started,
        breakdowns=PERSON_BREAKDOWNS,
    ),
    Indicator(
        "EH2", FAMILY, "Children open to early help",
        "Children with an open early help episode at 23:59 on the last day of the month, each"
        " counted once.",
        "count", "neither", "month_end", ("early_help_episode",),
        "children open to early help at month end", None, open_at_month_end,
        breakdowns=PERSON_BREAKDOWNS,
    ),
    Indicator(
        "EH3", FAMILY, "Step-down from social care to early help",
        "Child in need episodes closed in the month after assessment with a referral to early"
        " help (closure reason RC9).",
        "count", "neither", "in_month", ("cin_episode",),
        "CIN episodes closed RC9 in the month", None, stepped_down,
    ),
    Indicator(
        "EH4", FAMILY, "Step-up from early help to social care",
        "Referrals to children's social care in the month for a child with an early help"
        " episode open on the referral date or closed in the three months before it.",
        "count", "neither", "in_month", ("cin_episode", "early_help_episode"),
        "referrals in the month stepped up from early help", None, stepped_up,
        lookback_months=3, lookback_reason="early help closed in the three months before",
    ),
)  # fmt: skip
