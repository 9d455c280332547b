"""The month pages stored in a dashboard copy: which are kept, which must be rendered.

``dashboard_copy.publish`` keeps the earlier copy's pages of councils where nothing changed and
asks ``month_pages`` to render only the pages still missing. Deciding that needs DuckDB
alone; rendering needs the dashboard's templates, views and charts (Jinja, FastAPI,
SQLAlchemy and Altair: over a second to import on a busy 2-core machine). Kept apart from
``month_pages`` so that a ``compute`` whose figures leave every page as it was imports none of
that (issue 13: ``compute`` of two indicators as a whole process).

``stamp`` is here too, beside the pages it labels: it names the templates and release a page
was rendered with, and reading the template files needs no template engine.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
from functools import cache
from pathlib import Path

import duckdb
import pandas as pd

TABLE = "dashboard_page"
"""Pages rendered into the copy: zlib-compressed HTML by council, audience, month and page,
with the templates' ``stamp``."""
OVERVIEW = "overview"
"""The ``page`` of a month's overview table (the only page stored so far)."""
COLUMNS = ["la_code", "audience", "pack_month", "page", "rendered_by", "html"]
TEMPLATES = Path(__file__).parent / "templates"


def release() -> str:
    """The csc-scorecard release running ("0" when run from a checkout not installed)."""
    try:
        return importlib.metadata.version("csc-scorecard")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - run from a checkout
        return "0"


@cache
def stamp() -> str:
    """The release and a digest of every template: what a stored page was rendered with."""
    digest = hashlib.sha256(release().encode())
    for path in sorted(TEMPLATES.glob("*.j2")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return f"{release()}+{digest.hexdigest()[:16]}"


def keep(copy: Path, earlier: Path | None, unchanged: set[str]) -> pd.DataFrame:
    """Create the copy's page table with the pages it can keep; return those still missing.

    The ``earlier`` copy's pages of ``unchanged`` councils (every summary and headline
    figure as before) are kept when the same templates rendered them. The missing ones are
    (council, audience, month) rows for every month with summaries and no page.
    """
    con = duckdb.connect(str(copy))
    try:
        con.execute(f"CREATE TABLE {TABLE} (la_code VARCHAR, audience VARCHAR, pack_month DATE,"
                    " page VARCHAR, rendered_by VARCHAR, html BLOB)")  # fmt: skip
        if earlier is not None and unchanged:
            _keep_earlier(con, earlier, unchanged, stamp())
        missing: pd.DataFrame = con.execute(
            "SELECT DISTINCT la_code, audience, pack_month FROM dashboard_summary EXCEPT"
            f" SELECT la_code, audience, pack_month FROM {TABLE} ORDER BY ALL"
        ).df()
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return missing


def _keep_earlier(con: duckdb.DuckDBPyConnection, earlier: Path, unchanged: set[str],
                  stamp: str) -> None:  # fmt: skip
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


def insert(copy: Path, rendered: pd.DataFrame) -> None:
    """Add rendered pages (rows of ``COLUMNS``) to the (closed) copy's page table."""
    if rendered.empty:
        return
    con = duckdb.connect(str(copy))
    try:
        con.register("rendered", rendered)
        con.execute(f"INSERT INTO {TABLE} SELECT {', '.join(COLUMNS)} FROM rendered")
        con.execute("CHECKPOINT")
    finally:
        con.close()
