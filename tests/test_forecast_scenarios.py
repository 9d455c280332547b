"""Scenarios: the config file's and the dashboard's alike, and a UASC change on a hand-built
case whose answer is worked out from the case itself."""

from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from csc_scorecard.errors import InputError
from csc_scorecard.forecast.config import Scenario, scenario_from, scenario_mapping
from csc_scorecard.forecast.multistate import Settings, forecast_multistate
from csc_scorecard.forecast.reference import reference_window
from csc_scorecard.forecast.scenarios import entry_weights, uasc_multipliers
from csc_scorecard.forecast.states import AGE_BANDS
from forecast_fixtures import known_history

MONTHS, ENTRIES, LEAVING, UASC, WINDOW, AHEAD = 48, 20.0, 0.05, 0.5, 24, 12


def test_uasc_arrivals_plus_20_percent_add_a_fifth_of_the_uasc_entrants():
    """Children aged 2-8 (none reaches 18 within the year), leaving at 5% a month, 20
    entering a month, half of them UASC. UASC +20% adds 0.2 x (UASC entrants a month) each
    month, each then leaving at 1% a month: after k months 0.2 u lambda sum_{j<k} 0.95^j
    more children, with u and lambda counted from the reference window's entrants."""
    history = known_history(MONTHS, ENTRIES, LEAVING, seed=11, uasc_share=UASC)
    first_seen = history.states.groupby("child").agg(t=("t", "min"), uasc=("uasc", "first"))
    last = MONTHS - 1
    entrants = first_seen[(first_seen.t > last - WINDOW) & (first_seen.t <= last)]
    share, per_month = entrants.uasc.mean(), len(entrants) / WINDOW
    months = [date(2024 + (k // 12), k % 12 + 1, 1) for k in range(AHEAD)]
    scenario = Scenario("UASC arrivals +20%", "", {}, None, uasc=1.2)
    weights = entry_weights(
        scenario, history.groups, months, reference_window(history, WINDOW).uasc_shares()
    )
    settings = Settings(horizon=AHEAD, reference_months=WINDOW, paths=1000, seed=3)
    base = forecast_multistate(history, last, settings).totals().mean(axis=0)
    more = forecast_multistate(history, last, settings, weights).totals().mean(axis=0)
    ahead = np.arange(1, AHEAD + 1)
    expected = 0.2 * share * per_month * (1 - (1 - LEAVING) ** ahead) / LEAVING
    assert np.allclose((more - base)[1:][[5, 11]], expected[[5, 11]], rtol=0.1)
    assert (more - base)[12] == pytest.approx(expected[11], rel=0.1)


def test_the_extra_uasc_entrants_have_the_ages_uasc_entrants_arrive_at():
    """UASC here arrive aged 16 (192-203 months old), everyone else aged 2-8: doubling UASC
    arrivals adds children aged 16-17 only; the under-16 bands are the base forecast's."""
    history = known_history(MONTHS, ENTRIES, LEAVING, seed=11, uasc_share=UASC)
    states = history.states
    first_age = states.groupby("child").age.transform("min")
    sixteen = 192 + (first_age - 24) % 12 + (states.age - first_age)
    history = replace(history, states=states.assign(age=np.where(states.uasc, sixteen, states.age)))
    months = [date(2024 + (k // 12), k % 12 + 1, 1) for k in range(AHEAD)]
    scenario = Scenario("UASC arrivals doubled", "", {}, None, uasc=2.0)
    weights = entry_weights(
        scenario, history.groups, months, reference_window(history, WINDOW).uasc_shares()
    )
    settings = Settings(horizon=AHEAD, reference_months=WINDOW, paths=1000, seed=3)
    last = MONTHS - 1
    base = forecast_multistate(history, last, settings).counts.sum(axis=3).mean(axis=0)
    tilt = uasc_multipliers(scenario, months)
    more = (
        forecast_multistate(history, last, settings, weights, tilt).counts.sum(axis=3).mean(axis=0)
    )
    extra = more - base  # (month ahead, band)
    sixteen_seventeen = AGE_BANDS.index("16-17")
    # about UASC x lambda = 10 more a month, fewer as they reach 18: several dozen by month 6
    assert extra[6, sixteen_seventeen] > 20
    assert np.abs(np.delete(extra[1:], sixteen_seventeen, axis=1)).max() < 3


def test_the_uasc_share_is_each_groups_share_of_entrants():
    history = known_history(MONTHS, ENTRIES, LEAVING, seed=4, groups=2, uasc_share=UASC)
    first_seen = history.states.groupby("child").agg(
        t=("t", "min"), uasc=("uasc", "first"), group=("group", "first")
    )
    entrants = first_seen[first_seen.t > MONTHS - 1 - WINDOW]
    expected = entrants.groupby("group").uasc.mean().to_numpy()
    assert np.allclose(reference_window(history, WINDOW).uasc_shares(), expected)


def test_without_uasc_records_a_uasc_change_changes_nothing():
    history = known_history(30, ENTRIES, LEAVING, seed=5)
    shares = reference_window(history, WINDOW).uasc_shares()
    assert shares.tolist() == [0.0]
    weights = entry_weights(Scenario("u", "", {}, None, uasc=3.0), history.groups,
                            [date(2024, 1, 1)], shares)  # fmt: skip
    assert weights.tolist() == [[1.0]]


def test_uasc_and_group_multipliers_combine():
    scenario = Scenario("s", "", {"group 0": 0.5}, None, uasc=2.0)
    weights = entry_weights(scenario, ("group 0", "group 1"), [date(2024, 1, 1)],
                            np.array([0.25, 0.5]))  # fmt: skip
    # group 0: 0.5 x (0.75 + 0.25 x 2); group 1: 0.5 + 0.5 x 2
    assert weights.tolist() == [[0.625, 1.5]]


def test_a_scenario_round_trips_through_its_mapping():
    body = {"description": "d", "from": "2027-04", "entries": {"residential": 0.9}, "uasc": 1.2}
    scenario = scenario_from("UASC +20%", body)
    assert scenario == Scenario("UASC +20%", "d", {"residential": 0.9}, date(2027, 4, 1), 1.2)
    assert scenario_from(scenario.name, scenario_mapping(scenario)) == scenario


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"uasc": -1}, "0 or more"),
        ({"entries": {"castles": 2}}, "not a known placement group"),
        ({"from": "2027-13"}, "not a month"),
        ({"growth": 2}, "not one of"),
    ],
)
def test_a_scenario_that_cannot_be_used_is_refused(body, message):
    with pytest.raises(InputError, match=message):
        scenario_from("s", body)


def test_a_run_replaces_only_its_own_origins_forecast(tmp_path):
    """Forecasts are kept per origin, so an earlier one can meet what happened; the pack and
    the command line read the latest."""
    import pandas as pd

    from csc_scorecard.forecast.results import current_forecasts, replace_rows
    from csc_scorecard.model import TABLES
    from csc_scorecard.store import Store

    store = Store(str(tmp_path / "s.duckdb"))
    columns = [c.name for c in TABLES["forecast_value"].columns]

    def rows(origin: date, mean: float) -> pd.DataFrame:
        frame = pd.DataFrame({c: [None] for c in columns}).assign(
            scenario="base", breakdown="all", breakdown_value="all", model="multistate",
            unit="children", month=date(2026, 1, 1), origin=origin, mean=mean,
            computed_at=pd.Timestamp("2026-01-01"))  # fmt: skip
        return frame.drop(columns=["la_code", "measure"])

    october, november = date(2025, 10, 1), date(2025, 11, 1)
    replace_rows(store, "forecast_value", "318", "CLA", rows(october, 10.0), october)
    replace_rows(store, "forecast_value", "318", "CLA", rows(november, 11.0), november)
    replace_rows(store, "forecast_value", "318", "CLA", rows(november, 12.0), november)
    kept = store.table("forecast_value").execute().sort_values("origin")
    assert kept["mean"].tolist() == [10.0, 12.0]
    assert current_forecasts(store, "318")["mean"].tolist() == [12.0]
