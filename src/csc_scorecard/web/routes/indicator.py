"""One indicator's page and data; for analysts, the children behind a figure.

The page shows its chart, monthly table, breakdowns, definition, its benchmark panel (England,
region, statistical neighbours, rank and quartile from DfE's published statistics), its
published values and the revisions the month's pack listed (marked R in the table), and
commentary; an analyst records where the SPC limits start again (a recalculation point, with
the reason) and accepts or rejects the recalculation the analysis suggests.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

import pandas as pd
from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from markupsafe import Markup

from csc_scorecard.analysis.benchmarks import Benchmark
from csc_scorecard.analysis.summary import IndicatorSummary
from csc_scorecard.calendar import parse_month
from csc_scorecard.indicators.catalogue import BY_ID
from csc_scorecard.web import accounts, audit, commentary, recalculations, templating, views
from csc_scorecard.web.csrf import verify_csrf
from csc_scorecard.web.figures import Figures, RoleFigures, figures_for
from csc_scorecard.web.pages import (
    Format,
    council,
    export,
    figures,
    month_asked,
    pseudonym,
    render,
    role_figures,
)
from csc_scorecard.web.roles import ANALYST, VIEWER, Role, SignedIn

router = APIRouter()
REAL_IDS = "show_real_ids"
"""Setting: "yes" shows children's own ids in drill-down; pseudonyms otherwise."""
MAX_COMMENT = 5000
MAX_REASON = 500
ROWS_SHOWN = 1000
"""Drill-down rows listed on the page; the CSV and Excel downloads hold them all."""


def _indicator(indicator_id: str) -> str:
    """The indicator asked for: one of the catalogue's ids, else 404."""
    if indicator_id not in BY_ID:
        raise HTTPException(status_code=404, detail="No such indicator.")
    return indicator_id


def _summary(seen: RoleFigures, indicator_id: str, month: date) -> IndicatorSummary:
    found = seen.summary(indicator_id, month)
    if found is None:
        raise HTTPException(status_code=404, detail="No figures for this indicator yet.")
    return found


@router.get("/indicator/{indicator_id}")
def indicator_page(
    request: Request,
    user: Annotated[SignedIn, Depends(VIEWER)],
    indicator_id: str,
    la: str | None = None,
    month: str | None = None,
) -> Response:
    """Everything about one indicator for one council and month."""
    indicator_id = _indicator(indicator_id)
    la_code = council(request, la)
    chosen = month_asked(request, la_code, month)
    return _page(request, user, indicator_id, la_code, chosen)


def _page(
    request: Request,
    user: SignedIn,
    indicator_id: str,
    la_code: str,
    chosen: date,
    draft: str | None = None,
    problem: str | None = None,
) -> Response:
    """The indicator page; ``draft`` refills the commentary box, ``problem`` says why (400)."""
    can_drill = user.role >= Role.analyst
    seen = role_figures(request, user.role, la_code)
    summary, shown, figures_html = _figures_part(request, seen, indicator_id, chosen, can_drill)
    published = seen.published_history(indicator_id, chosen)
    revisions = seen.revisions(indicator_id, chosen)
    found = seen.benchmark(indicator_id, chosen)
    plot = seen.funnel_plot(indicator_id, chosen)
    with request.app.state.web.sessions() as db:
        current = commentary.current(db, la_code, indicator_id, chosen)
        edits = commentary.edits(db, la_code, indicator_id)
        decided = recalculations.listed(db, la_code, indicator_id)
    return render(
        request,
        "indicator.html.j2",
        la_code=la_code,
        month=chosen,
        summary=summary,
        item=summary.indicator,
        series=shown,
        figures_html=figures_html,
        published=published,
        revisions=revisions,
        benchmark=found,
        benchmark_spec=_benchmark_spec(request, found, summary),
        funnel_plot=plot,
        funnel_svg=views.funnel(plot, summary),
        comment=current,
        edits=edits,
        decided=decided,
        can_drill=can_drill,
        max_comment=MAX_COMMENT,
        draft=draft,
        problem=problem,
        status_code=200 if problem is None else 400,
    )


