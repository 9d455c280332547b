"""Every route, as every role, against hostile input: no 500, no traceback, nothing reflected
unescaped, and no hidden count on any viewer page or export (issue 16 "Must show").

Payloads: script and markup, SQL metacharacters, null bytes, 10,000 characters, path
traversal, months out of range and councils that do not exist, put in turn into each query
parameter, path parameter and form field a route takes. Payloads rotate over the places and
the roles take turns, so the walk stays short; every route meets every payload.

Disclosure is checked on the ADP1 store of ``test_web_figures`` (April 2024 = 4 and April
2025 = 2 are suppressed): every number a viewer's page, chart or export shows is read back
(``privacy.scan``) and none is one of the hidden counts, and each export of figures passes
the independent disclosure check against the unsuppressed figures.
"""

from __future__ import annotations

import io
import re
from itertools import cycle
from pathlib import Path
from urllib.parse import quote

import pandas as pd
import pytest

from csc_scorecard.privacy import disclosure_problems
from csc_scorecard.privacy.scan import numbers_in_html, numbers_in_text
from csc_scorecard.web import accounts, create_app
from csc_scorecard.web.roles import Role
from test_web import ROUTES, api_routes, csrf, signed_in
from test_web_figures import adoption_store
from web_fixtures import LA, PASSWORD, small_store

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "318' OR '1'='1",
    "'; DROP TABLE person; --",
    "318\x00",
    "\x00'",
    "A" * 10_000,
    "../../../../etc/passwd",
    "..%2f..%2fetc%2fpasswd",
    "0001-01",
    "9999-12",
    "2027-01",
    "999",
    "000",
]
QUERY = ("la", "month", "source", "rule", "breakdown", "value")
ROLES = (Role.viewer, Role.analyst, Role.admin)


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory):
    return _app(small_store(tmp_path_factory.mktemp("walk") / "store.duckdb"), tmp_path_factory)


@pytest.fixture(scope="module")
def adoption_app(tmp_path_factory: pytest.TempPathFactory):
    path = adoption_store(tmp_path_factory.mktemp("adoption") / "store.duckdb")
    return _app(path, tmp_path_factory)


def _app(store: Path, factory: pytest.TempPathFactory):
    application = create_app(str(store), f"sqlite:///{factory.mktemp('app') / 'app.db'}")
    with application.state.web.sessions.begin() as db:
        for role in Role:
            accounts.add_user(db, role.name, PASSWORD, role)
    application.state.store = store
    return application


def _requests(app) -> list[tuple[str, str, dict[str, str] | None]]:
    """(method, path, form) for each route with payloads in each place it takes input.

    Places are the route's path parameters, its query parameters and its form fields; each
    payload goes to one place, the next payload to the next place, so every route meets
    every payload and every place some, while the walk stays short.
    """
    queries = {(m, r.path): {q.name for q in r.dependant.query_params}
               for r in api_routes(app.routes) for m in r.methods}  # fmt: skip
    found = []
    for method, template, path, _role, form in ROUTES:
        if template in ("/login", "/logout"):
            continue
        base, _, query = path.partition("?")
        given = dict(p.split("=", 1) for p in query.split("&") if p)
        suffix = f"?{query}" if query else ""
        places: list[tuple[str, str]] = [("path", s) for s in re.findall(r"{(\w+)}", template)]
        places += [("query", q) for q in sorted(queries[(method, template)])]
        places += [("form", f) for f in form or {}]
        for payload, (kind, name) in zip(PAYLOADS, cycle(places), strict=False):
            if kind == "path":
                filled = _fill(template, base, name, quote(payload, safe=""))
                found.append((method, filled + suffix, form))
            elif kind == "query":
                found.append((method, base + "?" + _query({**given, name: payload}), None))
            else:
                found.append((method, base, {**(form or {}), name: payload}))
    return found


def _fill(template: str, path: str, slot: str, value: str) -> str:
    """``path`` (a filled ``template``) with the part that filled ``slot`` replaced."""
    pattern = re.escape(template)
    for name in re.findall(r"{(\w+)}", template):
        group = f"(?P<{name}>[^/]+?)" if name == "fmt" else f"(?P<{name}>[^/]+)"
        pattern = pattern.replace(re.escape("{" + name + "}"), group)
    match = re.fullmatch(pattern, path)
    assert match, (template, path)
    start, end = match.span(slot)
    return path[:start] + value + path[end:]


def _query(values: dict[str, str]) -> str:
    return "&".join(f"{k}={quote(v, safe='')}" for k, v in values.items())


