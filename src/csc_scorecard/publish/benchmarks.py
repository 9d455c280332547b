"""Put the loaded published statistics on the pack: England, neighbours, rank and quartile.

Where DfE's figures are loaded (``scorecard load benchmarks``), the pack's England and
neighbour columns come from them; where none are, the catalogue's England figures and any
neighbours a council typed into its targets file stay, as before.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from csc_scorecard.analysis.benchmarks import Benchmark
from csc_scorecard.analysis.summary import IndicatorSummary


def with_benchmarks(summaries: Sequence[IndicatorSummary],
                    found: Mapping[str, Benchmark]) -> list[IndicatorSummary]:  # fmt: skip
    """The summaries with England and neighbour figures from the published statistics."""
    out = []
    for summary in summaries:
        b = found.get(summary.indicator.id)
        if b is None:
            out.append(summary)
            continue
        out.append(replace(
            summary,
            england=b.england if b.england is not None else summary.england,
            neighbours=b.neighbours if b.neighbours is not None else summary.neighbours,
        ))  # fmt: skip
    return out
