"""Data quality: the loaders' quarantine by source and rule; the rows for analysts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from csc_scorecard.web.pages import Format, export, figures, render
from csc_scorecard.web.roles import ANALYST, VIEWER, SignedIn

router = APIRouter()
ROWS_SHOWN = 500


@router.get("/quality")
def quality_page(
    request: Request, _user: Annotated[SignedIn, Depends(VIEWER)], source: str | None = None
) -> Response:
    """Rejected rows counted by source and rule (no child-level detail)."""
    counts = figures(request).quarantine_counts(source)
    return render(request, "quality.html.j2", counts=counts, source=source)


@router.get("/quality.{fmt}")
def quality_export(
    request: Request,
    _user: Annotated[SignedIn, Depends(VIEWER)],
    fmt: Format,
    source: str | None = None,
) -> Response:
    """The counts by source and rule as CSV or Excel."""
    return export(figures(request).quarantine_counts(source), "quarantine-counts", fmt)


@router.get("/quality/rows")
def quality_rows(
    request: Request,
    _user: Annotated[SignedIn, Depends(ANALYST)],
    source: str | None = None,
    rule: str | None = None,
) -> Response:
    """The rejected rows themselves (file, row, child, rule, message), to fix at source."""
    rows = figures(request).quarantine_rows(source, rule, ROWS_SHOWN)
    return render(
        request, "quality_rows.html.j2", rows=rows, source=source, rule=rule, limit=ROWS_SHOWN
    )


@router.get("/quality/rows.{fmt}")
def quality_rows_export(
    request: Request,
    _user: Annotated[SignedIn, Depends(ANALYST)],
    fmt: Format,
    source: str | None = None,
    rule: str | None = None,
) -> Response:
    """The rejected rows shown, as CSV or Excel."""
    rows = figures(request).quarantine_rows(source, rule, ROWS_SHOWN)
    return export(rows, "quarantine-rows", fmt)
