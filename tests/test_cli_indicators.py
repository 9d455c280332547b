"""`scorecard load population`, `compute`, `show` and `records` on a hand-made store."""

from datetime import date

from typer.testing import CliRunner

from conftest import tiny_store
from csc_scorecard.cli import app

runner = CliRunner()


def _store(tmp_path):
    # Two children looked after at the end of March 2025: A since June 2024 on a care order,
    # B since 1 March 2025 under section 20 (V2).
    path = tmp_path / "s.duckdb"
    tiny_store(path, {
        "person": [{"child_id": c, "date_of_birth": date(2015, 1, 1)} for c in "AB"],
        "looked_after_episode": [
            {"child_id": "A", "start_date": date(2024, 6, 1), "reason_new_episode": "S",
             "legal_status": "C2", "placement_type": "U4"},
            {"child_id": "B", "start_date": date(2025, 3, 1), "reason_new_episode": "S",
             "legal_status": "V2", "placement_type": "K2"},
        ],
    })  # fmt: skip
    return str(path)


def test_population_compute_show_and_records(tmp_path):
    store = _store(tmp_path)
    population = tmp_path / "population.csv"
    population.write_text("year,population_0_17\n2024,40000\n2025,lots\n", encoding="utf-8")
    loaded = runner.invoke(app, ["load", "population", str(population), "--la-code", "318",
                                 "--store", store])  # fmt: skip
    assert loaded.exit_code == 0, loaded.output
    assert "2 rows, 1 accepted, 1 quarantined" in loaded.output
    computed = runner.invoke(app, ["compute", "--from", "2025-03", "--to", "2025-03",
                                   "--indicator", "CLA1", "--indicator", "CLA2",
                                   "--indicator", "CLA6", "--store", store])  # fmt: skip
    assert computed.exit_code == 0, computed.output
    # March 2025 is in financial year 2024-25: population 40,000. CLA2 = 2 / 40,000 x 10,000.
    shown = runner.invoke(app, ["show", "CLA2", "--store", store])
    assert shown.exit_code == 0 and "0.5" in shown.output, shown.output
    listed = runner.invoke(app, ["records", "CLA6", "2025-03", "--la-code", "318",
                                 "--store", store])  # fmt: skip
    assert listed.exit_code == 0, listed.output
    assert "2 records, numerator 1, denominator 2" in listed.output


def test_mistakes_get_a_clear_message_and_exit_code_2(tmp_path):
    store = _store(tmp_path)
    unknown = runner.invoke(app, ["compute", "--indicator", "XX1", "--store", store])
    assert unknown.exit_code == 2 and "known indicators: CON1" in unknown.output
    bad_month = runner.invoke(app, ["compute", "--from", "March", "--store", store])
    assert bad_month.exit_code == 2 and "YYYY-MM" in bad_month.output
    not_computed = runner.invoke(app, ["show", "CLA1", "--store", store])
    assert not_computed.exit_code == 2 and "scorecard compute" in not_computed.output
    no_breakdown = runner.invoke(app, ["records", "CLA1", "2025-03", "--la-code", "318",
                                       "--breakdown", "colour=red", "--store", store])  # fmt: skip
    assert no_breakdown.exit_code == 2 and "no breakdown 'colour'" in no_breakdown.output
