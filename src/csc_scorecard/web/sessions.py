"""Server-side sessions: the cookie holds a random id, everything else stays in the database.

A signed cookie holding a user id (what this replaces) cannot be revoked and meant whoever
later got that id -- a new user, after SQLite reused it -- inherited the old cookie. Here the
cookie is 256 random bits (``secrets.token_urlsafe(32)``); the database keeps only its SHA-256,
so a copy of the database does not give working cookies. A session ends when its row goes:
on sign-out, when an admin revokes it, when its user is removed or their role or password
changes, after ``idle`` without a request, and ``absolute`` after sign-in however busy.

A visitor who has not signed in gets a row too, once the sign-in form gives them a CSRF
token; signing in replaces it with a new id (so an id planted before sign-in is worthless).
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from http.cookies import SimpleCookie
from typing import Any

import anyio.to_thread
from fastapi import Request
from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session, sessionmaker
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from csc_scorecard.web import changes
from csc_scorecard.web.models import User, UserSession

COOKIE = "scorecard_session"
STATE = "session_state"
"""Key of the request's ``Current`` in the ASGI scope."""


@dataclass(frozen=True)
class SessionPolicy:
    """How long sessions last and how their cookie is sent."""

    idle: timedelta = timedelta(minutes=30)
    absolute: timedelta = timedelta(hours=8)
    secure_cookies: bool = False
    touch_every: timedelta = timedelta(minutes=1)
    """``last_seen_at`` is written at most this often (one write a minute, not per request)."""


@dataclass
class Current:
    """The session behind one request, and what the response must do to the cookie."""

    row_id: int | None = None
    user_id: int | None = None
    user: tuple[str, str] | None = None
    """The user's name and role as the session was loaded (None: not read with it)."""
    saved: dict[str, Any] = field(default_factory=dict)
    new_token: str | None = None
    ended: bool = False
    stale_cookie: bool = False


def token_hash(token: str) -> str:
    """What the database keeps of a cookie: its SHA-256 (the id has 256 random bits)."""
    return hashlib.sha256(token.encode()).hexdigest()


def current(request: Request) -> Current:
    """The request's session (the middleware puts it in the scope)."""
    found: Current = request.scope[STATE]
    return found


def start(request: Request, db: Session, user_id: int) -> None:
    """Sign in: drop the visitor's session and open a new one, under a new id, for the user."""
    session = current(request)
    if session.row_id is not None:
        db.execute(delete(UserSession).where(UserSession.id == session.row_id))
    request.session.clear()
    row, token = _create(db, user_id, _ip(request), request.app.state.web.session_policy)
    session.row_id, session.user_id, session.saved, session.new_token = row.id, user_id, {}, token
    session.user = None


def end(request: Request, db: Session) -> None:
    """Sign out: the row goes, so the cookie (and every copy of it) stops working."""
    session = current(request)
    if session.row_id is not None:
        db.execute(delete(UserSession).where(UserSession.id == session.row_id))
    request.session.clear()
    session.row_id, session.user_id, session.user, session.ended = None, None, None, True


def revoke_user(db: Session, user_id: int) -> None:
    """End every session of one user (removed, or their role or password changed)."""
    db.execute(delete(UserSession).where(UserSession.user_id == user_id))


def revoke(db: Session, session_id: int) -> bool:
    """End one session (an admin's choice); False when it had already ended."""
    found = db.get(UserSession, session_id)
    if found is not None:
        db.delete(found)
    return found is not None


def signed_in_sessions(db: Session, policy: SessionPolicy) -> list[tuple[UserSession, str]]:
    """Every live session of a user with that user's name, most recently seen first."""
    now = changes.now()
    query = (
        select(UserSession, User.username)
        .join(User, User.id == UserSession.user_id)
        .where(
            UserSession.last_seen_at >= now - policy.idle,
            UserSession.created_at >= now - policy.absolute,
        )
        .order_by(UserSession.last_seen_at.desc(), UserSession.id.desc())
    )
    return [(row, name) for row, name in db.execute(query)]


