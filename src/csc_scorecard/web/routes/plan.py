"""The improvement plan, the scrutiny panel's actions and the meeting view."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import pandas as pd
from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import RedirectResponse, Response

from csc_scorecard.web import changes
from csc_scorecard.web import plan as plans
from csc_scorecard.web.csrf import verify_csrf
from csc_scorecard.web.pages import Format, council, export, render
from csc_scorecard.web.roles import ANALYST, VIEWER, SignedIn

router = APIRouter()
Text = Annotated[str, Form(max_length=5000)]
Optional = Annotated[str, Form(max_length=5000)]


def _date(text: str | None) -> date | None:
    """A date from a form or query (YYYY-MM-DD); empty is None; 400 when unreadable."""
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise HTTPException(status_code=400, detail="Give dates as YYYY-MM-DD.") from error


def _plan_frame(areas: list[Any]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "priority area": a.title,
                "action": x.title,
                "owner": x.owner,
                "due": x.due_date,
                "status": x.status,
                "rag": x.rag,
                "indicators": x.indicators,
                "evidence": x.evidence,
            }
            for a in areas
            for x in a.actions
        ]
    )


@router.get("/plan")
def plan_page(
    request: Request, _user: Annotated[SignedIn, Depends(VIEWER)], la: str | None = None
) -> Response:
    """Priority areas and their actions."""
    la_code = council(request, la)
    with request.app.state.web.sessions() as db:
        areas = plans.areas(db, la_code)
    return render(
        request,
        "plan.html.j2",
        la_code=la_code,
        areas=areas,
        statuses=plans.ACTION_STATUSES,
        rags=plans.RAGS,
    )


@router.get("/plan.{fmt}")
def plan_export(
    request: Request,
    _user: Annotated[SignedIn, Depends(VIEWER)],
    fmt: Format,
    la: str | None = None,
) -> Response:
    """The plan as CSV or Excel."""
    la_code = council(request, la)
    with request.app.state.web.sessions() as db:
        return export(_plan_frame(plans.areas(db, la_code)), f"plan-{la_code}", fmt)


@router.get("/plan/document")
def plan_document(
    request: Request, _user: Annotated[SignedIn, Depends(VIEWER)], la: str | None = None
) -> Response:
    """The plan as a printable document for the board."""
    la_code = council(request, la)
    with request.app.state.web.sessions() as db:
        areas = plans.areas(db, la_code)
    return render(
        request, "plan_document.html.j2", la_code=la_code, areas=areas, today=changes.now().date()
    )


@router.post("/plan/areas", dependencies=[Depends(verify_csrf)])
def add_area(
    request: Request,
    user: Annotated[SignedIn, Depends(ANALYST)],
    la: Annotated[str, Form()],
    title: Annotated[str, Form(min_length=1, max_length=200)],
    description: Optional = "",
) -> Response:
    """Add a priority area."""
    la_code = council(request, la)
    with request.app.state.web.sessions.begin() as db:
        plans.add_area(db, la_code, title, description, user.username)
    return RedirectResponse(f"/plan?la={la_code}", status_code=303)


def _action_values(
    title: str, owner: str, due_date: str, status: str, rag: str, indicators: str, evidence: str
) -> dict[str, Any]:
    return {
        "title": title,
        "owner": owner,
        "due_date": _date(due_date),
        "status": status,
        "rag": rag,
        "indicators": indicators,
        "evidence": evidence,
    }


@router.post("/plan/actions", dependencies=[Depends(verify_csrf)])
def add_action(
    request: Request,
    user: Annotated[SignedIn, Depends(ANALYST)],
    la: Annotated[str, Form()],
    area_id: Annotated[int, Form()],
    title: Text,
    owner: Text,
    status: Text,
    rag: Text,
    due_date: Optional = "",
    indicators: Optional = "",
    evidence: Optional = "",
) -> Response:
    """Add an action to a priority area."""
    la_code = council(request, la)
    values = _action_values(title, owner, due_date, status, rag, indicators, evidence)
    with request.app.state.web.sessions.begin() as db:
        created = plans.save_action(db, la_code, values, user.username, area_id=area_id)
        action_id = created.id
    return RedirectResponse(f"/plan/actions/{action_id}?la={la_code}", status_code=303)


@router.get("/plan/actions/{action_id}")
def action_page(
    request: Request,
    _user: Annotated[SignedIn, Depends(VIEWER)],
    action_id: int,
    la: str | None = None,
) -> Response:
    """One action, its edit form (analysts) and its full history."""
    la_code = council(request, la)
    with request.app.state.web.sessions() as db:
        found = plans.action(db, la_code, action_id)
        if found is None:
            raise HTTPException(status_code=404, detail="No such action.")
        history = changes.history(db, "plan_action", action_id)
        area_title = found.area.title
    return render(
        request,
        "action.html.j2",
        la_code=la_code,
        action=found,
        history=history,
        area_title=area_title,
        statuses=plans.ACTION_STATUSES,
        rags=plans.RAGS,
    )


@router.post("/plan/actions/{action_id}", dependencies=[Depends(verify_csrf)])
def update_action(
    request: Request,
    user: Annotated[SignedIn, Depends(ANALYST)],
    action_id: int,
    la: Annotated[str, Form()],
    title: Text,
    owner: Text,
    status: Text,
    rag: Text,
    due_date: Optional = "",
    indicators: Optional = "",
    evidence: Optional = "",
) -> Response:
    """Change an action; each changed field goes into its history."""
    la_code = council(request, la)
    values = _action_values(title, owner, due_date, status, rag, indicators, evidence)
    with request.app.state.web.sessions.begin() as db:
        plans.save_action(db, la_code, values, user.username, action_id=action_id)
    return RedirectResponse(f"/plan/actions/{action_id}?la={la_code}", status_code=303)


@router.get("/panel")
def panel_page(
    request: Request, _user: Annotated[SignedIn, Depends(VIEWER)], la: str | None = None
) -> Response:
    """Every action the scrutiny panel asked for, newest meeting first."""
    la_code = council(request, la)
    with request.app.state.web.sessions() as db:
        items = plans.panel_actions(db, la_code)
        histories = {i.id: changes.history(db, "panel_action", i.id) for i in items}
    return render(
        request,
        "panel.html.j2",
        la_code=la_code,
        items=items,
        histories=histories,
        statuses=plans.PANEL_STATUSES,
    )


@router.get("/panel.{fmt}")
def panel_export(
    request: Request,
    _user: Annotated[SignedIn, Depends(VIEWER)],
    fmt: Format,
    la: str | None = None,
) -> Response:
    """The panel's actions as CSV or Excel."""
    la_code = council(request, la)
    with request.app.state.web.sessions() as db:
        frame = pd.DataFrame(
            [
                {
                    "meeting": i.meeting_date,
                    "request": i.request,
                    "response due": i.response_due,
                    "response": i.response,
                    "status": i.status,
                }
                for i in plans.panel_actions(db, la_code)
            ]
        )
    return export(frame, f"panel-{la_code}", fmt)


