"""Issue 16, the accounts side: server-side sessions, sign-in backoff, origins, error pages,
size limits and the audit log, each finding reproduced through FastAPI's TestClient.

Time is moved by replacing ``changes.now`` (every timestamp the dashboard writes or compares
comes from it), so timeouts and backoff are tested without waiting. The store is the
hand-worked one in ``web_fixtures`` (CLA1 April 2025 = 9 children).
"""

from __future__ import annotations

import io
import re
import statistics
import time
from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.orm import sessionmaker

from csc_scorecard.web import accounts, audit, changes, create_app, sessions
from csc_scorecard.web.db import make_engine, migrate
from csc_scorecard.web.models import LoginAttempt
from csc_scorecard.web.roles import Role
from web_fixtures import LA, PASSWORD, app_with_users, small_store

Q = f"?la={LA}&month=2025-04"
HOME = ("198.51.100.7", 50000)
"""Where the real users sign in from."""
ATTACKER = ("203.0.113.9", 50000)


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return small_store(tmp_path_factory.mktemp("web") / "store.duckdb")


class Clock:
    """A settable ``changes.now``: starts at the real time, moves only when told."""

    def __init__(self) -> None:
        self.at = datetime(2026, 11, 2, 9, 0)

    def __call__(self) -> datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += timedelta(**delta)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    moving = Clock()
    monkeypatch.setattr(changes, "now", moving)
    return moving


@pytest.fixture
def app(store_path: Path, tmp_path: Path):
    return app_with_users(store_path, f"sqlite:///{tmp_path / 'app.db'}")


def client_for(app, address: tuple[str, int] = HOME, **options) -> TestClient:
    return TestClient(app, follow_redirects=False, client=address, **options)


def csrf(client: TestClient, path: str = "/login") -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).text)
    assert found, f"no CSRF field on {path}"
    return found.group(1)


def attempt(client: TestClient, username: str, password: str, **headers: str) -> int:
    form = {"username": username, "password": password, "csrf_token": csrf(client)}
    return client.post("/login", data=form, headers=headers).status_code


def signed_in(app, username: str, address: tuple[str, int] = HOME) -> TestClient:
    client = client_for(app, address)
    assert attempt(client, username, PASSWORD) == 303
    return client


def copy_of(app, client: TestClient) -> TestClient:
    """Another browser holding the same cookie (stolen, or copied from the developer tools)."""
    thief = client_for(app, ATTACKER)
    thief.cookies.update(client.cookies)
    return thief


# Finding 2 ------------------------------------------------------------------------------------


def test_finding_2_an_old_cookie_never_becomes_a_new_admins_session(app):
    admin = signed_in(app, "admin")
    token = csrf(admin, "/admin")
    new_viewer = {"username": "temp", "password": PASSWORD, "role": "viewer", "csrf_token": token}
    assert admin.post("/admin/users", data=new_viewer).status_code == 303
    old = signed_in(app, "temp")
    assert old.get("/plan").status_code == 200
    assert admin.post("/admin/users/temp/remove", data={"csrf_token": token}).status_code == 303
    new_admin = {"username": "boss", "password": PASSWORD, "role": "admin", "csrf_token": token}
    assert admin.post("/admin/users", data=new_admin).status_code == 303
    assert old.get("/admin").status_code == 303  # to the sign-in page, not the admin page
    assert old.get("/plan").status_code == 303
    with app.state.web.sessions() as db:
        ids = {u.username: u.id for u in accounts.users(db)}
    assert ids["boss"] == max(ids.values()) and ids["boss"] > len(Role) + 1  # temp's id unused


def test_user_ids_are_never_reused_even_for_the_newest_user(app):
    with app.state.web.sessions.begin() as db:
        removed = accounts.add_user(db, "short-lived", PASSWORD, Role.viewer).id
        accounts.remove_user(db, "short-lived")
    with app.state.web.sessions.begin() as db:
        assert accounts.add_user(db, "next", PASSWORD, Role.viewer).id == removed + 1


