"""What the pack shows, after analysis and disclosure control: the one input of every format.

HTML, PDF and Excel are written from these objects only, so they cannot disagree; every value
here is already safe to publish (a suppressed figure is None with ``suppressed`` set, shown as
"c").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

import pandas as pd

from csc_scorecard.analysis.benchmarks import Benchmark
from csc_scorecard.analysis.funnel_plot import FunnelPlot
from csc_scorecard.analysis.units import format_figure
from csc_scorecard.indicators.definition import Unit

if TYPE_CHECKING:
    from csc_scorecard.forecast.briefing import ForecastBriefing
    from csc_scorecard.publish.scorecard import Scorecard


@dataclass(frozen=True)
class Revision:
    """One figure that changed since the last published pack."""

    indicator_id: str
    title: str
    month: date
    breakdown: str
    breakdown_value: str
    was: str
    now: str
    change: str
    """The change as printed ("" when either side is suppressed or empty)."""
    large: bool
    loads: tuple[str, ...]

    @property
    def where(self) -> str:
        """The breakdown in words ("" for the indicator's total)."""
        return "" if self.breakdown == "all" else f"{self.breakdown}: {self.breakdown_value}"


@dataclass(frozen=True)
class Revisions:
    """What changed since the pack compared with."""

    against_pack: int
    against_month: date
    threshold: float
    rows: tuple[Revision, ...]

    @property
    def large(self) -> tuple[Revision, ...]:
        """The revisions called out on page one."""
        return tuple(r for r in self.rows if r.large)

    def frame(self) -> pd.DataFrame:
        """The revisions as a table (for the workbook): figures as printed, words for flags."""
        return pd.DataFrame(
            {"indicator_id": [r.indicator_id for r in self.rows],
             "title": [r.title for r in self.rows], "where": [r.where for r in self.rows],
             "month": [r.month for r in self.rows], "was": [r.was for r in self.rows],
             "now": [r.now for r in self.rows], "change": [r.change for r in self.rows],
             "large_words": ["yes" if r.large else "" for r in self.rows],
             "load_words": ["; ".join(r.loads) for r in self.rows]}
        )  # fmt: skip

    def marked(self) -> set[tuple[str, date]]:
        """(indicator, month) of every revised indicator total, for the dataset's markers."""
        return {(r.indicator_id, r.month) for r in self.rows if r.breakdown == "all"}


@dataclass(frozen=True)
class IndicatorPage:
    """One indicator in the pack: its 13 months, judgement, words and charts."""

    id: str
    family: str
    title: str
    definition: str
    unit: Unit
    polarity: str
    months: tuple[date, ...]
    values: tuple[float | None, ...]
    suppressed: tuple[bool, ...]
    target: float | None
    england: float | None
    rag: str
    direction: str
    better_or_worse: str
    variation: str
    assurance: str
    narrative: tuple[str, ...]
    commentary: tuple[str, ...]
    chart_svg: str
    sparkline_svg: str
    spc_table: pd.DataFrame
    """month, value, mean, lower, upper, special_cause, shown: the chart's numbers (published
    values only; ``shown`` is the value as printed)."""
    revised: tuple[bool, ...] = ()
    """Per month shown: whether the figure changed since the last published pack."""
    benchmark: Benchmark | None = None
    """Beside the published statistics at the latest 31 March (None: none loaded)."""
    funnel: FunnelPlot | None = None
    """The benchmark's funnel plot as published (None: a count, or nothing to plot)."""
    funnel_svg: str = ""
    """That plot drawn (``funnel_chart.funnel_svg``), or empty."""

    @property
    def latest(self) -> str:
        """The latest month's figure as printed."""
        return format_figure(self.values[-1], self.unit, self.suppressed[-1])

    def shown(self, index: int) -> str:
        """The figure of month ``index`` as printed."""
        return format_figure(self.values[index], self.unit, self.suppressed[index])

    def is_revised(self, index: int) -> bool:
        """Whether month ``index``'s figure changed since the last published pack."""
        return bool(self.revised) and self.revised[index]


@dataclass(frozen=True)
class PackData:
    """Everything one month's pack shows for one council."""

    la_code: str
    council: str
    month: date
    generated: datetime
    pages: tuple[IndicatorPage, ...]
    residential: pd.DataFrame
    """week_end, placement_type, area, children (None where suppressed), shown."""
    section20: pd.DataFrame
    """dimension, category, children (None where suppressed), shown."""
    quality: pd.DataFrame
    """source, rule, rows: rows quarantined, by source and rule."""
    scorecard: Scorecard
    """Page one: every indicator's latest reading and what needs attention."""
    revisions: Revisions | None = None
    """What changed since the last published pack (None for the first pack)."""
    forecast: ForecastBriefing | None = None
    """The forecast section (None until ``scorecard forecast`` has stored one)."""

    @property
    def early_help(self) -> tuple[IndicatorPage, ...]:
        """Appendix 2: the early help dataset."""
        return tuple(p for p in self.pages if p.family == "Early help")

    @property
    def dataset(self) -> tuple[IndicatorPage, ...]:
        """Appendix 1: the children and families monthly dataset (everything else)."""
        return tuple(p for p in self.pages if p.family != "Early help")
