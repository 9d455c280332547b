"""`scorecard load population`, `compute`, `show` and `records` on a hand-made store."""

import json
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


def test_pack_with_commentary(tmp_path):
    store = _store(tmp_path)
    runner.invoke(app, ["compute", "--from", "2025-01", "--to", "2025-03", "--indicator",
                        "CLA1", "--indicator", "CLA6", "--store", store])  # fmt: skip
    notes = tmp_path / "notes.csv"
    notes.write_text("indicator,month,text,author\nCLA1,2025-03,Two children <b>new</b>,A\n",
                     encoding="utf-8")  # fmt: skip
    written = runner.invoke(app, ["pack", "--store", store, "--out", str(tmp_path / "pack"),
                                  "--format", "html,xlsx", "--commentary", str(notes)])  # fmt: skip
    assert written.exit_code == 0, written.output
    html = (tmp_path / "pack" / "pack-318-2025-03.html").read_text(encoding="utf-8")
    assert "Two children &lt;b&gt;new&lt;/b&gt;" in html
    # Two children looked after: a count of 1 to 5, so never published.
    assert "CLA1" in html and '<td class="num">2</td>' not in html
    assert (tmp_path / "pack" / "pack-318-2025-03.xlsx").exists()
    wrong = runner.invoke(app, ["pack", "--store", store, "--format", "docx"])
    assert wrong.exit_code == 2 and "unknown format" in wrong.output
    # A repeated --format adds to the formats (it had kept the last one only), and none at all
    # is refused (it had recorded a pack published as no file).
    again = runner.invoke(app, ["pack", "--store", store, "--out", str(tmp_path / "again"),
                                "--format", "html", "--format", "xlsx"])  # fmt: skip
    assert again.exit_code == 0, again.output
    assert sorted(p.suffix for p in (tmp_path / "again").iterdir()) == [".html", ".xlsx"]
    none = runner.invoke(app, ["pack", "--store", store, "--out", str(tmp_path / "none"),
                               "--format", ","])  # fmt: skip
    assert none.exit_code == 2 and "no format" in none.output
    assert not (tmp_path / "none").exists()


def test_pack_includes_the_commentary_written_in_the_dashboard(tmp_path):
    from csc_scorecard.web import commentary
    from csc_scorecard.web.db import session_factory

    store = _store(tmp_path)
    runner.invoke(app, ["compute", "--from", "2025-01", "--to", "2025-03", "--indicator",
                        "CLA1", "--store", store])  # fmt: skip
    app_db = f"sqlite:///{tmp_path / 'app.db'}"
    with session_factory(app_db).begin() as db:
        commentary.save(db, "318", "CLA1", date(2025, 3, 1), "Written in the dashboard", "ada")
        commentary.save(db, "318", "CLA1", date(2025, 2, 1), "Another month's note", "ada")
    written = runner.invoke(app, ["pack", "--store", store, "--out", str(tmp_path / "pack"),
                                  "--format", "html", "--app-db", app_db])  # fmt: skip
    assert written.exit_code == 0, written.output
    html = (tmp_path / "pack" / "pack-318-2025-03.html").read_text(encoding="utf-8")
    assert "Written in the dashboard" in html and "Another month" not in html


def test_summary_is_suppressed_like_the_pack_unless_an_analyst_asks(tmp_path):
    store = _store(tmp_path)
    runner.invoke(app, ["compute", "--from", "2025-01", "--to", "2025-03", "--indicator",
                        "CLA1", "--indicator", "CLA6", "--store", store])  # fmt: skip
    published = runner.invoke(app, ["summary", "--month", "2025-03", "--json", "--store", store])
    assert published.exit_code == 0, published.output
    data = json.loads(published.stdout)
    assert data["month"] == "2025-03" and data["suppressed"] is True
    rows = {r["id"]: r for r in data["indicators"]}
    assert set(rows) == {"CLA1", "CLA6"}
    # Two children looked after (a count of 1 to 5): hidden, as in the pack's Appendix 1.
    assert rows["CLA1"]["value"] is None and rows["CLA1"]["shown"] == "c"
    assert all(r["attention"] == bool(r["reasons"]) for r in data["indicators"])
    assert data["attention"] == [i for i in rows if rows[i]["attention"]]
    analyst = runner.invoke(app, ["summary", "--month", "2025-03", "--json", "--unsuppressed",
                                  "--store", store])  # fmt: skip
    computed = {r["id"]: r for r in json.loads(analyst.stdout)["indicators"]}
    assert computed["CLA1"]["value"] == 2 and computed["CLA6"]["value"] == 50.0
    text = runner.invoke(app, ["summary", "--store", store])  # the latest month, as a page
    assert text.exit_code == 0, text.output
    assert "Scorecard: Council 318, March 2025" in text.stdout
    assert "What needs attention (0 of 2)" in text.stdout and "CLA1" in text.stdout
    assert "unsuppressed" not in text.stdout
