"""`scorecard validate cin`: our quarantine counts by rule beside the DfE validator's findings."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cin_fixtures import census, child, cin_plan, details, write
from csc_scorecard.cli import app

REPO = Path(__file__).resolve().parents[1]
# One child, one episode with two CIN plans; the second ends before it starts.
ONE_BAD_PLAN = census(
    2025,
    child("C1", details("2024-05-02", cin_plan("2024-05-10", "2024-06-01"),
                        cin_plan("2024-07-10", "2024-07-01"))),
)  # fmt: skip


def test_without_a_validator_environment_ours_are_shown_and_the_reason_given(tmp_path, monkeypatch):
    # The lock file ships with the package, so the environment fails to build only for want
    # of uv: none on PATH and none under ROOT/.tools.
    monkeypatch.setenv("PATH", str(tmp_path))
    path = write(tmp_path, "cin_2025.xml", ONE_BAD_PLAN)
    result = CliRunner().invoke(app, ["validate", "cin", str(path), "--root", str(tmp_path)])
    assert result.exit_code == 1, result.output
    # 1 Child + 1 Disability + 1 CINdetails + 2 CINPlanDates = 5 records, 1 rejected.
    assert "Ours: 5 records" in result.output
    assert "end_before_start" in result.output
    assert "DfE validator not run: the DfE validator environment could not be built" in (
        result.output
    )
    assert "uv is needed to build the validator environment" in result.output


def test_an_unreadable_file_exits_2(tmp_path):
    path = write(tmp_path, "cin_2025.xml", "<Message>")
    result = CliRunner().invoke(app, ["validate", "cin", str(path), "--root", str(tmp_path)])
    assert result.exit_code == 2
    assert "is not well-formed XML" in result.output


@pytest.mark.slow
def test_the_dfe_validator_finds_the_plan_we_quarantine(tmp_path):
    from csc_scorecard.validators.comparecin import compare

    path = write(tmp_path, "cin_2025.xml", ONE_BAD_PLAN)
    (found,) = compare([path], REPO)
    assert found.dfe_problem is None
    assert found.ours[["rule_id", "records"]].values.tolist() == [["end_before_start", 1]]
    assert found.dfe is not None
    errors = found.dfe[found.dfe.rule_type == "ERROR"]
    # DfE rule 4011: CIN plan end date earlier than start date, one record.
    assert errors[["rule_code", "rows"]].values.tolist() == [["4011", 1]]
