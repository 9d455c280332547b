"""Care leavers aged 17 to 21 (CL1-CL3).

In touch, in education, employment or training, and suitably accommodated.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import ibis
import ibis.expr.types as ir

from csc_scorecard.indicators.breakdowns import flag
from csc_scorecard.indicators.care_periods import episodes, looked_after_at_month_end
from csc_scorecard.indicators.context import Context, one_per_child
from csc_scorecard.indicators.definition import Indicator

FAMILY = "Care leavers"
QUALIFYING_DAYS = 91
"""13 weeks looked after from the 14th birthday (Children (Leaving Care) Act 2000)."""
QUALIFYING_LOOKBACK = 63
QUALIFYING_REASON = (
    "care leavers up to 21 who left care at 16 qualified in the 13 weeks before: five years"
    " and three months"
)
EET = ("F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5")


def qualified(ctx: Context) -> ir.Table:
    """Each care leaver's ``qualified_on`` date.

    The end of the first period of care, ended at 16 or over, by which they had been looked
    after 13 weeks since their 14th birthday.
    """
    e = episodes(ctx).filter(~ibis._.short_break & ibis._.end_date.notnull())
    person = ctx.table("person").select("la_code", "child_id", "date_of_birth")
    e = e.join(person, ["la_code", "child_id"])
    fourteen = e.date_of_birth + ibis.interval(years=14)
    counted_from = ibis.greatest(e.start_date, fourteen)
    days = ibis.greatest(e.end_date.delta(counted_from, unit="day"), 0)
    so_far = ibis.window(group_by=["la_code", "child_id"], order_by="start_date",
                         preceding=None, following=0)  # fmt: skip
    e = e.mutate(_days=days)
    e = e.mutate(_total=e._days.sum().over(so_far))
    left = e.filter(
        (e._total >= QUALIFYING_DAYS)
        & (e.end_date >= e.date_of_birth + ibis.interval(years=16))
        & (e.reason_ceased != "X1")
    )
    return left.group_by("la_code", "child_id", "date_of_birth").aggregate(
        qualified_on=left.end_date.min()
    )


def care_leavers_at_month_end(ctx: Context) -> ir.Table:
    """See ``_care_leavers_at_month_end``; computed once per run."""
    return ctx.materialise("care_leavers_at_month_end", lambda: _care_leavers_at_month_end(ctx))


def _care_leavers_at_month_end(ctx: Context) -> ir.Table:
    """Care leavers aged 17-21 at each month end, not looked after then.

    Each with their latest care leaver record (in touch, activity, accommodation) on or before
    the month end.
    """
    q = qualified(ctx)
    spine = ctx.spine
    cl = q.join(
        spine,
        [q.qualified_on <= spine.month_end,
         q.date_of_birth + ibis.interval(years=17) <= spine.month_end,
         q.date_of_birth + ibis.interval(years=22) > spine.month_end],
    )  # fmt: skip
    cla = looked_after_at_month_end(ctx).select("la_code", "child_id", "month")
    cl = cl.anti_join(cla, ["la_code", "child_id", "month"])
    records = ctx.table("care_leaver")
    latest = cl.join(
        records,
        [cl.la_code == records.la_code, cl.child_id == records.child_id,
         records.contact_date <= cl.month_end],
    ).select(cl.la_code, cl.child_id, cl.month, records.contact_date, records.in_touch,
             records.activity, records.accommodation_suitable)  # fmt: skip
    latest = one_per_child(latest, "contact_date")
    keys = ["la_code", "child_id", "month"]
    cl = cl.left_join(latest, keys).drop(*(f"{k}_right" for k in keys))
    nineteen = cl.date_of_birth + ibis.interval(years=19)
    return cl.mutate(age_group=(nineteen <= cl.month_end).ifelse("19-21", "17-18"))


def share_of_care_leavers(condition: Callable[[ir.Table], ir.BooleanValue]
                          ) -> Callable[[Context, Mapping[str, str]], ir.Table]:  # fmt: skip
    """A builder: care leavers 17-21 at month end, numerator where ``condition`` holds."""

    def build(ctx: Context, options: Mapping[str, str]) -> ir.Table:
        c = care_leavers_at_month_end(ctx)
        return ctx.units(c, child_id=c.child_id, record_id=c.child_id, ref_date=c.month_end,
                         numerator=flag(condition(c)), age_group=c.age_group)  # fmt: skip

    return build


DENOMINATOR = "care leavers aged 17-21 at month end"
WHO = (
    " Care leavers are young people aged 17 to 21 at the month end, not looked after then, who"
    " were looked after for at least 13 weeks from their 14th birthday and left care at 16 or"
    " over. The latest care leaver record on or before the month end is used; a young person"
    " with none counts in the denominator only."
)

INDICATORS = (
    Indicator(
        "CL1", FAMILY, "Care leavers in touch (%)",
        "The percentage of care leavers the council is in touch with." + WHO,
        "percent", "higher", "month_end", ("care_leaver", "looked_after_episode", "person"),
        "care leavers in touch", DENOMINATOR,
        share_of_care_leavers(lambda c: c.in_touch == "YES"), breakdowns=("age_group",),
        lookback_months=QUALIFYING_LOOKBACK, lookback_reason=QUALIFYING_REASON,
    ),
    Indicator(
        "CL2", FAMILY, "Care leavers in education, employment or training (%)",
        "The percentage of care leavers in education, employment or training (activity F1, P1,"
        " F2, P2, F4, P4, F5 or P5), by age 17-18 and 19-21." + WHO,
        "percent", "higher", "month_end", ("care_leaver", "looked_after_episode", "person"),
        "care leavers in education, employment or training", DENOMINATOR,
        share_of_care_leavers(lambda c: c.activity.isin(EET)), breakdowns=("age_group",),
        lookback_months=QUALIFYING_LOOKBACK, lookback_reason=QUALIFYING_REASON,
    ),
    Indicator(
        "CL3", FAMILY, "Care leavers in suitable accommodation (%)",
        "The percentage of care leavers whose accommodation is suitable." + WHO,
        "percent", "higher", "month_end", ("care_leaver", "looked_after_episode", "person"),
        "care leavers in suitable accommodation", DENOMINATOR,
        share_of_care_leavers(lambda c: c.accommodation_suitable), breakdowns=("age_group",),
        lookback_months=QUALIFYING_LOOKBACK, lookback_reason=QUALIFYING_REASON,
    ),
)  # fmt: skip
