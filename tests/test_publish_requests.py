"""A pack marked as published on the dashboard is written and recorded by the command line.

The dashboard never writes the store: an analyst's click is a request in the application
database, ``scorecard pack --publish-requested`` carries it out, and the record it leaves is
the one ``scorecard pack`` leaves for the same month.
"""

import re

import pandas as pd
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from csc_scorecard.cli import app
from csc_scorecard.store import Store, file_sha256
from csc_scorecard.web import audit, changes, publishing
from csc_scorecard.web.db import session_factory
from csc_scorecard.web.roles import Role
from revision_fixtures import council
from test_revisions import signed_in_as

runner = CliRunner()
MARCH = "2025-03"


def token(client: TestClient) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/plan").text)
    assert found is not None
    return found.group(1)


def ask(client: TestClient, month: str = MARCH):
    form = {"la": "318", "month": month, "csrf_token": token(client)}
    return client.post("/publish", data=form)


def publication(client: TestClient, month: str = MARCH) -> list[list[str]]:
    """The overview's table of requests to publish the month's pack: a row of cells each."""
    page = client.get(f"/?la=318&month={month}").text
    start = page.index('id="publication"')
    table = page[page.index("<tbody>", start) : page.index("</tbody>", start)]
    rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)
    cells = [re.findall(r"<td[^>]*>(.*?)</td>", row, re.S) for row in rows]
    return [[re.sub(r"<[^>]+>", " ", cell).split() for cell in row] for row in cells]


def pack_cli(store: str, *options: str):
    return runner.invoke(app, ["pack", "--format", "html", "--store", store, *options])


def test_only_analysts_mark_a_pack_published_and_the_command_line_publishes_it(tmp_path):
    store, _ = council(tmp_path, 8)
    store.con.disconnect()
    path, app_db = str(tmp_path / "s.duckdb"), f"sqlite:///{tmp_path / 'app.db'}"
    viewer, analyst = signed_in_as(tmp_path, Role.viewer), signed_in_as(tmp_path, Role.analyst)

    assert "Mark the March 2025 pack as published" not in viewer.get(f"/?month={MARCH}").text
    assert ask(viewer).status_code == 403
    assert publishing.pending(app_db) == []

    assert ask(analyst).status_code == 303
    assert ask(analyst).status_code == 303  # asked again while pending: still one request
    assert publishing.pending(app_db) == [(1, "318", pd.Timestamp(MARCH).date())]
    [row] = publication(viewer)
    assert row[0] == ["analyst"] and row[2] == ["pending"] and row[3:] == [[], []]
    with session_factory(app_db)() as db:
        events = [(e.event, e.username, e.what) for e in audit.events(db)]
        logged = changes.history(db, publishing.ENTITY, 1)
    assert events[0] == ("publish requested", "analyst", "pack 318 2025-03 (request 1)")
    assert {(c.field, c.after) for c in logged} == {
        ("la_code", "318"),
        ("month", MARCH),
        ("status", "pending"),
    }
    assert Store(path).count("published_pack") == 0  # the dashboard wrote nothing to the store

    done = pack_cli(path, "--publish-requested", "--app-db", app_db, "--out",
                    str(tmp_path / "out"))  # fmt: skip
    assert done.exit_code == 0, done.output
    assert "Published request 1: pack 1 (council 318, March 2025)" in done.output
    assert publishing.pending(app_db) == []
    written = tmp_path / "out" / "pack-318-2025-03.html"
    files = Store(path).table("published_file").execute()
    assert dict(zip(files.file, files.sha256, strict=True)) == {written.name: file_sha256(written)}
    [row] = publication(viewer)
    assert row[2][0] == "published" and row[3] == ["1"]
    assert row[4] == [f"{written.name}:", file_sha256(written)]
    again = pack_cli(path, "--publish-requested", "--app-db", app_db, "--out",
                     str(tmp_path / "out"))  # fmt: skip
    assert again.exit_code == 0 and "No pack is waiting to be published." in again.output
    assert Store(path).count("published_pack") == 1
    # Published, so it can be asked for again (a later pack for the month, after corrections).
    assert ask(analyst).status_code == 303 and len(publishing.pending(app_db)) == 1


def test_the_record_is_what_scorecard_pack_records_for_the_month(tmp_path):
    store, _ = council(tmp_path, 8)
    store.con.disconnect()
    path, app_db = str(tmp_path / "s.duckdb"), f"sqlite:///{tmp_path / 'app.db'}"
    analyst = signed_in_as(tmp_path, Role.analyst)
    note = {"la": "318", "month": MARCH, "text": "Eight children, as in February.",
            "csrf_token": token(analyst)}  # fmt: skip
    assert analyst.post("/indicator/CLA1/commentary", data=note).status_code == 303
    assert ask(analyst).status_code == 303
    requested = pack_cli(path, "--publish-requested", "--app-db", app_db, "--out",
                         str(tmp_path / "asked"))  # fmt: skip
    assert requested.exit_code == 0, requested.output
    direct = pack_cli(path, "--month", MARCH, "--app-db", app_db, "--out", str(tmp_path / "cli"))
    assert direct.exit_code == 0, direct.output

    def record(table: str, pack_id: int, *left_out: str) -> pd.DataFrame:
        stored = Store(path).table(table)
        rows = stored.filter(stored.pack_id == pack_id).execute()
        return rows.drop(columns=["pack_id", *left_out]).reset_index(drop=True)

    # Everything but the time written: figures, loads, computations, configuration,
    # commentary, briefings, data quality, benchmarks and forecast.
    pd.testing.assert_frame_equal(record("published_pack", 1, "generated"),
                                  record("published_pack", 2, "generated"))  # fmt: skip
    for table in ("published_figure", "published_section"):
        pd.testing.assert_frame_equal(record(table, 1), record(table, 2), check_exact=True)
    assert len(record("published_figure", 1)) > 0
    assert "Eight children, as in February." in record("published_pack", 1).config[0]
