"""The dashboard's Forecast page and scenario editor (issue 15).

The store is ``web_fixtures``' hand-worked one (children looked after: 8 at the end of March
2025, 1 of them in a children's home) with hand-written forecasts added, so every number on
the page is known: from April 2025 the base total is 20.4, 3.2 and 30.0 for May to July
(50%, 80% and 95% intervals the mean -1/+1, -2/+2 and -3/+3), residential 2.0 a month, the
scenario "UASC arrivals +20%" 21.0, 4.0 and 33.0; from February 2025 the base forecast of
March was 7.6 and the scenario's 11.0 (its 80% interval, 9 to 13, missed the 8). A viewer
sees what the pack would print: 3.2 rounds to 3, so "c".
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import select

from csc_scorecard.forecast.config import Scenario
from csc_scorecard.model import TABLES
from csc_scorecard.store import Store
from csc_scorecard.web.models import Change
from csc_scorecard.web.roles import Role
from csc_scorecard.web.scenarios import dashboard_scenarios, listed
from test_web import csrf, signed_in
from web_fixtures import LA, app_with_users, small_store

UASC = "UASC arrivals +20%"
NOW = datetime(2025, 5, 2)


def _rows(origin: date, means: list[float], scenario: str = "base", breakdown: str = "all",
          value: str = "all", unit: str = "children") -> pd.DataFrame:  # fmt: skip
    start = origin.year * 12 + origin.month
    months = [date((start + k) // 12, (start + k) % 12 + 1, 1) for k in range(len(means))]
    frame = pd.DataFrame({"month": months, "mean": means})
    for width, level in ((1, 50), (2, 80), (3, 95)):
        frame[f"lower_{level}"] = frame["mean"] - width
        frame[f"upper_{level}"] = frame["mean"] + width
    return frame.assign(la_code=LA, measure="CLA", scenario=scenario, breakdown=breakdown,
                        breakdown_value=value, origin=origin, model="multistate", unit=unit,
                        computed_at=NOW)  # fmt: skip


def forecast_store(path: Path) -> Path:
    """``small_store`` with the forecasts, backtest accuracy and floors described above."""
    small_store(path)
    april, february = date(2025, 4, 1), date(2025, 2, 1)
    values = pd.concat([
        _rows(april, [20.4, 3.2, 30.0]),
        _rows(april, [2.0, 2.0, 2.0], breakdown="placement", value="residential"),
        _rows(april, [18.4, 1.2, 28.0], breakdown="placement", value="other foster care"),
        _rows(april, [21.0, 4.0, 33.0], scenario=UASC),
        _rows(april, [9000.0, 9100.0, 9200.0], breakdown="spend", value="weekly", unit="pounds"),
        _rows(february, [7.6, 8.7]),
        _rows(february, [11.0, 12.0], scenario=UASC),
    ], ignore_index=True)  # fmt: skip
    accuracy = pd.DataFrame({
        "la_code": LA, "measure": "CLA", "model": "multistate", "horizon": [3, 6, 12],
        "origins": 10, "mase": [0.5, 0.75, 1.25], "mape": [2.0, 3.0, 4.0],
        "coverage_80": [0.8, 0.7, 0.9], "coverage_95": [1.0, 0.9, 0.95], "chosen": True,
        "computed_at": NOW,
    })  # fmt: skip
    floor = pd.DataFrame({"la_code": LA, "measure": "CLA", "horizon": [3, 6, 12], "origins": 10,
                          "entrants_floor": [0.25, 0.375, 0.5], "floor": [0.3, 0.45, 0.625],
                          "computed_at": NOW})  # fmt: skip
    store = Store(str(path))
    for name, frame in (("forecast_value", values), ("forecast_accuracy", accuracy),
                        ("forecast_floor", floor)):  # fmt: skip
        store.insert_frame(name, frame[[c.name for c in TABLES[name].columns]])
    store.con.disconnect()
    return path


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory):
    store = forecast_store(tmp_path_factory.mktemp("forecast") / "store.duckdb")
    url = f"sqlite:///{tmp_path_factory.mktemp('app') / 'app.db'}"
    application = app_with_users(store, url)
    application.state.test_url = url
    return application


@pytest.fixture(scope="module")
def viewer(app):
    return signed_in(app, Role.viewer)


@pytest.fixture(scope="module")
def analyst(app):
    return signed_in(app, Role.analyst)


def cells(page: str, first: str, caption: str = "") -> list[str]:
    """The cells of the row whose first cell is ``first``, in the first table whose caption
    holds ``caption``."""
    table = next(t for t in re.findall(r"<table.*?</table>", page, flags=re.S) if caption in t)
    for row in re.findall(r"<tr>(.*?)</tr>", table, flags=re.S):
        found = [re.sub(r"<[^>]+>", "", c).strip()
                 for c in re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)]  # fmt: skip
        if found and found[0] == first:
            return found
    raise AssertionError(f"no row starting {first!r}")


def test_the_page_shows_the_forecast_and_its_intervals_as_computed_to_analysts(analyst):
    page = analyst.get(f"/forecast?la={LA}").text
    assert cells(page, "May 2025") == ["May 2025", "20", "19 to 21", "18 to 22", "17 to 23"]
    assert cells(page, "Jun 2025") == ["Jun 2025", "3", "2 to 4", "1 to 5", "0 to 6"]


def test_a_viewer_sees_what_the_pack_prints_small_numbers_as_c(viewer):
    page = viewer.get(f"/forecast?la={LA}").text
    assert cells(page, "Jun 2025") == ["Jun 2025", "c", "c to c", "c to c", "0 to 6"]
    chart = viewer.get(f"/forecast/chart.json?la={LA}").json()
    shown = [v for rows in chart["datasets"].values() for row in rows for k, v in row.items()
             if k != "month" and isinstance(v, int | float)]  # fmt: skip
    assert 30.0 in shown and 8 in shown  # the forecast and what happened (March: 8)
    assert not [v for v in shown if 1 <= round(v) <= 5], "a hidden number reached the chart"


def test_the_analysts_chart_has_the_small_numbers(analyst):
    chart = analyst.get(f"/forecast/chart.json?la={LA}").json()
    rows = [row for rows in chart["datasets"].values() for row in rows]
    assert {"mean": 3.2, "lower_50": 2.2}.items() <= next(
        r for r in rows if r.get("mean") == 3.2
    ).items()


def test_breakdowns_a_viewer_may_see_are_the_packs(viewer, analyst):
    assert viewer.get(f"/forecast?la={LA}&by=age_band").status_code == 404
    assert analyst.get(f"/forecast?la={LA}&by=age_band").status_code == 200
    query = f"?la={LA}&by=placement&value=residential"
    for client, history in ((viewer, []), (analyst, [1])):
        chart = client.get(f"/forecast/chart.json{query}").json()
        actual = [row["actual"] for rows in chart["datasets"].values() for row in rows
                  if row.get("actual") is not None]  # fmt: skip
        assert actual[-1:] == history  # one child in a children's home in March, analysts only
    page = viewer.get(f"/forecast{query}").text
    assert cells(page, "May 2025")[1] == "c"  # residential 2.0


def test_each_scenario_beside_the_base_and_earlier_forecasts_against_what_happened(viewer):
    page = viewer.get(f"/forecast?la={LA}").text
    assert UASC in page
    beside = "beside the base"
    assert cells(page, "Jul 2025", beside) == ["Jul 2025", "30 (28 to 32)", "33 (31 to 35)"]
    assert cells(page, "Jun 2025", beside) == ["Jun 2025", "c (c to c)", "c (c to 6)"]
    passed = "earlier origins"
    table = next(t for t in re.findall(r"<table.*?</table>", page, flags=re.S) if passed in t)
    rows = [[re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", r)]
            for r in re.findall(r"<tr>(.*?)</tr>", table, flags=re.S)][1:]  # fmt: skip
    assert rows == [["Feb 2025", "base", "Mar 2025", "8", "8", "yes"],
                    ["Feb 2025", UASC, "Mar 2025", "11", "8", "no"]]  # fmt: skip


def test_spend_and_the_backtest_are_beside_the_forecast(viewer):
    page = viewer.get(f"/forecast?la={LA}").text
    assert cells(page, "weekly", "spend")[:4] == ["weekly", "base", "May 2025", "£9,000"]
    first = ["multistate", "3", "10", "0.50", "2.0%", "80%", "100%", "yes"]
    assert cells(page, "multistate", "Backtest") == first
    assert "could not expect a MASE below 0.30, 0.45 and 0.62 at 3, 6 and 12 months" in page


def test_values_the_page_does_not_offer_are_404(analyst):
    for query in ("measure=LAC", "by=ethnicity", "by=placement&value=castle", "scenario=nothing"):
        assert analyst.get(f"/forecast?la={LA}&{query}").status_code == 404, query


def _form(client, **fields: str) -> dict[str, str]:
    return {"la": LA, "csrf_token": csrf(client, "/forecast"), **fields}


def test_scenarios_are_kept_changed_and_deleted_by_analysts_only(app, viewer, analyst):
    url = app.state.test_url
    new = {"name": "Residential -10%", "description": "Fewer", "start": "2025-09",
           "group_2": "-10"}  # fmt: skip
    assert viewer.post("/forecast/scenarios", data=_form(viewer, **new)).status_code == 403
    without_token = {k: v for k, v in _form(analyst, **new).items() if k != "csrf_token"}
    assert analyst.post("/forecast/scenarios", data=without_token).status_code == 403
    assert "Residential -10%" not in dashboard_scenarios(url, LA)
    assert analyst.post("/forecast/scenarios", data=_form(analyst, **new)).status_code == 303
    saved = dashboard_scenarios(url, LA)["Residential -10%"]
    assert saved == Scenario("Residential -10%", "Fewer", {"residential": 0.9}, date(2025, 9, 1))
    page = viewer.get(f"/forecast?la={LA}").text
    assert "residential x0.9" in page and "Change or delete" not in page
    with app.state.web.sessions() as db:
        found = next(row.id for row in listed(db, LA) if row.name == "Residential -10%")
    changed = {**new, "group_2": "", "uasc": "+20", "every": "5"}
    assert viewer.post(f"/forecast/scenarios/{found}",
                       data=_form(viewer, **changed)).status_code == 403  # fmt: skip
    assert analyst.post(f"/forecast/scenarios/{found}",
                        data=_form(analyst, **changed)).status_code == 303  # fmt: skip
    assert dashboard_scenarios(url, LA)["Residential -10%"] == Scenario(
        "Residential -10%", "Fewer", {"all": 1.05}, date(2025, 9, 1), 1.2
    )
    delete = f"/forecast/scenarios/{found}/delete"
    assert viewer.post(delete, data=_form(viewer)).status_code == 403
    assert analyst.post(delete, data=_form(analyst)).status_code == 303
    assert "Residential -10%" not in dashboard_scenarios(url, LA)
    with app.state.web.sessions() as db:
        logged = db.scalars(select(Change).where(Change.entity == "forecast_scenario",
                                                 Change.entity_id == str(found))).all()  # fmt: skip
    assert [c.after is None for c in logged if c.field == "name"] == [False, True]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": "x", "uasc": "lots"}, "percentage"),
        ({"name": "x", "uasc": "-150"}, "-100%"),
        ({"name": "x", "start": "2025-13"}, "not a month"),
        ({"name": " "}, "name"),
    ],
)
def test_a_scenario_that_cannot_be_used_is_not_saved(app, analyst, fields, message):
    response = analyst.post("/forecast/scenarios", data=_form(analyst, **fields))
    assert response.status_code == 400 and message in response.text
    assert "x" not in dashboard_scenarios(app.state.test_url, LA)


def test_the_list_says_which_scenarios_are_forecast_and_which_changed_since(app, analyst):
    """The stored "UASC arrivals +20%" forecast was made on 2 May 2025; kept here now, the
    scenario has changed since; one never run is "not yet"."""
    for name in (UASC, "Never run"):
        form = _form(analyst, name=name, uasc="+20")
        assert analyst.post("/forecast/scenarios", data=form).status_code == 303
    page = analyst.get(f"/forecast?la={LA}").text
    caption = "The council's scenarios"
    assert cells(page, UASC, caption)[-1] == (
        "made 2025-05-02 00:00, before its last change: forecast it again"
    )
    assert cells(page, "Never run", caption)[-1] == "not yet"


def test_a_name_already_kept_is_refused(app, analyst):
    form = _form(analyst, name="Twice", every="+1")
    assert analyst.post("/forecast/scenarios", data=form).status_code == 303
    again = analyst.post("/forecast/scenarios", data=_form(analyst, name="Twice", every="+2"))
    assert again.status_code == 400 and "already" in again.text
    assert dashboard_scenarios(app.state.test_url, LA)["Twice"].entries == {"all": 1.01}


def test_the_dashboard_reads_the_copy_and_never_writes_the_store(app, viewer):
    store = app.state.web.figures.path
    before = Path(store).stat().st_mtime_ns
    assert viewer.get(f"/forecast?la={LA}").status_code == 200
    assert Path(store).stat().st_mtime_ns == before
