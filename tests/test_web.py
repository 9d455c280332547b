"""The dashboard through FastAPI's TestClient: every route against every role, CSRF, the
sign-in rate limit, password hashing, migrations, commentary, the plan and disclosure control.

The store is the hand-worked one in ``web_fixtures`` (CLA1 April 2025 = 9, of whom 1 in a
children's home and 8 in foster care).
"""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from lxml import html
from sqlalchemy import inspect, text

from conftest import tiny_store
from csc_scorecard.web import accounts, commentary_for, create_app
from csc_scorecard.web.csrf import FIELD as CSRF_FIELD
from csc_scorecard.web.db import migrate
from csc_scorecard.web.passwords import hash_password, verify_password
from csc_scorecard.web.roles import Role
from csc_scorecard.web.routes.auth import PUBLIC
from web_fixtures import APRIL, LA, PASSWORD, app_with_users, small_store

Q = f"?la={LA}&month=2025-04"
ROLES = [None, *Role]
# Every registered route: method, path template, a path to request, the lowest role allowed
# (None: open to anyone) and, for a POST, a form that an allowed role may send.
ROUTES = [
    ("GET", "/login", "/login", None, None),
    ("POST", "/login", "/login", None, None),
    ("POST", "/logout", "/logout", Role.viewer, {}),
    ("GET", "/", f"/{Q}", Role.viewer, None),
    ("GET", "/overview.{fmt}", f"/overview.csv{Q}", Role.viewer, None),
    ("POST", "/publish", "/publish", Role.analyst, {"la": LA, "month": "2025-04"}),
    ("GET", "/indicator/{indicator_id}", f"/indicator/CLA1{Q}", Role.viewer, None),
    (
        "GET",
        "/indicator/{indicator_id}/chart.json",
        f"/indicator/CLA1/chart.json{Q}",
        Role.viewer,
        None,
    ),
    (
        "GET",
        "/indicator/{indicator_id}/figures.{fmt}",
        f"/indicator/CLA1/figures.xlsx{Q}",
        Role.viewer,
        None,
    ),
    (
        "POST",
        "/indicator/{indicator_id}/commentary",
        "/indicator/CLA1/commentary",
        Role.analyst,
        {"la": LA, "month": "2025-04", "text": "Walk"},
    ),
    (
        "POST",
        "/indicator/{indicator_id}/recalculation",
        "/indicator/CLA3/recalculation",
        Role.analyst,
        {"la": LA, "month": "2025-04", "at": "2025-02", "decision": "declared", "reason": "Walk"},
    ),
    (
        "GET",
        "/indicator/{indicator_id}/children",
        f"/indicator/CLA1/children{Q}",
        Role.analyst,
        None,
    ),
    (
        "GET",
        "/indicator/{indicator_id}/children.{fmt}",
        f"/indicator/CLA1/children.csv{Q}",
        Role.analyst,
        None,
    ),
    ("GET", "/benchmarks", f"/benchmarks{Q}", Role.viewer, None),
    ("GET", "/forecast", f"/forecast{Q}", Role.viewer, None),
    ("GET", "/forecast/chart.json", f"/forecast/chart.json?la={LA}", Role.viewer, None),
    (
        "POST",
        "/forecast/scenarios",
        "/forecast/scenarios",
        Role.analyst,
        {"la": LA, "name": "Walk", "uasc": "+20"},
    ),
    (
        "POST",
        "/forecast/scenarios/{scenario_id}",
        "/forecast/scenarios/999999",
        Role.analyst,
        {"la": LA, "name": "Walk", "every": "-10"},
    ),
    (
        "POST",
        "/forecast/scenarios/{scenario_id}/delete",
        "/forecast/scenarios/999999/delete",
        Role.analyst,
        {"la": LA},
    ),
    ("GET", "/quality", "/quality", Role.viewer, None),
    ("GET", "/quality.{fmt}", "/quality.csv", Role.viewer, None),
    ("GET", "/quality/rows", "/quality/rows", Role.analyst, None),
    ("GET", "/quality/rows.{fmt}", "/quality/rows.xlsx", Role.analyst, None),
    ("GET", "/plan", "/plan", Role.viewer, None),
    ("GET", "/plan.{fmt}", "/plan.csv", Role.viewer, None),
    ("GET", "/plan/document", "/plan/document", Role.viewer, None),
    ("POST", "/plan/areas", "/plan/areas", Role.analyst, {"la": LA, "title": "Walk area"}),
    (
        "POST",
        "/plan/actions",
        "/plan/actions",
        Role.analyst,
        {
            "la": LA,
            "area_id": "999999",
            "title": "t",
            "owner": "o",
            "status": "in progress",
            "rag": "red",
        },
    ),
    ("GET", "/plan/actions/{action_id}", "/plan/actions/999999", Role.viewer, None),
    (
        "POST",
        "/plan/actions/{action_id}",
        "/plan/actions/999999",
        Role.analyst,
        {"la": LA, "title": "t", "owner": "o", "status": "in progress", "rag": "red"},
    ),
    ("GET", "/panel", "/panel", Role.viewer, None),
    ("GET", "/panel.{fmt}", "/panel.xlsx", Role.viewer, None),
    (
        "POST",
        "/panel",
        "/panel",
        Role.analyst,
        {"la": LA, "meeting_date": "2025-05-01", "request_text": "Walk request"},
    ),
    ("POST", "/panel/{panel_id}", "/panel/999999", Role.analyst, {"la": LA, "status": "open"}),
    ("GET", "/meeting", "/meeting", Role.viewer, None),
    ("GET", "/admin", "/admin", Role.admin, None),
    (
        "POST",
        "/admin/users",
        "/admin/users",
        Role.admin,
        {"username": "walker", "password": "short", "role": "viewer"},
    ),
    (
        "POST",
        "/admin/users/{username}/role",
        "/admin/users/nobody/role",
        Role.admin,
        {"role": "viewer"},
    ),
    ("POST", "/admin/users/{username}/remove", "/admin/users/nobody/remove", Role.admin, {}),
    ("POST", "/admin/settings", "/admin/settings", Role.admin, {"real_ids": "no"}),
    ("GET", "/admin/sessions", "/admin/sessions", Role.admin, None),
    (
        "POST",
        "/admin/sessions/{session_id}/revoke",
        "/admin/sessions/999999/revoke",
        Role.admin,
        {},
    ),
    ("GET", "/admin/audit", "/admin/audit", Role.admin, None),
    ("GET", "/admin/audit.csv", "/admin/audit.csv", Role.admin, None),
]
GET_NOT_FOUND = {"/plan/actions/999999", f"/forecast/chart.json?la={LA}"}
"""Allowed, but there is no such action, and no forecast has been made."""


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return small_store(tmp_path_factory.mktemp("web") / "store.duckdb")