def test_upgrading_from_0001_keeps_users_and_stops_reusing_ids(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    migrate(url, "0001")
    engine = make_engine(url)
    with engine.begin() as connection:
        for number, name in ((1, "ada"), (2, "bob")):
            connection.execute(
                text("insert into app_user values (:id, :name, 'h', 'admin', '2025-01-01')"),
                {"id": number, "name": name},
            )
    migrate(url)
    factory = sessionmaker(engine)
    with factory.begin() as db:
        assert {u.username: u.id for u in accounts.users(db)} == {"ada": 1, "bob": 2}
        accounts.remove_user(db, "bob")
    with factory.begin() as db:
        assert accounts.add_user(db, "cy", PASSWORD, Role.viewer).id == 3


def test_the_cookie_holds_only_a_random_id_stored_hashed(app):
    client = signed_in(app, "viewer")
    value = client.cookies["scorecard_session"]
    assert re.fullmatch(r"[A-Za-z0-9_-]{43}", value)  # 32 random bytes, nothing else
    with app.state.web.sessions() as db:
        stored = [tuple(row) for row in db.execute(text("select * from app_session"))]
    assert stored and not any(value in str(column) for row in stored for column in row)


# Finding 3 ------------------------------------------------------------------------------------


def test_static_files_need_no_session_lookup(app, monkeypatch):
    client = signed_in(app, "viewer")
    lookups = []
    monkeypatch.setattr(sessions.ServerSessions, "_load", lambda self, token: lookups.append(1))
    assert client.get("/static/app.css").status_code == 200
    assert lookups == []


def test_finding_3_sign_out_ends_the_session_for_a_copied_cookie_too(app):
    client = signed_in(app, "analyst")
    thief = copy_of(app, client)
    assert thief.get("/plan").status_code == 200
    assert client.post("/logout", data={"csrf_token": csrf(client, "/plan")}).status_code == 303
    assert thief.get("/plan").status_code == 303
    assert thief.get(f"/indicator/CLA1/children.csv{Q}").status_code == 401


def test_idle_and_absolute_timeouts(app, clock):
    idle = signed_in(app, "viewer")
    busy = signed_in(app, "analyst")
    for _ in range(15):  # busy every 29 minutes: never idle for 30, but signed in over 7 hours
        clock.advance(minutes=29)
        assert busy.get("/plan").status_code == 200
    assert idle.get("/plan").status_code == 303  # idle for 7 h 15 min
    clock.advance(minutes=29)  # 7 h 44 min
    assert busy.get("/plan").status_code == 200
    clock.advance(minutes=17)  # 8 h 1 min after sign-in: signed out however busy
    assert busy.get("/plan").status_code == 303


def test_timeouts_are_configurable(store_path, tmp_path, clock):
    app = create_app(
        str(store_path), f"sqlite:///{tmp_path / 'a.db'}", idle_minutes=5, absolute_hours=1
    )
    with app.state.web.sessions.begin() as db:
        accounts.add_user(db, "viewer", PASSWORD, Role.viewer)
    client = signed_in(app, "viewer")
    clock.advance(minutes=4)
    assert client.get("/plan").status_code == 200
    clock.advance(minutes=6)
    assert client.get("/plan").status_code == 303


def test_sessions_end_on_role_and_password_change_and_an_admin_revokes_one(app):
    analyst, viewer = signed_in(app, "analyst"), signed_in(app, "viewer")
    admin = signed_in(app, "admin")
    token = csrf(admin, "/admin")
    admin.post("/admin/users/analyst/role", data={"role": "viewer", "csrf_token": token})
    assert analyst.get("/plan").status_code == 303
    with app.state.web.sessions.begin() as db:
        accounts.set_password(db, "viewer", "a new long passphrase")
    assert viewer.get("/plan").status_code == 303
    viewer = client_for(app)
    assert attempt(viewer, "viewer", "a new long passphrase") == 303
    listing = pd.read_html(io.StringIO(admin.get("/admin/sessions").text), match="Sessions")[0]
    assert sorted(listing["User"]) == ["admin", "viewer"]
    assert set(listing["Address"]) == {HOME[0]}
    page = admin.get("/admin/sessions").text
    form = r'action="/admin/sessions/(\d+)/revoke"[^>]*>\s*<input[^>]*>\s*<button[^>]*>'
    viewer_row = re.search(form + r"Revoke<span[^>]*> viewer", page)
    assert viewer_row, page
    revoked = admin.post(
        f"/admin/sessions/{viewer_row.group(1)}/revoke", data={"csrf_token": token}
    )
    assert revoked.status_code == 303
    assert viewer.get("/plan").status_code == 303
    assert admin.get("/plan").status_code == 200
    log = pd.read_csv(io.BytesIO(admin.get("/admin/audit.csv").content))
    revoked_rows = log[log["event"] == "session revoked"]
    assert list(revoked_rows["user"]) == ["admin"]
    assert list(revoked_rows["what"]) == [f"session {viewer_row.group(1)}"]


# Finding 6 ------------------------------------------------------------------------------------


def test_finding_6_unknown_names_take_as_long_as_known_ones(app):
    def seconds(username: str) -> float:
        with app.state.web.sessions.begin() as db:
            start = time.perf_counter()
            accounts.sign_in(db, username, "not the password", f"192.0.2.{len(username)}")
            return time.perf_counter() - start

    known, unknown = [], []
    for i in range(5):  # interleaved, so load from elsewhere on the machine hits both alike
        known.append(seconds("viewer"))
        unknown.append(seconds(f"nobody{i}"))
    assert statistics.median(unknown) > 0.6 * statistics.median(known), (known, unknown)


def test_finding_6_wrong_passwords_elsewhere_do_not_lock_the_real_user_out(app, clock):
    attacker = client_for(app, ATTACKER)
    results = []
    for _ in range(8):
        results.append(attempt(attacker, "admin", "wrong password!"))
        clock.advance(seconds=5)
    assert results[:3] == [401] * 3 and 429 in results  # the attacker is slowed down
    with app.state.web.sessions() as db:
        refused = [e for e in audit.events(db) if e.event == "sign-in refused"]
    assert len(refused) == results.count(429) and {e.ip for e in refused} == {ATTACKER[0]}
    assert attempt(client_for(app, HOME), "admin", PASSWORD) == 303


def test_finding_6_own_typos_slow_down_but_never_lock_out_for_long(app, clock):
    client = client_for(app)
    assert [attempt(client, "viewer", "typo typo typo") for _ in range(5)][:3] == [401] * 3
    refused = client.post(
        "/login",
        data={"username": "viewer", "password": PASSWORD, "csrf_token": csrf(client)},
    )
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) <= 60
    clock.advance(seconds=int(refused.headers["retry-after"]))
    assert attempt(client, "viewer", PASSWORD) == 303


