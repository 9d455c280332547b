"""``scorecard serve`` and ``scorecard user add/remove/role/password``.

There is no default account: the first admin is made with ``scorecard user add NAME --role
admin``, which asks for the password twice without echoing it (or reads it from the
SCORECARD_PASSWORD environment variable, for scripts). Heavy imports are inside the commands
so the rest of the CLI starts quickly.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from csc_scorecard.web.roles import Role

console = Console(stderr=True, soft_wrap=True)
APP_DB_DEFAULT = "sqlite:///scorecard-app.db"
APP_DB_OPTION = typer.Option(
    APP_DB_DEFAULT,
    "--app-db",
    help="Application database URL (users, commentary, plan): SQLite file or postgresql://...",
)
CONFIG_OPTION = typer.Option(
    None, "--config", help="Targets file, as for scorecard pack (default: the shipped one)."
)
TRUSTED_PROXIES_OPTION = typer.Option(
    [],
    "--trusted-proxies",
    help="Address or CIDR range of a reverse proxy whose X-Forwarded-For/-Proto headers are "
    "believed (repeat, or comma-separate). Default: none.",
)
user_app = typer.Typer(help="Manage dashboard users and roles.", no_args_is_help=True)


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    store: str = typer.Option("scorecard.duckdb", "--store", help="Store with computed figures."),
    app_db: str = APP_DB_OPTION,
    config: Path | None = CONFIG_OPTION,
    trusted_proxies: list[str] = TRUSTED_PROXIES_OPTION,
    idle_minutes: float = typer.Option(
        30, "--session-idle-minutes", min=1, help="Sign out after this long without a request."
    ),
    session_hours: float = typer.Option(
        8, "--session-hours", min=0.1, help="Sign out this long after signing in, however busy."
    ),
    workers: int = typer.Option(
        1,
        "--workers",
        min=1,
        help="Processes answering requests (one per processor core the dashboard may use); "
        "sessions, sign-in backoff and edits live in the app database, so they share them.",
    ),
) -> None:
    """Run the web dashboard. Cookies are Secure (HTTPS only) unless HOST is this machine.

    Give the council's own targets file with --config, as to `scorecard pack`, so the
    dashboard's RAG is the pack's. Behind a reverse proxy that terminates HTTPS, name it with
    --trusted-proxies so sign-in backoff counts the real client addresses (docs/security.md).

    Example: scorecard serve --store out/scorecard.duckdb
    """
    import uvicorn

    from csc_scorecard.analysis.config import load_config
    from csc_scorecard.web.app import ServeSettings, secure_cookies_for
    from csc_scorecard.web.proxies import parse_networks

    try:
        parse_networks(trusted_proxies)  # before anything is opened or created
    except ValueError as error:
        console.print(f"[red]--trusted-proxies: {error}[/red]")
        raise typer.Exit(2) from error
    try:
        targets = load_config(config)
    except (ValueError, OSError) as error:
        console.print(f"[red]Error:[/] {error}")
        raise typer.Exit(2) from error
    if not Path(store).is_file():
        console.print(f"[red]Error:[/] there is no store at {store}: load the data and run"
                      " scorecard compute first (or give --store)")  # fmt: skip
        raise typer.Exit(2)
    settings = ServeSettings(
        store,
        app_db,
        secure_cookies_for(host),
        str(config) if config else None,
        idle_minutes,
        session_hours,
        list(trusted_proxies),
    )
    # Built here even with workers: the app database is migrated and the store's dashboard
    # copy published once, before any worker starts, so workers never race to do either.
    application = settings.app(targets)
    console.print(f"Dashboard on http://{host}:{port}/ (store {store}, app database {app_db}"
                  f"{f', {workers} workers' if workers > 1 else ''})")  # fmt: skip
    # uvicorn's own proxy handling believes X-Forwarded-For from 127.0.0.1: off, ours decides.
    if workers == 1:
        uvicorn.run(application, host=host, port=port, log_level="warning", proxy_headers=False)
        return
    settings.told_to_workers()
    uvicorn.run("csc_scorecard.web.app:app_from_environment", factory=True, workers=workers,
                host=host, port=port, log_level="warning", proxy_headers=False)  # fmt: skip


@user_app.command("add")
def user_add(
    username: str = typer.Argument(..., help="User name."),
    role: str = typer.Option("viewer", "--role", help="viewer, analyst or admin."),
    password: str = typer.Option(
        ...,
        prompt=True,
        hide_input=True,
        confirmation_prompt=True,
        envvar="SCORECARD_PASSWORD",
        help="At least 12 characters.",
    ),
    app_db: str = APP_DB_OPTION,
) -> None:
    """Create a user (the first admin is created this way; there is no default account).

    Example: scorecard user add ada --role admin
    """
    from csc_scorecard.web import accounts

    _change(app_db, lambda db: accounts.add_user(db, username, password, _role(role)))
    console.print(f"Added {username} ({role}).")


@user_app.command("remove")
def user_remove(username: str = typer.Argument(...), app_db: str = APP_DB_OPTION) -> None:
    """Remove a user (not the last admin); their session stops working at once.

    Example: scorecard user remove ada
    """
    from csc_scorecard.web import accounts

    _change(app_db, lambda db: accounts.remove_user(db, username))
    console.print(f"Removed {username}.")


@user_app.command("password")
def user_password(
    username: str = typer.Argument(...),
    password: str = typer.Option(
        ...,
        prompt="New password",
        hide_input=True,
        confirmation_prompt=True,
        envvar="SCORECARD_PASSWORD",
        help="At least 12 characters.",
    ),
    app_db: str = APP_DB_OPTION,
) -> None:
    """Set a user's password; every session they have ends.

    Example: scorecard user password ada
    """
    from csc_scorecard.web import accounts

    _change(app_db, lambda db: accounts.set_password(db, username, password))
    console.print(f"Changed the password of {username}; their sessions have ended.")


@user_app.command("role")
def user_role(
    username: str = typer.Argument(...),
    role: str = typer.Argument(..., help="viewer, analyst or admin."),
    app_db: str = APP_DB_OPTION,
) -> None:
    """Change a user's role (viewer < analyst < admin; the last admin keeps theirs).

    Example: scorecard user role ada analyst
    """
    from csc_scorecard.web import accounts

    _change(app_db, lambda db: accounts.set_role(db, username, _role(role)))
    console.print(f"{username} is now {role}.")


def _role(name: str) -> Role:
    from csc_scorecard.web.roles import Role

    if name not in Role.__members__:
        raise typer.BadParameter(f"role must be one of {', '.join(Role.__members__)}")
    return Role[name]


def _change(app_db: str, edit: Callable[[Session], object]) -> None:
    """Run one edit in a transaction; a broken rule is one clear message and exit code 2."""
    from csc_scorecard.web.db import session_factory

    try:
        with session_factory(app_db).begin() as db:
            edit(db)
    except ValueError as error:
        console.print(f"[red]{error}[/red]")
        raise typer.Exit(2) from error
