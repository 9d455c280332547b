"""What a published pack showed, recorded in the store, and the pack rebuilt from that record.

``scorecard pack`` records every figure the pack printed (the value computed, the value and
text as published, whether disclosure control hid it), the loads and computations behind it
(with each file's SHA-256), the configuration and commentary, the briefings and data quality
tables, the benchmark and forecast sections as shown (``section_record``) and the SHA-256 of
every file written. ``scorecard pack --as-published`` rebuilds the pack from that record
alone: the indicators' series go into an in-memory store for the analysis, everything else
is taken as recorded, and the generation time printed is the recorded one, so the HTML is
byte-identical whatever has been loaded, computed or forecast since.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from csc_scorecard.analysis.config import AnalysisConfig
from csc_scorecard.analysis.units import format_figure
from csc_scorecard.briefings.residential import RESIDENTIAL_BRIEFING
from csc_scorecard.briefings.section20 import SECTION20_BRIEFING
from csc_scorecard.indicators import values
from csc_scorecard.indicators.aggregate import FIGURE_COLUMNS, MONTH_ALONE
from csc_scorecard.indicators.catalogue import BY_ID
from csc_scorecard.indicators.definition import Indicator
from csc_scorecard.indicators.spine import as_dates
from csc_scorecard.model import TABLES
from csc_scorecard.publish.assemble import (
    AssembledPack,
    PackSources,
    PublishedFigures,
)
from csc_scorecard.publish.config_record import config_from_json, config_to_json
from csc_scorecard.publish.section_record import (
    BENCHMARKS,
    FORECAST,
    FUNNEL_PLOTS,
    MONTHS_ALONE,
    benchmarks_from_json,
    benchmarks_to_json,
    forecast_from_json,
    forecast_to_json,
    frame_from_json,
    frame_to_json,
    funnel_plots_from_json,
    funnel_plots_to_json,
)
from csc_scorecard.store import Store, file_sha256

KEY = ["indicator_id", "month", "breakdown", "breakdown_value"]
RECORD_COLUMNS = [*KEY, "numerator", "denominator", "value", "published_value", "suppressed",
                  "shown"]  # fmt: skip
BRIEFINGS: dict[str, Indicator] = {
    RESIDENTIAL_BRIEFING.id: RESIDENTIAL_BRIEFING,
    SECTION20_BRIEFING.id: SECTION20_BRIEFING,
}


def indicator_of(indicator_id: str) -> Indicator:
    """A catalogue indicator or one of the pack's briefings."""
    return BY_ID.get(indicator_id) or BRIEFINGS[indicator_id]


def figure_table(computed: pd.DataFrame, published: pd.DataFrame) -> pd.DataFrame:
    """Every figure of the pack, one row each, as computed and as shown (sorted by key).

    ``computed`` and ``published`` are the figures before and after disclosure control (same
    rows, same order). This is what the record keeps and what revisions compare:
    ``published_value`` is empty and ``shown`` is "c" where the figure was suppressed.
    """
    table = computed[[*KEY, "numerator", "denominator", "value"]].assign(
        published_value=published["value"].to_numpy(),
        suppressed=published["suppressed"].astype(bool).to_numpy(),
    )
    table["month"] = as_dates(table["month"])
    table["shown"] = [
        format_figure(v, indicator_of(i).unit, s)
        for i, v, s in zip(table.indicator_id, table.published_value, table.suppressed,
                           strict=True)
    ]  # fmt: skip
    return table.sort_values(KEY, ignore_index=True)[RECORD_COLUMNS]


def _frame_json(frame: pd.DataFrame) -> str:
    return str(frame.to_json(orient="split", date_format="iso", index=False))


def _frame_from_json(text: str, dates: tuple[str, ...] = ()) -> pd.DataFrame:
    parts = json.loads(text)
    frame = pd.DataFrame(parts["data"], columns=parts["columns"])
    for column in dates:
        frame[column] = as_dates(frame[column])
    return frame


def loads_behind(store: Store, la_code: str) -> list[dict[str, object]]:
    """The council's loads whose rows are in the store: id, source, file, SHA-256, tables.

    A load replaced by a corrected version of its file keeps its ``load_log`` row but has no
    rows left, so it is not behind the figures. The tables say which indicators a load can
    have changed (a revision's cause).
    """
    log = store.table("load_log")
    loads = log.filter(log.la_code == la_code).order_by("load_id").execute()
    written: dict[int, list[str]] = {int(i): [] for i in loads.load_id}
    for name, table in TABLES.items():
        if table.lineage:
            stored = store.table(name)
            ids = (
                stored.filter(stored.la_code == la_code)
                .select("load_id")
                .distinct()
                .load_id.execute()
            )
            for load_id in ids:
                written.setdefault(int(load_id), []).append(name)
    return [
        {"load_id": int(r.load_id), "source": str(r.source), "file": str(r.file),
         "sha256": str(r.sha256), "tables": written.get(int(r.load_id), [])}
        for r in loads.itertuples()
        if written.get(int(r.load_id))
    ]  # fmt: skip


