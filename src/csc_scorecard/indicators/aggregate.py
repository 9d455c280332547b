"""Units to figures: the one way every indicator becomes numerator, denominator and value.

Each indicator's units are written long (one row per unit and breakdown, the total being the
breakdown "all") into one staging table; one query then sums them by indicator, council, month
and breakdown value, adds up the months of each indicator's window (a range join of the
monthly sums against the spine, so a 36-month window costs 36 small rows, not 36 copies of
every record) and derives the value from the indicator's unit: count = numerator; percent =
100 x numerator / denominator; rate = numerator / population x 10,000; days and number =
numerator / denominator. The total has a row for every council and month, zero where nothing
happened; a breakdown has rows only for the values that occur.

A rolling indicator (12 or 36 months) also gets its month alone: the breakdown
``MONTH_ALONE`` (value "all"), the same sums over the one month, with a row for every council
and month like the total. It is not a part of the total (it does not add up to it), so
disclosure control treats it as a figure of its own; the SPC charts it, because consecutive
rolling figures share all but one month and XmR rules on them would flag runs whatever
happens. One aggregation for the whole
catalogue keeps the engine busy with data, not with many small queries.
"""

from __future__ import annotations

from collections.abc import Sequence

import ibis
import ibis.expr.types as ir
import pandas as pd

from csc_scorecard.indicators.breakdowns import with_person_breakdowns
from csc_scorecard.indicators.context import Context
from csc_scorecard.indicators.definition import PERIOD_MONTHS, Indicator

ALL = "all"
MONTH_ALONE = "month_alone"
"""Breakdown of a rolling indicator holding its figure for the month alone (value "all")."""
FIGURE_COLUMNS = (
    "la_code", "indicator_id", "month", "breakdown", "breakdown_value",
    "numerator", "denominator", "value",
)  # fmt: skip
LONG_SCHEMA = ibis.schema({
    "la_code": "string", "indicator_id": "string", "month_index": "int64",
    "breakdown": "string", "breakdown_value": "string",
    "numerator": "float64", "denominator": "float64",
})  # fmt: skip
"""The staging table every indicator's units are written to, long."""


def staged_names(indicators: Sequence[Indicator]) -> tuple[str, ...]:
    """The breakdowns staged for indicators whose units are the same (one, usually).

    The total, every breakdown any of them has, and the month alone where one is rolling:
    CIN1 and CIN2 count the same children, so one pass stages CIN1's breakdowns and CIN2
    takes the total from it (``share``).
    """
    names = [ALL]
    for item in indicators:
        names += [name for name in item.breakdowns if name not in names]
    if any(PERIOD_MONTHS[item.period] > 1 for item in indicators):
        names.append(MONTH_ALONE)
    return tuple(names)


def share(staged: ir.Table, indicator: Indicator) -> ir.Table:
    """``indicator``'s rows of monthly sums staged for several indicators with its units."""
    mine = staged.filter(staged.breakdown.isin(staged_names([indicator])))
    return mine.mutate(indicator_id=ibis.literal(indicator.id)).select(*LONG_SCHEMA)


def long_units(ctx: Context, indicator_id: str, names: tuple[str, ...], units: ir.Table
               ) -> ir.Table:  # fmt: skip
    """Monthly sums per breakdown value in ``names`` (the total included), for staging.

    Summed before staging, so a national store stages thousands of rows per indicator, not a
    copy of every unit for every breakdown.

    Each unit counts once per breakdown: where the engine has arrays, one pass UNNESTs the
    breakdowns' positions in ``names``; elsewhere (SQL Server's text) a UNION reads the units
    once per breakdown, so they are stored as a temporary table first, not computed again for
    every part. The spread rows (a national CIN1 has some 200 million) carry only what the
    sums are grouped by: the council, the month, the breakdown's position (a number: cheaper
    to compare and to hash than its name) and the value. The indicator, the month's index
    and the breakdown's name are added to the few sums afterwards.
    """
    breakdowns = tuple(name for name in names if name not in (ALL, MONTH_ALONE))
    enriched = with_person_breakdowns(
        units, ctx.table("person"), ctx.table("disability"), breakdowns
    )
    if len(names) == 1:
        long = _united(enriched, names)
    elif ctx.arrays:
        long = _unnested(enriched, names)
    else:
        long = _united(ctx.scratch("units", enriched), names)
    sums = long.group_by("la_code", "month", "_part", "breakdown_value").aggregate(
        numerator=long.numerator.sum(), denominator=long.denominator.sum()
    )
    named = [(sums._part == part, ibis.literal(name)) for part, name in enumerate(names)]
    return sums.select(
        "la_code",
        indicator_id=ibis.literal(indicator_id),
        month_index=sums.month.year() * 12 + sums.month.month() - 1,
        breakdown=ibis.cases(*named) if len(names) > 1 else ibis.literal(names[0]),
        breakdown_value=sums.breakdown_value,
        numerator=sums.numerator,
        denominator=sums.denominator,
    )


def _keyed(units: ir.Table, part: ir.IntegerValue, value: ir.StringValue) -> ir.Table:
    """What a unit's spread row is summed by and sums: breakdown ``part`` of ``names``."""
    return units.select("la_code", "month", "numerator", "denominator", _part=part,
                        breakdown_value=value)  # fmt: skip