def test_many_addresses_guessing_one_account_are_slowed_but_its_usual_address_is_not(app, clock):
    assert attempt(client_for(app, HOME), "analyst", PASSWORD) == 303  # the usual address
    outcomes = []
    for i in range(40):
        outcomes.append(attempt(client_for(app, (f"203.0.113.{i}", 1)), "analyst", "guess!guess!"))
        clock.advance(seconds=1)
    assert outcomes.count(401) < 20 and 429 in outcomes  # at most about one guess in two
    assert attempt(client_for(app, HOME), "analyst", PASSWORD) == 303


def test_old_attempts_are_forgotten_once_no_rule_reads_them(app, clock):
    client = client_for(app)
    assert attempt(client, "viewer", "typo typo typo") == 401
    assert attempt(client, "viewer", PASSWORD) == 303
    clock.advance(minutes=16)
    assert attempt(client_for(app, ATTACKER), "nobody", "guess!guess!") == 401

    def kept() -> list[tuple[str, bool]]:
        with app.state.web.sessions() as db:
            rows = db.query(LoginAttempt).order_by(LoginAttempt.id)
            return [(a.username, a.succeeded) for a in rows]

    assert kept() == [("viewer", True), ("nobody", False)]  # the typo is past the window
    clock.advance(days=31)
    assert attempt(client_for(app, ATTACKER), "nobody", "guess!guess!") == 401
    assert kept() == [("nobody", False)]  # past USUAL_FOR and the window


