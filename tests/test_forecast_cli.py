"""``scorecard forecast`` on a small synthetic council: what it stores is checked against
sums and products worked out independently from the stored rows."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from csc_scorecard.cli import app
from csc_scorecard.forecast.briefing import children_shown, forecast_briefing
from csc_scorecard.forecast.config import load_forecast_config
from csc_scorecard.forecast.states import PLACEMENT_GROUPS
from csc_scorecard.store import Store
from test_cli_startup import DATA, WEB, loaded_after

runner = CliRunner()


@pytest.fixture(scope="module")
def council_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A small council (3,000 children, four years) loaded into a store."""
    from conftest import PERIOD_END
    from csc_scorecard.indicators.catalogue import series_ids
    from csc_scorecard.ingest.folder import load_council_folder
    from csc_scorecard.synth.generate import SynthOptions, synthesise

    out = tmp_path_factory.mktemp("forecast")
    (folder,) = synthesise(out, SynthOptions(seed=2, children=3000, years=4, period_end=PERIOD_END))
    path = str(out / "s.duckdb")
    load_council_folder(Store(path), folder, "318", series_ids())
    return path


def forecast(store: str, *options: str):
    """``scorecard forecast`` as run in a terminal 80 columns wide."""
    return runner.invoke(app, ["forecast", "--store", store, "--paths", "200", *options],
                         env={"COLUMNS": "80"})  # fmt: skip


@pytest.fixture(scope="module")
def forecast_cla_output(council_store: str) -> str:
    """What ``scorecard forecast --measure CLA --backtest`` printed."""
    done = forecast(council_store, "--measure", "CLA", "--backtest", "--backtest-step", "6",
                    "--scenario", "entries +20%", "--horizon", "24")  # fmt: skip
    assert done.exit_code == 0, done.output
    return str(done.output)


@pytest.fixture(scope="module")
def forecast_cla(council_store: str, forecast_cla_output: str) -> pd.DataFrame:
    return Store(council_store, read_only=True).table("forecast_value").execute()


def base(values: pd.DataFrame, breakdown: str) -> pd.DataFrame:
    rows = values[(values.scenario == "base") & (values.model == "multistate")
                  & (values.breakdown == breakdown)]  # fmt: skip
    return rows.pivot(index="month", columns="breakdown_value", values="mean")


def test_breakdowns_add_up_to_the_total(forecast_cla):
    total = base(forecast_cla, "all")["all"]
    assert len(total) == 24
    placements = base(forecast_cla, "placement")
    assert sorted(placements.columns) == sorted(PLACEMENT_GROUPS)
    assert np.allclose(placements.sum(axis=1), total)
    assert np.allclose(base(forecast_cla, "age_band").sum(axis=1), total)


def test_spend_is_children_times_unit_cost_uprated_by_inflation(forecast_cla):
    config = load_forecast_config()
    placements = base(forecast_cla, "placement")
    cost = pd.Series(config.unit_costs)[placements.columns]
    ahead = np.arange(1, 25)
    weekly = placements.mul(cost, axis=1).sum(axis=1) * (1 + config.inflation) ** (ahead / 12)
    spend = base(forecast_cla, "spend")
    assert np.allclose(spend["weekly"], weekly)
    years = spend["annual"].dropna()
    assert len(years) == 2
    assert years.iloc[0] == pytest.approx(weekly.iloc[:12].sum() * 365.25 / 7 / 12)
    assert years.iloc[1] == pytest.approx(weekly.iloc[12:].sum() * 365.25 / 7 / 12)


def test_more_entries_in_a_scenario_forecast_more_children(forecast_cla):
    rows = forecast_cla[(forecast_cla.model == "multistate") & (forecast_cla.breakdown == "all")]
    by = rows.pivot(index="month", columns="scenario", values="mean")
    assert (by["entries +20%"].iloc[6:] > by["base"].iloc[6:]).all()


