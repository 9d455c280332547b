"""The store's figures as the dashboard shows them, and the one rule of who sees which.

``figures_for`` decides what a role may see: a viewer the published figures -- the pack's
disclosure control applied -- and summaries (SPC limits, signals, RAG, sentences) computed
from those alone, so nothing on a viewer's screen or in a viewer's export rests on a
suppressed count; analysts and admins the figures as computed. Every page and export reads
through the ``RoleFigures`` it returns.

The figures come from the dashboard's read-only copy of the store (``web.snapshot``), which
``scorecard compute`` publishes with every month's summaries already worked out: a month
nobody has viewed costs one query. Each request thread reads through its own read-only
connection, so no request waits for another's query and the store itself is never locked.
Results are cached per copy; when ``compute`` publishes a new copy the next request reads it.
"""

from __future__ import annotations

import threading
import zlib
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any, Literal, TypeVar

import ibis
import pandas as pd
from markupsafe import Markup
from starlette.types import ASGIApp, Receive, Scope, Send

from csc_scorecard import quarantine_report
from csc_scorecard.analysis.benchmarks import (
    Benchmark,
    Rug,
    as_published,
    latest_year,
    tartan_rug,
)
from csc_scorecard.analysis.benchmarks import (
    benchmark as benchmark_at,
)
from csc_scorecard.analysis.config import AnalysisConfig, load_config
from csc_scorecard.analysis.funnel_plot import FunnelPlot, as_shown, funnel_plot
from csc_scorecard.analysis.summary import IndicatorSummary
from csc_scorecard.errors import InputError
from csc_scorecard.indicators import aggregate, values
from csc_scorecard.indicators.records import records
from csc_scorecard.indicators.spine import as_dates
from csc_scorecard.publish.model import Revisions
from csc_scorecard.publish.record import published_histories, published_packs
from csc_scorecard.publish.revisions import of_pack
from csc_scorecard.store import Store
from csc_scorecard.web import snapshot, templating
from csc_scorecard.web.forecasts import StoredForecast, read_forecast
from csc_scorecard.web.roles import Role
from csc_scorecard.web.slices import Slices
from csc_scorecard.web.snapshot import Audience

T = TypeVar("T")
MonthTable = Literal["dashboard_summary", "dashboard_series"]
CACHE_ENTRIES = 500
"""Cached results kept: rendered pages are 200-300 kB at most, so about 150 MB in all."""
FIGURE_COLUMNS = [column for column in aggregate.FIGURE_COLUMNS if column != "la_code"]
"""A council's figures, as its pages read them (the council is known)."""


_PINNED: ContextVar[tuple[Figures, Path] | None] = ContextVar("dashboard_copy", default=None)
"""The copy the running request reads, and whose reader found it (``Figures.pinned``)."""


