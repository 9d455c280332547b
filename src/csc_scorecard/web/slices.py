"""Rows kept as one sorted frame and cut by key when asked for, not split into a frame per key.

Why: the dashboard keeps a council's rows for every request to look up (a month's stored
series by indicator; the published history by indicator and month). Split up front with
``groupby``, the published history alone was some 4,700 small DataFrames per council, and with
the months' series about 300,000 objects that Python's garbage collector walked in pauses of
200-350 ms every two or three seconds under load: every request in flight waited, and those
pauses were the dashboard's p95 (issue 16). One frame and a table of row spans are a handful of
objects; a slice costs about 0.1 ms to cut, and the page that asks for it is cached.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping, Sequence

import numpy as np
import pandas as pd


class Slices(Mapping[Hashable, pd.DataFrame]):
    """``rows`` by the values of ``keys``: a str for one key column, a tuple for several.

    Each slice keeps ``columns`` (default: every column but the keys), in the order the rows
    had within their key (the sort is stable), with a fresh 0-based index.
    """

    def __init__(
        self, rows: pd.DataFrame, keys: Sequence[str], columns: Sequence[str] | None = None
    ) -> None:
        ordered = rows.sort_values(list(keys), kind="stable").reset_index(drop=True)
        kept = list(columns) if columns is not None else [c for c in rows if c not in keys]
        self._rows = ordered[kept]
        self._spans = _spans([ordered[k].to_numpy() for k in keys])

    def __getitem__(self, key: Hashable) -> pd.DataFrame:
        first, end = self._spans[key]
        return self._rows.iloc[first:end].reset_index(drop=True)

    def __iter__(self) -> Iterator[Hashable]:
        return iter(self._spans)

    def __len__(self) -> int:
        return len(self._spans)


def _spans(columns: list[np.ndarray]) -> dict[Hashable, tuple[int, int]]:
    """Each run of equal keys in sorted columns: its key and its first and past-last rows."""
    size = len(columns[0]) if columns else 0
    if size == 0:
        return {}
    starts_run = np.zeros(size, dtype=bool)
    starts_run[0] = True
    for values in columns:
        starts_run[1:] |= values[1:] != values[:-1]
    firsts = np.flatnonzero(starts_run).tolist()
    ends = [*firsts[1:], size]
    if len(columns) == 1:
        return {str(columns[0][a]): (a, b) for a, b in zip(firsts, ends, strict=True)}
    return {
        tuple(values[a] for values in columns): (a, b) for a, b in zip(firsts, ends, strict=True)
    }
