"""Synthetic councils and stores built once per test run, whichever pytest-xdist worker asks first.

A session fixture is per process: under ``pytest -n 2`` each worker would synthesise the same
council, and every module that loads it would load it again. Here a build lives in a folder
under the run's temp root (``--basetemp`` itself, the parent of the workers' own folders),
named by what was built and with what parameters; the first worker builds it while holding a
file lock, the other waits for it and reuses it. The root is emptied by pytest at the start of
every run, so nothing outlives the code that built it. Stores are handed out as copies, so a
module may write to its own (compute, add tables) without touching anyone else's.
"""

from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from csc_scorecard.store import Store


def run_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This run's temp root, the same for every xdist worker (each has a subfolder of it)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def built_once(tmp_path_factory: pytest.TempPathFactory, key: str,
               build: Callable[[Path], None]) -> Path:  # fmt: skip
    """The folder ``<root>/shared/<key>``, made by ``build(folder)`` once for the whole run.

    ``key`` must name everything the build depends on. A build that failed half-way is thrown
    away and made again by the next to ask (the marker file is written only after success).
    """
    shared = run_root(tmp_path_factory) / "shared"
    shared.mkdir(exist_ok=True)
    folder, done = shared / key, shared / f"{key}.done"
    with (shared / f"{key}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            build(folder)
            done.touch()
    return folder


def store_copy(source: Path, tmp_path_factory: pytest.TempPathFactory, name: str):
    """A Store over a private copy of a shared DuckDB file (the shared one stays untouched)."""
    from csc_scorecard.store import Store

    target = tmp_path_factory.mktemp(name) / source.name
    shutil.copyfile(source, target)
    return Store(str(target))


def keep_months(store: Store, first: date, last: date) -> None:
    """Remove a computed store's figures outside ``first``..``last`` (dates, months' first days).

    A month's figures do not depend on the months computed with it, so a copy of the shared
    computation without the others holds what ``compute(store, first, last)`` would write.
    """
    store.con.raw_sql(
        f"DELETE FROM indicator_value WHERE month < DATE '{first}' OR month > DATE '{last}'"
    )