def test_the_backtest_is_stored_and_its_accuracy_follows_from_it(council_store, forecast_cla):
    store = Store(council_store, read_only=True)
    errors = store.table("forecast_backtest").execute()
    scores = store.table("forecast_accuracy").execute()
    assert set(errors.horizon) == {3, 6, 12}
    chosen = scores[scores.chosen.astype(bool)]
    assert chosen.model.nunique() == 1 and len(chosen) == 3, "one model per measure"
    one = errors[(errors.model == "multistate") & (errors.horizon == 6)]
    mase = np.mean([abs(r.actual - r.point) / r.scale for r in one.itertuples()])
    stored = scores[(scores.model == "multistate") & (scores.horizon == 6)].iloc[0]
    assert stored.mase == pytest.approx(mase)
    assert stored.origins == len(one)
    assert stored.coverage_80 == pytest.approx(
        np.mean([r.lower_80 <= r.actual <= r.upper_80 for r in one.itertuples()])
    )
    assert (errors.month > errors.origin).all()


def test_the_floor_is_stored_over_the_backtests_origins_and_printed(
    council_store, forecast_cla_output
):
    store = Store(council_store, read_only=True)
    scores = store.table("forecast_accuracy").execute()
    floor = store.table("forecast_floor").execute().set_index("horizon")
    tested = scores[scores.model == "multistate"].set_index("horizon")
    assert sorted(floor.index) == [3, 6, 12]
    assert (floor.origins == tested.origins.loc[floor.index]).all()
    assert ((floor.entrants_floor > 0) & (floor.entrants_floor < floor.floor)).all()
    least = ", ".join(f"{floor.floor[h]:.2f}" for h in (3, 6))
    said = " ".join(forecast_cla_output.split())  # the console wraps long lines
    assert f"could not expect a MASE below {least} and {floor.floor[12]:.2f} at 3, 6" in said


def test_the_backtest_table_names_each_model_whole_in_80_columns(forecast_cla_output):
    assert "…" not in forecast_cla_output, "a model's name cut short"
    assert "multistate and" in forecast_cla_output and "ETS combined" in forecast_cla_output


def test_the_same_seed_stores_the_same_forecast(council_store):
    def run() -> pd.Series:
        done = forecast(council_store, "--measure", "CPP", "--horizon", "6", "--seed", "5")
        assert done.exit_code == 0, done.output
        values = Store(council_store, read_only=True).table("forecast_value").execute()
        rows = values[values.measure == "CPP"]
        rows = rows.sort_values(["model", "breakdown", "breakdown_value", "month"])
        return rows["mean"].reset_index(drop=True)

    first = run()
    assert len(first) > 0
    pd.testing.assert_series_equal(first, run())


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--measure", "LAC"], "not a known measure"),
        (["--by", "ethnicity"], "not a known breakdown"),
        (["--scenario", "nothing"], "not a known scenario"),
        (["--horizon", "0"], "--horizon"),
        (["--la-code", "31"], "not a council code"),
    ],
)
def test_options_that_cannot_be_used_exit_2_with_one_message(council_store, options, message):
    done = forecast(council_store, *options)
    assert done.exit_code == 2
    assert message in done.output


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("unit_costs: {castles: 10}\n", "not a known placement group"),
        ("scenarios: {s: {from: '2027-13', entries: {all: 2}}}\n", "not a month"),
        ("paths: -3\n", "paths"),
        ("unit_costs: {residential: -1}\n", "0 or more"),
    ],
)
def test_a_config_that_cannot_be_used_exits_2(council_store, tmp_path: Path, text, message):
    config = tmp_path / "forecast.yaml"
    config.write_text(text, encoding="utf-8")
    done = forecast(council_store, "--config", str(config))
    assert done.exit_code == 2
    assert message in done.output


def test_forecast_help_imports_nothing_heavy():
    assert loaded_after("forecast", "--help") & {*WEB, *DATA} == set()


