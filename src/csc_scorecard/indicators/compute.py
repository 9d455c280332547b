"""``scorecard compute``: run the catalogue over a store and write ``indicator_value``.

For each indicator the engine builds its units and aggregates them by council, month and
breakdown; the result is inserted into ``indicator_value`` in the engine (no round trip through
Python), replacing earlier figures for the same councils, indicators and months. A
``compute_log`` row records the loads the figures came from, so every figure traces back to its
source files.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

import ibis
import ibis.expr.types as ir
import pandas as pd

from csc_scorecard.calendar import month_index, month_of
from csc_scorecard.indicators.aggregate import (
    FIGURE_COLUMNS,
    LONG_SCHEMA,
    figures,
    indicator_settings,
    long_units,
    share,
    staged_names,
)
from csc_scorecard.indicators.catalogue import CATALOGUE, indicator
from csc_scorecard.indicators.context import Context
from csc_scorecard.indicators.coverage import published_months
from csc_scorecard.indicators.definition import Indicator
from csc_scorecard.indicators.spine import months, population_by_month
from csc_scorecard.store import NATIONAL, Store

Progress = Callable[[str], None]
DEFAULT_MONTHS = 72
"""Six years, the history the pack's charts and SPC baselines need."""

ACTIVITY_DATES = (
    ("cin_episode", "referral_date"),
    ("looked_after_episode", "start_date"),
    ("contact", "contact_date"),
)
"""Dates whose range says which months a store has data for."""


@dataclass(frozen=True)
class ComputeResult:
    """What a computation did, for the CLI and tests."""

    compute_id: int
    first_month: date
    last_month: date
    indicators: tuple[str, ...]
    rows: int
    seconds: float
    warnings: tuple[str, ...]


def data_months(store: Store, la_codes: Sequence[str] = ()) -> tuple[date, date] | None:
    """The first and last month with activity in the store (None when it holds no records)."""
    lows, highs = [], []
    for table_name, column in ACTIVITY_DATES:
        table = store.table(table_name)
        if la_codes:
            table = table.filter(table.la_code.isin(la_codes))
        bounds = table.aggregate(lo=table[column].min(), hi=table[column].max()).execute()
        if bounds["lo"].notna().iloc[0]:
            lows.append(pd.Timestamp(bounds["lo"].iloc[0]).date())
            highs.append(pd.Timestamp(bounds["hi"].iloc[0]).date())
    if not lows:
        return None
    return min(lows).replace(day=1), max(highs).replace(day=1)


def default_months(store: Store, la_codes: Sequence[str] = ()) -> tuple[date, date]:
    """The last six years of months with data (fewer if the store holds less)."""
    found = data_months(store, la_codes)
    if found is None:
        raise ValueError("the store holds no case records: load a source first (scorecard load)")
    first, last = found
    return max(first, month_of(month_index(last) - DEFAULT_MONTHS + 1)), last


def select(indicator_ids: Sequence[str] = ()) -> tuple[Indicator, ...]:
    """The indicators asked for, in catalogue order (all of them when none are named)."""
    if not indicator_ids:
        return CATALOGUE
    wanted = {indicator(i).id for i in indicator_ids}
    return tuple(i for i in CATALOGUE if i.id in wanted)


def _councils(ctx: Context) -> tuple[ir.Table, list[str]]:
    """Every council with people or loads (one with only rejected rows still has DQ1).

    DfE's own files (published figures, statistical neighbours) are logged under the national
    code, which is not a council.
    """
    people, loads = ctx.table("person"), ctx.table("load_log")
    councils_loaded = loads.filter(loads.la_code != NATIONAL).select("la_code")
    known = people.select("la_code").union(councils_loaded, distinct=True)
    codes = sorted(known.execute()["la_code"].tolist())
    return ctx.config_table("councils", pd.DataFrame({"la_code": codes}, dtype=object)), codes