@pytest.fixture(scope="module")
def app(store_path: Path, tmp_path_factory: pytest.TempPathFactory):
    url = f"sqlite:///{tmp_path_factory.mktemp('app') / 'app.db'}"
    application = app_with_users(store_path, url)
    application.state.test_url = url
    return application


def csrf(client: TestClient, path: str = "/login") -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).text)
    assert found, f"no CSRF field on {path}"
    return found.group(1)


def signed_in(app, role: Role | None) -> TestClient:
    client = TestClient(app, follow_redirects=False)
    if role is not None:
        token = csrf(client)
        response = client.post(
            "/login", data={"username": role.name, "password": PASSWORD, "csrf_token": token}
        )
        assert response.status_code == 303, response.text
    return client


@pytest.fixture(scope="module")
def clients(app) -> dict:
    return {role: signed_in(app, role) for role in ROLES}


def api_routes(routes) -> list[APIRoute]:
    """Every API route, looking inside included routers (FastAPI includes them lazily)."""
    found = []
    for route in routes:
        if isinstance(route, APIRoute):
            found.append(route)
        elif hasattr(route, "original_router"):
            found.extend(api_routes(route.original_router.routes))
    return found


def role_rule(route: APIRoute):
    """The role a route's dependencies check, searching nested dependencies."""
    pending = [route.dependant]
    while pending:
        dependant = pending.pop()
        rule = getattr(dependant.call, "required_role", None)
        if rule is not None:
            return rule
        pending.extend(dependant.dependencies)
    return None


