"""``scorecard quarantine`` (filters, export) and the DQ1 input, on a store built by hand.

The store holds two loads:

- ``contacts.csv`` (source ``ssd``), three rows: row 1 (contact of 15/01/2026) breaks
  ``code_list``; row 2 (03/02/2026) breaks ``code_list`` and ``missing_required``; row 3 has an
  unreadable date and breaks ``bad_date``.
- ``series.csv`` (source ``series``): row 1 is good, row 2 has month ``2026-13``
  (``bad_month``, no readable date), row 3 value ``lots`` for 2026-02 (``bad_type``).

DQ1 counts distinct rejected rows by the month of their date, undated ones in the load month:
ssd 2026-01: 1 (row 1), 2026-02: 1 (row 2, two rules, counted once), load month: 1 (row 3);
series 2026-02: 1 (row 3), load month: 1 (row 2).
"""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from csc_scorecard.cli import app
from csc_scorecard.indicators.compute import compute
from csc_scorecard.ingest.quarantine import quarantine_frame
from csc_scorecard.ingest.series import read_series
from csc_scorecard.ingest.validate import Failure
from csc_scorecard.store import FileLoad, Store

CONTACTS = pd.DataFrame(
    {
        "cont_person_id": ["C1", "C2", "C3"],
        "cont_contact_date": ["2026-01-15", "2026-02-03", "31/02/2026"],
        "cont_contact_source_code": ["11", "99", "6"],
    }
)


def _contacts_load(directory: Path) -> FileLoad:
    path = directory / "contacts.csv"
    CONTACTS.to_csv(path, index=False)
    failures = [
        Failure("code_list", np.array([0, 1]), ["source 11 is not a code", "source 99 neither"]),
        Failure("missing_required", np.array([1]), ["outcome is required but is empty"]),
        Failure("bad_date", np.array([2]), ["cont_contact_date value '31/02/2026' is not a date"]),
    ]
    frame = quarantine_frame(
        "ssd",
        path,
        "ssd_contacts",
        CONTACTS,
        failures,
        CONTACTS["cont_person_id"],
        CONTACTS["cont_contact_date"],
    )
    return FileLoad("ssd", path, rows_in=3, quarantine=frame)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "store.duckdb"
    series = tmp_path / "series.csv"
    series.write_text(
        "indicator_id,month,value\nWF1,2026-01,17\nWF1,2026-13,17\nWF1,2026-02,lots\n",
        encoding="utf-8",
    )
    store = Store(str(path))
    store.write_loads("318", [_contacts_load(tmp_path), read_series(series, {"WF1"})])
    store.con.disconnect()
    return path


def test_dq1_counts_rejected_rows_by_source_and_month(store_path: Path) -> None:
    store = Store(str(store_path))
    loaded = store.table("load_log").loaded_at.max().execute()
    load_month = date(loaded.year, loaded.month, 1)
    compute(store, date(2026, 1, 1), max(load_month, date(2026, 2, 1)), ["DQ1"])
    values = store.table("indicator_value").execute()
    frame = values[values.breakdown == "source"]
    found = {
        (s, pd.Timestamp(m).date()): int(n)
        for s, m, n in zip(frame["breakdown_value"], frame["month"], frame["value"], strict=True)
    }
    assert found == {
        ("ssd", date(2026, 1, 1)): 1,
        ("ssd", date(2026, 2, 1)): 1,
        ("ssd", load_month): 1,
        ("series", date(2026, 2, 1)): 1,
        ("series", load_month): 1,
    }
    assert set(frame["la_code"]) == {"318"}


def test_quarantine_command_lists_counts_and_filters(store_path: Path) -> None:
    runner = CliRunner()
    everything = runner.invoke(app, ["quarantine", "--store", str(store_path)])
    assert everything.exit_code == 0, everything.output
    for rule in ("code_list", "missing_required", "bad_date", "bad_month", "bad_type"):
        assert rule in everything.output
    only = runner.invoke(app, ["quarantine", "--store", str(store_path), "--source", "series"])
    assert "bad_month" in only.output and "code_list" not in only.output
    assert "ssd_contacts" not in only.output
    rule = runner.invoke(app, ["quarantine", "--store", str(store_path), "--rule", "code_list"])
    assert "code_list" in rule.output and "bad_month" not in rule.output


def test_export_writes_every_matching_row_with_its_record(store_path: Path,
                                                          tmp_path: Path) -> None:  # fmt: skip
    out = tmp_path / "rejected.csv"
    result = CliRunner().invoke(
        app, ["quarantine", "--store", str(store_path), "--source", "ssd", "--export", str(out)]
    )
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    # four quarantine rows: row 1 code_list, row 2 code_list + missing_required, row 3 bad_date
    assert [(r["row_number"], r["rule_id"]) for r in rows] == [
        ("1", "code_list"),
        ("2", "code_list"),
        ("2", "missing_required"),
        ("3", "bad_date"),
    ]
    assert {r["source"] for r in rows} == {"ssd"}
    assert [r["record_date"] for r in rows] == ["2026-01-15", "2026-02-03", "2026-02-03", ""]
    for r in rows:
        record = json.loads(r["raw_record"])
        assert record == CONTACTS.iloc[int(r["row_number"]) - 1].to_dict()
        assert r["child_id"] == record["cont_person_id"]
