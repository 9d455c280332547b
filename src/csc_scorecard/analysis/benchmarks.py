"""Is this good? A council's figure beside England, its region and its statistical neighbours.

Everything here is computed from DfE's published figures as loaded into ``benchmark_value``
(``scorecard load benchmarks``) and the neighbour list in ``statistical_neighbour``, per
indicator and 31 March (30 September for the workforce census):

- England's and the region's figures are DfE's own published rows, not recomputed.
- The neighbour average is the simple mean of the neighbours' published figures, as DfE's LAIT
  workbook computes it (each council counts once, whatever its size); a suppressed neighbour
  is left out, and how many were averaged is kept.
- Rank follows DfE's convention: 1 = the lowest figure, ties share the lowest rank of their
  group ("1, 2, 2, 4"), councils with no figure are not ranked.
- Quartile 1 holds the lowest figures (quartile = ceiling of 4 x rank / councils ranked). The
  band A to D reads the quartile through the indicator's polarity: A is the best quarter
  (quartile 4 where higher is better, quartile 1 where lower is better); an indicator with no
  good direction has a quartile but no band.
- Funnel limits, for percentages and rates, say how far from England a council of this size
  could be by chance alone: exact binomial quantiles for a percentage (a count out of a known
  number of children, each counted or not) and Poisson quantiles for a rate per 10,000 (events
  among a population, where any one child's chance is small), at 95% and 99.8%, from scipy.
  Exact quantiles rather than a normal approximation because small councils have small counts.
- Councils differ by more than chance (their populations and services differ), so with many
  councils most would fall outside exact limits. Where the data demand it the limits widen,
  as Spiegelhalter (2005, "Handling over-dispersion of performance indicators") sets out:
  each council's z-score from England under the binomial or Poisson model, winsorised at the
  10th and 90th percentiles so a few extreme councils do not set the width, gives
  phi = mean of z squared; when councils x phi exceeds the 95th percentile of chi-squared on
  councils - 1 degrees of freedom the spread is more than chance, and the limits become
  England +/- z x sqrt(phi x variance), a normal approximation (numpy and scipy); otherwise
  the exact limits stand. The method line says which, with phi.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from types import ModuleType
from typing import cast

import numpy as np
import pandas as pd

from csc_scorecard.analysis.units import SUPPRESSED
from csc_scorecard.calendar import month_index, month_of
from csc_scorecard.indicators.catalogue import indicator
from csc_scorecard.indicators.definition import Polarity

LEVELS = ("National", "Regional", "Local authority")
FUNNEL_LEVELS = (0.95, 0.998)
"""Two-sided coverage of the inner and outer funnel limits (about 2 and 3 standard errors)."""
SCALE = {"percent": 100.0, "rate": 10_000.0}


@dataclass(frozen=True)
class Funnel:
    """Limits around England's figure for a council with this denominator."""

    denominator: float
    method: str
    limits: dict[float, tuple[float, float]]

    def outside(self, value: float) -> str | None:
        """'above 99.8%', 'below 95%'... for a figure beyond a limit, else None."""
        for level in sorted(self.limits, reverse=True):
            low, high = self.limits[level]
            if value > high:
                return f"above the {level:.1%} limit"
            if value < low:
                return f"below the {level:.1%} limit"
        return None


@dataclass(frozen=True)
class Benchmark:
    """One indicator for one council and 31 March, beside the published comparators."""

    indicator_id: str
    year_ending: date
    council: float | None
    council_symbol: str | None
    england: float | None
    region: float | None
    region_name: str | None
    neighbours: float | None
    neighbours_counted: int
    rank: int | None
    ranked: int
    quartile: int | None
    band: str | None
    funnel: Funnel | None
    neighbour_figures: tuple[tuple[str, str, str, float | None], ...] = ()
    """(code, name, figure as published or its symbol, figure or None) of each neighbour,
    closest first."""
    council_count: float | None = None
    """The count behind the council's published figure, where DfE published one."""
    council_name: str | None = None
    """The council's name as published."""

    @property
    def quartile_shown(self) -> str:
        """The band A to D (A the best quarter), or Q1 (lowest) to Q4 with no good direction."""
        if self.band:
            return self.band
        return f"Q{self.quartile}" if self.quartile else ""

    @property
    def rank_shown(self) -> str:
        """The rank as "12 of 150" (1 = lowest), or empty when the council has no figure."""
        return f"{self.rank} of {self.ranked}" if self.rank is not None else ""


def ranks(values: pd.Series) -> pd.Series:
    """DfE's ranks: 1 = lowest, ties share the lowest rank; no figure, no rank."""
    return values.rank(method="min", na_option="keep")


def quartile(rank: int, ranked: int) -> int:
    """Quartile 1 (lowest figures) to 4 from a rank among ``ranked`` councils."""
    return min(4, max(1, math.ceil(4 * rank / ranked)))


def band(quartile_: int, polarity: Polarity) -> str | None:
    """A (best quarter) to D through the indicator's polarity; None with no good direction."""
    if polarity == "higher":
        return "ABCD"[4 - quartile_]
    if polarity == "lower":
        return "ABCD"[quartile_ - 1]
    return None


