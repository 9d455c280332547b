"""Helpers every page shares: rendering, the council and month asked for, and exports."""

from __future__ import annotations

import hashlib
import hmac
import io
from collections.abc import Collection
from datetime import date
from typing import Any, Literal

import pandas as pd
from fastapi import HTTPException, Request
from fastapi.responses import Response
from fastapi.templating import Jinja2Templates

from csc_scorecard.errors import InputError
from csc_scorecard.errors import month as parse_month
from csc_scorecard.errors import one_of as known_value
from csc_scorecard.web.figures import Figures, RoleFigures, figures_for
from csc_scorecard.web.roles import Role

Format = Literal["csv", "xlsx"]
MEDIA = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> Response:
    """A page from its template, with the signed-in user (if any) in the context."""
    templates: Jinja2Templates = request.app.state.web.templates
    user = getattr(request.state, "user", None)
    return templates.TemplateResponse(
        request, template, {"user": user, **context}, status_code=status_code
    )


def figures(request: Request) -> Figures:
    """The application's view of the store."""
    found: Figures = request.app.state.web.figures
    return found


def council(request: Request, la: str | None) -> str:
    """The council asked for (``?la=``), else the session's last choice, else the store's first.

    404 for an unknown council. The choice is remembered in the session, so the menu's links
    (which carry no council) stay on the council the user was looking at.
    """
    known = figures(request).councils()
    if la is None:
        remembered = request.session.get("la")
        if isinstance(remembered, str) and remembered in known:
            return remembered
        if not known:
            raise HTTPException(status_code=404, detail="The store has no computed figures yet.")
        return known[0]
    if la not in known:
        raise HTTPException(status_code=404, detail="No figures for that council.")
    if request.session.get("la") != la:
        request.session["la"] = la
    return la


def month_asked(request: Request, la_code: str, month: str | None) -> date:
    """The month asked for (``YYYY-MM``), else the council's latest.

    404 when the text is not a month, or not one of the months ``compute`` made pages for
    (the latest ``snapshot.MONTHS_SHOWN``).
    """
    known = figures(request).months(la_code)
    if known is None:
        raise HTTPException(status_code=404, detail="No figures for that council.")
    if month is None:
        return known[1]
    try:
        chosen = parse_month(month)
    except InputError as error:
        raise HTTPException(status_code=404, detail="Give the month as YYYY-MM.") from error
    first, last = known
    if not first <= chosen <= last:
        raise HTTPException(
            status_code=404,
            detail=f"No page for that month: the dashboard shows {first:%B %Y} to {last:%B %Y}"
            " (earlier months are in the packs of their time).",
        )
    return chosen


def one_of(value: str | None, known: Collection[str], what: str) -> str | None:
    """A value that must be one the store knows (a source, a rule): 404 otherwise."""
    if not value:
        return None
    try:
        return known_value(value, known, what)
    except InputError as error:
        raise HTTPException(status_code=404, detail=f"No such {what}.") from error


def role_figures(request: Request, role: Role, la_code: str) -> RoleFigures:
    """The council's figures as ``role`` may see them (see ``figures_for``)."""
    return figures_for(figures(request), role, la_code)


def export(frame: pd.DataFrame, name: str, fmt: Format) -> Response:
    """A table as a CSV (UTF-8 with BOM, so Excel reads accents) or an Excel download."""
    if fmt == "csv":
        body = frame.to_csv(index=False).encode("utf-8-sig")
    else:
        buffer = io.BytesIO()
        with pd.ExcelWriter(buffer, engine="xlsxwriter") as writer:
            frame.to_excel(writer, sheet_name=name[:31], index=False)
        body = buffer.getvalue()
    headers = {"content-disposition": f'attachment; filename="{name}.{fmt}"'}
    return Response(body, media_type=MEDIA[fmt], headers=headers)


def pseudonym(key: str, la_code: str, child_id: str) -> str:
    """A stable stand-in for a child's id: a keyed hash (HMAC-SHA256).

    It cannot be reversed without the key, which is kept in the application database.
    """
    digest = hmac.new(key.encode(), f"{la_code}/{child_id}".encode(), hashlib.sha256)
    return "P-" + digest.hexdigest()[:12]
