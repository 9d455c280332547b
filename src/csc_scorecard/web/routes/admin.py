"""Administration: users and roles, the drill-down id setting, and the audit log."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from csc_scorecard.web import accounts
from csc_scorecard.web.csrf import verify_csrf
from csc_scorecard.web.models import Change
from csc_scorecard.web.pages import render
from csc_scorecard.web.roles import ADMIN, Role, SignedIn
from csc_scorecard.web.routes.indicator import REAL_IDS

router = APIRouter()
AUDIT_ROWS = 200
AUDITED = ("user", "setting")


@router.get("/admin")
def admin_page(request: Request, _user: Annotated[SignedIn, Depends(ADMIN)]) -> Response:
    """Users, settings and the latest user and setting changes."""
    with request.app.state.web.sessions() as db:
        users = accounts.users(db)
        real_ids = accounts.setting(db, REAL_IDS, "no")
        audit = list(
            db.scalars(
                select(Change)
                .where(Change.entity.in_(AUDITED))
                .order_by(Change.at.desc(), Change.id.desc())
                .limit(AUDIT_ROWS)
            )
        )
    return render(
        request,
        "admin.html.j2",
        users=users,
        real_ids=real_ids,
        audit=audit,
        roles=[r.name for r in Role],
    )


def _role(name: str) -> Role:
    if name not in Role.__members__:
        raise HTTPException(status_code=400, detail="Unknown role.")
    return Role[name]


@contextmanager
def _editing(request: Request) -> Iterator[Session]:
    """A transaction on the app database; an account rule broken becomes a 400 page."""
    try:
        with request.app.state.web.sessions.begin() as db:
            yield db
    except ValueError as error:  # AccountError, or a password too short
        raise HTTPException(status_code=400, detail=str(error)) from error


@router.post("/admin/users", dependencies=[Depends(verify_csrf)])
def add_user(
    request: Request,
    user: Annotated[SignedIn, Depends(ADMIN)],
    username: Annotated[str, Form(min_length=1, max_length=80)],
    password: Annotated[str, Form(max_length=200)],
    role: Annotated[str, Form()],
) -> Response:
    """Create a user with a role."""
    with _editing(request) as db:
        accounts.add_user(db, username, password, _role(role), by=user.username)
    return RedirectResponse("/admin", status_code=303)


@router.post("/admin/users/{username}/role", dependencies=[Depends(verify_csrf)])
def change_role(
    request: Request,
    user: Annotated[SignedIn, Depends(ADMIN)],
    username: str,
    role: Annotated[str, Form()],
) -> Response:
    """Change someone's role."""
    with _editing(request) as db:
        accounts.set_role(db, username, _role(role), by=user.username)
    return RedirectResponse("/admin", status_code=303)


@router.post("/admin/users/{username}/remove", dependencies=[Depends(verify_csrf)])
def remove_user(
    request: Request, user: Annotated[SignedIn, Depends(ADMIN)], username: str
) -> Response:
    """Remove a user (their session stops working at once)."""
    with _editing(request) as db:
        accounts.remove_user(db, username, by=user.username)
    return RedirectResponse("/admin", status_code=303)


@router.post("/admin/settings", dependencies=[Depends(verify_csrf)])
def save_settings(
    request: Request,
    user: Annotated[SignedIn, Depends(ADMIN)],
    real_ids: Annotated[str, Form()] = "no",
) -> Response:
    """Whether drill-down shows children's real ids ("yes") or pseudonyms."""
    if real_ids not in ("yes", "no"):
        raise HTTPException(status_code=400, detail="Choose yes or no.")
    with request.app.state.web.sessions.begin() as db:
        accounts.set_setting(db, REAL_IDS, real_ids, by=user.username)
    return RedirectResponse("/admin", status_code=303)
