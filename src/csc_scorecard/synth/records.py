"""Rows the simulator writes, per canonical table, with day numbers turned into dates at the end."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import numpy as np
import pandas as pd

from csc_scorecard.model import TABLES


class Records:
    """Append-only rows per canonical table and sequential identifiers per kind of record."""

    def __init__(self) -> None:
        self.rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self._ids: dict[str, int] = defaultdict(int)
        self._discarded: set[int] = set()

    def next_id(self, prefix: str) -> str:
        """A new identifier such as ``REF0000042``."""
        self._ids[prefix] += 1
        return f"{prefix}{self._ids[prefix]:07d}"

    def add(self, table: str, **row: Any) -> dict[str, Any]:
        """Add a row; returns it so later events can fill in end dates."""
        self.rows[table].append(row)
        return row

    def discard(self, row: dict[str, Any]) -> None:
        """Leave out a row added earlier (found later not to have happened).

        Marked rather than removed: finding it in a long list would cost a scan each time.
        """
        self._discarded.add(id(row))

    def frames(self) -> dict[str, pd.DataFrame]:
        """One data frame per canonical table, columns in model order, day numbers as dates."""
        out = {}
        for name, table in TABLES.items():
            if name in {"quarantine", "load_log", "aggregate_value", "coverage"}:
                continue
            columns = [c.name for c in table.columns]
            rows = [r for r in self.rows.get(name, []) if id(r) not in self._discarded]
            frame = pd.DataFrame(rows, columns=columns)
            for column in table.columns:
                if column.dtype == "date":
                    frame[column.name] = _days_to_dates(frame[column.name])
                elif column.dtype == "int":
                    frame[column.name] = frame[column.name].astype("Int64")
                elif column.dtype == "bool":
                    frame[column.name] = frame[column.name].astype("boolean")
            out[name] = frame
        return out


def _days_to_dates(days: pd.Series) -> pd.Series:
    """Day numbers (or None) as ``datetime.date`` objects (or None)."""
    numbers = pd.to_numeric(days, errors="coerce").to_numpy(dtype=float)
    known = ~np.isnan(numbers)
    out = np.full(len(numbers), None, dtype=object)
    out[known] = numbers[known].astype(np.int64).astype("datetime64[D]").astype(object)
    return pd.Series(out, index=days.index, dtype=object)
