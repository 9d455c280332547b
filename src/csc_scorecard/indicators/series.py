"""Series entered from other systems: workforce and elective home education (WF1-3, EHE1-2).

They have no case records behind them, so no builder: ``scorecard load series`` brings the
values in and ``compute`` passes them through to the same table as the computed indicators,
so the analysis, pack and dashboard treat them alike.
"""

from __future__ import annotations

from csc_scorecard.indicators.definition import Indicator

FAMILY = "Workforce and education"


def _series(indicator_id: str, title: str, definition: str, unit: str, polarity: str,
            numerator: str, denominator: str | None = None, not_children: str = ""
            ) -> Indicator:  # fmt: skip
    return Indicator(
        indicator_id, FAMILY, title, definition + " Loaded as a monthly value (series file).",
        unit, polarity, "in_month", ("aggregate_value",),  # type: ignore[arg-type]
        numerator, denominator, None, not_children=not_children,
    )  # fmt: skip


INDICATORS = (
    _series("WF1", "Average social worker caseload",
            "The average number of children allocated to each case-holding social worker at"
            " the month end.", "number", "lower", "children allocated per social worker",
            not_children="an average caseload of social workers"),
    _series("WF2", "Agency social workers (%)",
            "Agency social workers as a percentage of all social workers in post at the month"
            " end.", "percent", "lower", "agency social workers", "social workers in post",
            not_children="a count of social workers"),
    _series("WF3", "Supervisions in timescale (%)",
            "Social worker supervisions due in the month that took place in timescale.",
            "percent", "higher", "supervisions in timescale", "supervisions due",
            not_children="a count of supervisions of social workers"),
    _series("EHE1", "Children electively home educated",
            "Children known to the council to be electively home educated at the month end.",
            "count", "neither", "children electively home educated"),
    _series("EHE2", "Elective home education visits in timescale (%)",
            "Electively home educated children due a visit in the month who were visited in"
            " timescale.", "percent", "higher", "children visited in timescale",
            "children due a visit"),
)  # fmt: skip