class Figures:
    """Read access to the dashboard's copy of one store, shared by every request."""

    def __init__(
        self, store_path: str, config: AnalysisConfig | None = None, fixed: Path | None = None
    ) -> None:
        self.path = store_path
        self.config = config or load_config()
        self._fixed = fixed  # one copy file, read as it is (see ``of_copy``)
        if fixed is None and not Path(store_path).is_file():
            raise InputError(f"there is no store at {store_path}: load the data and run"
                             " scorecard compute first")  # fmt: skip
        self._guard = threading.Lock()  # guards the cache's bookkeeping, never a read
        self._cache: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._reading: dict[tuple[Any, ...], threading.Event] = {}  # keys being read now
        self._copy: Path | None = None
        self._local = threading.local()

    @classmethod
    def of_copy(cls, copy: Path, config: AnalysisConfig) -> Figures:
        """A reader of one copy file, current or not: ``compute`` reads the copy it publishes."""
        return cls(str(copy), config, fixed=copy)

    def close(self) -> None:
        """Close the calling thread's connection (a worker process done with a copy)."""
        store: Store | None = getattr(self._local, "store", None)
        if store is not None:
            store.con.disconnect()
            self._local.store = self._local.copy = None

    def page(self, la_code: str, month: date, audience: Audience, name: str) -> Markup | None:
        """A page ``compute`` rendered into the copy (``web.month_pages``), or None.

        None when the copy has none, when other templates rendered it, or when one of the
        council's indicators is configured otherwise than when ``compute`` ran (its summaries
        are worked out again here, so the page must be rendered here too).
        """
        if self._reconfigured(la_code):
            return None

        def read() -> Markup | None:
            store = self.store()
            if snapshot.PAGES not in self._tables():
                return None
            found = store.con.con.execute(
                f"SELECT html FROM {snapshot.PAGES} WHERE la_code = ? AND audience = ?"
                " AND pack_month = ? AND page = ? AND rendered_by = ?",
                [la_code, audience, month, name, templating.stamp()],
            ).fetchone()
            return None if found is None else Markup(zlib.decompress(found[0]).decode("utf-8"))

        return self.cached(("page", la_code, month, audience, name), read)

    def _tables(self) -> frozenset[str]:
        """The copy's tables, listed once per copy (a listing costs about 10 ms)."""
        return self.cached(("tables",), lambda: frozenset(self.store().con.list_tables()))

    def councils(self) -> list[str]:
        """Councils with computed figures, in code order."""

        def read() -> list[str]:
            return values.councils(self.store())

        return self.cached(("councils",), read)

    def months(self, la_code: str) -> tuple[date, date] | None:
        """The first and latest months with pages for the council (first days), or None.

        ``compute`` works out the pages of the latest ``snapshot.MONTHS_SHOWN`` months.
        """

        def read() -> tuple[date, date] | None:
            pages = self.store().table("dashboard_summary")
            mine = pages.filter(pages.la_code == la_code)
            found = mine.aggregate(
                first=mine.pack_month.min(), last=mine.pack_month.max()
            ).execute()
            if found.empty or pd.isna(found["last"].iloc[0]):
                return None
            first, last = (pd.Timestamp(found[c].iloc[0]).date() for c in ("first", "last"))
            return first, last

        return self.cached(("months", la_code), read)

    def latest_month(self, la_code: str) -> date | None:
        """The newest month with figures for the council (first day), or None."""
        found = self.months(la_code)
        return None if found is None else found[1]

    def summaries(
        self, la_code: str, month: date, audience: Audience, indicator_id: str | None = None
    ) -> list[IndicatorSummary]:
        """Every indicator's summary for the month (or one's), as ``compute`` worked it out."""

        def read() -> list[IndicatorSummary]:
            rows, series = self._stored(la_code, month, audience)
            if indicator_id is not None:
                rows = rows[rows["indicator_id"] == indicator_id]
            found = snapshot.summaries_from_rows(la_code, month, rows, series)
            stale = self._reconfigured(la_code) & {s.indicator.id for s in found}
            if not stale:
                return found
            again = {s.indicator.id: s for s in self._summaries_again(la_code, month,
                                                                      audience, stale)}  # fmt: skip
            return [again.get(s.indicator.id, s) for s in found]

        return self.cached(("summaries", la_code, month, audience, indicator_id), read)

    def _stored(
        self, la_code: str, month: date, audience: Audience
    ) -> tuple[pd.DataFrame, Mapping[Hashable, pd.DataFrame]]:
        """The month's stored summaries and series (by indicator), read once for all its pages.

        An indicator page of a month nobody has viewed then builds its one summary from rows
        already read, as the month's other indicator pages and its overview do.
        """

        def read() -> tuple[pd.DataFrame, Mapping[Hashable, pd.DataFrame]]:
            store = self.store()
            rows, series = (
                _month_rows(store, name, la_code, month, audience)
                for name in ("dashboard_summary", "dashboard_series")
            )
            return rows, snapshot.series_by_indicator(series)

        return self.cached(("stored", la_code, month, audience), read)

    def _reconfigured(self, la_code: str) -> set[str]:
        """Indicators whose summaries ``compute`` worked out under another configuration."""

        def read() -> set[str]:
            told = self.store().table("dashboard_config")
            rows = told.filter(told.la_code == la_code).execute()
            return {
                str(item)
                for item, digest in zip(rows["indicator_id"], rows["fingerprint"], strict=True)
                if self.config.fingerprint(la_code, str(item)) != digest
            }

        return self.cached(("reconfigured", la_code), read)

    def _summaries_again(
        self, la_code: str, month: date, audience: Audience, indicator_ids: set[str]
    ) -> list[IndicatorSummary]:
        """The indicators' summaries worked out under this dashboard's configuration."""
        computed, published = (
            pd.concat(
                [by_id[i] for i in sorted(indicator_ids) if i in by_id]
                or [pd.DataFrame(columns=[*FIGURE_COLUMNS, "suppressed"])],
                ignore_index=True,
            ).pipe(lambda f: f[f["breakdown"].isin(snapshot.HEADLINE)])
            for by_id in (self.council_figures(la_code, told) for told in ("computed", "published"))
        )
        return snapshot.summaries_again(la_code, computed, published, month, self.config, audience)

    def council_figures(self, la_code: str, audience: Audience) -> dict[str, pd.DataFrame]:
        """The council's figures for the audience by indicator, every month and breakdown.

        ``suppressed`` says which are hidden; read once and split, so a page of 66
        indicators looks each up rather than filtering the council's 35,000 rows 66 times.
        """

        def read() -> dict[str, pd.DataFrame]:
            table = "dashboard_published" if audience == "published" else "indicator_value"
            source = self.store().table(table)
            rows = source.filter(source.la_code == la_code).execute()
            rows["month"] = as_dates(rows["month"])
            if audience == "computed":
                rows = rows.assign(suppressed=False)
            ordered = rows[[*FIGURE_COLUMNS, "suppressed"]].sort_values(
                ["breakdown", "month", "breakdown_value"]
            )
            return {
                str(key): group.reset_index(drop=True)
                for key, group in ordered.groupby("indicator_id", sort=False)
            }

        return self.cached(("figures", la_code, audience), read)

    def published_history(self, la_code: str, indicator_id: str, month: date) -> pd.DataFrame:
        """The month's total as each published pack printed it, and as computed then.

        Read from the copy, which ``compute`` and every recorded pack publish
        (``snapshot.publish_tables``): the council's whole history once, then looked up
        (one frame cut by indicator and month, see ``web.slices``).
        """

        def read() -> Mapping[Hashable, pd.DataFrame]:
            store = self.store()
            if not set(snapshot.PACK_TABLES) <= self._tables():
                return {}  # A copy published before packs were recorded: no pack is known.
            return Slices(published_histories(store, la_code), ["indicator_id", "month"])

        found = self.cached(("published history", la_code), read).get((indicator_id, month))
        if found is None:
            return pd.DataFrame(columns=["pack_id", "pack_month", "generated", "shown",
                                         "computed"])  # fmt: skip
        return found

    def revisions(self, la_code: str, month: date) -> Revisions | None:
        """What the pack published for the month listed as revised (``revisions.of_pack``).

        Worked out from the packs' records in the copy, as printed: the same for every role.
        """

        def read() -> Revisions | None:
            if month not in self._pack_months(la_code):
                return None  # no pack for the month lists anything (nor a copy before packs)
            return of_pack(self.store(), la_code, month)

        return self.cached(("revisions", la_code, month), read)

    def _pack_months(self, la_code: str) -> frozenset[date]:
        """The months the council's published packs are for, read once per copy.

        Most months of the dashboard have no pack, and asking ``of_pack`` to find none cost
        17 ms of ibis compiling for every month's first indicator page.
        """

        def read() -> frozenset[date]:
            if not set(snapshot.PACK_TABLES) <= self._tables():
                return frozenset()  # a copy published before packs were recorded
            return frozenset(as_dates(published_packs(self.store(), la_code)["month"]))

        return self.cached(("pack months", la_code), read)

    def benchmark(self, la_code: str, indicator_id: str, month: date) -> Benchmark | None:
        """The indicator's latest benchmark at or before the month, as loaded (None: none).

        From the ``benchmark_value`` and ``statistical_neighbour`` tables of the copy (read
        once per copy), so published statistics loaded after the last ``compute`` appear once
        it runs again. One indicator at a time: an indicator page needs no other.
        """
        frame = self._published_statistics().get(indicator_id)
        year = None if frame is None else self._year(la_code, indicator_id, month, frame)
        if frame is None or year is None:
            return None

        def read() -> Benchmark:
            return benchmark_at(frame, indicator_id, la_code, year, self._neighbours(la_code))

        return self.cached(("benchmark", la_code, indicator_id, year), read)

    def _year(
        self, la_code: str, indicator_id: str, month: date, frame: pd.DataFrame
    ) -> date | None:
        """The year the month's benchmark is of (``latest_year``): a year's months share one."""
        return self.cached(
            ("benchmark year", la_code, indicator_id, month),
            lambda: latest_year(frame, la_code, month),
        )

    def _benchmark_figures(self) -> pd.DataFrame:
        """DfE's published figures in the copy (``values.benchmark_figures``)."""
        return self.cached(("benchmark figures",),
                           lambda: values.benchmark_figures(self.store()))  # fmt: skip

    def _published_statistics(self) -> dict[str, pd.DataFrame]:
        """DfE's published figures in the copy, by indicator."""

        def read() -> dict[str, pd.DataFrame]:
            every = self._benchmark_figures()
            return {str(i): rows for i, rows in every.groupby("indicator_id", sort=False)}

        return self.cached(("published statistics",), read)

    def _neighbours(self, la_code: str) -> list[str]:
        def read() -> list[str]:
            return values.statistical_neighbours(self.store(), la_code)

        return self.cached(("neighbours", la_code), read)

    def funnel_plot(self, la_code: str, indicator_id: str, month: date) -> FunnelPlot | None:
        """The indicator's funnel plot at its benchmark's year, where one can be drawn.

        From DfE's published figures in the copy (``analysis.funnel_plot.funnel_plot``).
        """
        found = self.benchmark(la_code, indicator_id, month)
        frame = self._published_statistics().get(indicator_id)
        if found is None or frame is None:
            return None
        return self.cached(
            ("funnel plot", la_code, indicator_id, found.year_ending),
            lambda: funnel_plot(frame, indicator_id, la_code, found.year_ending),
        )

    def rug(self, la_code: str, month: date) -> Rug:
        """The council and its neighbours by indicator (``analysis.benchmarks.tartan_rug``)."""
        return self.cached(("rug", la_code, month), lambda: tartan_rug(
            self._benchmark_figures(), self._neighbours(la_code), la_code, month))  # fmt: skip

    def forecast(self, la_code: str, measure: str) -> StoredForecast | None:
        """The council's stored forecasts of a measure and what happened (``web.forecasts``).

        ``scorecard forecast`` hands the copy its tables (``snapshot.publish_tables``).
        """
        return self.cached(
            ("forecast", la_code, measure), lambda: read_forecast(self.store(), la_code, measure)
        )

    def children(
        self, la_code: str, indicator_id: str, month: date, breakdown: tuple[str, str] | None
    ) -> pd.DataFrame:
        """The units behind a figure (see ``csc_scorecard.indicators.records``)."""
        return records(self.store(), indicator_id, month, la_code, breakdown)

    def sources_and_rules(self, la_code: str) -> tuple[set[str], set[str]]:
        """The sources and rules the council's quarantine holds (what may be asked for)."""

        def read() -> tuple[set[str], set[str]]:
            found = self.quarantine_counts(la_code, None)
            return set(found["source"].astype(str)), set(found["rule_id"].astype(str))

        return self.cached(("sources", la_code), read)

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
        return quarantine_report.listing(self._rejected(la_code, source, rule), limit)

    def _rejected(self, la_code: str, source: str | None, rule: str | None) -> ibis.Table:
        rows = quarantine_report.rejected(self.store(), source or None, rule or None)
        return rows.filter(rows.la_code == la_code)

    def cached(self, key: tuple[Any, ...], read: Callable[[], T]) -> T:
        """``read()``'s result, kept under ``key`` for the current copy of the store.

        The read runs outside the guard, so a slow one holds up no other request but those
        for the same new key, which wait for it rather than do the same work again (many
        viewers opening pages of one new month at once). At most ``CACHE_ENTRIES`` are
        kept; the least recently used goes first.
        """
        full = (self.copy().name, *key)
        while True:
            with self._guard:
                if full in self._cache:
                    self._cache.move_to_end(full)
                    found: T = self._cache[full]
                    return found
                reading = self._reading.get(full)
                if reading is None:
                    reading = self._reading[full] = threading.Event()
                    break
            reading.wait()  # then look again: it is cached, or its read failed
        try:
            value = read()
            with self._guard:
                self._cache[full] = value
                while len(self._cache) > CACHE_ENTRIES:
                    self._cache.popitem(last=False)
            return value
        finally:
            with self._guard:
                del self._reading[full]
            reading.set()

    @contextmanager
    def pinned(self) -> Iterator[None]:
        """Within it, ``copy`` is the copy current as it began (one request's reads).

        Why: a page makes dozens of cached reads, and each had looked for the current copy
        again, a file read apiece; under load, with request threads waiting on the GIL after
        every such read, that was a third of the server's time. And a ``compute`` publishing
        mid-request could have given one page figures from two copies.
        """
        found = self._fixed or snapshot.current(self.path)
        token = _PINNED.set((self, found)) if found is not None else None
        try:
            yield
        finally:
            if token is not None:
                _PINNED.reset(token)

    def copy(self) -> Path:
        """The copy ``compute`` published last, or the request's (``pinned``).

        A new one empties the cache.
        """
        pinned = _PINNED.get()
        found = pinned[1] if pinned is not None and pinned[0] is self else None
        found = found or self._fixed or snapshot.current(self.path)
        if found is None:
            raise LookupError(f"the dashboard's copy of {self.path} has gone: run compute")
        with self._guard:
            if found != self._copy:
                self._cache.clear()
                self._copy = found
        return found

    def store(self) -> Store:
        """The calling thread's read-only connection to the current copy (new when it changes)."""
        copy = self.copy()
        local = self._local
        if getattr(local, "copy", None) != copy:
            previous: Store | None = getattr(local, "store", None)
            local.store, local.copy = Store(str(copy), read_only=True), copy
            if previous is not None:
                previous.con.disconnect()
        found: Store = local.store
        return found


