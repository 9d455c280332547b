"""Packs an analyst marks as published on the dashboard, and the command line that publishes them.

The dashboard reads a copy of the store and never writes it, and a published pack is recorded
in the store (``publish.record``), so marking a pack as published is a request: kept here with
who and when (and in the change log), shown on the overview as pending, and carried out by
``scorecard pack --publish-requested``, which writes and records each pending month's pack
exactly as ``scorecard pack`` does and then fills in the pack it recorded and the SHA-256 of
every file it wrote. A month with a request pending is not requested twice; once it is
published, it can be requested again (a later pack for the same month, after corrections).
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from csc_scorecard.web import changes
from csc_scorecard.web.db import session_factory
from csc_scorecard.web.models import PublishRequest

ENTITY = "publish_request"
PENDING, PUBLISHED = "pending", "published"


def request(db: Session, la_code: str, month: date, username: str) -> PublishRequest:
    """Ask for the council's pack for ``month`` to be published (the pending one if asked)."""
    waiting = db.scalar(
        select(PublishRequest).where(PublishRequest.la_code == la_code,
                                     PublishRequest.month == month,
                                     PublishRequest.status == PENDING)
    )  # fmt: skip
    if waiting is not None:
        return waiting
    row = PublishRequest(la_code=la_code, month=month, requested_by=username,
                         requested_at=changes.now(), status=PENDING, files="{}")  # fmt: skip
    db.add(row)
    db.flush()
    changes.record(db, username, ENTITY, row.id, {},
                   {"la_code": la_code, "month": f"{month:%Y-%m}", "status": PENDING})  # fmt: skip
    return row


def for_month(db: Session, la_code: str, month: date) -> list[PublishRequest]:
    """Every request for the council's pack for ``month``, oldest first."""
    return list(db.scalars(
        select(PublishRequest)
        .where(PublishRequest.la_code == la_code, PublishRequest.month == month)
        .order_by(PublishRequest.id)
    ))  # fmt: skip


def pending(app_db_url: str) -> list[tuple[int, str, date]]:
    """Every request still to be published: (id, council, month), oldest first."""
    with session_factory(app_db_url)() as db:
        rows = db.scalars(
            select(PublishRequest).where(PublishRequest.status == PENDING)
            .order_by(PublishRequest.id)
        )  # fmt: skip
        return [(r.id, r.la_code, r.month) for r in rows]


def published(app_db_url: str, request_id: int, pack_id: int, files: dict[str, str]) -> None:
    """Mark a request done: the pack recorded for it and its files' SHA-256, logged."""
    with session_factory(app_db_url).begin() as db:
        row = db.get(PublishRequest, request_id)
        if row is None:
            raise LookupError(f"no publish request {request_id}")
        row.status, row.pack_id = PUBLISHED, pack_id
        row.published_at, row.files = changes.now(), json.dumps(files, sort_keys=True)
        changes.record(db, "scorecard pack", ENTITY, request_id, {"status": PENDING},
                       {"status": PUBLISHED, "pack_id": pack_id, "files": row.files})  # fmt: skip


def files_of(row: PublishRequest) -> dict[str, str]:
    """A published request's files: name -> SHA-256."""
    found: dict[str, str] = json.loads(row.files or "{}")
    return found
