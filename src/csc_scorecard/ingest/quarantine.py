"""Turn a file's failures into rows of the canonical ``quarantine`` table.

One quarantine row per source row and rule (the table's key): when several columns of a row
break the same rule, their messages are joined. The record is kept exactly as read, as JSON, so
it can be fixed at source; only rejected rows are serialised, so this costs nothing for clean
files.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd

# rejected_rows now lives in validate.py (the cross-row checks need it); it stays importable
# from here for loaders written against the earlier layout.
from csc_scorecard.ingest.validate import Failure, parse_dates
from csc_scorecard.ingest.validate import rejected_rows as rejected_rows
from csc_scorecard.model import TABLES

COLUMNS = [c.name for c in TABLES["quarantine"].columns]


def main_dates(canonical: str, text: pd.DataFrame) -> pd.Series | None:
    """Each row's main date as text (the table's first date column), where it has one."""
    dated = [c.name for c in TABLES[canonical].columns if c.dtype == "date"]
    return text[dated[0]] if dated and dated[0] in text else None


def quarantine_frame(
    source: str,
    path: Path,
    source_table: str,
    raw: pd.DataFrame,
    failures: list[Failure],
    child_ids: pd.Series | None = None,
    record_dates: pd.Series | None = None,
    *,
    file_name: str | None = None,
) -> pd.DataFrame:
    """Quarantine rows for ``failures`` (positions in ``raw``, the file as read).

    ``child_ids`` and ``record_dates`` are the text of each file row's child id and main date
    ('' where unknown); only the rejected rows' are read. ``file_name`` is the name the file is
    known by in the store (``FileLoad.name``), when not simply its own.
    """
    if not failures:
        return pd.DataFrame(columns=COLUMNS)
    found = pd.DataFrame(
        {
            "position": np.concatenate([f.rows for f in failures]),
            "rule_id": np.concatenate([[f.rule_id] * len(f.rows) for f in failures]),
            "message": [m for f in failures for m in f.messages],
        }
    )
    grouped = found.groupby(["position", "rule_id"], sort=True)["message"]
    rows = grouped.agg(lambda m: "; ".join(dict.fromkeys(m))).reset_index()
    positions = rows["position"].to_numpy()
    records = raw.iloc[positions]
    rows["raw_record"] = [
        json.dumps(dict(zip(raw.columns, values, strict=True)), ensure_ascii=False)
        for values in records.itertuples(index=False, name=None)
    ]
    rows["child_id"] = None
    if child_ids is not None:
        ids = child_ids.iloc[positions].str.strip()
        rows["child_id"] = ids.where(ids != "", None).to_numpy()
    rows["record_date"] = None
    if record_dates is not None:
        dates = parse_dates(record_dates.iloc[positions].astype(str))[0]
        rows["record_date"] = dates.dt.date.astype(object).where(dates.notna(), None).to_numpy()
    rows["source"] = source
    rows["file"] = file_name or path.name
    rows["source_table"] = source_table
    rows["row_number"] = positions + 1
    return rows[COLUMNS]