def _value_of(units: ir.Table, name: str) -> ir.StringValue:
    """A unit's value in breakdown ``name`` ("all" in the total and the month alone)."""
    if name in (ALL, MONTH_ALONE):
        return ibis.literal(ALL)
    return units[name].cast("string").fill_null("unknown")


def _unnested(units: ir.Table, names: tuple[str, ...]) -> ir.Table:
    """Each unit once per breakdown in ``names``, in one pass: UNNEST of their positions.

    The value is picked by a CASE on the position; the engine reads the units once, where a
    UNION reads them once per breakdown (CIN1 has eight).
    """
    spread = units.mutate(_part=ibis.array(list(range(len(names)))).unnest())
    branches = [(spread._part == part, _value_of(spread, name))
                for part, name in enumerate(names) if name not in (ALL, MONTH_ALONE)]  # fmt: skip
    value = ibis.cases(*branches, else_=ibis.literal(ALL)) if branches else ibis.literal(ALL)
    return _keyed(spread, spread._part, value)


def _united(units: ir.Table, names: tuple[str, ...]) -> ir.Table:
    """Each unit once per breakdown in ``names``: the portable UNION ALL (SQL Server)."""
    parts = [_keyed(units, ibis.literal(part), _value_of(units, name))
             for part, name in enumerate(names)]  # fmt: skip
    return ibis.union(*parts, distinct=False) if len(parts) > 1 else parts[0]


def window_offsets() -> pd.DataFrame:
    """Every number of months after its own that a month's sums can count towards.

    0 to the longest window's extra months (see ``_window_sums``).
    """
    return pd.DataFrame({"_offset": range(max(PERIOD_MONTHS.values()))})


def indicator_settings(indicators: Sequence[Indicator]) -> pd.DataFrame:
    """Per indicator, what the aggregation needs: window length and unit."""
    return pd.DataFrame(
        {
            "indicator_id": [i.id for i in indicators],
            "months_back": [PERIOD_MONTHS[i.period] - 1 for i in indicators],
            "unit": [i.unit for i in indicators],
        }
    )


def _window_sums(ctx: Context, long: ir.Table, settings: ir.Table, councils: ir.Table
                 ) -> ir.Table:  # fmt: skip
    """Numerator and denominator per indicator, council, spine month and breakdown value.

    A month's sums count towards the month itself and the ``months_back`` months after it
    (none after it for the month alone). Each row of monthly sums is copied once per month it
    counts towards (a small table of offsets) and joined to the spine on equal month indexes:
    a range join on the month index would pair every row with every later month of its
    council and indicator and keep the few in the window (233 million pairs for 10 million
    kept, nationally).
    """
    monthly = long.group_by(
        "la_code", "indicator_id", "month_index", "breakdown", "breakdown_value"
    ).aggregate(_num=ibis._.numerator.sum(), _den=ibis._.denominator.sum())
    frame = councils.cross_join(ctx.spine).cross_join(settings)
    offsets = ctx.config_table("offsets", window_offsets())
    reach = monthly.join(settings.select("indicator_id", "months_back"), "indicator_id")
    reach = reach.cross_join(offsets)
    reach = reach.filter(
        reach._offset <= (reach.breakdown == MONTH_ALONE).ifelse(0, reach.months_back)
    )
    reach = reach.select(
        "la_code", "indicator_id", "breakdown", "breakdown_value", "_num", "_den",
        _until_index=reach.month_index + reach._offset,
    )  # fmt: skip
    joined = frame.join(
        reach,
        [reach.la_code == frame.la_code, reach.indicator_id == frame.indicator_id,
         reach._until_index == frame.month_index],
    )  # fmt: skip
    keys = ["la_code", "indicator_id", "month", "breakdown", "breakdown_value"]
    sums = joined.group_by(*keys, "unit").aggregate(
        numerator=joined._num.sum(), denominator=joined._den.sum()
    )
    empty = [
        (frame if name == ALL else frame.filter(frame.months_back > 0))
        .anti_join(sums.filter(sums.breakdown == name), ["la_code", "indicator_id", "month"])
        .select(*keys[:3], "unit", breakdown=ibis.literal(name),
                breakdown_value=ibis.literal(ALL),
                numerator=ibis.literal(0.0), denominator=ibis.literal(0.0))
        for name in (ALL, MONTH_ALONE)
    ]  # fmt: skip
    return sums.union(*(e.select(*sums.columns).cast(sums.schema()) for e in empty))


def figures(ctx: Context, long: ir.Table, settings: ir.Table, councils: ir.Table,
            population: ir.Table) -> ir.Table:  # fmt: skip
    """Every staged indicator's figures: one row per council, month and breakdown value."""
    sums = _window_sums(ctx, long, settings, councils)
    joined = sums.left_join(population, ["la_code", "month"])
    num, den = joined.numerator, joined.denominator
    pop = joined.population.cast("float64")
    ratio = (den > 0).ifelse(num / den, ibis.null("float64"))
    rate = (pop > 0).ifelse(num * 10_000 / pop, ibis.null("float64"))
    return joined.select(
        "la_code", "indicator_id", "month", "breakdown", "breakdown_value", "numerator",
        denominator=ibis.cases((joined.unit == "count", ibis.null("float64")),
                               (joined.unit == "rate", pop), else_=den),
        value=ibis.cases((joined.unit == "count", num), (joined.unit == "rate", rate),
                         (joined.unit == "percent", ratio * 100), else_=ratio),
    )  # fmt: skip
