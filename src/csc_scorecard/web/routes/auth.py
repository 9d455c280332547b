"""Signing in and out. The only routes open without a session are the sign-in form and post."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from csc_scorecard.web import accounts
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
    """Check the password; a fresh session on success (the old one is dropped)."""
    ip = request.client.host if request.client else "unknown"
    with request.app.state.web.sessions.begin() as db:
        outcome = accounts.sign_in(db, username, password, ip)
    if outcome.limited:
        return render(
            request,
            "login.html.j2",
            status_code=429,
            error="Too many failed attempts. Wait 15 minutes and try again.",
        )
    if outcome.user_id is None:
        return render(
            request,
            "login.html.j2",
            status_code=401,
            error="The user name or password is not right.",
        )
    request.session.clear()
    request.session["user_id"] = outcome.user_id
    return RedirectResponse("/", status_code=303)


@router.post("/logout", dependencies=[Depends(verify_csrf)])
def logout(request: Request, _user: Annotated[SignedIn, Depends(VIEWER)]) -> Response:
    """End the session."""
    request.session.clear()
    return RedirectResponse("/login", status_code=303)
