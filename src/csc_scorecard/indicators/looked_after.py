"""Children looked after: numbers, starts and ends, legal status and placements (CLA1-CLA9)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import ibis
import ibis.expr.types as ir

from csc_scorecard.indicators.breakdowns import PERSON_BREAKDOWNS, flag
from csc_scorecard.indicators.care_periods import (
    PLACED_FOR_ADOPTION,
    RESIDENTIAL,
    episodes,
    looked_after_at_month_end,
)
from csc_scorecard.indicators.context import Context
from csc_scorecard.indicators.definition import Indicator

FAMILY = "Children looked after"
CARE_BREAKDOWNS = ("legal_status", "placement_type", "uasc", *PERSON_BREAKDOWNS)

PLACEMENT_GROUPS: dict[str, tuple[str, tuple[str, ...]]] = {
    "CLA8a": ("foster placement with relatives or friends", ("U1", "U2", "U3")),
    "CLA8b": ("other foster placement", ("U4", "U5", "U6")),
    "CLA8c": ("placed for adoption", PLACED_FOR_ADOPTION),
    "CLA8d": ("placed with parents", ("P1",)),
    "CLA8e": ("independent or supported living", ("P2", "H5", "K3")),
    "CLA8f": ("residential", RESIDENTIAL),
}
"""CLA8 groups by placement code; CLA8g ("other") is every code in none of them (Z1, Z11-Z14,
secure units outside S1, placements in the community...)."""

PLACEMENT_TITLES = {
    "CLA8a": "Children in foster care with relatives or friends",
    "CLA8b": "Children in other foster care",
    "CLA8c": "Children in adoption placements",
    "CLA8d": "Children placed with parents",
    "CLA8e": "Children in independent or supported living",
    "CLA8f": "Children in residential placements",
}
"""The CLA8 titles: noun phrases, so they read well as a sentence's subject."""

GROUPED = tuple(code for _, codes in PLACEMENT_GROUPS.values() for code in codes)


def care_units(ctx: Context, c: ir.Table, numerator: ir.Value,
               denominator: ir.Value | None = None) -> ir.Table:  # fmt: skip
    """Units of a looked-after snapshot with the care breakdowns."""
    return ctx.units(c, child_id=c.child_id, record_id=c.child_id, ref_date=c.month_end,
                     numerator=numerator, denominator=denominator, legal_status=c.legal_status,
                     placement_type=c.placement_type, uasc=c.uasc)  # fmt: skip


def share_of_looked_after(condition: Callable[[ir.Table], ir.BooleanValue]
                          ) -> Callable[[Context, Mapping[str, str]], ir.Table]:  # fmt: skip
    """A builder: children looked after at month end, numerator where ``condition`` holds."""

    def build(ctx: Context, options: Mapping[str, str]) -> ir.Table:
        c = looked_after_at_month_end(ctx)
        return care_units(ctx, c, flag(condition(c)))

    return build


