"""Coverage: each load records the months it describes; compute publishes only those.

Hand-built 903 returns: one child looked after from May 2023, reported in the 2024-25 return
and, later, in the 2023-24 return too. Every expected month below is counted by hand.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from csc_scorecard.calendar import month_index
from csc_scorecard.indicators.catalogue import BY_ID
from csc_scorecard.indicators.compute import compute
from csc_scorecard.indicators.coverage import covered_months, published_months
from csc_scorecard.ingest.periods import extract_period
from csc_scorecard.ingest.ssda903 import load_903
from csc_scorecard.status import coverage_by_load
from csc_scorecard.store import FileLoad, Store
from test_load_903 import child, episode, write

LA = "318"


def months(first: str, last: str) -> list[str]:
    return [f"{m:%Y-%m}" for m in pd.date_range(first, last, freq="MS")]


def published(store: Store, indicator_id: str) -> dict[str, float]:
    values = store.table("indicator_value").execute()
    rows = values[(values.indicator_id == indicator_id) & (values.breakdown == "all")]
    return {f"{m:%Y-%m}": v for m, v in zip(rows.month, rows.value, strict=True)}


def return_year(folder: Path, year: int) -> Path:
    """A year's 903 return: child A, looked after since 1 May 2023, still looked after."""
    write(folder / str(year) / "header.csv", "header", [child("A")])
    write(folder / str(year) / "episodes.csv", "episodes", [episode("A", "01/05/2023")])
    return folder / str(year)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(str(tmp_path / "s.duckdb"))


def test_one_collection_year_gets_figures_only_for_its_months(store, tmp_path):
    load_903(store, [return_year(tmp_path, 2025)], LA)
    compute(store, date(2022, 1, 1), date(2025, 9, 1), ["CLA1", "ADP2", "STAB2"])
    # The return describes April 2024 to March 2025: A is looked after at every month end.
    assert published(store, "CLA1") == dict.fromkeys(months("2024-04", "2025-03"), 1.0)
    # A rolling 12-month figure needs all 12 months: only March 2025 (April 2024 onwards).
    assert published(store, "ADP2") == {"2025-03": 0.0}
    # Two and a half years in care cannot be seen in one year.
    assert published(store, "STAB2") == {}


def test_loading_the_year_before_extends_coverage_back_a_year(store, tmp_path):
    load_903(store, [return_year(tmp_path, 2025)], LA)
    load_903(store, [return_year(tmp_path, 2024)], LA)
    compute(store, date(2022, 1, 1), date(2025, 9, 1), ["CLA1", "ADP2"])
    expected = {"2023-04": 0.0} | dict.fromkeys(months("2023-05", "2025-03"), 1.0)
    assert published(store, "CLA1") == expected
    assert published(store, "ADP2") == dict.fromkeys(months("2024-03", "2025-03"), 0.0)
    (first, second) = sorted(coverage_by_load(store), key=lambda row: row[2])
    assert first[1:4] == ("903", "2023-04-01", "2024-03-31")
    assert second[1:4] == ("903", "2024-04-01", "2025-03-31")
    assert "2024/episodes.csv" in first[5] and "2025/episodes.csv" in second[5]


def test_a_corrected_return_replaces_its_coverage(store, tmp_path):
    folder = return_year(tmp_path, 2025)
    load_903(store, [folder], LA)
    write(folder / "episodes.csv", "episodes", [episode("A", "01/06/2023")])
    load_903(store, [folder], LA)
    coverage = store.table("coverage").execute()
    episodes = coverage[coverage.table_name == "looked_after_episode"]
    assert len(episodes) == 1  # the first load's rows went with its records


def test_months_covered_are_whole_months_of_the_union():
    periods = [(date(2024, 4, 1), date(2025, 3, 31)), (date(2025, 4, 1), date(2025, 6, 15))]
    found = covered_months(periods)
    assert min(found) == month_index(date(2024, 4, 1))
    assert max(found) == month_index(date(2025, 5, 1))  # June is covered only to the 15th
    assert len(found) == 14
    gap = covered_months([(date(2024, 4, 2), date(2024, 6, 30))])
    assert gap == {month_index(date(2024, 5, 1)), month_index(date(2024, 6, 1))}


def test_a_lookback_needs_its_months_covered_for_each_table_it_reads():
    coverage = pd.DataFrame(
        [(LA, "looked_after_episode", date(2020, 4, 1), date(2023, 3, 31)),
         (LA, "health_check", date(2022, 4, 1), date(2023, 3, 31))],
        columns=["la_code", "table_name", "period_start", "period_end"],
    )  # fmt: skip
    items = [BY_ID["STAB2"], BY_ID["HLT2"], BY_ID["CLA1"]]
    frame = published_months(coverage, items, [LA], date(2020, 1, 1), date(2023, 6, 1))
    first = frame.groupby("indicator_id").month.min().map(lambda m: f"{m:%Y-%m}")
    last = frame.groupby("indicator_id").month.max().map(lambda m: f"{m:%Y-%m}")
    # STAB2 needs 31 months (30 looking back) from April 2020: October 2022.
    # HLT2 needs 12 months of health checks, which start in April 2022: March 2023.
    assert first.to_dict() == {"CLA1": "2020-04", "HLT2": "2023-03", "STAB2": "2022-10"}
    assert set(last) == {"2023-03"}


def test_an_extract_covers_from_its_earliest_complete_record():
    contacts = pd.DataFrame({"contact_date": pd.to_datetime(["2020-04-01", "2026-10-30"])})
    visits = pd.DataFrame({"visit_date": pd.to_datetime(["2020-05-04", "2026-10-12"])})
    episodes = pd.DataFrame({"start_date": pd.to_datetime(["2009-01-01"])})
    loads = [FileLoad("ssd", Path(name), 1, tables={table: frame})
             for name, table, frame in (("c", "contact", contacts), ("v", "visit", visits),
                                        ("e", "looked_after_episode", episodes))]  # fmt: skip
    # Visits are complete only from May 2020; an episode open then says nothing of April.
    assert extract_period(loads) == (date(2020, 5, 1), date(2026, 10, 31))
