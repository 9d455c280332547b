"""Published packs are recorded and reproducible; revisions are marked and explained (issue 14)."""

import re
from dataclasses import replace
from datetime import date

import openpyxl
import pandas as pd
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from csc_scorecard.analysis.config import load_config
from csc_scorecard.cli import app
from csc_scorecard.publish.assemble import current_sources
from csc_scorecard.publish.record import figure_table
from csc_scorecard.publish.write import write_as_published, write_pack
from csc_scorecard.store import Store, file_sha256
from csc_scorecard.unload import UnloadRefused, unload
from csc_scorecard.web import accounts, create_app, dashboard_copy, snapshot
from csc_scorecard.web.roles import Role
from revision_fixtures import council, episodes_load, load_and_compute

MARCH, APRIL = date(2025, 3, 1), date(2025, 4, 1)
runner = CliRunner()


def _cla1(pack) -> dict[str, str]:
    page = next(p for p in pack.data.pages if p.id == "CLA1")
    return {f"{m:%Y-%m}": page.shown(i) for i, m in enumerate(page.months)}


def test_corrected_file_is_marked_reproducible_and_reversible(tmp_path):
    store, starts = council(tmp_path, 8)
    first, first_paths = write_pack(
        store, "318", MARCH, tmp_path / "p1", load_config(), ["html", "xlsx"]
    )
    # Eight children from June 2024: 0 until May 2024, 8 from June.
    assert _cla1(first)["2024-05"] == "0" and _cla1(first)["2025-03"] == "8"
    assert first.data.revisions is None  # nothing published before

    # The corrected file says C7 came into care on 15 February 2025, not 1 June 2024.
    load_and_compute(store, episodes_load(tmp_path, {**starts, "C7": date(2025, 2, 15)}, "v2"))
    second, _ = write_pack(store, "318", APRIL, tmp_path / "p2", load_config(), ["html"])
    # By hand: June 2024 to January 2025 (8 month ends) now count 7; February and March 8.
    expected = {f"{m:%Y-%m}" for m in pd.date_range("2024-06-01", "2025-01-01", freq="MS")}
    revisions = second.data.revisions
    assert revisions is not None and revisions.against_pack == 1
    assert {f"{r.month:%Y-%m}" for r in revisions.rows} == expected
    assert {(r.indicator_id, r.was, r.now, r.change) for r in revisions.rows} == {
        ("CLA1", "8", "7", "-1")
    }
    assert all(r.loads == ("episodes.csv (load 2, loaded)", "episodes.csv (load 1, removed)")
               for r in revisions.rows)  # fmt: skip
    page = next(p for p in second.data.pages if p.id == "CLA1")
    marked = {f"{m:%Y-%m}" for m, r in zip(page.months, page.revised, strict=True) if r}
    assert marked == expected
    # -1 of 8 is 12.5%: over the 10% threshold, so called out on page one.
    assert len(revisions.large) == len(expected)
    html = (tmp_path / "p2" / "pack-318-2025-04.html").read_text(encoding="utf-8")
    assert html.count("(revised)</span>") == len(expected)
    assert 'id="large-revisions"' in html and 'id="revisions"' in html

    # The first pack rebuilt from its record, after the correction: the same figures and bytes.
    rebuilt, paths, record = write_as_published(
        store, "318", MARCH, tmp_path / "p3", ["html", "xlsx"]
    )
    assert record.pack_id == 1
    assert _cla1(rebuilt) == _cla1(first)
    table = figure_table(first.unsuppressed, first.published).to_csv(index=False).encode()
    assert (
        figure_table(rebuilt.unsuppressed, rebuilt.published).to_csv(index=False).encode() == table
    )
    assert record.published.figures.to_csv(index=False).encode() == table
    # HTML and workbook byte for byte: the generation time is recorded, not taken anew.
    assert [p.read_bytes() for p in paths] == [p.read_bytes() for p in first_paths]
    assert record.files == {p.name: file_sha256(p) for p in first_paths}

    # Unloading the corrected file puts load 1's episodes back and every figure with them.
    undone = unload(store, 2)
    assert (undone.rows_removed, undone.rows_restored) == (16, 16)  # 8 people, 8 episodes
    assert len(undone.recomputed) == 1
    now = current_sources(store, "318", MARCH).figures
    assert figure_table(now.unsuppressed, now.published).to_csv(index=False).encode() == table
    assert sorted(store.table("load_log").load_id.execute()) == [1]


