"""Whether a child's reviews are in timescale at a month end (CP plans and children in care).

Both follow one pattern: the first review is due within a limit of the start, the second
within a limit of the first, and every later one within a limit of the one before. A child's
reviews are in timescale at a month end when no review up to then was late and the next one is
not yet overdue. Limits are in months or in working days (the first CLA review: 20 working
days).

A spell that began before the data's reviews do has had reviews the data cannot show: its
start is not held (``period_start_seen`` false: a 903 return, or an extract, that begins while
the child is already looked after), or it started before the first day the loads say their
reviews cover (``coverage`` of the review table: a 903 return holds the reviews of its year
only, though the episode that started the period is there). Its first review in the data is
not its first review, so every review it holds, and the next one due, is judged against the
later limit (6 months) from the one before, the first from where the reviews begin. Judging
it against the first review's 20 working days from the start of the data would call nearly
every long-stayer's reviews late for years after the data begin.
"""

from __future__ import annotations

from typing import Literal

import ibis
import ibis.expr.types as ir

from csc_scorecard.indicators.context import Context

Limit = tuple[Literal["months", "working_days"], int]
LATER = 3
"""The number of a review judged against the later limit (the third and after)."""


def _late(ctx: Context, table: ir.Table, since: str, until: str, limit: Limit,
          name: str) -> ir.Table:  # fmt: skip
    """``table`` with boolean column ``name``: ``until`` is after ``since`` plus ``limit``."""
    unit, amount = limit
    if unit == "months":
        return table.mutate(**{name: table[until] > table[since] + ibis.interval(months=amount)})
    counted = ctx.with_working_days(table, since, until, f"_{name}_days")
    return counted.mutate(**{name: counted[f"_{name}_days"] > amount}).drop(f"_{name}_days")


def _by_sequence(ctx: Context, table: ir.Table, since: str, until: str, sequence: ir.Value,
                 limits: tuple[Limit, Limit, Limit], name: str) -> ir.Table:  # fmt: skip
    """Lateness where the limit depends on the review's number (1st, 2nd, later)."""
    for number, limit in enumerate(limits, start=1):
        table = _late(ctx, table, since, until, limit, f"_{name}{number}")
    first, second, later = (table[f"_{name}{n}"] for n in (1, 2, 3))
    seq = table[sequence] if isinstance(sequence, str) else sequence
    late = ibis.cases((seq == 1, first), (seq == 2, second), else_=later)
    return table.mutate(**{name: late}).drop(*(f"_{name}{n}" for n in (1, 2, 3)))


def reviews_on_time(ctx: Context, snapshot: ir.Table, periods: ir.Table, review_table: str,
                    key: str, limits: tuple[Limit, Limit, Limit]) -> ir.Table:  # fmt: skip
    """``snapshot`` (rows with la_code, ``key``, period_start, month_end) with ``on_time``.

    ``periods`` (la_code, ``key``, period_start, period_end, period_start_seen) are the spells
    reviews belong to; the reviews (la_code, ``key``, review_date in ``review_table``) are
    matched to the spell they fall in.
    """
    r = ctx.table(review_table).select("la_code", key, "review_date").distinct()
    p = _with_review_history(ctx, periods, review_table, key)
    placed = r.join(
        p,
        [r.la_code == p.la_code, r[key] == p[key], r.review_date >= p.period_start,
         p.period_end.isnull() | (r.review_date <= p.period_end)],
    ).select(r.la_code, r[key], p.period_start, r.review_date, p._first, p._from)  # fmt: skip
    order = ibis.window(group_by=[placed.la_code, placed[key], placed.period_start],
                        order_by=placed.review_date)  # fmt: skip
    placed = placed.mutate(
        _seq=ibis.row_number().over(order) + placed._first,
        _previous=placed.review_date.lag().over(order).fill_null(placed._from),
    )
    flagged = _by_sequence(ctx, placed, "_previous", "review_date", "_seq", limits, "_late")
    s = snapshot
    upto = s.join(
        flagged,
        [s.la_code == flagged.la_code, s[key] == flagged[key],
         s.period_start == flagged.period_start, flagged.review_date <= s.month_end],
    ).group_by(s.la_code, s[key], s.period_start, s.month_end).aggregate(
        _done=flagged.review_date.count(),
        _late_count=flagged._late.ifelse(1, 0).sum(),
        _last=flagged.review_date.max(),
    )  # fmt: skip
    merged = s.left_join(upto, ["la_code", key, "period_start", "month_end"])
    merged = merged.drop(*[c for c in merged.columns if c.endswith("_right")])
    firsts = p.select("la_code", key, "period_start", "_first", "_from").distinct()
    merged = merged.left_join(firsts, ["la_code", key, "period_start"])
    merged = merged.drop(*[c for c in merged.columns if c.endswith("_right")])
    merged = merged.mutate(
        _since=merged._last.fill_null(merged._from.fill_null(merged.period_start)),
        _next=merged._done.fill_null(0) + merged._first.fill_null(1),
    )
    due = _by_sequence(ctx, merged, "_since", "month_end", "_next", limits, "_overdue")
    return due.mutate(on_time=(due._late_count.fill_null(0) == 0) & ~due._overdue).drop(
        "_done", "_late_count", "_last", "_since", "_next", "_overdue", "_first", "_from"
    )


def _with_review_history(ctx: Context, periods: ir.Table, review_table: str, key: str
                         ) -> ir.Table:  # fmt: skip
    """``periods`` with ``_first`` (the number of the first review held) and ``_from``.

    ``_from`` is the day the spell's review history starts: its start, or for a spell that
    began before the reviews do (module docstring), the first day they cover.
    """
    covered = ctx.table("coverage").filter(ibis._.table_name == review_table)
    held = covered.group_by("la_code").aggregate(_held_from=covered.period_start.min())
    p = periods.select("la_code", key, "period_start", "period_end", "period_start_seen")
    p = p.left_join(held, "la_code")
    p = p.drop(*[c for c in p.columns if c.endswith("_right")])
    whole = p.period_start_seen & (p._held_from.isnull() | (p.period_start >= p._held_from))
    return p.mutate(
        _first=whole.ifelse(1, LATER),
        _from=whole.ifelse(
            p.period_start, ibis.greatest(p.period_start, p._held_from.fill_null(p.period_start))
        ),
    ).drop("_held_from")