def _benchmark_spec(
    request: Request, found: Benchmark | None, summary: IndicatorSummary
) -> str | None:
    """The benchmark panel's chart, built once for each benchmark shown (Altair is slow).

    An indicator's benchmark changes once a year, so its months share one; the key is the
    benchmark as this role sees it, so a viewer's chart never comes from an analyst's.
    """
    key = ("benchmark chart", summary.indicator.id, repr(found))
    return figures(request).cached(key, lambda: views.benchmark_spec(found, summary))


def _figures_part(
    request: Request, seen: RoleFigures, indicator_id: str, month: date, can_drill: bool
) -> tuple[IndicatorSummary, pd.DataFrame, Markup]:
    """The summary, the values as shown and the rendered figures part, cached per role."""

    def build() -> tuple[IndicatorSummary, pd.DataFrame, Markup]:
        summary = _summary(seen, indicator_id, month)
        rows = seen.figures(indicator_id)
        shown = views.shown_series(summary, rows)
        listed = seen.revisions(indicator_id, month)
        revised = {
            f"{r.month:%Y-%m}" for r in (listed.rows if listed else ()) if r.breakdown == "all"
        }
        html = templating.fragment(
            "indicator_figures.html.j2",
            la_code=seen.la_code,
            month=month,
            item=summary.indicator,
            series=shown,
            breakdowns=views.breakdown_tables(rows, month, summary.indicator.unit),
            can_drill=can_drill,
            revised=revised,
        )
        return summary, shown, html

    key = ("indicator-html", seen.la_code, indicator_id, month, seen.audience, can_drill)
    return figures(request).cached(key, build)


@router.get("/indicator/{indicator_id}/chart.json")
def indicator_chart(
    request: Request,
    user: Annotated[SignedIn, Depends(VIEWER)],
    indicator_id: str,
    la: str | None = None,
    month: str | None = None,
) -> Response:
    """The SPC chart's Vega-Lite specification (the pack's), for vega-embed."""
    indicator_id = _indicator(indicator_id)
    la_code = council(request, la)
    chosen = month_asked(request, la_code, month)
    seen = role_figures(request, user.role, la_code)
    summary = _summary(seen, indicator_id, chosen)
    return JSONResponse(
        views.chart(summary, views.shown_series(summary, seen.figures(indicator_id)))
    )


@router.get("/indicator/{indicator_id}/figures.{fmt}")
def indicator_export(
    request: Request,
    user: Annotated[SignedIn, Depends(VIEWER)],
    indicator_id: str,
    fmt: Format,
    la: str | None = None,
) -> Response:
    """Every month and breakdown of the indicator (published figures for a viewer)."""
    indicator_id = _indicator(indicator_id)
    la_code = council(request, la)
    rows = role_figures(request, user.role, la_code).figures(indicator_id)
    return export(rows, f"{indicator_id}-{la_code}", fmt)


@router.post("/indicator/{indicator_id}/commentary", dependencies=[Depends(verify_csrf)])
def save_commentary(
    request: Request,
    user: Annotated[SignedIn, Depends(ANALYST)],
    indicator_id: str,
    month: Annotated[str, Form()],
    text: Annotated[str, Form()],
    la: Annotated[str, Form()],
) -> Response:
    """Write the month's commentary; the edit is logged with the text before and after.

    Text over the limit is not saved: the page comes back with it in the box to shorten.
    """
    indicator_id = _indicator(indicator_id)
    la_code = council(request, la)
    chosen = month_asked(request, la_code, month)
    if len(text) > MAX_COMMENT:
        problem = (
            f"Commentary is limited to {MAX_COMMENT:,} characters and this has {len(text):,}: "
            "shorten it and save again. Nothing was saved."
        )
        return _page(request, user, indicator_id, la_code, chosen, draft=text, problem=problem)
    with request.app.state.web.sessions.begin() as db:
        commentary.save(db, la_code, indicator_id, chosen, text, user.username)
    target = f"/indicator/{indicator_id}?la={la_code}&month={chosen:%Y-%m}#commentary"
    return RedirectResponse(target, status_code=303)


