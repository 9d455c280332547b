"""Each command imports what it uses: --help and status do not pay for the web app (issue 13).

Checked by the modules a fresh interpreter holds after the command, not by a stopwatch, so
the test neither flakes on a busy machine nor passes on a fast one by luck.
"""

import json
import subprocess
import sys

from csc_scorecard.store import Store

WEB = ("fastapi", "sqlalchemy", "alembic", "altair", "uvicorn", "jinja2", "weasyprint")
DATA = ("pandas", "ibis", "duckdb", "numpy", "openpyxl", "lxml")

RUN = """
import json, sys
from csc_scorecard.cli import app
try:
    app(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(m for m in sys.modules if "." not in m)))
"""


def loaded_after(*arguments: str) -> set[str]:
    """Top-level modules imported by ``scorecard ARGUMENTS`` in a fresh interpreter."""
    done = subprocess.run([sys.executable, "-c", RUN, *arguments], capture_output=True,
                          text=True, check=True)  # fmt: skip
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_help_imports_neither_the_web_app_nor_the_data_libraries():
    assert loaded_after("--help") & {*WEB, *DATA} == set()


def test_a_subcommands_help_imports_nothing_heavy():
    assert loaded_after("compute", "--help") & {*WEB, *DATA} == set()


def test_status_reads_the_store_without_the_web_app(tmp_path):
    store = str(tmp_path / "s.duckdb")
    Store(store)
    loaded = loaded_after("status", "--store", store)
    assert "duckdb" in loaded, "status did read the store"
    assert loaded & set(WEB) == set()


def test_compute_imports_scipy_only_for_funnel_limits(tmp_path):
    """compute publishes the dashboard's copy, whose modules hold benchmarks' funnel limits;
    scipy (half a second and more) is imported where a limit is worked out, not with them."""
    from conftest import tiny_store
    from test_indicators_boundaries import episode, person

    store = str(tmp_path / "s.duckdb")
    tiny_store(tmp_path / "s.duckdb", {
        "person": [person("A")],
        "looked_after_episode": [episode("A", "2025-01-06")],
    }).con.disconnect()  # fmt: skip
    loaded = loaded_after("compute", "--indicator", "CLA1", "--store", store)
    assert "ibis" in loaded, "compute did compute"
    assert "scipy" not in loaded


def test_compute_leaving_every_page_as_it_was_imports_no_dashboard(tmp_path):
    """compute publishes the dashboard's copy; when its figures leave every month page as
    it was (the same figures again), no page is rendered, so the templates, views and charts
    (Jinja, FastAPI, SQLAlchemy, Altair) are not imported; the first compute renders them."""
    from conftest import tiny_store
    from test_indicators_boundaries import episode, person

    store = str(tmp_path / "s.duckdb")
    tiny_store(tmp_path / "s.duckdb", {
        "person": [person("A")],
        "looked_after_episode": [episode("A", "2025-01-06")],
    }).con.disconnect()  # fmt: skip
    command = ("compute", "--indicator", "CLA1", "--store", store)
    first, again = loaded_after(*command), loaded_after(*command)
    assert "jinja2" in first, "the first compute rendered the month pages"
    assert "ibis" in again, "compute did compute"
    assert again & set(WEB) == set()
