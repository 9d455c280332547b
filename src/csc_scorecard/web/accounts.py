"""Users, sign-in with backoff, and the application's settings.

There is no default account and no default password: the first admin is created with
``scorecard user add NAME --role admin``. Repeated sign-in failures make the next attempt wait
(``backoff``: never a long lockout), counted in the database so the waits hold across restarts
and server processes. Removing a user, or changing their role or password, ends their sessions.
"""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from csc_scorecard.web import backoff, changes, sessions
from csc_scorecard.web.models import LoginAttempt, Setting, User
from csc_scorecard.web.passwords import hash_password, needs_rehash, verify_password
from csc_scorecard.web.roles import Role

NAME_LENGTH = 80
"""Longest user name (the column's width); a longer one is a name nobody has."""
SYSTEM = "system"
"""Who made a change from the command line."""


class AccountError(ValueError):
    """A user command that cannot be done (unknown user, duplicate name, last admin)."""


@dataclass(frozen=True)
class SignIn:
    """The outcome of a sign-in: the user's id, or why not (a ``wait`` means try later)."""

    user_id: int | None
    wait: timedelta = timedelta(0)

    @property
    def limited(self) -> bool:
        """Refused unchecked: too many recent failures (see ``backoff``)."""
        return self.wait > timedelta(0)

    @property
    def wait_seconds(self) -> int:
        """The wait in whole seconds, rounded up (for Retry-After and the message)."""
        return math.ceil(self.wait.total_seconds())


def add_user(db: Session, username: str, password: str, role: Role, by: str = SYSTEM) -> User:
    """Create a user (the password is hashed with argon2; at least 12 characters)."""
    if db.scalar(select(User).where(User.username == username)) is not None:
        raise AccountError(f"user {username!r} already exists")
    user = User(
        username=username,
        password_hash=hash_password(password),
        role=role.name,
        created_at=changes.now(),
    )
    db.add(user)
    db.flush()
    changes.record(db, by, "user", username, {}, {"role": role.name})
    return user


def remove_user(db: Session, username: str, by: str = SYSTEM) -> None:
    """Delete a user; the last admin cannot be removed (nobody could manage users after)."""
    user = _user(db, username)
    if user.role == Role.admin.name and _admins(db) == 1:
        raise AccountError("cannot remove the last admin")
    changes.record(db, by, "user", username, {"role": user.role}, {"role": None})
    sessions.revoke_user(db, user.id)
    db.delete(user)


def set_role(db: Session, username: str, role: Role, by: str = SYSTEM) -> None:
    """Change a user's role (the last admin keeps theirs)."""
    user = _user(db, username)
    if user.role == Role.admin.name and role != Role.admin and _admins(db) == 1:
        raise AccountError("cannot demote the last admin")
    if user.role != role.name:
        changes.record(db, by, "user", username, {"role": user.role}, {"role": role.name})
        sessions.revoke_user(db, user.id)
    user.role = role.name


def set_password(db: Session, username: str, password: str, by: str = SYSTEM) -> None:
    """Give a user a new password (at least 12 characters); their sessions end."""
    user = _user(db, username)
    user.password_hash = hash_password(password)
    changes.record(
        db, by, "user", username, {}, {"password": f"changed {changes.now():%Y-%m-%d %H:%M}"}
    )
    sessions.revoke_user(db, user.id)


def sign_in(db: Session, username: str, password: str, ip: str) -> SignIn:
    """Check a password, unless recent failures mean this attempt must wait first.

    Every checked attempt is recorded. A wrong name and a wrong password look the same to the
    caller and take the same time (an unknown name is checked against a dummy hash).
    """
    now = changes.now()
    name, ip = username[:NAME_LENGTH], ip[:64]
    wait = backoff.wait_needed(db, name, ip, now)
    if wait > timedelta(0):
        return SignIn(None, wait=wait)
    user = None
    if len(username) <= NAME_LENGTH:
        user = db.scalar(select(User).where(User.username == username))
    ok = verify_password(user.password_hash if user else None, password)
    backoff.forget_old(db, now)
    db.add(LoginAttempt(username=name, ip=ip, at=now, succeeded=ok))
    if not ok or user is None:
        return SignIn(None)
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return SignIn(user.id)


def users(db: Session) -> list[User]:
    """Every user, by name."""
    return list(db.scalars(select(User).order_by(User.username)))


def setting(db: Session, key: str, default: str) -> str:
    """A setting's value (``default`` when it was never set; not stored)."""
    row = db.get(Setting, key)
    return default if row is None else row.value


def set_setting(db: Session, key: str, value: str, by: str) -> None:
    """Change a setting, logging before and after."""
    row = db.get(Setting, key)
    changes.record(db, by, "setting", key, {"value": row.value if row else None}, {"value": value})
    if row is None:
        db.add(Setting(key=key, value=value))
    else:
        row.value = value


def secret(db: Session, key: str) -> str:
    """A random secret kept in the settings, made the first time it is asked for.

    Used for the keyed hash of pseudonymised ids, so pseudonyms survive a restart without
    anyone having to choose or store a key. (Sessions need no key: see ``sessions``.)
    """
    row = db.get(Setting, key)
    if row is None:
        row = Setting(key=key, value=secrets.token_urlsafe(48))
        db.add(row)
        db.commit()
    return row.value


def _user(db: Session, username: str) -> User:
    user = db.scalar(select(User).where(User.username == username))
    if user is None:
        raise AccountError(f"no user {username!r}")
    return user


def _admins(db: Session) -> int:
    return (
        db.scalar(select(func.count()).select_from(User).where(User.role == Role.admin.name)) or 0
    )
