"""Cross-record rules of the CIN census: a record against the records it is nested in.

The model's own checks (types, codes, required values, end after start) come from
``validate.py``. These add what only the census's nesting can tell: a record under a
quarantined record has nothing to belong to; an assessment, plan or enquiry lies inside its
episode (DfE rules 1103-4015 and 8565); a record's date is not long before the child's birth or
after the census reference date; and a record is reported once per file. Each works on whole
columns, with parents' values brought alongside by position.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pandas as pd

from csc_scorecard.ingest.validate import Failure, failure

BEFORE_BIRTH = timedelta(days=280)
"""Work may start before birth (pre-birth referrals, assessments and plans), but not more than
a full pregnancy (40 weeks) before it: such a date cannot be about this child."""


def parent_rejected(parent_rows: np.ndarray, parent_rejected: np.ndarray, parent: str
                    ) -> Failure | None:  # fmt: skip
    """Records nested in a quarantined record (``parent_rows``: parents' positions, from 0)."""
    mask = parent_rejected[parent_rows] if len(parent_rows) else np.zeros(0, dtype=bool)
    return failure("parent_rejected", mask, parent=parent, parent_row=parent_rows + 1)


def _timestamps(values: pd.Series | np.ndarray) -> pd.Series:
    return pd.Series(pd.to_datetime(pd.Series(values, dtype=object)).to_numpy())


def outside_episode(column: str, values: pd.Series, starts: np.ndarray, ends: np.ndarray
                    ) -> Failure | None:  # fmt: skip
    """Dates before their episode's referral or after its closure (where both are readable)."""
    when = _timestamps(values)
    start = _timestamps(starts)
    end = _timestamps(ends)
    outside = when.notna() & ((start.notna() & (when < start)) | (end.notna() & (when > end)))
    return failure(
        "outside_episode",
        outside.to_numpy(),
        column=column,
        value=values.reset_index(drop=True),
        start=pd.Series(starts, dtype=object),
        end=pd.Series(ends, dtype=object).map(lambda e: "still open" if e is None else e),
    )


def out_of_range(column: str, values: pd.Series, births: np.ndarray, reference: date
                 ) -> Failure | None:  # fmt: skip
    """Dates more than 40 weeks before the child's birth, or after the census reference date."""
    when = _timestamps(values)
    born = _timestamps(births)
    early = when.notna() & born.notna() & (when < born - BEFORE_BIRTH)
    late = when.notna() & (when > pd.Timestamp(reference))
    birth = "more than 40 weeks before the child's date of birth " + born.dt.strftime("%Y-%m-%d")
    why = birth.where(early, f"after the census reference date {reference.isoformat()}")
    return failure(
        "date_out_of_range", (early | late).to_numpy(), column=column,
        value=values.reset_index(drop=True), why=why,
    )  # fmt: skip


def duplicate_keys(frame: pd.DataFrame, key: list[str], eligible: np.ndarray, record: str
                   ) -> Failure | None:  # fmt: skip
    """Later records with the same key as an earlier one in the file (eligible rows only)."""
    rows = frame.loc[eligible, key].reset_index(drop=False)
    positions = np.flatnonzero(eligible)
    repeated = rows.duplicated(key, keep="first").to_numpy()
    if not repeated.any():
        return None
    first = rows.groupby(key, sort=False, dropna=False)["index"].transform("min").to_numpy()
    mask = np.zeros(len(frame), dtype=bool)
    mask[positions[repeated]] = True
    first_rows = np.zeros(len(frame), dtype=int)
    first_rows[positions] = first + 1
    return failure(
        "duplicate_key", mask, record=record, key=" and ".join(key), first_row=first_rows
    )
