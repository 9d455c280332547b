"""A council's folder loaded in one call: each format recognised, loaded in the right order.

A council's folder holds what ``scorecard synth`` writes and what a council gathers for the
pack: an SSD extract (``ssd/``), the DfE returns (``ssda903/``, ``cin_census/``,
``annex_a/``), the population (``population.csv``) and series from other systems
(``series/``). The case records come first (the SSD extract, or the SSDA903 returns then the
CIN census), then the population and the series: the order ``make demo`` and the tests used.

The SSD extract and the returns describe the same children, so loading both would count them
twice: the SSD extract, the fuller record, is loaded when the folder has one, and the returns
(SSDA903 and CIN census) only when it does not. Annex A lists repeat the CIN census's and the
SSD's records for six months and are never loaded from a folder (``scorecard load annex-a``
loads one on purpose). What is left out, and why, is reported, never silently skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path

from csc_scorecard.ingest.cin_census import load_cin
from csc_scorecard.ingest.population import load_population
from csc_scorecard.ingest.series import load_series
from csc_scorecard.ingest.ssd import load_ssd
from csc_scorecard.ingest.ssda903 import load_903
from csc_scorecard.store import LoadResult, Store

Progress = Callable[[str], None]


@dataclass
class FolderLoad:
    """What a folder load did: every file's result, and what was left out with the reason."""

    results: list[LoadResult] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)


def load_council_folder(store: Store, folder: Path, la_code: str, series_ids: Collection[str],
                        progress: Progress | None = None) -> FolderLoad:  # fmt: skip
    """Load every format found in ``folder`` for ``la_code``, case records first.

    ``series_ids`` are the catalogue's series (``indicators.catalogue.series_ids()``) that a
    series file may hold. A folder with no case records at all is refused with ``ValueError``.
    """
    say = progress or (lambda _message: None)
    done = FolderLoad()
    ssd, returns = folder / "ssd", [folder / "ssda903", folder / "cin_census"]
    if ssd.is_dir():
        say(f"Loading the SSD extract {ssd}")
        done.results += load_ssd(store, ssd, la_code, progress=progress)
        done.left_out += [f"{path}: the SSD extract holds the same children" for path in
                          returns if path.is_dir()]  # fmt: skip
    elif any(path.is_dir() for path in returns):
        if returns[0].is_dir():
            say(f"Loading the SSDA903 returns {returns[0]}")
            done.results += load_903(store, [returns[0]], la_code, progress=progress)
        if returns[1].is_dir():
            say(f"Loading the CIN census returns {returns[1]}")
            done.results += load_cin(store, [returns[1]], la_code, progress=progress)
    else:
        raise ValueError(f"{folder} holds no case records: neither ssd/ nor ssda903/ or"
                         " cin_census/")  # fmt: skip
    if (folder / "annex_a").is_dir():
        done.left_out.append(f"{folder / 'annex_a'}: Annex A repeats the case records (load it"
                             " with scorecard load annex-a)")  # fmt: skip
    if (folder / "population.csv").is_file():
        say("Loading the population")
        done.results += load_population(store, folder / "population.csv", la_code)
    for path in sorted((folder / "series").glob("*.csv")):
        say(f"Loading the series {path.name}")
        done.results += load_series(store, path, la_code, set(series_ids))
    return done
