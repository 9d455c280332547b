"""What the pack reads from a store for the analysis: a council's figures and DfE's.

The analysis works on frames and never opens a store, so that the dashboard (which has the
figures published in hand) and the pack share it; these read a store through
``indicators.values`` and hand the frames over.
"""

from __future__ import annotations

from datetime import date

from csc_scorecard.analysis.benchmarks import Benchmark, latest_in
from csc_scorecard.analysis.config import AnalysisConfig
from csc_scorecard.analysis.summary import IndicatorSummary, summarise_figures
from csc_scorecard.indicators import values
from csc_scorecard.indicators.aggregate import ALL, MONTH_ALONE
from csc_scorecard.store import Store


def summarise(store: Store, la_code: str, month: date, config: AnalysisConfig,
              include_common_cause: bool = False) -> list[IndicatorSummary]:  # fmt: skip
    """A summary for every catalogue indicator with figures for the council up to ``month``.

    The council's headline figures and months alone, read in one query.
    """
    month = month.replace(day=1)
    figures = values.figures(
        store, la_code=la_code, breakdowns=[ALL, MONTH_ALONE], up_to=month,
        columns=["indicator_id", "month", "breakdown", "numerator", "denominator", "value"],
    )  # fmt: skip
    return summarise_figures(figures, la_code, month, config, include_common_cause)


def latest_benchmarks(store: Store, la_code: str, month: date) -> dict[str, Benchmark]:
    """Each published indicator's latest benchmark by the end of the month (``latest_in``)."""
    return latest_in(values.benchmark_figures(store), la_code, month,
                     values.statistical_neighbours(store, la_code))  # fmt: skip
