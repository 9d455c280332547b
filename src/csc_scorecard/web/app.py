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

import json
import os
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException

from csc_scorecard.analysis.config import AnalysisConfig, load_config
from csc_scorecard.web import recalculations, templating
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

    def app(self) -> FastAPI:
        """The application these settings describe."""
        return create_app(
            self.store,
            self.app_db,
            self.secure_cookies,
            load_config(Path(self.config) if self.config else None),
            idle_minutes=self.idle_minutes,
            absolute_hours=self.absolute_hours,
            trusted_proxies=self.trusted_proxies,
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
) -> FastAPI:
    """The FastAPI application over a store and an application database (migrated here).

    A session ends after ``idle_minutes`` without a request or ``absolute_hours`` after
    sign-in; ``trusted_proxies`` (addresses or CIDR ranges) are the only peers whose
    ``X-Forwarded-For``/``-Proto`` are believed.
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
    app = FastAPI(title="csc-scorecard dashboard", docs_url=None, redoc_url=None, openapi_url=None)
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


async def _not_signed_in(request: Request, _error: Exception) -> Response:
    if request.method == "GET" and not request.url.path.endswith((".json", ".csv", ".xlsx")):
        return RedirectResponse("/login", status_code=303)
    return JSONResponse({"detail": "Sign in first."}, status_code=401)


async def _refused(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    return error_response(request, error.status_code, str(error.detail))


async def _bad_edit(request: Request, error: Exception) -> Response:
    return render(request, "error.html.j2", status_code=400, message=str(error))
