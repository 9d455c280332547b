"""How long a sign-in attempt must wait: backoff that slows guessing without locking anyone out.

A fixed lockout (the old rule: 5 failures for a name, 15 minutes refused) let anyone lock any
account, an admin's included, by typing 5 wrong passwords. Here failures only ever buy a
*wait*, and the wait is counted three ways over the last 15 minutes of failures:

- ``PAIR``, one name from one address: 3 free, then 1, 2, 4 ... seconds after the last
  failure, at most 60 s. Someone's own typos cost seconds; one address guessing one account
  gets about one guess a minute.
- ``ADDRESS``, any names from one address: 20 free, then doubling up to 15 minutes. One
  address spraying many names is stopped.
- ``ACCOUNT``, one name from addresses it has *not* signed in from in the last 30 days: 10
  free, then doubling up to 30 s. Guessing one account from many addresses gets at most about
  two guesses a minute; the account's usual addresses are exempt, so the real user is not
  slowed by an attack from elsewhere (only by their own address's failures, at most 60 s).

Attempts refused for a wait are not verified and not counted, so hammering does not lengthen
anyone's wait. Unknown names are counted exactly like known ones (no hint which exist).
``login_attempt`` keeps only what these rules read (the audit log keeps every attempt).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, delete, func, or_, select
from sqlalchemy.orm import Session

from csc_scorecard.web.models import LoginAttempt

WINDOW = timedelta(minutes=15)
"""Failures older than this are forgotten."""
USUAL_FOR = timedelta(days=30)
"""An address the name signed in from within this long is one of its usual addresses."""


@dataclass(frozen=True)
class Backoff:
    """``free`` failures cost nothing; then waits double from ``first`` to ``longest``."""

    free: int
    first: timedelta
    longest: timedelta

    def wait(self, failures: int) -> timedelta:
        """How long after the last failure the next attempt must come."""
        if failures < self.free:
            return timedelta(0)
        doubled: timedelta = self.first * 2 ** min(failures - self.free, 30)
        return min(self.longest, doubled)


PAIR = Backoff(free=3, first=timedelta(seconds=1), longest=timedelta(seconds=60))
ADDRESS = Backoff(free=20, first=timedelta(seconds=1), longest=timedelta(minutes=15))
ACCOUNT = Backoff(free=10, first=timedelta(seconds=1), longest=timedelta(seconds=30))


def wait_needed(db: Session, username: str, ip: str, now: datetime) -> timedelta:
    """How much longer this name from this address must wait (zero: go ahead)."""
    by_name = LoginAttempt.username == username
    by_address = LoginAttempt.ip == ip
    checks = [
        (PAIR, _failures(db, now, by_name, by_address)),
        (ADDRESS, _failures(db, now, by_address)),
    ]
    if not _usual_address(db, username, ip, now):
        usual = select(LoginAttempt.ip).where(
            by_name, LoginAttempt.succeeded.is_(True), LoginAttempt.at >= now - USUAL_FOR
        )
        checks.append((ACCOUNT, _failures(db, now, by_name, LoginAttempt.ip.not_in(usual))))
    remaining = timedelta(0)
    for rule, (count, last) in checks:
        if last is not None:
            remaining = max(remaining, last + rule.wait(count) - now)
    return remaining


def _failures(
    db: Session, now: datetime, *where: ColumnElement[bool]
) -> tuple[int, datetime | None]:
    """Number of failures in the window matching ``where``, and when the last one was."""
    query = select(func.count(), func.max(LoginAttempt.at)).where(
        LoginAttempt.at >= now - WINDOW, LoginAttempt.succeeded.is_(False), *where
    )
    count, last = db.execute(query).one()
    return int(count), last


def _usual_address(db: Session, username: str, ip: str, now: datetime) -> bool:
    query = select(LoginAttempt.id).where(
        LoginAttempt.username == username,
        LoginAttempt.ip == ip,
        LoginAttempt.succeeded.is_(True),
        LoginAttempt.at >= now - USUAL_FOR,
    )
    return db.scalar(query.limit(1)) is not None


def forget_old(db: Session, now: datetime) -> None:
    """Drop failures past the window and successes past ``USUAL_FOR``: nothing reads them."""
    db.execute(
        delete(LoginAttempt).where(
            or_(
                LoginAttempt.succeeded.is_(False) & (LoginAttempt.at < now - WINDOW),
                LoginAttempt.at < now - USUAL_FOR,
            )
        )
    )