def test_revisions_never_reveal_a_suppressed_value(tmp_path):
    store, starts = council(tmp_path, 7)
    write_pack(store, "318", MARCH, tmp_path / "p1", load_config(), ["html"])
    # Three of the seven came into care in February 2025: June 2024 to January 2025 count 4.
    later = {c: date(2025, 2, 10) for c in ("C4", "C5", "C6")}
    load_and_compute(store, episodes_load(tmp_path, {**starts, **later}, "v2"))
    second, paths = write_pack(
        store, "318", APRIL, tmp_path / "p2", load_config(), ["html", "xlsx"]
    )
    revisions = second.data.revisions
    assert revisions is not None and len(revisions.rows) == 8
    assert {(r.was, r.now, r.change, r.large) for r in revisions.rows} == {("7", "c", "", False)}
    page = next(p for p in second.data.pages if p.id == "CLA1")
    assert [page.shown(i) for i, r in enumerate(page.revised) if r] == ["c"] * 8
    html = paths[0].read_text(encoding="utf-8")
    section = html[html.index('<section id="revisions"') :]
    assert '<td class="num">7</td><td class="num">c</td><td class="num"></td>' in section
    assert ">4<" not in section and "-3" not in section
    assert 'id="large-revisions"' not in html
    sheet = openpyxl.load_workbook(paths[1])["Revisions"]
    cells = {tuple(row[4:7]) for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert cells == {("7", "c", None)}  # the change is an empty cell


def test_unload_restores_merged_records_and_refuses_what_it_cannot_undo(tmp_path):
    store, starts = council(tmp_path, 8)
    # Another file brings C7's episode again (same key), with a different legal status: merged.
    extra = episodes_load(tmp_path, {"C7": starts["C7"]}, "extra")
    extra = replace(extra, label="extra.csv", tables={
        **extra.tables,
        "looked_after_episode": extra.tables["looked_after_episode"].assign(legal_status="V2"),
    })  # fmt: skip
    store.write_loads("318", [extra])

    def statuses():
        episodes = store.table("looked_after_episode").execute()
        return dict(zip(episodes.child_id, zip(episodes.legal_status, episodes.load_id,
                                               strict=True), strict=True))  # fmt: skip

    assert statuses()["C7"] == ("V2", 2) and len(statuses()) == 8
    with pytest.raises(UnloadRefused, match=r"load\(s\) 2 have since replaced or merged"):
        unload(store, 1)
    assert statuses()["C7"] == ("V2", 2)  # a refused unload changes nothing
    unload(store, 2)
    assert statuses() == {c: ("C2", 1) for c in starts}
    with pytest.raises(LookupError, match="no load 2"):
        unload(store, 2)


def test_the_commands(tmp_path):
    store, starts = council(tmp_path, 8)
    path = str(tmp_path / "s.duckdb")
    out = str(tmp_path / "pack")
    written = runner.invoke(app, ["pack", "--month", "2025-03", "--format", "html", "--out", out,
                                  "--store", path])  # fmt: skip
    assert written.exit_code == 0, written.output
    load_and_compute(store, episodes_load(tmp_path, {**starts, "C7": date(2025, 2, 15)}, "v2"))
    listed = runner.invoke(app, ["revisions", "--since", "2025-03", "--month", "2025-04",
                                 "--indicator", "CLA1", "--store", path])  # fmt: skip
    assert listed.exit_code == 0, listed.output
    assert "Revisions since pack 1 (March 2025): 8 figures" in listed.output
    assert "2024-06" in listed.output and "2025-02" not in listed.output
    none = runner.invoke(app, ["revisions", "--indicator", "CLA2", "--store", path])
    assert "0 figures" in none.output
    rebuilt = runner.invoke(app, ["pack", "--as-published", "2025-03", "--format", "html",
                                  "--out", str(tmp_path / "again"), "--store", path])  # fmt: skip
    assert rebuilt.exit_code == 0 and "identical to the published file" in rebuilt.output
    other = runner.invoke(app, ["pack", "--as-published", "2025-03", "--format", "xlsx",
                                "--out", str(tmp_path / "again"), "--store", path])  # fmt: skip
    assert other.exit_code == 0 and "the pack was not published as .xlsx" in other.output
    undone = runner.invoke(app, ["unload", "2", "--store", path])
    assert undone.exit_code == 0 and "16 rows removed, 16 restored" in undone.output
    after = runner.invoke(app, ["revisions", "--since", "1", "--month", "2025-03",
                                "--store", path])  # fmt: skip
    assert "0 figures" in after.output
    missing = runner.invoke(app, ["unload", "9", "--store", path])
    assert missing.exit_code == 2 and "no load 9" in missing.output
    hostile = runner.invoke(app, ["unload", "1 OR 1=1", "--store", path])
    assert hostile.exit_code == 2 and "Invalid value" in hostile.output
    assert sorted(store.table("load_log").load_id.execute()) == [1]


def signed_in_as(tmp_path, role: Role) -> TestClient:
    """A dashboard on the test's store, signed in as a user with ``role``."""
    application = create_app(str(tmp_path / "s.duckdb"), f"sqlite:///{tmp_path / 'app.db'}")
    with application.state.web.sessions.begin() as db:
        accounts.add_user(db, role.name, "correct horse battery staple", role)
    client = TestClient(application, follow_redirects=False)
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text)
    assert token is not None
    signed = client.post("/login", data={"username": role.name, "csrf_token": token.group(1),
                                         "password": "correct horse battery staple"})  # fmt: skip
    assert signed.status_code == 303
    return client