def _variance(unit: str, england: float, denominator: float) -> float:
    """Variance of a council's figure (as a proportion or rate per child) by chance alone."""
    p = england / SCALE[unit]
    return p * (1 - p) / denominator if unit == "percent" else p / denominator


WINSORISED = (10, 90)
"""Percentiles the z-scores are pulled in to before phi is estimated (Spiegelhalter 2005)."""


@cache
def _stats() -> ModuleType:
    """``scipy.stats``, imported on first use and looked up once.

    Not imported with this module, which every ``compute`` imports; and not in each function,
    because scipy's lazy ``from scipy import stats`` goes through the import machinery on
    every call: 4% of the dashboard's time under load (issue 16).
    """
    from scipy import stats

    found: ModuleType = stats
    return found


def overdispersion(unit: str, england: float, values: pd.Series, denominators: pd.Series) -> float:
    """Spiegelhalter's phi from the councils' figures, or 1 when their spread is chance's."""
    known = values.notna() & denominators.notna() & (denominators > 0)
    if unit not in SCALE or known.sum() < 2 or not 0 < england < SCALE[unit]:
        return 1.0
    figure, size = values[known].to_numpy(float), denominators[known].to_numpy(float)
    z = (figure - england) / SCALE[unit] / np.sqrt(_variance(unit, england, 1.0) / size)
    z = np.clip(z, *np.percentile(z, WINSORISED))
    phi = float(np.mean(z**2))
    councils = len(z)
    return phi if councils * phi > _stats().chi2.ppf(0.95, councils - 1) else 1.0


def funnel(unit: str, england: float, denominator: float, phi: float = 1.0) -> Funnel | None:
    """Funnel limits around England's figure (see the module doc), or None for other units."""
    if unit not in SCALE or denominator <= 0 or england is None:
        return None
    stats = _stats()
    scale = SCALE[unit]
    limits = {}
    for level in FUNNEL_LEVELS:
        tail = (1 - level) / 2
        if phi > 1:
            spread = stats.norm.ppf(1 - tail) * np.sqrt(phi * _variance(unit, england, denominator))
            high = scale if unit == "percent" else np.inf
            limits[level] = (
                max(0.0, england - spread * scale),
                min(high, england + spread * scale),
            )
        elif unit == "percent":
            n = round(denominator)
            low, high = stats.binom.ppf([tail, 1 - tail], n, england / scale)
            limits[level] = (low * scale / n, high * scale / n)
        else:
            mean = england * denominator / scale
            low, high = stats.poisson.ppf([tail, 1 - tail], mean)
            limits[level] = (low * scale / denominator, high * scale / denominator)
    method = "exact binomial" if unit == "percent" else "Poisson"
    if phi > 1:
        method = f"{method}, widened for overdispersion (phi = {phi:.1f})"
    return Funnel(denominator, method, limits)


def _one(rows: pd.DataFrame, level: str, code: str | None = None) -> pd.Series | None:
    """The row for England (no code), a region or a council, if published."""
    chosen = rows[rows.geographic_level == level]
    if code is not None:
        chosen = chosen[chosen.area_code == code]
    return None if chosen.empty else chosen.iloc[0]


def benchmark(frame: pd.DataFrame, indicator_id: str, la_code: str, year_ending: date,
              neighbours: list[str]) -> Benchmark:  # fmt: skip
    """The benchmark of one council for one indicator and 31 March (see the module doc)."""
    item = indicator(indicator_id)
    rows = frame[(frame.indicator_id == indicator_id) & (frame.year_ending == year_ending)]
    councils = rows[rows.geographic_level == "Local authority"].set_index("area_code")
    own = _one(rows, "Local authority", la_code)
    england_row = _one(rows, "National")
    region_row = _one(rows, "Regional", str(own.region_code)) if own is not None else None
    england = _value(england_row)
    rank_of = ranks(councils.value.astype(float))
    ranked = int(rank_of.notna().sum())
    council = _value(own)
    rank = int(rank_of[la_code]) if council is not None else None
    quartile_ = quartile(rank, ranked) if rank is not None else None
    others = [c for c in neighbours if c != la_code]
    near = councils.value.reindex(others).dropna()
    listed = tuple(
        (code, str(councils.area_name[code]), _shown(value, councils.symbol[code]),
         None if pd.isna(value) else float(value))
        for code in others
        if code in councils.index
        for value in (councils.value[code],)
    )  # fmt: skip
    denominator = None if own is None or pd.isna(own.denominator) else float(own.denominator)
    phi = (
        overdispersion(item.unit, england, councils.value, councils.denominator) if england else 1.0
    )
    return Benchmark(
        indicator_id=item.id,
        year_ending=year_ending,
        council=council,
        council_symbol=None if own is None else _text(own.symbol),
        england=england,
        region=_value(region_row),
        region_name=None if region_row is None else region_row.area_name,
        neighbours=float(near.mean()) if len(near) else None,
        neighbours_counted=len(near),
        rank=rank,
        ranked=ranked,
        quartile=quartile_,
        band=band(quartile_, item.polarity) if quartile_ is not None else None,
        funnel=funnel(item.unit, england, denominator, phi) if england and denominator else None,
        neighbour_figures=listed,
        council_count=None if own is None or pd.isna(own.numerator) else float(own.numerator),
        council_name=None if own is None else _text(own.area_name),
    )