def test_every_route_role_and_payload_fails_safely(app):
    clients = {role: signed_in(app, role) for role in ROLES}
    tokens = {role: csrf(clients[role], "/login") for role in ROLES}
    roles = cycle(ROLES)
    problems = []
    for method, path, form in _requests(app):
        role = next(roles)
        client = clients[role]
        if method == "GET":
            response = client.get(path)
        else:
            response = client.post(path, data={**(form or {}), "csrf_token": tokens[role]})
        body = response.text if "text" in response.headers.get("content-type", "") else ""
        where = f"{role.name} {method} {path[:120]!r}"
        if response.status_code >= 500:
            problems.append(f"{where}: HTTP {response.status_code}")
        if "Traceback" in response.text or "duckdb" in response.text.lower():
            problems.append(f"{where}: an internal error shown")
        for payload in PAYLOADS:
            if ("<" in payload or '"' in payload) and payload in body:
                problems.append(f"{where}: {payload!r} reflected unescaped")
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("role", ROLES, ids=lambda r: r.name)
@pytest.mark.parametrize("path", ["/quality?source=%00", "/quality.csv?source=a%00'",
                                  "/quality/rows?source=ssda903&rule=%00"])  # fmt: skip
def test_finding_7_a_null_byte_in_a_source_or_rule_is_a_404_not_a_500(app, role, path):
    """Issue 16 finding 7: ``/quality?source=`` with a null byte reached DuckDB (a 500)."""
    response = signed_in(app, role).get(path)
    assert response.status_code in (403, 404) and "Traceback" not in response.text


@pytest.mark.parametrize(
    "path", ["/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd",
             "/indicator/..%2F..%2Fetc%2Fpasswd"]
)  # fmt: skip
def test_path_traversal_reads_nothing_outside(app, path):
    response = signed_in(app, Role.admin).get(path)
    assert response.status_code in (403, 404) and "root:" not in response.text


VIEWER_PAGES = [
    "/?la={la}&month=2025-04",
    "/?la={la}&month=2024-04",
    "/overview.csv?la={la}&month=2025-04",
    "/overview.xlsx?la={la}&month=2024-04",
    "/indicator/ADP1?la={la}&month=2025-04",
    "/indicator/ADP1?la={la}&month=2024-04",
    "/indicator/ADP1/chart.json?la={la}&month=2025-04",
    "/indicator/ADP1/figures.csv?la={la}",
    "/indicator/ADP1/figures.xlsx?la={la}",
]
VEGA_SCHEMA = re.compile(r"https://vega\.github\.io/schema/[\w/.-]+\.json")
"""The charts' schema address (a version number, not a figure), left out of the scan."""
DATE_PART = re.compile(r"0\d")
"""A month or day as dates write it ("2024-04-01"): a figure is never written "04"."""
HIDDEN = {2.0, 4.0}
"""ADP1's suppressed counts (April 2025 and April 2024); no other figure is 2 or 4."""


@pytest.mark.parametrize("path", VIEWER_PAGES)
def test_no_hidden_count_on_any_viewer_page_or_export(adoption_app, tmp_path, path):
    viewer = signed_in(adoption_app, Role.viewer)
    response = viewer.get(path.format(la=LA))
    assert response.status_code == 200, path
    kind = response.headers["content-type"]
    if "html" in kind:
        page = tmp_path / "page.html"
        page.write_text(VEGA_SCHEMA.sub("", response.text), encoding="utf-8")
        shown = [(f.value, f.text) for f in numbers_in_html(page)]
    elif "spreadsheet" in kind:
        shown = [(v, "xlsx") for v in _xlsx_values(response.content)]
    elif "json" in kind:  # a chart: its data, and every sentence (the styling is not output)
        spec = response.json()
        shown = [(float(v), str(v)) for rows in spec["datasets"].values() for row in rows
                 for v in row.values() if isinstance(v, int | float)]  # fmt: skip
        shown += list(numbers_in_text(f"{spec.get('title', '')} {spec.get('description', '')}"))
    else:
        shown = list(numbers_in_text(response.text))
    leaked = [(v, t) for v, t in shown if v in HIDDEN and not DATE_PART.fullmatch(t)]
    assert not leaked, leaked[:5]


def _xlsx_values(body: bytes) -> list[float]:
    frame = pd.read_excel(io.BytesIO(body))
    return [float(v) for v in frame.select_dtypes("number").to_numpy().ravel() if pd.notna(v)]


def test_viewer_exports_pass_the_independent_disclosure_check(adoption_app):
    store = adoption_app.state.store
    truth = _figures(store)
    viewer = signed_in(adoption_app, Role.viewer)
    shown = pd.read_csv(io.BytesIO(viewer.get(f"/indicator/ADP1/figures.csv?la={LA}").content))
    shown = shown.assign(la_code=LA, month=pd.to_datetime(shown["month"]).dt.date)
    assert disclosure_problems(shown, truth) == []
    analyst = signed_in(adoption_app, Role.analyst)
    raw = pd.read_csv(io.BytesIO(analyst.get(f"/indicator/ADP1/figures.csv?la={LA}").content))
    raw = raw.assign(la_code=LA, month=pd.to_datetime(raw["month"]).dt.date)
    assert disclosure_problems(raw, truth)  # the check can fail: the analyst's has the counts


def _figures(store: Path) -> pd.DataFrame:
    from csc_scorecard.store import Store

    opened = Store(str(store), read_only=True)
    try:
        rows = opened.table("indicator_value").execute()
    finally:
        opened.con.disconnect()
    rows["month"] = pd.to_datetime(rows["month"]).dt.date
    return rows
