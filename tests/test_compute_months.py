"""A month's figures do not depend on the months computed with it.

``scorecard compute --from/--to`` recomputes a stretch of months in a store that holds others,
and the tests' shared computation is cut to the months a test wants (``keep_months``): both
rely on a month's figures being the same whichever range they were computed in. Rolling
windows and re-referrals read the records before the first month, not the figures.
"""

from collections.abc import Callable
from datetime import date

import pandas as pd

from csc_scorecard.indicators.compute import compute
from csc_scorecard.store import Store

KEYS = ["la_code", "indicator_id", "month", "breakdown", "breakdown_value"]


def _figures(store: Store, first: date, last: date) -> pd.DataFrame:
    values = store.table("indicator_value").execute().drop(columns="compute_id")
    values = values[values.month.between(pd.Timestamp(first), pd.Timestamp(last))]
    return values.sort_values(KEYS, ignore_index=True)


def test_months_computed_alone_equal_the_same_months_computed_with_others(
    small_council_computed: Callable[[str], Store],
) -> None:
    store = small_council_computed("months")
    first, last = date(2025, 1, 1), date(2025, 6, 1)  # inside the default months, not at an end
    before = _figures(store, first, last)
    everything_before = store.count("indicator_value")
    compute(store, first, last)
    after = _figures(store, first, last)
    assert before["indicator_id"].nunique() > 50 and before["month"].nunique() == 6
    pd.testing.assert_frame_equal(after, before)
    assert store.count("indicator_value") == everything_before
