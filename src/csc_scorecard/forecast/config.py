"""The forecast's settings, unit costs and scenarios, from one YAML file.

The package ships ``csc_scorecard/config/forecast.yaml`` (its comments say where each default
comes from: the unit costs are stated assumptions a council replaces); ``--config FILE``
reads a council's own. A value that cannot be used is an ``InputError`` naming it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

from csc_scorecard.errors import InputError, month, one_of, shown
from csc_scorecard.forecast.multistate import Settings
from csc_scorecard.forecast.states import PLACEMENT_GROUPS

DEFAULT_CONFIG = files("csc_scorecard") / "config" / "forecast.yaml"
ALL = "all"
SECTIONS = {"horizon", "reference_months", "paths", "seed", "backtest_paths", "unit_costs",
            "inflation", "scenarios"}  # fmt: skip


@dataclass(frozen=True)
class Scenario:
    """A named adjustment: entries to each group multiplied from a month on (None: at once).

    ``uasc`` multiplies the entries of unaccompanied asylum-seeking children alone ("UASC
    arrivals +20%" is 1.2), on top of their group's multiplier.
    """

    name: str
    description: str
    entries: dict[str, float]
    start: date | None = None
    uasc: float = 1.0


@dataclass(frozen=True)
class ForecastConfig:
    """Everything ``scorecard forecast`` needs besides the store."""

    settings: Settings = field(default_factory=Settings)
    backtest_paths: int = 200
    unit_costs: dict[str, float] = field(default_factory=dict)
    inflation: float = 0.0
    scenarios: dict[str, Scenario] = field(default_factory=dict)


def load_forecast_config(path: Path | Traversable | None = None) -> ForecastConfig:
    """Read a forecast configuration file (default: the shipped one)."""
    source = path or DEFAULT_CONFIG
    try:
        raw = yaml.safe_load(source.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise InputError(f"{source}: {error}") from error
    if not isinstance(raw, dict) or set(raw) - SECTIONS:
        raise InputError(f"{source}: expected a mapping of {', '.join(sorted(SECTIONS))}")
    settings = Settings(
        horizon=_whole(raw.get("horizon", 24), "horizon", 1, 120),
        reference_months=_whole(raw.get("reference_months", 24), "reference_months", 2, 240),
        paths=_whole(raw.get("paths", 1000), "paths", 10, 100_000),
        seed=_whole(raw.get("seed", 1), "seed", 0, 2**32 - 1),
    )
    costs = {one_of(str(group), PLACEMENT_GROUPS, "placement group"): _amount(cost, str(group))
             for group, cost in _mapping(raw.get("unit_costs"), "unit_costs").items()}  # fmt: skip
    scenarios = {str(name): scenario_from(str(name), _mapping(body, str(name)))
                 for name, body in _mapping(raw.get("scenarios"), "scenarios").items()}  # fmt: skip
    return ForecastConfig(settings, _whole(raw.get("backtest_paths", 200), "backtest_paths", 10,
                                           100_000), costs,
                          _amount(raw.get("inflation", 0.0), "inflation"), scenarios)  # fmt: skip


def with_options(config: ForecastConfig, horizon: int | None = None,
                 reference_months: int | None = None, paths: int | None = None,
                 seed: int | None = None) -> ForecastConfig:  # fmt: skip
    """The configuration with the command line's settings in place of the file's, checked alike."""
    given = config.settings
    settings = Settings(
        _whole(given.horizon if horizon is None else horizon, "--horizon", 1, 120),
        _whole(given.reference_months if reference_months is None else reference_months,
               "--reference-months", 2, 240),
        _whole(given.paths if paths is None else paths, "--paths", 10, 100_000),
        _whole(given.seed if seed is None else seed, "--seed", 0, 2**32 - 1),
    )  # fmt: skip
    return replace(config, settings=settings)


SCENARIO_KEYS = {"description", "from", "entries", "uasc"}


def scenario_from(name: str, body: dict[Any, Any]) -> Scenario:
    """One scenario from its YAML (or the dashboard's) mapping: description, from, entries, uasc.

    An unknown key or placement group, a month that is not one, or a multiplier below 0 is
    refused, so the file and the dashboard's editor accept exactly the same scenarios.
    """
    if not name.strip():
        raise InputError("a scenario needs a name")
    unknown = set(body) - SCENARIO_KEYS
    if unknown:
        raise InputError(f"{name}: {shown(str(sorted(unknown)[0]))} is not one of"
                         f" {', '.join(sorted(SCENARIO_KEYS))}")  # fmt: skip
    known = {*PLACEMENT_GROUPS, ALL}
    entries = {one_of(str(group), known, "placement group"): _amount(value, f"{name}: {group}")
               for group, value in _mapping(body.get("entries"), name).items()}  # fmt: skip
    start = month(str(body["from"])) if body.get("from") is not None else None
    uasc = _amount(body.get("uasc", 1.0), f"{name}: uasc")
    return Scenario(name, str(body.get("description") or name), entries, start, uasc)


def scenario_mapping(scenario: Scenario) -> dict[str, Any]:
    """The scenario as ``scenario_from`` reads it (what the dashboard keeps), round-trip safe."""
    body: dict[str, Any] = {"description": scenario.description, "entries": scenario.entries}
    if scenario.start is not None:
        body["from"] = f"{scenario.start:%Y-%m}"
    if scenario.uasc != 1.0:
        body["uasc"] = scenario.uasc
    return body


def _mapping(value: Any, where: str) -> dict[Any, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise InputError(f"{where}: expected a mapping, found {shown(str(value))}")
    return value


def _whole(value: Any, name: str, least: int, most: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not least <= value <= most:
        raise InputError(
            f"{name}: {shown(str(value))} is not a whole number from {least} to {most}"
        )
    return value


def _amount(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise InputError(f"{name}: {shown(str(value))} is not a number of 0 or more")
    return float(value)