def _compute_ids(store: Store, la_code: str, month: date) -> str:
    computed = store.table("indicator_value")
    ids = (
        computed.filter((computed.la_code == la_code) & (computed.month <= month))
        .select("compute_id")
        .distinct()
        .compute_id
    )
    return ",".join(str(int(i)) for i in sorted(ids.execute()))


def _next_pack_id(store: Store) -> int:
    current = store.table("published_pack").pack_id.max().execute()
    return 1 if current is None or pd.isna(current) else int(current) + 1


def record_pack(store: Store, pack: AssembledPack, config: AnalysisConfig,
                published: Published, paths: list[Path]) -> int:  # fmt: skip
    """Record what ``pack`` published (and the files written) and return its pack id."""
    data, figures = pack.data, published.sources.figures
    with store.transaction():
        pack_id = _next_pack_id(store)
        briefings = {"residential": _frame_json(figures.residential),
                     "section20": _frame_json(figures.section20)}  # fmt: skip
        row = {
            "pack_id": pack_id, "la_code": data.la_code, "month": data.month,
            "council": data.council, "generated": data.generated,
            "load_ids": json.dumps(published.loads),
            "compute_ids": _compute_ids(store, data.la_code, data.month),
            "config": config_to_json(config), "briefings": json.dumps(briefings),
            "quality": _frame_json(data.quality), "revision_threshold": published.threshold,
        }  # fmt: skip
        store.insert_frame("published_pack", pd.DataFrame([row]))
        store.insert_frame("published_figure", published.figures.assign(pack_id=pack_id))
        files = pd.DataFrame(
            {"pack_id": pack_id, "file": [p.name for p in paths],
             "sha256": [file_sha256(p) for p in paths]}
        )  # fmt: skip
        store.insert_frame("published_file", files)
        sections = pd.DataFrame(
            {"pack_id": pack_id, "section": [BENCHMARKS, FORECAST, MONTHS_ALONE, FUNNEL_PLOTS],
             "content": [benchmarks_to_json(published.sources.benchmarks),
                         forecast_to_json(published.sources.forecast),
                         frame_to_json(_months_alone(store, data.la_code, data.month)),
                         funnel_plots_to_json(published.sources.funnel_plots)]}
        )  # fmt: skip
        store.insert_frame("published_section", sections)
    return pack_id


@dataclass(frozen=True)
class Published:
    """What a pack is published from: its sources, figure table, loads and revision threshold."""

    sources: PackSources
    figures: pd.DataFrame
    """The figure table (see ``figure_table``)."""
    loads: list[dict[str, object]]
    threshold: float


@dataclass(frozen=True)
class PublishedPack:
    """One pack's record, read back."""

    pack_id: int
    la_code: str
    month: date
    council: str
    config: AnalysisConfig
    published: Published
    files: dict[str, str]
    """File name -> SHA-256 as published."""
    months_alone: pd.DataFrame
    """Each rolling figure's month alone as computed (``_months_alone``): not printed, but
    its variation and assurance are worked out from them."""


def _months_alone(store: Store, la_code: str, month: date) -> pd.DataFrame:
    """The rolling indicators' months alone up to ``month``, as ``analysis.summary`` reads them.

    A rolling figure's variation and assurance icons come from the XmR chart of each month
    alone, so the record keeps them beside the printed figures.
    """
    frame = values.figures(store, la_code=la_code, breakdowns=[MONTH_ALONE], up_to=month,
                           columns=[*KEY, "numerator", "denominator", "value"])  # fmt: skip
    frame = frame.sort_values(KEY, ignore_index=True)
    return frame


def published_packs(store: Store, la_code: str) -> pd.DataFrame:
    """The council's published packs, oldest first: pack_id, month, generated."""
    packs = store.table("published_pack")
    chosen = packs.filter(packs.la_code == la_code).order_by("pack_id")
    frame: pd.DataFrame = chosen.select("pack_id", "month", "generated").execute()
    return frame


def find_pack(store: Store, la_code: str, month: date | None = None,
              before: int | None = None) -> int | None:  # fmt: skip
    """The latest pack published (for ``month``; or before pack ``before``), or None."""
    packs = published_packs(store, la_code)
    if month is not None:
        packs = packs[as_dates(packs.month) == month]
    if before is not None:
        packs = packs[packs.pack_id < before]
    return None if packs.empty else int(packs.pack_id.iloc[-1])


