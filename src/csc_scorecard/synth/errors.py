"""Inject realistic faults into a simulated history, and list every one in the manifest.

Each kind of fault is one thing councils really send: a code not in the DfE list, an end date
before its start, overlapping care episodes, a missing mandatory date, a duplicated row, a
record for a child who is not in the person table. Faults go into rows no other record
depends on (reviews, visits, contacts, missing episodes, plans), so one fault breaks exactly
one rule and the loaders' quarantine can be checked against the manifest row for row.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, cast

import numpy as np
import pandas as pd

from csc_scorecard.synth.history import ERROR_COLUMN, CouncilHistory
from csc_scorecard.synth.manifest import InjectedError, Manifest

Mutation = Callable[[pd.DataFrame, pd.Index, np.random.Generator], pd.DataFrame]


@dataclass(frozen=True)
class FaultKind:
    """One kind of fault: the table it goes into, the rule that must catch it, and how."""

    name: str
    table: str
    rule_id: str
    description: str
    eligible: Callable[[pd.DataFrame], pd.Series]
    mutate: Mutation


def _set(column: str, value: object) -> Mutation:
    def mutate(frame: pd.DataFrame, rows: pd.Index, rng: np.random.Generator) -> pd.DataFrame:
        frame[column] = frame[column].astype(object)
        frame.loc[rows, column] = cast(Any, value)
        return frame

    return mutate


def _unknown_child(frame: pd.DataFrame, rows: pd.Index, rng: np.random.Generator) -> pd.DataFrame:
    """Point rows at child ids the person table does not have (mistyped ids)."""
    numbers = 10**7 + rng.choice(9 * 10**7, size=len(rows), replace=False)
    frame.loc[rows, "child_id"] = [f"Z{n}" for n in numbers]
    return frame


def _end_before_start(frame: pd.DataFrame, rows: pd.Index, rng: np.random.Generator
                      ) -> pd.DataFrame:  # fmt: skip
    days = rng.integers(1, 30, size=len(rows))
    frame.loc[rows, "end_date"] = [
        cast(date, start) - timedelta(days=int(d))
        for start, d in zip(frame.loc[rows, "start_date"], days, strict=True)
    ]
    return frame


def _duplicate(frame: pd.DataFrame, rows: pd.Index, rng: np.random.Generator) -> pd.DataFrame:
    """Append exact copies of the rows; the copies (not the originals) carry the errors."""
    copies = frame.loc[rows].copy()
    frame.loc[rows, ERROR_COLUMN] = ""
    return pd.concat([frame, copies], ignore_index=True)


def _overlap(frame: pd.DataFrame, rows: pd.Index, rng: np.random.Generator) -> pd.DataFrame:
    """Move episodes' starts back inside the previous episode of the same child."""
    frame.loc[rows, "start_date"] = [
        previous + (start - previous) / 2
        for previous, start in zip(
            frame.loc[rows, "_previous_start"], frame.loc[rows, "start_date"], strict=True
        )
    ]
    return frame


def _has_end(frame: pd.DataFrame) -> pd.Series:
    return frame["end_date"].notna() & (frame["end_date"] > frame["start_date"])


def _always(frame: pd.DataFrame) -> pd.Series:
    return pd.Series(True, index=frame.index)


def _follows_long_episode(frame: pd.DataFrame) -> pd.Series:
    """Episodes whose predecessor (same child, contiguous) lasted at least four days."""
    ordered = frame.sort_values(["child_id", "start_date"])
    previous_start = ordered.groupby("child_id")["start_date"].shift()
    previous_end = ordered.groupby("child_id")["end_date"].shift()
    frame["_previous_start"] = previous_start.reindex(frame.index)
    contiguous = previous_end.reindex(frame.index) == frame["start_date"]
    long_enough = (frame["start_date"] - frame["_previous_start"]).map(
        lambda d: not pd.isna(d) and d.days >= 4
    )
    return contiguous & long_enough.astype(bool)


FAULTS: tuple[FaultKind, ...] = (
    FaultKind("bad_review_code", "cla_review", "code_list",
              "participation code PN9 is not a DfE code", _always, _set("participation", "PN9")),
    FaultKind("bad_missing_type", "missing_episode", "code_list",
              "missing type X is not a DfE code", _always, _set("missing_type", "X")),
    FaultKind("bad_contact_source", "contact", "code_list",
              "contact source 11 is not a DfE code", _always, _set("contact_source", "11")),
    FaultKind("cin_plan_ends_before_start", "cin_plan", "end_before_start",
              "CIN plan end date moved before its start", _has_end, _end_before_start),
    FaultKind("missing_ends_before_start", "missing_episode", "end_before_start",
              "missing episode end date moved before its start", _has_end, _end_before_start),
    FaultKind("visit_without_date", "visit", "missing_required",
              "visit date left empty", _always, _set("visit_date", None)),
    FaultKind("review_without_date", "cp_review", "missing_required",
              "CP review date left empty", _always, _set("review_date", None)),
    FaultKind("duplicate_contact", "contact", "duplicate_row",
              "contact row written twice", _always, _duplicate),
    FaultKind("duplicate_review", "cla_review", "duplicate_row",
              "CLA review row written twice", _always, _duplicate),
    FaultKind("visit_unknown_child", "visit", "unknown_child",
              "visit for a child id that is not in the person table", _always, _unknown_child),
    FaultKind("contact_unknown_child", "contact", "unknown_child",
              "contact for a child id that is not in the person table", _always,
              _unknown_child),
    FaultKind("overlapping_care_episodes", "looked_after_episode", "overlapping_episodes",
              "care episode start moved inside the previous episode", _follows_long_episode,
              _overlap),
)  # fmt: skip


def inject_errors(
    history: CouncilHistory, rate: float, rng: np.random.Generator, manifest: Manifest
) -> None:
    """Inject faults into about ``rate`` of the rows of each table faults go into.

    At least one of each kind when ``rate`` is positive; at most one fault per child per table,
    so a fault never hides behind another. Every fault is recorded in the manifest.
    """
    tables = history.tables
    for frame in tables.values():
        frame[ERROR_COLUMN] = ""
    if rate <= 0:
        return
    kinds_per_table = Counter(f.table for f in FAULTS)
    number = 0
    for fault in FAULTS:
        frame = tables[fault.table]
        wanted = max(1, round(rate * len(frame) / kinds_per_table[fault.table]))
        touched = frame.loc[frame[ERROR_COLUMN] != "", "child_id"]
        free = frame.index[fault.eligible(frame) & ~frame["child_id"].isin(touched)]
        shuffled = frame.loc[rng.permutation(free), "child_id"]
        rows = shuffled.drop_duplicates().index[:wanted]
        ids = [f"{history.council.la_code}-E{number + k + 1:04d}" for k in range(len(rows))]
        number += len(rows)
        frame.loc[rows, ERROR_COLUMN] = ids
        frame = tables[fault.table] = fault.mutate(frame, rows, rng)
        marked = frame[frame[ERROR_COLUMN].isin(ids)]
        for error_id, child_id in zip(marked[ERROR_COLUMN], marked["child_id"], strict=True):
            manifest.errors[error_id] = InjectedError(
                error_id=error_id, la_code=history.council.la_code, table=fault.table,
                child_id=str(child_id), rule_id=fault.rule_id, description=fault.description,
            )  # fmt: skip
    for name, frame in tables.items():
        tables[name] = frame.drop(columns=["_previous_start"], errors="ignore")
