"""The overview: the pack's first page on screen.

The summary matrix, what needs attention (most severe first, chosen by
``csc_scorecard.analysis.attention`` as in the pack and ``scorecard summary``), then every
indicator's latest figure, sparkline, variation and assurance icons, RAG and England. A viewer
sees the published figures, so a suppressed figure is "c" here as in the pack.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

import pandas as pd
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from csc_scorecard.indicators.definition import UNIT_WORDS
from csc_scorecard.publish.scorecard import ASSURANCES, Scorecard, build
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
) -> tuple[str, date, list[tuple[str, list[views.Row]]]]:
    la_code = council(request, la)
    chosen = month_asked(request, la_code, month)
    seen = role_figures(request, user.role, la_code)
    groups = figures(request).cached(
        ("overview", la_code, chosen, seen.audience),
        lambda: views.overview(seen.summaries(chosen), seen.figures),
    )
    return la_code, chosen, groups


def _scorecard(
    request: Request,
    la_code: str,
    chosen: date,
    public: bool,
    groups: list[tuple[str, list[views.Row]]],
) -> Scorecard:
    """The scorecard of the rows shown: their latest figures as this role sees them."""
    rows = [r for _, group in groups for r in group]
    latest = {
        r.summary.indicator.id: (
            None if pd.isna(r.series.iloc[-1]["value"]) else float(r.series.iloc[-1]["value"]),
            bool(r.series.iloc[-1]["suppressed"]),
        )
        for r in rows
    }
    return figures(request).cached(
        ("overview-card", la_code, chosen, public),
        lambda: build([r.summary for r in rows], latest, la_code, chosen, suppressed=public),
    )


@router.get("/")
def overview_page(
    request: Request,
    user: Annotated[SignedIn, Depends(VIEWER)],
    la: str | None = None,
    month: str | None = None,
) -> Response:
    """The scorecard: matrix, what needs attention, then all indicators grouped by family."""
    la_code, chosen, groups = _overview(request, user, la, month)
    public = user.role == Role.viewer
    card = _scorecard(request, la_code, chosen, public, groups)
    audience = role_figures(request, user.role, la_code).audience
    table_html = figures(request).cached(
        ("overview-html", la_code, chosen, audience),
        lambda: fragment(
            request,
            "overview_table.html.j2",
            la_code=la_code,
            month=chosen,
            groups=groups,
            card=card,
            scored={r.summary.indicator.id: r for r in card.rows},
            assurances=ASSURANCES,
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
    card = _scorecard(request, la_code, chosen, user.role == Role.viewer, groups)
    needing = {r.summary.indicator.id for r in card.attention}
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
            "assurance": r.summary.assurance,
            "attention": r.summary.indicator.id in needing,
            "england": r.summary.england,
        }
        for family, group in groups
        for r in group
    ]
    return export(pd.DataFrame(rows), f"overview-{la_code}-{chosen:%Y-%m}", fmt)
