"""The dashboard application: configuration, middleware, templates and the routes.

``create_app`` wires everything from its settings -- the store to read figures from, the
application database URL, whether cookies must travel over HTTPS, the analysis configuration
(targets; the shipped one unless given), the session timeouts and the proxies whose forwarded
headers are believed -- so tests, the CLI and the load benchmark build the same application,
and ``serve --config`` judges figures against the same targets as ``pack --config``.

Middleware, outermost first: trusted proxies (who the client is), security headers (on every
response, error pages included), server-side sessions, the download audit, error pages, the
request body limit.
"""

from __future__ import annotations

import gc
import json
import os
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from pathlib import Path

from anyio import to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException

from csc_scorecard.analysis.config import AnalysisConfig, load_config
from csc_scorecard.web import dashboard_copy, recalculations, templating
from csc_scorecard.web.audit import AuditDownloads
from csc_scorecard.web.db import session_factory
from csc_scorecard.web.errors import BodyLimit, ErrorPages, error_response, unreadable_request
from csc_scorecard.web.figures import Figures, OneCopyPerRequest
from csc_scorecard.web.headers import SecurityHeaders
from csc_scorecard.web.pages import render
from csc_scorecard.web.plan import PlanError
from csc_scorecard.web.proxies import TrustedProxies, parse_networks
from csc_scorecard.web.roles import NotSignedIn
from csc_scorecard.web.routes import ROUTERS
from csc_scorecard.web.sessions import ServerSessions, SessionPolicy

HERE = Path(__file__).parent
IDLE_MINUTES = 30
ABSOLUTE_HOURS = 8
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
REQUEST_THREADS = 2
"""Requests worked on at once by one process (see ``_serving``)."""
COLLECT_EVERY = (10_000, 10, 10)
"""``gc.set_threshold`` while serving (Python's default is 700, 10, 10; see ``_serving``)."""
SERVE_SETTINGS = "CSC_SCORECARD_SERVE"
"""The environment variable that carries ``serve``'s settings to its worker processes."""


@dataclass(frozen=True)
class ServeSettings:
    """What ``scorecard serve`` was given, as plain values a worker process can be told.

    uvicorn starts each of several workers from an import string, not from an application
    object, so the settings travel as JSON in the environment (``app_from_environment``).
    """

    store: str
    app_db: str
    secure_cookies: bool
    config: str | None = None
    idle_minutes: float = 30
    absolute_hours: float = 8
    trusted_proxies: list[str] = field(default_factory=list)

    def app(self, config: AnalysisConfig | None = None) -> FastAPI:
        """The application these settings describe.

        ``config`` is the ``config`` file as ``serve`` already read it; a worker process,
        told only the settings, reads the file itself.
        """
        return create_app(
            self.store,
            self.app_db,
            self.secure_cookies,
            config or load_config(Path(self.config) if self.config else None),
            idle_minutes=self.idle_minutes,
            absolute_hours=self.absolute_hours,
            trusted_proxies=self.trusted_proxies,
            serving=True,
        )

    def told_to_workers(self) -> None:
        """Put the settings where ``app_from_environment`` reads them (workers inherit it)."""
        os.environ[SERVE_SETTINGS] = json.dumps(asdict(self))


def app_from_environment() -> FastAPI:
    """A worker's application, from the settings ``serve`` left in the environment."""
    return ServeSettings(**json.loads(os.environ[SERVE_SETTINGS])).app()


@dataclass
class WebState:
    """What every request needs: the app database, the store's figures and the templates."""

    sessions: sessionmaker[Session]
    figures: Figures
    templates: Jinja2Templates
    session_policy: SessionPolicy


def secure_cookies_for(host: str) -> bool:
    """Cookies are Secure (HTTPS only) unless the server listens on this machine alone."""
    return host not in LOCAL_HOSTS


