"""Server-side sessions, the audit log, and user ids that are never reused.

On SQLite ``app_user`` is rebuilt with AUTOINCREMENT (a plain integer key reuses the number of
the newest removed user); PostgreSQL's sequences never reuse a number, so nothing changes
there. Sessions signed into cookies before this revision stop working: everyone signs in again.

Revision ID: 0002_sessions_audit
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_sessions_audit"
down_revision = "0001"
branch_labels = None
depends_on = None


def _rebuild_users(autoincrement: bool) -> None:
    """Copy ``app_user`` into a table with (or without) SQLite's AUTOINCREMENT."""
    if op.get_bind().dialect.name != "sqlite":
        return
    kwargs = {"sqlite_autoincrement": True} if autoincrement else {}
    with op.batch_alter_table("app_user", recreate="always", table_kwargs=kwargs):
        pass


def upgrade() -> None:
    """Rebuild ``app_user`` on SQLite; create ``app_session`` and ``audit_event``."""
    _rebuild_users(autoincrement=True)
    op.create_table(
        "app_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=False),
        sa.Column("ip", sa.String(length=64), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    with op.batch_alter_table("app_session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_app_session_user_id"), ["user_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_app_session_last_seen_at"), ["last_seen_at"], unique=False
        )
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("ip", sa.String(length=64), nullable=False),
        sa.Column("event", sa.String(length=40), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("children", sa.Integer(), nullable=True),
        sa.Column("records", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_event_username"), ["username"], unique=False)


def downgrade() -> None:
    """Drop the audit log and sessions; ``app_user`` back to a plain key on SQLite."""
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_event_username"))
        batch_op.drop_index(batch_op.f("ix_audit_event_at"))
    op.drop_table("audit_event")
    with op.batch_alter_table("app_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_app_session_last_seen_at"))
        batch_op.drop_index(batch_op.f("ix_app_session_user_id"))
    op.drop_table("app_session")
    _rebuild_users(autoincrement=False)
