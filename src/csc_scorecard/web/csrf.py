"""CSRF protection: a random token bound to the session, sent back in every form.

A cross-site page can make the browser post to the dashboard with its cookie, but cannot read
the token, so a POST without the session's token is refused. ``verify_csrf`` is a dependency
on every POST route (a test checks that none lacks it).
"""

from __future__ import annotations

import secrets

from fastapi import HTTPException, Request

FIELD = "csrf_token"


def csrf_token(request: Request) -> str:
    """The session's token, created on first use (templates put it in a hidden field)."""
    token = request.session.get(FIELD)
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session[FIELD] = token
    return token


async def verify_csrf(request: Request) -> None:
    """Refuse (403) a form whose token is missing or not the session's."""
    expected = request.session.get(FIELD)
    sent = (await request.form()).get(FIELD)
    if not (
        isinstance(expected, str)
        and isinstance(sent, str)
        and secrets.compare_digest(expected, sent)
    ):
        raise HTTPException(status_code=403, detail="The form has expired: reload the page.")
