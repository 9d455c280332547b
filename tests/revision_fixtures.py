"""A small council whose looked-after episodes arrive in one file and are then corrected.

Children looked after from 1 June 2024 on care orders in foster placements (no residential
or section 20 briefing figures), loaded through ``Store.write_loads`` like any file, so
corrections replace the earlier version and ``unload`` has a load to undo.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd

from csc_scorecard.indicators.compute import compute
from csc_scorecard.model import TABLES
from csc_scorecard.store import FileLoad, Store

FIRST, LAST = date(2024, 3, 1), date(2025, 4, 1)


def episodes_load(folder: Path, starts: dict[str, date], version: str) -> FileLoad:
    """A file of one episode per child (start date given), as the loader would hand it over."""
    path = folder / f"episodes-{version}.csv"
    path.write_text("\n".join(f"{c},{s}" for c, s in starts.items()), encoding="utf-8")
    person = pd.DataFrame({"child_id": list(starts), "date_of_birth": date(2015, 1, 1)})
    episodes = pd.DataFrame({
        "child_id": list(starts), "start_date": list(starts.values()),
        "reason_new_episode": "S", "legal_status": "C2", "placement_type": "U4",
    })  # fmt: skip
    tables = {name: _complete(name, frame) for name, frame in
              (("person", person), ("looked_after_episode", episodes))}  # fmt: skip
    return FileLoad("903", path, len(starts), tables, label="episodes.csv")


def _complete(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Every column of the table, empty where not given (as a loader hands rows over)."""
    full = frame.reindex(columns=[c.name for c in TABLES[name].columns]).astype(object)
    return full.where(full.notna(), None)


def load_and_compute(store: Store, load: FileLoad) -> None:
    """Load a file (replacing its earlier version) and recompute CLA1 for the months shown."""
    store.write_loads("318", [load])
    compute(store, FIRST, LAST, ["CLA1"], ["318"])


def council(folder: Path, children: int) -> tuple[Store, dict[str, date]]:
    """A store with ``children`` looked after since June 2024, computed."""
    store = Store(str(folder / "s.duckdb"))
    starts = {f"C{i}": date(2024, 6, 1) for i in range(children)}
    load_and_compute(store, episodes_load(folder, starts, "v1"))
    return store, starts
