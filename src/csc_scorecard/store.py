"""The canonical store: the model's tables behind an ibis connection.

DuckDB file by default (``scorecard.duckdb``); ``duckdb://...``, ``postgres://...`` and
``pyspark`` are accepted too, so the same code serves a laptop, a council warehouse and a
cluster (``engines`` holds the few statements that differ between them).
Every load is one transaction that writes the accepted rows, the quarantined rows and a
``load_log`` row per file. A file whose bytes (SHA-256) are those of its latest load for the
same council is skipped, so loading the same file twice changes nothing; a changed version of
a file replaces the rows its earlier version loaded. A record that another file already brought
in (same table key: the same episode in two collection years, the same child in the 903 and the
CIN census) is merged, not doubled: the later file's values win and its empty cells keep the
earlier values, so an episode open at one year end is closed by the next year's return.
Each load also records the period its file describes (``coverage``, from ``FileLoad.covers``),
which goes with the load's rows when a corrected file replaces it. The rows a load replaces or
merges into are kept in ``displaced_row`` (found by the same staged keys as the delete), so
``scorecard unload`` can put them back.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import ibis
import pandas as pd

from csc_scorecard.engines import connect
from csc_scorecard.errors import council_code
from csc_scorecard.model import TABLES
from csc_scorecard.model.ddl import ibis_schema

DEFAULT_STORE = "scorecard.duckdb"
LINEAGE = frozenset({"la_code", "load_id"})
NATIONAL = "dfe"
"""The la_code of national files (DfE's published statistics and neighbour list): their
figures are DfE's, for every council, not one council's."""


def file_sha256(*paths: Path) -> str:
    """SHA-256 of the files' bytes in turn, read in chunks (a national file need not fit).

    A record built from several files (an SSD episode and its placement) is hashed over all of
    them, so correcting any one of them reloads the record.
    """
    digest = hashlib.sha256()
    for path in paths:
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    return digest.hexdigest()


@dataclass
class FileLoad:
    """What one loader made of one file: canonical rows per table, and quarantined rows."""

    source: str
    path: Path
    rows_in: int
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    quarantine: pd.DataFrame | None = None
    also_hashed: tuple[Path, ...] = ()
    label: str = ""
    notes: tuple[str, ...] = ()
    """What the loader read differently from the letter of the format, or could not load
    (Excel's empty columns, another separator, a column or element not loaded), for the
    load summary."""
    covers: tuple[date, date] | None = None
    """First and last day the file describes fully (every record active then is in it),
    recorded in ``coverage`` for each table it fills; None when the source cannot say."""

    @property
    def name(self) -> str:
        """The name the file is known by: ``label`` when given, else the file's name.

        A source whose files repeat names (every 903 year has an ``episodes.csv``) labels them
        so that one year's file never replaces another's.
        """
        return self.label or self.path.name

    @property
    def rows_accepted(self) -> int:
        """Rows that reached a canonical table (a record split over tables counts once)."""
        return self.rows_in - self.rows_quarantined

    @property
    def rows_quarantined(self) -> int:
        """Distinct source rows sent to quarantine (one row may break several rules)."""
        if self.quarantine is None or self.quarantine.empty:
            return 0
        return int(self.quarantine[["source_table", "row_number"]].drop_duplicates().shape[0])


@dataclass(frozen=True)
class LoadResult:
    """Summary of a load for the CLI and tests."""

    file: str
    skipped: bool
    rows_in: int = 0
    rows_accepted: int = 0
    rows_quarantined: int = 0
    notes: tuple[str, ...] = ()


class Store:
    """The canonical tables in one database, created from the model on first use."""

    def __init__(self, target: str = DEFAULT_STORE, read_only: bool = False) -> None:
        self.target = target
        self.con, self.engine = connect(target, read_only)
        self._tables: dict[str, ibis.Table] = {}
        if not read_only:
            self.ensure_tables()

    def ensure_tables(self) -> None:
        """Create every canonical table that does not exist yet (never alters data)."""
        existing = self.engine.existing_tables()
        for name, table in TABLES.items():
            if name not in existing:
                self.engine.create_table(name, ibis_schema(table))

    def table(self, name: str) -> ibis.Table:
        """An ibis table expression over a canonical table (looked up once per store)."""
        if name not in self._tables:
            self._tables[name] = self.con.table(name)
        return self._tables[name]

    def count(self, name: str) -> int:
        """Number of rows in a table."""
        return int(self.table(name).count().execute())

    def already_loaded(self, la_code: str, load: FileLoad, sha256: str) -> bool:
        """Whether the latest load of this file (council, source, name) had these bytes."""
        log = self.table("load_log")
        same_file = log.filter(
            (log.la_code == la_code) & (log.source == load.source) & (log.file == load.name)
        )
        latest = same_file.order_by(same_file.load_id.desc()).limit(1).sha256.execute()
        return not latest.empty and latest.iloc[0] == sha256

    def _next_load_id(self) -> int:
        current = self.table("load_log").load_id.max().execute()
        return 1 if current is None or pd.isna(current) else int(current) + 1

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing: a load that fails part way leaves the store as it was.

        On Spark, which has no transactions, the statements simply run in turn.
        """
        with self.engine.transaction():
            yield

    def delete_matching(
        self, name: str, keys: pd.DataFrame | ibis.Table, displaced_by: int | None = None
    ) -> None:
        """Remove the rows of table ``name`` that match a row of ``keys`` on all its columns.

        The values travel as a table (``keys`` staged in the engine) and the statement is a
        semi-join against it, so no council code, id or date is ever written into SQL text
        and none can change the statement. The key columns must never be null (keys, council,
        load id): Spark rewrites the table keeping the rows that match nothing.
        When a load (``displaced_by``) replaces or merges into the rows, they are kept in
        ``displaced_row`` first, so that ``scorecard unload`` can put them back.
        """
        staged = "_delete_keys"
        keys_table = self.frame_table(staged, keys)
        columns = keys_table.columns
        if displaced_by is not None:
            self._keep_displaced(name, displaced_by, keys_table)
        matched = " AND ".join(f"{staged}.{c} = {name}.{c}" for c in columns)
        self.engine.delete(name, f"EXISTS (SELECT 1 FROM {staged} WHERE {matched})")
        self.con.drop_table(staged)

    def _keep_displaced(self, name: str, load_id: int, keys: ibis.Table) -> None:
        """Copy the rows of ``name`` matching ``keys`` to ``displaced_row`` before they go.

        A load that replaces or merges into stored rows can then be undone (``unload``): its
        rows are removed and the rows it displaced put back as they were. The rows are found
        by a semi-join on the staged keys, like the delete that follows.
        """
        rows = self.table(name).semi_join(keys, list(keys.columns)).execute()
        if rows.empty:
            return
        text = rows.to_json(orient="records", lines=True, date_format="iso")
        kept = pd.DataFrame({"load_id": load_id, "table_name": name,
                             "displaced_load_id": rows["load_id"].astype(int).to_numpy(),
                             "row": str(text).splitlines()})  # fmt: skip
        self.insert_frame("displaced_row", kept)

    def insert_query(self, name: str, expr: ibis.Table, columns: list[str]) -> None:
        """``INSERT INTO name (columns) SELECT ...``: an engine-side insert of an expression.

        ibis's own insert re-parses its SQL on every call, which costs more than the query for
        the small figure tables the indicators write; compiling once is enough.
        """
        listed = ", ".join(columns)
        sql = self.con.compile(expr.select(*columns))
        self.con.raw_sql(f"INSERT INTO {name} ({listed}) {sql}")

    def temporary(self, name: str, expr: ibis.Table) -> ibis.Table:
        """Store ``expr`` as a temporary table (replacing one of that name) and return it.

        Shared intermediates are computed once per run this way. ``CREATE ... AS`` keeps every
        column nullable (ibis would infer NOT NULL for some derived columns that can be empty).
        """
        self.engine.temporary(name, self.con.compile(expr))
        return self.con.table(name)

    def empty_temporary(self, name: str, schema: ibis.Schema) -> ibis.Table:
        """An empty temporary table with ``schema`` (types in the engine's own SQL)."""
        self.engine.empty_temporary(name, schema)
        return self.con.table(name)

    def frame_table(self, name: str, rows: pd.DataFrame | ibis.Table) -> ibis.Table:
        """A small table made from rows in memory (configuration, a file's incoming rows)."""
        return self.engine.frame_table(
            name, ibis.memtable(rows) if isinstance(rows, pd.DataFrame) else rows
        )

    def insert_frame(self, name: str, frame: pd.DataFrame) -> None:
        """Insert a data frame into a table (columns as the model orders them)."""
        if frame.empty:
            return
        columns = list(TABLES[name].column_names)
        self.con.insert(name, ibis.memtable(frame[columns], schema=ibis_schema(TABLES[name])))

    def _merge(self, name: str, la_code: str, frame: pd.DataFrame) -> None:
        """Insert rows, merging any whose key is already stored for this council.

        The incoming row takes the new load id; each of its empty values is filled from the
        stored row (the latest, if several share the key), and the stored row is removed. The
        merge runs in the engine, so it costs nothing when the council's table is empty.
        """
        table = TABLES[name]
        stored = self.table(name).filter(self.table(name).la_code == la_code)
        if frame.empty or int(stored.count().execute()) == 0:
            self.insert_frame(name, frame)
            return
        keys = [k for k in table.key if k != "la_code"]
        columns = list(table.column_names)
        incoming = self.frame_table(
            "_incoming", ibis.memtable(frame[columns], schema=ibis_schema(table))
        )
        latest = stored.mutate(
            _rank=ibis.row_number().over(group_by=keys, order_by=ibis.desc(stored.load_id))
        ).filter(ibis._._rank == 0)
        joined = incoming.left_join(latest, keys)
        merged = joined.select(
            *[incoming[c] for c in columns if c in keys or c in LINEAGE],
            **{
                c: incoming[c].coalesce(joined[f"{c}_right"])
                for c in columns
                if c not in keys and c not in LINEAGE
            },
        ).select(*columns)
        merged = self.temporary("_merged", merged)
        displacing = int(frame["load_id"].iloc[0])
        self.delete_matching(name, incoming.select("la_code", *keys), displaced_by=displacing)
        self.con.insert(name, merged)
        self.con.drop_table("_incoming")
        self.con.drop_table("_merged")

    def write_loads(self, la_code: str, loads: list[FileLoad]) -> list[LoadResult]:
        """Write several files' rows in one transaction, skipping files already loaded.

        ``la_code`` must be a council code (three digits), or ``NATIONAL`` for DfE's own
        files: ``InputError`` otherwise.
        """
        if la_code != NATIONAL:
            council_code(la_code)
        results: list[LoadResult] = []
        with self.transaction():
            load_id = self._next_load_id()
            # (name, sha): one year's empty 903 file is byte for byte another year's, and
            # each must be logged under its own name for a reload to be a no-op.
            seen: set[tuple[str, str]] = set()
            for load in loads:
                sha = file_sha256(load.path, *load.also_hashed)
                if (load.name, sha) in seen or self.already_loaded(la_code, load, sha):
                    results.append(LoadResult(load.name, skipped=True))
                    continue
                seen.add((load.name, sha))
                started = time.perf_counter()
                self._remove_superseded(la_code, load_id, load)
                self._write_one(la_code, load_id, load)
                self._log(la_code, load_id, load, sha, time.perf_counter() - started)
                results.append(
                    LoadResult(
                        load.name,
                        skipped=False,
                        rows_in=load.rows_in,
                        rows_accepted=load.rows_accepted,
                        rows_quarantined=load.rows_quarantined,
                        notes=load.notes,
                    )
                )
                load_id += 1
        return results

    def _remove_superseded(self, la_code: str, load_id: int, load: FileLoad) -> None:
        """A changed file replaces what its earlier version loaded, so records never double.

        A council sends the same file name again with corrections, or a later extract; the
        rows of earlier loads of that file (same council, source and name) are removed in the
        same transaction (kept in ``displaced_row``, so the new version can be unloaded). Their
        load_log rows stay, as the history of what was loaded.
        """
        log = self.table("load_log")
        earlier = log.filter(
            (log.la_code == la_code) & (log.source == load.source) & (log.file == load.name)
        ).load_id.execute()
        if earlier.empty:
            return
        ids = pd.DataFrame({"load_id": earlier.astype("int64")})
        for name, table in TABLES.items():
            if table.lineage:
                self.delete_matching(name, ids, displaced_by=load_id)

    def _write_one(self, la_code: str, load_id: int, load: FileLoad) -> None:
        lineage: dict[str, str | int] = {"la_code": la_code, "load_id": load_id}
        for name, frame in load.tables.items():
            self._merge(name, la_code, frame.assign(**lineage))
        if load.quarantine is not None:
            self.insert_frame("quarantine", load.quarantine.assign(**lineage))
        if load.covers is not None:
            first, last = load.covers
            covered = pd.DataFrame(
                {"source": load.source, "table_name": sorted(load.tables),
                 "period_start": first, "period_end": last},
                columns=["source", "table_name", "period_start", "period_end"],
            )  # fmt: skip
            self.insert_frame("coverage", covered.assign(**lineage))

    def _log(self, la_code: str, load_id: int, load: FileLoad, sha: str, seconds: float) -> None:
        row = {
            "load_id": load_id,
            "la_code": la_code,
            "source": load.source,
            "file": load.name,
            "sha256": sha,
            "rows_in": load.rows_in,
            "rows_accepted": load.rows_accepted,
            "rows_quarantined": load.rows_quarantined,
            "loaded_at": datetime.now(UTC).replace(tzinfo=None),
            "seconds": seconds,
        }
        self.insert_frame("load_log", pd.DataFrame([row]))

    def known_children(self, la_code: str) -> set[str]:
        """Child ids already in ``person`` for a council (for cross-file checks)."""
        person = self.table("person")
        ids = person.filter(person.la_code == la_code).child_id.execute()
        return set(ids.tolist())

    def frames(self, names: Mapping[str, str] | None = None) -> dict[str, pd.DataFrame]:
        """Whole tables as data frames (small stores and tests only)."""
        wanted = names or {n: n for n in TABLES}
        return {alias: self.table(name).execute() for alias, name in wanted.items()}
