"""The simulated history of one council: the truth every writer serialises.

The simulator produces canonical tables (the same columns as ``csc_scorecard.model``, without
the lineage columns ``la_code`` and ``load_id``). Writers turn one history into each real
source format (SSDA903 CSVs, CIN census XML, Annex A workbook, SSD extract, series CSV), so
the same children, episodes and dates appear in all of them.

A row that carries an injected error has its error id in the ``_error_id`` column (absent or
empty for clean rows). Writers carry that column through their transformations and call
``Manifest.locate`` for every error row they write, so the manifest says exactly which file and
row each injected error landed in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from csc_scorecard.calendar import collection_year

ERROR_COLUMN = "_error_id"


@dataclass(frozen=True)
class Council:
    """Identity of a (synthetic) council.

    ``la_code`` is the DfE three-digit code used in the CIN census LEA and as the store's
    ``la_code``; ``ons_code`` is the nine-character code the 903 validator expects.
    """

    la_code: str
    ons_code: str
    name: str
    postcode_districts: tuple[str, ...]


@dataclass
class CouncilHistory:
    """Everything simulated for one council over the simulated period."""

    council: Council
    period_start: date
    period_end: date
    population: dict[int, int]
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    series: pd.DataFrame | None = None

    @property
    def records_from(self) -> date:
        """1 April of the first collection year: every record active from then on is kept.

        The returns are written by whole collection years, so the first year's 903 and CIN
        census hold what a real return for that year would, and the SSD extract the same.
        """
        return collection_year(self.collection_years()[0])[0]

    def collection_years(self) -> list[int]:
        """Collection years (named by end year: 2026 = April 2025 to March 2026) in the period.

        A year is included when any part of it falls inside the period, so the last, partial
        year is written as an in-year return up to ``period_end``.
        """
        first = self.period_start.year + (1 if self.period_start.month >= 4 else 0)
        last = self.period_end.year + (1 if self.period_end.month >= 4 else 0)
        return list(range(first, last + 1))
