"""The improvement plan (priority areas and their actions) and the scrutiny panel's actions.

Every change to an action is logged field by field, so the plan's history shows who moved
an action to "complete" and when, and what the evidence said before.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from csc_scorecard.web import changes
from csc_scorecard.web.models import PanelAction, PlanAction, PriorityArea

ACTION_STATUSES = ("not started", "in progress", "complete", "blocked")
RAGS = ("red", "amber", "green")
PANEL_STATUSES = ("open", "responded", "closed")
ACTION_FIELDS = ("title", "owner", "due_date", "status", "rag", "indicators", "evidence")
PANEL_FIELDS = ("meeting_date", "request", "response_due", "response", "status")


class PlanError(ValueError):
    """An edit that cannot be made (unknown status, unknown area or action)."""


def areas(db: Session, la_code: str) -> list[PriorityArea]:
    """The council's priority areas with their actions."""
    query = (
        select(PriorityArea)
        .where(PriorityArea.la_code == la_code)
        .options(selectinload(PriorityArea.actions))
        .order_by(PriorityArea.id)
    )
    return list(db.scalars(query))


def add_area(db: Session, la_code: str, title: str, description: str, by: str) -> PriorityArea:
    """Create a priority area."""
    area = PriorityArea(la_code=la_code, title=title, description=description)
    db.add(area)
    db.flush()
    changes.record(db, by, "priority_area", area.id, {}, {"title": title})
    return area


def save_action(
    db: Session,
    la_code: str,
    values: dict[str, Any],
    by: str,
    action_id: int | None = None,
    area_id: int | None = None,
) -> PlanAction:
    """Create an action in an area, or update one, logging each changed field."""
    _check(values.get("status"), ACTION_STATUSES, "status")
    _check(values.get("rag"), RAGS, "RAG")
    if action_id is None:
        area = db.get(PriorityArea, area_id)
        if area is None or area.la_code != la_code:
            raise PlanError("no such priority area")
        action = PlanAction(area_id=area.id, **values)
        db.add(action)
        db.flush()
        before: dict[str, Any] = {}
    else:
        found = db.get(PlanAction, action_id)
        if found is None or found.area.la_code != la_code:
            raise PlanError("no such action")
        action = found
        before = {f: getattr(action, f) for f in ACTION_FIELDS}
        for field, value in values.items():
            setattr(action, field, value)
    changes.record(db, by, "plan_action", action.id, before, values)
    return action


def action(db: Session, la_code: str, action_id: int) -> PlanAction | None:
    """One action of the council's plan."""
    found = db.get(PlanAction, action_id)
    return found if found is not None and found.area.la_code == la_code else None


def panel_actions(
    db: Session, la_code: str, meeting: date | None = None, open_only: bool = False
) -> list[PanelAction]:
    """The panel's actions, optionally of one meeting, optionally only those not closed."""
    query = select(PanelAction).where(PanelAction.la_code == la_code)
    if meeting is not None:
        query = query.where(PanelAction.meeting_date == meeting)
    if open_only:
        query = query.where(PanelAction.status != "closed")
    return list(db.scalars(query.order_by(PanelAction.meeting_date.desc(), PanelAction.id)))


def save_panel_action(
    db: Session, la_code: str, values: dict[str, Any], by: str, panel_id: int | None = None
) -> PanelAction:
    """Create or update a panel action, logging each changed field."""
    _check(values.get("status"), PANEL_STATUSES, "status")
    if panel_id is None:
        item = PanelAction(la_code=la_code, **values)
        db.add(item)
        db.flush()
        before: dict[str, Any] = {}
    else:
        found = db.get(PanelAction, panel_id)
        if found is None or found.la_code != la_code:
            raise PlanError("no such panel action")
        item = found
        before = {f: getattr(item, f) for f in PANEL_FIELDS}
        for field, value in values.items():
            setattr(item, field, value)
    changes.record(db, by, "panel_action", item.id, before, values)
    return item


def meetings(db: Session, la_code: str) -> list[date]:
    """Dates of the panel meetings that asked for something, newest first."""
    query = (
        select(PanelAction.meeting_date)
        .where(PanelAction.la_code == la_code)
        .distinct()
        .order_by(PanelAction.meeting_date.desc())
    )
    return list(db.scalars(query))


def _check(value: object, allowed: tuple[str, ...], what: str) -> None:
    if value is not None and value not in allowed:
        raise PlanError(f"{what} must be one of: {', '.join(allowed)}")
