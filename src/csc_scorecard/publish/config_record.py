"""The analysis configuration as JSON, so a published pack records exactly what it was told.

Targets, neighbours, England figures, recalculation points (step changes), the SPC settings and
the analysts' commentary all shape what a pack shows; ``scorecard pack --as-published`` reads
them back from the record, not from today's targets file.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from typing import Any

from csc_scorecard.analysis.commentary import Comment, Commentary
from csc_scorecard.analysis.config import AnalysisConfig, IndicatorConfig, Target
from csc_scorecard.analysis.spc import SpcOptions


def config_to_json(config: AnalysisConfig) -> str:
    """The whole configuration as canonical JSON (sorted keys: equal configs, equal text)."""
    indicators = {
        key: {
            "targets": {str(y): [t.target, t.tolerance] for y, t in item.targets.items()},
            "neighbours": {str(y): v for y, v in item.neighbours.items()},
            "england": {str(y): v for y, v in item.england.items()},
            "step_changes": [m.isoformat() for m in item.step_changes],
        }
        for key, item in config.indicators.items()
    }
    comments = [
        {"indicator": c.indicator, "month": c.month.isoformat(), "text": c.text,
         "author": c.author}
        for c in config.commentary.comments
    ]  # fmt: skip
    return json.dumps(
        {"spc": asdict(config.spc), "indicators": indicators, "commentary": comments},
        sort_keys=True,
    )


def config_from_json(text: str) -> AnalysisConfig:
    """The configuration a pack was published with, as the analysis takes it."""
    raw: dict[str, Any] = json.loads(text)
    indicators = {
        key: IndicatorConfig(
            targets={int(y): Target(t, tol) for y, (t, tol) in item["targets"].items()},
            neighbours={int(y): float(v) for y, v in item["neighbours"].items()},
            england={int(y): float(v) for y, v in item["england"].items()},
            step_changes=tuple(date.fromisoformat(m) for m in item["step_changes"]),
        )
        for key, item in raw["indicators"].items()
    }
    comments = tuple(
        Comment(c["indicator"], date.fromisoformat(c["month"]), c["text"], c["author"])
        for c in raw["commentary"]
    )
    return AnalysisConfig(indicators, SpcOptions(**raw["spc"]), Commentary(comments))
