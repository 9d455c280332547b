"""Accepting and rejecting a suggested recalculation on the indicator page.

ASS2 for council 318: 20 months 82/80 from January 2024 (mean 81, limits 75.68 / 86.32) then
8 months 88/90 from September 2025, all above the mean: a shift still going at the latest
point, so the page suggests a recalculation from September 2025.
"""

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from csc_scorecard.store import Store
from csc_scorecard.web import accounts, create_app, month_pages
from csc_scorecard.web.figures import figures_for
from csc_scorecard.web.roles import Role
from test_web import PASSWORD, csrf, signed_in

VALUES = [82, 80] * 10 + [88, 90] * 4
PAGE = "/indicator/ASS2?la=318&month=2026-04"


@pytest.fixture
def app(tmp_path: Path):
    store = Store(str(tmp_path / "store.duckdb"))
    store.insert_frame("indicator_value", pd.DataFrame({
        "la_code": "318", "indicator_id": "ASS2",
        "month": pd.date_range("2024-01-01", periods=len(VALUES), freq="MS").date,
        "breakdown": "all", "breakdown_value": "all", "numerator": VALUES,
        "denominator": 100.0, "value": [float(v) for v in VALUES], "compute_id": 1,
    }))  # fmt: skip
    store.con.disconnect()
    application = create_app(str(tmp_path / "store.duckdb"), f"sqlite:///{tmp_path / 'a.db'}")
    with application.state.web.sessions.begin() as db:
        for role in Role:
            accounts.add_user(db, role.name, PASSWORD, role)
    return application


def decide(client, decision: str, reason: str) -> int:
    form = {"la": "318", "month": "2026-04", "at": "2025-09", "decision": decision,
            "reason": reason, "csrf_token": csrf(client, PAGE)}  # fmt: skip
    return client.post("/indicator/ASS2/recalculation", data=form).status_code


def summary(app):
    (found,) = app.state.web.figures.summaries("318", date(2026, 4, 1), "computed")
    return found


def test_accepting_the_suggestion_recalculates_and_it_is_not_suggested_again(app):
    analyst = signed_in(app, Role.analyst)
    page = analyst.get(PAGE).text
    assert "Suggested recalculation from September 2025" in page
    assert 'value="accepted"' in page and 'value="rejected"' in page
    assert 'value="accepted"' not in signed_in(app, Role.viewer).get(PAGE).text
    reason = summary(app).suggested_recalculation.reason
    assert decide(analyst, "accepted", reason) == 303
    after = summary(app)
    assert after.series["segment"].tolist() == [0] * 20 + [1] * 8
    assert after.series["mean"].iloc[-1] == pytest.approx(89.0)  # 88/90 alone
    assert after.suggested_recalculation is None and after.trial_limits
    assert "Suggested recalculation" not in analyst.get(PAGE).text


def test_rejecting_the_suggestion_keeps_the_limits_and_stops_suggesting_it(app):
    analyst = signed_in(app, Role.analyst)
    assert decide(analyst, "rejected", "A seasonal peak, not a change") == 303
    after = summary(app)
    assert after.series["segment"].eq(0).all()
    assert after.suggested_recalculation is None
    page = analyst.get(PAGE).text
    assert "Suggested recalculation" not in page
    assert "A seasonal peak, not a change" in page and "rejected" in page
    assert decide(signed_in(app, Role.viewer), "accepted", "x") == 403


def test_a_decision_renders_the_overview_again_with_the_new_limits(app):
    """The overview ``compute`` rendered into the copy predates the decision: not served."""
    analyst = signed_in(app, Role.analyst)
    month, overview = date(2026, 4, 1), "/?la=318&month=2026-04"
    stored = app.state.web.figures.page("318", month, "computed", month_pages.OVERVIEW)
    assert stored is not None and stored in analyst.get(overview).text
    reason = summary(app).suggested_recalculation.reason
    assert decide(analyst, "accepted", reason) == 303
    figures = app.state.web.figures  # a new one, with the decision
    assert figures.page("318", month, "computed", month_pages.OVERVIEW) is None
    seen = figures_for(figures, Role.analyst, "318")
    again = month_pages.overview_table(seen, month, *month_pages.overview_parts(seen, month))
    assert again != stored and again in analyst.get(overview).text
