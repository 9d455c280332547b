"""The audit log a data protection officer asks for: sign-ins, downloads and drill-downs.

Who signed in, who downloaded what, and who saw which children's records behind which
figure, and when.

Events: ``sign-in``, ``sign-in failed``, ``sign-in refused`` (a backoff wait), ``sign-out``,
``session revoked``, ``drill-down`` (the figure, how many children, and the pseudonymised
record ids shown -- pseudonyms even when an admin has real ids on screen, so the log itself
names no child), ``export`` (every download, recorded by ``AuditDownloads`` from the
response, so a new export route is logged without anyone remembering to) and ``publish
requested`` (a month's pack marked as published, see ``publishing``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import anyio.to_thread
import pandas as pd
from fastapi import Request
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from csc_scorecard.web import changes
from csc_scorecard.web.models import AuditEvent
from csc_scorecard.web.roles import SignedIn

COLUMNS = ["id", "at", "user", "address", "event", "what", "children", "records"]


def record(
    db: Session,
    request: Request,
    event: str,
    username: str,
    user_id: int | None = None,
    what: str = "",
    children: int | None = None,
    records: Iterable[str] = (),
) -> None:
    """Add one event, with the request's address (the client as trusted proxies report it)."""
    db.add(
        AuditEvent(
            at=changes.now(),
            username=username[:80],
            user_id=user_id,
            ip=_address(request.scope),
            event=event,
            what=what,
            children=children,
            records=" ".join(records),
        )
    )


def drill_down(request: Request, figure: str, children: int, records: Iterable[str]) -> None:
    """Log that the signed-in user was shown the records behind ``figure``."""
    user = request.state.user
    with request.app.state.web.sessions.begin() as db:
        record(db, request, "drill-down", user.username, user.id, figure, children, records)


def figure_name(indicator_id: str, la_code: str, month: date, split: tuple[str, str] | None) -> str:
    """How the log names a figure: indicator, council, month and breakdown value."""
    part = "all" if split is None else f"{split[0]}={split[1]}"
    return f"{indicator_id} {la_code} {month:%Y-%m} {part}"


def events(db: Session, limit: int | None = None) -> list[AuditEvent]:
    """The newest events first (all of them when ``limit`` is None)."""
    query = select(AuditEvent).order_by(AuditEvent.id.desc())
    return list(db.scalars(query if limit is None else query.limit(limit)))


def frame(rows: list[AuditEvent]) -> pd.DataFrame:
    """The events as a table for the CSV download, oldest first."""
    return pd.DataFrame(
        [
            [e.id, e.at, e.username, e.ip, e.event, e.what, e.children, e.records]
            for e in reversed(rows)
        ],
        columns=COLUMNS,
    ).astype({"children": "Int64"})


class AuditDownloads:
    """ASGI middleware: every successful download (an attachment) is logged as an export."""

    def __init__(self, app: ASGIApp, sessions: sessionmaker[Session]) -> None:
        self.app, self.sessions = app, sessions

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Watch the response start; log it when it is a 200 attachment for a signed-in user."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = scope.setdefault("state", {})

        async def watch(message: Message) -> None:
            if message["type"] == "http.response.start" and _is_download(message):
                user = state.get("user")
                if user is not None:
                    await anyio.to_thread.run_sync(self._log, scope, user)
            await send(message)

        await self.app(scope, receive, watch)

    def _log(self, scope: Scope, user: SignedIn) -> None:
        query = scope.get("query_string", b"").decode("latin-1")
        what = str(scope.get("path", "")) + (f"?{query}" if query else "")
        with self.sessions.begin() as db:
            record(db, Request(scope), "export", user.username, user.id, what)


def _is_download(message: Message) -> bool:
    if message.get("status") != 200:
        return False
    return any(
        name == b"content-disposition" and value.startswith(b"attachment")
        for name, value in message.get("headers", [])
    )


def _address(scope: Scope) -> str:
    client = scope.get("client")
    return str(client[0])[:64] if client else "unknown"