def create_app(
    store_path: str,
    app_db_url: str,
    secure_cookies: bool = False,
    config: AnalysisConfig | None = None,
    *,
    idle_minutes: float = IDLE_MINUTES,
    absolute_hours: float = ABSOLUTE_HOURS,
    trusted_proxies: Sequence[str] = (),
    serving: bool = False,
) -> FastAPI:
    """The FastAPI application over a store and an application database (migrated here).

    A session ends after ``idle_minutes`` without a request or ``absolute_hours`` after
    sign-in; ``trusted_proxies`` (addresses or CIDR ranges) are the only peers whose
    ``X-Forwarded-For``/``-Proto`` are believed. ``serving``: the process is ``scorecard
    serve``'s, which runs this application alone, so it is tuned for it (``_serving``); tests
    that build several applications in one process leave it alone.
    """
    sessions = session_factory(app_db_url)
    policy = SessionPolicy(
        idle=timedelta(minutes=idle_minutes),
        absolute=timedelta(hours=absolute_hours),
        secure_cookies=secure_cookies,
    )
    with sessions() as db:
        config = (config or load_config()).with_decisions(recalculations.decisions(db))
    templates = Jinja2Templates(env=templating.environment())
    app = FastAPI(
        title="csc-scorecard dashboard",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        lifespan=_serving if serving else None,
    )
    dashboard_copy.ensure(store_path, config)
    app.state.web = WebState(sessions, Figures(store_path, config), templates, policy)
    app.add_middleware(OneCopyPerRequest, figures=app.state.web.figures)
    app.add_middleware(BodyLimit)
    app.add_middleware(ErrorPages)
    app.add_middleware(AuditDownloads, sessions=sessions)
    app.add_middleware(ServerSessions, sessions=sessions, policy=policy)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(TrustedProxies, networks=parse_networks(trusted_proxies))
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for router in ROUTERS:
        app.include_router(router)
    app.add_exception_handler(NotSignedIn, _not_signed_in)
    app.add_exception_handler(HTTPException, _refused)
    app.add_exception_handler(PlanError, _bad_edit)
    app.add_exception_handler(RequestValidationError, unreadable_request)
    return app


@asynccontextmanager
async def _serving(_app: FastAPI) -> AsyncIterator[None]:
    """Tune the process for serving pages, once it has imported and built everything.

    Measured with ``benchmarks/bench_web.py`` (20 viewers, 2 cores, the demo council and a
    neighbour; issue 16):

    - Requests run in at most ``REQUEST_THREADS`` threads. A page is Python work under one
      interpreter lock; dozens of threads taking turns at it (anyio's default is 40) only add
      switching: 78 requests a second with 40 threads, 99-105 with 2 (1 gave the same
      throughput, but then one request's DuckDB query holds up every other).
    - The garbage collector: its full passes over the cached figures stopped every request
      for 200-350 ms every 2-3 s (75 ms once ``web.slices`` cut the objects cached), and they
      made the p95. ``gc.freeze()`` sets aside what exists at start (modules, templates, the
      application), which lives as long as the process; ``COLLECT_EVERY`` collects the
      youngest objects every 10,000 allocations rather than 700, so the full passes come
      about once a minute rather than every two seconds. Memory is still freed: objects
      without reference cycles go at once, whatever the threshold.
    """
    to_thread.current_default_thread_limiter().total_tokens = REQUEST_THREADS
    gc.freeze()
    gc.set_threshold(*COLLECT_EVERY)
    yield


async def _not_signed_in(request: Request, _error: Exception) -> Response:
    if request.method == "GET" and not request.url.path.endswith((".json", ".csv", ".xlsx")):
        return RedirectResponse("/login", status_code=303)
    return JSONResponse({"detail": "Sign in first."}, status_code=401)


async def _refused(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    return error_response(request, error.status_code, str(error.detail))


async def _bad_edit(request: Request, error: Exception) -> Response:
    return render(request, "error.html.j2", status_code=400, message=str(error))
