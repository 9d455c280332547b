"""Write councils' 31 March figures as DfE would publish them, for benchmarking from the format.

The synthetic councils (``scorecard synth --councils N``, the demo) have no DfE release of
their own, so this module makes one from their computed figures: per mapped indicator
(``config/benchmarks.yaml``) and 31 March (30 September for the workforce release, from the
workforce series), each council's figure by the catalogue's definition, its region's and
England's (the sum of the councils' counts over the sum of their denominators, as DfE
aggregates; the simple mean of the councils' figures for one with no count behind it, WF1's
average caseload, as the series carries no caseload counts), written in the
explore-education-statistics open-data layout with DfE's suppression: a council count of 1 to
5 is published as "c" (figure and count), a figure with no children to count as "z". It also
writes the statistical neighbour list, each council's ten nearest in 0-17 population, in the
layout DfE publishes it. Loading these files back (``scorecard load benchmarks``/
``neighbours``) is then benchmarking from the real format.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import pandas as pd

from csc_scorecard.indicators import values
from csc_scorecard.indicators.catalogue import indicator
from csc_scorecard.ingest.benchmark_mapping import Mapping, Placement
from csc_scorecard.store import Store

REGIONS = (("E12000901", "Synthetic North"), ("E12000902", "Synthetic South"))
"""Synthetic councils alternate between two regions, in la_code order."""
ENGLAND = ("E92000001", "England")
SUPPRESS_BELOW = 6
"""Counts 1 to 5 are published as "c" (DfE's and the project's disclosure rule)."""


FIGURES = ["indicator_id", "la_code", "year_ending", "numerator", "denominator", "value"]
"""The columns of ``year_figures``."""
BASIS_MONTH = {"31 March": 3, "year to 31 March": 3, "30 September": 9}
"""The month a published figure ends in, by its time basis."""


def year_figures(store: Store, mapping: Mapping) -> pd.DataFrame:
    """Each council's figure per mapped indicator and 31 March (or 30 September).

    A snapshot ("31 March", "30 September") takes that month's figure (a month-end snapshot,
    or a rolling 12 months ending then); "year to 31 March" of an in-month indicator adds up
    April to March, and needs all twelve months. Columns: indicator_id, la_code, year_ending,
    numerator, denominator and value (the figure as computed: for a series loaded as a value
    alone, such as WF1's average caseload, the only one there is).
    """
    frame = values.figures(
        store, indicator_ids=mapping.indicator_ids(), breakdowns=["all"],
        columns=["indicator_id", "la_code", "month", "numerator", "denominator", "value"],
    )  # fmt: skip
    frame["month"] = pd.to_datetime(frame.month)
    parts = []
    for placement in mapping.placements:
        rows = frame[frame.indicator_id == placement.indicator_id]
        end = BASIS_MONTH[placement.time_basis]
        # April to March belongs to the year ending the next 31 March
        year = rows.month.dt.year + (rows.month.dt.month > end).astype(int)
        summed = placement.time_basis == "year to 31 March"
        if summed and indicator(placement.indicator_id).period == "in_month":
            sums = rows.assign(year=year).groupby(["la_code", "year"]).agg(
                numerator=("numerator", "sum"), denominator=("denominator", "sum"),
                months=("month", "nunique"))  # fmt: skip
            rows = sums[sums.months == 12].reset_index()
            rows["value"] = rows.numerator * placement.per / rows.denominator
        else:
            rows = rows[rows.month.dt.month == end].assign(year=year)
        rows = rows.assign(year_ending=[date(int(y), end, 30 if end == 9 else 31)
                                        for y in rows.year])  # fmt: skip
        parts.append(rows.assign(indicator_id=placement.indicator_id)[FIGURES])
    out = pd.concat(parts, ignore_index=True)
    result: pd.DataFrame = out[out.denominator.notna() | out.value.notna()]
    return result.reset_index(drop=True)


def region_of(la_codes: Sequence[str]) -> dict[str, tuple[str, str]]:
    """The synthetic region of each council (alternating, in la_code order)."""
    return {code: REGIONS[i % len(REGIONS)] for i, code in enumerate(sorted(la_codes))}


def _published(placement: Placement, numerator: float, denominator: float, value: float,
               suppress: bool) -> tuple[str, str]:  # fmt: skip
    """(count, figure) as DfE prints them: one decimal, or its symbol.

    A figure with no count behind it (a series loaded as a value alone) is printed as it is,
    with no count.
    """
    if pd.isna(denominator):
        return "", f"{value:.1f}"
    if suppress and 0 < numerator < SUPPRESS_BELOW:
        return "c", "c"
    if not denominator:
        return f"{numerator:.0f}", "z"
    return f"{numerator:.0f}", f"{numerator * placement.per / denominator:.1f}"


Regions = dict[str, tuple[str, str]]


def _aggregate(placement: Placement, members: pd.DataFrame) -> tuple[str, str]:
    """England's or a region's (count, figure), from its councils.

    The councils' counts over their denominators, as DfE aggregates; for figures with no
    count behind them, the councils' simple mean.
    """
    if members.denominator.isna().all():
        return "", f"{members.value.mean():.1f}"
    return _published(placement, float(members.numerator.sum()),
                      float(members.denominator.sum()), 0.0, suppress=False)  # fmt: skip


def _area_rows(placement: Placement, year: pd.DataFrame, regions: Regions,
               names: dict[str, str]) -> list[dict[str, str]]:  # fmt: skip
    """England's, each region's and each council's cells for one indicator and year."""
    count_column = placement.numerator or "number"
    rows = []
    region_codes = [regions[str(c)][0] for c in year.la_code]
    groups = [("National", ENGLAND[0], "", year)] + [
        ("Regional", code, name, year[[r == code for r in region_codes]]) for code, name in REGIONS
    ]

    def cells(count: str, figure: str) -> dict[str, str]:
        return {count_column: count, placement.column: figure} if count else {
            placement.column: figure}  # fmt: skip

    for level, code, name, members in groups:
        if members.empty:
            continue
        area = {"region_code": code, "region_name": name} if level == "Regional" else {}
        rows.append({"geographic_level": level, **area, **cells(*_aggregate(placement, members))})
    for la_code, numerator, denominator, value in zip(
        year.la_code.astype(str),
        year.numerator.astype(float),
        year.denominator.astype(float),
        year.value.astype(float),
        strict=True,
    ):
        code, name = regions[la_code]
        published = _published(placement, numerator, denominator, value, suppress=True)
        rows.append({"geographic_level": "Local authority", "region_code": code,
                     "region_name": name, "new_la_code": f"E0{int(la_code) + 8000000:07d}",
                     "old_la_code": la_code, "la_name": names.get(la_code, ""),
                     **cells(*published)})  # fmt: skip
    return rows


LAYOUT = ["time_period", "time_identifier", "geographic_level", "country_code", "country_name",
          "region_code", "region_name", "new_la_code", "old_la_code", "la_name"]  # fmt: skip
"""The open-data layout's columns that say when and where, in DfE's order."""


def publication_frame(figures: pd.DataFrame, mapping: Mapping, publication: str,
                      names: dict[str, str]) -> pd.DataFrame:  # fmt: skip
    """One release's rows for England, its regions and its councils, in the open-data layout."""
    regions = region_of(sorted(figures.la_code.astype(str).unique()))
    placements = [p for p in mapping.placements if p.publication == publication]
    filters = list(dict.fromkeys(f for p in placements for f, _ in p.filters))
    rows: list[dict[str, str]] = []
    for placement in placements:
        mine = figures[figures.indicator_id == placement.indicator_id]
        for when in sorted(set(mine.year_ending)):
            base = {"time_period": f"{when.year}", "time_identifier": "Reporting year",
                    "country_code": ENGLAND[0], "country_name": ENGLAND[1],
                    **dict(placement.filters)}  # fmt: skip
            year = mine[mine.year_ending == when]
            rows += [{**base, **row} for row in _area_rows(placement, year, regions, names)]
    frame = pd.DataFrame(rows)
    indicators = sorted(c for c in frame.columns if c not in LAYOUT and c not in filters)
    frame = frame.reindex(columns=[*LAYOUT, *filters, *indicators])
    # one row per period, area and filter values, holding every indicator published for it
    # (a release without filters, the workforce one, has one row per area)
    keys = [*LAYOUT, *filters]
    frame[keys] = frame[keys].fillna("")
    merged: pd.DataFrame = frame.groupby(keys, sort=False).first().reset_index()
    return merged.reindex(columns=frame.columns).fillna("")


def council_names(la_codes: Sequence[str]) -> dict[str, str]:
    """The synthetic councils' names, as the published files print them."""
    return {code: f"Synthetic council {code}" for code in la_codes}


def neighbour_frame(sizes: pd.Series, names: dict[str, str], count: int = 10) -> pd.DataFrame:
    """Each council's nearest councils by 0-17 population (``sizes``), in DfE's list layout.

    DfE's neighbours come from a model of many characteristics; population size is the one
    the synthetic councils differ in, so it stands in for them here.
    """
    rows = []
    for code, own in sizes.items():
        nearest = (sizes.drop(code) - own).abs().sort_values(kind="stable").index[:count]
        nearest_names = {f"SN{i}": names[str(c)] for i, c in enumerate(nearest, start=1)}
        rows.append({"LA number": code, "LA name": names[str(code)], **nearest_names})
    return pd.DataFrame(
        rows, columns=["LA number", "LA name", *[f"SN{i}" for i in range(1, count + 1)]]
    )


def latest_sizes(store: Store) -> pd.Series:
    """Each council's latest 0-17 population."""
    population = store.table("population").execute().sort_values("year")
    sizes: pd.Series = population.groupby("la_code").population_0_17.last()
    return sizes


def write_published(stores: Sequence[Store], out: Path, mapping: Mapping | None = None
                    ) -> list[Path]:  # fmt: skip
    """Write one CSV per release, then the neighbour list, for every council in the stores."""
    mapping = mapping or Mapping.read()
    figures = pd.concat([year_figures(s, mapping) for s in stores], ignore_index=True)
    sizes = pd.concat([latest_sizes(s) for s in stores])
    names = council_names(sorted(figures.la_code.unique()))
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for publication in mapping.publications:
        path = out / f"published_{publication}.csv"
        publication_frame(figures, mapping, publication, names).to_csv(path, index=False)
        paths.append(path)
    path = out / "statistical_neighbours.csv"
    neighbour_frame(sizes, names).to_csv(path, index=False)
    return [*paths, path]


def publish_synthetic(folders: Sequence[Path], out: Path,
                      progress: Callable[[str], None] | None = None,
                      computed: Sequence[Store] = ()) -> list[Path]:  # fmt: skip
    """Write the synthetic councils' published statistics and neighbour list to ``out``.

    The councils are loaded into a scratch store and the mapped indicators computed there by
    the catalogue's definitions, exactly as a council's own figures are; councils already
    computed in other stores (the demo's) are published beside them.
    """
    from csc_scorecard.indicators.catalogue import series_ids
    from csc_scorecard.indicators.compute import compute
    from csc_scorecard.ingest.folder import load_council_folder

    mapping = Mapping.read()
    with tempfile.TemporaryDirectory() as scratch:
        store = Store(str(Path(scratch) / "published.duckdb"))
        for folder in folders:
            if progress:
                progress(f"published statistics: loading {folder.name}")
            load_council_folder(store, folder, folder.name, series_ids())
        if progress:
            progress("published statistics: computing the indicators DfE publishes")
        compute(store, indicator_ids=mapping.indicator_ids())
        paths = write_published([store, *computed], out, mapping)
        store.con.disconnect()
    return paths