def _history(client: TestClient, month: str) -> list[tuple[str, ...]]:
    """The rows of CLA1's published history on its page for ``month``: pack, figure(s)."""
    page = client.get(f"/indicator/CLA1?la=318&month={month}").text
    start = page.index("as each published pack showed it")
    table = page[start : page.index("</table>", start)]
    rows = re.findall(r"<tr><td>(\w+ \d{4})</td><td>[^<]+</td>((?:<td class=\"num\">\w*</td>)+)",
                      table)  # fmt: skip
    return [(pack, *re.findall(r'<td class="num">(\w*)</td>', cells)) for pack, cells in rows]


def _revisions(client: TestClient, month: str) -> tuple[list[tuple[str, ...]], list[str]]:
    """CLA1's page for ``month``: the Revisions rows (month, breakdown, was, now, change,
    loads) and the months marked R in the monthly table."""
    page = client.get(f"/indicator/CLA1?la=318&month={month}").text
    start = page.index('<h2 id="revisions">')
    section = page[start : page.index("</table>", start)]
    rows = [tuple(re.findall(r"<td[^>]*>([^<]*)</td>", row))
            for row in re.findall(r"<tr><td>.*?</tr>", section)]  # fmt: skip
    marked = re.findall(r"<tr><td>(\w+ \d{4})</td><td class=\"num\">\w*<span class=\"revised\"",
                        page)  # fmt: skip
    return rows, marked


def test_the_dashboard_shows_a_figures_published_history(tmp_path):
    store, starts = council(tmp_path, 8)
    write_pack(store, "318", MARCH, tmp_path / "p1", load_config(), ["html"])
    load_and_compute(store, episodes_load(tmp_path, {**starts, "C7": date(2025, 2, 15)}, "v2"))
    write_pack(store, "318", APRIL, tmp_path / "p2", load_config(), ["html"])
    store.con.disconnect()
    client = signed_in_as(tmp_path, Role.viewer)
    assert _history(client, "2024-06") == [("March 2025", "8"), ("April 2025", "7")]
    # The April pack's revisions of CLA1, as it listed them, and its R markers.
    rows, marked = _revisions(client, "2025-04")
    months = [f"{m:%b %Y}" for m in pd.date_range("2024-06-01", "2025-01-01", freq="MS")]
    loads = "episodes.csv (load 2, loaded); episodes.csv (load 1, removed)"
    assert rows == [(m, "total", "8", "7", "-1", loads) for m in months]
    assert marked == months
    none, unmarked = _revisions(client, "2025-03")  # the first pack: nothing before it
    assert none == [] and unmarked == []
    assert "None listed: no pack has been published for March 2025" in client.get(
        "/indicator/CLA1?la=318&month=2025-03").text  # fmt: skip


