"""Password hashing with argon2id (the library's current recommended parameters).

Only hashes are stored; a hash made with older parameters is replaced on the next sign-in.
A name nobody has is checked against a dummy hash, so an unknown name costs the same argon2
work as a known one and the time taken does not tell which names exist.
"""

from __future__ import annotations

import secrets
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_HASHER = PasswordHasher()
MIN_LENGTH = 12
"""Shortest password accepted: long passphrases beat complexity rules (NCSC guidance)."""


def hash_password(password: str) -> str:
    """An argon2id hash of the password (salted; never the same twice)."""
    if len(password) < MIN_LENGTH:
        raise ValueError(f"a password needs at least {MIN_LENGTH} characters")
    return _HASHER.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    """Whether the password matches the stored hash (False for a malformed hash).

    ``None`` (no such user) is always False, after the same work as a real check.
    """
    try:
        return _HASHER.verify(stored_hash or _dummy_hash(), password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


@cache
def _dummy_hash() -> str:
    """A hash of a random password nobody knows, made once, with the current parameters."""
    return _HASHER.hash(secrets.token_urlsafe(32))


def needs_rehash(stored_hash: str) -> bool:
    """Whether the hash was made with weaker parameters than the current ones."""
    return _HASHER.check_needs_rehash(stored_hash)
