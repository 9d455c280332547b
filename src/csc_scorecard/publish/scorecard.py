"""The one-page scorecard: the same page in the pack, the dashboard and ``scorecard summary``.

Every indicator's latest reading, the summary matrix, and what needs attention.

Built from the analysis summaries and the *published* latest figures (after the pack's
disclosure control), so a figure hidden in Appendix 1 is "c" here too and its sentences are
replaced by the same "not published" note. Which indicators need attention, and in what
order, is decided by ``csc_scorecard.analysis.attention`` alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from csc_scorecard.analysis.attention import attention, reasons
from csc_scorecard.analysis.benchmarks import Benchmark
from csc_scorecard.analysis.spc import (
    COMMON_CAUSE,
    CONCERN,
    FAIL,
    HIT_AND_MISS,
    IMPROVEMENT,
    NEITHER,
    PASS,
    TREND,
)
from csc_scorecard.analysis.summary import IndicatorSummary
from csc_scorecard.analysis.units import format_figure
from csc_scorecard.publish.icons import HIGH, LOW

NOT_PUBLISHED = (
    "The figure for {month} is not published: it counts 1 to 5 children, or would let such a"
    " count be worked out."
)

VARIATIONS = (CONCERN, IMPROVEMENT, NEITHER, COMMON_CAUSE)
"""The summary matrix's rows, in Making Data Count's order of urgency."""
ASSURANCES = (FAIL, HIT_AND_MISS, PASS, "")
"""The summary matrix's columns ("" is an indicator with no target)."""


@dataclass(frozen=True)
class ScorecardRow:
    """One indicator on the scorecard, with its latest figure as published."""

    summary: IndicatorSummary
    value: float | None
    """The latest figure as published (None when suppressed or missing)."""
    suppressed: bool
    side: str
    """"high" or "low": which side the latest signal is on ("" without a signal)."""
    reasons: tuple[str, ...]
    """Why it needs attention, most severe first (empty: it does not)."""
    sentences: tuple[str, ...]
    benchmark: Benchmark | None = None
    """Beside the published statistics at the latest 31 March (None: none loaded)."""

    @property
    def shown(self) -> str:
        """The latest figure as printed ("c" when suppressed)."""
        return format_figure(self.value, self.summary.indicator.unit, self.suppressed)

    @property
    def attention(self) -> bool:
        """Whether the indicator is in "What needs attention"."""
        return bool(self.reasons)

    def as_json(self) -> dict[str, Any]:
        """The row for scripts and Power BI (every field a plain JSON value)."""
        s, item = self.summary, self.summary.indicator
        return {
            "id": item.id,
            "title": item.title,
            "family": item.family,
            "unit": item.unit,
            "value": self.value,
            "shown": self.shown,
            "suppressed": self.suppressed,
            "variation": s.variation,
            "assurance": s.assurance,
            "rag": s.rag,
            "target": s.target,
            "england": s.england,
            "neighbours": s.neighbours,
            "quartile": self.benchmark.quartile_shown if self.benchmark else None,
            "rank": self.benchmark.rank_shown if self.benchmark else None,
            "attention": self.attention,
            "reasons": list(self.reasons),
            "sentences": list(self.sentences),
            "commentary": list(s.commentary),
        }


@dataclass(frozen=True)
class Scorecard:
    """The page: rows in catalogue order and the ones needing attention, most severe first."""

    la_code: str
    month: date
    rows: tuple[ScorecardRow, ...]
    attention: tuple[ScorecardRow, ...]
    suppressed: bool
    """Whether disclosure control was applied (False only for analysts who ask)."""

    def matrix(self) -> list[tuple[str, list[int]]]:
        """Counts of indicators by variation (rows) and assurance (``ASSURANCES`` columns).

        An indicator with no figure this month has no variation and is not counted.
        """
        counts = Counter((r.summary.variation, r.summary.assurance) for r in self.rows)
        return [(v, [counts[v, a] for a in ASSURANCES]) for v in VARIATIONS]

    def as_json(self) -> dict[str, Any]:
        """The whole page as JSON: every indicator, the attention order and the matrix."""
        return {
            "la_code": self.la_code,
            "month": f"{self.month:%Y-%m}",
            "suppressed": self.suppressed,
            "indicators": [r.as_json() for r in self.rows],
            "attention": [r.summary.indicator.id for r in self.attention],
            "matrix": {
                v: dict(zip([a or "no target" for a in ASSURANCES], n, strict=True))
                for v, n in self.matrix()
            },
        }


def published_sentences(sentences: tuple[str, ...], suppressed: bool, month: date
                        ) -> tuple[str, ...]:  # fmt: skip
    """The generated sentences, or the "not published" note when the figure is suppressed."""
    if suppressed and sentences:
        return (NOT_PUBLISHED.format(month=month.strftime("%B %Y")),)
    return sentences


def side(summary: IndicatorSummary) -> str:
    """Which side the latest signal is on, for the icon's H or L.

    Improvement and concern follow from the polarity (a concern on a "higher is better"
    indicator is low); a signal on an indicator with no better direction is high when the
    latest point is above the centre line, or, for a trend, when the trend rises.
    """
    variation, polarity = summary.variation, summary.indicator.polarity
    if variation in (IMPROVEMENT, CONCERN):
        up = (variation == IMPROVEMENT) == (polarity == "higher")
        return HIGH if up else LOW
    if variation != NEITHER or summary.series.empty:
        return ""
    values = summary.series["value"].dropna()
    latest = summary.series.iloc[-1]
    if TREND in str(latest["rules"]).split("; ") and len(values) > 1:
        return HIGH if values.iloc[-1] > values.iloc[-2] else LOW
    return HIGH if latest["value"] > latest["mean"] else LOW


def build(summaries: Sequence[IndicatorSummary], latest: Mapping[str, tuple[float | None, bool]],
          la_code: str, month: date, suppressed: bool = True,
          benchmarks: Mapping[str, Benchmark] | None = None) -> Scorecard:  # fmt: skip
    """The scorecard of ``summaries``; ``latest`` maps an indicator to (published, hidden).

    An indicator missing from ``latest`` has no figure this month; ``benchmarks`` are the
    loaded published statistics by indicator.
    """
    rows = {}
    for summary in summaries:
        value, hidden = latest.get(summary.indicator.id, (None, False))
        rows[summary.indicator.id] = ScorecardRow(
            summary, value, hidden, side(summary), reasons(summary),
            published_sentences(summary.narrative, hidden, month),
            (benchmarks or {}).get(summary.indicator.id),
        )  # fmt: skip
    ordered = tuple(rows[a.summary.indicator.id] for a in attention(summaries))
    return Scorecard(la_code, month, tuple(rows.values()), ordered, suppressed)
