"""Section 47 enquiries, initial conferences and child protection plans (S47a-c, ICPC1, CPP1-6)."""

from __future__ import annotations

from collections.abc import Mapping

import ibis
import ibis.expr.types as ir

from csc_scorecard.indicators.breakdowns import PERSON_BREAKDOWNS, flag
from csc_scorecard.indicators.context import Context
from csc_scorecard.indicators.definition import Indicator
from csc_scorecard.indicators.reviews import reviews_on_time

FAMILY = "Section 47 and child protection"
ICPC_TIMESCALE = 15
VISIT_TIMESCALE = 10


def s47_started(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """S47 enquiries started in the month (S47a, S47b)."""
    s = ctx.in_month(ctx.table("s47_enquiry"), "start_date")
    return ctx.units(s, child_id=s.child_id, record_id=s.s47_id, ref_date=s.start_date,
                     numerator=ibis.literal(1.0))  # fmt: skip


def s47_to_conference(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """S47 enquiries ended in the month; numerator: an initial conference followed (S47c)."""
    s = ctx.in_month(ctx.table("s47_enquiry"), "end_date")
    return ctx.units(s, child_id=s.child_id, record_id=s.s47_id, ref_date=s.end_date,
                     numerator=flag(s.icpc_date.notnull()))  # fmt: skip


def conferences_in_time(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """ICPCs in the month; numerator: within 15 working days of the S47 start (ICPC1).

    A conference dated before its enquiry started is counted, and not timely.
    """
    s = ctx.in_month(ctx.table("s47_enquiry"), "icpc_date")
    s = ctx.with_working_days(s, "start_date", "icpc_date", "working_days")
    timely = (s.icpc_date >= s.start_date) & (s.working_days <= ICPC_TIMESCALE)
    return ctx.units(s, child_id=s.child_id, record_id=s.s47_id, ref_date=s.icpc_date,
                     numerator=flag(timely))  # fmt: skip


def plans_at_month_end(ctx: Context) -> ir.Table:
    """See ``_plans_at_month_end``; computed once per run."""
    return ctx.materialise("plans_at_month_end", lambda: _plans_at_month_end(ctx))


def _plans_at_month_end(ctx: Context) -> ir.Table:
    """Children on a CP plan at each month end, one row each (their latest plan)."""
    return ctx.one_per_child_at_month_end(ctx.table("cp_plan"), "start_date", "end_date")


def _plan_units(ctx: Context, p: ir.Table, numerator: ir.Value,
                denominator: ir.Value | None = None) -> ir.Table:  # fmt: skip
    return ctx.units(p, child_id=p.child_id, record_id=p.cp_plan_id, ref_date=p.month_end,
                     numerator=numerator, denominator=denominator,
                     category=p.latest_category.fill_null(p.initial_category))  # fmt: skip


def on_plan(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """CPP1, CPP2: children on a plan at the month end."""
    return _plan_units(ctx, plans_at_month_end(ctx), ibis.literal(1.0))


def repeat_plans(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """CP plans started in the month; numerator: the child had an earlier plan here (CPP3)."""
    plans = ctx.table("cp_plan").filter(ibis._.start_date.notnull())
    earlier = plans.start_date.lag().over(
        group_by=[plans.la_code, plans.child_id], order_by=[plans.start_date, plans.cp_plan_id]
    )
    p = ctx.in_month(plans.mutate(_earlier=earlier), "start_date")
    return ctx.units(p, child_id=p.child_id, record_id=p.cp_plan_id, ref_date=p.start_date,
                     numerator=flag(p._earlier.notnull()),
                     category=p.initial_category)  # fmt: skip


def long_plans_ended(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """CP plans ended in the month; numerator: lasted two years or more (CPP4)."""
    p = ctx.in_month(ctx.table("cp_plan"), "end_date")
    lasted = p.end_date >= p.start_date + ibis.interval(years=2)
    return ctx.units(p, child_id=p.child_id, record_id=p.cp_plan_id, ref_date=p.end_date,
                     numerator=flag(lasted),
                     category=p.latest_category.fill_null(p.initial_category))  # fmt: skip


def reviews_in_time(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """CPP5: children on a plan open 3+ months at the month end; numerator: reviews on time.

    The plan's start date is the initial conference; reviews are due within 3 months of it,
    then every 6 months.
    """
    p = plans_at_month_end(ctx)
    p = p.filter(p.start_date <= p.month_end - ibis.interval(months=3)).mutate(
        period_start=p.start_date
    )
    plans = ctx.table("cp_plan").mutate(period_start=ibis._.start_date,
                                        period_end=ibis._.end_date)  # fmt: skip
    checked = reviews_on_time(ctx, p, plans, ctx.table("cp_review"), "cp_plan_id",
                              (("months", 3), ("months", 6), ("months", 6)))  # fmt: skip
    return _plan_units(ctx, checked, flag(checked.on_time))


def visits_in_time(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """CPP6: children on a plan open 10+ working days at the month end.

    Numerator: seen on a child protection visit within the last 10 working days (working days
    from the visit day to the month end).
    """
    p = ctx.with_working_days(plans_at_month_end(ctx), "start_date", "month_end", "open_days")
    p = ctx.with_working_day(p.filter(p.open_days >= VISIT_TIMESCALE), "month_end", "wd_end")
    v = ctx.with_working_day(ctx.table("visit").filter(ibis._.visit_type == "CP"),
                             "visit_date", "wd_visit")  # fmt: skip
    seen = p.join(
        v,
        [p.la_code == v.la_code, p.child_id == v.child_id, v.visit_date <= p.month_end,
         v.wd_visit >= p.wd_end - VISIT_TIMESCALE],
    ).select(p.la_code, p.child_id, p.month)  # fmt: skip
    seen = seen.distinct().mutate(_seen=ibis.literal(True))
    p = p.left_join(seen, ["la_code", "child_id", "month"])
    return _plan_units(ctx, p, flag(p._seen))


INDICATORS = (
    Indicator(
        "S47a", FAMILY, "Section 47 enquiries started",
        "Section 47 enquiries (child protection investigations) started in the month.",
        "count", "neither", "in_month", ("s47_enquiry",), "S47 enquiries started in the month",
        None, s47_started, breakdowns=PERSON_BREAKDOWNS,
    ),
    Indicator(
        "S47b", FAMILY, "Section 47 rate per 10,000 (rolling 12 months)",
        "Section 47 enquiries started in the 12 months ending with the month per 10,000"
        " children aged 0-17.",
        "rate", "neither", "rolling_12", ("s47_enquiry", "population"),
        "S47 enquiries started in the rolling 12 months", "population aged 0-17", s47_started,
        england={2025: 189.0}, england_note="230,590 enquiries in 2024-25 / 12.2 million"
        " children aged 0-17 (DfE Children in need 2025), derived",
    ),
    Indicator(
        "S47c", FAMILY, "Section 47 enquiries leading to an initial child protection"
        " conference (%)",
        "Of the section 47 enquiries that ended in the month, the percentage followed by an"
        " initial child protection conference.",
        "percent", "neither", "in_month", ("s47_enquiry",),
        "S47 enquiries ended in the month with an initial conference",
        "S47 enquiries ended in the month", s47_to_conference,
    ),
    Indicator(
        "ICPC1", FAMILY, "Initial conferences within 15 working days of the strategy"
        " discussion (%)",
        "Of the initial child protection conferences held in the month, the percentage held"
        " within 15 working days of the start of the section 47 enquiry (the strategy"
        " discussion). A conference dated before its enquiry began is counted, as not timely.",
        "percent", "higher", "in_month", ("s47_enquiry",),
        "initial conferences in the month within 15 working days",
        "initial conferences in the month", conferences_in_time,
    ),
    Indicator(
        "CPP1", FAMILY, "Children subject to a child protection plan",
        "Children on a child protection plan at 23:59 on the last day of the month, each child"
        " counted once.",
        "count", "neither", "month_end", ("cp_plan",), "children on a CP plan at month end",
        None, on_plan, breakdowns=("category", *PERSON_BREAKDOWNS),
    ),
    Indicator(
        "CPP2", FAMILY, "Child protection plan rate per 10,000",
        "Children on a child protection plan at the month end per 10,000 children aged 0-17.",
        "rate", "neither", "month_end", ("cp_plan", "population"),
        "children on a CP plan at month end", "population aged 0-17", on_plan,
        england={2025: 40.5}, england_note="49,420 children on a plan at 31 March 2025 / 12.2"
        " million children aged 0-17 (DfE Children in need 2025), derived",
    ),
    Indicator(
        "CPP3", FAMILY, "Child protection plans started that are second or subsequent (%)",
        "Of the child protection plans started in the 12 months ending with the month, the"
        " percentage for a child who had a previous child protection plan with this council, at"
        " any time (from the plans in the store).",
        "percent", "lower", "rolling_12", ("cp_plan",),
        "CP plans started in the rolling 12 months for a child with an earlier plan",
        "CP plans started in the rolling 12 months", repeat_plans, breakdowns=("category",),
    ),
    Indicator(
        "CPP4", FAMILY, "Child protection plans ended lasting 2 years or more (%)",
        "Of the child protection plans that ended in the 12 months ending with the month, the"
        " percentage that had lasted two years or more.",
        "percent", "lower", "rolling_12", ("cp_plan",),
        "CP plans ended in the rolling 12 months lasting 2 years or more",
        "CP plans ended in the rolling 12 months", long_plans_ended,
        england={2025: 4.4}, england_note="DfE Children in need, year ending 31 March",
    ),
    Indicator(
        "CPP5", FAMILY, "Child protection reviews in timescale (%)",
        "Of the children on a plan at the month end whose plan has been open three months or"
        " more, the percentage whose review conferences have all been on time: the first within"
        " 3 months of the initial conference, then each within 6 months of the one before, and"
        " the next not yet overdue.",
        "percent", "higher", "month_end", ("cp_plan", "cp_review"),
        "children whose CP reviews are all in timescale",
        "children on a CP plan open 3+ months at month end", reviews_in_time,
    ),
    Indicator(
        "CPP6", FAMILY, "Child protection visits in timescale (%)",
        "Of the children on a plan at the month end whose plan has been open 10 working days or"
        " more, the percentage seen on a child protection visit within the last 10 working"
        " days.",
        "percent", "higher", "month_end", ("cp_plan", "visit"),
        "children visited within the last 10 working days",
        "children on a CP plan open 10+ working days at month end", visits_in_time,
        lookback_months=1, lookback_reason="visits in the last 10 working days",
    ),
)  # fmt: skip
