"""``scorecard user add/remove/role``: the only way to make the first admin (no default)."""

from __future__ import annotations

from typer.testing import CliRunner

from csc_scorecard.cli import app
from csc_scorecard.web import accounts
from csc_scorecard.web.db import session_factory
from csc_scorecard.web.passwords import verify_password

PASSWORD = "correct horse battery staple"


def run(*args: str, password: str = PASSWORD):
    return CliRunner().invoke(app, list(args), env={"SCORECARD_PASSWORD": password})


def users(url: str) -> dict[str, str]:
    with session_factory(url)() as db:
        return {u.username: u.role for u in accounts.users(db)}


def test_first_admin_roles_and_removal(tmp_path):
    url = f"sqlite:///{tmp_path / 'app.db'}"
    assert run("user", "add", "ada", "--role", "admin", "--app-db", url).exit_code == 0
    assert users(url) == {"ada": "admin"}  # nobody else: there is no default account
    with session_factory(url)() as db:
        assert verify_password(accounts.users(db)[0].password_hash, PASSWORD)
    duplicate = run("user", "add", "ada", "--app-db", url)
    assert duplicate.exit_code == 2 and "already exists" in duplicate.output
    short = run("user", "add", "bob", "--app-db", url, password="short")
    assert short.exit_code == 2 and "12 characters" in short.output
    assert run("user", "add", "bob", "--role", "analyst", "--app-db", url).exit_code == 0
    last = run("user", "role", "ada", "viewer", "--app-db", url)
    assert last.exit_code == 2 and "last admin" in last.output
    assert run("user", "role", "bob", "admin", "--app-db", url).exit_code == 0
    assert run("user", "role", "ada", "viewer", "--app-db", url).exit_code == 0
    assert run("user", "remove", "ada", "--app-db", url).exit_code == 0
    assert users(url) == {"bob": "admin"}
    unknown = run("user", "role", "bob", "superuser", "--app-db", url)
    assert unknown.exit_code == 2 and "viewer, analyst, admin" in unknown.output
    assert run("user", "remove", "nobody", "--app-db", url).exit_code == 2


def test_serve_is_a_command():
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--host", "--port", "--store", "--app-db"):
        assert option in result.output
