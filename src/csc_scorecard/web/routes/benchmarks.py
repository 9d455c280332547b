"""The "Benchmarks" page: a tartan rug of the council and its statistical neighbours.

Councils across, indicators down, each cell the council's quartile band among all councils
for the same 31 March (from DfE's published statistics), coloured so a panel sees at a glance
where the council sits among councils like it. The band is written in every cell, so the
colour is never the only signal.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from csc_scorecard.indicators.catalogue import BY_ID
from csc_scorecard.web.pages import council, month_asked, render, role_figures
from csc_scorecard.web.roles import VIEWER, SignedIn

router = APIRouter()


@router.get("/benchmarks")
def benchmarks_page(
    request: Request,
    user: Annotated[SignedIn, Depends(VIEWER)],
    la: str | None = None,
    month: str | None = None,
) -> Response:
    """Each published indicator's quartile band for the council and each neighbour."""
    la_code = council(request, la)
    chosen = month_asked(request, la_code, month)
    rug = role_figures(request, user.role, la_code).rug(chosen)
    own = rug.get(la_code, {})
    items = [BY_ID[i] for i in BY_ID if i in own]
    return render(request, "benchmarks.html.j2", la_code=la_code, month=chosen, rug=rug,
                  own=own, items=items)  # fmt: skip
