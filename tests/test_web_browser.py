"""The dashboard in Debian's chromium, driven by Playwright, against a real server.

One ``scorecard serve`` per module on a free port, over the hand-worked store of
``web_fixtures``. Screenshots of the main pages go to ``out/screenshots/``; axe-core (from the
npm registry, cached under ~/.cache/csc-scorecard) scans every page.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from browser_fixtures import serious_violations
from csc_scorecard.analysis.commentary import Comment, Commentary
from csc_scorecard.analysis.config import load_config
from csc_scorecard.publish.write import write_pack
from csc_scorecard.store import Store
from csc_scorecard.web import accounts, commentary_for
from csc_scorecard.web.db import session_factory
from csc_scorecard.web.roles import Role
from test_web_forecast import forecast_store
from web_fixtures import LA, PASSWORD, add_benchmarks

pytestmark = pytest.mark.slow

SCREENSHOTS = Path(__file__).resolve().parents[1] / "out" / "screenshots"
Q = f"?la={LA}&month=2025-04"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, str]]:
    """(base URL, app database URL, store) of a running dashboard with one user per role."""
    folder = tmp_path_factory.mktemp("browser")
    store = forecast_store(folder / "store.duckdb")  # web_fixtures' store, with forecasts
    add_benchmarks(store, folder)
    app_db = f"sqlite:///{folder / 'app.db'}"
    with session_factory(app_db).begin() as db:
        for role in Role:
            accounts.add_user(db, role.name, PASSWORD, role)
    port = free_port()
    command = [sys.executable, "-m", "csc_scorecard", "serve", "--port", str(port),
               "--store", str(store), "--app-db", app_db]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{base}/login", timeout=2)
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    output = process.stdout.read().decode() if process.stdout else ""
                    pytest.fail(f"the dashboard did not start:\n{output}")
                time.sleep(0.3)
        yield base, app_db, str(store)
    finally:
        process.terminate()
        process.wait(timeout=10)


def sign_in(browser, base: str, role: Role, **options):
    context = browser.new_context(**options)
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(f"{base}/login")
    page.fill("#username", role.name)
    page.fill("#password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url(f"{base}/")
    page.problems = problems  # type: ignore[attr-defined]
    return page


def real_errors(page) -> list[str]:
    """Console errors other than the browser asking for a favicon."""
    return [p for p in page.problems if "favicon" not in p and "404" not in p]


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.name)
def test_each_role_signs_in_and_sees_the_overview(server, browser, role):
    base, *_ = server
    page = sign_in(browser, base, role)
    assert page.locator("h1").inner_text().startswith("Overview: council 318")
    row = page.locator("tr", has=page.locator("a", has_text="CLA1 Children looked after"))
    assert row.locator("td.num").first.inner_text() == "9"  # April 2025, worked in web_fixtures
    assert page.locator(".sparkline svg[role=img] path").count() > 0  # inline, no script
    assert (page.locator("nav >> text=Admin").count() == 1) == (role == Role.admin)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"overview-{role.name}.png", full_page=True)
    assert real_errors(page) == []  # includes Content Security Policy violations
    page.context.close()


def test_indicator_page_draws_its_chart(server, browser):
    base, *_ = server
    page = sign_in(browser, base, Role.viewer)
    page.click("text=CLA1 Children looked after")
    page.wait_for_selector(".chart[data-rendered=true] svg")
    assert page.locator(".chart svg path").count() > 0
    table = page.locator("table", has=page.locator("caption", has_text="by month"))
    assert table.locator("tbody tr").count() == 4  # January to April 2025
    page.screenshot(path=SCREENSHOTS / "indicator.png", full_page=True)
    assert real_errors(page) == []
    page.context.close()


def test_benchmark_panel_draws_its_neighbour_bar_chart(server, browser):
    # the chart's specification rides in the page (data-spec), not behind a URL
    base, *_ = server
    page = sign_in(browser, base, Role.viewer)
    page.goto(f"{base}/indicator/CLA1{Q}")
    chart = page.locator(".benchmarks .chart[data-spec]")
    chart.locator("svg").wait_for()
    assert chart.get_attribute("data-rendered") == "true"
    assert chart.locator("svg path, svg rect").count() > 0
    assert real_errors(page) == []
    page.context.close()


def test_forecast_page_draws_its_fan_chart_and_analysts_keep_a_scenario(server, browser):
    base, *_ = server
    page = sign_in(browser, base, Role.analyst)
    page.click("nav >> text=Forecast")
    page.wait_for_selector(".chart[data-rendered=true] svg")
    assert page.locator(".chart svg path").count() > 0
    table = page.locator("table", has=page.locator("caption", has_text="forecast by month"))
    assert table.locator("tbody tr").count() == 3  # May to July 2025 (test_web_forecast)
    page.screenshot(path=SCREENSHOTS / "forecast.png", full_page=True)
    page.fill("#new-name", "UASC arrivals +30%")
    page.fill("#new-uasc", "+30")
    page.click("text=Add scenario")
    page.wait_for_url(f"{base}/forecast?la={LA}#scenarios")
    row = page.locator("tr", has=page.locator("td", has_text="UASC arrivals +30%"))
    assert "UASC x1.3" in row.inner_text()
    assert real_errors(page) == []  # includes Content Security Policy violations
    page.context.close()


def test_analyst_adds_commentary_and_it_reaches_the_pack(server, browser, tmp_path):
    base, app_db, store = server
    page = sign_in(browser, base, Role.analyst)
    page.goto(f"{base}/indicator/CLA1{Q}")
    page.fill("#comment-text", "Four siblings came into care together.")
    page.click("text=Save commentary")
    assert page.locator("blockquote.comment").inner_text().startswith("Four siblings")
    history = page.locator("table", has=page.locator("caption", has_text="Commentary history"))
    assert "Four siblings came into care together." in history.inner_text()
    written = commentary_for(app_db, LA, date(2025, 4, 1))
    assert written == [("CLA1", "Four siblings came into care together.", "analyst")]
    # The pack regenerated with the dashboard's commentary carries it (the server holds the
    # store's lock, so the pack is written from a copy).
    copy = Path(shutil.copy(store, tmp_path / "copy.duckdb"))
    notes = Commentary(tuple(Comment(i, date(2025, 4, 1), words, who) for i, words, who in written))
    config = load_config(None, notes)
    _, (html,) = write_pack(Store(str(copy)), LA, date(2025, 4, 1), tmp_path, config, ["html"])
    assert "Four siblings came into care together." in html.read_text(encoding="utf-8")
    page.context.close()


def test_analyst_creates_a_plan_action_and_changes_its_status(server, browser):
    base, *_ = server
    page = sign_in(browser, base, Role.analyst)
    page.goto(f"{base}/plan")
    page.fill("#area-title", "Placement stability")
    page.click("text=Add priority area")
    page.click("summary:has-text('Add an action to Placement stability')")
    form = page.locator("form[action='/plan/actions']")
    form.locator("textarea[name=title]").fill("Review every placement ending within 3 months")
    form.locator("input[name=owner]").fill("Head of children in care")
    form.locator("input[name=due_date]").fill("2025-07-31")
    form.locator("select[name=rag]").select_option("amber")
    form.locator("button").click()
    page.wait_for_url("**/plan/actions/*")
    page.select_option("#edit-status", "in progress")
    page.click("text=Save changes")
    assert page.locator("#action-status").inner_text() == "in progress"
    history = page.locator("table", has=page.locator("caption", has_text="Every change"))
    status_rows = history.locator("tr", has=page.locator("td", has_text="status"))
    assert status_rows.count() == 2
    assert "not started" in status_rows.nth(1).inner_text()
    assert "in progress" in status_rows.nth(1).inner_text()
    page.screenshot(path=SCREENSHOTS / "plan-action.png", full_page=True)
    page.goto(f"{base}/plan")
    page.screenshot(path=SCREENSHOTS / "plan.png", full_page=True)
    page.context.close()


def test_viewer_is_refused_drill_down_and_admin(server, browser):
    base, *_ = server
    page = sign_in(browser, base, Role.viewer)
    for path in (f"/indicator/CLA1/children{Q}", "/admin", "/quality/rows"):
        response = page.goto(base + path)
        assert response.status == 403
        body = page.content()
        assert "ZQ" not in body and "P-" not in body and "Administration" not in body
    page.context.close()


PAGES = ["/", f"/indicator/CLA1{Q}", f"/indicator/CLA1/children{Q}", "/quality",
         "/quality/rows", "/plan", "/plan/document", "/panel", "/meeting", "/admin",
         "/forecast"]  # fmt: skip


def test_no_serious_or_critical_accessibility_violations(server, browser, axe_script):
    base, *_ = server
    # axe is injected as an inline script, which the app's CSP rightly blocks: bypass it here.
    page = sign_in(browser, base, Role.admin, bypass_csp=True)
    found = {}
    for path in [*PAGES, "/plan/actions/1"]:
        page.goto(base + path)
        page.wait_for_load_state("networkidle")
        found[path] = serious_violations(page, axe_script)
        name = path.strip("/").split("?")[0].replace("/", "-") or "overview"
        page.screenshot(path=SCREENSHOTS / f"page-{name}.png", full_page=True)
    login = browser.new_context(bypass_csp=True).new_page()
    login.goto(f"{base}/login")
    found["/login"] = serious_violations(login, axe_script)
    assert {path: issues for path, issues in found.items() if issues} == {}
