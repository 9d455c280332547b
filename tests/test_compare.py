"""A council beside its statistical neighbours and region, worked by hand on a tiny store.

Councils 101, 102, 103 and 104 are called A, B, C and D in the comments.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from csc_scorecard.cli import app
from csc_scorecard.indicators.compare import Groups, compare
from csc_scorecard.store import Store

MARCH, APRIL = date(2026, 3, 1), date(2026, 4, 1)
GROUPS = Groups(neighbours={"101": ["101", "102", "103"]}, regions={"East": ["101", "102", "104"]})


def figure(la_code: str, indicator_id: str, month: date, num: float, den: float | None,
           value: float) -> dict[str, object]:  # fmt: skip
    return {"la_code": la_code, "indicator_id": indicator_id, "month": month,
            "breakdown": "all", "breakdown_value": "all", "numerator": num,
            "denominator": den, "value": value, "compute_id": 1}  # fmt: skip


@pytest.fixture
def store(tmp_path: Path) -> Store:
    """Four councils: REF3 (percent), CLA2 (rate per 10,000) and CLA1 (count)."""
    store = Store(str(tmp_path / "store.duckdb"))
    rows = [
        figure("101", "REF3", MARCH, 10, 40, 25.0), figure("102", "REF3", MARCH, 30, 60, 50.0),
        figure("103", "REF3", MARCH, 0, 100, 0.0), figure("104", "REF3", MARCH, 5, 0, float("nan")),
        figure("101", "REF3", APRIL, 1, 4, 25.0),
        figure("101", "CLA2", MARCH, 50, 10_000, 50.0),
        figure("102", "CLA2", MARCH, 150, 20_000, 75.0),
        figure("101", "CLA1", MARCH, 50, None, 50.0),
        figure("102", "CLA1", MARCH, 150, None, 150.0),
        figure("103", "CLA1", MARCH, 100, None, 100.0),
    ]  # fmt: skip
    store.insert_frame("indicator_value", pd.DataFrame(rows))
    return store


def test_percent_is_summed_numerators_over_summed_denominators(store: Store) -> None:
    frame = compare(store, "REF3", "101", GROUPS)
    march = frame[frame.month == pd.Timestamp(MARCH)].iloc[0]
    assert march.council == 25.0
    # Neighbours B and C (A itself left out): (30 + 0) / (60 + 100) x 100 = 18.75
    assert march.neighbours == pytest.approx(18.75) and march.neighbours_councils == 2
    # Region A, B, D: (10 + 30 + 5) / (40 + 60 + 0) x 100 = 45
    assert march.region == pytest.approx(45.0) and march.region_councils == 3
    assert frame.region_name.iloc[0] == "East"
    # April: only A has a figure; its neighbours have none.
    april = frame[frame.month == pd.Timestamp(APRIL)].iloc[0]
    assert pd.isna(april.neighbours) and april.region == pytest.approx(25.0)


def test_rate_uses_summed_population_and_count_the_mean_per_council(store: Store) -> None:
    rate = compare(store, "CLA2", "101", GROUPS, month=MARCH).iloc[0]
    # Region A, B (D has none): (50 + 150) / (10,000 + 20,000) x 10,000 = 66.67
    assert rate.region == pytest.approx(200 / 30_000 * 10_000)
    count = compare(store, "CLA1", "101", GROUPS, month=MARCH).iloc[0]
    # Neighbours B, C: mean of 150 and 100 = 125; region A, B: mean of 50 and 150 = 100.
    assert count.neighbours == 125.0 and count.region == 100.0


def test_unconfigured_council_is_a_clear_error(store: Store) -> None:
    with pytest.raises(LookupError, match="no statistical neighbours"):
        compare(store, "REF3", "104", GROUPS)
    with pytest.raises(LookupError, match="in no region"):
        compare(store, "REF3", "103", Groups({"103": ["101"]}, {}))


def test_groups_read_from_yaml_and_the_cli(store: Store, tmp_path: Path) -> None:
    config = tmp_path / "neighbours.yaml"
    config.write_text(
        "neighbours:\n  '101': ['102', '103']\nregions:\n  East: ['101', '102', '104']\n"
    )
    assert Groups.read(config) == Groups({"101": ["102", "103"]}, {"East": ["101", "102", "104"]})
    result = CliRunner().invoke(app, [
        "compare", "REF3", "--la-code", "101", "--month", "2026-03", "--config", str(config),
        "--store", store.target,
    ])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "18.8" in result.output and "45.0" in result.output and "East" in result.output
    missing = CliRunner().invoke(app, ["compare", "REF3", "--la-code", "999", "--config",
                                       str(config), "--store", store.target])  # fmt: skip
    assert missing.exit_code == 2 and "in no region" in missing.output
