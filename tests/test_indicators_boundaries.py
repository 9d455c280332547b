"""Hand-worked fixtures for each indicator family: dates chosen to sit on every boundary.

Each test builds a few children, computes, and compares with values worked out by hand in the
comments. Bank holidays used: Good Friday 18 April 2025, Easter Monday 21 April 2025, early May
5 May 2025, spring 26 May 2025.
"""

from datetime import date

import pytest

from conftest import figures, tiny_store
from csc_scorecard.indicators.aggregate import MONTH_ALONE
from csc_scorecard.indicators.compute import compute

D = date.fromisoformat


def person(child, born="2012-05-01", sex="F", ethnicity="WBRI"):
    return {"child_id": child, "date_of_birth": D(born), "sex": sex, "ethnicity": ethnicity}


def episode(child, start, end=None, *, rne="S", ls="C2", place="U4", rec=None):
    return {
        "child_id": child, "start_date": D(start), "end_date": D(end) if end else None,
        "reason_new_episode": rne, "legal_status": ls, "placement_type": place,
        "reason_ceased": rec,
    }  # fmt: skip


def value(store, indicator_id, month, breakdown="all", part="value"):
    row = figures(store, indicator_id, breakdown).get((month, breakdown_value(breakdown)))
    return None if row is None else getattr(row, part)


def breakdown_value(breakdown):
    return "all" if breakdown == "all" else breakdown


def test_looked_after_snapshot_month_ends_and_short_breaks(tmp_path):
    # A starts on 31 March (open at 23:59 that day: counted in March).
    # B ends on 31 March (ceased that day: not looked after at 23:59; counted Jan, Feb).
    # C is looked after only under short breaks (V3): never counted.
    # D starts on 1 April: April only. A is in a children's home (K2), D in foster care.
    # CLA1: Jan 1 (B), Feb 1 (B), Mar 1 (A), Apr 2 (A, D).
    # CLA3 (starts, S): Jan 1 (B; C is a short break), Mar 1 (A), Apr 1 (D).
    # CLA4 (periods ended, not X1): Mar 1 (B, adopted E11). CLA7P Apr: 1 of 2 = 50%.
    store = tiny_store(tmp_path / "s.duckdb", {
        "person": [person(c) for c in "ABCD"],
        "looked_after_episode": [
            episode("A", "2025-03-31", place="K2"),
            episode("B", "2025-01-10", "2025-03-31", rec="E11"),
            episode("C", "2025-01-01", ls="V3"),
            episode("D", "2025-04-01"),
        ],
    })  # fmt: skip
    compute(store, D("2025-01-01"), D("2025-04-01"), ["CLA1", "CLA3", "CLA4", "CLA7P", "ADP2"])
    assert [value(store, "CLA1", m) for m in ("2025-01", "2025-02", "2025-03", "2025-04")] == [
        1, 1, 1, 2,
    ]  # fmt: skip
    assert [value(store, "CLA3", m) for m in ("2025-01", "2025-02", "2025-03", "2025-04")] == [
        1, 0, 1, 1,
    ]  # fmt: skip
    assert value(store, "CLA4", "2025-03") == 1 and value(store, "CLA4", "2025-04") == 0
    assert value(store, "CLA7P", "2025-04") == pytest.approx(50.0)
    # ADP2 is rolling 12 months: B's adoption in March still counts in April.
    assert value(store, "ADP2", "2025-04") == 1


def test_assessments_45_working_days_across_bank_holidays_and_a_weekend(tmp_path):
    # Start Friday 11 April 2025. Working days after it: 14-17 Apr (4; 18th Good Friday),
    # 22-25 (8; 21st Easter Monday), 28 Apr-2 May (13), 6-9 May (17; 5th a bank holiday),
    # 12-16 (22), 19-23 (27), 27-30 (31; 26th a bank holiday), 2-6 Jun (36), 9-13 (41),
    # 16 Jun = 42, 17 = 43, 18 = 44, Thu 19 June = 45, Fri 20 June = 46; Sat 21 June is still 46.
    # In time: only the one authorised on 19 June. ASS2 June = 1/3 = 33.33%.
    # ASS4 June = (45 + 46 + 46) / 3 = 45.667.
    # Option start=referral: referral on Thursday 10 April adds one working day to each
    # (46, 47, 47): none in time, ASS2 = 0%.
    store = tiny_store(tmp_path / "s.duckdb", {
        "person": [person(c) for c in "XYZ"],
        "cin_episode": [{"referral_id": f"R{c}", "child_id": c, "referral_date": D("2025-04-10")}
                        for c in "XYZ"],
        "assessment": [
            {"assessment_id": f"A{c}", "referral_id": f"R{c}", "child_id": c,
             "start_date": D("2025-04-11"), "authorisation_date": D(day)}
            for c, day in zip("XYZ", ("2025-06-19", "2025-06-20", "2025-06-21"), strict=True)
        ],
    })  # fmt: skip
    compute(store, D("2025-06-01"), D("2025-06-01"), ["ASS1", "ASS2", "ASS4"])
    assert value(store, "ASS1", "2025-06") == 3
    assert value(store, "ASS2", "2025-06") == pytest.approx(100 / 3)
    assert value(store, "ASS4", "2025-06") == pytest.approx((45 + 46 + 46) / 3)
    compute(
        store, D("2025-06-01"), D("2025-06-01"), ["ASS2"], options={"ASS2": {"start": "referral"}}
    )
    assert value(store, "ASS2", "2025-06") == 0


