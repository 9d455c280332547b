"""Users, sign-in with rate limiting, and the application's settings.

There is no default account and no default password: the first admin is created with
``scorecard user add NAME --role admin``. Sign-in is refused for a while after repeated
failures for one user name or from one address, counted in the database so the limit holds
across restarts and across server processes.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from csc_scorecard.web import changes
from csc_scorecard.web.models import LoginAttempt, Setting, User
from csc_scorecard.web.passwords import hash_password, needs_rehash, verify_password
from csc_scorecard.web.roles import Role

WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_USER = 5
MAX_FAILURES_PER_IP = 20
SYSTEM = "system"
"""Who made a change from the command line."""


class AccountError(ValueError):
    """A user command that cannot be done (unknown user, duplicate name, last admin)."""


@dataclass(frozen=True)
class SignIn:
    """The outcome of a sign-in: the user's id, or why not (``limited`` means wait)."""

    user_id: int | None
    limited: bool = False


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
    db.delete(user)


def set_role(db: Session, username: str, role: Role, by: str = SYSTEM) -> None:
    """Change a user's role (the last admin keeps theirs)."""
    user = _user(db, username)
    if user.role == Role.admin.name and role != Role.admin and _admins(db) == 1:
        raise AccountError("cannot demote the last admin")
    changes.record(db, by, "user", username, {"role": user.role}, {"role": role.name})
    user.role = role.name


def sign_in(db: Session, username: str, password: str, ip: str) -> SignIn:
    """Check a password, unless too many recent failures for the name or the address.

    Every attempt is recorded. A wrong name and a wrong password look the same to the caller.
    """
    since = changes.now() - WINDOW
    failures = (
        select(func.count())
        .select_from(LoginAttempt)
        .where(LoginAttempt.at >= since, LoginAttempt.succeeded.is_(False))
    )
    by_user = db.scalar(failures.where(LoginAttempt.username == username)) or 0
    by_ip = db.scalar(failures.where(LoginAttempt.ip == ip)) or 0
    if by_user >= MAX_FAILURES_PER_USER or by_ip >= MAX_FAILURES_PER_IP:
        return SignIn(None, limited=True)
    user = db.scalar(select(User).where(User.username == username))
    ok = user is not None and verify_password(user.password_hash, password)
    db.add(LoginAttempt(username=username[:80], ip=ip[:64], at=changes.now(), succeeded=ok))
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

    Used for signing session cookies and for the keyed hash of pseudonymised ids, so both
    survive a restart without anyone having to choose or store a key.
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
