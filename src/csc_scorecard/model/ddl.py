"""Turn the canonical table definitions into ibis schemas (and so into any engine's DDL)."""

from __future__ import annotations

import ibis
import ibis.expr.datatypes as dt
import ibis.expr.schema as sch

from csc_scorecard.model.tables import DataType, Table

_IBIS_TYPES: dict[DataType, dt.DataType] = {
    "string": dt.string,
    "date": dt.date,
    "int": dt.int64,
    "float": dt.float64,
    "bool": dt.boolean,
    "timestamp": dt.timestamp,
}


def ibis_schema(table: Table) -> sch.Schema:
    """The ibis schema of a canonical table, with nullability from the definition."""
    return ibis.schema(
        {c.name: _IBIS_TYPES[c.dtype].copy(nullable=c.nullable) for c in table.all_columns}
    )


def create_table_sql(table: Table, dialect: str = "duckdb") -> str:
    """``CREATE TABLE`` statement for a canonical table in an engine's SQL dialect.

    Used for the data dictionary and by councils who want the tables in their own warehouse;
    the store itself creates tables through ibis.
    """
    import sqlglot as sg
    import sqlglot.expressions as sge

    schema = ibis_schema(table)
    type_mapper = ibis.backends.sql.datatypes.DuckDBType
    columns = [
        sge.ColumnDef(
            this=sg.to_identifier(name, quoted=False),
            kind=type_mapper.from_ibis(dtype),
            constraints=None
            if dtype.nullable
            else [sge.ColumnConstraint(kind=sge.NotNullColumnConstraint())],
        )
        for name, dtype in schema.items()
    ]
    create = sge.Create(
        kind="TABLE",
        this=sge.Schema(this=sg.to_identifier(table.name, quoted=False), expressions=columns),
    )
    return create.sql(dialect=dialect, pretty=True)