def declares(route: APIRoute, name: str) -> bool:
    pending = [route.dependant]
    while pending:
        dependant = pending.pop()
        if getattr(dependant.call, "__name__", "") == name:
            return True
        pending.extend(dependant.dependencies)
    return False


def test_every_registered_route_is_in_the_table_and_declares_its_role(app):
    registered = {(m, r.path) for r in api_routes(app.routes) for m in r.methods}
    assert registered == {(m, p) for m, p, *_ in ROUTES}  # a new route needs a row here
    for route in api_routes(app.routes):
        for method in route.methods:
            expected = next(rule for m, p, _, rule, _ in ROUTES if (m, p) == (method, route.path))
            if (method, route.path) in PUBLIC:
                assert role_rule(route) is None and expected is None
            else:
                assert role_rule(route) == expected, route.path
            if method == "POST":
                assert declares(route, "verify_csrf"), f"{route.path} has no CSRF check"


@pytest.mark.parametrize("role", ROLES, ids=lambda r: "anonymous" if r is None else r.name)
def test_every_route_against_every_role(app, clients, role):
    client = clients[role]
    for method, _, path, minimum, form in ROUTES:
        if minimum is None or path == "/logout":
            continue
        if method == "GET":
            response = client.get(path)
        else:
            response = client.post(path, data={**form, "csrf_token": csrf(client, "/login")})
        allowed = role is not None and role >= minimum
        if role is None:
            assert response.status_code in (303, 401), (path, response.status_code)
            if response.status_code == 303:
                assert response.headers["location"] == "/login"
        elif not allowed:
            assert response.status_code == 403, (role, path, response.status_code)
            assert_nothing_leaked(response.text)
        elif method == "GET":
            assert response.status_code == (404 if path in GET_NOT_FOUND else 200), (role, path)
        else:
            assert response.status_code in (303, 400, 422), (role, path, response.status_code)


def assert_nothing_leaked(body: str) -> None:
    for secret in ["ZQ", "P-", "date_order", "Administration", "analyst", "admin (", "CLA1"]:
        assert secret not in body, secret


def test_sign_out_needs_the_form_token_and_ends_the_session(app):
    client = signed_in(app, Role.viewer)
    assert client.post("/logout").status_code == 403
    assert client.get("/plan").status_code == 200
    assert client.post("/logout", data={"csrf_token": csrf(client, "/plan")}).status_code == 303
    assert client.get("/plan").status_code == 303


def test_posts_without_the_sessions_csrf_token_are_refused_and_change_nothing(app, clients):
    client = clients[Role.analyst]
    form = {"la": LA, "month": "2025-03", "text": "no token"}
    assert client.post("/indicator/CLA1/commentary", data=form).status_code == 403
    other = signed_in(app, Role.admin)  # a real token, but another session's
    stolen = {**form, "csrf_token": csrf(other, "/plan")}
    assert client.post("/indicator/CLA1/commentary", data=stolen).status_code == 403
    assert commentary_for(app.state.test_url, LA, date(2025, 3, 1)) == []
    login = TestClient(app, follow_redirects=False)
    refused = login.post("/login", data={"username": "viewer", "password": PASSWORD})
    assert refused.status_code == 403


def test_security_headers_and_session_cookie(app):
    client = TestClient(app, follow_redirects=False)
    page = client.get("/login")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in page.text  # no inline script anywhere
    response = client.post(
        "/login", data={"username": "viewer", "password": PASSWORD, "csrf_token": csrf(client)}
    )
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    assert "secure" not in cookie  # served on localhost in the test


def test_cookies_are_secure_when_not_local(store_path, tmp_path):
    app = create_app(str(store_path), f"sqlite:///{tmp_path / 'a.db'}", secure_cookies=True)
    response = TestClient(app, base_url="https://dashboard.example").get("/login")
    cookie = response.headers["set-cookie"].lower()
    assert "secure" in cookie and "httponly" in cookie


