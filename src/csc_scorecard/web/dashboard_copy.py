"""Publishing the dashboard's copy of a store: its tables, its summaries, then its pages.

``compute`` calls ``publish`` once it has closed the store; the dashboard calls ``ensure`` as
it starts, for a store computed before the dashboard had copies. The copy and its summaries
are ``web.snapshot``'s, the overview pages ``web.month_pages``' (which read the copy through
``web.figures``); this module, above all three, puts them in order.
"""

from __future__ import annotations

from pathlib import Path

from csc_scorecard.analysis.config import AnalysisConfig, load_config
from csc_scorecard.web import page_store, snapshot


def publish(store_path: str | Path, config: AnalysisConfig | None = None) -> Path:
    """Copy the (closed) store, add the month summaries and pages, and make it current.

    Older copies are removed; on Linux a dashboard that still has one open keeps reading it
    until its next request.
    """
    config = config or load_config()
    staging, earlier, unchanged = snapshot.staged(store_path, config)
    missing = page_store.keep(staging, earlier, unchanged)
    if not missing.empty:
        # Imported here, only when a page is to be rendered: rendering brings the dashboard's
        # whole stack (templates, views), which a compute of unchanged councils never needs.
        from csc_scorecard.web import month_pages

        month_pages.add(staging, config, missing)
    return snapshot.make_current(staging)


def ensure(store_path: str | Path, config: AnalysisConfig | None = None) -> None:
    """Publish a copy of a store file that has none yet (computed before copies existed)."""
    if Path(store_path).is_file() and snapshot.current(store_path) is None:
        publish(store_path, config)
