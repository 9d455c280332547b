"""Signing in and out. The only routes open without a session are the sign-in form and post.

Every outcome goes to the audit log: sign-in, sign-in failed, sign-in refused (a backoff
wait, answered 429 with Retry-After), sign-out.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from csc_scorecard.web import accounts, audit, sessions
from csc_scorecard.web.csrf import verify_csrf
from csc_scorecard.web.pages import render
from csc_scorecard.web.roles import VIEWER, SignedIn

router = APIRouter()
PUBLIC = {("GET", "/login"), ("POST", "/login")}
"""Routes that need no role (a test checks every other route declares one)."""


@router.get("/login")
def login_form(request: Request) -> Response:
    """The sign-in page."""
    return render(request, "login.html.j2")


@router.post("/login", dependencies=[Depends(verify_csrf)])
def login(
    request: Request, username: Annotated[str, Form()], password: Annotated[str, Form()]
) -> Response:
    """Check the password; a new session on success (the visitor's one is dropped)."""
    ip = request.client.host if request.client else "unknown"
    with request.app.state.web.sessions.begin() as db:
        outcome = accounts.sign_in(db, username, password, ip)
        if outcome.limited:
            audit.record(
                db, request, "sign-in refused", username, what=f"wait {outcome.wait_seconds} s"
            )
        elif outcome.user_id is None:
            audit.record(db, request, "sign-in failed", username)
        else:
            audit.record(db, request, "sign-in", username, outcome.user_id)
            sessions.start(request, db, outcome.user_id)
    if outcome.limited:
        seconds = outcome.wait_seconds
        response = render(
            request,
            "login.html.j2",
            status_code=429,
            error=f"Too many failed attempts. Wait {seconds} second{'s' * (seconds != 1)} "
            "and try again.",
            username=username[: accounts.NAME_LENGTH],
        )
        response.headers["retry-after"] = str(seconds)
        return response
    if outcome.user_id is None:
        return render(
            request,
            "login.html.j2",
            status_code=401,
            error="The user name or password is not right.",
            username=username[: accounts.NAME_LENGTH],
        )
    return RedirectResponse("/", status_code=303)


@router.post("/logout", dependencies=[Depends(verify_csrf)])
def logout(request: Request, user: Annotated[SignedIn, Depends(VIEWER)]) -> Response:
    """End the session: its row is deleted, so every copy of the cookie stops working."""
    with request.app.state.web.sessions.begin() as db:
        audit.record(db, request, "sign-out", user.username, user.id)
        sessions.end(request, db)
    return RedirectResponse("/login", status_code=303)
