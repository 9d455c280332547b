"""Targets, RAG, direction of travel, comparators and the configuration file, worked by hand."""

from datetime import date
from pathlib import Path

import pytest

from csc_scorecard.analysis import judgement
from csc_scorecard.analysis.config import (
    DEFAULT_TARGETS,
    STEP_CHANGE_REASON,
    AnalysisConfig,
    ConfigError,
    IndicatorConfig,
    Recalculation,
    Target,
    load_config,
)
from csc_scorecard.indicators.catalogue import indicator

ASS2 = indicator("ASS2")  # percent, higher is better
REF3 = indicator("REF3")  # percent, lower is better; England 2024: 22.4, 2025: 22.6
REF1 = indicator("REF1")  # count, polarity neither


@pytest.mark.parametrize(
    ("item", "value", "expected"),
    [
        (ASS2, 85.0, "green"),  # target 85, tolerance 5
        (ASS2, 84.96, "green"),  # printed as 85.0: meets it
        (ASS2, 80.0, "amber"),  # 5 short: within the tolerance
        (ASS2, 79.9, "red"),  # 5.1 short
        (ASS2, None, ""),
        (REF3, 19.0, "green"),  # target 20, tolerance 2
        (REF3, 22.0, "amber"),
        (REF3, 22.1, "red"),
    ],
)
def test_rag(item, value, expected):
    goal = Target(85.0, 5.0) if item is ASS2 else Target(20.0, 2.0)
    assert judgement.rag(value, goal, item) == expected


def test_no_rag_without_a_target_or_a_good_direction():
    assert judgement.rag(80.0, None, ASS2) == ""
    assert judgement.rag(200.0, Target(100.0, 0.0), REF1) == ""


@pytest.mark.parametrize(
    ("item", "latest", "earlier", "direction", "better_or_worse"),
    [
        (ASS2, 85.0, 80.0, "up", "better"),
        (ASS2, 80.0, 85.0, "down", "worse"),
        (REF3, 20.0, 22.0, "down", "better"),
        (REF3, 22.0, 20.0, "up", "worse"),
        (REF1, 210.0, 200.0, "up", ""),  # no good direction
        (ASS2, 85.04, 84.96, "no change", "no change"),  # both printed as 85.0%
        (REF1, 210.0, None, "", ""),
    ],
)
def test_travel(item, latest, earlier, direction, better_or_worse):
    assert judgement.travel(latest, earlier, item) == judgement.Travel(direction, better_or_worse)


@pytest.mark.parametrize(
    ("month", "expected"),
    [
        (date(2025, 3, 1), 22.6),  # 2024-25: the year ending 31 March 2025
        (date(2024, 3, 1), 22.4),  # 2023-24: year ending March 2024
        (date(2023, 6, 1), 22.4),  # 2023-24 too (April 2023 to March 2024)
        (date(2023, 3, 1), None),  # 2022-23: nothing published for it or earlier
        (date(2027, 1, 1), 22.6),  # 2026-27: the latest earlier year
    ],
)
def test_england_is_the_months_financial_year_else_the_latest_earlier(month, expected):
    assert judgement.england(AnalysisConfig(), REF3, month) == expected


def test_config_overrides_england_and_sets_neighbours_and_targets_by_year():
    config = AnalysisConfig(
        {
            "REF3": IndicatorConfig(
                targets={2024: Target(20.0, 2.0), 2026: Target(18.0, 1.0)},
                neighbours={2024: 21.9},
                england={2025: 23.0},
            )
        }
    )
    assert judgement.england(config, REF3, date(2026, 3, 1)) == 23.0  # 2025-26 configured
    assert judgement.england(config, REF3, date(2025, 3, 1)) == 22.6  # catalogue
    assert judgement.neighbours(config, REF3, date(2026, 3, 1)) == 21.9
    assert judgement.neighbours(config, REF3, date(2024, 1, 1)) is None
    assert judgement.target(config, REF3, date(2025, 6, 1)) == Target(20.0, 2.0)
    assert judgement.target(config, REF3, date(2026, 4, 1)) == Target(18.0, 1.0)
    assert judgement.target(config, REF3, date(2024, 3, 1)) is None


def test_shipped_targets_load_and_only_target_indicators_with_a_direction():
    config = load_config(DEFAULT_TARGETS)
    assert config.of("REF3").targets[2020] == Target(20.0, 2.0)
    assert config.spc.baseline_points == 20
    assert all(indicator(i).polarity != "neither" for i in config.indicators)


def test_config_file_with_every_section(tmp_path: Path):
    path = tmp_path / "targets.yaml"
    path.write_text(
        "spc: {baseline_points: 24, shift_points: 8}\n"
        "indicators:\n"
        "  REF3:\n"
        '    targets: {"2025-26": {target: 19.5}}\n'
        '    neighbours: {"2024-25": 21.9}\n'
        '    england: {"2025-26": 23.0}\n'
        '    step_changes: ["2025-08"]\n'
        "    recalculations: [{month: 2026-01, reason: new front door}]\n"
    )
    config = load_config(path)
    assert config.spc.baseline_points == 24
    assert config.spc.shift_points == 8
    assert config.of("REF3") == IndicatorConfig(
        {2025: Target(19.5, 0.0)}, {2024: 21.9}, {2025: 23.0},
        (Recalculation(date(2025, 8, 1), STEP_CHANGE_REASON),
         Recalculation(date(2026, 1, 1), "new front door")),
    )  # fmt: skip
    assert config.of("REF3").step_changes == (date(2025, 8, 1), date(2026, 1, 1))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("indicators: {NOPE: {}}", "unknown indicator 'NOPE'"),
        ('indicators: {REF1: {targets: {"2025-26": {target: 1}}}}', "polarity neither"),
        ('indicators: {REF3: {targets: {"2025-27": {target: 1}}}}', "not a financial year"),
        ("indicators: {REF3: {goal: 1}}", "unknown key"),
        ('indicators: {REF3: {targets: {"2025-26": {target: 1, tolerance: -1}}}}', "negative"),
        ("colours: {}", "unknown section"),
        ("spc: {baseline_points: 11}", "at least 12 points"),
        ("indicators: {REF3: {recalculations: [{month: 2025-08}]}}", "a month and a reason"),
        ('indicators: {REF3: {recalculations: [{month: 2025-08, reason: " "}]}}', "say why"),
        (
            'indicators: {REF3: {step_changes: ["2025-08"], recalculations: [{month: 2025-08,'
            " reason: x}]}}",
            "given twice",
        ),
    ],
)
def test_config_errors_say_what_and_where(tmp_path: Path, text, message):
    path = tmp_path / "targets.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message) as error:
        load_config(path)
    assert str(path) in str(error.value)
