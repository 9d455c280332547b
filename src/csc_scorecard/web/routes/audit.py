"""What an admin oversees: the live sessions (with revoke) and the audit log (page and CSV)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response

from csc_scorecard.web import audit, sessions
from csc_scorecard.web.csrf import verify_csrf
from csc_scorecard.web.pages import export, render
from csc_scorecard.web.roles import ADMIN, SignedIn

router = APIRouter()
EVENTS_SHOWN = 500
"""Events on the page; the CSV holds them all."""


@router.get("/admin/sessions")
def sessions_page(request: Request, _user: Annotated[SignedIn, Depends(ADMIN)]) -> Response:
    """Everyone signed in: who, since when, last seen, from where; each can be revoked."""
    policy = request.app.state.web.session_policy
    with request.app.state.web.sessions() as db:
        live = sessions.signed_in_sessions(db, policy)
    mine = sessions.current(request).row_id
    return render(request, "sessions.html.j2", live=live, mine=mine, policy=policy)


@router.post("/admin/sessions/{session_id}/revoke", dependencies=[Depends(verify_csrf)])
def revoke_session(
    request: Request, user: Annotated[SignedIn, Depends(ADMIN)], session_id: int
) -> Response:
    """End one session at once (its cookie, and every copy, stops working)."""
    with request.app.state.web.sessions.begin() as db:
        if sessions.revoke(db, session_id):
            audit.record(
                db, request, "session revoked", user.username, user.id, f"session {session_id}"
            )
    return RedirectResponse("/admin/sessions", status_code=303)


@router.get("/admin/audit")
def audit_page(request: Request, _user: Annotated[SignedIn, Depends(ADMIN)]) -> Response:
    """The newest audit events."""
    with request.app.state.web.sessions() as db:
        rows = audit.events(db, EVENTS_SHOWN)
    return render(request, "audit.html.j2", events=rows, shown=EVENTS_SHOWN)


@router.get("/admin/audit.csv")
def audit_export(request: Request, _user: Annotated[SignedIn, Depends(ADMIN)]) -> Response:
    """Every audit event as CSV, oldest first (this download is itself logged)."""
    with request.app.state.web.sessions() as db:
        rows = audit.events(db)
    return export(audit.frame(rows), "audit-log", "csv")
