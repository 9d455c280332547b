"""Seconds and peak memory to compute the whole catalogue: one council, and a national store.

- one council: the default synthetic council (50,000 children, six years), every indicator,
  every month (72) and every breakdown;
- national: 150 councils holding about 400,000 children in need and 80,000 looked after at
  any time, built by copying the default council's records (ids suffixed, councils of one to
  three copies each) inside DuckDB, then computed the same way; and one council computed
  alone from that store.

Each scenario runs in its own process, so its peak resident memory is its own. The floor is
one scan of the episode tables against the month spine (the range join every month-end
snapshot needs); the ratio says how far the whole catalogue is from it.
Run: make bench-indicators   (or: .venv/bin/python benchmarks/bench_indicators.py)
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

COUNCILS = 150
COPIES = 250
"""Copies of the default council spread over the 150 councils (1 to 3 each): about 400,000
children in need and 80,000 looked after at a month end."""
PERIOD_END = date(2026, 10, 31)
MEMORY_LIMIT = "6GB"
"""DuckDB's own cap (its default is 80% of the machine): the national target is under 8 GB."""


def build_council(folder: Path) -> Path:
    """Synthesise the default council and load it (SSD, population, series) into a store."""
    from csc_scorecard.indicators.catalogue import series_ids
    from csc_scorecard.ingest.population import load_population
    from csc_scorecard.ingest.series import load_series
    from csc_scorecard.ingest.ssd import load_ssd
    from csc_scorecard.store import Store
    from csc_scorecard.synth.generate import SynthOptions, synthesise

    (council,) = synthesise(folder / "synthetic", SynthOptions(seed=1, period_end=PERIOD_END))
    path = folder / "council.duckdb"
    store = Store(str(path))
    load_ssd(store, council / "ssd", "318")
    load_population(store, council / "population.csv", "318")
    load_series(store, council / "series" / "series.csv", "318", series_ids())
    store.con.disconnect()
    return path


def council_of(copy: int) -> str:
    """The council a copy belongs to: copies wrap round the 150 councils."""
    return str(100 + copy % COUNCILS)


def build_national(council: Path, path: Path) -> None:
    """Copy the council's records ``COPIES`` times into a new store, one la_code per council."""
    from csc_scorecard.model import DATA_TABLES
    from csc_scorecard.store import Store

    store = Store(str(path))
    con = store.con
    con.raw_sql(f"ATTACH '{council}' AS base (READ_ONLY)")
    con.raw_sql(
        "CREATE TEMP TABLE copies AS SELECT range AS copy,"
        f" CAST(100 + range % {COUNCILS} AS VARCHAR) AS council FROM range({COPIES})"
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


def floor_seconds(path: Path) -> float:
    """One range join of the CIN and looked-after episodes against the month spine."""
    from csc_scorecard.indicators.compute import default_months
    from csc_scorecard.indicators.context import Context
    from csc_scorecard.store import Store

    store = Store(str(path))
    first, last = default_months(store)
    ctx = Context(store, first, last)
    started = time.perf_counter()
    for table, start, end in (("cin_episode", "referral_date", "closure_date"),
                              ("looked_after_episode", "start_date", "end_date")):  # fmt: skip
        ctx.open_at_month_end(ctx.table(table), start, end).count().execute()
    seconds = time.perf_counter() - started
    ctx.drop_temporary()
    return seconds


def compute_seconds(path: Path, la_codes: tuple[str, ...] = ()) -> tuple[float, int]:
    """Seconds to compute the whole catalogue over the store's last six years, and rows."""
    from csc_scorecard.indicators.compute import compute
    from csc_scorecard.store import Store

    store = Store(str(path))
    store.con.raw_sql(f"SET memory_limit = '{MEMORY_LIMIT}'")
    started = time.perf_counter()
    result = compute(store, la_codes=la_codes)
    return time.perf_counter() - started, result.rows


def run_scenario(name: str, folder: Path) -> dict[str, object]:
    """One scenario in this process: build if needed, then compute and measure."""
    council = folder / "council.duckdb"
    if name == "one":
        council = build_council(folder)
        seconds, rows = compute_seconds(council)
        floor = floor_seconds(council)
        extra: dict[str, object] = {}
    else:
        national = folder / "national.duckdb"
        build_national(council, national)
        seconds, rows = compute_seconds(national)
        floor = floor_seconds(national)
        alone, _ = compute_seconds(national, (council_of(0),))
        extra = {"one_council_from_national_seconds": round(alone, 1)}
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "scenario": name,
        "compute_seconds": round(seconds, 1),
        "figures": rows,
        "floor_seconds": round(floor, 2),
        "ratio_to_floor": round(seconds / floor, 1),
        "peak_memory_mb": round(peak_mb),
        **extra,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scenario", nargs="+", default=["one", "national"])
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(run_scenario(args.one, Path(args.folder))))
        return
    with tempfile.TemporaryDirectory() as tmp:
        if "national" in args.scenario and "one" not in args.scenario:
            build_council(Path(tmp))
        for name in args.scenario:
            output = subprocess.run(
                [sys.executable, __file__, "--one", name, "--folder", tmp],
                check=True, capture_output=True, text=True,
            ).stdout  # fmt: skip
            print(output.strip().splitlines()[-1])


if __name__ == "__main__":
    main()
