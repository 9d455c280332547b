"""Recalculation points: analysts' decisions about where an indicator's SPC limits restart.

Revision ID: 0003
Revises: 0002_sessions_audit
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002_sessions_audit"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the recalculation_point table."""
    op.create_table(
        "recalculation_point",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("la_code", sa.String(length=10), nullable=False),
        sa.Column("indicator_id", sa.String(length=20), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("la_code", "indicator_id", "month"),
    )


def downgrade() -> None:
    """Drop the recalculation_point table."""
    op.drop_table("recalculation_point")
