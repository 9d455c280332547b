"""The whole catalogue over a national store on DuckDB and on local Spark.

A national store of ``--copies`` copies of the default synthetic council over ``--councils``
la_codes (national_store: 250 copies over 150 councils by default) is built in DuckDB, and
its tables are exported as the parquet folders a Spark store reads. Each engine then computes
every indicator, every month and breakdown, in its own process (so its peak resident memory
is its own; the local Spark JVM's peak is reported beside it), and
one council alone is computed from the same store. Prints one JSON line per engine and the
Spark/DuckDB ratio.

A full national run on Spark takes long on a small machine: run a fraction (``--copies 10
--councils 6``) and compare with the DuckDB time at the same fraction and at full size.
Run: .venv/bin/python benchmarks/bench_scale.py [--copies N] [--councils N] [--engines ...]
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

from national_store import COPIES, COUNCILS, build_council, build_national, export_to_spark


def compute_seconds(target: str, la_codes: tuple[str, ...] = ()) -> tuple[float, int]:
    """Seconds to compute the whole catalogue over the store's last six years, and rows."""
    from csc_scorecard.indicators.compute import compute
    from csc_scorecard.store import Store

    started = time.perf_counter()
    result = compute(Store(target), la_codes=la_codes)
    return time.perf_counter() - started, result.rows


def jvm_peak_mb() -> float:
    """Peak resident memory of the local Spark JVM (the py4j gateway this process started)."""
    from pyspark import SparkContext

    gateway = SparkContext._gateway
    pid = gateway.proc.pid if gateway is not None and gateway.proc is not None else None
    if pid is None:
        return float("nan")
    status = Path(f"/proc/{pid}/status").read_text()
    (line,) = [row for row in status.splitlines() if row.startswith("VmHWM:")]
    return int(line.split()[1]) / 1024


def run_engine(engine: str, folder: Path, councils: int) -> dict[str, object]:
    """Compute the national store on one engine, then one council alone, in this process."""
    national = folder / "national.duckdb"
    target = str(national) if engine == "duckdb" else f"pyspark://{folder / 'warehouse'}"
    seconds, rows = compute_seconds(target)
    alone, _ = compute_seconds(target, ("100",))
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    jvm = jvm_peak_mb() if engine == "spark" else 0.0
    return {
        "engine": engine,
        "councils": councils,
        "compute_seconds": round(seconds, 1),
        "figures": rows,
        "one_council_from_national_seconds": round(alone, 1),
        "peak_memory_mb": round(own),
        "peak_memory_jvm_mb": round(jvm),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=COPIES)
    parser.add_argument("--councils", type=int, default=COUNCILS)
    parser.add_argument("--engines", nargs="+", default=["duckdb", "spark"])
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(run_engine(args.one, Path(args.folder), args.councils)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        council = build_council(folder)
        build_national(council, folder / "national.duckdb", args.copies, args.councils)
        export_to_spark(folder / "national.duckdb", folder / "warehouse")
        results = {}
        for engine in args.engines:
            output = subprocess.run(
                [sys.executable, __file__, "--one", engine, "--folder", tmp,
                 "--councils", str(args.councils)],
                check=True, capture_output=True, text=True,
            ).stdout  # fmt: skip
            line = output.strip().splitlines()[-1]
            results[engine] = json.loads(line)
            print(line, flush=True)
        if {"duckdb", "spark"} <= results.keys():
            ratio = results["spark"]["compute_seconds"] / results["duckdb"]["compute_seconds"]
            print(json.dumps({"spark_to_duckdb": round(ratio, 1), "copies": args.copies}))


if __name__ == "__main__":
    main()