def test_sign_in_backs_off_per_user_and_per_address(store_path, tmp_path, monkeypatch):
    # Issue 16 changed this: failures buy waits (see backoff.py), never a 15-minute lockout.
    # The clock stands still, so every wait is still running when the next attempt comes.
    frozen = accounts.changes.now()
    monkeypatch.setattr(accounts.changes, "now", lambda: frozen)
    app = create_app(str(store_path), f"sqlite:///{tmp_path / 'a.db'}")
    with app.state.web.sessions.begin() as db:
        accounts.add_user(db, "victim", PASSWORD, Role.viewer)
    client = TestClient(app, follow_redirects=False)

    def attempt(username: str, password: str) -> int:
        return client.post(
            "/login", data={"username": username, "password": password, "csrf_token": csrf(client)}
        ).status_code

    # Three failures for one name from one address are free; then the next must wait.
    assert [attempt("victim", "wrong password!") for _ in range(3)] == [401] * 3
    assert attempt("victim", PASSWORD) == 429
    # The address: 3 + 17 more failures on other names make 20, the per-address allowance.
    assert {attempt(f"guess{i}", "wrong password!") for i in range(17)} == {401}
    assert attempt("someone-else", "wrong password!") == 429


def test_passwords_are_hashed_with_argon2id():
    first, second = hash_password(PASSWORD), hash_password(PASSWORD)
    assert first.startswith("$argon2id$") and first != second and PASSWORD not in first
    assert verify_password(first, PASSWORD) and not verify_password(first, PASSWORD + "x")
    assert not verify_password("not a hash", PASSWORD)
    with pytest.raises(ValueError):
        hash_password("too short")


