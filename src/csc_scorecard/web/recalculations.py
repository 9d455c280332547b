"""Analysts' decisions about SPC recalculation points, kept with who and when.

An analyst records a recalculation (a month and why) on an indicator's page, or accepts or
rejects one the analysis suggests. The decisions feed every summary the dashboard shows and,
through ``decisions_for``, the pack: the tool never rebases a chart by itself.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from csc_scorecard.analysis.config import DashboardDecisions, Recalculation
from csc_scorecard.web import changes
from csc_scorecard.web.db import session_factory
from csc_scorecard.web.models import RecalculationDecision

ENTITY = "recalculation"
DECLARED, ACCEPTED, REJECTED, WITHDRAWN = "declared", "accepted", "rejected", "withdrawn"
DECISIONS = (DECLARED, ACCEPTED, REJECTED, WITHDRAWN)
IN_FORCE = (DECLARED, ACCEPTED)
"""Decisions that start new limits; a rejected month is only never suggested again."""


def key(la_code: str, indicator_id: str, month: date) -> str:
    """The change-log id of one decision: council, indicator and month."""
    return f"{la_code}/{indicator_id}/{month:%Y-%m}"


def decide(db: Session, la_code: str, indicator_id: str, month: date, reason: str,
           decision: str, username: str) -> RecalculationDecision:  # fmt: skip
    """Record (or change) the decision for a month, logging what it was before."""
    if decision not in DECISIONS:
        raise ValueError(f"unknown decision {decision!r}: one of {', '.join(DECISIONS)}")
    if decision != WITHDRAWN and not reason.strip():
        raise ValueError("say why: a recalculation needs a reason")
    row = db.scalar(
        select(RecalculationDecision).where(
            RecalculationDecision.la_code == la_code,
            RecalculationDecision.indicator_id == indicator_id,
            RecalculationDecision.month == month,
        )
    )
    before = {"decision": row.decision, "reason": row.reason} if row else {}
    reason = reason.strip() or (row.reason if row else "")
    if row is None:
        row = RecalculationDecision(la_code=la_code, indicator_id=indicator_id, month=month,
                                    reason=reason, decision=decision, username=username,
                                    decided_at=changes.now())  # fmt: skip
        db.add(row)
    else:
        row.reason, row.decision = reason, decision
        row.username, row.decided_at = username, changes.now()
    after = {"decision": decision, "reason": reason}
    changes.record(db, username, ENTITY, key(la_code, indicator_id, month), before, after)
    return row


def listed(db: Session, la_code: str, indicator_id: str) -> list[RecalculationDecision]:
    """Every decision for the council's indicator, by month."""
    return list(db.scalars(
        select(RecalculationDecision)
        .where(RecalculationDecision.la_code == la_code,
               RecalculationDecision.indicator_id == indicator_id)
        .order_by(RecalculationDecision.month)
    ))  # fmt: skip


def decisions(db: Session) -> DashboardDecisions:
    """Every council's decisions, as the analysis reads them."""
    recorded: dict[tuple[str, str], list[Recalculation]] = {}
    rejected: dict[tuple[str, str], list[date]] = {}
    rows = db.scalars(select(RecalculationDecision).order_by(RecalculationDecision.month))
    for row in rows:
        where = (row.la_code, row.indicator_id)
        if row.decision in IN_FORCE:
            recorded.setdefault(where, []).append(Recalculation(
                row.month, row.reason, "dashboard", row.username, row.decided_at))  # fmt: skip
        elif row.decision == REJECTED:
            rejected.setdefault(where, []).append(row.month)
    return DashboardDecisions(
        {k: tuple(v) for k, v in recorded.items()}, {k: tuple(v) for k, v in rejected.items()}
    )


def decisions_for(app_db_url: str) -> DashboardDecisions:
    """The dashboard's decisions for the pack: read only, the database migrated first."""
    with session_factory(app_db_url)() as db:
        return decisions(db)
