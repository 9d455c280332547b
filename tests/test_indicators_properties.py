"""Properties every figure must have, on small random stores (hypothesis).

A snapshot count equals the distinct children open at the month end by a plain Python
reference; numerators never exceed denominators; percentages lie in [0, 100]; breakdowns that
partition the children (legal status, placement group) add up to the total.
"""

import tempfile
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import tiny_store
from csc_scorecard.indicators.compute import compute
from csc_scorecard.indicators.spine import months

FIRST, LAST = date(2024, 1, 1), date(2025, 6, 1)
PLACEMENT_GROUPS = [f"CLA8{letter}" for letter in "abcdefg"]
PERCENTS = ["CLA6", "CLA7P", "STAB1", *PLACEMENT_GROUPS]

episodes = st.lists(
    st.tuples(
        st.sampled_from(["A", "B", "C", "D", "E"]),
        st.integers(0, 560),  # start: days after 1 Jan 2024
        st.one_of(st.none(), st.integers(0, 300)),  # length in days; None while open
        st.sampled_from(["C2", "V2", "V3", "E1"]),
        st.sampled_from(["U1", "U4", "K2", "A4", "P1", "K3", "Z1", "R1"]),
        st.sampled_from(["S", "P", "L"]),
    ),
    min_size=1,
    max_size=12,
)


def reference_looked_after(rows, month_end):
    """Children with a non-short-break episode open at 23:59 on ``month_end``."""
    open_children = set()
    for child, start, length, legal_status, _, _ in rows:
        begins = date(2024, 1, 1) + timedelta(days=start)
        ends = None if length is None else begins + timedelta(days=length)
        if legal_status in ("V3", "V4"):
            continue
        if begins <= month_end and (ends is None or ends > month_end):
            open_children.add(child)
    return len(open_children)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(episodes)
def test_figures_agree_with_a_plain_reference_and_their_own_totals(rows):
    with tempfile.TemporaryDirectory() as folder:
        store = tiny_store(Path(folder) / "s.duckdb", {
            "person": [{"child_id": c, "date_of_birth": date(2012, 3, 1), "sex": "F"}
                       for c in "ABCDE"],
            "looked_after_episode": [
                {"child_id": child, "start_date": date(2024, 1, 1) + timedelta(days=start),
                 "end_date": None if length is None
                 else date(2024, 1, 1) + timedelta(days=length) + timedelta(days=start),
                 "legal_status": ls, "placement_type": place, "reason_new_episode": rne}
                for child, start, length, ls, place, rne in rows
            ],
        })  # fmt: skip
        compute(store, FIRST, LAST, ["CLA1", *PERCENTS])
        values = store.table("indicator_value").execute()
    spine = months(FIRST, LAST)
    total = values[(values.indicator_id == "CLA1") & (values.breakdown == "all")]
    by_month = dict(zip(total.month.dt.date, total.value, strict=True))
    for month, month_end in zip(spine.month, spine.month_end, strict=True):
        assert by_month[month] == reference_looked_after(rows, month_end), month
    by_status = values[(values.indicator_id == "CLA1") & (values.breakdown == "legal_status")]
    sums = by_status.groupby(by_status.month.dt.date)["value"].sum()
    for month, count in sums.items():
        assert count == by_month[month]
    percents = values[values.indicator_id.isin(PERCENTS)]
    assert (percents.numerator <= percents.denominator).all()
    assert percents.value.dropna().between(0, 100).all()
    groups = values[values.indicator_id.isin(PLACEMENT_GROUPS) & (values.breakdown == "all")]
    for month, rows_of_month in groups.groupby(groups.month.dt.date):
        assert rows_of_month.numerator.sum() == by_month[month]
        assert set(rows_of_month.denominator) == {by_month[month]}