def _shown(value: float, symbol: str | None) -> str:
    """A published cell as text: the figure to one decimal, or DfE's symbol."""
    return f"{value:,.1f}" if not pd.isna(value) else str(symbol or "")


def _text(cell: str | float | None) -> str | None:
    return None if cell is None or pd.isna(cell) else str(cell)


def _value(row: pd.Series | None) -> float | None:
    return None if row is None or pd.isna(row.value) else float(row.value)


def latest_in(frame: pd.DataFrame, la_code: str, month: date,
            neighbours: list[str]) -> dict[str, Benchmark]:  # fmt: skip
    """Each published indicator's latest benchmark by the end of the month (none: empty).

    ``frame``: DfE's published figures (``values.benchmark_figures``); it may hold some
    indicators only (the dashboard works out one at a time). A March pack compares with the
    31 March just ended, where DfE's figures for it are loaded.
    """
    frame = frame[frame.year_ending < month_of(month_index(month) + 1)]
    found = {}
    for indicator_id, rows in frame.groupby("indicator_id"):
        latest = _latest_year(rows, la_code)
        found[str(indicator_id)] = benchmark(frame, str(indicator_id), la_code, latest, neighbours)
    return found


def latest_year(rows: pd.DataFrame, la_code: str, month: date) -> date | None:
    """The 31 March ``latest_in`` compares one indicator's month with (None: nothing loaded).

    ``rows`` are the indicator's published figures. Months of a year share the answer, so
    the dashboard works out each year's benchmark once rather than each month's.
    """
    rows = rows[rows.year_ending < month_of(month_index(month) + 1)]
    return None if rows.empty else _latest_year(rows, la_code)


def _latest_year(rows: pd.DataFrame, la_code: str) -> date:
    """The council's latest year in one indicator's rows, else the latest year of any."""
    years = rows[(rows.geographic_level == "Local authority") & (rows.area_code == la_code)]
    return cast(date, max(years.year_ending) if not years.empty else max(rows.year_ending))


Rug = dict[str, dict[str, Benchmark]]
"""Council code -> indicator -> its benchmark: the council first, then its neighbours."""


def tartan_rug(frame: pd.DataFrame, neighbours: list[str], la_code: str, month: date) -> Rug:
    """The council and its ``neighbours``, each indicator at the council's latest year.

    ``frame``: DfE's published figures (``values.benchmark_figures``). Every council's cell
    is its rank and quartile among all councils for the same 31 March as the council's own
    benchmark, so a row compares like with like.
    """
    own = latest_in(frame, la_code, month, neighbours)
    rug: Rug = {la_code: own}
    for code in neighbours:
        rug[code] = {i: benchmark(frame, i, code, b.year_ending, []) for i, b in own.items()}
    return rug


SMALLEST_SHOWN = 6
"""Counts of 1 to 5 children are never published (the project's disclosure rule)."""


def months_behind(indicator_id: str, year_ending: date) -> list[date]:
    """Our months a published 31 March (or 30 September) figure rests on (first days).

    As ``publish.dfe_release`` builds it: an indicator counted in the month, for the year to
    31 March, adds up April to March; any other (a snapshot, a rolling 12 months, the
    workforce census's 30 September) is the figure of the month it ends in.
    """
    end = month_index(date(year_ending.year, year_ending.month, 1))
    over_year = indicator(indicator_id).period == "in_month" and year_ending.month == 3
    span = 12 if over_year else 1
    return [month_of(i) for i in range(end - span + 1, end + 1)]


def as_published(found: Mapping[str, Benchmark], figures: pd.DataFrame) -> dict[str, Benchmark]:
    """The benchmarks as a published output (the pack, a viewer's page) may show them.

    ``figures`` are the council's own figures after disclosure control (``indicator_id``,
    ``month``, ``breakdown``, ``suppressed``). Where a month the council's published figure
    rests on is suppressed there, or the published count behind it is 1 to 5, showing it (or
    its rank, quartile or funnel position, which place it) would give away a count the
    council's own figures hide: it is shown as "c" and the council is not ranked.
    England, the region and the neighbours are DfE's published figures and stay.
    """
    totals = figures[(figures["breakdown"] == "all") & figures["suppressed"].astype(bool)]
    hidden = set(zip(totals["indicator_id"].astype(str), totals["month"], strict=True))
    shown = {}
    for indicator_id, b in found.items():
        small = b.council_count is not None and 0 < b.council_count < SMALLEST_SHOWN
        covered = months_behind(indicator_id, b.year_ending)
        if b.council is not None and (small or any((indicator_id, m) in hidden for m in covered)):
            b = replace(b, council=None, council_symbol=SUPPRESSED, council_count=None,
                        rank=None, quartile=None, band=None, funnel=None)  # fmt: skip
        shown[indicator_id] = b
    return shown