def test_initial_conferences_within_15_working_days(tmp_path):
    # S47 started Friday 11 April 2025: 15th working day after it is Wednesday 7 May
    # (14-17 Apr 4, 22-25 8, 28 Apr-2 May 13, 6 May 14, 7 May 15; 5 May a bank holiday).
    # May: conference on 7 May in time, 8 May (16th) not: 1/2 = 50%.
    # April: one conference dated before its enquiry began: counted, not timely: 0/1.
    s47 = [
        ("S1", "2025-04-11", "2025-05-07"),
        ("S2", "2025-04-11", "2025-05-08"),
        ("S3", "2025-04-11", "2025-04-10"),
    ]
    store = tiny_store(tmp_path / "s.duckdb", {
        "person": [person(c) for c in ("S1", "S2", "S3")],
        "s47_enquiry": [{"s47_id": i, "referral_id": f"R{i}", "child_id": i,
                         "start_date": D(s), "icpc_date": D(c)}
                        for i, s, c in s47],
    })  # fmt: skip
    compute(store, D("2025-04-01"), D("2025-05-01"), ["ICPC1"])
    assert value(store, "ICPC1", "2025-05") == pytest.approx(50.0)
    assert value(store, "ICPC1", "2025-04") == 0
    assert value(store, "ICPC1", "2025-04", part="denominator") == 1


def test_second_plans_and_plans_lasting_two_years(tmp_path):
    # Rolling 12 months to March 2025 = April 2024 to March 2025.
    # CPP3: plans started in the window: E's second plan (first ended 2023), F's first.
    #   1 of 2 = 50%.
    # CPP4: plans ended in the window: G (1 Jan 2023 to 15 Jan 2025: 2 years reached on
    #   1 Jan 2025, so 2+ years) and H (1 Feb 2024 to 1 Feb 2025: 1 year). 1 of 2 = 50%.
    # CPP1 at March 2025 end: E and F open (G, H ended): 2.
    plans = [
        ("P1", "E", "2023-01-05", "2023-06-30"),
        ("P2", "E", "2025-02-01", None),
        ("P3", "F", "2025-03-01", None),
        ("P4", "G", "2023-01-01", "2025-01-15"),
        ("P5", "H", "2024-02-01", "2025-02-01"),
    ]
    store = tiny_store(tmp_path / "s.duckdb", {
        "person": [person(c) for c in "EFGH"],
        "cp_plan": [{"cp_plan_id": p, "referral_id": f"R{p}", "child_id": c, "start_date": D(s),
                     "end_date": D(e) if e else None, "initial_category": "NEG"}
                    for p, c, s, e in plans],
    })  # fmt: skip
    compute(store, D("2025-03-01"), D("2025-03-01"), ["CPP1", "CPP3", "CPP4"])
    assert value(store, "CPP3", "2025-03") == pytest.approx(50.0)
    assert value(store, "CPP4", "2025-03") == pytest.approx(50.0)
    assert value(store, "CPP1", "2025-03") == 2
    assert value(store, "CPP1", "2025-03", "category") is None  # no "all" row in a breakdown
    assert figures(store, "CPP1", "category")[("2025-03", "NEG")].value == 2


