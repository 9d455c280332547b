"""Forecast accuracy and speed: the demo council and a store of many councils (issue 15).

For each council, CLA in total (every model) and by placement group (the multistate model
beside seasonal naive): MASE and the share of outcomes inside the 80% and 95% intervals at
3, 6 and 12 months, from a rolling-origin backtest; beside them the MASE floor, the least any
forecast could expect from chance alone (``forecast.floor``: the future entrants' chance,
which no model can know, and with the multistate model's moves); and the seconds one forecast
with 1,000 paths and the backtest take. Targets: 80% intervals cover 75-85% of outcomes and 95% at
least 90% at 6 and 12 months; MASE below 1 for the CLA total at 12 months; a forecast under
10 s and its backtest under 60 s.

    python benchmarks/bench_forecast.py --store out/scorecard.duckdb
    python benchmarks/bench_forecast.py --councils 20 --children 10000 --folder /tmp/many
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pandas as pd

from csc_scorecard.forecast.backtest import backtest_with_groups, scores
from csc_scorecard.forecast.floor import chance_floor, floor_scores
from csc_scorecard.forecast.history import load_history
from csc_scorecard.forecast.multistate import Settings, forecast_multistate
from csc_scorecard.store import Store

SHOWN = ["model", "horizon", "origins", "mase", "coverage_80", "coverage_95"]


def build_store(folder: Path, councils: int, children: int, years: int) -> str:
    """Synthesise ``councils`` councils and load them all into one store."""
    from csc_scorecard.indicators.catalogue import series_ids
    from csc_scorecard.ingest.folder import load_council_folder
    from csc_scorecard.synth.generate import SynthOptions, synthesise

    made = synthesise(folder / "synthetic", SynthOptions(seed=1, children=children, years=years,
                                                         councils=councils))  # fmt: skip
    path = str(folder / "councils.duckdb")
    store = Store(path)
    for council in made:
        load_council_folder(store, council, council.name, series_ids())
    store.con.disconnect()
    return path


def bench_council(store: Store, la_code: str, step: int, paths: int
                  ) -> tuple[pd.DataFrame, pd.DataFrame]:  # fmt: skip
    """One council's CLA scores (total and by placement group) and MASE floors, printed with
    its timings."""
    history = load_history(store, la_code, "CLA")
    started = time.perf_counter()
    forecast_multistate(history, len(history.months) - 1, Settings(paths=1000))
    forecast_seconds = time.perf_counter() - started
    started = time.perf_counter()
    errors = backtest_with_groups(history, Settings(paths=paths), step)
    backtest_seconds = time.perf_counter() - started
    total = scores(errors.total, ["model", "horizon"])
    groups = scores(errors.groups, ["group", "model", "horizon"])
    print(
        f"\nCouncil {la_code}: {len(history.months)} months, CLA {history.totals()[-1]} at"
        f" the end; forecast (1,000 paths, 24 months) {forecast_seconds:.1f} s; backtest"
        f" (every model, total and by group, {paths} paths, every {step} month(s))"
        f" {backtest_seconds:.1f} s"
    )
    print(total[SHOWN].round(3).to_string(index=False))
    print(groups[["group", *SHOWN]].round(3).to_string(index=False))
    floors = chance_floor(history, Settings(paths=paths), step)
    print(f"MASE floor from chance alone (mean over origins):\n{floor_table(floors)}")
    return (pd.concat([total.assign(group="total"), groups]).assign(la_code=la_code),
            floors.assign(la_code=la_code))  # fmt: skip


def floor_table(floors: pd.DataFrame) -> str:
    """The floors' means per horizon, as printed."""
    means = floor_scores(floors).set_index("horizon")[["entrants_floor", "floor"]].round(3)
    return means.rename(columns={"entrants_floor": "entrants alone (any model)",
                                 "floor": "with the model's moves"}).to_string()  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--store", help="An existing store (default: build one).")
    parser.add_argument("--councils", type=int, default=20)
    parser.add_argument("--children", type=int, default=10_000)
    parser.add_argument("--years", type=int, default=6)
    parser.add_argument("--folder", default="out/bench-forecast")
    parser.add_argument("--step", type=int, default=1, help="Backtest every Nth month.")
    parser.add_argument("--paths", type=int, default=200, help="Paths per backtest origin.")
    arguments = parser.parse_args()
    path = arguments.store or build_store(Path(arguments.folder), arguments.councils,
                                          arguments.children, arguments.years)  # fmt: skip
    store = Store(path, read_only=True)
    codes = sorted(store.table("person").la_code.execute().unique())
    benched = [bench_council(store, c, arguments.step, arguments.paths) for c in codes]
    if len(codes) > 1:
        every = pd.concat([scored for scored, _ in benched])
        pooled = every.groupby(["group", "model", "horizon"])[SHOWN[3:]].mean().round(3)
        print(f"\nMean over {len(codes)} councils:\n{pooled.to_string()}")
        floors = pd.concat([floor for _, floor in benched])
        print(f"MASE floor from chance alone, all councils:\n{floor_table(floors)}")


if __name__ == "__main__":
    main()
