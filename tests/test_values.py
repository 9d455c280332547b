"""``indicators.values``: the one reader of computed figures, on figures written by hand."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from conftest import tiny_store
from csc_scorecard.indicators import values

MONTHS = [date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)]


def _row(la_code: str, indicator_id: str, month: date, breakdown: str, value: float) -> dict:
    shown = "all" if breakdown == "all" else "F"
    return {"la_code": la_code, "indicator_id": indicator_id, "month": month,
            "breakdown": breakdown, "breakdown_value": shown, "numerator": value,
            "denominator": None, "value": value, "compute_id": 1}  # fmt: skip


@pytest.fixture
def store(tmp_path):
    """Council 318: CLA1 (total and by sex) and CPP1 for three months; council 319: CLA1."""
    rows = [_row("318", "CLA1", m, "all", 10 + i) for i, m in enumerate(MONTHS)]
    rows += [_row("318", "CLA1", m, "sex", 4 + i) for i, m in enumerate(MONTHS)]
    rows += [_row("318", "CPP1", m, "all", 20 + i) for i, m in enumerate(MONTHS)]
    made = tiny_store(tmp_path / "s.duckdb", {"indicator_value": rows}, la_code="318")
    other = pd.DataFrame([_row("319", "CLA1", MONTHS[0], "all", 99)]).assign(load_id=1)
    made.insert_frame("indicator_value", other)
    return made


def test_every_filter_narrows_the_figures_read(store):
    got = values.figures(store, la_code="318", indicator_ids=["CLA1"], breakdowns=["all"],
                         up_to=MONTHS[1])  # fmt: skip
    assert sorted(zip(got["month"], got["value"], strict=True)) == [(MONTHS[0], 10.0),
                                                                    (MONTHS[1], 11.0)]  # fmt: skip
    assert isinstance(got["month"].iloc[0], date)


def test_no_filter_reads_every_council_and_columns_are_as_asked(store):
    got = values.figures(store, columns=["la_code", "indicator_id"])
    assert list(got.columns) == ["la_code", "indicator_id"]
    assert len(got) == 10 and set(got["la_code"]) == {"318", "319"}


def test_councils_and_latest_month(store):
    assert values.councils(store) == ["318", "319"]
    assert values.councils(store, "CPP1") == ["318"]
    assert values.latest_month(store, "318") == MONTHS[2]
    assert values.latest_month(store, "319") == MONTHS[0]
    assert values.latest_month(store, "999") is None
