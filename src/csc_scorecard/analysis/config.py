"""The analysis configuration: targets, tolerances, comparators and recalculations per indicator.

One YAML file (the package ships ``csc_scorecard/config/targets.yaml`` as the default; a council
copies and edits it, and gives it to ``scorecard pack --config`` and ``serve --config``)::

    watch_changes: [REF1]     # changes either way that go into "What needs attention"
    spc:                      # optional; these are the defaults
      baseline_points: 20     # at least 12; fewer points give trial limits
      shift_points: 7
      trend_points: 7
      screen_outliers: true
      autocorrelation_limit: 0.5   # null: no widening for month-to-month carry-over
    indicators:
      REF3:
        targets:              # from a financial year until a later entry replaces it
          "2020-21": {target: 20.0, tolerance: 2.0}
        neighbours:           # statistical neighbours' average for the year ending 31 March
          "2024-25": 21.9
        england:              # adds to / overrides the catalogue's England figures
          "2024-25": 22.6
        recalculations:       # SPC starts new limits from these months, and says why
          - {month: "2025-08", reason: "new front door opened"}

``watch_changes`` names the indicators with no better direction (polarity "neither") whose
special causes the panel wants in "What needs attention" (``attention.py``): demand it plans
for, such as referrals. Without it, a change on such an indicator shows on the scorecard only.

``step_changes: ["2025-08"]``, the older form (months without a reason), is still read: each
month becomes a recalculation whose reason says it came from ``step_changes``. Recalculations
an analyst records in the dashboard, and suggestions they reject, are added per council by
``with_dashboard_decisions`` (see ``recalculations.py``).

Years are financial years written ``2025-26`` (1 April 2025 to 31 March 2026), the way
councils set targets and the DfE publishes; a published figure "for the year ending 31 March
2026" is the ``2025-26`` entry. Tolerances are in the indicator's own unit (percentage points
for a percentage). A target needs a good direction, so one on an indicator whose polarity is
"neither" is refused rather than silently ignored.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

from csc_scorecard.analysis.commentary import Commentary
from csc_scorecard.analysis.spc import SpcOptions
from csc_scorecard.calendar import parse_month
from csc_scorecard.indicators.catalogue import BY_ID

DEFAULT_TARGETS = files("csc_scorecard") / "config" / "targets.yaml"
"""The shipped default configuration: package data, so an installed wheel has it too."""

_YEAR = re.compile(r"^(\d{4})-(\d{2})$")


class ConfigError(ValueError):
    """The configuration file says something the analysis cannot use; the message says where."""


@dataclass(frozen=True)
class Target:
    """A target and the tolerance on its wrong side that still counts as amber."""

    target: float
    tolerance: float


@dataclass(frozen=True)
class Recalculation:
    """A month from which an indicator's control limits start again, and why.

    ``source`` is "configuration" (the targets file) or "dashboard" (recorded by an analyst,
    with who and when).
    """

    month: date
    reason: str
    source: str = "configuration"
    recorded_by: str = ""
    recorded_at: datetime | None = None


STEP_CHANGE_REASON = "declared as a step change in the configuration (step_changes)"


@dataclass(frozen=True)
class IndicatorConfig:
    """What the configuration says about one indicator; years are financial-year starts."""

    targets: Mapping[int, Target] = field(default_factory=dict)
    neighbours: Mapping[int, float] = field(default_factory=dict)
    england: Mapping[int, float] = field(default_factory=dict)
    recalculations: tuple[Recalculation, ...] = ()

    @property
    def step_changes(self) -> tuple[date, ...]:
        """The recalculation months, in order (the older name, kept for callers)."""
        return tuple(r.month for r in self.recalculations)


@dataclass(frozen=True)
class DashboardDecisions:
    """What analysts decided in the dashboard, per council and indicator.

    ``recorded``: recalculation points (declared there, or suggestions accepted);
    ``rejected``: suggested months turned down, never proposed again.
    """

    recorded: Mapping[tuple[str, str], tuple[Recalculation, ...]] = field(default_factory=dict)
    rejected: Mapping[tuple[str, str], tuple[date, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class AnalysisConfig:
    """Everything the analysis is told rather than computes."""

    indicators: Mapping[str, IndicatorConfig] = field(default_factory=dict)
    spc: SpcOptions = field(default_factory=SpcOptions)
    commentary: Commentary = field(default_factory=Commentary)
    decisions: DashboardDecisions = field(default_factory=DashboardDecisions)
    watch_changes: frozenset[str] = frozenset()

    def of(self, indicator_id: str) -> IndicatorConfig:
        """The configuration of one indicator (empty when the file does not mention it)."""
        return self.indicators.get(indicator_id, IndicatorConfig())

    def recalculations(self, la_code: str, indicator_id: str) -> tuple[Recalculation, ...]:
        """The file's and the dashboard's recalculation points, by month (the file's first)."""
        both = (*self.of(indicator_id).recalculations,
                *self.decisions.recorded.get((la_code, indicator_id), ()))  # fmt: skip
        first = {r.month: r for r in reversed(both)}
        return tuple(sorted(first.values(), key=lambda r: r.month))

    def rejected(self, la_code: str, indicator_id: str) -> tuple[date, ...]:
        """Suggested recalculation months an analyst rejected for the council's indicator."""
        return self.decisions.rejected.get((la_code, indicator_id), ())

    def fingerprint(self, la_code: str, indicator_id: str) -> str:
        """A digest of everything here that changes the council's indicator summaries.

        The dashboard's copy stores summaries worked out at ``compute`` time; where the
        configuration serving them differs (a council's own targets, a recalculation an
        analyst recorded since), the digests differ and those summaries are worked out again.
        """
        told = (self.spc, self.of(indicator_id), self.recalculations(la_code, indicator_id),
                self.rejected(la_code, indicator_id),
                indicator_id in self.watch_changes)  # fmt: skip
        return hashlib.sha256(repr(told).encode()).hexdigest()

    def with_decisions(self, decisions: DashboardDecisions) -> AnalysisConfig:
        """The same configuration with the dashboard's recalculation decisions."""
        return replace(self, decisions=decisions)


def financial_year_start(text: object) -> int:
    """``"2025-26"`` -> 2025, refusing anything else with the form it should take."""
    found = _YEAR.match(str(text))
    if not found or (int(found[1]) + 1) % 100 != int(found[2]):
        raise ConfigError(f"{text!r} is not a financial year: write it as e.g. '2025-26'")
    return int(found[1])


def load_config(
    path: Path | Traversable | None = None, commentary: Commentary | None = None
) -> AnalysisConfig:
    """Read a targets file (default: the shipped one) and attach the analysts' commentary."""
    path = path or DEFAULT_TARGETS
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if not isinstance(raw, dict):
            raise ConfigError("the file must be a mapping with 'indicators' (and 'spc')")
        unknown = set(raw) - {"spc", "indicators", "watch_changes"}
        if unknown:
            raise ConfigError(
                f"unknown section(s) {sorted(unknown)}; expected spc, indicators, watch_changes"
            )
        spc = SpcOptions(**_mapping(raw.get("spc"), "spc"))
        indicators = {
            str(key): _indicator(str(key), _mapping(entry, str(key)))
            for key, entry in _mapping(raw.get("indicators"), "indicators").items()
        }
        watched = _watched(raw.get("watch_changes"))
    except (ConfigError, TypeError, ValueError, yaml.YAMLError) as error:
        raise ConfigError(f"{path}: {error}") from error
    return AnalysisConfig(indicators, spc, commentary or Commentary(), watch_changes=watched)


def _watched(value: Any) -> frozenset[str]:
    """``watch_changes``: indicators with no better direction, refusing any other."""
    if value is None:
        return frozenset()
    if not isinstance(value, list):
        raise ConfigError(f"watch_changes: expected a list of indicator ids, found {value!r}")
    for indicator_id in map(str, value):
        if indicator_id not in BY_ID:
            raise ConfigError(f"watch_changes: unknown indicator {indicator_id!r}")
        if BY_ID[indicator_id].polarity != "neither":
            raise ConfigError(
                f"watch_changes: {indicator_id} has a better direction, so its changes already"
                " count as improvement or concern; list only indicators with none"
            )
    return frozenset(map(str, value))


def _mapping(value: Any, where: str) -> dict[Any, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: expected a mapping, found {value!r}")
    return value


def _indicator(indicator_id: str, entry: dict[Any, Any]) -> IndicatorConfig:
    if indicator_id not in BY_ID:
        raise ConfigError(f"unknown indicator {indicator_id!r}; known: {', '.join(BY_ID)}")
    unknown = set(entry) - {"targets", "neighbours", "england", "recalculations", "step_changes"}
    if unknown:
        raise ConfigError(f"{indicator_id}: unknown key(s) {sorted(unknown)}")
    targets = {
        financial_year_start(year): _target(indicator_id, year, _mapping(value, indicator_id))
        for year, value in _mapping(entry.get("targets"), f"{indicator_id}.targets").items()
    }
    if targets and BY_ID[indicator_id].polarity == "neither":
        raise ConfigError(f"{indicator_id} has no good direction (polarity neither): no target")
    return IndicatorConfig(
        targets=targets,
        neighbours=_by_year(entry.get("neighbours"), f"{indicator_id}.neighbours"),
        england=_by_year(entry.get("england"), f"{indicator_id}.england"),
        recalculations=_recalculations(indicator_id, entry),
    )


def _recalculations(indicator_id: str, entry: dict[Any, Any]) -> tuple[Recalculation, ...]:
    """``recalculations`` (month and reason) and the older ``step_changes`` (months only)."""
    steps = entry.get("step_changes") or []
    listed = entry.get("recalculations") or []
    if not isinstance(steps, list):
        raise ConfigError(f"{indicator_id}.step_changes: expected a list of months (YYYY-MM)")
    if not isinstance(listed, list):
        raise ConfigError(f"{indicator_id}.recalculations: expected a list of {{month, reason}}")
    found = [Recalculation(parse_month(str(step)), STEP_CHANGE_REASON) for step in steps]
    for item in listed:
        if not isinstance(item, dict) or set(item) != {"month", "reason"}:
            raise ConfigError(f"{indicator_id}.recalculations: each needs a month and a reason")
        if not str(item["reason"]).strip():
            raise ConfigError(f"{indicator_id}.recalculations: say why ({item['month']})")
        found.append(Recalculation(parse_month(str(item["month"])), str(item["reason"]).strip()))
    months = [r.month for r in found]
    if len(set(months)) < len(months):
        raise ConfigError(f"{indicator_id}: a recalculation month is given twice")
    return tuple(sorted(found, key=lambda r: r.month))


def _target(indicator_id: str, year: object, value: dict[Any, Any]) -> Target:
    if set(value) - {"target", "tolerance"} or "target" not in value:
        raise ConfigError(f"{indicator_id}.targets.{year}: give target and optional tolerance")
    tolerance = float(value.get("tolerance", 0.0))
    if tolerance < 0:
        raise ConfigError(f"{indicator_id}.targets.{year}: tolerance cannot be negative")
    return Target(float(value["target"]), tolerance)


def _by_year(value: Any, where: str) -> dict[int, float]:
    return {financial_year_start(year): float(v) for year, v in _mapping(value, where).items()}