def test_long_term_stability_two_and_a_half_year_rule(tmp_path):
    # At 31 March 2025: 2.5 years before = 30 Sep 2022; 2 years before = 31 Mar 2023.
    # J: in care since 30 Sep 2022 (exactly 2.5 years), same placement since then: counted,
    #    stable. K: in care since 1 Oct 2022 (a day short): not in the denominator.
    # L: in care since 2020, current placement from 1 Jan 2024: denominator only.
    # M: in care since 2020, placed for adoption (A4) 1 Jun 2024 after a foster placement
    #    from 1 Jan 2022: the two together last 2+ years: stable.
    # N: 16 on 31 March 2025 (born 31 Mar 2009): not under 16, excluded.
    # STAB2 = (J, M) / (J, L, M) = 66.67%.
    store = tiny_store(tmp_path / "s.duckdb", {
        "person": [person("J"), person("K"), person("L"), person("M"),
                   person("N", born="2009-03-31")],
        "looked_after_episode": [
            episode("J", "2022-09-30"),
            episode("K", "2022-10-01"),
            episode("L", "2020-01-01", "2024-01-01"),
            episode("L", "2024-01-01", rne="P"),
            episode("M", "2020-01-01", "2022-01-01"),
            episode("M", "2022-01-01", "2024-06-01", rne="P"),
            episode("M", "2024-06-01", rne="P", ls="E1", place="A4"),
            episode("N", "2020-01-01"),
        ],
    })  # fmt: skip
    compute(store, D("2025-03-01"), D("2025-03-01"), ["STAB2"])
    assert value(store, "STAB2", "2025-03", part="denominator") == 3
    assert value(store, "STAB2", "2025-03") == pytest.approx(200 / 3)


def test_short_term_stability_counts_placements_in_the_last_12_months(tmp_path):
    # At 31 March 2025, window 31 Mar 2024 to 31 Mar 2025.
    # U: placement from 2023 (1, already placed at the window start) + moves 1 Jun 2024 (P)
    #    and 1 Jan 2025 (P) = 3 placements: counted. A legal status change only (L, 1 Feb
    #    2025) is not a placement.
    # V: started 1 May 2024 (S) + one move (T) = 2: not counted. STAB1 = 1/2 = 50%.
    store = tiny_store(tmp_path / "s.duckdb", {
        "person": [person("U"), person("V")],
        "looked_after_episode": [
            episode("U", "2023-01-01", "2024-06-01"),
            episode("U", "2024-06-01", "2025-01-01", rne="P"),
            episode("U", "2025-01-01", "2025-02-01", rne="P"),
            episode("U", "2025-02-01", rne="L", ls="C1"),
            episode("V", "2024-05-01", "2024-09-01"),
            episode("V", "2024-09-01", rne="T"),
        ],
    })  # fmt: skip
    compute(store, D("2025-03-01"), D("2025-03-01"), ["STAB1"])
    assert value(store, "STAB1", "2025-03") == pytest.approx(50.0)


def test_looked_after_reviews_first_within_20_working_days(tmp_path):
    # Started Monday 6 January 2025: working days 7-10 Jan (4), 13-17 (9), 20-24 (14),
    # 27-31 (19), Monday 3 February = 20.
    # R1: first review 3 Feb (20th day): on time; next due 3 May: on time at 31 March.
    # R2: first review 4 Feb (21st): late, so not in timescale at 31 March.
    # R3: started Monday 3 March; no review yet; 20th working day is 31 March itself
    #     (4-7 Mar 4, 10-14 9, 17-21 14, 24-28 19, 31 = 20): not yet overdue: on time.
    # CLAR1 March = 2/3.
    store = tiny_store(tmp_path / "s.duckdb", {
        "person": [person(c) for c in ("R1", "R2", "R3")],
        "looked_after_episode": [episode("R1", "2025-01-06"), episode("R2", "2025-01-06"),
                                 episode("R3", "2025-03-03")],
        "cla_review": [{"child_id": "R1", "review_date": D("2025-02-03")},
                       {"child_id": "R2", "review_date": D("2025-02-04")}],
    })  # fmt: skip
    compute(store, D("2025-03-01"), D("2025-03-01"), ["CLAR1"])
    assert value(store, "CLAR1", "2025-03") == pytest.approx(200 / 3)


