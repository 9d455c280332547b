"""The dashboard's benchmark panel on an indicator page, from a hand-made published file.

The store is ``web_fixtures``': CLA3 (children starting to be looked after) is 1 in March 2025
(ZQA), so a viewer's March figure is suppressed, and DfE's year to 31 March 2025 rests on it.
"""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient
from lxml import html

from csc_scorecard.web import accounts, create_app
from csc_scorecard.web.roles import Role
from web_fixtures import LA, PASSWORD, add_benchmarks, small_store


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    folder = tmp_path_factory.mktemp("webbench")
    path = small_store(folder / "store.duckdb")
    add_benchmarks(path, folder)
    app = create_app(str(path), f"sqlite:///{folder / 'app.db'}")
    with app.state.web.sessions.begin() as db:
        accounts.add_user(db, "viewer", PASSWORD, Role.viewer)
        accounts.add_user(db, "analyst", PASSWORD, Role.analyst)
    return app


def signed_in(app, username: str) -> TestClient:
    client = TestClient(app, follow_redirects=False)
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text)
    assert token
    client.post("/login", data={"username": username, "password": PASSWORD,
                                "csrf_token": token.group(1)})  # fmt: skip
    return client


@pytest.fixture(scope="module")
def client(app):
    return signed_in(app, "viewer")


def cells(page: str) -> dict[str, str]:
    tree = html.fromstring(page)
    rows = tree.xpath("//section[@class='benchmarks']//tbody/tr")
    return {r.xpath("string(th)").strip(): r.xpath("string(td)").strip() for r in rows}


def test_indicator_page_shows_the_benchmark_table(client: TestClient):
    page = client.get(f"/indicator/CLA1?la={LA}&month=2025-04")
    assert page.status_code == 200
    table = cells(page.text)
    assert table["This council"] == "9"
    assert table["England"] == "80,000"
    assert table["Region (London)"] == "9,000"
    # Westminster is suppressed ("c"): the average is Kingston's alone
    assert table["Statistical neighbours' average (1 with a figure)"] == "5"
    assert table["Neighbour: Westminster (213)"] == "c"
    # 5 < 9: Richmond ranks 2 of the 2 councils with a figure; CLA1 has no good direction
    assert "Rank 2 of 2 (1 = the lowest figure), quartile Q4" in page.text
    # March 2025's page compares with the 31 March it ends with
    assert cells(client.get(f"/indicator/CLA1?la={LA}&month=2025-03").text)["This council"] == "9"
    assert "DfE does not publish" in client.get(f"/indicator/CLA1?la={LA}&month=2025-02").text


def test_an_indicator_dfe_does_not_publish_says_so(client: TestClient):
    page = client.get(f"/indicator/CLA4?la={LA}&month=2025-04")
    assert "DfE does not publish this indicator" in page.text


def test_a_viewer_sees_no_council_figure_resting_on_a_suppressed_month(app, client):
    # DfE's 12 for the year to 31 March 2025 includes March's 1 start, which a viewer's
    # figures show as "c": the panel shows "c" and neither rank nor quartile
    page = client.get(f"/indicator/CLA3?la={LA}&month=2025-04")
    table = cells(page.text)
    assert table["This council"] == "c"
    assert (
        table["England"] == "30,000"
        and table["Statistical neighbours' average (1 with a figure)"] == "7"
    )
    assert "Rank" not in page.text and "12" not in table.values()
    # an analyst sees the figures as computed, and so DfE's figure and its rank: 7 < 12
    page = signed_in(app, "analyst").get(f"/indicator/CLA3?la={LA}&month=2025-04")
    assert cells(page.text)["This council"] == "12"
    assert "Rank 2 of 2 (1 = the lowest figure), quartile Q4" in page.text


def rug(page: str) -> dict[str, list[str]]:
    tree = html.fromstring(page)
    rows = tree.xpath("//table[contains(@class, 'rug')]/tbody/tr")
    return {r.xpath("string(th/a)"): [" ".join(td.text_content().split()) for td in
                                      r.xpath("td")[1:]] for r in rows}  # fmt: skip


def test_the_benchmarks_page_is_a_tartan_rug_of_quartile_bands(app, client):
    page = client.get(f"/benchmarks?la={LA}&month=2025-04")
    assert page.status_code == 200
    header = html.fromstring(page.text).xpath("string(//table[contains(@class, 'rug')]/thead)")
    assert "This council (318)" in header and "Kingston (314)" in header
    cells = rug(page.text)
    # CLA1 (no good direction): 5 < 9, two councils ranked; quartile = ceiling(4 x rank / 2)
    assert cells["CLA1"] == ["Q4 9", "Q2 5", "c"]
    # CLA7P (lower is better): 10 < 20 < 30 (Barking, not a neighbour), three ranked:
    # 318 rank 1, quartile ceiling(4/3) = 2, band B; Kingston rank 2, quartile 3, band C
    assert cells["CLA7P"] == ["B 10.0%", "C 20.0%", "c"]
    # the viewer's March 2025 CLA3 is suppressed, so 318's own year figure is too
    assert cells["CLA3"] == ["c", "Q2 7", "–"]
    analyst = rug(signed_in(app, "analyst").get(f"/benchmarks?la={LA}&month=2025-04").text)
    assert analyst["CLA3"] == ["Q4 12", "Q2 7", "–"]
    assert 'class="band band-b"' in page.text


def test_the_benchmarks_page_before_any_31_march_says_none_is_loaded(client):
    page = client.get(f"/benchmarks?la={LA}&month=2025-02")
    assert "No published statistics are loaded" in page.text


def chart_rows(page: str) -> list[dict]:
    tree = html.fromstring(page)
    (spec,) = tree.xpath("//section[@class='benchmarks']//div[@data-spec]/@data-spec")
    return [row for rows in json.loads(spec)["datasets"].values() for row in rows]


def test_the_panel_chart_draws_the_published_figures_alone(app, client):
    rows = chart_rows(client.get(f"/indicator/CLA1?la={LA}&month=2025-04").text)
    # bars: this council 9 and Kingston 5 (Westminster's "c" has no bar); lines: England, region
    assert {(r.get("area"), r["value"]) for r in rows if "area" in r} == {
        ("This council", 9.0), ("Kingston", 5.0)}  # fmt: skip
    assert {(r["line"], r["value"]) for r in rows if "line" in r} == {
        ("England", 80000.0), ("Region (London)", 9000.0)}  # fmt: skip
    # a viewer's CLA3 for 318 is hidden: Kingston's bar alone; an analyst sees 318's 12
    viewer = chart_rows(client.get(f"/indicator/CLA3?la={LA}&month=2025-04").text)
    assert [(r["area"], r["value"]) for r in viewer if "area" in r] == [("Kingston", 7.0)]
    analyst = signed_in(app, "analyst").get(f"/indicator/CLA3?la={LA}&month=2025-04").text
    assert ("This council", 12.0) in [(r["area"], r["value"]) for r in chart_rows(analyst)
                                      if "area" in r]  # fmt: skip
