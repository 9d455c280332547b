"""The command line end to end on a small synthetic council: synth, load ssd, status."""

import json
import re

import pytest
from typer.testing import CliRunner

from csc_scorecard.cli import app
from csc_scorecard.store import Store

runner = CliRunner()


@pytest.fixture(scope="module")
def small_council(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli")
    result = runner.invoke(
        app, ["synth", "--out", str(out), "--children", "3000", "--years", "2", "--end",
              "2026-03-31", "--seed", "9"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return out / "318"


def test_synth_writes_every_format_and_a_manifest(small_council):
    manifest = json.loads((small_council / "manifest.json").read_text())
    assert manifest["seed"] == 9
    assert manifest["parameters"]["children"] == 3000
    for folder in ("ssda903", "cin_census", "annex_a", "ssd", "series"):
        assert (small_council / folder).is_dir(), folder
    assert manifest["errors"], "the default error rate injects faults"


def test_load_then_status_reports_tables_and_quarantine(small_council, tmp_path):
    store = str(tmp_path / "s.duckdb")
    loaded = runner.invoke(app, ["load", "ssd", str(small_council / "ssd"), "--la-code", "318",
                                 "--store", store])  # fmt: skip
    assert loaded.exit_code == 0, loaded.output
    assert "ssd_person.csv" in loaded.output and "quarantined" in loaded.output
    status = runner.invoke(app, ["status", "--store", store])
    assert status.exit_code == 0, status.output
    assert "looked_after_episode" in status.output and "code_list" in status.output
    again = runner.invoke(app, ["load", "ssd", str(small_council / "ssd"), "--la-code", "318",
                                "--store", store])  # fmt: skip
    assert "already loaded, skipped" in again.output


def test_an_unreadable_file_exits_2_and_changes_nothing(small_council, tmp_path):
    broken = tmp_path / "ssd"
    broken.mkdir()
    for path in (small_council / "ssd").iterdir():
        (broken / path.name).write_bytes(path.read_bytes())
    episodes = broken / "ssd_cla_episodes.csv"
    header, *rows = episodes.read_text().splitlines()
    columns = header.split(",")
    drop = columns.index("clae_cla_episode_start_date")
    cut = [
        ",".join(c for i, c in enumerate(line.split(",")) if i != drop) for line in [header, *rows]
    ]
    episodes.write_text("\n".join(cut) + "\n")
    store = str(tmp_path / "s.duckdb")
    result = runner.invoke(app, ["load", "ssd", str(broken), "--la-code", "318", "--store", store])
    assert result.exit_code == 2
    assert "ssd_cla_episodes.csv" in result.output
    assert "clae_cla_episode_start_date" in result.output
    opened = Store(store)
    assert opened.count("person") == 0 and opened.count("load_log") == 0


def _plain(output: str) -> str:
    """The words of a message, without the box and line breaks rich draws around it."""
    return " ".join(re.sub(r"[\u2500-\u257f]", " ", output).split())


@pytest.mark.parametrize("code", ["999' OR la_code = '318", "31", "3180", "３１８", "318\x00"])
def test_finding_7_a_council_code_that_is_not_three_digits_exits_2(tmp_path, code):
    """Issue 16 finding 7: ``--la-code "999' OR la_code = '318"`` was accepted and stored."""
    population = tmp_path / "population.csv"
    population.write_text("year,population_0_17\n2025,1000\n")
    store = str(tmp_path / "s.duckdb")
    result = runner.invoke(app, ["load", "population", str(population), "--la-code", code,
                                 "--store", store])  # fmt: skip
    assert result.exit_code == 2, result.output
    assert "not a council code" in _plain(result.output)
    assert "Traceback" not in result.output
    assert not (tmp_path / "s.duckdb").exists() or Store(store).count("population") == 0


def test_bad_months_and_unknown_indicators_exit_2_with_one_message(tmp_path):
    store = str(tmp_path / "s.duckdb")
    for args in (
        ["compute", "--from", "2026-13"],
        ["records", "CPP1", "2026-3", "--la-code", "318"],
        ["show", "NOPE1"],
        ["sql", "CPP1", "--to", "x'; DROP TABLE person"],
    ):
        result = runner.invoke(app, [*args, "--store", store] if args[0] != "sql" else args)
        assert result.exit_code == 2, (args, result.output)
        assert "Error" in result.output and "Traceback" not in result.output, args
