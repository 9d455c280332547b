"""Assessments: completed, timeliness, outcome and average duration (ASS1-ASS4)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import ibis
import ibis.expr.types as ir

from csc_scorecard.indicators.breakdowns import PERSON_BREAKDOWNS, flag
from csc_scorecard.indicators.context import Context
from csc_scorecard.indicators.definition import Indicator, Option

FAMILY = "Assessment"
TIMESCALE = 45
START_OPTION = Option(
    "start",
    ("assessment", "referral"),
    "assessment",
    "Count working days from the assessment's actual start date (DfE), or, as some councils"
    " do locally, from the referral date.",
)


def authorised(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """Assessments authorised in the month, with ``working_days`` to authorisation.

    The clock starts at the assessment start date, or the referral date when the ``start``
    option says so.
    """
    a = ctx.in_month(ctx.table("assessment"), "authorisation_date")
    if options.get("start") == "referral":
        episodes = ctx.table("cin_episode").select("la_code", "referral_id", "referral_date")
        a = a.left_join(episodes, ["la_code", "referral_id"]).drop(
            "la_code_right", "referral_id_right"
        )
        a = a.mutate(_clock=a.referral_date.fill_null(a.start_date))
    else:
        a = a.mutate(_clock=a.start_date)
    return ctx.with_working_days(a, "_clock", "authorisation_date", "working_days")


def _units(ctx: Context, a: ir.Table, numerator: ir.Value, denominator: ir.Value | None = None
           ) -> ir.Table:  # fmt: skip
    return ctx.units(a, child_id=a.child_id, record_id=a.assessment_id,
                     ref_date=a.authorisation_date, numerator=numerator,
                     denominator=denominator)  # fmt: skip


def completed(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """ASS1: every assessment authorised in the month."""
    return _units(ctx, authorised(ctx, options), ibis.literal(1.0))


def in_timescale(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """ASS2: numerator where working days (start, authorisation] are at most 45."""
    a = authorised(ctx, options)
    return _units(ctx, a, flag(a.working_days <= TIMESCALE))


def average_days(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """ASS4: numerator is each assessment's working days; the denominator counts them."""
    a = authorised(ctx, options).filter(ibis._.working_days.notnull())
    return _units(ctx, a, a.working_days)


def _on_referral(ctx: Context, a: ir.Table, table: str) -> ir.BooleanValue:
    """Whether a record of ``table`` on the assessment's referral started on or after it."""
    other = ctx.table(table)
    linked = a.join(other, [a.la_code == other.la_code, a.referral_id == other.referral_id,
                            other.start_date >= a.start_date]).select(a.assessment_id)  # fmt: skip
    return a.assessment_id.isin(linked.assessment_id)


def _closed(a: ir.Table, episodes: ir.Table, reason: str) -> ir.BooleanValue:
    closed = episodes.filter(episodes.closure_reason == reason)
    return a.referral_id.isin(closed.referral_id)


def _looked_after_after(ctx: Context, a: ir.Table) -> ir.BooleanValue:
    """Whether the child came into care once the assessment had started.

    Started to be looked after on or after the assessment's start and before its child in need
    episode closed.
    """
    e = ctx.table("looked_after_episode").filter(ibis._.reason_new_episode == "S")
    episodes = ctx.table("cin_episode").select("la_code", "referral_id", "closure_date")
    scoped = a.left_join(episodes, ["la_code", "referral_id"])
    linked = scoped.join(
        e,
        [scoped.la_code == e.la_code, scoped.child_id == e.child_id,
         e.start_date >= scoped.start_date,
         scoped.closure_date.isnull() | (e.start_date <= scoped.closure_date)],
    ).select(scoped.assessment_id)  # fmt: skip
    return a.assessment_id.isin(linked.assessment_id)


OUTCOMES: dict[str, tuple[str, Callable[[Context, ir.Table], ir.BooleanValue]]] = {
    "ASS3a": ("no further action (episode closed RC8)",
              lambda ctx, a: _closed(a, ctx.table("cin_episode"), "RC8")),
    "ASS3b": ("step down to early help (episode closed RC9)",
              lambda ctx, a: _closed(a, ctx.table("cin_episode"), "RC9")),
    "ASS3c": ("child in need plan (a CIN plan on the referral started on or after the"
              " assessment)", lambda ctx, a: _on_referral(ctx, a, "cin_plan")),
    "ASS3d": ("child protection (a section 47 enquiry or CP plan on the referral started on or"
              " after the assessment)",
              lambda ctx, a: _on_referral(ctx, a, "s47_enquiry")
              | _on_referral(ctx, a, "cp_plan")),
    "ASS3e": ("child looked after (started to be looked after on or after the assessment"
              " began, before the episode closed)", _looked_after_after),
}  # fmt: skip


def outcome(indicator_id: str) -> Callable[[Context, Mapping[str, str]], ir.Table]:
    """The builder of one ASS3 outcome.

    Assessments authorised in the month; the numerator those with that outcome (outcomes can
    overlap: a child can have a plan and then come into care).
    """

    def build(ctx: Context, options: Mapping[str, str]) -> ir.Table:
        a = authorised(ctx, options)
        return _units(ctx, a, flag(OUTCOMES[indicator_id][1](ctx, a)))

    return build


INDICATORS = (
    Indicator(
        "ASS1", FAMILY, "Assessments completed",
        "Children's social care assessments authorised (completed) in the month.",
        "count", "neither", "in_month", ("assessment",), "assessments authorised in the month",
        None, completed, breakdowns=PERSON_BREAKDOWNS,
    ),
    Indicator(
        "ASS2", FAMILY, "Assessments completed within 45 working days (%)",
        "Of the assessments authorised in the month, the percentage authorised within 45"
        " working days of the start date. Working days are Monday to Friday less England and"
        " Wales bank holidays, counted from the start date, not counting the start day itself.",
        "percent", "higher", "in_month", ("assessment",),
        "assessments authorised in the month within 45 working days",
        "assessments authorised in the month", in_timescale,
        breakdowns=("age_band",), options=(START_OPTION,),
    ),
    *(
        Indicator(
            indicator_id, FAMILY, f"Outcome of assessment: {words.split(' (')[0]} (%)",
            f"Of the assessments authorised in the month, the percentage whose outcome was"
            f" {words}. The five outcome indicators ASS3a-e share one denominator.",
            "percent", "neither", "in_month",
            ("assessment", "cin_episode", "cin_plan", "s47_enquiry", "cp_plan",
             "looked_after_episode"),
            f"assessments authorised in the month with outcome {words.split(' (')[0]}",
            "assessments authorised in the month", outcome(indicator_id),
        )
        for indicator_id, (words, _) in OUTCOMES.items()
    ),
    Indicator(
        "ASS4", FAMILY, "Average working days to complete assessment",
        "The mean number of working days from start to authorisation of the assessments"
        " authorised in the month (working days as for ASS2).",
        "days", "lower", "in_month", ("assessment",),
        "total working days of assessments authorised in the month",
        "assessments authorised in the month", average_days, options=(START_OPTION,),
    ),
)  # fmt: skip