def test_care_leavers_aged_17_to_21(tmp_path):
    # At 31 March 2025:
    # P (born 15 Jun 2006, 18): looked after 1 Jul 2020 (age 14) to 1 Jul 2022 (after 16th
    #   birthday): qualifies; latest record in touch, F2 (education), suitable.
    # Q (born 1 Jan 2006): looked after 50 days from 1 Dec 2021: under 13 weeks: no.
    # R (born 1 Mar 2003, 22): too old.
    # S (born 1 Sep 2007, 17): looked after 1 Jan 2022 (age 14) to 1 Sep 2023 (16th birthday):
    #   qualifies; no care leaver record: denominator only.
    # CL1 = CL2 = CL3 = 1/2 = 50%; both are in the 17-18 group.
    store = tiny_store(tmp_path / "s.duckdb", {
        "person": [person("P", "2006-06-15"), person("Q", "2006-01-01"),
                   person("R", "2003-03-01"), person("S", "2007-09-01")],
        "looked_after_episode": [
            episode("P", "2020-07-01", "2022-07-01", rec="E4A"),
            episode("Q", "2021-12-01", "2022-01-20", rec="E4A"),
            episode("R", "2018-01-01", "2021-03-01", rec="E4A"),
            episode("S", "2022-01-01", "2023-09-01", rec="E4A"),
        ],
        "care_leaver": [{"child_id": "P", "contact_date": D("2024-06-15"), "in_touch": "YES",
                         "activity": "F2", "accommodation_suitable": True}],
    })  # fmt: skip
    compute(store, D("2025-03-01"), D("2025-03-01"), ["CL1", "CL2", "CL3"])
    for indicator_id in ("CL1", "CL2", "CL3"):
        assert value(store, indicator_id, "2025-03") == pytest.approx(50.0), indicator_id
        assert value(store, indicator_id, "2025-03", part="denominator") == 2
    assert figures(store, "CL1", "age_group")[("2025-03", "17-18")].denominator == 2


def test_rereferrals_within_12_months_and_children_in_need(tmp_path):
    # X: referrals 10 May 2024 and 10 May 2025: the earlier is exactly 12 months before:
    #    a re-referral. Y: 9 May 2024 and 10 May 2025: a day more than 12 months: not.
    # REF3 for May 2025 (window June 2024 to May 2025): 1 of 2 = 50%.
    # CIN1 at 31 May 2025: X's and Y's May 2025 episodes are open; Y's 2024 episode closed
    # on 31 May 2025 would not count; Z's May 2025 referral was NFA: excluded. CIN1 = 2.
    store = tiny_store(tmp_path / "s.duckdb", {
        "person": [person(c) for c in "XYZ"],
        "cin_episode": [
            {"referral_id": "X1", "child_id": "X", "referral_date": D("2024-05-10"),
             "closure_date": D("2024-08-01")},
            {"referral_id": "X2", "child_id": "X", "referral_date": D("2025-05-10")},
            {"referral_id": "Y1", "child_id": "Y", "referral_date": D("2024-05-09"),
             "closure_date": D("2024-07-01")},
            {"referral_id": "Y2", "child_id": "Y", "referral_date": D("2025-05-10")},
            {"referral_id": "Z1", "child_id": "Z", "referral_date": D("2025-05-12"),
             "referral_nfa": True, "closure_date": D("2025-05-12")},
            {"referral_id": "Z0", "child_id": "Z", "referral_date": D("2025-01-12"),
             "closure_date": D("2025-05-31")},
        ],
    })  # fmt: skip
    compute(store, D("2025-05-01"), D("2025-05-01"), ["REF3", "CIN1", "REF1"])
    # Window referrals: X2, Y2, Z1, Z0; re-referrals: X2 (X1 12 months before) and Z1 (Z0 in
    # January): 2 of 4 = 50%.
    assert value(store, "REF3", "2025-05") == pytest.approx(50.0)
    assert value(store, "REF3", "2025-05", part="denominator") == 4
    assert value(store, "CIN1", "2025-05") == 2
    assert value(store, "REF1", "2025-05") == 3


def test_a_rolling_figure_stores_its_month_alone(tmp_path):
    # ADP2 (children adopted, rolling 12 months): A adopted in March 2025, B in May 2025.
    # Rolling: Mar 1, Apr 1, May 2. The month alone (MONTH_ALONE): Mar 1, Apr 0, May 1 -- a
    # row for every month, 0 where nobody was adopted, as the total has. CLA1 is not rolling:
    # it has no month alone.
    store = tiny_store(tmp_path / "s.duckdb", {
        "person": [person(c) for c in "AB"],
        "looked_after_episode": [
            episode("A", "2024-01-10", "2025-03-20", rec="E11"),
            episode("B", "2024-02-10", "2025-05-20", rec="E12"),
        ],
    })  # fmt: skip
    compute(store, D("2025-03-01"), D("2025-05-01"), ["ADP2", "CLA1"])
    months = ("2025-03", "2025-04", "2025-05")
    assert [value(store, "ADP2", m) for m in months] == [1, 1, 2]
    alone = figures(store, "ADP2", MONTH_ALONE)
    assert [alone[(m, "all")].value for m in months] == [1, 0, 1]
    assert figures(store, "CLA1", MONTH_ALONE) == {}
