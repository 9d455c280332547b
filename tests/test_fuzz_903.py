"""Fuzzing the 903 loader with the files councils really send, and worse.

Whatever the bytes (random, Windows-1252 or UTF-8 with a byte-order mark, cut off part way,
huge cells, impossible dates, spreadsheet formulas), loading either succeeds with every row
accounted for (rows in = accepted + quarantined, per file) or stops with ``SourceFileError``
and leaves the store exactly as it was. Any other exception fails the test.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csc_scorecard.ingest.errors import SourceFileError
from csc_scorecard.ingest.ssda903 import load_903
from csc_scorecard.model import TABLES
from csc_scorecard.model.ssda903 import COLUMNS
from csc_scorecard.store import Store

LA = "318"
FUZZ = settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nA,M,01/01/2010,WBRI,,,\nB,F,2012-05-06,WBRI,,,\n"

nasty_cells = st.sampled_from(
    [
        "",
        "A",
        "B",
        "Z",
        "01/05/2024",
        "2024-05-01",
        "31/02/2024",
        "00/00/0000",
        "31/12/9999",
        "2024-13-45T25:61",
        "ZZ/05/2020",
        "=cmd|' /C calc'!A0",
        "+SUM(A1:A9)",
        '@HYPERLINK("http://x")',
        "99999999999999999999999",
        "-1",
        "1.5",
        "PN9",
        "Z1",
        "M",
        "1",
        "0",
        "café \u2019quoted\u2019",
        '"',
        "a,b",
        "line\nbreak",
        "x" * 20_000,
    ]
)
any_cells = st.one_of(nasty_cells, st.text(max_size=30))


def _store_state(store: Store) -> dict[str, int]:
    return {name: store.count(name) for name in TABLES}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    return Store(str(tmp_path_factory.mktemp("fuzz") / "s.duckdb"))


def _load_and_check(store: Store, folder: Path) -> None:
    before = _store_state(store)
    try:
        results = load_903(store, [folder], LA)
    except SourceFileError:
        assert _store_state(store) == before
        return
    for r in results:
        assert r.rows_in == r.rows_accepted + r.rows_quarantined, r


def _folder(tmp: str, name: str, data: bytes) -> Path:
    year = Path(tmp) / "2025"
    year.mkdir()
    (year / "header.csv").write_text(HEADER, encoding="utf-8")
    (year / f"{name}.csv").write_bytes(data)
    return Path(tmp)


@FUZZ
@given(data=st.binary(max_size=3000))
def test_random_bytes_load_or_fail_cleanly(store, data):
    with tempfile.TemporaryDirectory() as tmp:
        _load_and_check(store, _folder(tmp, "anything", data))


@FUZZ
@given(
    name=st.sampled_from([n for n in COLUMNS if n != "header"]),
    rows=st.lists(st.lists(any_cells, min_size=14, max_size=14), max_size=12),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
    cut=st.one_of(st.none(), st.floats(min_value=0, max_value=1)),
)
def test_903_files_with_nasty_cells_load_or_fail_cleanly(store, name, rows, encoding, cut):
    columns = COLUMNS[name]
    lines = [",".join(columns)]
    for row in rows:
        lines.append(",".join(_quoted(cell) for cell in row[: len(columns)]))
    data = ("\r\n".join(lines) + "\r\n").encode(encoding, errors="replace")
    if cut is not None:
        data = data[: int(len(data) * cut)]
    with tempfile.TemporaryDirectory() as tmp:
        _load_and_check(store, _folder(tmp, name, data))


def _quoted(cell: str) -> str:
    """A CSV cell as a spreadsheet would write it (quoted when it must be)."""
    if any(c in cell for c in ',"\n\r'):
        return '"' + cell.replace('"', '""') + '"'
    return cell
