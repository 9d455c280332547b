"""The dashboard's own read-only copy of the store, published by ``scorecard compute``.

DuckDB lets one process write a file, or any number read it, never both: a dashboard reading
the store itself would lock out ``compute``, ``status``, ``show`` and a second dashboard. So
``compute`` ends by copying the store into a new file beside it (``<store>.dashboard/``),
adding to the copy everything a month's pages need, computed once for every month:

- ``dashboard_published``: the council's figures after the pack's disclosure control (one
  ``privacy.suppress`` pass over every indicator, month and breakdown), for viewers;
- ``dashboard_summary`` and ``dashboard_series``: for every month and each audience, the
  analysis summaries (SPC, RAG, England, sentences) -- the viewers' built from the published
  figures alone, so no limit, signal, RAG or sentence rests on a suppressed count.

The previous copy's summaries are kept for every council and indicator whose headline
figures (as computed and as published), configuration and months shown are unchanged, and
only the others are worked out again (``_changed``): recomputing two indicators, or the same
figures again, costs a comparison, not every indicator's SPC for every month.

Then ``web.month_pages`` renders every month's overview table for each audience into
``dashboard_page`` (kept from the previous copy for councils where nothing changed), and
``web.dashboard_copy`` swaps the ``current`` pointer to the new file (an atomic rename). A
dashboard reads the file ``current`` names, read-only, and notices a new one on its next
request; a file it still has open stays readable until it lets go, so serving never waits
for ``compute`` and ``compute`` never waits for serving. An unseen month costs a query, not
a second of SPC, and its overview a read, not its rendering.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import time
import warnings
from collections.abc import Hashable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, fields, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd

from csc_scorecard.analysis.config import AnalysisConfig, Recalculation
from csc_scorecard.analysis.spc import Suggestion
from csc_scorecard.analysis.summary import (
    SERIES_COLUMNS,
    IndicatorSummary,
    summarise_figures,
)
from csc_scorecard.calendar import month_index, month_of
from csc_scorecard.indicators import values
from csc_scorecard.indicators.aggregate import FIGURE_COLUMNS, MONTH_ALONE
from csc_scorecard.indicators.catalogue import BY_ID
from csc_scorecard.indicators.spine import as_dates
from csc_scorecard.privacy import suppress
from csc_scorecard.publish.scorecard import NOT_PUBLISHED
from csc_scorecard.store import Store
from csc_scorecard.web import page_store
from csc_scorecard.web.slices import Slices

Audience = Literal["published", "computed"]
AUDIENCES: tuple[Audience, ...] = ("published", "computed")
"""Who a summary is for: viewers see the published figures, analysts the computed ones."""
POINTER = "current"
KEPT = ("indicator", "la_code", "month", "series")
"""Summary fields stored as columns or rows of their own; the rest go into ``fields`` (JSON)."""
MONTHS_SHOWN = 25
"""Months the dashboard has pages for, up to the latest: two years and the month a year
before the first of them. Each page's charts still show the whole series up to its month;
older months' pages are the packs of their time. Working out a month for both audiences
takes about a second of processor time, so every month of a six-year store would make
``compute`` several times slower."""
HEADLINE = ("all", MONTH_ALONE)
PACK_TABLES = ("published_pack", "published_figure", "published_file")
"""The store's record of published packs (``publish.record``), for the indicator pages."""
FORECAST_TABLES = ("forecast_value", "forecast_backtest", "forecast_accuracy", "forecast_floor")
"""What ``scorecard forecast`` stores (``forecast.results``), for the Forecast page."""
PAGES = page_store.TABLE
INLINE_MONTHS = 24
"""Below this many (council, audience, month) summaries the work is not worth more processes."""


def folder(store_path: str | Path) -> Path:
    """Where a store's dashboard copies live: ``<store>.dashboard/``."""
    return Path(f"{store_path}.dashboard")


def current(store_path: str | Path) -> Path | None:
    """The dashboard copy ``compute`` published last, or None when there is none yet."""
    pointer = folder(store_path) / POINTER
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    found = pointer.parent / name
    return found if found.is_file() else None


