"""Load DfE's children's services statistical neighbour list: each council's ten neighbours.

DfE publishes the list (with its benchmarking tool and in LAIT) as one row per council: its
three-digit code and name, then its ten neighbours closest first, named or coded (``SN1`` to
``SN10``). A neighbour given by name takes the code the file gives that council; one the file
cannot resolve goes to quarantine with its row. The whole list replaces the shipped synthetic
one (``config/neighbours.yaml``, kept for the demo's ``scorecard compare``).
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from csc_scorecard.ingest.csv_files import read_text_csv, reading_notes
from csc_scorecard.ingest.errors import SourceFileError
from csc_scorecard.ingest.quarantine import quarantine_frame
from csc_scorecard.ingest.rules import RULES
from csc_scorecard.ingest.validate import Failure
from csc_scorecard.store import NATIONAL, FileLoad, LoadResult, Store

SOURCE = "neighbours"
CODE_COLUMNS = ("old_la_code", "la number", "la_number", "la code", "la_code")
NAME_COLUMNS = ("la_name", "la name", "local authority")


def _first(raw: pd.DataFrame, names: tuple[str, ...], path: Path) -> str:
    for name in names:
        if name in raw.columns:
            return name
    raise SourceFileError(path, f"has no column {names[0]} (or {', '.join(names[1:])})")


def neighbour_columns(raw: pd.DataFrame) -> list[str]:
    """SN1..SN10 (however spelt: 'SN 1', 'sn1_la_code'), closest first."""
    found = {int(m.group(1)): c for c in raw.columns if (m := re.match(r"sn\s*_?(\d+)", c))}
    return [found[k] for k in sorted(found)]


def read_neighbours(path: Path) -> FileLoad:
    """Read the list: one row per council and neighbour position, unresolvable ones rejected."""
    raw = read_text_csv(path)
    code_column = _first(raw, CODE_COLUMNS, path)
    name_column = next((c for c in NAME_COLUMNS if c in raw.columns), None)
    columns = neighbour_columns(raw)
    if not columns:
        raise SourceFileError(path, "has no neighbour columns (SN1 to SN10)")
    codes = raw[code_column].str.strip()
    by_name = (
        dict(zip(raw[name_column].str.strip().str.lower(), codes, strict=True))
        if name_column
        else {}
    )
    rows, failures = [], []
    for position in range(len(raw)):
        council = codes.iloc[position]
        for rank, column in enumerate(columns, start=1):
            cell = str(raw.iloc[position][column]).strip()
            if not cell:
                continue
            neighbour = cell if re.fullmatch(r"\d{3}", cell) else by_name.get(cell.lower())
            if neighbour is None or not re.fullmatch(r"\d{3}", council):
                message = RULES["neighbour_unknown"].render(
                    column=column if neighbour is None else code_column,
                    value=cell if neighbour is None else council,
                )
                failures.append(Failure("neighbour_unknown", np.array([position]), [message]))
                continue
            rows.append(
                {"council": council, "position": rank, "neighbour": neighbour, "file": path.name}
            )
    accepted = pd.DataFrame(rows, columns=["council", "position", "neighbour", "file"])
    return FileLoad(
        SOURCE, path, rows_in=len(raw), tables={"statistical_neighbour": accepted},
        quarantine=quarantine_frame(SOURCE, path, "statistical neighbours", raw, failures),
        notes=reading_notes(raw),
    )  # fmt: skip


def load_neighbours(store: Store, path: Path) -> list[LoadResult]:
    """Load the list: a council's neighbour at each position replaces the one loaded before."""
    return store.write_loads(NATIONAL, [read_neighbours(path)])
