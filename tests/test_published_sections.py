"""A pack rebuilt from its record shows the benchmarks and forecast it was published with.

Both sections are read from tables that change after publication: DfE's figures are reloaded
(here a corrected file replaces the first) and ``scorecard forecast`` replaces the council's
forecast. ``--as-published`` must print what the panel was given, byte for byte, the icons of
a rolling figure included (worked out from its months alone, which the pack does not print).
"""

import json
from dataclasses import replace
from datetime import date, datetime

import pandas as pd

from csc_scorecard.analysis.config import load_config
from csc_scorecard.forecast.briefing import ForecastBriefing
from csc_scorecard.forecast.results import replace_rows
from csc_scorecard.ingest.benchmark_mapping import Mapping
from csc_scorecard.ingest.benchmarks import load_benchmarks
from csc_scorecard.publish.assemble import current_sources
from csc_scorecard.publish.section_record import (
    forecast_from_json,
    forecast_to_json,
    frame_from_json,
    frame_to_json,
)
from csc_scorecard.publish.write import write_as_published, write_pack
from csc_scorecard.store import Store
from revision_fixtures import episodes_load, load_and_compute

MARCH = date(2025, 3, 1)
MAPPING = """
publications:
  cla: {title: Children looked after, url: ""}
  cin: {title: Children in need, url: ""}
indicators:
  CLA1: {publication: cla, filters: {cla_group: Total}, column: number, per: 1,
         time_basis: 31 March}
  REF2: {publication: cin, filters: {cin_group: Referrals in the year}, column: rate_per_10000,
         per: 10000, numerator: number, time_basis: year to 31 March}
"""
HEAD = "time_period,time_identifier,geographic_level,country_code,region_code,region_name,"
HEAD += "new_la_code,old_la_code,la_name,cla_group,number\n"


def benchmarks_file(folder, england: int, region: int) -> None:
    """DfE's CLA1 at 31 March 2025 for England, London and the council (8 children)."""
    rows = [
        f"2025,Reporting year,National,E92000001,,,,,,Total,{england}",
        f"2025,Reporting year,Regional,E92000001,E12000007,London,,,,Total,{region}",
        "2025,Reporting year,Local authority,E92000001,E12000007,London,E09000027,318,"
        "Richmond,Total,8",
    ]
    (folder / "cla.csv").write_text(HEAD + "\n".join(rows) + "\n", encoding="utf-8")


def referrals_file(folder, england_rate: float) -> None:
    """DfE's REF2 in the year to 31 March 2025: England and five councils, so the pack draws
    REF2's funnel plot (the council, 318, has 110 referrals among 20,000 children)."""
    head = "time_period,time_identifier,geographic_level,country_code,region_code,region_name,"
    head += "new_la_code,old_la_code,la_name,cin_group,number,rate_per_10000\n"
    place = "E92000001,E12000007,London"
    rows = [f"2025,Reporting year,National,E92000001,,,,,,Referrals in the year,"
            f"{round(england_rate * 1_200)},{england_rate}"]  # fmt: skip
    for code, number, rate in (("318", 110, 55.0), ("301", 400, 80.0), ("302", 900, 150.0),
                               ("303", 300, 60.0), ("304", 2_000, 400.0)):  # fmt: skip
        rows.append(f"2025,Reporting year,Local authority,{place},E0900{code},{code},"
                    f"Council {code},Referrals in the year,{number},{rate}")  # fmt: skip
    (folder / "cin.csv").write_text(head + "\n".join(rows) + "\n", encoding="utf-8")


