"""``scorecard sql``: one indicator as a single SQL query for a council's own warehouse.

The query is the one the engine runs, without the engine's staging: the indicator's units
(with its person breakdowns), their sums by council, month and breakdown value over the
indicator's window, and its value. It reads the canonical tables under their own names
(``docs/data-dictionary.md``) and four small input tables the warehouse provides:

- ``scorecard_month_spine(month date, month_end date, month_index bigint)``: one row per month
  to compute (``month`` its first day, ``month_index`` = year x 12 + month - 1);
- ``scorecard_calendar(day date, wd_index bigint)``: every day with the count of working days
  (England and Wales bank holidays excluded) from the calendar's start to it;
- ``scorecard_population(la_code, month date, population bigint)``: the 0-17 population each
  council's rates per 10,000 use, per month;
- ``scorecard_councils(la_code)``: the councils to report on.

ibis compiles the expression for each engine (sqlglot underneath), so the same definition is
the SQL Server, PostgreSQL, DuckDB or Spark text.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import ibis
import ibis.backends.sql.compilers as compilers
import ibis.expr.operations as ops
import ibis.expr.types as ir
import pandas as pd
import sqlglot as sg
import sqlglot.expressions as sge

from csc_scorecard.indicators.aggregate import (
    figures,
    indicator_settings,
    long_units,
    staged_names,
)
from csc_scorecard.indicators.context import Context
from csc_scorecard.indicators.definition import Indicator
from csc_scorecard.indicators.spine import months, working_day_calendar
from csc_scorecard.model import TABLES
from csc_scorecard.model.ddl import ibis_schema
from csc_scorecard.store import Store

DIALECTS = {"mssql": "mssql", "postgres": "postgres", "duckdb": "duckdb", "spark": "pyspark"}
"""``--dialect`` names and the ibis backend whose compiler writes that SQL."""

NO_ARRAYS = frozenset({"mssql"})
"""Dialects without arrays and UNNEST: their text spreads breakdowns with a UNION ALL."""

INPUTS: dict[str, tuple[str, ibis.Schema]] = {
    "spine": ("scorecard_month_spine", ibis.schema(
        {"month": "date", "month_end": "date", "month_index": "int64"})),
    "calendar": ("scorecard_calendar", ibis.schema({"day": "date", "wd_index": "int64"})),
    "population": ("scorecard_population", ibis.schema(
        {"la_code": "string", "month": "date", "population": "int64"})),
    "councils": ("scorecard_councils", ibis.schema({"la_code": "string"})),
}  # fmt: skip
"""The small tables the query reads besides the canonical ones (see the module doc)."""


@dataclass
class QueryContext(Context):
    """A context whose tables are names, not data: builders make one query, nothing runs.

    Shared intermediates are inlined (a warehouse's optimiser sees one query), configuration
    tables are the named inputs, and settings particular to the indicator are literal rows.
    """

    def table(self, name: str) -> ir.Table:
        """The canonical table ``name``, unbound (any engine's SQL can be written from it)."""
        return ibis.table(ibis_schema(TABLES[name]), name=name)

    def materialise(self, name: str, build: Callable[[], ir.Table]) -> ir.Table:
        """The intermediate's expression itself, inlined into the query (built once)."""
        if name not in self._memo:
            self._memo[name] = build()
        return self._memo[name]

    def scratch(self, name: str, expr: ir.Table) -> ir.Table:
        """The expression itself, inlined into the query."""
        return expr

    def config_table(self, name: str, frame: pd.DataFrame,
                     schema: ibis.Schema | None = None) -> ir.Table:  # fmt: skip
        """A named input table (spine, calendar, population, councils), else literal rows."""
        if name in INPUTS:
            table_name, input_schema = INPUTS[name]
            return ibis.table(input_schema, name=table_name)
        return ibis.memtable(frame, schema=schema)


def indicator_query(item: Indicator, store: Store, first_month: date, last_month: date,
                    arrays: bool = True) -> ir.Table:  # fmt: skip
    """The figures of ``item`` as one expression over the canonical and input tables.

    ``store`` is only a placeholder for the context (no table of it is read). The months bound
    the records read (a rolling window's earlier months included); the spine table must hold
    the same months. ``arrays``: the warehouse has arrays and UNNEST (see ``Context``).
    """
    if item.build is None:
        raise ValueError(f"{item.id} is a series entered from another system: no SQL computes it")
    ctx = QueryContext(store, first_month, last_month, arrays=arrays)
    long = long_units(ctx, item.id, staged_names([item]), item.build(ctx, item.settings(None)))
    settings = ctx.config_table("settings", indicator_settings([item]))
    councils = ctx.config_table("councils", pd.DataFrame())
    population = ctx.config_table("population", pd.DataFrame())
    return figures(ctx, long, settings, councils, population)


def indicator_sql(item: Indicator, dialect: str, first_month: date, last_month: date,
                  arrays: bool | None = None) -> str:  # fmt: skip
    """The SQL of ``item`` in ``dialect`` (mssql, postgres, duckdb or spark) for the months.

    ``arrays`` overrides whether the text spreads breakdowns with UNNEST (every dialect but
    SQL Server's) or the portable UNION ALL: a warehouse of that dialect without arrays, or a
    test running SQL Server's form on an engine at hand.
    """
    if dialect not in DIALECTS:
        raise ValueError(f"unknown dialect {dialect!r}: choose one of {', '.join(DIALECTS)}")
    arrays = dialect not in NO_ARRAYS if arrays is None else arrays
    query = indicator_query(item, _placeholder_store(), first_month, last_month, arrays).unbind()
    backend = DIALECTS[dialect]
    # A backend registers its compiler's options (PySpark's NaN handling) when imported; one
    # whose driver is not installed (SQL Server's pyodbc) needs none.
    with contextlib.suppress(ImportError):
        getattr(ibis, backend)
    compiler = getattr(compilers, backend).compiler
    # The tree is this call's own, so it is transformed in place rather than copied at each
    # step (the copies took about a third of the time). Printing keeps its copy: PostgreSQL's
    # generator marks the tree as it goes, and its text differs without one.
    tree = compiler.to_sqlglot(query)
    for rows in query.op().find(ops.InMemoryTable):
        tree = _inline(tree, rows)
    tree = tree.transform(_columns_dropped_in_order, copy=False)
    return str(tree.sql(dialect=compiler.dialect, pretty=True))


@functools.cache
def _placeholder_store() -> Store:
    """An empty in-memory store for the query context, made once per process.

    No table of it is read, but making one creates every canonical table: half the time of
    writing an indicator's SQL when a store was made for each.
    """
    return Store(":memory:")


def _inline(tree: sge.Expression, rows: ops.InMemoryTable) -> sge.Expression:
    """Put a literal table's rows into the query as ``(VALUES ...) AS alias(columns)``.

    Compilers refer to a literal table by a generated name that a backend registers; a query
    printed for another warehouse must carry its rows instead.
    """
    frame = rows.data.to_frame()
    values = sge.Values(
        expressions=[sge.Tuple(expressions=[sge.convert(v) for v in row])
                     for row in frame.to_dict("split")["data"]],  # Python values, not NumPy
    )  # fmt: skip

    def replace(node: sge.Expression) -> sge.Expression:
        if isinstance(node, sge.Table) and node.name == rows.name:
            alias = sge.TableAlias(
                this=sg.to_identifier(node.alias_or_name),
                columns=[sg.to_identifier(c) for c in frame.columns],
            )
            inlined = values.copy()
            inlined.set("alias", alias)
            return inlined
        return node

    return tree.transform(replace, copy=False)


def _columns_dropped_in_order(node: sge.Expression) -> sge.Expression:
    """``SELECT * EXCLUDE (...)`` with the dropped columns by name.

    DuckDB's compiler lists them from a set, in an order that changes from one process to
    the next; the same indicator must print the same text (its committed snapshot, a
    warehouse's diff of its SQL).
    """
    if isinstance(node, sge.Star) and node.args.get("except_"):
        node = node.copy()
        node.set("except_", sorted(node.args["except_"], key=lambda column: column.name))
    return node


def calendar_inputs(first_month: date, last_month: date) -> dict[str, pd.DataFrame]:
    """The month spine and working-day calendar input tables, by table name.

    A warehouse loads these two as they are (``scorecard sql --inputs`` writes them as CSV);
    population and councils are its own.
    """
    return {
        INPUTS["spine"][0]: months(first_month, last_month),
        INPUTS["calendar"][0]: working_day_calendar(),
    }
