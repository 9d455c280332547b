"""Hostile and broken CIN census files never crash the loader and never lose a record.

Whatever the bytes, ``read_cin`` either raises ``SourceFileError`` (one clear error for the
file) or returns loads in which every record is either accepted (one canonical row) or
quarantined: rows_in = accepted + quarantined, counted from the rows themselves.
"""

import re
import time
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cin_fixtures import assessment, census, child, cp_plan, details, section47, write
from csc_scorecard.ingest.cin_census import read_cin
from csc_scorecard.ingest.errors import SourceFileError
from csc_scorecard.store import FileLoad, Store

BASE = census(
    2024,
    child(
        "C1",
        details(
            "2023-05-02",
            assessment("2023-05-03", "2023-06-10", ("3B",)),
            section47("2023-09-04", "2023-09-25", "2023-09-20"),
            after_nfa=cp_plan("2023-09-20", reviews=("2023-12-01",)),
        ),
        disabilities=("AUT",),
    ),
    child("C2", details("2024-01-10", closed="2024-01-10", reason="RC8", nfa="1")),
)
LEAF = re.compile(r"<(\w+)>([^<]*)</\1>")
LEAVES = list(LEAF.finditer(BASE))
NASTY = [
    "=cmd|' /C calc'!A0", "+SUM(1)", "@A1", "-1", "2024-02-30", "31/02/2024", "0000-00-00",
    "9999-12-31", "1900-01-01", "", "   ", "true", "FALSE", "NaN", "None", "null", "Zoë",
    "\u202e", "💥", "x" * 5000,
]  # fmt: skip
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip


def _accounted(loads: list[FileLoad]) -> None:
    """Every record is one accepted canonical row or one quarantined record."""
    for load in loads:
        accepted = sum(len(frame) for frame in load.tables.values())
        assert accepted == load.rows_accepted
        assert load.rows_in == load.rows_accepted + load.rows_quarantined
        if load.quarantine is not None:
            assert load.quarantine["raw_record"].notna().all()
            assert (load.quarantine["row_number"] >= 1).all()


def _read(path: Path) -> list[FileLoad] | None:
    try:
        loads = read_cin([path], "318")
    except SourceFileError as error:
        assert error.path == path and error.problem
        return None
    _accounted(loads)
    return loads


@SETTINGS
@given(data=st.binary(max_size=2000))
def test_random_bytes(tmp_path, data):
    path = tmp_path / "random.xml"
    path.write_bytes(data)
    _read(path)


@SETTINGS
@given(cut=st.integers(min_value=0, max_value=len(BASE)))
def test_truncated_files(tmp_path, cut):
    _read(write(tmp_path, "cut.xml", BASE[:cut]))


@SETTINGS
@given(
    changes=st.lists(
        st.tuples(st.integers(0, len(LEAVES) - 1),
                  st.one_of(st.sampled_from(NASTY), st.text(max_size=40))),
        min_size=1, max_size=6,
    )
)  # fmt: skip
def test_wrong_values_in_any_element(tmp_path, changes):
    """Any leaf's value replaced by formula-like, unreadable or random text."""
    text = BASE
    for index, value in sorted(changes, key=lambda c: -LEAVES[c[0]].start()):
        leaf = LEAVES[index]
        start, end = leaf.span(2)
        text = text[:start] + escape(value) + text[end:]
    loads = _read(write(tmp_path, "values.xml", text))
    if loads is not None:
        # Values never change the records: C1 has Child, Disability, CINdetails, Assessments,
        # one factor, Section47, CP plan and a review (8); C2 Child, Disability, CINdetails (3).
        assert [load.rows_in for load in loads] == [11]


