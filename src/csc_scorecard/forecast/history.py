"""Who was in which state at each month end, from the canonical records in the store.

A forecast learns from the same records the indicators count, not from the returns' files:
looked-after episodes (short breaks left out, as CLA1 leaves them out), child protection plans
and child in need episodes, each with the child's date of birth. A record counts at a month
end when it started on or before that day and had not ended by it (the snapshot rule of the
month-end indicators). A looked-after child with a UASC record (``uasc_status``) is marked as
an unaccompanied asylum-seeking child, so a scenario can change their entries alone. The
months run from the first the loads cover to the last month that has ended within what they
cover, so a month is never half known.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import numpy.typing as npt
import pandas as pd

from csc_scorecard.forecast.states import IN_NEED, ON_A_PLAN, PLACEMENT_GROUPS, placement_group
from csc_scorecard.store import Store

MEASURES = ("CLA", "CPP", "CIN")
SHORT_BREAKS = ("V3", "V4")
SOURCE_TABLE = {"CLA": "looked_after_episode", "CPP": "cp_plan", "CIN": "cin_episode"}
GROUPS = {"CLA": PLACEMENT_GROUPS, "CPP": ON_A_PLAN, "CIN": IN_NEED}
MEASURE_WORDS = {
    "CLA": "children looked after",
    "CPP": "children on a child protection plan",
    "CIN": "children in need",
}


@dataclass(frozen=True)
class History:
    """Month-end states of one measure: one row per child and month end they counted.

    ``states`` has columns child (int), t (index into ``months``), group (index into
    ``groups``) and age (whole months at the month end); for children looked after also
    ``uasc`` (bool: the child has a UASC record).
    """

    measure: str
    months: tuple[date, ...]
    groups: tuple[str, ...]
    states: pd.DataFrame

    def up_to(self, last: int) -> History:
        """The history as it was known at the end of month ``last``: nothing after it."""
        kept = self.states[self.states.t <= last]
        return History(self.measure, self.months[: last + 1], self.groups, kept)

    def totals(self) -> npt.NDArray[np.int64]:
        """Children counted at each month end."""
        return np.bincount(self.states.t.to_numpy(), minlength=len(self.months))

    def totals_by_group(self) -> npt.NDArray[np.int64]:
        """Children counted at each month end in each group: (month, group)."""
        groups = len(self.groups)
        cells = self.states.t.to_numpy() * groups + self.states.group.to_numpy()
        counts = np.bincount(cells, minlength=len(self.months) * groups)
        return counts.reshape(len(self.months), groups)


def month_ends(first: date, last: date) -> list[date]:
    """First days of the months whose last day lies within [first, last]."""
    start = date(first.year, first.month, 1)
    out: list[date] = []
    while True:
        following = (start + timedelta(days=32)).replace(day=1)
        if following - timedelta(days=1) > last:
            return out
        if following - timedelta(days=1) >= first:
            out.append(start)
        start = following


def age_in_months(
    born: npt.NDArray[np.datetime64], day: npt.NDArray[np.datetime64]
) -> npt.NDArray[np.int64]:
    """Whole months from birth to ``day`` (a month is complete on the day-of-month reached)."""
    b = pd.DatetimeIndex(born)
    d = pd.DatetimeIndex(day)
    months = (d.year - b.year) * 12 + (d.month - b.month) - (d.day < b.day).astype(int)
    return np.clip(np.asarray(months, dtype=np.int64), 0, None)


def states_from_spells(spells: pd.DataFrame, months: list[date], measure: str) -> History:
    """Month-end states from spells (child_id, start, end, group, born[, uasc]): see ``History``.

    A spell covers every month end on or after its start and before its end; a child in two
    spells at one month end (an overlap in the records) counts once, in the later spell.
    """
    ends = np.array([(m + timedelta(days=32)).replace(day=1) - timedelta(days=1) for m in months],
                    dtype="datetime64[D]")  # fmt: skip
    start = spells.start.to_numpy(dtype="datetime64[D]")
    end = spells.end.fillna(pd.Timestamp("2262-01-01")).to_numpy(dtype="datetime64[D]")
    first = np.searchsorted(ends, start, side="left")
    stop = np.maximum(np.searchsorted(ends, end, side="left"), first)
    lengths = stop - first
    rows = np.repeat(np.arange(len(spells)), lengths)
    offsets = np.arange(lengths.sum()) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    t = first[rows] + offsets
    children = pd.factorize(spells.child_id.to_numpy())[0]
    born = spells.born.fillna(spells.start).to_numpy(dtype="datetime64[D]")
    frame = pd.DataFrame(
        {"child": children[rows], "t": t, "group": spells.group.to_numpy()[rows],
         "age": age_in_months(born[rows], ends[t]), "_start": start[rows]}
    )  # fmt: skip
    if "uasc" in spells:
        frame["uasc"] = spells.uasc.to_numpy(dtype=bool)[rows]
    frame = frame.sort_values(["child", "t", "_start"]).drop_duplicates(["child", "t"], keep="last")
    groups = GROUPS[measure]
    return History(
        measure, tuple(months), groups, frame.drop(columns="_start").reset_index(drop=True)
    )


def _spells(store: Store, la_code: str, measure: str) -> pd.DataFrame:
    """The measure's records as spells with a group index and the child's date of birth."""
    table = store.table(SOURCE_TABLE[measure])
    table = table.filter(table.la_code == la_code)
    if measure == "CLA":
        table = table.filter(~table.legal_status.isin(SHORT_BREAKS))
        records = table.select("child_id", start=table.start_date, end=table.end_date,
                               code=table.placement_type).execute()  # fmt: skip
        codes = [PLACEMENT_GROUPS.index(placement_group(c)) for c in records.code]
        records = records.drop(columns="code").assign(group=np.array(codes, dtype=np.int64))
        uasc = store.table("uasc_status")
        marked = set(uasc.filter(uasc.la_code == la_code).child_id.execute())
        records = records.assign(uasc=records.child_id.isin(marked))
    elif measure == "CPP":
        records = table.select("child_id", start=table.start_date, end=table.end_date).execute()
        records = records.assign(group=0)
    else:
        records = table.select("child_id", start=table.referral_date,
                               end=table.closure_date).execute()  # fmt: skip
        records = records.assign(group=0)
    person = store.table("person")
    person = person.filter(person.la_code == la_code).select(
        "child_id", born=person.date_of_birth.fill_null(person.expected_date_of_birth)
    )
    frame = records.merge(person.execute(), on="child_id", how="left")
    for column in ("start", "end", "born"):
        frame[column] = pd.to_datetime(frame[column])
    return pd.DataFrame(frame)


def _covered(store: Store, la_code: str, measure: str, spells: pd.DataFrame) -> tuple[date, date]:
    """First and last day the loads of the measure's table describe (else the records' span)."""
    coverage = store.table("coverage")
    covered = coverage.filter((coverage.la_code == la_code)
                              & (coverage.table_name == SOURCE_TABLE[measure]))  # fmt: skip
    span = covered.aggregate(
        first=covered.period_start.min(), last=covered.period_end.max()
    ).execute()
    first, last = span["first"].iloc[0], span["last"].iloc[0]
    if pd.isna(first):
        if spells.empty:
            raise LookupError(f"council {la_code} has no {MEASURE_WORDS[measure]} in the store")
        first, last = spells.start.min(), pd.concat([spells.start, spells.end]).max()
    return pd.Timestamp(first).date(), pd.Timestamp(last).date()


def load_history(store: Store, la_code: str, measure: str) -> History:
    """The measure's month-end states for one council, over the months its loads cover."""
    spells = _spells(store, la_code, measure)
    first, last = _covered(store, la_code, measure, spells)
    months = month_ends(first, last)
    if len(months) < 2:
        raise LookupError(f"council {la_code}: the loads cover under two whole months")
    return states_from_spells(spells, months, measure)