def test_the_pack_section_reads_the_chosen_models_forecast(council_store, forecast_cla):
    store = Store(council_store, read_only=True)
    briefing = forecast_briefing(store, "318")
    scores = store.table("forecast_accuracy").execute()
    chosen = scores[scores.chosen.astype(bool)].model.iloc[0]
    total = briefing.forecasts[(briefing.forecasts.breakdown == "all")
                               & (briefing.forecasts.scenario == "base")]  # fmt: skip
    assert set(total.model) == {chosen}
    stored = forecast_cla[(forecast_cla.model == chosen) & (forecast_cla.breakdown == "all")]
    twelve = sorted(stored.month)[11]
    row = total[total.month == twelve].iloc[0]
    expected = stored[stored.month == twelve].iloc[0]
    assert row.forecast == children_shown(expected["mean"])
    assert len(briefing.accuracy) == 12  # four models (one the combination), three horizons
    assert briefing.fan.actual.notna().sum() == 24


def test_small_forecasts_are_shown_as_c():
    shown = [children_shown(v) for v in (0.0, 0.6, 1.0, 5.4, 5.6, 1234.4)]
    assert shown == ["0", "c", "c", "c", "6", "1,234"]


def test_a_scenario_kept_on_the_dashboard_is_forecast_by_the_command(council_store, tmp_path):
    """Web to command line: an analyst keeps "UASC and more" on the dashboard (UASC +20%,
    every entry +10%); ``scorecard forecast --scenario`` with the dashboard's database finds
    and forecasts it, and hands the forecast to the dashboard's copy of the store."""
    import shutil
    from datetime import date

    from csc_scorecard.indicators.compute import compute
    from csc_scorecard.web import accounts, create_app, dashboard_copy, snapshot
    from csc_scorecard.web.roles import Role
    from test_web import csrf, signed_in
    from test_web_forecast import forecast_store
    from web_fixtures import PASSWORD

    url = f"sqlite:///{tmp_path / 'app.db'}"
    web = create_app(str(forecast_store(tmp_path / "web.duckdb")), url)
    with web.state.web.sessions.begin() as db:
        accounts.add_user(db, "analyst", PASSWORD, Role.analyst)
    analyst = signed_in(web, Role.analyst)
    form = {"la": "318", "name": "UASC and more", "uasc": "+20", "every": "+10",
            "csrf_token": csrf(analyst, "/forecast")}  # fmt: skip
    assert analyst.post("/forecast/scenarios", data=form).status_code == 303
    store = str(tmp_path / "council.duckdb")
    shutil.copyfile(council_store, store)  # the module's store stays as its tests expect
    computed = Store(store)
    compute(computed, date(2025, 1, 1), date(2025, 3, 1), ["CLA1"])  # a dashboard needs one
    computed.con.disconnect()
    dashboard_copy.publish(store)
    assert (
        forecast(
            store, "--measure", "CLA", "--horizon", "6", "--scenario", "UASC and more"
        ).exit_code
        == 2
    )  # not in the config, no dashboard database
    done = forecast(store, "--measure", "CLA", "--horizon", "6", "--scenario", "UASC and more",
                    "--app-db", url)  # fmt: skip
    assert done.exit_code == 0, done.output
    values = Store(store, read_only=True).table("forecast_value").execute()
    totals = values[
        (values.measure == "CLA") & (values.model == "multistate") & (values.breakdown == "all")
    ]
    by = totals.pivot(index="month", columns="scenario", values="mean")
    assert (by["UASC and more"].iloc[2:] > by["base"].iloc[2:]).all()
    copy = Store(str(snapshot.current(store)), read_only=True).table("forecast_value").execute()
    key = ["scenario", "model", "breakdown", "breakdown_value", "month"]
    pd.testing.assert_frame_equal(copy.sort_values(key).reset_index(drop=True),
                                  values.sort_values(key).reset_index(drop=True))  # fmt: skip
