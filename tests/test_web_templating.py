"""The templates' ``records`` helper gives the rows pandas' ``to_dict("records")`` gives."""

from __future__ import annotations

import math
from datetime import date

import pandas as pd

from csc_scorecard.web.templating import records


def same(a: object, b: object) -> bool:
    """Equal and of one type; NaN and NaT count as equal to themselves."""
    both_nan = isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b)
    return type(a) is type(b) and (both_nan or a is b or a == b)


def test_records_are_pandas_records_cell_for_cell():
    frame = pd.DataFrame({
        "month": [date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)],
        "stamp": pd.to_datetime(["2026-01-01", "2026-02-01", None]),
        "value": [1.5, float("nan"), 3.0],
        "count": [1, 2, 3],
        "suppressed": [False, True, False],
        "shown": ["1.5", "c", "3.0"],
        "rules": [None, "", "rule 1"],
    })  # fmt: skip
    theirs = frame.to_dict("records")
    ours = records(frame)
    assert len(ours) == len(theirs) == 3
    for mine, expected in zip(ours, theirs, strict=True):
        assert list(mine) == list(expected)
        assert all(same(mine[k], expected[k]) for k in expected), (mine, expected)


def test_records_of_an_empty_table():
    assert records(pd.DataFrame(columns=["month", "value"])) == []
