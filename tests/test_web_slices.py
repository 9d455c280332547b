"""Rows cut by key on demand (``web.slices``): the same frames ``groupby`` gave, and no crash
on a month with no stored series."""

from datetime import date

import pandas as pd

from csc_scorecard.analysis.summary import SERIES_COLUMNS
from csc_scorecard.web import snapshot
from csc_scorecard.web.slices import Slices

MARCH, APRIL = date(2026, 3, 1), date(2026, 4, 1)
HISTORY = pd.DataFrame(
    {
        "indicator_id": ["CLA1", "CPP1", "CLA1", "CLA1", "CPP1", "CLA1"],
        "month": [MARCH, MARCH, APRIL, MARCH, MARCH, APRIL],
        "pack_id": [1, 1, 2, 2, 3, 3],
        "shown": ["10", "c", "12", "11", "7", "13"],
    }
)


def test_two_keys_give_each_runs_rows_in_their_order():
    sliced = Slices(HISTORY, ["indicator_id", "month"])
    assert set(sliced) == {
        ("CLA1", MARCH),
        ("CLA1", APRIL),
        ("CPP1", MARCH),
    }
    for key in sliced:
        wanted = HISTORY[(HISTORY.indicator_id == key[0]) & (HISTORY.month == key[1])]
        pd.testing.assert_frame_equal(
            sliced[key], wanted[["pack_id", "shown"]].reset_index(drop=True)
        )
    assert sliced[("CLA1", MARCH)]["pack_id"].tolist() == [1, 2]
    assert sliced.get(("CLA1", date(2026, 5, 1))) is None


def test_one_key_gives_str_keys_and_the_columns_asked_for():
    sliced = Slices(HISTORY, ["indicator_id"], ["pack_id"])
    assert sorted(sliced) == ["CLA1", "CPP1"]
    assert sliced["CPP1"].columns.tolist() == ["pack_id"]
    assert sliced["CPP1"]["pack_id"].tolist() == [1, 3]


def test_a_month_with_no_stored_series_has_no_indicators():
    """It raised "zip() argument 2 is longer than argument 1" before (an empty month)."""
    empty = pd.DataFrame(columns=["indicator_id", *SERIES_COLUMNS])
    assert dict(snapshot.series_by_indicator(empty)) == {}
    assert dict(Slices(HISTORY.iloc[:0], ["indicator_id", "month"])) == {}
