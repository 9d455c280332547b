"""``scorecard synth``: simulate councils and write each in every source format.

One history per council is written as SSDA903 CSVs, CIN census XML, an Ofsted Annex A
workbook, an SSD extract and a series CSV, with a manifest of the seed, parameters, row counts
and every injected error, so every loader can be tested against the same known truth.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import date
from pathlib import Path

import numpy as np

from csc_scorecard.synth.council import simulate_council
from csc_scorecard.synth.errors import inject_errors
from csc_scorecard.synth.history import CouncilHistory
from csc_scorecard.synth.manifest import Manifest
from csc_scorecard.synth.params import Calibration
from csc_scorecard.synth.series import write_population, write_series
from csc_scorecard.synth.write_903 import write_903
from csc_scorecard.synth.write_annex_a import write_annex_a
from csc_scorecard.synth.write_cin import write_cin_census
from csc_scorecard.synth.write_ssd import write_ssd

Writer = Callable[[CouncilHistory, Path, Manifest], object]
WRITERS: tuple[tuple[str, Writer], ...] = (
    ("SSDA903", write_903),
    ("CIN census", write_cin_census),
    ("Annex A", write_annex_a),
    ("SSD extract", write_ssd),
    ("series", write_series),
    ("population", write_population),
)


@dataclass(frozen=True)
class SynthOptions:
    """What ``scorecard synth`` was asked for (recorded in each manifest)."""

    seed: int = 1
    children: int = 50_000
    years: int = 6
    councils: int = 1
    error_rate: float = 0.005
    period_end: date | None = None
    changes: bool = True
    """Whether the declared real changes happen (off: a steady council, for false alarms)."""


def council_profile(index: int, options: SynthOptions) -> tuple[int, Calibration]:
    """Population and calibration of the n-th council.

    The first is the default council; the others differ in size and in how much of their work
    goes to care and child protection, as real councils do.
    """
    population, params = _profile(index, options)
    return population, params if options.changes else params.without_changes()


def _profile(index: int, options: SynthOptions) -> tuple[int, Calibration]:
    """Size and rates of the n-th council, its declared changes included."""
    if index == 0:
        return options.children, Calibration()
    rng = np.random.default_rng([options.seed, index, 7])
    population = int(options.children * rng.uniform(0.4, 2.2))
    params = replace(
        Calibration(),
        referrals_per_10k=Calibration.referrals_per_10k * rng.uniform(0.75, 1.3),
        outcome_care=Calibration.outcome_care * rng.uniform(0.7, 1.4),
        outcome_s47=Calibration.outcome_s47 * rng.uniform(0.8, 1.2),
    )
    return population, params


def synthesise(
    out: Path,
    options: SynthOptions,
    progress: Callable[[str], None] | None = None,
) -> list[Path]:
    """Simulate ``options.councils`` councils and write each to ``out/<la_code>/``."""
    folders = []
    for index in range(options.councils):
        population, params = council_profile(index, options)
        if progress:
            progress(f"council {index + 1}/{options.councils}: simulating {population:,} children")
        history = simulate_council(
            options.seed, population, options.years, index, options.period_end, params
        )
        folder = out / history.council.la_code
        folder.mkdir(parents=True, exist_ok=True)
        manifest = Manifest(
            seed=options.seed,
            parameters={
                **asdict(options),
                "la_code": history.council.la_code,
                "ons_code": history.council.ons_code,
                "population": history.population,
                "period_start": history.period_start.isoformat(),
                "period_end": history.period_end.isoformat(),
                "records_from": history.records_from.isoformat(),
                "calibration": asdict(params),
            },
        )
        inject_errors(history, options.error_rate, np.random.default_rng([options.seed, index, 1]),
                      manifest)  # fmt: skip
        for name, writer in WRITERS:
            if progress:
                progress(f"council {index + 1}/{options.councils}: writing {name}")
            writer(history, folder, manifest)
        manifest.write(folder / "manifest.json")
        folders.append(folder)
    return folders
