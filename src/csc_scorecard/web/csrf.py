"""CSRF protection: the request must come from the dashboard's own pages.

Two checks on every POST (``verify_csrf`` is a dependency of each; a test checks none lacks
it). First the origin: a browser names the page a form was posted from in ``Origin`` (or, when
that is absent or "null", ``Referer``), and a POST naming another site is refused. A request
with neither header is not from a browser form (every browser sends ``Origin`` on a
cross-site POST), so it passes on to the second check. Second, a random token bound to the
session, sent back in every form: a cross-site page can make the browser post with its
cookie, but cannot read the token.
"""

from __future__ import annotations

import secrets
from urllib.parse import urlsplit

from fastapi import HTTPException, Request

FIELD = "csrf_token"
DEFAULT_PORTS = {"http": 80, "https": 443}


def csrf_token(request: Request) -> str:
    """The session's token, created on first use (templates put it in a hidden field)."""
    token = request.session.get(FIELD)
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session[FIELD] = token
    return token


def _origin(url: str) -> tuple[str, str, int | None] | None:
    """(scheme, host, port) of a URL with the default port filled in; None if unreadable."""
    try:
        parts = urlsplit(url)
        port = parts.port or DEFAULT_PORTS.get(parts.scheme)
    except ValueError:
        return None
    if not parts.scheme or not parts.hostname:
        return None
    return parts.scheme, parts.hostname, port


def same_origin(request: Request) -> bool:
    """Whether the POST came from one of our pages, or carries no origin at all (no browser)."""
    ours = _origin(f"{request.url.scheme}://{request.headers.get('host', '')}")
    origin = request.headers.get("origin")
    if origin is not None and origin != "null":
        return _origin(origin) == ours
    referer = request.headers.get("referer")
    if referer is not None:
        return _origin(referer) == ours
    return origin is None


async def verify_csrf(request: Request) -> None:
    """Refuse (403) a POST from another site, or whose token is missing or not the session's."""
    if not same_origin(request):
        raise HTTPException(status_code=403, detail="This form was sent from another site.")
    expected = request.session.get(FIELD)
    sent = (await request.form()).get(FIELD)
    if not (
        isinstance(expected, str)
        and isinstance(sent, str)
        and secrets.compare_digest(expected, sent)
    ):
        raise HTTPException(status_code=403, detail="The form has expired: reload the page.")
