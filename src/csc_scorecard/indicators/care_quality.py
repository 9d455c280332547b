"""How children in care are looked after (CLAR1, HLT1, HLT2, MIS1, MIS2).

Reviews in timescale, health and dental checks, missing episodes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import ibis
import ibis.expr.types as ir

from csc_scorecard.indicators.breakdowns import PERSON_BREAKDOWNS, age_in_years, flag
from csc_scorecard.indicators.care_periods import episodes, looked_after_at_month_end
from csc_scorecard.indicators.context import Context
from csc_scorecard.indicators.definition import Indicator
from csc_scorecard.indicators.looked_after import care_units
from csc_scorecard.indicators.reviews import reviews_on_time

FAMILY = "Children looked after"


def reviews_in_time(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """CLAR1: children looked after at month end whose reviews are all in timescale.

    Within the current period of care: first review within 20 working days of the start,
    second within 3 months of the first, then each within 6 months of the one before.
    """
    c = looked_after_at_month_end(ctx)
    periods = episodes(ctx).select("la_code", "child_id", "period_start", "period_end")
    checked = reviews_on_time(
        ctx, c, periods.distinct(), ctx.table("cla_review"), "child_id",
        (("working_days", 20), ("months", 3), ("months", 6)),
    )  # fmt: skip
    return care_units(ctx, checked, flag(checked.on_time))


def checks_in_time(check_type: str, under_five_months: int
                   ) -> Callable[[Context, Mapping[str, str]], ir.Table]:  # fmt: skip
    """A builder: children looked after 12+ months at month end.

    Numerator: a check of ``check_type`` in the last 12 months (``under_five_months`` for
    children under 5).
    """

    def build(ctx: Context, options: Mapping[str, str]) -> ir.Table:
        c = looked_after_at_month_end(ctx)
        c = c.filter(c.period_start <= c.month_end - ibis.interval(years=1))
        c = ctx.with_date_of_birth(c)
        months = (age_in_years(c.date_of_birth, c.month_end) < 5).ifelse(under_five_months, 12)
        c = c.mutate(_since=c.month_end - months.as_interval("M"))
        h = ctx.table("health_check").filter(ibis._.check_type == check_type)
        checked = c.join(
            h,
            [c.la_code == h.la_code, c.child_id == h.child_id, h.check_date > c._since,
             h.check_date <= c.month_end],
        ).select(c.la_code, c.child_id, c.month).distinct()  # fmt: skip
        keys = ["la_code", "child_id", "month"]
        c = c.left_join(checked.mutate(_checked=ibis.literal(True)), keys)
        return care_units(ctx, c.drop(*(f"{k}_right" for k in keys)), flag(c._checked))

    return build


def missing_units(ctx: Context, per_child: bool) -> ir.Table:
    """Missing or away-from-placement episodes of children in care starting in the month.

    One unit per child (MIS1) or per episode (MIS2).
    """
    m = ctx.in_month(ctx.table("missing_episode"), "start_date")
    if per_child:
        m = m.group_by("la_code", "child_id", "month").aggregate(start_date=m.start_date.min())
    record = m.child_id if per_child else m.child_id.concat(":", m.start_date.cast("string"))
    return ctx.units(m, child_id=m.child_id, record_id=record, ref_date=m.start_date,
                     numerator=ibis.literal(1.0))  # fmt: skip


INDICATORS = (
    Indicator(
        "CLAR1", FAMILY, "Looked-after reviews in timescale (%)",
        "Of the children looked after at the month end, the percentage whose reviews in the"
        " current period of care have all been on time: the first within 20 working days of"
        " coming into care, the second within 3 months of the first, then each within 6 months"
        " of the one before, and the next not yet overdue.",
        "percent", "higher", "month_end", ("looked_after_episode", "cla_review"),
        "children looked after whose reviews are all in timescale",
        "children looked after at month end", reviews_in_time,
    ),
    Indicator(
        "HLT1", FAMILY, "Health assessments up to date (%)",
        "Of the children looked after at the month end who have been looked after continuously"
        " for 12 months or more, the percentage with a health assessment in the last 12 months"
        " (6 months for children under 5).",
        "percent", "higher", "month_end", ("looked_after_episode", "health_check", "person"),
        "children with an up-to-date health assessment",
        "children looked after continuously for 12+ months", checks_in_time("HEALTH", 6),
        lookback_months=11,
        lookback_reason="looked after for 12 months, checks in the last 12 months",
    ),
    Indicator(
        "HLT2", FAMILY, "Dental checks up to date (%)",
        "As HLT1, with a dental check in the last 12 months.",
        "percent", "higher", "month_end", ("looked_after_episode", "health_check"),
        "children with a dental check in the last 12 months",
        "children looked after continuously for 12+ months", checks_in_time("DENTAL", 12),
        lookback_months=11,
        lookback_reason="looked after for 12 months, checks in the last 12 months",
    ),
    Indicator(
        "MIS1", FAMILY, "Children missing from care",
        "Children looked after with a missing or away-from-placement episode starting in the"
        " month, each child counted once.",
        "count", "lower", "in_month", ("missing_episode",),
        "children with a missing episode starting in the month", None,
        lambda ctx, options: missing_units(ctx, per_child=True),
        breakdowns=PERSON_BREAKDOWNS,
    ),
    Indicator(
        "MIS2", FAMILY, "Missing from care episodes",
        "Missing or away-from-placement episodes of children looked after starting in the"
        " month.",
        "count", "lower", "in_month", ("missing_episode",),
        "missing episodes starting in the month", None,
        lambda ctx, options: missing_units(ctx, per_child=False),
    ),
)  # fmt: skip
