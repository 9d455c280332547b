"""The dashboard application: configuration, middleware, templates and the routes.

``create_app`` wires everything from three settings -- the store to read figures from, the
application database URL and whether cookies must travel over HTTPS -- so tests, the CLI and
the load benchmark build the same application.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import jinja2
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session, sessionmaker
from starlette.middleware.sessions import SessionMiddleware

from csc_scorecard.analysis.config import load_config
from csc_scorecard.publish.model import format_value
from csc_scorecard.web import accounts, recalculations
from csc_scorecard.web.csrf import FIELD, csrf_token
from csc_scorecard.web.db import session_factory
from csc_scorecard.web.figures import Figures
from csc_scorecard.web.headers import SecurityHeaders
from csc_scorecard.web.pages import render
from csc_scorecard.web.plan import PlanError
from csc_scorecard.web.roles import NotSignedIn, Role
from csc_scorecard.web.routes import ROUTERS

HERE = Path(__file__).parent
SESSION_HOURS = 8
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


@dataclass
class WebState:
    """What every request needs: the app database, the store's figures and the templates."""

    sessions: sessionmaker[Session]
    figures: Figures
    templates: Jinja2Templates


def secure_cookies_for(host: str) -> bool:
    """Cookies are Secure (HTTPS only) unless the server listens on this machine alone."""
    return host not in LOCAL_HOSTS


def create_app(store_path: str, app_db_url: str, secure_cookies: bool = False) -> FastAPI:
    """The FastAPI application over a store and an application database (migrated here)."""
    sessions = session_factory(app_db_url)
    with sessions() as db:
        session_secret = accounts.secret(db, "session_secret")
        config = load_config().with_decisions(recalculations.decisions(db))
    # Autoescape everything: Starlette's default escapes only files ending .html.
    templates = Jinja2Templates(
        env=jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True)
    )
    templates.env.globals.update(
        csrf_token=csrf_token, csrf_field=FIELD, format_value=format_value, Role=Role
    )
    app = FastAPI(title="csc-scorecard dashboard", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.web = WebState(sessions, Figures(store_path, config), templates)
    app.add_middleware(
        SessionMiddleware,
        secret_key=session_secret,
        session_cookie="scorecard_session",
        max_age=SESSION_HOURS * 3600,
        same_site="lax",
        https_only=secure_cookies,
    )
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for router in ROUTERS:
        app.include_router(router)
    app.add_exception_handler(NotSignedIn, _not_signed_in)
    app.add_exception_handler(HTTPException, _refused)
    app.add_exception_handler(PlanError, _bad_edit)
    return app


async def _not_signed_in(request: Request, _error: Exception) -> Response:
    if request.method == "GET" and not request.url.path.endswith((".json", ".csv", ".xlsx")):
        return RedirectResponse("/login", status_code=303)
    return JSONResponse({"detail": "Sign in first."}, status_code=401)


async def _refused(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    if request.url.path.endswith((".json", ".csv", ".xlsx")):
        return JSONResponse({"detail": error.detail}, status_code=error.status_code)
    return render(
        request, "error.html.j2", status_code=error.status_code, message=str(error.detail)
    )


async def _bad_edit(request: Request, error: Exception) -> Response:
    return render(request, "error.html.j2", status_code=400, message=str(error))