def staged(store_path: str | Path, config: AnalysisConfig) -> tuple[Path, Path | None, set[str]]:
    """A new copy of the (closed) store with the month summaries added, not yet current.

    Returns the copy, the current copy it will replace (None for the first) and the councils
    whose summaries are unchanged since that one (their pages can be kept). The store must
    not be open for writing in this process or another (``compute`` closes its connection
    first). ``web.dashboard_copy.publish`` adds the pages and makes the copy current.
    """
    source = Path(store_path)
    earlier = current(source)
    target = folder(source)
    target.mkdir(exist_ok=True)
    name = f"{time.time_ns()}.duckdb"
    staging = target / f"{name}.tmp"
    shutil.copyfile(source, staging)
    wal = Path(f"{source}.wal")
    if wal.exists():  # a store last closed uncleanly: its copy replays the same log
        shutil.copyfile(wal, Path(f"{staging}.wal"))
    store = Store(str(staging))
    try:
        unchanged = _add_summaries(store, config, earlier)
        store.con.raw_sql("CHECKPOINT")
    finally:
        store.con.disconnect()
    return staging, earlier, unchanged


def publish_tables(store_path: str | Path, tables: dict[str, pd.DataFrame]) -> Path | None:
    """Tables no summary rests on changed: a new copy with them replaced, nothing worked out.

    A pack was recorded (``PACK_TABLES``: the history of published values on indicator
    pages) or a forecast made (``FORECAST_TABLES``: the Forecast page). ``tables`` holds
    each table's rows as the store has them now (read before its connection closed); the
    new copy is the current one with those tables replaced, without working every month's
    summaries out again. None when there is no copy yet (``compute`` makes the first, with
    the tables in it).
    """
    found = current(store_path)
    if found is None:
        return None
    staging = folder(store_path) / f"{time.time_ns()}.duckdb.tmp"
    shutil.copyfile(found, staging)
    store = Store(str(staging))
    try:
        for name, rows in tables.items():
            store.con.truncate_table(name)
            store.insert_frame(name, rows)
        store.con.raw_sql("CHECKPOINT")
    finally:
        store.con.disconnect()
    return make_current(staging)


def make_current(staging: Path) -> Path:
    """Rename a finished copy into place, point ``current`` at it and remove older copies."""
    target, name = staging.parent, staging.name.removesuffix(".tmp")
    os.replace(staging, target / name)
    pointer = target / f"{POINTER}.tmp"
    pointer.write_text(name, encoding="utf-8")
    os.replace(pointer, target / POINTER)
    for old in target.glob("*.duckdb*"):
        if old.name != name:
            old.unlink(missing_ok=True)
    return target / name


def _add_summaries(store: Store, config: AnalysisConfig, earlier: Path | None = None) -> set[str]:
    """The published figures and every month's summaries for both audiences, as tables.

    With the ``earlier`` copy, its summaries of unchanged councils and indicators are kept.
    Returns the councils none of whose summaries or headline figures changed.
    """
    councils = values.councils(store)
    published: list[pd.DataFrame] = []
    headlines: dict[str, tuple[pd.DataFrame, pd.DataFrame, list[date]]] = {}
    for la_code in councils:
        rows = values.figures(store, la_code=la_code)
        shown = suppress(rows)
        published.append(shown)
        # The headline and, for rolling figures, the month alone that their SPC is run on.
        computed, public = (f[f["breakdown"].isin(HEADLINE)] for f in (rows, shown))
        headlines[la_code] = (computed, public, _months_shown(computed))
    told = pd.DataFrame(
        [(la, item, config.fingerprint(la, item)) for la in councils for item in BY_ID],
        columns=["la_code", "indicator_id", "fingerprint"],
    )
    kept, unchanged = _kept(store, earlier, headlines, told)
    work: list[Work] = []
    for la_code, (computed, public, months) in headlines.items():
        redo = ~computed["indicator_id"].isin(kept.get(la_code, ()))
        shown = public[public["indicator_id"].isin(computed.loc[redo, "indicator_id"])]
        work += [(la_code, computed[redo], shown, chunk) for chunk in _chunks(months)
                 if redo.any()]  # fmt: skip
    summaries, series = _run(work, config)
    _create(store, "dashboard_config", told)
    columns = [*FIGURE_COLUMNS, "suppressed", "reason"]
    _create(store, "dashboard_published", _frame(published, columns))
    _create(store, "dashboard_software", pd.DataFrame({"version": [page_store.release()]}))
    for name, frame in (("dashboard_summary", summaries), ("dashboard_series", series)):
        if kept:
            _keep(store, name, kept)
            if not frame.empty:
                store.con.insert(name, frame)
        else:
            _create(store, name, frame)
    store.con.raw_sql("DETACH DATABASE IF EXISTS earlier")
    return unchanged