def test_a_viewer_never_sees_a_suppressed_published_figure_on_the_dashboard(tmp_path):
    store, starts = council(tmp_path, 7)
    write_pack(store, "318", MARCH, tmp_path / "p1", load_config(), ["html"])
    # As in the pack test: June 2024 moves from 7 to 4 children, which the April pack hides.
    later = {c: date(2025, 2, 10) for c in ("C4", "C5", "C6")}
    load_and_compute(store, episodes_load(tmp_path, {**starts, **later}, "v2"))
    write_pack(store, "318", APRIL, tmp_path / "p2", load_config(), ["html"])
    store.con.disconnect()
    viewer = signed_in_as(tmp_path, Role.viewer)
    assert _history(viewer, "2024-06") == [("March 2025", "7"), ("April 2025", "c")]
    rows, marked = _revisions(viewer, "2025-04")
    assert len(rows) == 8 and {r[2:5] for r in rows} == {("7", "c", "")} and len(marked) == 8
    # An analyst sees the counts as computed then beside what the packs printed.
    analyst = signed_in_as(tmp_path, Role.analyst)
    assert _history(analyst, "2024-06") == [("March 2025", "7", "7"), ("April 2025", "c", "4")]


def test_a_pack_recorded_after_compute_reaches_the_dashboards_copy(tmp_path):
    store, _ = council(tmp_path, 8)
    store.con.disconnect()
    path = str(tmp_path / "s.duckdb")
    dashboard_copy.publish(path)  # as compute leaves it: a copy with no pack yet
    client = signed_in_as(tmp_path, Role.viewer)
    assert _history(client, "2025-03") == []
    written = runner.invoke(app, ["pack", "--month", "2025-03", "--format", "html", "--out",
                                  str(tmp_path / "pack"), "--store", path])  # fmt: skip
    assert written.exit_code == 0, written.output
    assert "the pack's figures to the dashboard's copy" in written.output
    assert _history(client, "2025-03") == [("March 2025", "8")]


def test_the_configuration_a_pack_records_reads_back_whole():
    """Recalculation points (file and dashboard), rejections and SPC settings survive JSON."""
    from datetime import datetime

    from csc_scorecard.analysis.config import DashboardDecisions, Recalculation
    from csc_scorecard.publish.config_record import config_from_json, config_to_json

    told = load_config()
    recorded = Recalculation(date(2025, 1, 1), "new front door", "dashboard", "ana",
                             datetime(2025, 2, 3, 9, 30))  # fmt: skip
    config = replace(
        told,
        indicators={**told.indicators, "CLA1": replace(told.of("CLA1"), recalculations=(
            Recalculation(date(2024, 4, 1), "new care panel"),))},
        spc=replace(told.spc, shift_points=8),
        decisions=DashboardDecisions({("318", "CLA1"): (recorded,)},
                                     {("318", "CLA2"): (date(2024, 9, 1),)}),
    )  # fmt: skip
    again = config_from_json(config_to_json(config))
    assert again == config
    assert again.recalculations("318", "CLA1") == (
        Recalculation(date(2024, 4, 1), "new care panel"), recorded)  # fmt: skip
    assert again.rejected("318", "CLA2") == (date(2024, 9, 1),)


def test_a_copy_published_before_packs_were_recorded_shows_no_history(tmp_path):
    """A dashboard serving a copy made by an older compute (no pack tables) still serves."""
    store, _ = council(tmp_path, 8)
    store.con.disconnect()
    copy = dashboard_copy.publish(str(tmp_path / "s.duckdb"))
    older = Store(str(copy))
    for name in snapshot.PACK_TABLES:
        older.con.drop_table(name)
    older.con.disconnect()
    page = signed_in_as(tmp_path, Role.viewer).get("/indicator/CLA1?la=318&month=2025-03")
    assert page.status_code == 200 and "Not in any published pack yet." in page.text
