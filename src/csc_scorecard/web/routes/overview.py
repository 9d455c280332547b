"""The overview: every indicator's latest figure, RAG, SPC signal and sparkline."""

from __future__ import annotations

from typing import Annotated

import pandas as pd
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from csc_scorecard.indicators.definition import UNIT_WORDS
from csc_scorecard.web import views
from csc_scorecard.web.pages import (
    Format,
    council,
    export,
    figures,
    fragment,
    month_asked,
    render,
    role_figures,
)
from csc_scorecard.web.roles import VIEWER, Role, SignedIn

router = APIRouter()


def _overview(
    request: Request, user: SignedIn, la: str | None, month: str | None
) -> tuple[str, object, list[tuple[str, list[views.Row]]]]:
    la_code = council(request, la)
    chosen = month_asked(request, la_code, month)
    seen = role_figures(request, user.role, la_code)
    groups = figures(request).cached(
        ("overview", la_code, chosen, seen.audience),
        lambda: views.overview(seen.summaries(chosen), seen.figures),
    )
    return la_code, chosen, groups


@router.get("/")
def overview_page(
    request: Request,
    user: Annotated[SignedIn, Depends(VIEWER)],
    la: str | None = None,
    month: str | None = None,
) -> Response:
    """All indicators grouped by family."""
    la_code, chosen, groups = _overview(request, user, la, month)
    audience = role_figures(request, user.role, la_code).audience
    table_html = figures(request).cached(
        ("overview-html", la_code, chosen, audience),
        lambda: fragment(
            request, "overview_table.html.j2", la_code=la_code, month=chosen, groups=groups
        ),
    )
    return render(
        request,
        "overview.html.j2",
        la_code=la_code,
        month=chosen,
        table_html=table_html,
        councils=figures(request).councils(),
        public=user.role == Role.viewer,
    )


@router.get("/overview.{fmt}")
def overview_export(
    request: Request,
    user: Annotated[SignedIn, Depends(VIEWER)],
    fmt: Format,
    la: str | None = None,
    month: str | None = None,
) -> Response:
    """The overview table as CSV or Excel (published figures for a viewer)."""
    la_code, chosen, groups = _overview(request, user, la, month)
    rows = [
        {
            "indicator": r.summary.indicator.id,
            "title": r.summary.indicator.title,
            "family": family,
            "unit": UNIT_WORDS[r.summary.indicator.unit],
            "month": f"{chosen:%Y-%m}",
            "value": r.series.iloc[-1]["value"],
            "shown": r.latest,
            "rag": r.summary.rag,
            "spc": r.summary.variation,
            "england": r.summary.england,
        }
        for family, group in groups
        for r in group
    ]
    return export(pd.DataFrame(rows), f"overview-{la_code}-{chosen:%Y-%m}", fmt)
