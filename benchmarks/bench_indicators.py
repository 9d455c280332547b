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
from pathlib import Path

from national_store import build_council, build_national, council_of

MEMORY_LIMIT = "6GB"
"""DuckDB's own cap (its default is 80% of the machine): the national target is under 8 GB."""


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
