"""The dashboard's own state: users, commentary, the improvement plan, panel actions, audit.

Kept apart from the canonical store (which holds only data derived from the returns) so the
store can be rebuilt from source files at any time without losing what people wrote. The
schema is created and changed only by the Alembic migrations in ``migrations/``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    """Declarative base of the application tables."""


class User(Base):
    """A person who can sign in; ``role`` is viewer, analyst or admin.

    Ids are never reused (AUTOINCREMENT on SQLite, a sequence on PostgreSQL), so nothing that
    names a removed user's id -- a session, an audit row -- can ever point at someone else.
    """

    __tablename__ = "app_user"
    __table_args__ = ({"sqlite_autoincrement": True},)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class LoginAttempt(Base):
    """One sign-in attempt, kept for rate limiting by user name and by address."""

    __tablename__ = "login_attempt"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(80), index=True)
    ip: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    succeeded: Mapped[bool]


class UserSession(Base):
    """A signed-in (or about-to-sign-in) browser: the cookie holds a random id, kept here hashed.

    ``data`` is the session's small state as JSON (CSRF token, the council last looked at).
    Ending a session deletes its row, so a copied cookie stops working at once.
    """

    __tablename__ = "app_session"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="CASCADE"), index=True, nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ip: Mapped[str] = mapped_column(String(64))
    data: Mapped[str] = mapped_column(Text, default="{}")


class AuditEvent(Base):
    """Who did what that a data protection officer asks about: sign-ins, exports, drill-downs.

    ``what`` names the figure or download; ``records`` lists the pseudonymised record ids a
    drill-down showed (never real ids, whatever the display setting). The user is kept by
    name and id with no foreign key, so the log outlives the account.
    """

    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    username: Mapped[str] = mapped_column(String(80), index=True)
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    ip: Mapped[str] = mapped_column(String(64))
    event: Mapped[str] = mapped_column(String(40))
    what: Mapped[str] = mapped_column(Text, default="")
    children: Mapped[int | None] = mapped_column(Integer, nullable=True)
    records: Mapped[str] = mapped_column(Text, default="")


class Setting(Base):
    """A named application setting (secret keys, whether drill-down shows real ids)."""

    __tablename__ = "app_setting"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Comment(Base):
    """The current commentary on one indicator's figure for one council and month."""

    __tablename__ = "commentary"
    __table_args__ = (UniqueConstraint("la_code", "indicator_id", "month"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    la_code: Mapped[str] = mapped_column(String(10))
    indicator_id: Mapped[str] = mapped_column(String(20))
    month: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(80))
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class PriorityArea(Base):
    """A priority area of the improvement plan (e.g. "Timeliness of assessments")."""

    __tablename__ = "priority_area"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    la_code: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    actions: Mapped[list[PlanAction]] = relationship(
        back_populates="area", order_by="PlanAction.id"
    )


class PlanAction(Base):
    """An improvement-plan action: who owns it, when it is due, how it is going."""

    __tablename__ = "plan_action"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    area_id: Mapped[int] = mapped_column(ForeignKey("priority_area.id"))
    title: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(120))
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20))
    rag: Mapped[str] = mapped_column(String(10))
    indicators: Mapped[str] = mapped_column(String(400), default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    area: Mapped[PriorityArea] = relationship(back_populates="actions")


class PanelAction(Base):
    """Something the scrutiny panel asked for at a meeting, and the service's response."""

    __tablename__ = "panel_action"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    la_code: Mapped[str] = mapped_column(String(10))
    meeting_date: Mapped[date] = mapped_column(Date, index=True)
    request: Mapped[str] = mapped_column(Text)
    response_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    response: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20))


class Change(Base):
    """One change to anything people edit: who, when, which field, before and after.

    The history of a commentary, a plan action or a panel action, and the audit log of user
    and setting changes, are all rows of this one table (``entity`` says which).
    """

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_entity", "entity", "entity_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    username: Mapped[str] = mapped_column(String(80))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(80))
    field: Mapped[str] = mapped_column(String(40))
    before: Mapped[str | None] = mapped_column(Text, nullable=True)
    after: Mapped[str | None] = mapped_column(Text, nullable=True)


class RecalculationDecision(Base):
    """An analyst's decision about where an indicator's SPC limits start again.

    ``decision`` is "declared" (recorded on the indicator page), "accepted" (a suggestion
    taken), "rejected" (a suggestion turned down: not proposed again for that month) or
    "withdrawn" (a recalculation taken back). One row per council, indicator and month holds
    the decision now in force; every change is also in the change log, with who and when.
    """

    __tablename__ = "recalculation_point"
    __table_args__ = (UniqueConstraint("la_code", "indicator_id", "month"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    la_code: Mapped[str] = mapped_column(String(10))
    indicator_id: Mapped[str] = mapped_column(String(20))
    month: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    decision: Mapped[str] = mapped_column(String(20))
    username: Mapped[str] = mapped_column(String(80))
    decided_at: Mapped[datetime] = mapped_column(DateTime)


class ForecastScenario(Base):
    """A forecast scenario an analyst keeps on the dashboard, for one council.

    ``definition`` is the scenario as the forecast configuration file writes it (JSON of
    description, from, entries and uasc: ``forecast.config.scenario_mapping``), so the file
    and the dashboard are read by one parser and accept the same scenarios.
    """

    __tablename__ = "forecast_scenario"
    __table_args__ = (UniqueConstraint("la_code", "name"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    la_code: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(120))
    definition: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(80))
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class PublishRequest(Base):
    """A request, made on the dashboard, to publish a council's pack for a month.

    The dashboard never writes the store, so it asks: ``scorecard pack --publish-requested``
    writes and records each pending request's pack exactly as ``scorecard pack`` does, then
    fills in the pack it recorded and its files' SHA-256 (``files``, JSON of file name to
    digest) and when. ``status`` is "pending" until then, "published" after.
    """

    __tablename__ = "publish_request"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    la_code: Mapped[str] = mapped_column(String(10))
    month: Mapped[date] = mapped_column(Date, index=True)
    requested_by: Mapped[str] = mapped_column(String(80))
    requested_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(20), index=True)
    pack_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    published_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    files: Mapped[str] = mapped_column(Text, default="{}")
