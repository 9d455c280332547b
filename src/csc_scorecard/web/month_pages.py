"""Every month's overview, rendered when ``compute`` publishes the dashboard copy.

A month's overview is 66 stored summaries restored, each indicator's figures as the role may
see them with a sparkline, the scorecard and a table of some 150 kB: a few hundred ms of
processor time. Worked out on a request, the first viewer of each month paid it and every
other request queued behind it on a busy machine (issue 16: an unseen month cost four times
a seen one). So ``snapshot.publish`` calls ``add`` to render the overview table of every
month the copy has pages for, for each audience, into ``dashboard_page`` (compressed), and the
dashboard serves a month's overview as one read.

The stored table is rendered by the functions the dashboard renders it with itself
(``overview_parts`` and ``overview_table``, over the same ``RoleFigures``), so it is the same
HTML, built from what the audience may see and holding nothing of a user or session. The
dashboard renders its own instead when the page was rendered by other templates
(``templating.stamp``) or when an indicator's configuration changed since ``compute`` (a
recalculation recorded in the dashboard, ``serve --config``): see ``Figures.page``.
"""

from __future__ import annotations

import multiprocessing
import os
import zlib
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
from markupsafe import Markup

from csc_scorecard.analysis.config import AnalysisConfig
from csc_scorecard.publish.scorecard import ASSURANCES, Scorecard, build
from csc_scorecard.web import snapshot, templating, views
from csc_scorecard.web.figures import Figures, RoleFigures
from csc_scorecard.web.snapshot import Audience

TABLE = snapshot.PAGES
OVERVIEW = "overview"
"""The ``page`` of a month's overview table (the only page stored so far)."""
COLUMNS = ["la_code", "audience", "pack_month", "page", "rendered_by", "html"]
INLINE_PAGES = 60
"""Below this many pages to render (a tenth to a fifth of a second each), starting more
processes (a few seconds each, to import the dashboard) costs more than it saves."""

Groups = list[tuple[str, list[views.Row]]]
Task = tuple[str, Audience, list[date]]
"""A council, an audience and some of its months, rendered by one worker."""


def overview_parts(seen: RoleFigures, month: date) -> tuple[Groups, Scorecard]:
    """The overview's rows by family and its scorecard, from what the role may see."""
    groups = views.overview(seen.summaries(month), seen.figures)
    rows = [r for _, group in groups for r in group]
    latest = {r.summary.indicator.id: r.latest_figure for r in rows}
    card = build([r.summary for r in rows], latest, seen.la_code, month,
                 suppressed=seen.audience == "published")  # fmt: skip
    return groups, card


def overview_table(seen: RoleFigures, month: date, groups: Groups, card: Scorecard) -> Markup:
    """The overview's scorecard, attention list and table of every indicator, as HTML."""
    return templating.fragment(
        "overview_table.html.j2",
        la_code=seen.la_code,
        month=month,
        groups=groups,
        card=card,
        scored={r.summary.indicator.id: r for r in card.rows},
        assurances=ASSURANCES,
    )


def add(copy: Path, config: AnalysisConfig, earlier: Path | None, unchanged: set[str]) -> None:
    """Render every month's overview into the (closed) copy, for each audience.

    The ``earlier`` copy's pages of ``unchanged`` councils (every summary and headline figure
    as before) are kept when the same templates rendered them; the others are rendered here,
    in worker processes when there are many.
    """
    stamp = templating.stamp()
    con = duckdb.connect(str(copy))
    try:
        con.execute(f"CREATE TABLE {TABLE} (la_code VARCHAR, audience VARCHAR, pack_month DATE,"
                    " page VARCHAR, rendered_by VARCHAR, html BLOB)")  # fmt: skip
        if earlier is not None and unchanged:
            _keep(con, earlier, unchanged, stamp)
        missing = con.execute(
            "SELECT DISTINCT la_code, audience, pack_month FROM dashboard_summary EXCEPT"
            f" SELECT la_code, audience, pack_month FROM {TABLE} ORDER BY ALL"
        ).df()
        con.execute("CHECKPOINT")
    finally:
        con.close()
    tasks = _tasks(missing)
    rendered = _render_all(copy, config, tasks)
    if rendered.empty:
        return
    con = duckdb.connect(str(copy))
    try:
        con.register("rendered", rendered)
        con.execute(f"INSERT INTO {TABLE} SELECT {', '.join(COLUMNS)} FROM rendered")
        con.execute("CHECKPOINT")
    finally:
        con.close()


def _keep(con: duckdb.DuckDBPyConnection, earlier: Path, unchanged: set[str], stamp: str) -> None:
    """Copy the earlier copy's pages of the unchanged councils rendered by these templates."""
    quoted = str(earlier).replace("'", "''")  # our own file's path: ATTACH takes no parameter
    con.execute(f"ATTACH '{quoted}' AS earlier (READ_ONLY)")
    try:
        found = con.execute(
            "SELECT count(*) FROM information_schema.tables"
            " WHERE table_catalog = 'earlier' AND table_name = ?",
            [TABLE],
        ).fetchone()
        if found and found[0]:
            con.execute(
                f"INSERT INTO {TABLE} SELECT * FROM earlier.{TABLE}"
                " WHERE rendered_by = ? AND list_contains(?, la_code)",
                [stamp, sorted(unchanged)],
            )
    finally:
        con.execute("DETACH earlier")


def _tasks(missing: pd.DataFrame) -> list[Task]:
    """The missing months by council and audience, each cut into one chunk per processor."""
    tasks: list[Task] = []
    parts = max(1, os.cpu_count() or 1)
    for (la_code, audience), rows in missing.groupby(["la_code", "audience"], sort=True):
        months = [pd.Timestamp(m).date() for m in rows["pack_month"]]
        for chunk in np.array_split(np.arange(len(months)), parts):
            if len(chunk):
                told: Audience = "published" if audience == "published" else "computed"
                tasks.append((str(la_code), told, [months[i] for i in chunk]))
    return tasks


def _render_all(copy: Path, config: AnalysisConfig, tasks: list[Task]) -> pd.DataFrame:
    """Every task's pages as rows of ``COLUMNS``."""
    if sum(len(months) for *_, months in tasks) < INLINE_PAGES:
        done = [render(copy, config, task) for task in tasks]
    else:
        # spawn: a forked copy of a process holding DuckDB threads can deadlock.
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(os.cpu_count(), mp_context=context) as pool:
            done = list(pool.map(render, [copy] * len(tasks), [config] * len(tasks), tasks))
    kept = [frame for frame in done if not frame.empty]
    return pd.concat(kept, ignore_index=True) if kept else pd.DataFrame(columns=COLUMNS)


def render(copy: Path, config: AnalysisConfig, task: Task) -> pd.DataFrame:
    """One council's overview tables of some months for one audience, read from the copy."""
    la_code, audience, months = task
    source = Figures.of_copy(copy, config)
    seen = RoleFigures(source, la_code, audience)
    rows = []
    try:
        for month in months:
            html = overview_table(seen, month, *overview_parts(seen, month))
            compressed = zlib.compress(str(html).encode("utf-8"), 6)
            rows.append((la_code, audience, month, OVERVIEW, templating.stamp(), compressed))
    finally:
        source.close()
    return pd.DataFrame(rows, columns=COLUMNS)
