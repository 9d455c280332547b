"""Connecting to the application database and bringing its schema up to date.

SQLite file by default (nothing to install), PostgreSQL by URL for a shared deployment. The
schema only ever changes through the packaged Alembic migrations, run at start-up, so an
existing database keeps its users, commentary and plan across upgrades.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).parent / "migrations"
DEFAULT_APP_DB = "sqlite:///scorecard-app.db"


def driver_url(url: str) -> str:
    """The URL with a driver installed here: PostgreSQL URLs go through psycopg 3.

    psycopg 3 comes with the store's PostgreSQL engine; SQLAlchemy's default for a bare
    ``postgresql://`` would be psycopg2, which is not installed.
    """
    for scheme in ("postgres://", "postgresql://"):
        if url.startswith(scheme):
            return "postgresql+psycopg://" + url.removeprefix(scheme)
    return url


def make_engine(url: str) -> Engine:
    """An engine for the URL; SQLite gets foreign keys on and may be used from any thread."""
    url = driver_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_pragmas(connection: object, _record: object) -> None:
    cursor = connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def migrate(url: str, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` (the newest by default) on the database."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url)
    command.upgrade(config, revision)


def session_factory(url: str) -> sessionmaker[Session]:
    """Migrate the database, then return a factory of sessions on it."""
    migrate(url)
    return sessionmaker(make_engine(url), expire_on_commit=False)