def _kept(store: Store, earlier: Path | None,
          headlines: dict[str, tuple[pd.DataFrame, pd.DataFrame, list[date]]],
          told: pd.DataFrame) -> tuple[dict[str, set[str]], set[str]]:  # fmt: skip
    """Per council, the indicators whose summaries in the ``earlier`` copy still hold.

    Also the councils where every one holds and no indicator came or went. They hold when
    the copy was made by this release, and the indicator's headline figures as computed and
    as published (with what was suppressed), its configuration fingerprint and the council's
    months shown are all as they were. The earlier copy stays attached as ``earlier`` for
    ``_keep``.
    """
    if earlier is None:
        return {}, set()
    quoted = str(earlier).replace("'", "''")
    store.con.raw_sql(f"ATTACH '{quoted}' AS earlier (READ_ONLY)")
    tables = _earlier(store, "SELECT table_name FROM information_schema.tables"
                             " WHERE table_catalog = 'earlier'")  # fmt: skip
    if "dashboard_software" not in set(tables["table_name"]) or _earlier(
        store, "SELECT version FROM earlier.dashboard_software"
    )["version"].tolist() != [page_store.release()]:
        return {}, set()
    before = _earlier(store, "SELECT * FROM earlier.dashboard_config")
    same_config = told.merge(before, how="inner", on=list(told.columns))
    headline = ", ".join(f"'{b}'" for b in HEADLINE)
    columns = ", ".join(FIGURE_COLUMNS)
    kept: dict[str, set[str]] = {}
    whole: set[str] = set()
    for la_code, (computed, public, months) in headlines.items():
        where = f"la_code = ? AND breakdown IN ({headline})"
        shown = _earlier(store, "SELECT DISTINCT pack_month FROM earlier.dashboard_summary"
                                " WHERE la_code = ?", la_code)  # fmt: skip
        if sorted(as_dates(shown["pack_month"])) != months:
            continue
        was_computed = _earlier(store, f"SELECT {columns} FROM earlier.indicator_value"
                                       f" WHERE {where}", la_code)  # fmt: skip
        was_public = _earlier(store, f"SELECT {columns}, suppressed FROM"
                                     f" earlier.dashboard_published WHERE {where}",
                              la_code)  # fmt: skip
        changed = _differ(computed, was_computed) | _differ(
            public[[*FIGURE_COLUMNS, "suppressed"]], was_public
        )
        unchanged = set(same_config.loc[same_config["la_code"] == la_code, "indicator_id"])
        kept[la_code] = (set(computed["indicator_id"]) & unchanged) - changed
        if not changed and kept[la_code] == set(computed["indicator_id"]):
            whole.add(la_code)
    return kept, whole


def _earlier(store: Store, sql: str, *parameters: str) -> pd.DataFrame:
    """A query on the attached earlier copy, as a data frame."""
    frame: pd.DataFrame = store.con.con.execute(sql, list(parameters)).df()
    return frame


def _differ(now: pd.DataFrame, before: pd.DataFrame) -> set[str]:
    """Indicators with a row in one frame and not the other (the same columns in each)."""
    before = before.assign(month=as_dates(before["month"]))
    both = pd.concat([now.astype(object), before[list(now.columns)].astype(object)])
    both = both.where(both.notna(), None)
    return set(both.loc[~both.duplicated(keep=False), "indicator_id"])


def _keep(store: Store, name: str, kept: dict[str, set[str]]) -> None:
    """Create ``name`` from the earlier copy's rows of the kept councils and indicators."""
    pairs = pd.DataFrame(
        [(la_code, item) for la_code, items in kept.items() for item in sorted(items)],
        columns=["la_code", "indicator_id"],
    ).astype(str)
    store.con.con.register("kept_pairs", pairs)
    store.con.raw_sql(
        f"CREATE TABLE {name} AS SELECT * FROM earlier.{name}"
        " SEMI JOIN kept_pairs USING (la_code, indicator_id)"
    )
    store.con.con.unregister("kept_pairs")


