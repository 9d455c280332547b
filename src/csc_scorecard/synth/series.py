"""Aggregate monthly series that do not come from case records: workforce and home education.

Councils load these from HR and education systems as values; the synthetic council writes a
plausible series for each so the whole pack can be produced from the demo data.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from csc_scorecard.synth.clock import month_starts
from csc_scorecard.synth.history import CouncilHistory
from csc_scorecard.synth.manifest import Manifest
from csc_scorecard.synth.params import Calibration


def workforce_series(
    rng: np.random.Generator, history: CouncilHistory, params: Calibration
) -> pd.DataFrame:
    """WF1-WF3 and EHE1-EHE2 for every month of the period."""
    months = month_starts(history.period_start, history.period_end)
    n = len(months)
    trend = np.linspace(0.0, 1.0, n)
    population = np.array([history.population[m.year] for m in months])
    supervisions_due = rng.integers(180, 230, size=n).astype(float)
    share = params.home_education_share * (1 + params.home_education_growth * trend)
    ehe_children = np.round(population * share + rng.normal(0, 8, n))
    ehe_due = np.maximum(np.round(ehe_children * 0.08), 1)
    counts = {"WF1": np.round(17.5 + rng.normal(0, 0.8, n), 1), "EHE1": ehe_children}
    ratios = {
        "WF2": (np.round(rng.normal(0.17, 0.02, n) * 160), np.full(n, 160.0)),
        "WF3": (
            np.round(supervisions_due * rng.normal(params.supervision_timely, 0.04, n)),
            supervisions_due,
        ),
        "EHE2": (
            np.round(ehe_due * np.clip(rng.normal(params.home_education_seen, 0.08, n), 0, 1)),
            ehe_due,
        ),
    }
    rows: list[tuple[str, date, float, float | None, float | None]] = []
    for indicator, values in counts.items():
        rows.extend((indicator, m, float(values[i]), None, None) for i, m in enumerate(months))
    for indicator, (numerators, denominators) in ratios.items():
        for i, month in enumerate(months):
            num, den = float(min(numerators[i], denominators[i])), float(denominators[i])
            rows.append((indicator, month, round(100 * num / den, 1), num, den))
    return pd.DataFrame(
        rows, columns=["indicator_id", "month", "value", "numerator", "denominator"]
    )


def write_series(history: CouncilHistory, out_dir: Path, manifest: Manifest) -> Path:
    """Write the series CSV (indicator_id, month as YYYY-MM, value, numerator, denominator)."""
    assert history.series is not None
    path = out_dir / "series" / "series.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    frame = history.series.assign(month=history.series.month.map(lambda m: m.strftime("%Y-%m")))
    frame.to_csv(path, index=False)
    manifest.count_rows("series/series.csv", len(frame))
    return path


def write_population(history: CouncilHistory, out_dir: Path, manifest: Manifest) -> Path:
    """Write the 0-17 population per year (year, population_0_17), as a council keeps it."""
    path = out_dir / "population.csv"
    frame = pd.DataFrame(
        {"year": list(history.population), "population_0_17": list(history.population.values())}
    )
    frame.to_csv(path, index=False)
    manifest.count_rows("population.csv", len(frame))
    return path
