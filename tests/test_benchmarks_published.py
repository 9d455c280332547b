"""The synthetic published-statistics file: DfE's layout, aggregation and suppression."""

from datetime import date

import pandas as pd

from csc_scorecard.ingest.benchmark_mapping import Mapping
from csc_scorecard.publish.dfe_release import publication_frame, year_figures
from csc_scorecard.store import Store

MARCH = date(2025, 3, 31)


def figures(rows):
    frame = pd.DataFrame(rows, columns=["indicator_id", "la_code", "year_ending", "numerator",
                                        "denominator"])  # fmt: skip
    return frame.assign(value=frame.numerator * 10_000 / frame.denominator)


def test_councils_regions_and_england_with_dfe_suppression():
    # 318 and 902 are Synthetic North, 901 Synthetic South (alternating in code order)
    frame = figures([
        ("CLA2", "318", MARCH, 140.0, 40_000.0),
        ("CLA2", "901", MARCH, 3.0, 10_000.0),
        ("CLA2", "902", MARCH, 0.0, 0.0),
    ])  # fmt: skip
    names = {"318": "A", "901": "B", "902": "C"}
    out = publication_frame(frame, Mapping.read(), "cla", names).set_index(
        ["geographic_level", "region_code", "old_la_code"]
    )
    assert list(out.columns[:2]) == ["time_period", "time_identifier"]
    assert out.loc[("National", "", ""), ["number", "rate_per_10000"]].tolist() == ["143", "28.6"]
    assert out.loc[("Regional", "E12000901", ""), "rate_per_10000"] == "35.0"
    assert out.loc[("Regional", "E12000902", ""), "number"] == "3"  # regions are not suppressed
    assert out.loc[("Local authority", "E12000901", "318"), "rate_per_10000"] == "35.0"
    cells = ["number", "rate_per_10000"]
    assert out.loc[("Local authority", "E12000902", "901"), cells].tolist() == ["c", "c"]
    assert out.loc[("Local authority", "E12000901", "902"), cells].tolist() == ["0", "z"]
    assert set(out.time_period) == {"2025"}
    assert set(out.cla_group) == {"Children looked after at 31 March"}


def test_year_to_31_march_adds_up_april_to_march(tmp_path):
    """ASS2 is counted in the month; its published year is April to March, all twelve months."""
    store = Store(str(tmp_path / "s.duckdb"))
    months = pd.date_range("2024-04-01", "2025-03-01", freq="MS").date
    rows = [("318", "ASS2", m, "all", "all", 8.0, 10.0, 80.0, 1) for m in months]
    rows += [("901", "ASS2", m, "all", "all", 1.0, 2.0, 50.0, 1) for m in months[1:]]  # 11 months
    rows += [
        ("318", "CLA2", m, "all", "all", float(i), 100.0, 0.0, 1) for i, m in enumerate(months)
    ]
    columns = list(store.table("indicator_value").columns)
    store.insert_frame("indicator_value", pd.DataFrame(rows, columns=columns))
    out = year_figures(store, Mapping.read()).set_index(["indicator_id", "la_code"])
    assert out.loc[("ASS2", "318"), ["numerator", "denominator"]].tolist() == [96.0, 120.0]
    assert ("ASS2", "901") not in out.index
    # a month-end snapshot takes March, the twelfth month (numerator 11)
    assert out.loc[("CLA2", "318"), "numerator"] == 11.0
    assert set(out.year_ending) == {MARCH}
