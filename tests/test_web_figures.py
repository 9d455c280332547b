"""What the dashboard shows each role, and how it reads the store (issue 16, findings 1 and 4).

A hand-made store of one indicator: ADP1 (children placed for adoption, a count) for
January 2024 to April 2025 is 10, 11, 9, 4, 12, 10, 11, 9, 10, 11, 10, 12, 10, 11, 10, 2.
April 2024 (4) and April 2025 (2) are counts of 1 to 5, so the pack shows "c" for them.
Worked by hand from the SPC's definition (the mean of the first 12 points charted):
- as computed: 10, 11, 9, 4, 12, 10, 11, 9, 10, 11, 10, 12 -> 119 / 12;
- as published: 10, 11, 9, 12, 10, 11, 9, 10, 11, 10, 12, 10 -> 125 / 12 (April 2024 gone).
April 2025's 2 is far below the lower limit, so an analyst reads "fell to 2"; a viewer must
not see the 2 anywhere, nor limits or a RAG worked out from it.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import pytest

from conftest import tiny_store
from csc_scorecard.analysis.config import load_config
from csc_scorecard.publish.scorecard import NOT_PUBLISHED
from csc_scorecard.web import accounts, create_app, dashboard_copy, figures, snapshot
from csc_scorecard.web.figures import Figures, figures_for
from csc_scorecard.web.roles import Role
from test_web import signed_in
from web_fixtures import LA, PASSWORD

ADP1 = [10, 11, 9, 4, 12, 10, 11, 9, 10, 11, 10, 12, 10, 11, 10, 2]
MONTHS = [date(2024 + (i // 12), i % 12 + 1, 1) for i in range(len(ADP1))]
APRIL = date(2025, 4, 1)


def adoption_store(path: Path) -> Path:
    """The store described above (figures written directly, as compute would)."""
    rows = [
        {"indicator_id": "ADP1", "month": m, "breakdown": "all", "breakdown_value": "all",
         "numerator": float(v), "denominator": None, "value": float(v), "compute_id": 1}
        for m, v in zip(MONTHS, ADP1, strict=True)
    ]  # fmt: skip
    store = tiny_store(path, {"indicator_value": rows}, la_code=LA)
    store.con.disconnect()
    dashboard_copy.publish(path)  # as compute does
    return path


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return adoption_store(tmp_path_factory.mktemp("adoption") / "store.duckdb")


@pytest.fixture(scope="module")
def app(store_path: Path, tmp_path_factory: pytest.TempPathFactory):
    application = create_app(str(store_path), f"sqlite:///{tmp_path_factory.mktemp('a')}/a.db")
    with application.state.web.sessions.begin() as db:
        for role in Role:
            accounts.add_user(db, role.name, PASSWORD, role)
    return application


def test_finding_1_viewer_summaries_come_from_the_published_figures_alone(store_path):
    """Issue 16 finding 1: the viewer's sentence said "was 2" under a headline of "c"."""
    source = Figures(str(store_path), load_config())
    viewer = figures_for(source, Role.viewer, LA).summary("ADP1", APRIL)
    analyst = figures_for(source, Role.analyst, LA).summary("ADP1", APRIL)
    assert viewer is not None and analyst is not None
    assert "2 in April 2025, 8 fewer than in March" in analyst.sentence
    # Sixteen points, fewer than a full baseline: trial limits from all of them (sum 152);
    # the viewer's from the 14 published ones (4 and 2 hidden: 146).
    assert analyst.series["mean"].iloc[-1] == pytest.approx(152 / 16)
    assert viewer.narrative == (NOT_PUBLISHED.format(month="April 2025"),)
    assert viewer.latest is None and viewer.rag == "" and viewer.direction == ""
    assert viewer.series["mean"].iloc[-1] == pytest.approx(146 / 14)
    hidden = viewer.series.set_index("month")["value"]
    assert hidden.loc[[date(2024, 4, 1), APRIL]].isna().all()
    assert hidden.drop([date(2024, 4, 1), APRIL]).tolist() == [
        v for v in ADP1 if v > 5
    ]  # every published value, and only those
    assert figures_for(source, Role.admin, LA).audience == "computed"


def test_finding_1_the_viewers_page_chart_and_export_never_show_the_hidden_counts(app):
    viewer, analyst = signed_in(app, Role.viewer), signed_in(app, Role.analyst)
    page = viewer.get(f"/indicator/ADP1?la={LA}&month=2025-04").text
    assert "not published" in page and "2 in April 2025" not in page
    assert "2 in April 2025" in analyst.get(f"/indicator/ADP1?la={LA}&month=2025-04").text
    chart = viewer.get(f"/indicator/ADP1/chart.json?la={LA}&month=2025-04").json()
    values = [row.get("value") for data in chart["datasets"].values() for row in data]
    assert 2 not in values and 4 not in values
    means = {row.get("mean") for data in chart["datasets"].values() for row in data} - {None}
    assert [round(m, 6) for m in means] == [round(146 / 14, 6)]
    export = viewer.get(f"/indicator/ADP1/figures.csv?la={LA}").text.splitlines()
    april = [line for line in export if line.startswith("ADP1,2025-04-01")]
    assert april and april[0].split(",")[4:7] == ["", "", ""]