def _create(store: Store, name: str, frame: pd.DataFrame) -> None:
    """A table of the copy from a frame, which is empty when the store has no figures yet.

    Empty, a frame's columns have no type DuckDB can create, so they are made text: a store
    loaded but not computed gets a copy whose pages say there are no figures yet, rather
    than a dashboard that cannot start.
    """
    if frame.empty:
        frame = frame.astype({c: "string" for c in frame.columns if frame[c].dtype == object})
    store.con.create_table(name, frame)


def _frame(parts: list[pd.DataFrame], columns: list[str]) -> pd.DataFrame:
    """The parts as one table (an empty one with ``columns`` when there are none)."""
    kept = [p for p in parts if not p.empty]
    return pd.concat(kept, ignore_index=True) if kept else pd.DataFrame(columns=columns)


def _months_shown(headline: pd.DataFrame) -> list[date]:
    """The council's last ``MONTHS_SHOWN`` months, the months the dashboard has pages for."""
    if headline.empty:
        return []
    first, last = month_index(min(headline["month"])), month_index(max(headline["month"]))
    return [month_of(i) for i in range(max(first, last - MONTHS_SHOWN + 1), last + 1)]


def _chunks(every: list[date]) -> Iterator[list[date]]:
    """The months, in as many chunks as there are processors."""
    parts = max(1, os.cpu_count() or 1)
    for part in np.array_split(np.arange(len(every)), parts):
        if len(part):
            yield [every[i] for i in part]


Work = tuple[str, pd.DataFrame, pd.DataFrame, list[date]]
"""A council, its headline figures as computed and as published, and some of its months."""


def _run(work: list[Work], config: AnalysisConfig) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Every chunk's summaries as rows, in worker processes when there are many."""
    total = sum(len(months) for *_, months in work)
    if total < INLINE_MONTHS:
        done = [_summaries_as_rows(item, config) for item in work]
    else:
        # spawn: a forked copy of a process holding DuckDB threads can deadlock.
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(os.cpu_count(), mp_context=context) as pool:
            done = list(pool.map(_summaries_as_rows, work, [config] * len(work)))
    keys = ["la_code", "audience", "pack_month", "indicator_id"]
    return (
        _frame([s for s, _ in done], [*keys, "fields"]),
        _frame([r for _, r in done], [*keys, *SERIES_COLUMNS]),
    )


def _summaries_as_rows(item: Work, config: AnalysisConfig) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One chunk of months: each month's summaries for both audiences, flattened into rows."""
    la_code, computed, published, months = item
    summaries, series = [], []
    done = [(m, *found) for m in months for found in _both(la_code, computed, published, m,
                                                            config)]  # fmt: skip
    for month, audience, summary in done:
        keys: dict[str, Any] = {
            "la_code": la_code,
            "audience": audience,
            "pack_month": month,
            "indicator_id": summary.indicator.id,
        }
        summaries.append({**keys, "fields": _fields_json(summary)})
        series.append(summary.series.assign(**keys))
    return pd.DataFrame(summaries), (pd.concat(series) if series else pd.DataFrame())


def summaries_again(
    la_code: str,
    computed: pd.DataFrame,
    published: pd.DataFrame,
    month: date,
    config: AnalysisConfig,
    audience: Audience,
) -> list[IndicatorSummary]:
    """One month's summaries for one audience, worked out now from the copy's figures.

    For indicators whose configuration changed since ``compute`` (see
    ``AnalysisConfig.fingerprint``): the same work as ``compute`` does, for those alone.
    """
    both = _both(la_code, computed, published, month, config)
    return [summary for told, summary in both if told == audience]


def _both(
    la_code: str, computed: pd.DataFrame, published: pd.DataFrame, month: date,
    config: AnalysisConfig,
) -> list[tuple[Audience, IndicatorSummary]]:  # fmt: skip
    """The month's summaries as computed, and as published.

    An indicator none of whose figures up to the month is suppressed has the same summary
    for both; the others are summarised again from their published figures alone.
    """
    upto = computed[computed["month"] <= month]
    shown = published[published["month"] <= month]
    hidden = shown.groupby("indicator_id")["suppressed"].transform("any")
    with warnings.catch_warnings():  # pandas' notices about all-empty (suppressed) series
        warnings.simplefilter("ignore", FutureWarning)
        everyone = summarise_figures(_by_indicator(upto), la_code, month, config)
        public = summarise_figures(_by_indicator(shown[hidden]), la_code, month, config)
    redone = {s.indicator.id: s for s in public}
    return [
        pair
        for summary in everyone
        for pair in (
            ("computed", summary),
            ("published", _as_published(redone.get(summary.indicator.id, summary), shown)),
        )
    ]


