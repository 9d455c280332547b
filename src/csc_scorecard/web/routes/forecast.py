"""The "Forecast" page: a measure's forecast with its intervals, accuracy, cost and scenarios.

Everyone signed in reads the stored forecast (a viewer as the pack's Forecast section shows
it: ``web.forecasts``); analysts keep the council's scenarios here (create, change, delete,
each change in the change log), which ``scorecard forecast --scenario NAME --app-db`` runs.
The page never forecasts: a new or changed scenario is forecast by the next command run.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import pandas as pd
from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from csc_scorecard.errors import InputError
from csc_scorecard.forecast.config import ALL, Scenario, scenario_from
from csc_scorecard.forecast.docs import multipliers
from csc_scorecard.forecast.history import MEASURE_WORDS, MEASURES
from csc_scorecard.forecast.report import floor_sentence
from csc_scorecard.forecast.run import BASE
from csc_scorecard.forecast.states import AGE_BANDS, PLACEMENT_GROUPS
from csc_scorecard.publish.charts import fan_chart
from csc_scorecard.web import scenarios as kept
from csc_scorecard.web.csrf import verify_csrf
from csc_scorecard.web.forecasts import (
    BREAKDOWNS,
    VIEWER_BREAKDOWNS,
    ForecastView,
    StoredForecast,
    forecast_view,
)
from csc_scorecard.web.pages import council, figures, one_of, render
from csc_scorecard.web.roles import ANALYST, VIEWER, Role, SignedIn

router = APIRouter()
Change = Annotated[str, Form(max_length=20)]
VALUES = {"placement": PLACEMENT_GROUPS, "age_band": AGE_BANDS}


def _choices(user: SignedIn, found: StoredForecast | None, measure: str | None,
             by: str | None, value: str | None, scenario: str | None,
             ) -> tuple[str, str, str, str]:  # fmt: skip
    """The measure, breakdown, value and scenario asked for, each one the page offers (404)."""
    chosen = one_of(measure, MEASURES, "measure") or MEASURES[0]
    breakdown = one_of(by, _offered(user, chosen), "breakdown") or ALL
    values = VALUES.get(breakdown, (ALL,))
    picked = one_of(value, values, "breakdown value") or values[0]
    named = found.scenarios() if found is not None else [BASE]
    return chosen, breakdown, picked, one_of(scenario, named, "scenario") or BASE


@router.get("/forecast")
def forecast_page(
    request: Request,
    user: Annotated[SignedIn, Depends(VIEWER)],
    la: str | None = None,
    measure: str | None = None,
    by: str | None = None,
    value: str | None = None,
    scenario: str | None = None,
) -> Response:
    """The measure's forecast, its accuracy, spend and scenarios; the scenario editor."""
    la_code = council(request, la)
    found = figures(request).forecast(la_code, one_of(measure, MEASURES, "measure") or "CLA")
    chosen, breakdown, picked, named = _choices(user, found, measure, by, value, scenario)
    view = None if found is None else _view(found, breakdown, picked, named, user)
    with request.app.state.web.sessions() as db:
        rows = kept.listed(db, la_code)
        editable = [(row, kept.scenario_of(row)) for row in rows]
    return render(
        request, "forecast.html.j2", la_code=la_code, measure=chosen, measures=MEASURE_WORDS,
        breakdown=breakdown, breakdowns={b: w for b, w in BREAKDOWNS.items()
                                         if b in _offered(user, chosen)},
        value=picked, values=VALUES.get(breakdown, ()), scenario=named, found=found,
        view=view, accuracy=_accuracy(found), editable=editable, groups=PLACEMENT_GROUPS,
        floor=None if found is None else floor_sentence(found.floor, chosen),
        made=_made(found),
        multipliers=multipliers, percent=_percent,
    )  # fmt: skip


def _offered(user: SignedIn, measure: str) -> list[str]:
    offered = [b for b in BREAKDOWNS if user.role >= Role.analyst or b in VIEWER_BREAKDOWNS]
    return [b for b in offered if measure == "CLA" or b != "placement"]


def _view(found: StoredForecast, breakdown: str, value: str, scenario: str,
          user: SignedIn) -> ForecastView:  # fmt: skip
    return forecast_view(found, breakdown, value, scenario, user.role < Role.analyst)


def _made(found: StoredForecast | None) -> dict[str, datetime]:
    """When each scenario's current forecast was made (none: not forecast yet)."""
    if found is None:
        return {}
    times = found.current.groupby("scenario").computed_at.max()
    return {str(name): pd.Timestamp(at).to_pydatetime() for name, at in times.items()}


def _accuracy(found: StoredForecast | None) -> list[dict[str, Any]]:
    if found is None:
        return []
    rows = found.accuracy.sort_values(["model", "horizon"])
    return [{str(k): v for k, v in row.items()} for row in rows.to_dict("records")]


