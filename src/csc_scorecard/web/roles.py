"""Who may do what: viewer < analyst < admin, checked by a dependency on every route.

``require(role)`` is the only way a route gets a user, and it carries the role it checks
(``required_role``) so a test can walk the registered routes and refuse one without a rule.
The session (server-side, ``sessions``) names the user; the user is read from the database on
every request, and removing someone or changing their role also ends their sessions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum

from fastapi import HTTPException, Request

from csc_scorecard.web.models import User
from csc_scorecard.web.sessions import STATE


class Role(IntEnum):
    """A role; a higher role can do everything a lower one can."""

    viewer = 1
    analyst = 2
    admin = 3


@dataclass(frozen=True)
class SignedIn:
    """The person making the request."""

    id: int
    username: str
    role: Role


class NotSignedIn(Exception):
    """No valid session: pages send the browser to the sign-in page, other routes get 401."""


def signed_in(request: Request) -> SignedIn | None:
    """The user of the request's session, or None (no session, or the user was removed)."""
    session = request.scope[STATE]
    user_id = session.user_id
    if user_id is None:
        return None
    if session.user is not None:  # read with the session at the request's start
        username, role = session.user
        return SignedIn(user_id, username, Role[role])
    with request.app.state.web.sessions() as db:
        user = db.get(User, user_id)
        if user is None:
            return None
        return SignedIn(user.id, user.username, Role[user.role])


def require(minimum: Role) -> Callable[[Request], SignedIn]:
    """A dependency that returns the signed-in user if their role is ``minimum`` or above.

    Refuses with 403 and a generic message (nothing about what the page holds) otherwise.
    """

    def dependency(request: Request) -> SignedIn:
        user = signed_in(request)
        if user is None:
            raise NotSignedIn
        if user.role < minimum:
            raise HTTPException(status_code=403, detail="Your role does not give access to this.")
        request.state.user = user
        return user

    dependency.required_role = minimum  # type: ignore[attr-defined]
    return dependency


VIEWER, ANALYST, ADMIN = (require(role) for role in Role)
"""The three rules, made once so routes share them."""