@router.post("/panel", dependencies=[Depends(verify_csrf)])
def add_panel_action(
    request: Request,
    user: Annotated[SignedIn, Depends(ANALYST)],
    la: Annotated[str, Form()],
    meeting_date: Annotated[str, Form()],
    request_text: Text,
    response_due: Optional = "",
    response: Optional = "",
    status: Annotated[str, Form()] = "open",
) -> Response:
    """Record something the panel asked for."""
    la_code = council(request, la)
    meeting = _date(meeting_date)
    if meeting is None:
        raise HTTPException(status_code=400, detail="Give the meeting date.")
    values = {
        "meeting_date": meeting,
        "request": request_text,
        "response_due": _date(response_due),
        "response": response,
        "status": status,
    }
    with request.app.state.web.sessions.begin() as db:
        plans.save_panel_action(db, la_code, values, user.username)
    return RedirectResponse(f"/panel?la={la_code}", status_code=303)


@router.post("/panel/{panel_id}", dependencies=[Depends(verify_csrf)])
def update_panel_action(
    request: Request,
    user: Annotated[SignedIn, Depends(ANALYST)],
    panel_id: int,
    la: Annotated[str, Form()],
    response: Optional = "",
    status: Annotated[str, Form()] = "open",
) -> Response:
    """Record the service's response and the action's status."""
    la_code = council(request, la)
    with request.app.state.web.sessions.begin() as db:
        plans.save_panel_action(
            db, la_code, {"response": response, "status": status}, user.username, panel_id=panel_id
        )
    return RedirectResponse(f"/panel?la={la_code}#panel-{panel_id}", status_code=303)


@router.get("/meeting")
def meeting_page(
    request: Request,
    _user: Annotated[SignedIn, Depends(VIEWER)],
    la: str | None = None,
    meeting: Annotated[str | None, Query(alias="date")] = None,
) -> Response:
    """For one meeting (the latest by default): the plan and every open panel action."""
    la_code = council(request, la)
    with request.app.state.web.sessions() as db:
        dates = plans.meetings(db, la_code)
        chosen = _date(meeting) or (dates[0] if dates else None)
        asked = plans.panel_actions(db, la_code, meeting=chosen) if chosen else []
        still_open = plans.panel_actions(db, la_code, open_only=True)
        areas = plans.areas(db, la_code)
    return render(
        request,
        "meeting.html.j2",
        la_code=la_code,
        meeting=chosen,
        dates=dates,
        asked=asked,
        still_open=still_open,
        areas=areas,
    )
