"""Working days: Monday to Friday less England and Wales bank holidays, start day excluded."""

from datetime import date, timedelta

import numpy as np
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from csc_scorecard.calendar import add_working_days, is_working_day, working_days_between
from csc_scorecard.indicators.spine import as_dates
from csc_scorecard.synth.clock import WorkingDays, day_number, to_date


def test_fifteen_working_days_across_the_late_may_bank_holiday():
    # S47 started Wed 10 May 2023. Counting from the next day, skipping weekends and Monday
    # 29 May (spring bank holiday): 11,12 | 15-19 | 22-26 | 30,31, 1 June = 2+5+5+3 = 15.
    assert add_working_days(date(2023, 5, 10), 15) == np.datetime64("2023-06-01")
    assert working_days_between(date(2023, 5, 10), date(2023, 6, 1)) == 15


def test_christmas_and_boxing_day_are_not_working_days():
    # Tue 24 Dec 2024 -> Fri 27 Dec 2024: 25 and 26 are bank holidays, so only the 27th counts.
    assert working_days_between(date(2024, 12, 24), date(2024, 12, 27)) == 1
    assert not is_working_day(date(2024, 12, 25))
    assert not is_working_day(date(2024, 12, 28))  # a Saturday
    assert is_working_day(date(2024, 12, 27))


def test_the_45th_and_46th_working_day():
    # Mon 6 Jan 2025 + 45 working days: 9 whole weeks = Mon 10 Mar 2025 (no bank holidays).
    assert add_working_days(date(2025, 1, 6), 45) == np.datetime64("2025-03-10")
    assert working_days_between(date(2025, 1, 6), date(2025, 3, 10)) == 45
    assert working_days_between(date(2025, 1, 6), date(2025, 3, 11)) == 46


def test_same_day_is_zero_and_earlier_end_is_negative():
    assert working_days_between(date(2025, 1, 6), date(2025, 1, 6)) == 0
    assert working_days_between(date(2025, 1, 7), date(2025, 1, 6)) == -1


CALENDAR = WorkingDays(date(2019, 1, 1), date(2030, 12, 31))


@given(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2028, 12, 31)),
    st.integers(min_value=0, max_value=300),
)
def test_simulator_calendar_agrees_with_the_reference(start, n):
    expected = add_working_days(start, n)
    assert to_date(CALENDAR.add(day_number(start), n)) == expected.astype(object)


@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2028, 12, 31)))
def test_next_working_day_is_the_day_itself_or_the_first_working_day_after(day):
    result = to_date(CALENDAR.next_working(day_number(day)))
    assert is_working_day(result)
    assert result >= day
    gap = (result - day).days
    assert all(not is_working_day(day + timedelta(days=k)) for k in range(gap))


def test_a_column_of_months_becomes_dates_whether_read_from_duckdb_or_text():
    """``as_dates``: DuckDB's datetime64 column (taken as it is) and text give the same dates."""
    wanted = [date(2026, 3, 1), date(2025, 12, 1)]
    from_duckdb = pd.Series(pd.to_datetime(["2026-03-01", "2025-12-01"]).as_unit("us"))
    assert as_dates(from_duckdb).tolist() == wanted
    assert as_dates(pd.Series(["2026-03-01", "2025-12-01"])).tolist() == wanted
    assert as_dates(pd.Series(wanted, dtype=object)).tolist() == wanted