@router.post("/indicator/{indicator_id}/recalculation", dependencies=[Depends(verify_csrf)])
def decide_recalculation(
    request: Request,
    user: Annotated[SignedIn, Depends(ANALYST)],
    indicator_id: str,
    month: Annotated[str, Form()],
    at: Annotated[str, Form()],
    decision: Annotated[str, Form()],
    la: Annotated[str, Form()],
    reason: Annotated[str, Form(max_length=MAX_REASON)] = "",
) -> Response:
    """Record, accept, reject or withdraw a recalculation point; logged with who and when.

    The dashboard's summaries are rebuilt with the decisions, so the chart, the variation
    and the assurance show the new limits at once.
    """
    la_code = council(request, la)
    chosen = month_asked(request, la_code, month)
    if indicator_id not in BY_ID:
        raise HTTPException(status_code=404, detail="No such indicator.")
    try:
        starts = parse_month(at)
        if starts > chosen:
            raise ValueError("a recalculation cannot start after the month shown")
        web = request.app.state.web
        with web.sessions.begin() as db:
            recalculations.decide(db, la_code, indicator_id, starts, reason, decision,
                                  user.username)  # fmt: skip
        with web.sessions() as db:
            decisions = recalculations.decisions(db)
    except ValueError as error:
        raise HTTPException(status_code=400, detail=str(error)) from error
    old = web.figures
    web.figures = Figures(old.path, old.config.with_decisions(decisions))
    target = f"/indicator/{indicator_id}?la={la_code}&month={chosen:%Y-%m}#limits"
    return RedirectResponse(target, status_code=303)


def _children(
    request: Request,
    indicator_id: str,
    la: str | None,
    month: str | None,
    breakdown: str | None,
    value: str | None,
) -> tuple[str, date, pd.DataFrame]:
    la_code = council(request, la)
    chosen = month_asked(request, la_code, month)
    if indicator_id not in BY_ID or BY_ID[indicator_id].build is None:
        raise HTTPException(status_code=404, detail="This indicator has no records behind it.")
    split = _breakdown(request, la_code, indicator_id, breakdown, value)
    units = figures(request).children(la_code, indicator_id, chosen, split)
    with request.app.state.web.sessions() as db:
        real = accounts.setting(db, REAL_IDS, "no") == "yes"
        key = accounts.secret(db, "pseudonym_key")
    records = [pseudonym(key, la_code, str(r)) for r in units["record_id"]]
    figure = audit.figure_name(indicator_id, la_code, chosen, split)
    audit.drill_down(request, figure, units["child_id"].nunique(), records)
    if not real:
        units["child_id"] = [pseudonym(key, la_code, str(c)) for c in units["child_id"]]
        units["record_id"] = records
    return la_code, chosen, units


def _breakdown(
    request: Request, la_code: str, indicator_id: str, name: str | None, value: str | None
) -> tuple[str, str] | None:
    """The breakdown asked for: one of the indicator's, with a value its figures have."""
    if not name:
        return None
    rows = figures_for(figures(request), Role.analyst, la_code).figures(indicator_id)
    known = set(rows.loc[rows["breakdown"] == name, "breakdown_value"].astype(str))
    if name not in BY_ID[indicator_id].breakdowns or (value or "") not in known:
        raise HTTPException(status_code=404, detail="No such breakdown.")
    return name, value or ""


@router.get("/indicator/{indicator_id}/children")
def children_page(
    request: Request,
    _user: Annotated[SignedIn, Depends(ANALYST)],
    indicator_id: str,
    la: str | None = None,
    month: str | None = None,
    breakdown: str | None = None,
    value: str | None = None,
) -> Response:
    """The children and records behind a figure (pseudonymised unless an admin chose not)."""
    la_code, chosen, units = _children(request, indicator_id, la, month, breakdown, value)
    return render(
        request,
        "children.html.j2",
        la_code=la_code,
        month=chosen,
        item=BY_ID[indicator_id],
        units=units,
        shown=units.head(ROWS_SHOWN),
        breakdown=breakdown,
        value=value,
    )


@router.get("/indicator/{indicator_id}/children.{fmt}")
def children_export(
    request: Request,
    _user: Annotated[SignedIn, Depends(ANALYST)],
    indicator_id: str,
    fmt: Format,
    la: str | None = None,
    month: str | None = None,
    breakdown: str | None = None,
    value: str | None = None,
) -> Response:
    """The drill-down list as CSV or Excel."""
    la_code, chosen, units = _children(request, indicator_id, la, month, breakdown, value)
    return export(units, f"{indicator_id}-{la_code}-{chosen:%Y-%m}-children", fmt)