@pytest.fixture(params=["sqlite", "postgres"])
def app_db_url(request, tmp_path_factory):
    """A fresh SQLite file; and a real PostgreSQL server from the engine tests' helper."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('m') / 'm.db'}"
        return
    servers = pytest.importorskip(
        "engine_servers", reason="tests/engine_servers.py (PostgreSQL test server) not merged"
    )
    with servers.postgres_server(tmp_path_factory.mktemp("postgres")) as url:
        yield url


def test_migrations_and_state_round_trip(app_db_url):
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from csc_scorecard.web import commentary, plan
    from csc_scorecard.web.db import MIGRATIONS, make_engine, session_factory

    url = app_db_url
    migrate(url)
    migrate(url)  # running again changes nothing
    tables = set(inspect(make_engine(url)).get_table_names())
    assert {
        "app_user",
        "commentary",
        "plan_action",
        "panel_action",
        "change_log",
        "login_attempt",
        "app_setting",
        "priority_area",
        "app_session",
        "audit_event",
        "recalculation_point",
        "forecast_scenario",
        "publish_request",
        "alembic_version",
    } <= tables
    sessions = session_factory(url)
    payload = "x'); DROP TABLE app_user; --"
    with sessions.begin() as db:
        accounts.add_user(db, "ada", PASSWORD, Role.admin)
        commentary.save(db, LA, "CLA1", date(2025, 4, 1), payload, "ada")
        area = plan.add_area(db, LA, "Stability", "", "ada")
        plan.save_action(
            db,
            LA,
            {"title": payload, "owner": "o", "status": "not started", "rag": "red"},
            "ada",
            area_id=area.id,
        )
    with sessions.begin() as db:
        assert accounts.sign_in(db, "ada", PASSWORD, "127.0.0.1").user_id is not None
        assert [a.title for a in plan.areas(db, LA)[0].actions] == [payload]
    assert commentary_for(url, LA, date(2025, 4, 1)) == [("CLA1", payload, "ada")]
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url)
    command.downgrade(config, "base")
    assert set(inspect(make_engine(url)).get_table_names()) == {"alembic_version"}
    migrate(url)
    head = ScriptDirectory.from_config(config).get_current_head()
    with make_engine(url).connect() as connection:
        assert connection.execute(text("select version_num from alembic_version")).scalar() == head


def test_commentary_history_and_inert_payloads(app, clients):
    client = clients[Role.analyst]
    xss = "<script>alert('x')</script>"
    sql = "'); DROP TABLE commentary; --"
    for words in ("First reading.", f"{xss} {sql}"):
        response = client.post(
            "/indicator/CLA1/commentary",
            data={"la": LA, "month": "2025-02", "text": words, "csrf_token": csrf(client, "/plan")},
        )
        assert response.status_code == 303
    page = clients[Role.viewer].get(f"/indicator/CLA1?la={LA}&month=2025-02").text
    assert xss not in page and "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "First reading." in page  # the history keeps the text before the edit
    assert commentary_for(app.state.test_url, LA, date(2025, 2, 1)) == [
        ("CLA1", f"{xss} {sql}", "analyst")
    ]
    with app.state.web.sessions() as db:
        from csc_scorecard.web import commentary

        edits = commentary.edits(db, LA, "CLA1")
    assert [(e.before, e.after, e.username) for e in edits[:2]] == [
        ("First reading.", f"{xss} {sql}", "analyst"),
        (None, "First reading.", "analyst"),
    ]


def test_query_parameters_are_not_reflected(clients):
    client = clients[Role.admin]
    payload = "<script>alert(1)</script>"
    for path in (
        f"/indicator/CLA1?la={payload}",
        f"/indicator/CLA1?la={LA}&month={payload}",
        f"/indicator/{payload}",
        f"/quality/rows?source={payload}",
    ):
        response = client.get(path)
        assert payload not in response.text
    assert client.get(f"/indicator/CLA1?la={LA}&month=2025-4x").status_code == 404


def test_plan_action_created_changed_and_its_history(clients):
    client = clients[Role.analyst]
    token = csrf(client, "/plan")
    client.post("/plan/areas", data={"la": LA, "title": "Stability", "csrf_token": token})
    area_id = re.search(r'name="area_id" value="(\d+)"', client.get("/plan").text).group(1)
    title = "<img src=x onerror=alert(1)> Review placements"
    form = {
        "la": LA,
        "area_id": area_id,
        "title": title,
        "owner": "Head of service",
        "due_date": "2025-06-30",
        "status": "not started",
        "rag": "amber",
        "indicators": "CLA1",
        "evidence": "",
        "csrf_token": token,
    }
    created = client.post("/plan/actions", data=form)
    assert created.status_code == 303
    action_path = created.headers["location"]
    changed = {**form, "status": "in progress", "evidence": "Panel met twice"}
    changed.pop("area_id")
    assert client.post(action_path.split("?")[0], data=changed).status_code == 303
    page = clients[Role.viewer].get(action_path).text
    assert title not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    history = pd.read_html(io.StringIO(page), match="Every change")[0].fillna("")
    status = history[history["Field"] == "status"]
    assert list(zip(status["Before"], status["After"], status["Who"], strict=True)) == [
        ("", "not started", "analyst"),
        ("not started", "in progress", "analyst"),
    ]
    assert (
        client.post(action_path.split("?")[0], data={**changed, "status": "done?"}).status_code
        == 400
    )
    document = clients[Role.viewer].get("/plan/document").text
    assert "Head of service" in document and "in progress" in document
    exported = pd.read_csv(io.BytesIO(clients[Role.viewer].get("/plan.csv").content))
    assert exported.loc[exported["action"] == title, "status"].tolist() == ["in progress"]


def test_panel_action_and_meeting_view(clients):
    client = clients[Role.analyst]
    token = csrf(client, "/panel")
    client.post(
        "/panel",
        data={
            "la": LA,
            "meeting_date": "2025-05-14",
            "csrf_token": token,
            "request_text": "Explain the rise in children looked after",
            "response_due": "2025-06-11",
        },
    )
    panel_id = re.search(r'action="/panel/(\d+)"', client.get("/panel").text).group(1)
    client.post(
        f"/panel/{panel_id}",
        data={
            "la": LA,
            "status": "responded",
            "csrf_token": token,
            "response": "Sibling group of four",
        },
    )
    meeting = clients[Role.viewer].get("/meeting?date=2025-05-14").text
    assert "Explain the rise in children looked after" in meeting
    assert "Sibling group of four" in meeting and "responded" in meeting


def without_csrf_tokens(page: str) -> str:
    """The page without its forms' CSRF tokens: random text, which may hold any letters."""
    tree = html.fromstring(page)
    for token in tree.xpath(f"//input[@name='{CSRF_FIELD}']"):
        token.drop_tree()
    return html.tostring(tree, encoding="unicode")


