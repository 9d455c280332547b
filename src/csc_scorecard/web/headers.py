"""Security headers on every response.

The Content Security Policy allows scripts, styles and images only from the application
itself (no inline script, no CDN), forbids framing, and lets forms post only to the app.
Referrer-Policy is ``same-origin``: other sites are told nothing, while the dashboard's own
POSTs carry a real ``Origin`` for the CSRF check (with ``no-referrer`` browsers send "null").
Over HTTPS (directly, or as a trusted proxy says) browsers are told to use nothing else (HSTS).
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)

HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
HSTS = (b"strict-transport-security", b"max-age=31536000")
"""A year: the browser refuses plain HTTP to this host for that long after one HTTPS visit."""


class SecurityHeaders:
    """ASGI middleware adding ``HEADERS`` (no-store for pages, HSTS over HTTPS) to responses."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on; add the headers to the response as it starts."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = str(scope.get("path", "")).startswith("/static/")
        https = scope.get("scheme") == "https"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.extend(HEADERS)
                if not static:
                    headers.append((b"cache-control", b"no-store"))
                if https:
                    headers.append(HSTS)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)
