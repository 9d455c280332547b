"""The synthetic national store the benchmarks share: one council, copied 250 times.

The default synthetic council (50,000 children, six years) is loaded once; a national store
holds ``copies`` copies of its records spread over ``councils`` la_codes (one to three copies
each, ids suffixed), built inside DuckDB, with each council's population multiplied by its
copies so rates stay those of the default council.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

COUNCILS = 150
COPIES = 250
"""Copies of the default council spread over the 150 councils (1 to 3 each): about 400,000
children in need and 80,000 looked after at a month end."""
PERIOD_END = date(2026, 10, 31)


def build_council(folder: Path) -> Path:
    """Synthesise the default council and load it (SSD, population, series) into a store."""
    from csc_scorecard.indicators.catalogue import series_ids
    from csc_scorecard.ingest.folder import load_council_folder
    from csc_scorecard.store import Store
    from csc_scorecard.synth.generate import SynthOptions, synthesise

    (council,) = synthesise(folder / "synthetic", SynthOptions(seed=1, period_end=PERIOD_END))
    path = folder / "council.duckdb"
    store = Store(str(path))
    load_council_folder(store, council, "318", series_ids())
    store.con.disconnect()
    return path


def council_of(copy: int, councils: int = COUNCILS) -> str:
    """The council a copy belongs to: copies wrap round the councils."""
    return str(100 + copy % councils)


def build_national(council: Path, path: Path, copies: int = COPIES, councils: int = COUNCILS
                   ) -> None:  # fmt: skip
    """Copy the council's records ``copies`` times into a new store, over ``councils`` codes."""
    from csc_scorecard.model import DATA_TABLES
    from csc_scorecard.store import Store

    store = Store(str(path))
    con = store.con
    con.raw_sql(f"ATTACH '{council}' AS base (READ_ONLY)")
    con.raw_sql(
        "CREATE TEMP TABLE copies AS SELECT range AS copy,"
        f" CAST(100 + range % {councils} AS VARCHAR) AS council FROM range({copies})"
    )
    for table in DATA_TABLES:
        ids = [c.name for c in table.columns if c.name.endswith("_id") and c.dtype == "string"]
        replaced = ["copies.council AS la_code"] + [
            f"{c} || '~' || CAST(copies.copy AS VARCHAR) AS {c}" for c in ids
        ]
        if table.name == "aggregate_value" or table.name == "population":
            source = "(SELECT DISTINCT council FROM copies) AS copies"
            replaced = ["copies.council AS la_code"]
        else:
            source = "copies"
        columns = ", ".join(table.column_names)
        con.raw_sql(
            f"INSERT INTO {table.name} ({columns}) SELECT {columns} FROM (SELECT base_t.*"
            f" REPLACE ({', '.join(replaced)}) FROM base.main.{table.name} AS base_t"
            f" CROSS JOIN {source})"
        )
    con.raw_sql(
        "UPDATE population SET population_0_17 = population_0_17 * n FROM (SELECT council,"
        " count(*) AS n FROM copies GROUP BY council) AS c WHERE population.la_code = c.council"
    )
    con.raw_sql("DETACH base")
    con.disconnect()


def export_to_spark(store_path: Path, warehouse: Path) -> str:
    """Write a DuckDB store's canonical tables as the parquet folders a Spark store reads.

    ``--store pyspark://<warehouse>`` keeps each table at ``<warehouse>/<table>``; DuckDB
    writes them directly, which is far quicker than loading 250 councils through Spark.
    """
    import duckdb

    from csc_scorecard.model import TABLES

    con = duckdb.connect(str(store_path), read_only=True)
    for name in TABLES:
        folder = warehouse / name
        folder.mkdir(parents=True, exist_ok=True)
        con.execute(f"COPY {name} TO '{folder / 'part-0.parquet'}' (FORMAT parquet)")
    con.close()
    return f"pyspark://{warehouse}"