def read_pack(store: Store, pack_id: int) -> PublishedPack:
    """A published pack's record."""
    packs = store.table("published_pack")
    found = packs.filter(packs.pack_id == pack_id).execute()
    if found.empty:
        raise LookupError(f"no published pack {pack_id}")
    row = found.iloc[0]
    stored = store.table("published_figure")
    figures = stored.filter(stored.pack_id == pack_id).execute()
    figures["month"] = as_dates(figures["month"])
    figures["suppressed"] = figures["suppressed"].astype(bool)
    figures = figures.sort_values(KEY, ignore_index=True)[RECORD_COLUMNS]
    la_code, month = str(row.la_code), pd.Timestamp(row.month).date()
    briefings = json.loads(row.briefings)
    computed = figures.assign(la_code=la_code)[list(FIGURE_COLUMNS)]
    published = computed.assign(
        numerator=computed.numerator.where(~figures.suppressed),
        denominator=computed.denominator.where(~figures.suppressed),
        value=figures.published_value, suppressed=figures.suppressed,
    )  # fmt: skip
    sections = _sections(store, pack_id)
    sources = PackSources(
        PublishedFigures(computed, published,
                         _frame_from_json(briefings["residential"], ("week_end",)),
                         _frame_from_json(briefings["section20"])),
        _frame_from_json(row.quality), pd.Timestamp(row.generated).to_pydatetime(),
        benchmarks_from_json(sections.get(BENCHMARKS, "{}")),
        forecast_from_json(sections.get(FORECAST, "null")),
        funnel_plots_from_json(sections.get(FUNNEL_PLOTS, "{}")),
    )  # fmt: skip
    files = store.table("published_file")
    named = files.filter(files.pack_id == pack_id).execute()
    published = Published(sources, figures, json.loads(row.load_ids),
                          float(row.revision_threshold))  # fmt: skip
    alone = sections.get(MONTHS_ALONE)
    return PublishedPack(pack_id, la_code, month, str(row.council), config_from_json(row.config),
                         published, dict(zip(named.file, named.sha256, strict=True)),
                         frame_from_json(alone) if alone else pd.DataFrame())  # fmt: skip


def _sections(store: Store, pack_id: int) -> dict[str, str]:
    """The pack's recorded sections by name.

    None for a pack recorded before they were, nor in a store or dashboard copy made then.
    """
    if "published_section" not in store.engine.existing_tables():
        return {}
    stored = store.table("published_section")
    rows = stored.filter(stored.pack_id == pack_id).execute()
    return dict(zip(rows.section, rows.content, strict=True))


def series_store(record: PublishedPack) -> Store:
    """An in-memory store holding only the recorded indicators' series (for the analysis).

    The figures as computed and the rolling figures' months alone.
    """
    store = Store("duckdb://")
    figures = record.published.figures
    series = figures[figures.indicator_id.isin(list(BY_ID))]
    for rows in (series, record.months_alone):
        if not rows.empty:
            store.insert_frame("indicator_value", rows.assign(la_code=record.la_code,
                                                              compute_id=0))  # fmt: skip
    return store


def published_history(store: Store, la_code: str, indicator_id: str,
                      month: date) -> pd.DataFrame:  # fmt: skip
    """Each published pack's figure for an indicator's total in ``month``, oldest pack first.

    Columns pack_id, pack_month, generated, shown (as printed: "c" where suppressed) and
    computed (the value as computed then, for analysts only: it can be a suppressed count),
    for the dashboard's history of published values.
    """
    every = published_histories(store, la_code)
    mine = every[(every["indicator_id"] == indicator_id) & (every["month"] == month)]
    return mine.drop(columns=["indicator_id", "month"]).reset_index(drop=True)


def published_histories(store: Store, la_code: str) -> pd.DataFrame:
    """``published_history`` of every indicator and month, with indicator_id and month.

    The dashboard reads a council's once per copy, not a query for every indicator page.
    """
    figures = store.table("published_figure")
    packs = store.table("published_pack")
    totals = figures.filter(figures.breakdown == "all").select(
        "pack_id", "indicator_id", "month", "shown", "value"
    )
    mine = packs.filter(packs.la_code == la_code).select(
        "pack_id", "generated", pack_month=packs.month
    )
    history: pd.DataFrame = (
        totals.join(mine, "pack_id")
        .select("indicator_id", "month", "pack_id", "pack_month", "generated", "shown", "value")
        .order_by("pack_id")
        .execute()
    )
    history["month"] = as_dates(history["month"])
    computed = [
        format_figure(v, indicator_of(str(i)).unit, False)
        for i, v in zip(history["indicator_id"], history.pop("value"), strict=True)
    ]
    return history.assign(computed=computed)