@SETTINGS
@given(
    edits=st.lists(
        st.tuples(st.integers(0, len(LEAVES) - 1), st.sampled_from(["drop", "repeat"])),
        min_size=1, max_size=4, unique_by=lambda e: e[0],
    )
)  # fmt: skip
def test_elements_missing_or_repeated(tmp_path, edits):
    """Leaf elements left out or written twice (a repeated Disability, two LAchildIDs...)."""
    text = BASE
    for index, edit in sorted(edits, key=lambda e: -LEAVES[e[0]].start()):
        leaf = LEAVES[index]
        element = leaf.group(0) * 2 if edit == "repeat" else ""
        text = text[: leaf.start()] + element + text[leaf.end() :]
    _read(write(tmp_path, "edited.xml", text))


@SETTINGS
@given(
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "windows-1252", "utf-16"]),
    declared=st.booleans(),
    name=st.sampled_from(["C1", "Zoë", "Ø-1", "C\u00a0"]),
)
def test_encodings(tmp_path, encoding, declared, name):
    """Windows-1252 and UTF-16 load when declared; UTF-8 with or without a byte-order mark."""
    body = BASE.split("?>", 1)[1].replace("<LAchildID>C1<", f"<LAchildID>{name}<")
    label = "UTF-8" if encoding == "utf-8-sig" else encoding
    prolog = f"<?xml version='1.0' encoding='{label}'?>" if declared else ""
    path = tmp_path / "encoded.xml"
    path.write_bytes((prolog + body).encode(encoding))
    loads = _read(path)
    readable = declared or encoding in ("utf-8", "utf-8-sig", "utf-16") or name.isascii()
    if readable:
        assert loads is not None
        assert name.strip() in set(loads[0].tables["person"]["child_id"])


def test_huge_text_node_is_a_clear_error_or_a_quarantined_value(tmp_path):
    huge = BASE.replace("<LAchildID>C2<", "<LAchildID>" + "9" * 11_000_000 + "<")
    started = time.perf_counter()
    _read(write(tmp_path, "huge.xml", huge))
    assert time.perf_counter() - started < 30


def _with_dtd(dtd: str, old: str, new: str) -> str:
    return f"<?xml version='1.0'?><!DOCTYPE Message [{dtd}]>" + BASE.split("?>", 1)[1].replace(
        old, new, 1
    )


def test_billion_laughs_is_refused_quickly(tmp_path):
    """Nested entities that would expand to 10^9 'lol's: refused as a clear error."""
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10 if i else "lol"}">' for i in range(10))
    path = write(tmp_path, "laughs.xml", _with_dtd(laughs, "<Ethnicity>WBRI<", "<Ethnicity>&l9;<"))
    started = time.perf_counter()
    with pytest.raises(SourceFileError, match="not well-formed XML"):
        read_cin([path], "318")
    assert time.perf_counter() - started < 10


def test_external_entity_is_not_fetched(tmp_path):
    """An entity naming a local file: not read; the id it stood for is missing, so quarantined."""
    dtd = '<!ENTITY secret SYSTEM "file:///etc/passwd">'
    path = write(tmp_path, "xxe.xml", _with_dtd(dtd, "<LAchildID>C2<", "<LAchildID>&secret;<"))
    loads = _read(path)
    assert loads is not None
    (load,) = loads
    assert "root:" not in load.tables["person"].to_string()
    assert "root:" not in load.quarantine.to_string()
    child = load.quarantine[load.quarantine["source_table"] == "Child"]
    assert child[["row_number", "rule_id"]].values.tolist() == [[2, "missing_required"]]


@pytest.mark.parametrize("value", ["=cmd|' /C calc'!A0", "+SUM(1)"])
def test_formula_like_values_are_stored_as_text_or_quarantined_as_read(tmp_path, value):
    before, after = BASE.rsplit("<PrimaryNeedCode>N1<", 1)  # C2's episode, nothing under it
    text = f"{before}<PrimaryNeedCode>{escape(value)}<{after}"
    store = Store(str(tmp_path / "s.duckdb"))
    loads = _read(write(tmp_path, "formula.xml", text))
    assert loads is not None
    store.write_loads("318", loads)
    quarantine = store.table("quarantine").execute()
    (row,) = quarantine.itertuples()
    assert (row.source_table, row.rule_id) == ("CINdetails", "code_list")
    assert value in row.raw_record or escape(value) in row.raw_record