def _population(ctx: Context, codes: list[str]) -> tuple[ir.Table, list[str]]:
    """Population per council and month, and a warning per council that needs one."""
    configured = ctx.table("population").execute()
    spine = ctx.spine.execute()
    warnings = [
        f"council {code}: no 0-17 population configured, so rates per 10,000 are empty"
        " (scorecard load population FILE)"
        for code in codes
        if code not in set(configured["la_code"])
    ]
    by_month = population_by_month(configured, spine)
    for code, rows in by_month.groupby("la_code"):
        if not rows["exact_year"].all():
            warnings.append(f"council {code}: some months use the nearest configured year's"
                            " population")  # fmt: skip
    frame = by_month.drop(columns="exact_year")
    schema = ibis.schema({"la_code": "string", "month": "date", "population": "int64"})
    return ctx.config_table("population", frame, schema), warnings


def series_figures(ctx: Context, item: Indicator) -> ir.Table:
    """A series entered from another system: its values as loaded, one row per month."""
    a = ctx.table("aggregate_value")
    a = a.filter((a.indicator_id == item.id) & a.month.between(ctx.first_month, ctx.last_month))
    return a.select(
        la_code=a.la_code, indicator_id=a.indicator_id, month=a.month,
        breakdown=ibis.literal("all"), breakdown_value=ibis.literal("all"),
        numerator=a.numerator, denominator=a.denominator, value=a.value,
    )  # fmt: skip


def _published(ctx: Context, items: Sequence[Indicator], codes: list[str]
               ) -> tuple[ir.Table, list[str]]:  # fmt: skip
    """The council, indicator and months the loads describe fully (see ``coverage``).

    A council with no coverage of case records (loaded before loads recorded it, or written
    into the store directly) keeps every month, with a warning to reload it.
    """
    coverage = ctx.table("coverage").execute()
    case_records = coverage[~coverage.table_name.isin(["population", "aggregate_value"])]
    bare = [code for code in codes if code not in set(case_records.la_code)]
    frame = published_months(coverage, items, codes, ctx.first_month, ctx.last_month)
    spine = list(months(ctx.first_month, ctx.last_month).month)
    every = [(code, item.id, month) for code in bare for item in items for month in spine]
    frame = pd.concat([frame, pd.DataFrame(every, columns=frame.columns)], ignore_index=True)
    warnings = [f"council {code}: no load of case records says which months it covers, so"
                " every month is computed (reload its sources to publish only the months they"
                " describe)"
                for code in bare]  # fmt: skip
    schema = ibis.schema({"la_code": "string", "indicator_id": "string", "month": "date"})
    return ctx.config_table("published", frame, schema), warnings


def _builder_key(item: Indicator, options: Mapping[str, Mapping[str, str]] | None
                 ) -> tuple[int, tuple[tuple[str, str], ...]]:  # fmt: skip
    """What makes two indicators' units the same: one builder, the same option values.

    CIN1 and CIN2 count the same children; one is a count, the other a rate.
    """
    chosen = item.settings((options or {}).get(item.id))
    return id(item.build), tuple(sorted(chosen.items()))


def _stage(ctx: Context, members: Sequence[Indicator],
           options: Mapping[str, Mapping[str, str]] | None, long: ir.Table) -> None:  # fmt: skip
    """Stage the monthly sums of indicators whose units are the same, building them once.

    One pass over the units stages every breakdown any member has; each member then takes
    its own rows from that small table (CIN2's total is CIN1's), instead of the units being
    stored (tens of millions of child-months nationally) and read again per member.
    """
    lead = members[0]
    assert lead.build is not None
    units = lead.build(ctx, lead.settings((options or {}).get(lead.id)))
    sums = long_units(ctx, lead.id, staged_names(members), units)
    columns = list(LONG_SCHEMA)
    if len(members) == 1:
        ctx.store.insert_query(long.get_name(), sums, columns)
        return
    staged = ctx.scratch("shared_long", sums)
    for item in members:
        ctx.store.insert_query(long.get_name(), share(staged, item), columns)


def _next_compute_id(store: Store) -> int:
    current = store.table("compute_log").compute_id.max().execute()
    return 1 if current is None or pd.isna(current) else int(current) + 1


