"""Month-end snapshots: listing each record's months (DuckDB) gives the range join's rows.

The months are January to April 2025. Worked by hand from the definition (open at 23:59 on
the month's last day: started on or before it and not ended by it):

- E1 31/01/2025 to 31/01/2025: ends on the month end, so open at no month end;
- E2 31/01/2025 to 01/02/2025: January;
- E3 01/06/2024, still open: January to April;
- E4 15/03/2025 to 01/02/2025 (ends before it starts): none;
- E5 28/02/2025 to 31/03/2025: February (it ends on March's last day);
- E6 from 01/05/2025: none (after the months); E7 2024 only: none.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conftest import tiny_store
from csc_scorecard.indicators.context import Context
from csc_scorecard.model import TABLES

D = date.fromisoformat
EPISODES = {
    "E1": ("2025-01-31", "2025-01-31"), "E2": ("2025-01-31", "2025-02-01"),
    "E3": ("2024-06-01", None), "E4": ("2025-03-15", "2025-02-01"),
    "E5": ("2025-02-28", "2025-03-31"), "E6": ("2025-05-01", None),
    "E7": ("2024-01-01", "2024-12-31"),
}  # fmt: skip
EXPECTED = {("E2", "2025-01"), ("E5", "2025-02")} | {("E3", f"2025-0{m}") for m in range(1, 5)}


class RangeJoined(Context):
    """The same computation with the portable range join (as on SQL Server)."""

    @property
    def expands_months(self) -> bool:
        return False


@pytest.mark.parametrize("kind", [Context, RangeJoined])
def test_open_at_month_end(tmp_path: Path, kind: type[Context]) -> None:
    rows = [
        {"referral_id": ref, "child_id": f"C{ref}", "referral_date": D(start),
         "closure_date": D(end) if end else None, "referral_source": "1A"}
        for ref, (start, end) in EPISODES.items()
    ]  # fmt: skip
    store = tiny_store(tmp_path / "s.duckdb", {"cin_episode": rows})
    ctx = kind(store, date(2025, 1, 1), date(2025, 4, 1))
    assert ctx.expands_months == (kind is Context)
    found = ctx.open_at_month_end(ctx.table("cin_episode"), "referral_date", "closure_date")
    frame = found.execute()
    assert {(r, f"{m:%Y-%m}") for r, m in zip(frame.referral_id, frame.month, strict=True)} == (
        EXPECTED
    )
    spine = {"month", "month_end", "month_index"}
    assert set(frame.columns) == {*TABLES["cin_episode"].column_names, *spine}