def test_finding_4_months_are_checked_and_an_unseen_month_runs_no_analysis(app, monkeypatch):
    """Issue 16 finding 4: any month 0001-01..9999-12 was accepted and took seconds of SPC."""
    viewer = signed_in(app, Role.viewer)
    for month in ("2027-01", "0001-01", "9999-12", "2023-12", "2025-13", "2025-4"):
        response = viewer.get(f"/?la={LA}&month={month}")
        assert response.status_code == 404, month
        assert "No page for that month" in response.text or "YYYY-MM" in response.text
    # Every month's pages were worked out by compute: serving one runs no SPC at all.
    monkeypatch.setattr(snapshot, "summarise_figures", _refuse)
    first, last = snapshot.MONTHS_SHOWN, len(ADP1)
    for month in MONTHS[max(0, last - first) :]:
        assert viewer.get(f"/?la={LA}&month={month:%Y-%m}").status_code == 200, month


def _refuse(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("a page request ran the analysis")


def test_finding_4_a_slow_read_holds_up_no_other_request(app, monkeypatch):
    """Issue 16 finding 4: one lock serialised every read; a slow one stalled everyone."""
    analyst, viewer = signed_in(app, Role.analyst), signed_in(app, Role.viewer)
    assert viewer.get(f"/?la={LA}").status_code == 200
    started, release = threading.Event(), threading.Event()

    def slow_rows(*args: object, **kwargs: object) -> object:
        started.set()
        release.wait(30)
        return listing(*args, **kwargs)

    listing = figures.quarantine_report.listing
    monkeypatch.setattr(figures.quarantine_report, "listing", slow_rows)
    slow = threading.Thread(target=lambda: analyst.get(f"/quality/rows?la={LA}"))
    slow.start()
    try:
        assert started.wait(30)
        began = time.perf_counter()
        for month in ("2025-04", "2025-03", "2025-02"):
            assert viewer.get(f"/?la={LA}&month={month}").status_code == 200
        assert time.perf_counter() - began < 10  # not waiting for the slow read (30 s)
    finally:
        release.set()
        slow.join()


def test_viewers_opening_one_new_page_at_once_wait_for_one_read(store_path):
    """The bench's cold months: many requests for one new key did the same work each."""
    source = Figures(str(store_path), load_config())
    reads: list[int] = []
    started, release = threading.Event(), threading.Event()

    def read() -> int:
        reads.append(1)
        started.set()
        assert release.wait(30)
        return len(reads)

    with ThreadPoolExecutor(4) as pool:
        first = pool.submit(source.cached, ("page",), read)
        assert started.wait(30)
        others = [pool.submit(source.cached, ("page",), read) for _ in range(3)]
        time.sleep(0.5)  # the others are asking while the first still reads
        release.set()
        assert [f.result(30) for f in [first, *others]] == [1, 1, 1, 1]
    assert len(reads) == 1


def test_a_failed_read_is_not_kept_and_the_next_request_reads_again(store_path):
    source = Figures(str(store_path), load_config())

    def broken() -> int:
        raise LookupError("no such page")

    with pytest.raises(LookupError):
        source.cached(("page",), broken)
    assert source.cached(("page",), lambda: 7) == 7


def test_an_indicator_page_of_a_new_month_reads_the_month_once_for_all_its_pages(
    store_path, tmp_path, monkeypatch
):
    """The month's stored summaries are read once; its other pages build on that read."""
    fresh = create_app(str(store_path), f"sqlite:///{tmp_path / 'app.db'}")
    with fresh.state.web.sessions.begin() as db:
        accounts.add_user(db, "viewer", PASSWORD, Role.viewer)
    viewer = signed_in(fresh, Role.viewer)
    assert viewer.get(f"/?la={LA}").status_code == 200  # the latest month: now seen
    queries: list[str] = []
    read = figures._month_rows

    def counted(store: object, table: str, *args: object) -> object:
        queries.append(table)
        return read(store, table, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(figures, "_month_rows", counted)
    month = f"{MONTHS[-3]:%Y-%m}"
    assert viewer.get(f"/indicator/ADP1?la={LA}&month={month}").status_code == 200
    assert viewer.get(f"/?la={LA}&month={month}").status_code == 200
    assert queries.count("dashboard_summary") == 1 and queries.count("dashboard_series") == 1


def test_a_missing_store_is_refused_not_created(tmp_path):
    missing = tmp_path / "nothing.duckdb"
    with pytest.raises(ValueError, match="no store"):
        Figures(str(missing))
    assert not missing.exists()


def test_a_request_looks_for_the_current_copy_once(store_path, tmp_path, monkeypatch):
    """Every read of one request comes from the copy current as it began, found once.

    A page makes dozens of cached reads; each had looked for the current copy again (a file
    read apiece, a third of the server's time under load), and a compute publishing in the
    middle could have given one page figures from two copies.
    """
    fresh = create_app(str(store_path), f"sqlite:///{tmp_path / 'app.db'}")
    with fresh.state.web.sessions.begin() as db:
        accounts.add_user(db, "viewer", PASSWORD, Role.viewer)
    viewer = signed_in(fresh, Role.viewer)
    looked: list[object] = []
    current = snapshot.current

    def counted(path: str | Path) -> Path | None:
        looked.append(path)
        return current(path)

    monkeypatch.setattr(snapshot, "current", counted)
    for page in ("/", "/indicator/ADP1", f"/indicator/ADP1?month={MONTHS[-4]:%Y-%m}"):
        looked.clear()
        assert viewer.get(f"{page}{'&' if '?' in page else '?'}la={LA}").status_code == 200
        assert len(looked) == 1, page
