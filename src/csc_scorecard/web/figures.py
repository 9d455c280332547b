"""The store's figures as the dashboard shows them, read once and kept until the store changes.

Reading a council's summaries (SPC, RAG, narrative for every indicator) takes about a second,
so they are cached per council and month and dropped when the store file is rewritten (a new
``scorecard compute``). Viewers see the published figures -- the pack's disclosure control
applied -- on screen and in every export; analysts and admins see the figures as computed.
One DuckDB connection serves every request, so queries are serialised with a lock.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import ibis
import pandas as pd

from csc_scorecard import quarantine_report
from csc_scorecard.analysis.config import AnalysisConfig, load_config
from csc_scorecard.analysis.summary import IndicatorSummary, summarise
from csc_scorecard.indicators.records import records
from csc_scorecard.privacy import suppress
from csc_scorecard.store import Store

T = TypeVar("T")
CACHE_ENTRIES = 500
"""Cached results kept: rendered pages are 200-300 kB at most, so about 150 MB in all."""
FIGURE_COLUMNS = [
    "indicator_id",
    "month",
    "breakdown",
    "breakdown_value",
    "numerator",
    "denominator",
    "value",
]


class Figures:
    """Read access to one store for the web application."""

    def __init__(self, store_path: str, config: AnalysisConfig | None = None) -> None:
        self.path = store_path
        self.store = Store(store_path)
        self.config = config or load_config()
        self._lock = threading.RLock()  # a cached read may read other cached values
        self._cache: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._version = self._stamp()

    def councils(self) -> list[str]:
        """Councils with computed figures, in code order."""
        return self.cached(
            ("councils",),
            lambda: sorted(
                str(c)
                for c in self.store.table("indicator_value")
                .select("la_code")
                .distinct()
                .la_code.execute()
            ),
        )

    def latest_month(self, la_code: str) -> date | None:
        """The newest month with figures for the council (first day), or None."""

        def read() -> date | None:
            values = self.store.table("indicator_value")
            newest = values.filter(values.la_code == la_code).month.max().execute()
            return None if pd.isna(newest) else pd.Timestamp(newest).date()

        return self.cached(("latest", la_code), read)

    def summaries(self, la_code: str, month: date) -> list[IndicatorSummary]:
        """Every indicator's summary up to the month: series, SPC, RAG, England."""
        return self.cached(
            ("summaries", la_code, month),
            lambda: summarise(self.store, la_code, month, self.config),
        )

    def published(self, la_code: str) -> pd.DataFrame:
        """All the council's figures after disclosure control (``suppressed`` column added).

        Suppression looks across breakdowns and indicators, so it runs on the whole council
        at once, as the pack does.
        """

        def read() -> pd.DataFrame:
            values = self.store.table("indicator_value")
            rows = values.filter(values.la_code == la_code).execute()
            rows["month"] = pd.to_datetime(rows["month"]).dt.date
            return suppress(rows)

        return self.cached(("published", la_code), read)

    def figures(self, la_code: str, indicator_id: str, public: bool) -> pd.DataFrame:
        """One indicator's figures, every month and breakdown; suppressed if ``public``."""

        def read() -> pd.DataFrame:
            values = self.store.table("indicator_value")
            rows = values.filter(
                (values.la_code == la_code) & (values.indicator_id == indicator_id)
            ).execute()
            rows["month"] = pd.to_datetime(rows["month"]).dt.date
            result: pd.DataFrame = rows.assign(suppressed=False)
            return result

        if public:
            frame = self.published(la_code)
            rows = frame[frame["indicator_id"] == indicator_id]
        else:
            rows = self.cached(("figures", la_code, indicator_id), read)
        result: pd.DataFrame = rows[[*FIGURE_COLUMNS, "suppressed"]]
        return result.sort_values(["breakdown", "month", "breakdown_value"]).reset_index(drop=True)

    def children(
        self, la_code: str, indicator_id: str, month: date, breakdown: tuple[str, str] | None
    ) -> pd.DataFrame:
        """The units behind a figure (see ``csc_scorecard.indicators.records``)."""
        units: pd.DataFrame = self._locked(
            lambda: records(self.store, indicator_id, month, la_code, breakdown)
        )
        return units

    def quarantine_counts(self, la_code: str, source: str | None) -> pd.DataFrame:
        """The council's rejected rows by source and rule (records, not children: as the pack)."""
        return self.cached(
            ("quarantine", la_code, source),
            lambda: quarantine_report.counts(self._rejected(la_code, source, None)),
        )

    def quarantine_rows(
        self, la_code: str, source: str | None, rule: str | None, limit: int
    ) -> pd.DataFrame:
        """The first ``limit`` of the council's rejected rows of a source and rule."""
        rows = self._rejected(la_code, source, rule)
        return self._locked(lambda: quarantine_report.listing(rows, limit))

    def _rejected(self, la_code: str, source: str | None, rule: str | None) -> ibis.Table:
        rows = quarantine_report.rejected(self.store, source or None, rule or None)
        return rows.filter(rows.la_code == la_code)

    def cached(self, key: tuple[Any, ...], read: Callable[[], T]) -> T:
        """``read()``'s result, kept under ``key`` until the store file changes.

        At most ``CACHE_ENTRIES`` are kept; the least recently used goes first.
        """
        stamp = self._stamp()
        with self._lock:
            if stamp != self._version:
                self._cache.clear()
                self._version = stamp
            if key in self._cache:
                self._cache.move_to_end(key)
            else:
                self._cache[key] = read()
                while len(self._cache) > CACHE_ENTRIES:
                    self._cache.popitem(last=False)
            value: T = self._cache[key]
            return value

    def _locked(self, read: Callable[[], T]) -> T:
        with self._lock:
            return read()

    def _stamp(self) -> float:
        path = Path(self.path)
        return path.stat().st_mtime if path.exists() else 0.0