def test_finding_6_one_address_guessing_many_names_is_slowed(app, clock):
    client = client_for(app, ATTACKER)
    outcomes = [attempt(client, f"name{i}", "guess!guess!") for i in range(25)]
    assert outcomes[:20] == [401] * 20 and outcomes[-1] == 429


def test_finding_6_forwarded_for_is_ignored_unless_from_a_trusted_proxy(store_path, tmp_path):
    # Which address each failure is counted against (the backoff per address is tested above).
    def counted_against(app, forwarded_for: list[str]) -> list[str]:
        client = client_for(app, ("127.0.0.1", 50000))
        for i, header in enumerate(forwarded_for):
            assert attempt(client, f"n{i}", "guess!guess!", **{"x-forwarded-for": header}) == 401
        with app.state.web.sessions() as db:
            return [a.ip for a in db.query(LoginAttempt).order_by(LoginAttempt.id)]

    plain = create_app(str(store_path), f"sqlite:///{tmp_path / 'a.db'}")
    assert counted_against(plain, ["10.0.0.1", "10.0.0.2"]) == ["127.0.0.1"] * 2
    proxied = create_app(
        str(store_path), f"sqlite:///{tmp_path / 'b.db'}", trusted_proxies=["127.0.0.0/8"]
    )
    # The proxy appends the address it saw; anything to its left the client could forge.
    chains = ["10.0.0.1", "6.6.6.6, 10.0.0.2", "10.0.0.3, 127.0.0.5"]
    assert counted_against(proxied, chains) == ["10.0.0.1", "10.0.0.2", "10.0.0.3"]


def test_finding_6_posts_from_a_foreign_origin_are_refused(app):
    client = client_for(app)
    form = {"username": "viewer", "password": PASSWORD, "csrf_token": csrf(client)}
    for headers in (
        {"origin": "https://evil.example"},
        {"origin": "null"},
        {"referer": "https://evil.example/page"},
    ):
        assert client.post("/login", data=form, headers=headers).status_code == 403, headers
    ours = client.post("/login", data=form, headers={"origin": "http://testserver"})
    assert ours.status_code == 303
    analyst = signed_in(app, "analyst")
    note = {"la": LA, "month": "2025-04", "text": "x", "csrf_token": csrf(analyst, "/plan")}
    foreign = {"origin": "http://testserver.evil.example"}
    assert analyst.post("/indicator/CLA1/commentary", data=note, headers=foreign).status_code == 403
    same = {"referer": "http://testserver/indicator/CLA1"}
    assert analyst.post("/indicator/CLA1/commentary", data=note, headers=same).status_code == 303


def test_hsts_only_over_https(app, store_path, tmp_path):
    assert "strict-transport-security" not in client_for(app).get("/login").headers
    secure = TestClient(app, base_url="https://dashboard.example").get("/login")
    assert secure.headers["strict-transport-security"].startswith("max-age=")
    proxied = create_app(
        str(store_path), f"sqlite:///{tmp_path / 'p.db'}", trusted_proxies=["10.1.1.1"]
    )
    forwarded = {"x-forwarded-proto": "https", "x-forwarded-for": "198.51.100.3"}
    via_proxy = client_for(proxied, ("10.1.1.1", 1)).get("/login", headers=forwarded)
    assert "strict-transport-security" in via_proxy.headers
    assert "secure" in via_proxy.headers["set-cookie"].lower()  # the browser used HTTPS
    not_proxy = client_for(proxied, ("10.1.1.2", 1)).get("/login", headers=forwarded)
    assert "strict-transport-security" not in not_proxy.headers


# Finding 8 and error pages --------------------------------------------------------------------


