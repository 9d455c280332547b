"""The catalogue on the default synthetic council, loaded two ways.

The same simulated history is loaded from the SSD extract and from the DfE returns (SSDA903
and CIN census); every indicator both sources carry must give identical figures, and the rates
at each 31 March must land near the England-like rates the simulator is calibrated to.
"""

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from csc_scorecard.indicators.catalogue import CATALOGUE, series_ids
from csc_scorecard.indicators.compute import compute
from csc_scorecard.indicators.records import records
from csc_scorecard.ingest.cin_census import load_cin
from csc_scorecard.ingest.population import load_population
from csc_scorecard.ingest.series import load_series
from csc_scorecard.ingest.ssda903 import load_903
from csc_scorecard.store import Store
from shared_builds import keep_months

pytestmark = pytest.mark.slow

FIRST, LAST = date(2022, 4, 1), date(2026, 11, 1)
"""From the second collection year: the returns hold 2020-21 onwards, and rolling windows and
re-referrals look back a year."""

NOT_IN_RETURNS = {
    "CON1": "contacts are not in the SSDA903 or the CIN census",
    "CON2": "contacts are not in the SSDA903 or the CIN census",
    "EH1": "early help is not in the returns",
    "EH2": "early help is not in the returns",
    "EH4": "early help is not in the returns",
    "S47c": "the CIN census has no S47 end date",
    "CPP6": "the CIN census has no visits",
    "HLT1": "the SSDA903 OC2 file has no check dates",
    "HLT2": "the SSDA903 OC2 file has no check dates",
    "ADP1": "the SSDA903 gives no date placed for adoption outside the adoption year",
    "ADP4": "the SSDA903 gives placement order and match only in the year of adoption",
    "CL1": "OC3 records are dated at the birthday, the SSD at the actual contact",
    "CL2": "OC3 records are dated at the birthday, the SSD at the actual contact",
    "CL3": "OC3 records are dated at the birthday, the SSD at the actual contact",
    "DQ1": "each source has its own rejected rows",
}
NOT_COMPARED_BREAKDOWNS = {
    "team": "the CIN census has no team",
    "placement_type": "the SSDA903 recodes H5 placements open on 1 April 2024 to K3; the SSD"
    " keeps H5",
}
CALIBRATED = {"CIN2": 330, "CLA2": 67, "CPP2": 40, "REF3": 22}
"""Targets the simulator is calibrated to (INDICATORS.md England figures), +/- 20%."""


def _computed(store: Store) -> pd.DataFrame:
    compute(store, FIRST, LAST)
    return store.table("indicator_value").execute()


@pytest.fixture(scope="module")
def ssd_store(default_council_computed) -> Store:
    store = default_council_computed("ssd")
    keep_months(store, FIRST, LAST)
    return store


@pytest.fixture(scope="module")
def returns_store(default_council: Path, tmp_path_factory) -> Store:
    store = Store(str(tmp_path_factory.mktemp("returns") / "s.duckdb"))
    load_903(store, [default_council / "ssda903"], "318")
    load_cin(store, [default_council / "cin_census"], "318")
    load_population(store, default_council / "population.csv", "318")
    load_series(store, default_council / "series" / "series.csv", "318", series_ids())
    _computed(store)
    return store


def test_rates_at_31_march_are_near_the_calibrated_rates(ssd_store):
    values = ssd_store.table("indicator_value").execute()
    totals = values[values.breakdown == "all"].set_index(["indicator_id", "month"])["value"]
    for year in range(2023, 2027):
        march = pd.Timestamp(year, 3, 1)
        for indicator_id, target in CALIBRATED.items():
            found = totals[(indicator_id, march)]
            assert 0.8 * target <= found <= 1.2 * target, (indicator_id, year, found)


def test_returns_and_ssd_give_identical_figures_for_what_both_carry(ssd_store, returns_store):
    keys = ["indicator_id", "month", "breakdown", "breakdown_value"]
    compared = [i.id for i in CATALOGUE if i.id not in NOT_IN_RETURNS]
    figures = []
    for store in (ssd_store, returns_store):
        values = store.table("indicator_value").execute()
        values = values[values.indicator_id.isin(compared)
                        & ~values.breakdown.isin(list(NOT_COMPARED_BREAKDOWNS))]  # fmt: skip
        figures.append(values.set_index(keys)[["numerator", "denominator", "value"]])
    ssd, returns = figures
    assert set(ssd.index) == set(returns.index), sorted(set(ssd.index) ^ set(returns.index))[:5]
    joined = ssd.join(returns, rsuffix="_returns")
    differs = joined[
        ~((joined.value - joined.value_returns).abs() < 1e-9)
        & ~(joined.value.isna() & joined.value_returns.isna())
    ]
    assert differs.empty, differs.head(10).to_string()
    assert {i for i, *_ in ssd.index} == set(compared)


def test_records_behind_a_figure_add_up_to_it(ssd_store):
    values = ssd_store.table("indicator_value").execute()
    march = values[(values.month == pd.Timestamp(2026, 3, 1))].set_index(
        ["indicator_id", "breakdown", "breakdown_value"]
    )
    for indicator_id, breakdown in (("CPP1", ("category", "NEG")), ("REF3", None),
                                    ("ASS2", None), ("CLA1", ("legal_status", "V2"))):  # fmt: skip
        listed = records(ssd_store, indicator_id, date(2026, 3, 1), "318", breakdown)
        figure = march.loc[(indicator_id, *(breakdown or ("all", "all")))]
        assert listed.numerator.sum() == figure.numerator
        if figure.denominator == figure.denominator:  # not a count
            assert listed.denominator.sum() == figure.denominator