@router.get("/forecast/chart.json")
def forecast_chart(
    request: Request,
    user: Annotated[SignedIn, Depends(VIEWER)],
    la: str | None = None,
    measure: str | None = None,
    by: str | None = None,
    value: str | None = None,
    scenario: str | None = None,
) -> Response:
    """The fan chart's Vega-Lite specification, from the numbers the page's table shows."""
    la_code = council(request, la)
    found = figures(request).forecast(la_code, one_of(measure, MEASURES, "measure") or "CLA")
    if found is None:
        raise HTTPException(status_code=404, detail="No forecast has been made yet.")
    chosen, breakdown, picked, named = _choices(user, found, measure, by, value, scenario)
    view = _view(found, breakdown, picked, named, user)
    what = MEASURE_WORDS[chosen].capitalize() + ("" if breakdown == ALL else f", {picked}")
    title = what + ("" if named == BASE else f" (scenario {named})")
    return JSONResponse(fan_chart(view.fan, f"{title}: what happened and the forecast"))


def _percent(multiplier: float) -> str:
    """A multiplier as the editor's percentage change ("" for none)."""
    change = round((multiplier - 1) * 100, 6)
    return "" if change == 0 else f"{change:+g}"


def scenario_form(
    name: Annotated[str, Form(max_length=kept.MAX_NAME)],
    description: Annotated[str, Form(max_length=500)] = "",
    start: Annotated[str, Form(max_length=20)] = "",
    uasc: Change = "",
    every: Change = "",
    group_0: Change = "",
    group_1: Change = "",
    group_2: Change = "",
    group_3: Change = "",
    group_4: Change = "",
    group_5: Change = "",
) -> Scenario:
    """The scenario a form describes: percentage changes to entries (blank: unchanged).

    Read by the configuration file's parser, so the dashboard accepts what the file does.
    """
    by_group = dict(zip(PLACEMENT_GROUPS, (group_0, group_1, group_2, group_3, group_4, group_5),
                        strict=True))  # fmt: skip
    try:
        entries = {group: _multiplier(text, group) for group, text in
                   {ALL: every, **by_group}.items() if text.strip()}  # fmt: skip
        body: dict[str, Any] = {"description": description.strip(), "entries": entries}
        if start.strip():
            body["from"] = start.strip()
        if uasc.strip():
            body["uasc"] = _multiplier(uasc, "UASC")
        return scenario_from(name.strip(), body)
    except InputError as error:
        raise HTTPException(
            status_code=400, detail=f"The scenario was not saved: {error}"
        ) from error


def _multiplier(text: str, what: str) -> float:
    """A percentage change ("+20", "-10", "20%") as a multiplier of entries."""
    try:
        change = float(text.strip().removesuffix("%"))
    except ValueError as error:
        raise InputError(f"{what}: give the change as a percentage, e.g. +20 or -10") from error
    if not -100 <= change <= 1000:
        raise InputError(f"{what}: a change from -100% to +1000%")
    return 1 + change / 100


def _saved(la_code: str) -> Response:
    return RedirectResponse(f"/forecast?la={la_code}#scenarios", status_code=303)


@router.post("/forecast/scenarios", dependencies=[Depends(verify_csrf)])
def add_scenario(
    request: Request,
    user: Annotated[SignedIn, Depends(ANALYST)],
    la: Annotated[str, Form()],
    scenario: Annotated[Scenario, Depends(scenario_form)],
) -> Response:
    """Keep a new scenario for the council."""
    la_code = council(request, la)
    _edit(request, lambda db: kept.save(db, la_code, scenario, user.username))
    return _saved(la_code)


@router.post("/forecast/scenarios/{scenario_id}", dependencies=[Depends(verify_csrf)])
def change_scenario(
    request: Request,
    user: Annotated[SignedIn, Depends(ANALYST)],
    scenario_id: int,
    la: Annotated[str, Form()],
    scenario: Annotated[Scenario, Depends(scenario_form)],
) -> Response:
    """Change a scenario (its name, description, month or multipliers)."""
    la_code = council(request, la)
    _edit(request, lambda db: kept.save(db, la_code, scenario, user.username, scenario_id))
    return _saved(la_code)


@router.post("/forecast/scenarios/{scenario_id}/delete", dependencies=[Depends(verify_csrf)])
def delete_scenario(
    request: Request,
    user: Annotated[SignedIn, Depends(ANALYST)],
    scenario_id: int,
    la: Annotated[str, Form()],
) -> Response:
    """Delete a scenario (forecasts already made with it stay until the next run)."""
    la_code = council(request, la)
    _edit(request, lambda db: kept.remove(db, la_code, scenario_id, user.username))
    return _saved(la_code)


def _edit(request: Request, change: Any) -> None:
    """Run one change in a transaction; a refused one (or no such scenario) is a 400."""
    try:
        with request.app.state.web.sessions.begin() as db:
            change(db)
    except InputError as error:
        raise HTTPException(status_code=400, detail=f"Not saved: {error}") from error
