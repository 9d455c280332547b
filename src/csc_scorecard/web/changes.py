"""Recording every edit in the change log, and reading an entity's history back.

Callers compare old and new values field by field; only fields that actually changed are
written, each with who, when, before and after.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from csc_scorecard.web.models import Change


def now() -> datetime:
    """The current time in UTC without a zone (how every timestamp is stored)."""
    return datetime.now(UTC).replace(tzinfo=None)


def record(
    db: Session,
    username: str,
    entity: str,
    entity_id: object,
    before: Mapping[str, object],
    after: Mapping[str, object],
) -> int:
    """Log each field whose value differs between ``before`` and ``after``; returns how many.

    A field missing from ``before`` was created (before is empty); values are kept as text,
    and a field left empty on creation is not logged.
    """
    at = now()
    written = 0
    for field, new in after.items():
        old = before.get(field)
        if _text(old) == _text(new):
            continue
        db.add(
            Change(
                at=at,
                username=username,
                entity=entity,
                entity_id=str(entity_id),
                field=field,
                before=_text(old),
                after=_text(new),
            )
        )
        written += 1
    return written


def history(db: Session, entity: str, entity_id: object) -> list[Change]:
    """Every change of one entity, oldest first."""
    query = (
        select(Change)
        .where(Change.entity == entity, Change.entity_id == str(entity_id))
        .order_by(Change.at, Change.id)
    )
    return list(db.scalars(query))


def _text(value: object) -> str | None:
    """A value as logged: text, with None and an empty field alike (nothing was there)."""
    return None if value is None or value == "" else str(value)
