"""Forecast scenarios analysts keep on the dashboard: create, change, delete, with history.

Each is stored as the configuration file writes a scenario and read back through the same
parser (``forecast.config.scenario_from``), so a scenario the dashboard accepts is one
``scorecard forecast`` can run, and ``dashboard_scenarios`` gives the command line the
council's scenarios by name. Every change goes into the change log (who, when, before, after).
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from csc_scorecard.errors import InputError
from csc_scorecard.forecast.config import Scenario, scenario_from, scenario_mapping
from csc_scorecard.web import changes
from csc_scorecard.web.db import session_factory
from csc_scorecard.web.models import ForecastScenario

ENTITY = "forecast_scenario"
MAX_NAME = 120


def scenario_of(row: ForecastScenario) -> Scenario:
    """The scenario a stored row describes."""
    return scenario_from(row.name, json.loads(row.definition))


def listed(db: Session, la_code: str) -> list[ForecastScenario]:
    """The council's scenarios by name."""
    query = select(ForecastScenario).where(ForecastScenario.la_code == la_code)
    return list(db.scalars(query.order_by(ForecastScenario.name)))


def save(db: Session, la_code: str, scenario: Scenario, username: str,
         scenario_id: int | None = None) -> ForecastScenario:  # fmt: skip
    """Create a scenario (``scenario_id`` None) or change one.

    The name must be the council's only one of that name: ``InputError`` otherwise, and for
    a scenario not found.
    """
    name = scenario.name.strip()
    if not name or len(name) > MAX_NAME:
        raise InputError(f"a scenario's name is 1 to {MAX_NAME} characters")
    clash = db.scalar(select(ForecastScenario).where(
        ForecastScenario.la_code == la_code, ForecastScenario.name == name))  # fmt: skip
    if clash is not None and clash.id != scenario_id:
        raise InputError(f"there is already a scenario called {name!r}")
    definition = json.dumps(scenario_mapping(scenario), sort_keys=True)
    if scenario_id is None:
        row = ForecastScenario(la_code=la_code, name=name, definition=definition,
                               author=username, updated_at=changes.now())  # fmt: skip
        db.add(row)
        db.flush()
        before: dict[str, object] = {}
    else:
        found = _found(db, la_code, scenario_id)
        row = found
        before = {"name": row.name, "definition": row.definition}
        row.name, row.definition = name, definition
        row.author, row.updated_at = username, changes.now()
    changes.record(db, username, ENTITY, row.id, before, {"name": name, "definition": definition})
    return row


def remove(db: Session, la_code: str, scenario_id: int, username: str) -> None:
    """Delete a scenario (its forecasts already in the store stay until the next run)."""
    row = _found(db, la_code, scenario_id)
    changes.record(db, username, ENTITY, row.id, {"name": row.name, "definition": row.definition},
                   {"name": None, "definition": None})  # fmt: skip
    db.delete(row)


def _found(db: Session, la_code: str, scenario_id: int) -> ForecastScenario:
    row = db.get(ForecastScenario, scenario_id)
    if row is None or row.la_code != la_code:
        raise InputError("there is no such scenario")
    return row


def dashboard_scenarios(app_db_url: str, la_code: str) -> dict[str, Scenario]:
    """The council's dashboard scenarios by name, for ``scorecard forecast --app-db``.

    An SQLite file that does not exist holds none (it is not created just to be read).
    """
    url = make_url(app_db_url)
    if url.get_backend_name() == "sqlite" and not (url.database and Path(url.database).is_file()):
        return {}
    with session_factory(app_db_url)() as db:
        return {row.name: scenario_of(row) for row in listed(db, la_code)}
