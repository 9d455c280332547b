"""Seconds to compare two published packs of the demo council (issue 14: under 2 s).

On a copy of a store holding the demo council (``make demo`` writes ``OUT/scorecard.duckdb``;
without ``--store`` one is made here with ``scorecard demo --children N``), the packs for the
last two computed months are written (HTML only) and so recorded as published. Then, RUNS
times, the comparison ``scorecard pack`` and ``scorecard pack --as-published`` make for the
later pack is timed: both packs' records read from the store and every figure of the months
the later pack shows compared as printed (``publish.revisions.against``). Also reported, not
judged: ``scorecard revisions``' work (the store's figures now, through disclosure control,
against the last pack). Reports the median wall-clock seconds and exits 1 if the comparison
takes 2 s or more. Run: .venv/bin/python benchmarks/bench_revisions.py [--store PATH]
[--children 50000] [--runs 5]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

TARGET_SECONDS = 2.0


def demo_store(folder: Path, children: int) -> Path:
    """A store holding the demo council, made with ``scorecard demo``."""
    scorecard = Path(sys.executable).with_name("scorecard")
    subprocess.run([str(scorecard), "demo", "--out", str(folder), "--children", str(children)],
                   check=True, capture_output=True)  # fmt: skip
    return folder / "scorecard.duckdb"


def median_seconds(work: Callable[[], object], runs: int) -> float:
    """Median wall-clock seconds of ``work`` over ``runs`` runs."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    """Write two packs, time their comparison, report and judge it."""
    from csc_scorecard.analysis.config import load_config
    from csc_scorecard.calendar import month_index, month_of
    from csc_scorecard.publish.assemble import latest_month
    from csc_scorecard.publish.record import read_pack
    from csc_scorecard.publish.revisions import against, revisions_now
    from csc_scorecard.publish.write import write_pack
    from csc_scorecard.store import Store

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="A store holding the demo council.")
    parser.add_argument("--children", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        source = args.store or demo_store(folder / "demo", args.children)
        shutil.copy(source, folder / "bench.duckdb")
        store = Store(str(folder / "bench.duckdb"))
        code = str(store.table("person").la_code.execute().iloc[0])
        last = latest_month(store, code)
        earlier = month_of(month_index(last) - 1)
        write_pack(store, code, earlier, folder / "packs", load_config(), ["html"])
        pack, _ = write_pack(store, code, last, folder / "packs", load_config(), ["html"])
        later_id = int(store.table("published_pack").pack_id.max().execute())

        def compare() -> object:
            later = read_pack(store, later_id)
            return against(read_pack(store, later_id - 1), later.published, last)

        figures = int(read_pack(store, later_id).published.figures.shape[0])
        seconds = median_seconds(compare, args.runs)
        now = median_seconds(lambda: revisions_now(store, code, last), args.runs)
    print(f"council {code}: packs for {earlier:%Y-%m} and {last:%Y-%m}, {figures:,} figures in"
          f" the later pack's record")  # fmt: skip
    print(f"compare two published packs: {seconds:.3f} s (median of {args.runs};"
          f" target < {TARGET_SECONDS:.0f} s)")  # fmt: skip
    print(f"scorecard revisions' work (figures now against the last pack): {now:.3f} s")
    assert pack.data.revisions is not None
    return 0 if seconds < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
