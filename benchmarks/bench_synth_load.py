"""Seconds and peak memory for synth + load of one default council and of 20 councils.

Each scenario runs in its own process so its peak resident memory is its own.
Run: make bench   (or: .venv/bin/python benchmarks/bench_synth_load.py [--councils 1 20])
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


def run_scenario(councils: int) -> dict[str, float]:
    """Synthesise ``councils`` councils and load their SSD extracts into one DuckDB store."""
    from csc_scorecard.ingest.ssd import load_ssd
    from csc_scorecard.store import Store
    from csc_scorecard.synth.generate import SynthOptions, synthesise

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        folders = synthesise(
            Path(tmp) / "synthetic",
            SynthOptions(seed=1, councils=councils, period_end=date(2026, 10, 31)),
        )
        synthesised = time.perf_counter()
        store = Store(str(Path(tmp) / "bench.duckdb"))
        for folder in folders:
            load_ssd(store, folder / "ssd", folder.name)
        loaded = time.perf_counter()
        rows = sum(store.count(name) for name in ("person", "visit", "contact", "cin_episode"))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "councils": councils,
        "synth_seconds": round(synthesised - started, 1),
        "load_seconds": round(loaded - synthesised, 1),
        "total_seconds": round(loaded - started, 1),
        "peak_memory_mb": round(peak_mb),
        "rows_sample": rows,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--councils", type=int, nargs="+", default=[1, 20])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(run_scenario(args.one)))
        return
    print(f"{'councils':>8} {'synth s':>8} {'load s':>8} {'total s':>8} {'peak MB':>8}")
    for councils in args.councils:
        output = subprocess.run(
            [sys.executable, __file__, "--one", str(councils)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        r = json.loads(output.strip().splitlines()[-1])
        print(
            f"{r['councils']:>8} {r['synth_seconds']:>8} {r['load_seconds']:>8}"
            f" {r['total_seconds']:>8} {r['peak_memory_mb']:>8}"
        )


if __name__ == "__main__":
    main()
