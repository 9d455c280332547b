"""The analysis configuration as JSON, so a published pack records exactly what it was told.

Targets, neighbours, England figures, recalculation points (from the configuration file and
the dashboard, with who recorded them and why), suggestions rejected in the dashboard, the SPC
settings and the analysts' commentary all shape what a pack shows; ``scorecard pack
--as-published`` reads them back from the record, not from today's targets file.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from csc_scorecard.analysis.commentary import Comment, Commentary
from csc_scorecard.analysis.config import (
    AnalysisConfig,
    DashboardDecisions,
    IndicatorConfig,
    Recalculation,
    Target,
)
from csc_scorecard.analysis.spc import SpcOptions


def config_to_json(config: AnalysisConfig) -> str:
    """The whole configuration as canonical JSON (sorted keys: equal configs, equal text)."""
    indicators = {
        key: {
            "targets": {str(y): [t.target, t.tolerance] for y, t in item.targets.items()},
            "neighbours": {str(y): v for y, v in item.neighbours.items()},
            "england": {str(y): v for y, v in item.england.items()},
            "recalculations": [_recalculation_json(r) for r in item.recalculations],
        }
        for key, item in config.indicators.items()
    }
    comments = [
        {"indicator": c.indicator, "month": c.month.isoformat(), "text": c.text,
         "author": c.author}
        for c in config.commentary.comments
    ]  # fmt: skip
    decisions = {
        "recorded": [[la, item, [_recalculation_json(r) for r in points]]
                     for (la, item), points in sorted(config.decisions.recorded.items())],
        "rejected": [[la, item, [m.isoformat() for m in months]]
                     for (la, item), months in sorted(config.decisions.rejected.items())],
    }  # fmt: skip
    return json.dumps(
        {"spc": asdict(config.spc), "indicators": indicators, "commentary": comments,
         "decisions": decisions, "watch_changes": sorted(config.watch_changes)},
        sort_keys=True,
    )  # fmt: skip


def _recalculation_json(point: Recalculation) -> dict[str, str]:
    return {"month": point.month.isoformat(), "reason": point.reason, "source": point.source,
            "recorded_by": point.recorded_by,
            "recorded_at": point.recorded_at.isoformat() if point.recorded_at else ""}  # fmt: skip


def _recalculation(raw: dict[str, str]) -> Recalculation:
    when = raw["recorded_at"]
    return Recalculation(
        date.fromisoformat(raw["month"]),
        raw["reason"],
        raw["source"],
        raw["recorded_by"],
        datetime.fromisoformat(when) if when else None,
    )


def config_from_json(text: str) -> AnalysisConfig:
    """The configuration a pack was published with, as the analysis takes it."""
    raw: dict[str, Any] = json.loads(text)
    indicators = {
        key: IndicatorConfig(
            targets={int(y): Target(t, tol) for y, (t, tol) in item["targets"].items()},
            neighbours={int(y): float(v) for y, v in item["neighbours"].items()},
            england={int(y): float(v) for y, v in item["england"].items()},
            recalculations=tuple(_recalculation(r) for r in item["recalculations"]),
        )
        for key, item in raw["indicators"].items()
    }
    comments = tuple(
        Comment(c["indicator"], date.fromisoformat(c["month"]), c["text"], c["author"])
        for c in raw["commentary"]
    )
    told = raw["decisions"]
    decisions = DashboardDecisions(
        recorded={(la, item): tuple(_recalculation(r) for r in points)
                  for la, item, points in told["recorded"]},
        rejected={(la, item): tuple(date.fromisoformat(m) for m in months)
                  for la, item, months in told["rejected"]},
    )  # fmt: skip
    return AnalysisConfig(indicators, SpcOptions(**raw["spc"]), Commentary(comments), decisions,
                          frozenset(raw.get("watch_changes", ())))  # fmt: skip
