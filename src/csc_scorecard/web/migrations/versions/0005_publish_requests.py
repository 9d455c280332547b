"""Publish requests: packs an analyst asked, on the dashboard, to be published.

Revision ID: 0005
Revises: 0004_forecast_scenarios
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004_forecast_scenarios"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the publish_request table."""
    op.create_table(
        "publish_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("la_code", sa.String(length=10), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("requested_by", sa.String(length=80), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("pack_id", sa.Integer(), nullable=True),
        sa.Column("published_at", sa.DateTime(), nullable=True),
        sa.Column("files", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_publish_request_month", "publish_request", ["month"])
    op.create_index("ix_publish_request_status", "publish_request", ["status"])


def downgrade() -> None:
    """Drop the publish_request table."""
    op.drop_index("ix_publish_request_status", table_name="publish_request")
    op.drop_index("ix_publish_request_month", table_name="publish_request")
    op.drop_table("publish_request")
