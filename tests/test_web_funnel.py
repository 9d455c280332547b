"""The benchmark panel's funnel plot on the dashboard, from a hand-made published file.

CLA7P (children looked after in residential placements, %) for England (50%) and five councils
with the count behind each figure, so each has a size. In ``web_fixtures``' store 318's own
March 2025 CLA7P is 1 child of 8 (ZQA in a children's home), which a viewer's figures hide, and
DfE's 31 March 2025 figure rests on that month: a viewer sees neither 318's published figure
nor its point; an analyst sees both.
"""

from __future__ import annotations

from datetime import date

import pytest
from lxml import html

from csc_scorecard.analysis.config import load_config
from csc_scorecard.indicators.compute import compute
from csc_scorecard.ingest.benchmark_mapping import Mapping
from csc_scorecard.ingest.benchmarks import load_benchmarks
from csc_scorecard.publish.assemble import assemble
from csc_scorecard.publish.html import render_html
from csc_scorecard.store import Store
from csc_scorecard.web import accounts, create_app
from csc_scorecard.web.roles import Role
from test_web_benchmarks import signed_in
from web_fixtures import LA, PASSWORD, small_store

MAPPING = """
publications: {cla: {title: Children looked after, url: ""}}
indicators:
  CLA7P: {publication: cla, filters: {cla_group: Residential}, column: percent, per: 100,
         numerator: number, time_basis: 31 March}
"""
HEAD = "time_period,time_identifier,geographic_level,country_code,region_code,region_name,"
HEAD += "new_la_code,old_la_code,la_name,cla_group,number,percent"
COUNCIL = "2025,Reporting year,Local authority,E92000001,E12000007,London"
ROWS = [
    "2025,Reporting year,National,E92000001,,,,,,Residential,40000,50.0",
    f"{COUNCIL},E09000027,{LA},Richmond,Residential,12,30.0",  # 40 children
    f"{COUNCIL},E09000021,314,Kingston,Residential,20,50.0",  # 40
    f"{COUNCIL},E09000033,213,Westminster,Residential,c,c",
    f"{COUNCIL},E09000002,202,Barking,Residential,24,48.0",  # 50
    f"{COUNCIL},E09000003,203,Barnet,Residential,31,51.7",  # about 60
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    folder = tmp_path_factory.mktemp("webfunnel")
    path = small_store(folder / "store.duckdb")
    (folder / "map.yaml").write_text(MAPPING)
    (folder / "cla.csv").write_text("\n".join([HEAD, *ROWS]) + "\n")
    store = Store(str(path))
    compute(store, date(2025, 1, 1), date(2025, 4, 1), ["CLA7P"])
    load_benchmarks(store, [folder / "cla.csv"], Mapping.read(folder / "map.yaml"))
    store.con.disconnect()
    return path


@pytest.fixture(scope="module")
def app(store_path):
    app = create_app(str(store_path), f"sqlite:///{store_path.parent / 'app.db'}")
    with app.state.web.sessions.begin() as db:
        accounts.add_user(db, "viewer", PASSWORD, Role.viewer)
        accounts.add_user(db, "analyst", PASSWORD, Role.analyst)
    return app


def funnel(page: str) -> tuple[list, dict[str, list[str]]]:
    """The plot's council marks (code, class) and its table's rows by council."""
    tree = html.fromstring(page)
    marks = [(m.get("data-code"), m.get("class")) for m in
             tree.xpath("//figure[@class='funnel']//*[@data-code]")]  # fmt: skip
    rows = tree.xpath("//table[contains(@class, 'funnel-table')]/tbody/tr")
    table = {r.xpath("string(th)"): [td.text_content() for td in r.xpath("td")] for r in rows}
    return marks, table


def test_an_analyst_sees_the_council_highlighted_on_the_funnel_plot(app):
    page = signed_in(app, "analyst").get(f"/indicator/CLA7P?la={LA}&month=2025-04").text
    marks, table = funnel(page)
    assert ("318", "council this-council") in marks
    assert {code for code, _ in marks} == {"318", "314", "202", "203"}  # 213 is "c"
    # 12 of 40 children: the exact binomial 95% lower limit at 40 is 35% (P(X<=13) = 0.019
    # < 0.025 <= P(X<=14) = 0.040), the 99.8% one 25% (P(X<=9) = 0.0003 < 0.001 <=
    # P(X<=10) = 0.0011), so 30% is below the inner limit alone
    assert table["This council: Richmond (318)"] == ["40", "30.0%", "below the 95.0% limit"]
    (own,) = html.fromstring(page).xpath("//figure[@class='funnel']//*[@data-code='318']")
    assert own.get("data-beyond") == "below the 95.0% limit"
    assert table["Kingston (314)"] == ["40", "50.0%", "within"]
    assert 'role="img"' in page and "Funnel plot of" in page


def test_a_viewer_never_sees_the_point_of_a_figure_the_pack_hides(app):
    page = signed_in(app, "viewer").get(f"/indicator/CLA7P?la={LA}&month=2025-04").text
    marks, table = funnel(page)
    assert marks and "318" not in {code for code, _ in marks}
    assert not any("318" in name for name in table)
    figure = html.fromstring(page).xpath("string(//figure[@class='funnel'])")
    assert "30.0%" not in page and "this council's figure is not shown" in page
    assert "Richmond" not in figure


def test_the_published_pack_plots_without_the_hidden_council(store_path):
    store = Store(str(store_path), read_only=True)
    pack = assemble(store, LA, date(2025, 4, 1), load_config()).data
    pages = {p.id: p for p in pack.pages}
    page = pages["CLA7P"]
    assert page.benchmark is not None and page.benchmark.council is None  # shown as "c"
    assert page.funnel is not None and {p.code for p in page.funnel.points} == {
        "314", "202", "203"}  # fmt: skip
    assert 'data-code="318"' not in page.funnel_svg and "30.0%" not in page.funnel_svg
    html_text = render_html(pack)
    assert 'class="funnel"' in html_text and "This council: Richmond" not in html_text
    store.con.disconnect()
