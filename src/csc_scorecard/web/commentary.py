"""Analysts' commentary per indicator and month, with every edit kept.

The pack reads it through ``dashboard_commentary`` so what an analyst writes in the dashboard
appears in the next ``scorecard pack`` beside the generated sentences. The dashboard hands it
to the analysis (the command line passes it in), never the other way round: the analysis does
not know the dashboard exists.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from csc_scorecard.analysis import commentary as analysis
from csc_scorecard.web import changes
from csc_scorecard.web.db import session_factory
from csc_scorecard.web.models import Change, Comment

ENTITY = "commentary"


def key(la_code: str, indicator_id: str, month: date) -> str:
    """The change-log id of one commentary: council, indicator and month."""
    return f"{la_code}/{indicator_id}/{month:%Y-%m}"


def current(db: Session, la_code: str, indicator_id: str, month: date) -> Comment | None:
    """The commentary as it stands now, if any."""
    return db.scalar(
        select(Comment).where(
            Comment.la_code == la_code, Comment.indicator_id == indicator_id, Comment.month == month
        )
    )


def save(
    db: Session, la_code: str, indicator_id: str, month: date, text: str, author: str
) -> Comment:
    """Write (or rewrite) the commentary, logging the text before and after."""
    comment = current(db, la_code, indicator_id, month)
    before = {"text": comment.text} if comment else {}
    if comment is None:
        comment = Comment(
            la_code=la_code,
            indicator_id=indicator_id,
            month=month,
            text=text,
            author=author,
            updated_at=changes.now(),
        )
        db.add(comment)
    else:
        comment.text, comment.author, comment.updated_at = text, author, changes.now()
    changes.record(db, author, ENTITY, key(la_code, indicator_id, month), before, {"text": text})
    return comment


def edits(db: Session, la_code: str, indicator_id: str) -> list[Change]:
    """Every edit of the indicator's commentary for any month, newest first."""
    prefix = f"{la_code}/{indicator_id}/"
    query = (
        select(Change)
        .where(Change.entity == ENTITY, Change.entity_id.startswith(prefix, autoescape=True))
        .order_by(Change.at.desc(), Change.id.desc())
    )
    return list(db.scalars(query))


def commentary_for(app_db_url: str, la_code: str, month: date) -> list[tuple[str, str, str]]:
    """(indicator id, text, author) of every commentary for the council and month, by id.

    For the pack: read-only, and the database is migrated first so a new file works.
    """
    with session_factory(app_db_url)() as db:
        rows = db.scalars(
            select(Comment)
            .where(Comment.la_code == la_code, Comment.month == month.replace(day=1))
            .order_by(Comment.indicator_id)
        )
        return [(c.indicator_id, c.text, c.author) for c in rows if c.text.strip()]


def dashboard_commentary(app_db_url: str, la_code: str, month: date) -> analysis.Commentary:
    """The commentary analysts wrote in the dashboard for a council and month, for the pack."""
    return analysis.Commentary(
        tuple(analysis.Comment(indicator_id, month, text, author)
              for indicator_id, text, author in commentary_for(app_db_url, la_code, month))
    )  # fmt: skip
