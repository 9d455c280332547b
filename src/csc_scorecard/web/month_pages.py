"""Every month's overview, rendered when ``compute`` publishes the dashboard copy.

A month's overview is 66 stored summaries restored, each indicator's figures as the role may
see them with a sparkline, the scorecard and a table of some 150 kB: a few hundred ms of
processor time. Worked out on a request, the first viewer of each month paid it and every
other request queued behind it on a busy machine (issue 16: an unseen month cost four times
a seen one). So ``dashboard_copy.publish`` calls ``add`` to render the overview table of every
month the copy has pages for, for each audience, into ``dashboard_page`` (compressed), and the
dashboard serves a month's overview as one read. Pages the earlier copy holds for councils
where nothing changed are kept by ``page_store``, which decides what is missing without
importing this module (and the dashboard's stack with it).

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

import numpy as np
import pandas as pd
from markupsafe import Markup

from csc_scorecard.analysis.config import AnalysisConfig
from csc_scorecard.publish.scorecard import ASSURANCES, Scorecard, build
from csc_scorecard.web import page_store, templating, views
from csc_scorecard.web.figures import Figures, RoleFigures
from csc_scorecard.web.snapshot import Audience

OVERVIEW = page_store.OVERVIEW
COLUMNS = page_store.COLUMNS
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


def add(copy: Path, config: AnalysisConfig, missing: pd.DataFrame) -> None:
    """Render the ``missing`` months' overviews into the (closed) copy, for each audience.

    ``missing`` is what ``page_store.keep`` left to render: (council, audience, month) rows.
    The pages are rendered in worker processes when there are many.
    """
    page_store.insert(copy, _render_all(copy, config, _tasks(missing)))


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
