"""Forecast scenarios kept on the dashboard (issue 15), read by ``scorecard forecast --app-db``.

Revision ID: 0004_forecast_scenarios
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_forecast_scenarios"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the forecast_scenario table."""
    op.create_table(
        "forecast_scenario",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("la_code", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=80), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("la_code", "name"),
    )


def downgrade() -> None:
    """Drop the forecast_scenario table."""
    op.drop_table("forecast_scenario")
