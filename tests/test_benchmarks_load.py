"""Loading DfE's published statistics and statistical neighbours from hand-made files.

The files are written here in the explore-education-statistics open-data layout, with the
mapping's filter values, so every expected row is known by hand.
"""

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from csc_scorecard.indicators.catalogue import BY_ID
from csc_scorecard.indicators.compute import compute
from csc_scorecard.ingest.benchmark_mapping import Mapping
from csc_scorecard.ingest.benchmarks import SYMBOLS, load_benchmarks, year_ending
from csc_scorecard.ingest.neighbours import load_neighbours
from csc_scorecard.publish.reads import latest_benchmarks
from csc_scorecard.store import Store
from revision_fixtures import council as revision_council

HEAD = (
    "time_period,time_identifier,geographic_level,country_code,country_name,region_code,"
    "region_name,new_la_code,old_la_code,la_name,cla_group,characteristic,number,rate_per_10000"
)
GROUP = "Children looked after at 31 March,Total"


def cla_file(tmp_path: Path, rows: list[str], name: str = "cla.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join([HEAD, *rows]) + "\n")
    return path


def england(year: str, number: str, rate: str) -> str:
    return f"{year},Reporting year,National,E92000001,England,,,,,,{GROUP},{number},{rate}"


def council(year: str, new: str, old: str, name: str, number: str, rate: str) -> str:
    return (
        f"{year},Reporting year,Local authority,E92000001,England,E12000007,London,"
        f"{new},{old},{name},{GROUP},{number},{rate}"
    )


def values(store: Store):
    frame = store.table("benchmark_value").execute()
    frame["year_ending"] = pd.to_datetime(frame.year_ending).dt.date
    return frame.sort_values(["year_ending", "geographic_level", "area_code"]).reset_index(
        drop=True
    )


def test_every_mapped_indicator_is_in_the_catalogue():
    assert set(Mapping.read().indicator_ids()) <= set(BY_ID)


def test_periods_are_years_ending_31_march():
    assert year_ending("2025") == date(2025, 3, 31)
    assert year_ending("202425") == date(2025, 3, 31)
    assert year_ending("202426") is None
    assert year_ending("2025Q1") is None


def test_figures_land_with_their_area_and_derived_denominator(tmp_path):
    store = Store(str(tmp_path / "s.duckdb"))
    rows = [
        england("2025", '"83,630"', "70"),
        council("2025", "E09000027", "318", "Richmond", "140", "35"),
    ]
    path = cla_file(tmp_path, rows)
    (result,) = load_benchmarks(store, [path])
    assert (result.rows_in, result.rows_accepted, result.rows_quarantined) == (2, 2, 0)
    frame = values(store)
    assert list(frame.area_code) == ["318", "E92000001"]
    assert list(frame.indicator_id) == ["CLA2", "CLA2"]
    assert list(frame.value) == [35.0, 70.0]
    assert list(frame.numerator) == [140.0, 83630.0]
    # 140 children at 35 per 10,000: 40,000 children aged 0-17
    assert frame.denominator[0] == pytest.approx(40_000)
    assert frame.region_code[0] == "E12000007" and frame.file[0] == "cla.csv"
    assert set(frame.year_ending) == {date(2025, 3, 31)}


def test_every_suppression_symbol_is_kept_as_a_reason_never_zero(tmp_path):
    store = Store(str(tmp_path / "s.duckdb"))
    symbols = [*SYMBOLS, "!"]
    rows = [council("2025", f"E0900{i:04d}", f"{300 + i}", f"C{i}", "1", s)
            for i, s in enumerate(symbols)]  # fmt: skip
    load_benchmarks(store, [cla_file(tmp_path, rows)])
    frame = values(store)
    assert list(frame.symbol) == symbols
    assert frame.value.isna().all()
    assert list(frame.reason[:-1]) == [SYMBOLS[s] for s in symbols[:-1]]
    assert frame.reason.iloc[-1] == "'!' published in place of a figure"


def test_a_renamed_council_keeps_its_old_code(tmp_path):
    """Northamptonshire split: a row with only the new code takes the old code paired with it."""
    store = Store(str(tmp_path / "s.duckdb"))
    rows = [
        council("2023", "E06000061", "940", "North Northamptonshire", "700", "60"),
        council("2024", "E06000061", "", "North Northants", "720", "62"),
        council("2025", "E06000099", "", "Nowhere", "1", "1"),
    ]
    (result,) = load_benchmarks(store, [cla_file(tmp_path, rows)])
    frame = values(store)
    assert list(frame.area_code) == ["940", "940"]
    assert list(frame.year_ending) == [date(2023, 3, 31), date(2024, 3, 31)]
    quarantine = store.table("quarantine").execute()
    assert list(quarantine.rule_id) == ["benchmark_no_area"] and result.rows_quarantined == 1


def test_rows_the_mapping_cannot_place_go_to_quarantine(tmp_path):
    store = Store(str(tmp_path / "s.duckdb"))
    row = council("2025", "E09000027", "318", "Richmond", "140", "35").replace(
        GROUP, "Children looked after at 31 March,Aged 10 to 15"
    )
    bad_period = england("2025Q1", "1", "1")
    (result,) = load_benchmarks(store, [cla_file(tmp_path, [row, bad_period])])
    assert result.rows_accepted == 0 and store.count("benchmark_value") == 0
    quarantine = store.table("quarantine").execute().sort_values("row_number")
    assert list(quarantine.rule_id) == ["benchmark_unmapped", "benchmark_bad_period"]
    assert "Aged 10 to 15" in quarantine.message.iloc[0]


def test_a_missing_year_is_simply_absent_and_reloading_is_a_no_op(tmp_path):
    store = Store(str(tmp_path / "s.duckdb"))
    rows = [england("2023", "1", "70"), england("2025", "1", "67")]
    path = cla_file(tmp_path, rows)
    load_benchmarks(store, [path])
    (again,) = load_benchmarks(store, [path])
    assert again.skipped
    assert list(values(store).year_ending) == [date(2023, 3, 31), date(2025, 3, 31)]


def test_neighbours_by_code_or_by_name(tmp_path):
    store = Store(str(tmp_path / "s.duckdb"))
    path = tmp_path / "sn.csv"
    path.write_text(
        "LA number,LA name,SN1,SN2,SN3\n318,Richmond,Kingston,202,Nowhere\n314,Kingston,318,,\n"
    )
    (result,) = load_neighbours(store, path)
    frame = store.table("statistical_neighbour").execute().sort_values(["council", "position"])
    assert list(zip(frame.council, frame.position, frame.neighbour, strict=True)) == [
        ("314", 1, "318"), ("318", 1, "314"), ("318", 2, "202")]  # fmt: skip
    assert result.rows_quarantined == 1
    assert store.table("quarantine").execute().rule_id.tolist() == ["neighbour_unknown"]


def test_a_missing_year_compares_the_latest_year_the_council_has(tmp_path):
    # 318 has no 2024 row at all; 301 published "x" for 2025 (a row, with no figure)
    store = Store(str(tmp_path / "s.duckdb"))
    rows = [england("2023", "1", "70"), england("2024", "1", "68"), england("2025", "1", "67"),
            council("2023", "E09000027", "318", "Richmond", "140", "35"),
            council("2025", "E09000027", "318", "Richmond", "150", "37"),
            council("2024", "E09000021", "301", "Kingston", "99", "40"),
            council("2025", "E09000021", "301", "Kingston", "1", "x")]  # fmt: skip
    load_benchmarks(store, [cla_file(tmp_path, rows)])
    # in 2024-25 the latest 31 March 318 has a figure for is 2023's: England's 2023 beside it
    june = latest_benchmarks(store, "318", date(2024, 6, 1))["CLA2"]
    assert (june.year_ending, june.council, june.england) == (date(2023, 3, 31), 35.0, 70.0)
    assert (june.rank, june.ranked) == (1, 1)  # 301 has no 2023 row
    # the March 2025 pack reaches the 31 March it ends with
    march = latest_benchmarks(store, "318", date(2025, 3, 1))["CLA2"]
    assert (march.year_ending, march.council, march.england) == (date(2025, 3, 31), 37.0, 67.0)
    assert (march.rank, march.ranked) == (1, 1)  # 301's "x" is not ranked
    # 301's 2025 row is there with its symbol: 2025 is compared, its figure is "x"
    theirs = latest_benchmarks(store, "301", date(2025, 3, 1))["CLA2"]
    assert (theirs.year_ending, theirs.council, theirs.council_symbol) == (
        date(2025, 3, 31), None, "x")  # fmt: skip


def test_dfe_figures_are_not_a_council_to_compute(tmp_path):
    """Loading DfE's files logs them under the national code; compute still knows one council.

    Before, every ``scorecard compute`` after ``scorecard load benchmarks`` computed the whole
    catalogue for a council "dfe" as well (empty figures, and warnings about its population).
    """
    store, _ = revision_council(tmp_path, 3)
    richmond = council("2025", "E09000027", "318", "Richmond", "3", "9")
    path = cla_file(tmp_path, [england("2025", "83630", "70"), richmond])
    load_benchmarks(store, [path], Mapping.read())
    compute(store, date(2025, 1, 1), date(2025, 3, 1), ["CLA1"])
    figures = store.table("indicator_value").execute()
    assert set(figures.la_code) == {"318"}
    march = figures[(pd.to_datetime(figures.month) == "2025-03-01") & (figures.breakdown == "all")]
    assert march.value.tolist() == [3.0]
