"""Front door: contacts, referrals, the referral rate and re-referrals (CON1-2, REF1-3)."""

from __future__ import annotations

from collections.abc import Mapping

import ibis
import ibis.expr.types as ir

from csc_scorecard.indicators.breakdowns import PERSON_BREAKDOWNS, flag
from csc_scorecard.indicators.context import Context
from csc_scorecard.indicators.definition import Indicator

FAMILY = "Front door"
CHILD_BREAKDOWNS = ("age_band", "sex", "ethnicity_group")


def contacts(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """Contacts received in the month; the numerator counts them all (CON1)."""
    c = ctx.in_month(ctx.table("contact"), "contact_date")
    return ctx.units(c, child_id=c.child_id, record_id=c.contact_id, ref_date=c.contact_date,
                     numerator=ibis.literal(1.0), contact_source=c.contact_source)  # fmt: skip


def contacts_to_referral(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """Contacts in the month; numerator: those whose outcome is a referral (CON2)."""
    c = ctx.in_month(ctx.table("contact"), "contact_date")
    return ctx.units(c, child_id=c.child_id, record_id=c.contact_id, ref_date=c.contact_date,
                     numerator=flag(c.outcome == "REF"),
                     contact_source=c.contact_source)  # fmt: skip


def referrals_with_previous(ctx: Context) -> ir.Table:
    """See ``_referrals_with_previous``; computed once per run."""
    return ctx.materialise("referrals_with_previous", lambda: _referrals_with_previous(ctx))


def _referrals_with_previous(ctx: Context) -> ir.Table:
    """Referrals with ``rereferral``: the child's previous referral is within 12 months.

    The previous referral is the child's latest referral dated before this one (a second
    referral on the same day counts as a re-referral), found with a window function.
    """
    r = ctx.table("cin_episode").filter(ibis._.referral_date.notnull())
    previous = r.referral_date.lag().over(
        group_by=[r.la_code, r.child_id], order_by=[r.referral_date, r.referral_id]
    )
    r = r.mutate(_previous=previous)
    return r.mutate(
        rereferral=r._previous.notnull() & (r._previous >= r.referral_date - ibis.interval(years=1))
    )


def referrals(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """Referrals (CIN episodes started) in the month; numerator counts them (REF1, REF2)."""
    r = ctx.in_month(ctx.table("cin_episode"), "referral_date")
    return ctx.units(r, child_id=r.child_id, record_id=r.referral_id, ref_date=r.referral_date,
                     numerator=ibis.literal(1.0), referral_source=r.referral_source,
                     team=r.team)  # fmt: skip


def rereferrals(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """Referrals; numerator: those within 12 months of the child's previous referral (REF3)."""
    r = ctx.in_month(referrals_with_previous(ctx), "referral_date")
    return ctx.units(r, child_id=r.child_id, record_id=r.referral_id, ref_date=r.referral_date,
                     numerator=flag(r.rereferral), referral_source=r.referral_source,
                     team=r.team)  # fmt: skip


INDICATORS = (
    Indicator(
        "CON1", FAMILY, "Contacts received",
        "Contacts about a child received by children's social care with a contact date in the"
        " month, whatever their outcome.",
        "count", "neither", "in_month", ("contact",), "contacts received in the month", None,
        contacts, breakdowns=("contact_source", *CHILD_BREAKDOWNS),
    ),
    Indicator(
        "CON2", FAMILY, "Contacts progressing to referral (%)",
        "Of the contacts received in the month, the percentage whose outcome was a referral to"
        " children's social care (rather than early help or advice and no further action).",
        "percent", "neither", "in_month", ("contact",),
        "contacts in the month whose outcome is a referral", "contacts in the month",
        contacts_to_referral, breakdowns=("contact_source",),
        same_count_as={"denominator": ("CON1", "numerator")},
    ),
    Indicator(
        "REF1", FAMILY, "Referrals",
        "Referrals to children's social care accepted in the month: child in need episodes"
        " with a referral date in the month, including referrals that led to no further"
        " action.",
        "count", "neither", "in_month", ("cin_episode",), "referrals in the month", None,
        referrals, breakdowns=("referral_source", "team", *PERSON_BREAKDOWNS),
    ),
    Indicator(
        "REF2", FAMILY, "Referral rate per 10,000 (rolling 12 months)",
        "Referrals in the 12 months ending with the month per 10,000 children aged 0-17 living"
        " in the council's area.",
        "rate", "neither", "rolling_12", ("cin_episode", "population"),
        "referrals in the rolling 12 months", "population aged 0-17", referrals,
        england={2025: 518.7}, england_note="632,830 referrals in 2024-25 / 12.2 million"
        " children aged 0-17 (DfE Children in need 2025), derived",
    ),
    Indicator(
        "REF3", FAMILY, "Re-referrals within 12 months (%)",
        "Of the referrals in the 12 months ending with the month, the percentage where the same"
        " child had a previous referral dated within the 12 months before it (DfE definition;"
        " the previous referral may be before the 12-month window).",
        "percent", "lower", "rolling_12", ("cin_episode",),
        "referrals in the rolling 12 months within 12 months of a previous referral",
        "referrals in the rolling 12 months", rereferrals,
        breakdowns=("referral_source", "team", "age_band"), england={2024: 22.4, 2025: 22.6},
        england_note="DfE Children in need, year ending 31 March",
        lookback_months=12, lookback_reason="a previous referral within 12 months",
    ),
)  # fmt: skip