def _by_indicator(rows: pd.DataFrame) -> pd.DataFrame:
    """Headline (and month-alone) rows, in the columns ``summarise_figures`` reads."""
    return rows[["indicator_id", "month", "breakdown", "numerator", "denominator", "value"]]


def _as_published(summary: IndicatorSummary, published: pd.DataFrame) -> IndicatorSummary:
    """A viewer's summary: when the month's own figure is suppressed, say so, as the pack.

    The summary was computed from the published figures, so it has no value, RAG or
    movement for the month; the sentence says why instead of staying silent.
    """
    mine = published[
        (published["indicator_id"] == summary.indicator.id)
        & (published["month"] == summary.month)
        & published["suppressed"]
    ]
    if mine.empty:
        return summary
    return replace(summary, narrative=(NOT_PUBLISHED.format(month=f"{summary.month:%B %Y}"),))


def _fields_json(summary: IndicatorSummary) -> str:
    """The summary's other fields (figures, judgements, sentences) as JSON."""
    kept = {f.name: getattr(summary, f.name) for f in fields(summary) if f.name not in KEPT}
    return json.dumps(kept, default=_plain)


def _plain(value: Any) -> Any:
    """JSON for what a summary holds beyond plain values (``_restored`` reads it back)."""
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, date):  # datetime too
        return value.isoformat()
    if isinstance(value, Recalculation | Suggestion):
        return asdict(value)
    if isinstance(value, pd.DataFrame):
        return json.loads(value.to_json(orient="split", date_format="iso", index=False))
    raise TypeError(f"cannot store {type(value).__name__} in a dashboard summary")


TUPLE_FIELDS = frozenset(
    f.name for f in fields(IndicatorSummary) if str(f.type).startswith("tuple")
)
"""Summary fields JSON gives back as lists."""


def _restored(values: dict[str, Any]) -> dict[str, Any]:
    """The summary fields ``_fields_json`` stored, as their own types again."""
    found: dict[str, Any] = {k: tuple(values[k]) for k in TUPLE_FIELDS if k in values}
    found["recalculations"] = tuple(
        Recalculation(
            month=date.fromisoformat(r["month"]),
            reason=r["reason"],
            source=r["source"],
            recorded_by=r["recorded_by"],
            recorded_at=datetime.fromisoformat(r["recorded_at"]) if r["recorded_at"] else None,
        )
        for r in values.get("recalculations", ())
    )
    suggested = values.get("suggested_recalculation")
    if suggested:
        found["suggested_recalculation"] = Suggestion(
            date.fromisoformat(suggested["month"]), suggested["reason"]
        )
    monthly = values.get("monthly")
    if monthly:
        frame = pd.DataFrame(monthly["data"], columns=monthly["columns"])
        frame["month"] = as_dates(frame["month"])
        found["monthly"] = frame
    return {**values, **found}


def series_by_indicator(series: pd.DataFrame) -> Mapping[Hashable, pd.DataFrame]:
    """The stored series rows of a month (``dashboard_series``), by indicator in month order.

    Converted and sorted once for every indicator; an indicator's slice is cut when asked
    for (an indicator page of a month nobody has viewed needs one of the 66).
    """
    rows = series.assign(month=as_dates(series["month"])).sort_values("month", kind="stable")
    return Slices(rows, ["indicator_id"], SERIES_COLUMNS)


def summaries_from_rows(
    la_code: str, month: date, rows: pd.DataFrame, series: Mapping[Hashable, pd.DataFrame]
) -> list[IndicatorSummary]:
    """The summaries ``_summaries_as_rows`` stored, rebuilt in catalogue order.

    ``series`` is ``series_by_indicator`` of the month's stored series.
    """
    found = []
    for indicator_id, text in zip(rows["indicator_id"], rows["fields"], strict=True):
        values = _restored(json.loads(text))
        frame = series.get(str(indicator_id))
        if frame is None:
            frame = pd.DataFrame(columns=list(SERIES_COLUMNS))
        found.append(IndicatorSummary(indicator=BY_ID[str(indicator_id)], la_code=la_code,
                                      month=month, series=frame, **values))  # fmt: skip
    order = {item: i for i, item in enumerate(BY_ID)}
    return sorted(found, key=lambda s: order[s.indicator.id])
