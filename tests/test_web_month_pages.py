"""Every month's overview is rendered by ``compute`` into the dashboard copy (issue 16).

The adoption store of ``test_web_figures`` (ADP1, January 2024 to April 2025; April 2024's
4 and April 2025's 2 are counts the pack shows as "c"). bench_web found a month nobody had
viewed cost four times a seen one: the overview's summaries, sparklines, scorecard and table
were worked out on the request. Now a request reads the table ``compute`` rendered.
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from csc_scorecard.analysis.config import load_config
from csc_scorecard.web import month_pages, snapshot, templating, views
from csc_scorecard.web.figures import Figures, figures_for
from csc_scorecard.web.roles import Role
from test_web import signed_in
from test_web_figures import APRIL, MONTHS, adoption_store
from web_fixtures import LA, app_with_users


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return adoption_store(tmp_path_factory.mktemp("pages") / "store.duckdb")


@pytest.fixture
def app(store_path: Path, tmp_path: Path):
    return app_with_users(store_path, f"sqlite:///{tmp_path / 'app.db'}")


def _refuse(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("a request worked an overview out")


def test_the_copy_holds_every_months_overview_for_each_audience(store_path):
    copy = snapshot.current(store_path)
    assert copy is not None
    con = duckdb.connect(str(copy), read_only=True)
    try:
        rows = con.execute(
            "SELECT audience, pack_month, page, rendered_by FROM dashboard_page"
        ).fetchall()
    finally:
        con.close()
    months = MONTHS[-snapshot.MONTHS_SHOWN :]
    assert sorted((a, m) for a, m, _, _ in rows) == sorted(
        (a, m) for a in snapshot.AUDIENCES for m in months
    )
    assert {(p, r) for _, _, p, r in rows} == {(month_pages.OVERVIEW, templating.stamp())}
    source = Figures(str(store_path), load_config())
    for role, audience in ((Role.viewer, "published"), (Role.analyst, "computed")):
        seen = figures_for(source, role, LA)
        for month in (months[0], APRIL):
            stored = source.page(LA, month, audience, month_pages.OVERVIEW)
            rendered = month_pages.overview_table(
                seen, month, *month_pages.overview_parts(seen, month)
            )
            assert stored == rendered, (role, month)
    # April 2025's 2 is a suppressed count: the viewer's stored page shows "c" for it.
    viewer = source.page(LA, APRIL, "published", month_pages.OVERVIEW)
    analyst = source.page(LA, APRIL, "computed", month_pages.OVERVIEW)
    assert viewer is not None and analyst is not None
    assert re.search(r">ADP1 [^<]*</a></th>\s*<td[^>]*>c<", viewer)
    assert re.search(r">ADP1 [^<]*</a></th>\s*<td[^>]*>2<", analyst)


def test_an_unseen_months_overview_is_read_not_worked_out(app, monkeypatch):
    """Issue 16 finding 4 (bench_web): a new month's overview cost seconds under load."""
    monkeypatch.setattr(views, "overview", _refuse)
    monkeypatch.setattr(month_pages, "overview_parts", _refuse)
    for role in (Role.viewer, Role.analyst):
        client = signed_in(app, role)
        for month in MONTHS[-snapshot.MONTHS_SHOWN :]:
            page = client.get(f"/?la={LA}&month={month:%Y-%m}")
            assert page.status_code == 200, (role, month)
            assert "Children placed for adoption" in page.text


def test_pages_of_other_templates_are_rendered_again(app, store_path, monkeypatch):
    """A dashboard of another release never serves a table its own templates would differ from."""
    stored = Figures(str(store_path), load_config()).page(
        LA, APRIL, "published", month_pages.OVERVIEW
    )
    assert stored is not None
    monkeypatch.setattr(templating, "stamp", lambda: "another release")
    asked: list[object] = []
    real = views.overview

    def spy(*args: object, **kwargs: object) -> object:
        asked.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(views, "overview", spy)
    page = signed_in(app, Role.viewer).get(f"/?la={LA}&month={APRIL:%Y-%m}")
    assert page.status_code == 200 and len(asked) == 1 and stored in page.text
