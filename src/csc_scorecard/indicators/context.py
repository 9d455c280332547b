"""What an indicator builder works with: the council's tables, the month spine, the calendar.

Builders ask the context for tables and for the few shapes every indicator is made of: units
in the month of a date, units open at each month end (a range join against the spine), and
working days between two dates (two joins against the calendar). Everything stays an ibis
expression, so the same builder runs on DuckDB, PostgreSQL or Spark.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import ibis
import ibis.expr.types as ir
import pandas as pd

from csc_scorecard.calendar import month_index, month_of
from csc_scorecard.indicators.spine import FAR_FUTURE, months, working_day_calendar
from csc_scorecard.store import Store


@dataclass
class Context:
    """One computation: which councils, which months, and the store they come from."""

    store: Store
    first_month: date
    last_month: date
    la_codes: tuple[str, ...] = ()
    arrays: bool = True
    """The engine has arrays and UNNEST (DuckDB, PostgreSQL and Spark do; SQL Server has not),
    so one row can become several in one pass over a table instead of a UNION of passes."""
    _memo: dict[str, ir.Table] = field(default_factory=dict)
    _temporary: list[str] = field(default_factory=list)

    def table(self, name: str) -> ir.Table:
        """A canonical table, limited to the councils being computed."""
        table = self.store.table(name)
        if self.la_codes:
            table = table.filter(table.la_code.isin(self.la_codes))
        return table

    def materialise(self, name: str, build: Callable[[], ir.Table]) -> ir.Table:
        """A shared intermediate (the looked-after snapshot, say), computed once per run.

        Several indicators start from the same expensive relation; the engine stores it as a
        temporary table the first time it is asked for, and every later builder reads that.
        """
        if name not in self._memo:
            self._memo[name] = self.temporary(name, build())
        return self._memo[name]

    def temporary(self, name: str, expr: ir.Table) -> ir.Table:
        """A temporary table made from ``expr`` for this run, dropped at its end."""
        table_name = f"_scorecard_{name}"
        self._temporary.append(table_name)
        return self.store.temporary(table_name, expr)

    def scratch(self, name: str, expr: ir.Table) -> ir.Table:
        """``expr`` stored as temporary table ``_scorecard_<name>``, replaced at each call.

        The caller drops it; a query-only context (``sql``) returns ``expr`` itself.
        """
        return self.store.temporary(f"_scorecard_{name}", expr)

    def empty_temporary(self, name: str, schema: ibis.Schema) -> ir.Table:
        """An empty temporary table to collect rows into during this run."""
        table_name = f"_scorecard_{name}"
        self._temporary.append(table_name)
        return self.store.empty_temporary(table_name, schema)

    def drop_temporary(self) -> None:
        """Drop the temporary tables this computation made."""
        for name in self._temporary:
            self.store.con.drop_table(name, force=True)
        self._temporary.clear()
        self._memo.clear()

    def config_table(self, name: str, frame: pd.DataFrame,
                     schema: ibis.Schema | None = None) -> ir.Table:  # fmt: skip
        """A small configuration table (months, calendar, population), sent once per run.

        ``schema`` types the columns where the frame cannot (an empty frame, say).
        """
        if name not in self._memo:
            table_name = f"_scorecard_{name}"
            rows = frame if schema is None else ibis.memtable(frame, schema=schema)
            self._memo[name] = self.store.frame_table(table_name, rows)
            self._temporary.append(table_name)
        return self._memo[name]

    @property
    def spine(self) -> ir.Table:
        """The months computed: month (first day), month_end, month_index."""
        return self.config_table("spine", months(self.first_month, self.last_month))

    @property
    def calendar(self) -> ir.Table:
        """Every day with its working-day index (see ``spine.working_day_calendar``)."""
        return self.config_table("calendar", working_day_calendar())

    def earliest_month(self, months_back: int) -> date:
        """First month of data a window of ``months_back`` extra months needs."""
        return month_of(month_index(self.first_month) - months_back)

    def in_month(self, table: ir.Table, day: str) -> ir.Table:
        """``table`` with ``month`` = the month of column ``day``.

        Rows outside the computed months (and the 35 months before them, which rolling windows
        need) are dropped.
        """
        dated = table.filter(table[day].notnull())
        dated = dated.mutate(month=dated[day].truncate("M").cast("date"))
        return dated.filter(dated.month.between(self.earliest_month(35), self.last_month))

    def open_at_month_end(self, table: ir.Table, start: str, end: str) -> ir.Table:
        """One row per row of ``table`` and month end at which it is open.

        Open at 23:59 on the last day of the month: started on or before that day and not
        ended by it (an episode ending on the month end is closed at 23:59). A range join
        against the spine, executed by the engine.
        """
        dated = table.filter(table[start].notnull()).mutate(
            _until=table[end].fill_null(ibis.date(FAR_FUTURE))
        )
        spine = self.spine
        joined = dated.join(
            spine, [dated[start] <= spine.month_end, dated._until > spine.month_end]
        )
        return joined.drop("_until")

    def one_per_child_at_month_end(self, table: ir.Table, start: str, end: str) -> ir.Table:
        """Each child once at each month end when a record of ``table`` is open then.

        Where a child has overlapping records, the one with the latest start counts (as
        ``one_per_child``). Only those children's rows go through the window function: a
        child whose records never overlap (nearly all: the loaders reject overlapping
        episodes) has at most one open record at any month end already, and a national store
        has tens of millions of child-months.

        Whether a child's records overlap takes sorting them (window functions), so only the
        records of children with more than one are sorted: a child with one record cannot
        overlap, and most children have one (a national CIN table: 4.5 million episodes).
        """
        dated = table.filter(table[start].notnull())
        child = ["la_code", "child_id"]
        several = dated.group_by(child).aggregate(_records=ibis._.count())
        several = several.filter(several._records > 1).select(*child)
        alone = dated.anti_join(several, child)
        dated = dated.semi_join(several, child)
        order = ibis.window(group_by=child, order_by=[start], preceding=None, following=0)
        until = dated[end].fill_null(ibis.date(FAR_FUTURE))
        dated = dated.mutate(_reach=until.max().over(order))
        in_order = ibis.window(group_by=child, order_by=[start])
        dated = dated.mutate(_earlier_reach=dated._reach.lag().over(in_order))
        dated = dated.mutate(
            _overlaps=(dated._earlier_reach > dated[start]).fill_null(False).any().over(
                group_by=child)
        )  # fmt: skip
        columns = [c for c in dated.columns if not c.startswith("_")]
        plain = alone.union(dated.filter(~dated._overlaps).select(*columns))
        tangled = dated.filter(dated._overlaps).select(*columns)
        return self.open_at_month_end(plain, start, end).union(
            one_per_child(self.open_at_month_end(tangled, start, end), start)
        )

    def with_date_of_birth(self, table: ir.Table) -> ir.Table:
        """``table`` (with la_code and child_id) with the child's ``date_of_birth``, for ages."""
        person = self.table("person").select("la_code", "child_id", "date_of_birth")
        joined = table.left_join(person, ["la_code", "child_id"])
        return joined.drop("la_code_right", "child_id_right")

    def with_working_day(self, table: ir.Table, day: str, name: str) -> ir.Table:
        """``table`` with column ``name``: the working-day index of column ``day``."""
        calendar = self.calendar.rename(**{name: "wd_index", f"_{name}_day": "day"})
        joined = table.left_join(calendar, table[day] == calendar[f"_{name}_day"])
        return joined.drop(f"_{name}_day")

    def with_working_days(self, table: ir.Table, start: str, end: str, name: str) -> ir.Table:
        """``table`` with column ``name``: working days in (start, end] (start not counted)."""
        indexed = self.with_working_day(self.with_working_day(table, start, "_wd_start"),
                                        end, "_wd_end")  # fmt: skip
        return indexed.mutate(**{name: indexed._wd_end - indexed._wd_start}).drop(
            "_wd_start", "_wd_end"
        )

    def units(
        self,
        table: ir.Table,
        *,
        child_id: ir.Value,
        record_id: ir.Value,
        ref_date: ir.Value,
        numerator: ir.Value,
        denominator: ir.Value | None = None,
        **breakdowns: ir.Value,
    ) -> ir.Table:
        """The units table of an indicator in the engine's one shape (see ``definition``)."""
        one = ibis.literal(1.0)
        return table.select(
            la_code=table.la_code,
            month=table.month.cast("date"),
            child_id=child_id.cast("string"),
            record_id=record_id.cast("string"),
            ref_date=ref_date.cast("date"),
            numerator=numerator.cast("float64"),
            denominator=(one if denominator is None else denominator).cast("float64"),
            **{name: value.cast("string") for name, value in breakdowns.items()},
        )


def one_per_child(table: ir.Table, latest: str) -> ir.Table:
    """One row per council, child and month: the one with the latest ``latest``.

    Snapshots count children, not records: a child with two open records at a month end (an
    overlap the loaders let through, or a second plan started before the first was closed)
    counts once, with the most recent record's details.
    """
    rank = ibis.row_number().over(
        group_by=[table.la_code, table.child_id, table.month],
        order_by=[ibis.desc(table[latest])],
    )
    return table.mutate(_rank=rank).filter(ibis._._rank == 0).drop("_rank")