def test_without_csrf_tokens_keeps_everything_else() -> None:
    page = (f'<html><body><form><input type="hidden" name="{CSRF_FIELD}" value="aZQb">'
            '<input type="hidden" name="la" value="ZQA"></form>'
            "<p>ZQD</p></body></html>")  # fmt: skip
    kept = without_csrf_tokens(page)
    assert "aZQb" not in kept and "ZQA" in kept and "ZQD" in kept


def test_drill_down_lists_the_children_behind_the_figure(app, clients):
    # CLA1 April 2025 = 9: ZQA, ZQD and ZQE..ZQK (see web_fixtures).
    client = clients[Role.analyst]
    listed = pd.read_csv(io.BytesIO(client.get(f"/indicator/CLA1/children.csv{Q}").content))
    assert len(listed) == 9 and listed["numerator"].sum() == 9
    assert listed["child_id"].str.fullmatch(r"P-[0-9a-f]{12}").all()  # pseudonyms by default
    page = client.get(f"/indicator/CLA1/children{Q}").text
    assert "ZQ" not in without_csrf_tokens(page)
    one = client.get(f"/indicator/CLA1/children.csv{Q}&breakdown=placement_type&value=K2")
    assert len(pd.read_csv(io.BytesIO(one.content))) == 1  # ZQA in the children's home
    admin = clients[Role.admin]
    admin.post("/admin/settings", data={"real_ids": "yes", "csrf_token": csrf(admin, "/admin")})
    real = pd.read_csv(io.BytesIO(client.get(f"/indicator/CLA1/children.csv{Q}").content))
    assert set(real["child_id"]) == APRIL
    admin.post("/admin/settings", data={"real_ids": "no", "csrf_token": csrf(admin, "/admin")})


def test_viewer_exports_are_suppressed_and_analyst_exports_are_not(clients):
    # April placement type: K2 = 1 (primary suppression), U4 = 8 (secondary); total 9 shown.
    def april(role: Role) -> pd.DataFrame:
        body = clients[role].get(f"/indicator/CLA1/figures.csv?la={LA}").content
        frame = pd.read_csv(io.BytesIO(body), dtype={"breakdown_value": str})
        return frame[frame["month"] == "2025-04-01"].set_index(["breakdown", "breakdown_value"])

    viewer, analyst = april(Role.viewer), april(Role.analyst)
    assert viewer.loc[("all", "all"), "value"] == 9
    assert pd.isna(viewer.loc[("placement_type", "K2"), "value"])
    assert pd.isna(viewer.loc[("placement_type", "U4"), "value"])
    assert analyst.loc[("placement_type", "K2"), "value"] == 1
    assert analyst.loc[("placement_type", "U4"), "value"] == 8
    overview = pd.read_csv(io.BytesIO(clients[Role.viewer].get(f"/overview.csv{Q}").content))
    assert overview.set_index("indicator").loc["CLA1", "value"] == 9
    assert overview.set_index("indicator").loc["CLA1", "shown"] == "9"
    page = clients[Role.viewer].get(f"/indicator/CLA1{Q}").text
    placement = pd.read_html(io.StringIO(page), match="By placement type")[0]
    assert placement["Value"].tolist() == ["c", "c"]


def test_data_quality_counts_by_source_and_rule(clients):
    counts = pd.read_csv(io.BytesIO(clients[Role.viewer].get("/quality.csv").content))
    assert sorted(zip(counts["source"], counts["rule_id"], counts["rows"], strict=True)) == [
        ("cin", "code_list", 1),
        ("ssda903", "date_order", 2),
    ]
    assert "ZQQ" not in clients[Role.viewer].get("/quality").text
    assert "ZQQ" in clients[Role.analyst].get("/quality/rows?source=ssda903").text


def test_admin_manages_users_and_the_last_admin_stays(app, clients):
    admin = clients[Role.admin]
    token = csrf(admin, "/admin")
    assert (
        admin.post(
            "/admin/users",
            data={
                "username": "newcomer",
                "password": PASSWORD,
                "role": "viewer",
                "csrf_token": token,
            },
        ).status_code
        == 303
    )
    assert (
        admin.post(
            "/admin/users/newcomer/role", data={"role": "analyst", "csrf_token": token}
        ).status_code
        == 303
    )
    newcomer = signed_in(app, Role.viewer)
    newcomer.post("/logout", data={"csrf_token": csrf(newcomer, "/plan")})
    assert admin.post("/admin/users/newcomer/remove", data={"csrf_token": token}).status_code == 303
    refused = admin.post("/admin/users/admin/role", data={"role": "viewer", "csrf_token": token})
    assert refused.status_code == 400 and "last admin" in refused.text
    audit = admin.get("/admin").text
    assert "newcomer" in audit and "analyst" in audit


