"""Children in need and child in need plans at each month end (CIN1-CIN3)."""

from __future__ import annotations

from collections.abc import Mapping

import ibis
import ibis.expr.types as ir

from csc_scorecard.indicators.breakdowns import PERSON_BREAKDOWNS
from csc_scorecard.indicators.context import Context
from csc_scorecard.indicators.definition import Indicator

FAMILY = "Children in need"


def in_need(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """Children with an open CIN episode at the month end, not one that ended in NFA."""
    episodes = ctx.table("cin_episode").filter(~ibis._.referral_nfa.fill_null(False))
    e = ctx.one_per_child_at_month_end(episodes, "referral_date", "closure_date")
    return ctx.units(e, child_id=e.child_id, record_id=e.referral_id, ref_date=e.month_end,
                     numerator=ibis.literal(1.0), primary_need=e.primary_need,
                     team=e.team)  # fmt: skip


def on_cin_plan(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """Children with an open child in need plan at the month end."""
    p = ctx.one_per_child_at_month_end(ctx.table("cin_plan"), "start_date", "end_date")
    return ctx.units(p, child_id=p.child_id, record_id=p.cin_plan_id, ref_date=p.month_end,
                     numerator=ibis.literal(1.0))  # fmt: skip


INDICATORS = (
    Indicator(
        "CIN1", FAMILY, "Children in need",
        "Children with an open child in need episode at 23:59 on the last day of the month,"
        " each counted once. Includes children on child protection plans, looked after and"
        " care leavers supported as children in need; excludes referrals that led to no"
        " further action.",
        "count", "neither", "month_end", ("cin_episode",), "children in need at month end",
        None, in_need, breakdowns=("primary_need", "team", *PERSON_BREAKDOWNS),
    ),
    Indicator(
        "CIN2", FAMILY, "Children in need rate per 10,000",
        "Children in need at the month end per 10,000 children aged 0-17.",
        "rate", "neither", "month_end", ("cin_episode", "population"),
        "children in need at month end", "population aged 0-17", in_need,
        england={2022: 343.7, 2023: 338.7, 2024: 331.2, 2025: 330.3},
        england_note="DfE Children in need, at 31 March",
    ),
    Indicator(
        "CIN3", FAMILY, "Children on a child in need plan",
        "Children with an open child in need plan at the month end, each counted once.",
        "count", "neither", "month_end", ("cin_plan",), "children on a CIN plan at month end",
        None, on_cin_plan, breakdowns=PERSON_BREAKDOWNS,
    ),
)  # fmt: skip
