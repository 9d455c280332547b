"""Alembic environment: runs the packaged migrations against the URL the caller configured."""

from alembic import context

from csc_scorecard.web.db import make_engine
from csc_scorecard.web.models import Base

url = context.config.get_main_option("sqlalchemy.url")
if not url:
    raise RuntimeError("set sqlalchemy.url (csc_scorecard.web.db.migrate does)")
engine = make_engine(url)
try:
    with engine.connect() as connection:
        context.configure(
            connection=connection, target_metadata=Base.metadata, render_as_batch=True
        )
        with context.begin_transaction():
            context.run_migrations()
finally:
    engine.dispose()
