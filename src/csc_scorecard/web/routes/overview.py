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
from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from csc_scorecard.indicators.definition import UNIT_WORDS
from csc_scorecard.publish.scorecard import ASSURANCES, Scorecard, build
from csc_scorecard.web import audit, publishing, views
from csc_scorecard.web.csrf import verify_csrf
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
from csc_scorecard.web.roles import ANALYST, VIEWER, Role, SignedIn

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
    """The scorecard of the rows shown: their latest figures as this role sees them.

    Worked out once per month and audience (cached), as it reads every row's figures.
    """

    def card() -> Scorecard:
        rows = [r for _, group in groups for r in group]
        latest = {r.summary.indicator.id: r.latest_figure for r in rows}
        return build([r.summary for r in rows], latest, la_code, chosen, suppressed=public)

    return figures(request).cached(("overview-card", la_code, chosen, public), card)


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
    with request.app.state.web.sessions() as db:
        asked = [(r, publishing.files_of(r)) for r in publishing.for_month(db, la_code, chosen)]
    return render(
        request,
        "overview.html.j2",
        la_code=la_code,
        month=chosen,
        table_html=table_html,
        councils=figures(request).councils(),
        public=user.role == Role.viewer,
        requests=asked,
        can_publish=user.role >= Role.analyst,
        pending=any(r.status == publishing.PENDING for r, _ in asked),
    )


@router.post("/publish", dependencies=[Depends(verify_csrf)])
def request_publication(
    request: Request,
    user: Annotated[SignedIn, Depends(ANALYST)],
    la: Annotated[str, Form()],
    month: Annotated[str, Form()],
) -> Response:
    """Mark the month's pack as published: a request the command line carries out.

    The dashboard never writes the store; ``scorecard pack --publish-requested`` writes and
    records the pack. Kept with who and when, in the change log and the audit log.
    """
    la_code = council(request, la)
    chosen = month_asked(request, la_code, month)
    with request.app.state.web.sessions.begin() as db:
        asked = publishing.request(db, la_code, chosen, user.username)
        audit.record(db, request, "publish requested", user.username, user.id,
                     f"pack {la_code} {chosen:%Y-%m} (request {asked.id})")  # fmt: skip
    return RedirectResponse(f"/?la={la_code}&month={chosen:%Y-%m}#publication", status_code=303)


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
            "value": r.latest_figure[0],
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