def test_removed_user_loses_access_at_once(app):
    client = signed_in(app, Role.viewer)
    with app.state.web.sessions.begin() as db:
        accounts.add_user(db, "temporary", PASSWORD, Role.viewer)
    temp = TestClient(app, follow_redirects=False)
    temp.post(
        "/login", data={"username": "temporary", "password": PASSWORD, "csrf_token": csrf(temp)}
    )
    assert temp.get("/plan").status_code == 200
    with app.state.web.sessions.begin() as db:
        accounts.remove_user(db, "temporary")
    assert temp.get("/plan").status_code == 303
    assert client.get("/plan").status_code == 200


def test_overview_is_the_scorecard_with_icons_words_and_what_needs_attention(clients):
    as_computed = clients[Role.analyst].get(f"/{Q}").text
    matrix = pd.read_html(io.StringIO(as_computed), match="Indicators by variation and assurance")
    assert matrix[0].iloc[:, 1:].to_numpy().sum() == 3  # CLA1, CLA3 and CLA4 in April 2025
    page = clients[Role.viewer].get(f"/{Q}").text
    assert "Key to the icons" in page and page.count('class="mdc-icon"') >= 7 + 3 * 2
    assert "<script>" not in page  # the icons are inline SVG: the CSP forbids inline script
    heading = page.index("What needs attention")
    listed = re.findall(r'<h3><a href="/indicator/(\w+)\?', page[heading:])
    export = pd.read_csv(io.BytesIO(clients[Role.viewer].get(f"/overview.csv{Q}").content))
    flagged = export.set_index("indicator")["attention"]
    assert sorted(listed) == sorted(flagged[flagged].index)
    assert set(export.columns) >= {"value", "shown", "rag", "spc", "assurance", "attention"}
    tree = html.fromstring(page)
    for icon in tree.xpath("//svg"):
        icon.drop_tree()  # hidden from screen readers: the words beside the icon are read
    cla1 = tree.xpath(
        '//table[contains(@class, "overview")]/tbody/tr[th/a[starts-with(., "CLA1")]]'
    )
    variation, assurance = (
        " ".join(td.text_content().split()) for td in cla1[0].xpath("./td")[2:4]
    )
    assert assurance == "No target"
    assert variation in ("Common cause", "No SPC yet") or variation.startswith("Change, ")


def test_codes_are_shown_as_words_on_the_dashboard(clients):
    page = clients[Role.analyst].get(f"/indicator/CLA1{Q}").text
    placement = pd.read_html(io.StringIO(page), match="By placement type")[0]
    assert placement["Placement type"].tolist() == [
        "Children's home subject to Children's Homes Regulations",
        "Foster placement with other foster carer(s), long-term fostering"]  # fmt: skip
    legal = pd.read_html(io.StringIO(page), match="By legal status")[0]
    assert legal["Legal status"].tolist() == ["Full care order"]
    assert "value=K2" in page  # the drill-down link still carries the code
    quality = pd.read_html(io.StringIO(clients[Role.viewer].get("/quality").text))[0]
    assert quality["Source"].tolist() == ["SSDA903 return", "CIN census"]
    assert quality["Rule"].tolist() == ["Date order", "Code not in the DfE code list"]


