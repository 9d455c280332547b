"""Error responses: a friendly page (with the security headers) for 404, 422 and 500 alike.

Starlette answers an unhandled exception outside every middleware the app adds, so that 500
had none of the security headers and a plain-text body. ``ErrorPages`` sits inside the other
middleware and turns any exception into the error page; the traceback goes to the log only.
A 422 (a form or query that does not parse) is the same page: FastAPI's default would echo
the whole submitted value back as JSON, which for a 1 MB text is 1 MB of someone's words.
``BodyLimit`` refuses a request body over ``MAX_BODY`` with 413 before it is read into memory.
"""

from __future__ import annotations

import logging

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from csc_scorecard.web.pages import render

LOG = logging.getLogger("csc_scorecard.web")
DATA = (".json", ".csv", ".xlsx")
"""Paths answered with JSON rather than a page (downloads and chart data)."""
MAX_BODY = 4 * 1024 * 1024
"""Largest request body: room for a pasted essay in any script, far below a memory problem."""
TOO_LARGE = "That was too much to send at once: shorten the text and try again."


def error_response(request: Request, status_code: int, message: str) -> Response:
    """The error page, or ``{"detail": message}`` for a data path."""
    if request.url.path.endswith(DATA):
        return JSONResponse({"detail": message}, status_code=status_code)
    return render(request, "error.html.j2", status_code=status_code, message=message)


async def unreadable_request(request: Request, error: Exception) -> Response:
    """422: what was sent does not parse; say so without repeating any of it."""
    assert isinstance(error, RequestValidationError)
    fields = sorted({str(e["loc"][-1]) for e in error.errors() if e.get("loc")})
    named = f" ({', '.join(f[:40] for f in fields[:5])})" if fields else ""
    message = f"Part of what was sent could not be read{named}: go back and check it."
    return error_response(request, 422, message)


class ErrorPages:
    """ASGI middleware: an exception from the app becomes the 500 page (traceback logged)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the app; if it fails before answering, answer with the error page."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watch(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception:
            LOG.exception("error answering %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise
            request = Request(scope)
            try:
                response = error_response(request, 500, "Something went wrong on our side.")
            except Exception:  # the page itself failed: still answer, plainly
                LOG.exception("error rendering the error page")
                response = PlainTextResponse("Something went wrong on our side.", 500)
            await response(scope, receive, send)


class BodyLimit:
    """ASGI middleware: a body over ``MAX_BODY`` (declared, or counted as it arrives) is 413."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Refuse at once on Content-Length; otherwise count the chunks as the app reads."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length", b"0")
        if declared.isdigit() and int(declared) > self.limit:
            await error_response(Request(scope), 413, TOO_LARGE)(scope, receive, send)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.limit:  # the app's exception handler makes this the 413 page
                raise HTTPException(status_code=413, detail=TOO_LARGE)
            return message

        await self.app(scope, counted, send)
