"""False alarms and missed changes of the SPC on synthetic councils, over several seeds.

With ``--no-changes`` a synthetic council is steady: any indicator flagged as special cause in
the last month is a false alarm; the share of indicators flagged should be 10% or less on
average. With its declared changes on (``manifest.json``: the referral step, the assessment
slowdown), each change should be flagged on the indicator it affects within 3 months of it in
9 seeds of 10 or more.

Each council is simulated, its SSD extract, population and series loaded, every indicator
computed, and the SPC read through ``csc_scorecard.analysis.summary.summarise`` (its public
``special_cause`` per month and ``variation``), as the pack reads it.

A small council: 20,000 children aged 0-17 by default, the size of England's smaller unitary
councils (the demo council has 50,000). At 8,000 children (smaller than all but a handful of
councils) the referral step of 20% is about one standard deviation of a month's referrals, and
in some seeds its realised size is within the month-to-month noise.

Run: .venv/bin/python benchmarks/bench_false_alarms.py [--seeds 10] [--children 20000]
     [--years 6] [--end 2026-10-31]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

AFFECTED = {"referral_step": "REF1", "assessment_delay": "ASS4"}
"""The indicator each declared change moves: referrals in the month, and the mean working
days an assessment takes."""
WITHIN_MONTHS = 3


@dataclass(frozen=True)
class Council:
    """One simulated, loaded and computed council: its store and what was declared."""

    store_path: Path
    la_code: str
    last_month: date
    changes: dict[str, date]


def build(folder: Path, seed: int, children: int, years: int, end: date,
          changes: bool) -> Council:  # fmt: skip
    """Simulate a council, load its SSD extract, population and series, compute everything."""
    from csc_scorecard.indicators.catalogue import series_ids
    from csc_scorecard.indicators.compute import compute
    from csc_scorecard.ingest.population import load_population
    from csc_scorecard.ingest.series import load_series
    from csc_scorecard.ingest.ssd import load_ssd
    from csc_scorecard.store import Store
    from csc_scorecard.synth.generate import SynthOptions, synthesise

    options = SynthOptions(seed=seed, children=children, years=years, error_rate=0.0,
                           period_end=end, changes=changes)  # fmt: skip
    (council,) = synthesise(folder / "synthetic", options)
    store = Store(str(folder / "store.duckdb"))
    load_ssd(store, council / "ssd", council.name)
    load_population(store, council / "population.csv", council.name)
    load_series(store, council / "series" / "series.csv", council.name, series_ids())
    result = compute(store)
    manifest = json.loads((council / "manifest.json").read_text(encoding="utf-8"))
    declared = {
        shift["name"]: (pd.Timestamp(end) - pd.DateOffset(months=shift["months_before_end"]))
        .date()
        .replace(day=1)
        for shift in manifest["parameters"]["calibration"]["shifts"]
    }
    return Council(Path(store.target), council.name, result.last_month, declared)


def flagged_months(council: Council) -> dict[str, set[date]]:
    """Months each indicator is flagged special cause, as the pack for the last month reads."""
    from csc_scorecard.analysis.config import load_config
    from csc_scorecard.publish.reads import summarise
    from csc_scorecard.store import Store

    summaries = summarise(Store(str(council.store_path)), council.la_code, council.last_month,
                          load_config(), include_common_cause=True)  # fmt: skip
    flagged = {}
    for summary in summaries:
        series = summary.series
        special = series[series["special_cause"].fillna(False).astype(bool)]
        flagged[summary.indicator.id] = {pd.Timestamp(m).date() for m in special["month"]}
    return flagged


def false_alarm_share(council: Council) -> tuple[float, list[str]]:
    """Share of indicators with a figure in the last month that are flagged in it."""
    flagged = flagged_months(council)
    alarms = sorted(i for i, months in flagged.items() if council.last_month in months)
    return len(alarms) / len(flagged), alarms


def detected(council: Council) -> dict[str, bool]:
    """Whether each declared change is flagged on its indicator within 3 months of it."""
    flagged = flagged_months(council)
    found = {}
    for name, start in council.changes.items():
        window = {
            (pd.Timestamp(start) + pd.DateOffset(months=k)).date() for k in range(WITHIN_MONTHS)
        }
        found[name] = bool(flagged.get(AFFECTED[name], set()) & window)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, default=10, help="Councils (seeds 1..N) per run.")
    parser.add_argument("--children", type=int, default=20_000, help="0-17 population.")
    parser.add_argument("--years", type=int, default=6, help="Years of history (72 months).")
    parser.add_argument("--end", default="2026-10-31", help="Last day of the period.")
    args = parser.parse_args()
    end = date.fromisoformat(args.end)
    started = time.perf_counter()
    shares: list[float] = []
    hits: dict[str, list[bool]] = {name: [] for name in AFFECTED}
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(1, args.seeds + 1):
            steady = build(Path(tmp) / f"steady-{seed}", seed, args.children, args.years, end,
                           changes=False)  # fmt: skip
            share, alarms = false_alarm_share(steady)
            shares.append(share)
            changed = build(Path(tmp) / f"changes-{seed}", seed, args.children, args.years, end,
                            changes=True)  # fmt: skip
            found = detected(changed)
            for name, hit in found.items():
                hits[name].append(hit)
            print(f"seed {seed}/{args.seeds} ({time.perf_counter() - started:.0f} s):"
                  f" {share:.1%} flagged in {steady.last_month:%Y-%m} without changes"
                  f" ({', '.join(alarms) or 'none'}); changes found:"
                  f" {', '.join(f'{n} {h}' for n, h in found.items())}",
                  flush=True)  # fmt: skip
    print()
    print(f"Without changes: {statistics.mean(shares):.1%} of indicators flagged special cause"
          f" in the last month on average (target 10% or less; per seed: "
          f"{', '.join(f'{s:.0%}' for s in shares)})")  # fmt: skip
    for name, found in hits.items():
        print(f"With changes: {name} flagged on {AFFECTED[name]} within {WITHIN_MONTHS} months"
              f" in {sum(found)} of {len(found)} seeds (target 9 of 10 or more)")  # fmt: skip
    print(
        f"{args.seeds} seeds, {args.children:,} children, {args.years} years:"
        f" {time.perf_counter() - started:.0f} s"
    )


if __name__ == "__main__":
    main()