def started(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """CLA3: episodes starting a period of care (reason S) in the month, short breaks aside."""
    e = episodes(ctx)
    e = ctx.in_month(e.filter((e.reason_new_episode == "S") & ~e.short_break), "start_date")
    return ctx.units(e, child_id=e.child_id, record_id=e.child_id, ref_date=e.start_date,
                     numerator=ibis.literal(1.0), legal_status=e.legal_status)  # fmt: skip


def ceased(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """CLA4: periods of care ending in the month (an episode ending other than X1)."""
    e = episodes(ctx)
    ends = e.filter(e.reason_ceased.notnull() & (e.reason_ceased != "X1") & ~e.short_break)
    e = ctx.in_month(ends, "end_date")
    return ctx.units(e, child_id=e.child_id, record_id=e.child_id, ref_date=e.end_date,
                     numerator=ibis.literal(1.0), reason_ceased=e.reason_ceased)  # fmt: skip


def _group(codes: tuple[str, ...]) -> Callable[[ir.Table], ir.BooleanValue]:
    return lambda c: c.placement_type.isin(codes)


def _percent_of_cla(indicator_id: str, title: str, definition: str, numerator: str,
                    condition: Callable[[ir.Table], ir.BooleanValue],
                    polarity: str = "neither", numerator_as: str | None = None
                    ) -> Indicator:  # fmt: skip
    """A percentage of the children looked after.

    ``numerator_as``: the count indicator whose numerator is the same children (the
    residential group's is CLA7's).
    """
    return Indicator(
        indicator_id, FAMILY, title, definition, "percent", polarity,  # type: ignore[arg-type]
        "month_end", ("looked_after_episode",), numerator, "children looked after at month end",
        share_of_looked_after(condition),
        same_count_as={"numerator": (numerator_as, "numerator")} if numerator_as else {},
    )  # fmt: skip


def _count_of_cla(indicator_id: str, title: str, definition: str, numerator: str,
                  condition: Callable[[ir.Table], ir.BooleanValue],
                  polarity: str = "neither", sources: tuple[str, ...] = ()
                  ) -> Indicator:  # fmt: skip
    return Indicator(
        indicator_id, FAMILY, title, definition, "count", polarity,  # type: ignore[arg-type]
        "month_end", ("looked_after_episode", *sources), numerator, None,
        share_of_looked_after(condition), breakdowns=CARE_BREAKDOWNS,
    )  # fmt: skip


INDICATORS = (
    _count_of_cla(
        "CLA1", "Children looked after",
        "Children looked after at 23:59 on the last day of the month (an SSDA903 episode open),"
        " each counted once, excluding children looked after only under an agreed series of"
        " short breaks (legal status V3 or V4).",
        "children looked after at month end", lambda c: ibis.literal(True),
    ),
    Indicator(
        "CLA2", FAMILY, "Children looked after rate per 10,000",
        "Children looked after at the month end per 10,000 children aged 0-17.",
        "rate", "neither", "month_end", ("looked_after_episode", "population"),
        "children looked after at month end", "population aged 0-17",
        share_of_looked_after(lambda c: ibis.literal(True)),
        england={2022: 70, 2023: 70, 2024: 69, 2025: 67},
        england_note="DfE Children looked after in England, at 31 March",
    ),
    Indicator(
        "CLA3", FAMILY, "Children starting to be looked after",
        "Children starting a period of care in the month (an episode with reason for new"
        " episode S), excluding short breaks.",
        "count", "neither", "in_month", ("looked_after_episode",),
        "periods of care started in the month", None, started,
        breakdowns=("legal_status", *PERSON_BREAKDOWNS),
    ),
    Indicator(
        "CLA4", FAMILY, "Children ceasing to be looked after",
        "Children whose period of care ended in the month (an episode ending for any reason but"
        " X1, which only closes one episode of a continuing period), by reason episode ceased.",
        "count", "neither", "in_month", ("looked_after_episode",),
        "periods of care ended in the month", None, ceased,
        breakdowns=("reason_ceased", *PERSON_BREAKDOWNS),
    ),
    _count_of_cla(
        "CLA5", "Unaccompanied asylum-seeking children looked after",
        "Children looked after at the month end (as CLA1) with an unaccompanied asylum-seeking"
        " child record current at the month end.",
        "UASC looked after at month end", lambda c: c.uasc == "UASC", sources=("uasc_status",),
    ),
    _percent_of_cla(
        "CLA6", "Looked after under section 20 (%)",
        "Of the children looked after at the month end, the percentage accommodated under"
        " section 20 of the Children Act 1989 (legal status V2).",
        "children looked after under section 20", lambda c: c.legal_status == "V2",
    ),
    _count_of_cla(
        "CLA7", "Children in residential care placements",
        "Children looked after at the month end placed in a children's home, secure unit, or"
        " other residential setting (placement K1, K2, R1, R2, R5 or S1).",
        "children in residential placements at month end", _group(RESIDENTIAL), "lower",
    ),
    _percent_of_cla(
        "CLA7P", "Children in residential care placements (%)",
        "Of the children looked after at the month end, the percentage in residential"
        " placements (as CLA7).",
        "children in residential placements", _group(RESIDENTIAL), "lower", "CLA7",
    ),
    *(
        _percent_of_cla(
            indicator_id, f"{PLACEMENT_TITLES[indicator_id]} (%)",
            f"Of the children looked after at the month end, the percentage in the placement"
            f" group \"{words}\" (placement {', '.join(codes)}). The CLA8 indicators share one"
            " denominator and add up to 100%.",
            f"children looked after in {words}", _group(codes),
            numerator_as="CLA7" if codes == RESIDENTIAL else None,
        )
        for indicator_id, (words, codes) in PLACEMENT_GROUPS.items()
    ),
    _percent_of_cla(
        "CLA8g", "Children in other placements (%)",
        "Of the children looked after at the month end, the percentage in any placement not in"
        " CLA8a-f (for example Z1 and Z11-Z14, other placements).",
        "children looked after in other placements", lambda c: ~c.placement_type.isin(GROUPED),
    ),
    _percent_of_cla(
        "CLA9", "Children placed outside the council's area (%)",
        "Of the children looked after at the month end, the percentage whose placement is"
        " outside the council's area (from the placement's local authority or postcode).",
        "children placed outside the council's area", lambda c: c.placed_outside_council,
        "lower",
    ),
)  # fmt: skip
