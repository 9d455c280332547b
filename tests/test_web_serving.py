"""``scorecard serve``'s process is tuned for serving; applications built in tests are not.

The figures behind the settings are in ``web.app._serving`` (bench_web: 20 viewers on 2
cores). Checked here: that serve's application applies them while it runs, and that an
application built by ``create_app`` alone (several per test process) changes nothing global.
"""

import gc

from anyio import to_thread
from fastapi.testclient import TestClient

from csc_scorecard.web.app import COLLECT_EVERY, REQUEST_THREADS, ServeSettings, create_app
from web_fixtures import small_store


def _threads(client: TestClient) -> float:
    return client.portal.call(lambda: to_thread.current_default_thread_limiter().total_tokens)


def test_serve_runs_requests_in_a_few_threads_and_collects_garbage_less_often(tmp_path):
    store = small_store(tmp_path / "store.duckdb")
    settings = ServeSettings(str(store), f"sqlite:///{tmp_path / 'a.db'}", secure_cookies=False)
    before = gc.get_threshold()
    try:
        with TestClient(settings.app()) as client:
            assert _threads(client) == REQUEST_THREADS
            assert gc.get_threshold() == COLLECT_EVERY
            assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


def test_an_application_built_alone_changes_nothing_global(tmp_path):
    store = small_store(tmp_path / "store.duckdb")
    before = gc.get_threshold()
    with TestClient(create_app(str(store), f"sqlite:///{tmp_path / 'a.db'}")) as client:
        assert _threads(client) == 40  # anyio's default
        assert gc.get_threshold() == before
        assert gc.get_freeze_count() == 0