class ServerSessions:
    """ASGI middleware: loads the session named by the cookie, saves it, sets the cookie.

    ``request.session`` is the session's ``data`` (a dict, as Starlette's sessions give), and
    the scope's ``session_state`` says which row and user it belongs to.
    """

    def __init__(self, app: ASGIApp, sessions: sessionmaker[Session], policy: SessionPolicy):
        self.app, self.sessions, self.policy = app, sessions, policy

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Load before the route runs; save and set the cookie as the response starts."""
        if scope["type"] != "http" or str(scope.get("path", "")).startswith("/static/"):
            await self.app(scope, receive, send)  # scripts and styles need no session
            return
        token = _cookie(scope)
        session = await anyio.to_thread.run_sync(self._load, token)
        scope["session"] = dict(session.saved)
        scope[STATE] = session

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start":
                data, ip, https = scope["session"], _scope_ip(scope), scope["scheme"] == "https"
                cookie = await anyio.to_thread.run_sync(self._save, session, data, ip, https)
                if cookie is not None:
                    message["headers"] = [*message.get("headers", []), (b"set-cookie", cookie)]
            await send(message)

        await self.app(scope, receive, send_with_cookie)

    def _load(self, token: str | None) -> Current:
        if token is None:
            return Current()
        now = changes.now()
        with self.sessions.begin() as db:
            # the user in the same query: every page needs their role, and a query apiece
            # was most of a cached page's time
            found = db.execute(
                select(UserSession, User.username, User.role)
                .outerjoin(User, User.id == UserSession.user_id)
                .where(UserSession.token_hash == token_hash(token))
            ).first()
            if found is None:
                return Current(stale_cookie=True)
            row, username, role = found
            if _expired(row, self.policy, now):
                db.delete(row)
                return Current(stale_cookie=True)
            if now - row.last_seen_at >= self.policy.touch_every:
                row.last_seen_at = now
            user = (username, role) if username is not None else None
            return Current(row.id, row.user_id, user, json.loads(row.data))

    def _save(self, session: Current, data: dict[str, Any], ip: str, https: bool) -> bytes | None:
        """Write changed data (a visitor's first token makes a row); the cookie to set."""
        if data != session.saved and not session.ended:
            with self.sessions.begin() as db:
                if session.row_id is None:
                    row, session.new_token = _create(db, None, ip, self.policy)
                    session.row_id = row.id
                row_data = json.dumps(data)
                db.execute(
                    update(UserSession)
                    .where(UserSession.id == session.row_id)
                    .values(data=row_data)
                )
        if session.new_token is not None:
            lifetime = int(self.policy.absolute.total_seconds())
            return self._cookie(session.new_token, lifetime, https)
        if session.ended or session.stale_cookie:
            return self._cookie("", 0, https)
        return None

    def _cookie(self, value: str, max_age: int, https: bool) -> bytes:
        """The Set-Cookie value: Secure when configured, or when the request came over HTTPS."""
        parts = [f"{COOKIE}={value}", "Path=/", f"Max-Age={max_age}", "HttpOnly", "SameSite=Lax"]
        if self.policy.secure_cookies or https:
            parts.append("Secure")
        return "; ".join(parts).encode("latin-1")


def _create(
    db: Session, user_id: int | None, ip: str, policy: SessionPolicy
) -> tuple[UserSession, str]:
    """A new row and its id for the cookie (kept nowhere else); expired rows are cleared."""
    now = changes.now()
    db.execute(
        delete(UserSession).where(
            or_(
                UserSession.last_seen_at < now - policy.idle,
                UserSession.created_at < now - policy.absolute,
            )
        )
    )
    token = secrets.token_urlsafe(32)
    row = UserSession(
        token_hash=token_hash(token),
        user_id=user_id,
        created_at=now,
        last_seen_at=now,
        ip=ip[:64],
        data="{}",
    )
    db.add(row)
    db.flush()
    return row, token


def _expired(row: UserSession, policy: SessionPolicy, now: datetime) -> bool:
    return now - row.last_seen_at > policy.idle or now - row.created_at > policy.absolute


def _cookie(scope: Scope) -> str | None:
    for name, value in scope.get("headers", []):
        if name == b"cookie":
            jar: SimpleCookie = SimpleCookie()
            try:
                jar.load(value.decode("latin-1"))
            except Exception:  # a malformed cookie header is no session, not an error
                return None
            if COOKIE in jar and jar[COOKIE].value:
                return jar[COOKIE].value
    return None


def _scope_ip(scope: Scope) -> str:
    client = scope.get("client")
    return str(client[0]) if client else "unknown"


def _ip(request: Request) -> str:
    return _scope_ip(request.scope)
