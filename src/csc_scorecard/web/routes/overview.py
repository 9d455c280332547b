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
from csc_scorecard.publish.scorecard import Scorecard
from csc_scorecard.web import audit, month_pages, publishing
from csc_scorecard.web.csrf import verify_csrf
from csc_scorecard.web.figures import RoleFigures
from csc_scorecard.web.month_pages import Groups
from csc_scorecard.web.pages import (
    Format,
    council,
    export,
    figures,
    month_asked,
    render,
    role_figures,
)
from csc_scorecard.web.roles import ANALYST, VIEWER, Role, SignedIn

router = APIRouter()


def _overview(
    request: Request, user: SignedIn, la: str | None, month: str | None
) -> tuple[RoleFigures, date]:
    """The council and month asked for, and the council's figures as the user may see them."""
    la_code = council(request, la)
    chosen = month_asked(request, la_code, month)
    return role_figures(request, user.role, la_code), chosen


def _parts(request: Request, seen: RoleFigures, chosen: date) -> tuple[Groups, Scorecard]:
    """The overview's rows and scorecard, worked out once per month and audience (cached)."""
    return figures(request).cached(
        ("overview", seen.la_code, chosen, seen.audience),
        lambda: month_pages.overview_parts(seen, chosen),
    )


@router.get("/")
def overview_page(
    request: Request,
    user: Annotated[SignedIn, Depends(VIEWER)],
    la: str | None = None,
    month: str | None = None,
) -> Response:
    """The scorecard: matrix, what needs attention, then all indicators grouped by family.

    The table is the one ``compute`` rendered into the dashboard copy; rendered here only
    when the copy has none that holds (see ``Figures.page``).
    """
    seen, chosen = _overview(request, user, la, month)
    table_html = seen.page(chosen, month_pages.OVERVIEW)
    if table_html is None:
        table_html = figures(request).cached(
            ("overview-html", seen.la_code, chosen, seen.audience),
            lambda: month_pages.overview_table(seen, chosen, *_parts(request, seen, chosen)),
        )
    with request.app.state.web.sessions() as db:
        asked = [
            (r, publishing.files_of(r)) for r in publishing.for_month(db, seen.la_code, chosen)
        ]
    return render(
        request,
        "overview.html.j2",
        la_code=seen.la_code,
        month=chosen,
        table_html=table_html,
        councils=figures(request).councils(),
        public=seen.audience == "published",
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
    seen, chosen = _overview(request, user, la, month)
    la_code = seen.la_code
    groups, card = _parts(request, seen, chosen)
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