def test_finding_8_an_oversize_commentary_is_kept_and_not_echoed_as_json(app):
    analyst = signed_in(app, "analyst")
    words = "Placement moves rose after the March review. "
    essay = words * (1_000_000 // len(words))
    form = {"la": LA, "month": "2025-04", "text": essay, "csrf_token": csrf(analyst, "/plan")}
    response = analyst.post("/indicator/CLA1/commentary", data=form)
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/html")
    assert '"detail"' not in response.text and "input" not in response.headers
    assert response.text.count(essay) == 1  # in the text box, to shorten and save again
    assert "5,000 characters" in response.text
    page = analyst.get(f"/indicator/CLA1{Q}").text
    assert "No commentary for this month." in page  # nothing half-saved


def test_error_pages_are_friendly_and_carry_the_security_headers(app):
    @app.get("/broken-for-the-test")
    def broken() -> None:
        raise RuntimeError("secret internals /srv/app.py line 9")

    client = TestClient(app, follow_redirects=False, raise_server_exceptions=False)
    analyst = signed_in(app, "analyst")
    payload = "<script>zz</script>"
    responses = {
        500: client.get("/broken-for-the-test"),
        404: client.get("/no/such/page"),
        422: analyst.post(
            "/plan/actions",
            data={
                "la": LA,
                "area_id": payload,
                "title": "t",
                "owner": "o",
                "status": "s",
                "rag": "red",
                "csrf_token": csrf(analyst, "/plan"),
            },
        ),
    }
    for status, response in responses.items():
        assert response.status_code == status
        assert response.headers["content-type"].startswith("text/html"), status
        assert "Sorry" in response.text, status
        assert "default-src 'self'" in response.headers["content-security-policy"], status
        assert response.headers["x-content-type-options"] == "nosniff", status
        for leak in ("secret internals", "Traceback", payload, "zz"):
            assert leak not in response.text, (status, leak)


def test_a_body_too_large_to_be_a_form_is_refused_before_it_is_read(app):
    analyst = signed_in(app, "analyst")
    form = {"la": LA, "month": "2025-04", "text": "x" * 5_000_000, "csrf_token": csrf(analyst)}
    response = analyst.post("/indicator/CLA1/commentary", data=form)
    assert response.status_code == 413 and "too much to send" in response.text
    assert "default-src 'self'" in response.headers["content-security-policy"]
    chunked = analyst.post(  # no Content-Length: counted as it arrives
        "/indicator/CLA1/commentary",
        content=(b"text=" + b"x" * 65536 for _ in range(80)),
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert chunked.status_code == 413


# Audit log ------------------------------------------------------------------------------------


def test_audit_log_of_sign_ins_drill_downs_exports_and_sign_outs(app):
    analyst = client_for(app)
    assert attempt(analyst, "analyst", "wrong password!") == 401
    assert attempt(analyst, "analyst", PASSWORD) == 303
    export = analyst.get(f"/indicator/CLA1/children.csv{Q}")
    listed = pd.read_csv(io.BytesIO(export.content))
    assert analyst.get(f"/indicator/CLA1/children{Q}").status_code == 200
    analyst.post("/logout", data={"csrf_token": csrf(analyst, "/plan")})
    admin = signed_in(app, "admin")
    log = pd.read_csv(io.BytesIO(admin.get("/admin/audit.csv").content))
    mine = log[log["user"] == "analyst"].sort_values("id")
    assert list(mine["event"]) == [
        "sign-in failed",
        "sign-in",
        "drill-down",
        "export",
        "drill-down",
        "sign-out",
    ]
    assert set(mine["address"]) == {HOME[0]}
    drill = mine[mine["event"] == "drill-down"].iloc[0]
    assert drill["what"] == f"CLA1 {LA} 2025-04 all" and drill["children"] == 9
    assert sorted(drill["records"].split()) == sorted(listed["record_id"])  # pseudonyms
    assert "children.csv" in mine[mine["event"] == "export"].iloc[0]["what"]
    page = admin.get("/admin/audit").text
    assert "drill-down" in page and "sign-in failed" in page
    assert signed_in(app, "analyst").get("/admin/audit.csv").status_code == 403