def forecast_rows(children: float) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A CLA forecast of ``children`` a month for six months from April 2025, as stored by
    ``scorecard forecast``, with a backtest that chose it."""
    months = pd.date_range("2025-04-01", periods=6, freq="MS").date
    values = pd.DataFrame({
        "scenario": "base", "breakdown": "all", "breakdown_value": "all", "month": months,
        "origin": MARCH, "model": "multistate", "unit": "children", "mean": children,
        "lower_50": children - 1, "upper_50": children + 1, "lower_80": children - 2,
        "upper_80": children + 2, "lower_95": children - 3, "upper_95": children + 3,
        "computed_at": datetime(2025, 4, 2, 9, 0),
    })  # fmt: skip
    accuracy = pd.DataFrame({
        "model": "multistate", "horizon": [3, 6], "origins": 4, "mase": [0.5, 0.7],
        "mape": [5.0, 8.0], "coverage_80": 0.75, "coverage_95": 1.0, "chosen": True,
        "computed_at": datetime(2025, 4, 2, 9, 0),
    })  # fmt: skip
    return values, accuracy


def store_forecast(store: Store, children: float) -> None:
    """The forecast, its accuracy and MASE floors (``children`` / 100 at 6 months)."""
    values, accuracy = forecast_rows(children)
    replace_rows(store, "forecast_value", "318", "CLA", values)
    replace_rows(store, "forecast_accuracy", "318", "CLA", accuracy)
    floor = pd.DataFrame({"horizon": [3, 6], "origins": 4, "entrants_floor": [0.2, 0.3],
                          "floor": [0.4, children / 100],
                          "computed_at": datetime(2025, 4, 2, 9, 0)})  # fmt: skip
    replace_rows(store, "forecast_floor", "318", "CLA", floor)


def referral_rates(store: Store) -> None:
    """REF2 (a rolling 12-month rate) and its months alone, as ``scorecard compute`` stores
    them: 58 and 62 referrals in turn each month among 20,000 children, then 80 in the last
    three months."""
    months = pd.date_range("2024-03-01", "2025-03-01", freq="MS").date
    alone = [58.0, 62.0] * 5 + [80.0] * 3
    rolling = pd.Series(alone).rolling(12, min_periods=1).sum().tolist()
    rows = [
        pd.DataFrame({"month": months, "breakdown": breakdown, "numerator": counts,
                      "denominator": 20_000.0,
                      "value": [c / 20_000 * 10_000 for c in counts]})
        for breakdown, counts in (("all", rolling), ("month_alone", alone))
    ]  # fmt: skip
    store.insert_frame("indicator_value", pd.concat(rows).assign(
        la_code="318", indicator_id="REF2", breakdown_value="all", compute_id=1))  # fmt: skip


def test_as_published_shows_the_benchmarks_and_forecast_published(tmp_path):
    # Eight children looked after from June 2024, from a file that covers April 2023 on
    # (the forecast's history needs the months its loads cover).
    starts = {f"C{i}": date(2024, 6, 1) for i in range(8)}
    store = Store(str(tmp_path / "s.duckdb"))
    episodes = episodes_load(tmp_path, starts, "v1")
    load_and_compute(store, replace(episodes, covers=(date(2023, 4, 1), date(2025, 4, 30))))
    (tmp_path / "map.yaml").write_text(MAPPING, encoding="utf-8")
    mapping = Mapping.read(tmp_path / "map.yaml")
    benchmarks_file(tmp_path, 81_770, 9_050)
    referrals_file(tmp_path, 90.0)
    load_benchmarks(store, [tmp_path / "cla.csv", tmp_path / "cin.csv"], mapping)
    store_forecast(store, 40.0)
    referral_rates(store)

    first, first_paths = write_pack(
        store, "318", MARCH, tmp_path / "p1", load_config(), ["html", "xlsx"]
    )
    assert first.data.forecast is not None
    assert set(first.data.forecast.forecasts.forecast) == {"40"}
    assert "below 0.40 and 0.40 at 3 and 6 months ahead" in first.data.forecast.floor_sentences()[0]
    # A rolling figure's icons come from its months alone, which the pack does not print
    # (without them there is no XmR chart to judge: "" and "No SPC yet").
    referrals = next(p for p in first.data.pages if p.id == "REF2")
    assert referrals.variation != ""
    assert referrals.funnel is not None and len(referrals.funnel.points) == 5
    published = next(p for p in first.data.pages if p.id == "CLA1").benchmark
    assert published is not None and (published.england, published.region) == (81_770, 9_050)

    # After publication DfE's file is corrected and the forecast is made again.
    benchmarks_file(tmp_path, 83_630, 9_420)
    referrals_file(tmp_path, 120.0)
    load_benchmarks(store, [tmp_path / "cla.csv", tmp_path / "cin.csv"], mapping)
    store_forecast(store, 55.0)
    now = current_sources(store, "318", MARCH)
    assert (now.benchmarks["CLA1"].england, now.benchmarks["CLA1"].region) == (83_630, 9_420)
    assert now.forecast is not None and set(now.forecast.forecasts.forecast) == {"55"}

    rebuilt, paths, record = write_as_published(
        store, "318", MARCH, tmp_path / "p2", ["html", "xlsx"]
    )
    assert rebuilt.data.forecast is not None
    assert set(rebuilt.data.forecast.forecasts.forecast) == {"40"}
    assert list(rebuilt.data.forecast.floor.floor) == [0.4, 0.4]  # not 0.55, as made again
    page = next(p for p in rebuilt.data.pages if p.id == "CLA1")
    assert page.benchmark == published
    again = next(p for p in rebuilt.data.pages if p.id == "REF2")
    assert (again.variation, again.assurance) == (referrals.variation, referrals.assurance)
    assert again.funnel == referrals.funnel  # DfE's figures then, not as corrected
    assert record.pack_id == 1
    assert [p.read_bytes() for p in paths] == [p.read_bytes() for p in first_paths]


def test_a_forecast_recorded_before_its_floor_was_reads_back_without_one():
    recorded = forecast_to_json(ForecastBriefing(*[pd.DataFrame({"measure": ["CLA"]})] * 3,
                                                 floor=pd.DataFrame()))  # fmt: skip
    older = json.dumps({k: v for k, v in json.loads(recorded).items() if k != "floor"})
    briefing = forecast_from_json(older)
    assert briefing is not None and briefing.floor.empty and briefing.floor_sentences() == []


def test_a_recorded_frame_keeps_its_values_and_types():
    """Floats to the last bit, missing values, and months as dates or timestamps, as given."""
    frame = pd.DataFrame({
        "month": [date(2024, 12, 1), pd.Timestamp("2025-01-01"), None],
        "when": pd.to_datetime(["2025-01-01", None, "2025-03-01"]).astype("datetime64[s]"),
        "mean": [0.1 + 0.2, float("nan"), 1e-300],
        "horizon": [3, 6, 12],
        "chosen": [True, False, True],
        "text": ["£1,234", "c", ""],
    })  # fmt: skip
    again = frame_from_json(frame_to_json(frame))
    pd.testing.assert_frame_equal(again, frame, check_exact=True)
    assert [type(m) for m in again.month] == [date, pd.Timestamp, type(None)]