class OneCopyPerRequest:
    """ASGI middleware: each request reads the one copy current as it began (``pinned``)."""

    def __init__(self, app: ASGIApp, figures: Figures) -> None:
        self.app, self.figures = app, figures

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Scripts and styles read no figures; any other request reads one copy."""
        if scope["type"] != "http" or str(scope.get("path", "")).startswith("/static/"):
            await self.app(scope, receive, send)
            return
        with self.figures.pinned():
            await self.app(scope, receive, send)


def _month_rows(
    store: Store, table: MonthTable, la_code: str, month: date, audience: Audience
) -> pd.DataFrame:
    """A month's rows of a stored summary table for one council and audience.

    SQL with bound values rather than an ibis expression: compiling one costs more than
    the query, and a month nobody has viewed should cost the query alone.
    """
    found: pd.DataFrame = store.con.con.execute(
        f"SELECT * FROM {table} WHERE la_code = ? AND pack_month = ? AND audience = ?",
        [la_code, month, audience],
    ).df()
    return found


@dataclass(frozen=True)
class RoleFigures:
    """What one role may see of one council's figures; every page and export reads these."""

    source: Figures
    la_code: str
    audience: Audience

    def page(self, month: date, name: str) -> Markup | None:
        """The month's page ``compute`` rendered for the role's audience (see ``Figures.page``)."""
        return self.source.page(self.la_code, month, self.audience, name)

    def summaries(self, month: date) -> list[IndicatorSummary]:
        """Every indicator's summary for the month, built from what the role may see."""
        return self.source.summaries(self.la_code, month, self.audience)

    def summary(self, indicator_id: str, month: date) -> IndicatorSummary | None:
        """One indicator's summary for the month (None when it has no figures yet)."""
        found = self.source.summaries(self.la_code, month, self.audience, indicator_id)
        return found[0] if found else None

    def figures(self, indicator_id: str) -> pd.DataFrame:
        """One indicator's figures, every month and breakdown (``suppressed`` added)."""
        found = self.source.council_figures(self.la_code, self.audience).get(indicator_id)
        if found is None:
            return pd.DataFrame(columns=[*FIGURE_COLUMNS, "suppressed"])
        return found

    def published_history(self, indicator_id: str, month: date) -> pd.DataFrame:
        """The month's total as each published pack printed it ("c" where suppressed).

        Analysts also see the value as computed then (``computed``); a viewer sees only
        what the packs printed, so a suppressed count never reaches a viewer's page.
        """
        found = self.source.published_history(self.la_code, indicator_id, month)
        return found if self.audience == "computed" else found.drop(columns="computed")

    def revisions(self, indicator_id: str, month: date) -> Revisions | None:
        """The indicator's revisions in the pack published for the month, as it printed them.

        The same for every role: a suppressed figure is "c" and its change is not shown.
        """
        found = self.source.revisions(self.la_code, month)
        if found is None:
            return None
        return replace(found, rows=tuple(r for r in found.rows if r.indicator_id == indicator_id))

    def benchmark(self, indicator_id: str, month: date) -> Benchmark | None:
        """The indicator beside DfE's published statistics (None: none loaded for it).

        A viewer's hides the council's own figure, rank and quartile where the council's
        published figures hide a month it rests on (``analysis.benchmarks.as_published``).
        """
        found = self.source.benchmark(self.la_code, indicator_id, month)
        if found is None:
            return None
        key = ("benchmark seen", self.audience, self.la_code, indicator_id, month)
        return self.source.cached(key, lambda: self._seen({indicator_id: found})[indicator_id])

    def funnel_plot(self, indicator_id: str, month: date) -> FunnelPlot | None:
        """The indicator's funnel plot as the role may see it.

        Without the council's point where ``benchmark`` hides the council's figure from the
        role (``analysis.funnel_plot.as_shown``).
        """
        plot = self.source.funnel_plot(self.la_code, indicator_id, month)
        shown = self.benchmark(indicator_id, month)
        return None if plot is None or shown is None else as_shown(plot, shown)

    def rug(self, month: date) -> Rug:
        """The council and its neighbours by indicator; the council's own cells as ``benchmark``."""
        found = self.source.rug(self.la_code, month)
        return {**found, self.la_code: self._seen(found[self.la_code])}

    def _seen(self, found: dict[str, Benchmark]) -> dict[str, Benchmark]:
        """The council's benchmarks as the role may see them (a viewer's as published)."""
        if self.audience == "computed" or not found:
            return found
        figures = [self.figures(i) for i in found]
        kept = [f for f in figures if not f.empty]  # indicators not computed have none
        return as_published(found, pd.concat(kept, ignore_index=True) if kept else figures[0])


def figures_for(source: Figures, role: Role, la_code: str) -> RoleFigures:
    """The figures ``role`` may see: published ones for a viewer, computed ones above.

    The one place the dashboard decides this (DESIGN "Outputs": what a viewer sees is what
    the published pack shows).
    """
    return RoleFigures(source, la_code, "computed" if role >= Role.analyst else "published")
