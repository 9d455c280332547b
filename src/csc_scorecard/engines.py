"""The few SQL statements that differ between engines, behind one small interface.

The indicators are ibis expressions and run anywhere ibis does; what the store adds in raw SQL
(transactions, deletes, temporary and staging tables) is not portable. DuckDB and PostgreSQL
share one dialect. Spark has no transactions, no ``DELETE`` on plain parquet tables and no
temporary tables, so there:

- a transaction is a no-op (a load that fails part way on Spark can leave part of its rows:
  re-run it; the store's "same bytes twice = no-op" check makes that safe);
- a delete rewrites the table without the deleted rows (through a staging table, because
  Spark cannot overwrite a table it is reading);
- temporary tables are parquet tables in the warehouse, dropped after use, and a small
  configuration frame is a temporary view.

Targets: a path or ``duckdb://path`` (DuckDB), ``postgres://user:pass@host:port/db``
(PostgreSQL), ``pyspark`` or ``pyspark://warehouse-folder`` (a Spark session: the one
``spark-submit`` started, else a local one, or one on the master named by
``SCORECARD_SPARK_MASTER``; canonical tables are parquet folders in the warehouse, so a later
session finds them again).
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import ibis
import ibis.expr.types as ir

SPARK_MASTER_VARIABLE = "SCORECARD_SPARK_MASTER"
SPARK_WAREHOUSE = "spark-warehouse"
"""Warehouse folder of ``--store pyspark`` (relative to the working directory)."""


class SqlEngine:
    """DuckDB and PostgreSQL: transactions, DELETE and temporary tables as standard SQL."""

    def __init__(self, con: Any) -> None:
        self.con = con

    def column_list(self, schema: ibis.Schema) -> str:
        """``name type, ...`` in the engine's own SQL (no constraints)."""
        mapper = self.con.compiler.type_mapper
        return ", ".join(
            f"{column} {mapper.from_ibis(dtype).sql(self.con.dialect)}"
            for column, dtype in schema.items()
        )

    def create_table(self, name: str, schema: ibis.Schema) -> None:
        """A canonical table, created empty (with the model's NOT NULL constraints)."""
        self.con.create_table(name, schema=schema)

    def existing_tables(self) -> set[str]:
        """Names of the tables already in the store."""
        return set(self.con.list_tables())

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing: a statement that fails rolls back everything since BEGIN."""
        self.con.raw_sql("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.raw_sql("ROLLBACK")
            raise
        self.con.raw_sql("COMMIT")

    def delete(self, name: str, where: str) -> None:
        """Remove the rows of ``name`` for which the SQL condition ``where`` holds."""
        self.con.raw_sql(f"DELETE FROM {name} WHERE {where}")

    def temporary(self, name: str, sql: str) -> None:
        """Replace temporary table ``name`` with the rows of query ``sql``.

        ``CREATE ... AS`` keeps every column nullable (ibis would infer NOT NULL for some
        derived columns that can be empty).
        """
        self.con.raw_sql(f"DROP TABLE IF EXISTS {name}")
        self.con.raw_sql(f"CREATE TEMPORARY TABLE {name} AS {sql}")

    def empty_temporary(self, name: str, schema: ibis.Schema) -> None:
        """Replace temporary table ``name`` with an empty one that rows can be inserted into."""
        self.con.raw_sql(f"DROP TABLE IF EXISTS {name}")
        self.con.raw_sql(f"CREATE TEMPORARY TABLE {name} ({self.column_list(schema)})")

    def frame_table(self, name: str, rows: ir.Table) -> ir.Table:
        """A small in-memory table (configuration, incoming rows) under ``name``."""
        return self.con.create_table(name, rows, temp=True, overwrite=True)


class SparkEngine(SqlEngine):
    """Spark SQL: parquet tables in a warehouse folder, no transactions, deletes by rewrite."""

    def __init__(self, con: Any, warehouse: str) -> None:
        super().__init__(con)
        self.warehouse = warehouse

    def create_table(self, name: str, schema: ibis.Schema) -> None:
        """A parquet table at ``warehouse/name``: a new session finds its rows there again.

        The name is registered afresh (dropping an external table keeps its files), so a
        session that opened another warehouse before reads this one's.
        """
        self.con.raw_sql(f"DROP TABLE IF EXISTS {name}")
        self.con.raw_sql(
            f"CREATE TABLE {name} ({self.column_list(schema)}) USING parquet"
            f" LOCATION '{self.warehouse}/{name}'"
        )

    def existing_tables(self) -> set[str]:
        """None: every canonical table is registered at this warehouse's location."""
        return set()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Spark has no transactions: the statements run one by one."""
        yield

    def delete(self, name: str, where: str) -> None:
        """Rewrite ``name`` without the rows matching ``where`` (whose columns are never null).

        The kept rows go to a staging table first: Spark refuses to overwrite a table in the
        same statement that reads it.
        """
        staging = f"_scorecard_keep_{name}"
        self.temporary(staging, f"SELECT * FROM {name} WHERE NOT ({where})")
        self.con.raw_sql(f"INSERT OVERWRITE TABLE {name} SELECT * FROM {staging}")
        self.con.raw_sql(f"DROP TABLE IF EXISTS {staging}")

    def _clear(self, name: str) -> None:
        """Drop ``name``, and a folder a crashed run left behind under its managed location."""
        self.con.raw_sql(f"DROP TABLE IF EXISTS {name}")
        if "://" not in self.warehouse:
            shutil.rmtree(Path(self.warehouse) / name, ignore_errors=True)

    def temporary(self, name: str, sql: str) -> None:
        """A parquet table in the warehouse (a view would be recomputed at every use)."""
        self._clear(name)
        self.con.raw_sql(f"CREATE TABLE {name} USING parquet AS {sql}")

    def empty_temporary(self, name: str, schema: ibis.Schema) -> None:
        """An empty parquet table in the warehouse (temporary views take no inserts)."""
        self._clear(name)
        self.con.raw_sql(f"CREATE TABLE {name} ({self.column_list(schema)}) USING parquet")

    def frame_table(self, name: str, rows: ir.Table) -> ir.Table:
        """A temporary view of the rows (ibis's PySpark backend has no temporary tables)."""
        return self.con.create_view(name, rows, overwrite=True)


def spark_session(warehouse: str) -> Any:
    """The active Spark session (spark-submit's), else a new one on the configured master.

    Dates are compared in UTC, so a month end is the same day on every machine; frames go to
    Spark through Arrow, and any Python worker runs this interpreter (with its packages).
    """
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    builder = (
        SparkSession.builder.appName("csc-scorecard")
        .master(os.environ.get(SPARK_MASTER_VARIABLE, "local[*]"))
        .config("spark.sql.warehouse.dir", str(Path(warehouse).absolute()))
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "8")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.pyspark.python", sys.executable)
    )
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session


def connect(target: str, read_only: bool = False) -> tuple[Any, SqlEngine]:
    """An ibis connection and its engine dialect for a store target (see the module doc).

    ``read_only`` opens a DuckDB file without its write lock, so any number of readers
    share it (temporary tables still work); other engines manage readers themselves.
    """
    if target == "pyspark" or target.startswith("pyspark://"):
        folder = target.removeprefix("pyspark").removeprefix("://") or SPARK_WAREHOUSE
        warehouse = folder if "://" in folder else str(Path(folder).absolute())
        con = ibis.pyspark.connect(spark_session(warehouse))
        return con, SparkEngine(con, warehouse)
    if "://" in target or target == "duckdb":
        con = ibis.connect(target)
    else:
        con = ibis.duckdb.connect(target, read_only=read_only)
    return con, SqlEngine(con)
