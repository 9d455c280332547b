"""The pack's Excel workbook has the Forecast section's numbers: a "Forecast" sheet whose
values are the stored forecast's (whole children, "c" for 1 to 5, whole pounds) and a
"Forecast accuracy" sheet with the backtest's, on the hand-built store of
``test_web_forecast``."""

import dataclasses
from datetime import date

import openpyxl

from csc_scorecard.forecast.briefing import forecast_briefing
from csc_scorecard.publish.excel import write_excel
from csc_scorecard.store import Store
from test_publish_formats import pack  # noqa: F401  (the hand-made pack, a fixture)
from test_web_forecast import forecast_store
from web_fixtures import LA


def test_the_forecast_sheet_holds_the_stored_forecast(pack, tmp_path):  # noqa: F811
    store = Store(str(forecast_store(tmp_path / "store.duckdb")), read_only=True)
    briefing = forecast_briefing(store, LA)
    path = write_excel(dataclasses.replace(pack, forecast=briefing), tmp_path / "pack.xlsx")
    book = openpyxl.load_workbook(path)
    rows = list(book["Forecast"].iter_rows(values_only=True))
    assert rows[0][:8] == ("Measure", "Model", "Breakdown", "Breakdown value", "Scenario",
                           "Month", "Unit", "Forecast")  # fmt: skip
    got = {(r[2], r[3], r[4]): r[7:] for r in rows[1:]}
    stored = store.table("forecast_value").execute()
    for column in ("origin", "month"):
        stored[column] = stored[column].dt.date
    july = stored[(stored.origin == date(2025, 4, 1)) & (stored.month == date(2025, 7, 1))]
    expected = {}
    for r in july.itertuples():
        ends = (r.mean, r.lower_80, r.upper_80, r.lower_95, r.upper_95)
        if r.unit == "pounds":
            expected[(r.breakdown, r.breakdown_value, r.scenario)] = tuple(round(v) for v in ends)
        else:
            expected[(r.breakdown, r.breakdown_value, r.scenario)] = tuple(
                "c" if 1 <= round(v) <= 5 else round(v) for v in ends)  # fmt: skip
    assert got == expected
    assert got[("placement", "residential", "base")][0] == "c"  # 2.0 children
    assert got[("all", "all", "base")] == (30, 28, 32, 27, 33)
    assert {r[5].date() for r in rows[1:]} == {date(2025, 7, 1)}  # 3 months ahead: the pack's
    scores = list(book["Forecast accuracy"].iter_rows(values_only=True))
    assert [r[2:6] for r in scores[1:]] == [(3, 10, 0.5, 2.0), (6, 10, 0.75, 3.0),
                                            (12, 10, 1.25, 4.0)]  # fmt: skip


def test_no_forecast_no_sheet(pack, tmp_path):  # noqa: F811
    book = openpyxl.load_workbook(write_excel(pack, tmp_path / "pack.xlsx"))
    assert "Forecast" not in book.sheetnames