def test_an_analyst_records_and_withdraws_a_recalculation(app, clients):
    """CLA1 (8, 8, 8, 9 from January 2025): one segment, trial limits from 4 months. A
    recalculation from March splits it: January-February mean 8, March-April mean 8.5."""
    analyst = clients[Role.analyst]
    page = f"/indicator/CLA1{Q}"
    form = {"la": LA, "month": "2025-04", "at": "2025-03", "decision": "declared",
            "reason": "New <b>front door</b>", "csrf_token": csrf(analyst, page)}  # fmt: skip
    assert analyst.post("/indicator/CLA1/recalculation", data=form).status_code == 303
    chart = analyst.get(f"/indicator/CLA1/chart.json{Q}").json()
    assert "limits recalculated from March 2025" in chart["description"]
    shown = clients[Role.viewer].get(page).text
    assert "New &lt;b&gt;front door&lt;/b&gt;" in shown and "<b>front" not in shown
    assert "analyst" in shown and "Trial limits" in shown
    assert 'value="withdrawn"' not in shown  # a viewer has no forms
    mine = analyst.get(page).text
    assert 'name="at" value="2025-03"' in mine and 'value="withdrawn"' in mine
    assert 'action="/indicator/CLA1/recalculation"' in mine and 'name="la" value="318"' in mine
    with app.state.web.sessions() as db:
        from csc_scorecard.web import changes, recalculations

        decided = recalculations.decisions(db)
        log = changes.history(db, recalculations.ENTITY, f"{LA}/CLA1/2025-03")
    (point,) = decided.recorded[(LA, "CLA1")]
    assert (point.month, point.reason, point.recorded_by) == (
        date(2025, 3, 1), "New <b>front door</b>", "analyst"
    )  # fmt: skip
    assert {(c.field, c.after, c.username) for c in log} == {
        ("decision", "declared", "analyst"), ("reason", "New <b>front door</b>", "analyst")
    }  # fmt: skip
    summary = next(s for s in app.state.web.figures.summaries(LA, date(2025, 4, 1), "computed")
                   if s.indicator.id == "CLA1")  # fmt: skip
    assert summary.series["segment"].tolist() == [0, 0, 1, 1]
    assert summary.series["mean"].tolist() == [8.0, 8.0, 8.5, 8.5]
    # A reason is required, and a month after the one shown is refused.
    bad = {**form, "reason": " ", "at": "2025-02", "csrf_token": csrf(analyst, page)}
    assert analyst.post("/indicator/CLA1/recalculation", data=bad).status_code == 400
    late = {**form, "at": "2025-05", "csrf_token": csrf(analyst, page)}
    assert analyst.post("/indicator/CLA1/recalculation", data=late).status_code == 400
    withdraw = {**form, "decision": "withdrawn", "reason": "", "csrf_token": csrf(analyst, page)}
    assert analyst.post("/indicator/CLA1/recalculation", data=withdraw).status_code == 303
    summary = next(s for s in app.state.web.figures.summaries(LA, date(2025, 4, 1), "computed")
                   if s.indicator.id == "CLA1")  # fmt: skip
    assert summary.series["segment"].tolist() == [0, 0, 0, 0]


def test_rejected_and_accepted_suggestions_reach_the_analysis(app_db_url):
    from csc_scorecard.web import recalculations
    from csc_scorecard.web.db import session_factory

    sessions = session_factory(app_db_url)
    with sessions.begin() as db:
        recalculations.decide(db, LA, "ASS2", date(2025, 9, 1), "shift", "accepted", "ada")
        recalculations.decide(db, LA, "REF1", date(2025, 6, 1), "shift", "rejected", "ada")
        with pytest.raises(ValueError, match="unknown decision"):
            recalculations.decide(db, LA, "REF1", date(2025, 6, 1), "x", "maybe", "ada")
    decided = recalculations.decisions_for(app_db_url)  # what the pack reads
    assert [r.month for r in decided.recorded[(LA, "ASS2")]] == [date(2025, 9, 1)]
    assert decided.rejected == {(LA, "REF1"): (date(2025, 6, 1),)}


def test_a_store_loaded_but_not_computed_serves_pages_that_say_so(tmp_path):
    """The dashboard's copy could not be made of a store with no figures (DuckDB cannot
    create a table of untyped empty columns), so the dashboard would not start before the
    first ``compute``."""
    people = [{"child_id": "ZQA", "date_of_birth": date(2012, 5, 1), "sex": "F"}]
    tiny_store(tmp_path / "store.duckdb", {"person": people}).con.disconnect()
    app = app_with_users(tmp_path / "store.duckdb", f"sqlite:///{tmp_path / 'a.db'}")
    response = signed_in(app, Role.viewer).get("/")
    assert response.status_code == 404
    assert "The store has no computed figures yet." in response.text
