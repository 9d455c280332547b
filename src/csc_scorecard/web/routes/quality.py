"""Data quality: the loaders' quarantine by source and rule; the rows for analysts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from csc_scorecard.web.pages import Format, council, export, figures, one_of, render
from csc_scorecard.web.roles import ANALYST, VIEWER, SignedIn

router = APIRouter()
ROWS_SHOWN = 500


def _source(request: Request, la_code: str, source: str | None) -> str | None:
    """A source the council's quarantine holds (None for all of them): 404 otherwise."""
    return one_of(source, figures(request).sources_and_rules(la_code)[0], "source")


def _rule(request: Request, la_code: str, rule: str | None) -> str | None:
    """A rule the council's quarantine holds (None for all of them): 404 otherwise."""
    return one_of(rule, figures(request).sources_and_rules(la_code)[1], "rule")


@router.get("/quality")
def quality_page(
    request: Request,
    _user: Annotated[SignedIn, Depends(VIEWER)],
    la: str | None = None,
    source: str | None = None,
) -> Response:
    """The council's rejected rows counted by source and rule (no child-level detail)."""
    la_code = council(request, la)
    source = _source(request, la_code, source)
    counts = figures(request).quarantine_counts(la_code, source)
    return render(request, "quality.html.j2", la_code=la_code, counts=counts, source=source)


@router.get("/quality.{fmt}")
def quality_export(
    request: Request,
    _user: Annotated[SignedIn, Depends(VIEWER)],
    fmt: Format,
    la: str | None = None,
    source: str | None = None,
) -> Response:
    """The counts by source and rule as CSV or Excel."""
    la_code = council(request, la)
    source = _source(request, la_code, source)
    counts = figures(request).quarantine_counts(la_code, source)
    return export(counts, f"quarantine-counts-{la_code}", fmt)


@router.get("/quality/rows")
def quality_rows(
    request: Request,
    _user: Annotated[SignedIn, Depends(ANALYST)],
    la: str | None = None,
    source: str | None = None,
    rule: str | None = None,
) -> Response:
    """The rejected rows themselves (file, row, child, rule, message), to fix at source."""
    la_code = council(request, la)
    source, rule = _source(request, la_code, source), _rule(request, la_code, rule)
    rows = figures(request).quarantine_rows(la_code, source, rule, ROWS_SHOWN)
    return render(request, "quality_rows.html.j2", la_code=la_code, rows=rows, source=source,
                  rule=rule, limit=ROWS_SHOWN)  # fmt: skip


@router.get("/quality/rows.{fmt}")
def quality_rows_export(
    request: Request,
    _user: Annotated[SignedIn, Depends(ANALYST)],
    fmt: Format,
    la: str | None = None,
    source: str | None = None,
    rule: str | None = None,
) -> Response:
    """The rejected rows shown, as CSV or Excel."""
    la_code = council(request, la)
    source, rule = _source(request, la_code, source), _rule(request, la_code, rule)
    rows = figures(request).quarantine_rows(la_code, source, rule, ROWS_SHOWN)
    return export(rows, f"quarantine-rows-{la_code}", fmt)