def compute(
    store: Store,
    first_month: date | None = None,
    last_month: date | None = None,
    indicator_ids: Sequence[str] = (),
    la_codes: Sequence[str] = (),
    options: Mapping[str, Mapping[str, str]] | None = None,
    progress: Progress | None = None,
) -> ComputeResult:
    """Compute indicators for a month range and write them to ``indicator_value``."""
    started = time.perf_counter()
    if first_month is None or last_month is None:
        default_first, default_last = default_months(store, la_codes)
        first_month, last_month = first_month or default_first, last_month or default_last
    if first_month > last_month:
        raise ValueError(f"--from {first_month:%Y-%m} is after --to {last_month:%Y-%m}")
    items = select(indicator_ids)
    ctx = Context(store, first_month, last_month, tuple(la_codes))
    councils, codes = _councils(ctx)
    population, warnings = _population(ctx, codes)
    compute_id = _next_compute_id(store)
    built = [i for i in items if i.build is not None]
    long = ctx.empty_temporary("long", LONG_SCHEMA)
    groups: dict[tuple[int, tuple[tuple[str, str], ...]], list[Indicator]] = {}
    for item in built:
        groups.setdefault(_builder_key(item, options), []).append(item)
    for members in groups.values():
        if progress:
            progress(", ".join(f"{item.id}: {item.title}" for item in members))
        _stage(ctx, members, options, long)
    if progress:
        progress("adding up every indicator by month and breakdown")
    settings = ctx.config_table("settings", indicator_settings(built))
    results = [figures(ctx, long, settings, councils, population)]
    results += [series_figures(ctx, i) for i in items if i.build is None]
    published, uncovered = _published(ctx, items, codes)
    warnings += uncovered
    keys = ["la_code", "indicator_id", "month"]
    results = [result.semi_join(published, keys) for result in results]
    # Only replacing the figures is one transaction: readers never see a half-written month.
    with store.transaction():
        _clear(store, codes, items, first_month, last_month)
        for result in results:
            store.insert_query(
                "indicator_value",
                result.mutate(compute_id=ibis.literal(compute_id)),
                [*FIGURE_COLUMNS, "compute_id"],
            )
        rows = _count(store, compute_id)
        _log(store, compute_id, items, first_month, last_month, codes,
             time.perf_counter() - started)  # fmt: skip
    ctx.drop_temporary()
    for scratch in ("_scorecard_units", "_scorecard_shared_long"):
        store.con.drop_table(scratch, force=True)
    return ComputeResult(compute_id, first_month, last_month, tuple(i.id for i in items), rows,
                         time.perf_counter() - started, tuple(warnings))  # fmt: skip


def _clear(store: Store, codes: list[str], items: Sequence[Indicator], first: date,
           last: date) -> None:  # fmt: skip
    """Remove earlier figures these councils, indicators and months are about to replace."""
    if not codes:
        return
    spine = months(first, last)[["month"]]
    keys = spine.merge(pd.DataFrame({"la_code": codes}), how="cross").merge(
        pd.DataFrame({"indicator_id": [i.id for i in items]}), how="cross"
    )
    store.delete_matching("indicator_value", keys)


def _count(store: Store, compute_id: int) -> int:
    values = store.table("indicator_value")
    return int(values.filter(values.compute_id == compute_id).count().execute())


def _log(store: Store, compute_id: int, items: Sequence[Indicator], first: date, last: date,
         codes: list[str], seconds: float) -> None:  # fmt: skip
    log = store.table("load_log")
    if codes:
        log = log.filter(log.la_code.isin(codes))
    loads = sorted(int(i) for i in log.load_id.execute())
    row = pd.DataFrame([{
        "compute_id": compute_id, "first_month": first, "last_month": last,
        "indicators": ",".join(i.id for i in items), "load_ids": ",".join(map(str, loads)),
        "computed_at": datetime.now(UTC).replace(tzinfo=None), "seconds": seconds,
    }])  # fmt: skip
    store.insert_frame("compute_log", row)
