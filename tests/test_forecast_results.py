"""A store made before the forecast tables existed reads as one with no forecast.

Readers open the store read-only (the pack, the dashboard), and a read-only store is never
given the tables added since it was made; every reader goes through ``results.stored``.
"""

from pathlib import Path

from csc_scorecard.forecast.briefing import forecast_briefing
from csc_scorecard.forecast.results import current_forecasts, stored
from csc_scorecard.store import Store
from csc_scorecard.web.forecasts import read_forecast
from csc_scorecard.web.snapshot import FORECAST_TABLES


def test_a_store_without_the_forecast_tables_has_no_forecast(tmp_path: Path) -> None:
    path = str(tmp_path / "old.duckdb")
    made = Store(path)
    for table in FORECAST_TABLES:
        made.con.drop_table(table)
    made.con.disconnect()
    old = Store(path, read_only=True)
    assert not set(FORECAST_TABLES) & old.engine.existing_tables()
    floor = stored(old, "forecast_floor", "318")
    assert floor.empty and {"measure", "horizon", "floor"} <= set(floor.columns)
    assert current_forecasts(old, "318").empty
    assert forecast_briefing(old, "318") is None
    assert read_forecast(old, "318", "CLA") is None
