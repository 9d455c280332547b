"""England, region and neighbour figures, DfE ranks, quartile bands and funnel limits.

Every expected value is worked by hand from the small frames here (the binomial and Poisson
tails from their probability sums, not from scipy).
"""

from datetime import date
from math import comb, exp, factorial, sqrt
from statistics import NormalDist

import pandas as pd
import pytest

from csc_scorecard.analysis.benchmarks import (
    as_published,
    band,
    benchmark,
    funnel,
    latest_in,
    latest_year,
    months_behind,
    overdispersion,
    quartile,
    ranks,
)

MARCH = date(2025, 3, 31)


def row(level, code, value, region="R1", indicator_id="CLA7P", symbol=None, denominator=None,
        numerator=None):  # fmt: skip
    return {"indicator_id": indicator_id, "year_ending": MARCH, "geographic_level": level,
            "area_code": code, "area_name": code, "region_code": region, "value": value,
            "symbol": symbol, "denominator": denominator, "numerator": numerator}  # fmt: skip


def frame(rows):
    return pd.DataFrame(rows)


def test_ranks_are_dfe_style_with_ties_sharing_the_lowest_rank():
    assert ranks(pd.Series([5.0, 3.0, 3.0, 9.0, None])).tolist()[:4] == [3.0, 1.0, 1.0, 4.0]
    assert pd.isna(ranks(pd.Series([5.0, None]))[1])


def test_quartiles_and_bands_follow_polarity():
    assert [quartile(r, 8) for r in range(1, 9)] == [1, 1, 2, 2, 3, 3, 4, 4]
    assert quartile(1, 150) == 1 and quartile(150, 150) == 4 and quartile(38, 150) == 2
    assert band(1, "lower") == "A" and band(4, "lower") == "D"
    assert band(4, "higher") == "A" and band(1, "higher") == "D"
    assert band(2, "neither") is None


def test_benchmark_with_ties_a_suppressed_neighbour_and_region():
    rows = [
        row("National", "E92000001", 16.0),
        row("Regional", "R1", 12.0),
        row("Regional", "R2", 20.0),
        row("Local authority", "318", 10.0, denominator=200.0),
        row("Local authority", "301", 10.0),
        row("Local authority", "302", 4.0),
        row("Local authority", "303", None, symbol="c"),
        row("Local authority", "304", 30.0, region="R2"),
        row("Local authority", "305", 25.0, region="R2"),
    ]
    result = benchmark(frame(rows), "CLA7P", "318", MARCH, ["301", "303", "304"])
    assert (result.council, result.england, result.region) == (10.0, 16.0, 12.0)
    assert result.region_name == "R1"
    # 303 is suppressed: the neighbour mean is of 301 and 304 only
    assert result.neighbours == pytest.approx(20.0) and result.neighbours_counted == 2
    # 4 < 10 = 10 < 25 < 30: 318 and 301 share rank 2 of 5 ranked (303 has no figure)
    assert (result.rank, result.ranked) == (2, 5)
    assert result.quartile == 2  # ceiling(4 x 2 / 5) = 2
    assert result.band == "B"  # CLA7P: lower is better, so quartile 2 is the second best
    assert result.funnel is not None and result.funnel.method == "exact binomial"


def test_a_council_without_a_figure_that_year_is_not_ranked():
    rows = [row("National", "E92000001", 16.0), row("Local authority", "301", 10.0),
            row("Local authority", "318", None, symbol="x")]  # fmt: skip
    result = benchmark(frame(rows), "CLA7P", "318", MARCH, [])
    assert result.council is None and result.council_symbol == "x"
    assert (result.rank, result.quartile, result.band, result.ranked) == (None, None, None, 1)
    assert result.neighbours is None and result.neighbours_counted == 0


def binomial_cdf(k, n, p):
    return sum(comb(n, i) * p**i * (1 - p) ** (n - i) for i in range(k + 1))


def poisson_cdf(k, mean):
    return sum(exp(-mean) * mean**i / factorial(i) for i in range(k + 1))


def smallest(cdf, q):
    """The quantile: the smallest count whose cumulative probability reaches q."""
    k = 0
    while cdf(k) < q:
        k += 1
    return k


def test_binomial_funnel_limits_match_hand_worked_tails():
    # 20 children, England 50%: P(X<=5) = 0.0207 < 0.025 <= P(X<=6) = 0.0577, so 6 = 30%
    limits = funnel("percent", 50.0, 20).limits
    assert limits[0.95] == pytest.approx((30.0, 70.0))
    assert limits[0.998] == pytest.approx((15.0, 85.0))
    for level in (0.95, 0.998):
        tail = (1 - level) / 2
        expected = [smallest(lambda k: binomial_cdf(k, 20, 0.5), q) * 5 for q in (tail, 1 - tail)]
        assert list(limits[level]) == pytest.approx(expected)


def test_poisson_funnel_limits_match_hand_worked_tails():
    # 40 per 10,000 among 1,000 children: 4 expected; P(X<=0) = 0.018, P(X<=1) = 0.092
    # and P(X<=7) = 0.949, P(X<=8) = 0.979: limits 1 and 8 children, 10 and 80 per 10,000
    result = funnel("rate", 40.0, 1_000)
    assert result is not None and result.method == "Poisson"
    assert result.limits[0.95] == pytest.approx((10.0, 80.0))
    low, high = (smallest(lambda k: poisson_cdf(k, 4.0), q) * 10 for q in (0.001, 0.999))
    assert result.limits[0.998] == pytest.approx((low, high))
    assert high == 110  # P(X<=10) = 0.9972 < 0.999 <= P(X<=11) = 0.9991
    assert result.outside(120.0) == "above the 99.8% limit"
    assert result.outside(5.0) == "below the 95.0% limit"
    assert result.outside(85.0) == "above the 95.0% limit"
    assert result.outside(40.0) is None
    assert funnel("count", 40.0, 1_000) is None


def test_the_months_a_31_march_figure_rests_on():
    # ASS2 is counted in the month: DfE's year to 31 March adds up April to March
    assert months_behind("ASS2", MARCH) == [date(2024, m, 1) for m in range(4, 13)] + [
        date(2025, m, 1) for m in range(1, 4)
    ]
    # CLA7P is a month-end snapshot and REF3 a rolling 12 months: March's figure itself
    assert months_behind("CLA7P", MARCH) == [date(2025, 3, 1)]
    assert months_behind("REF3", MARCH) == [date(2025, 3, 1)]


def ours(indicator_id, month, suppressed, breakdown="all"):
    return {"indicator_id": indicator_id, "month": month, "breakdown": breakdown,
            "suppressed": suppressed}  # fmt: skip


def test_a_published_output_hides_the_council_where_its_own_figures_are_hidden():
    rows = [row("National", "E92000001", 16.0), row("Regional", "R1", 12.0),
            row("Local authority", "318", 10.0, denominator=200.0, numerator=20.0),
            row("Local authority", "301", 4.0)]  # fmt: skip
    found = {"CLA7P": benchmark(frame(rows), "CLA7P", "318", MARCH, ["301"])}
    assert found["CLA7P"].council_count == 20.0
    # March 2025 published: shown as it is; a hidden breakdown cell or another month is no
    # part of the figure
    kept = pd.DataFrame([ours("CLA7P", date(2025, 3, 1), False),
                         ours("CLA7P", date(2025, 3, 1), True, breakdown="sex"),
                         ours("CLA7P", date(2025, 2, 1), True)])  # fmt: skip
    assert as_published(found, kept) == found
    # March's own total hidden: no figure, rank, quartile or funnel; England, the region and
    # the neighbours stay
    hidden = pd.DataFrame([ours("CLA7P", date(2025, 3, 1), True)])
    shown = as_published(found, hidden)["CLA7P"]
    assert (shown.council, shown.council_symbol) == (None, "c")
    assert (shown.rank, shown.quartile, shown.band, shown.funnel) == (None, None, None, None)
    assert (shown.england, shown.region, shown.neighbours, shown.ranked) == (16.0, 12.0, 4.0, 2)
    assert shown.rank_shown == "" and shown.quartile_shown == ""


def test_a_published_count_of_1_to_5_is_hidden_and_a_year_hides_with_any_month():
    rows = [row("National", "E92000001", 60.0, indicator_id="ASS2"),
            row("Local authority", "318", 50.0, indicator_id="ASS2", numerator=4.0,
                denominator=8.0)]  # fmt: skip
    small = {"ASS2": benchmark(frame(rows), "ASS2", "318", MARCH, [])}
    assert (
        as_published(small, pd.DataFrame([ours("ASS2", date(2025, 3, 1), False)]))["ASS2"].council
        is None
    )
    rows[1] = row("Local authority", "318", 50.0, indicator_id="ASS2", numerator=40.0,
                  denominator=80.0)  # fmt: skip
    year = {"ASS2": benchmark(frame(rows), "ASS2", "318", MARCH, [])}
    # ASS2 adds up April to March: a hidden October 2024 is part of it, April 2025 is not
    october = pd.DataFrame([ours("ASS2", date(2024, 10, 1), True)])
    april = pd.DataFrame([ours("ASS2", date(2025, 4, 1), True)])
    assert as_published(year, october)["ASS2"].council is None
    assert as_published(year, april)["ASS2"].council == 50.0


def test_overdispersion_phi_and_widened_limits_by_hand():
    # England 50%, four councils of 100: 20, 40, 60, 80%. Standard error sqrt(.25/100) = .05,
    # z = -6, -2, 2, 6; numpy's 10th and 90th percentiles are -4.8 and 4.8, so the winsorised
    # z are -4.8, -2, 2, 4.8 and phi = (23.04 + 4 + 4 + 23.04) / 4 = 13.52; 4 x 13.52 = 54.08
    # is beyond chi-squared's 95th percentile on 3 degrees of freedom (7.81)
    values, sizes = pd.Series([20.0, 40.0, 60.0, 80.0]), pd.Series([100.0] * 4)
    assert overdispersion("percent", 50.0, values, sizes) == pytest.approx(13.52)
    result = funnel("percent", 50.0, 100, 13.52)
    spread = sqrt(13.52 * 0.25 / 100) * 100  # 18.38 percentage points per standard error
    low, high = result.limits[0.95]
    z95 = NormalDist().inv_cdf(0.975)
    assert (low, high) == pytest.approx((50 - z95 * spread, 50 + z95 * spread))  # 13.97, 86.03
    assert result.limits[0.998] == pytest.approx((0.0, 100.0))  # 50 -/+ 56.8, kept in 0-100
    assert "widened for overdispersion (phi = 13.5)" in result.method
    # 48, 50, 52, 50: z = -.4, 0, .4, 0, far less spread than chance: the exact limits stand
    steady = pd.Series([48.0, 50.0, 52.0, 50.0])
    assert overdispersion("percent", 50.0, steady, sizes) == 1.0
    assert funnel("percent", 50.0, 20, 1.0).limits[0.95] == pytest.approx((30.0, 70.0))


def test_overdispersion_for_rates_and_too_few_councils():
    # 40 per 10,000 (p = .004) in populations of 10,000: standard error sqrt(.004 / 10,000)
    # = .000632, 6.32 per 10,000; figures 20, 30, 50, 60 are z = -3.16, -1.58, 1.58, 3.16,
    # winsorised to -2.69, -1.58, 1.58, 2.69 (10th percentile -3.16 + .3 x 1.58)
    sizes = pd.Series([10_000.0] * 4)
    se = sqrt(0.004 / 10_000) * 10_000
    z = [(v - 40) / se for v in (20.0, 30.0, 50.0, 60.0)]
    cut = z[0] + 0.3 * (z[1] - z[0])
    phi = (2 * cut**2 + 2 * z[1] ** 2) / 4
    found = overdispersion("rate", 40.0, pd.Series([20.0, 30.0, 50.0, 60.0]), sizes)
    assert found == pytest.approx(phi) and 4 * phi > 7.81
    # one council with a denominator says nothing about spread
    assert overdispersion("rate", 40.0, pd.Series([20.0, None]), pd.Series([100.0, 100.0])) == 1


def test_the_year_a_month_compares_with_is_the_councils_latest_published_by_then():
    years = [date(2023, 3, 31), date(2024, 3, 31), date(2025, 3, 31)]
    rows = frame(
        [{**row("National", "E92000001", 16.0), "year_ending": y} for y in years]
        + [{**row("Local authority", "318", 10.0), "year_ending": y} for y in years[:2]]
    )
    # The council's own latest year by then, even where England has a later one (2025)
    assert latest_year(rows, "318", date(2025, 6, 1)) == date(2024, 3, 31)
    assert latest_year(rows, "318", date(2024, 2, 1)) == date(2023, 3, 31)
    # A March month compares with the 31 March it ends
    assert latest_year(rows, "318", date(2024, 3, 1)) == date(2024, 3, 31)
    # A council with no figure of its own: England's latest year by then
    assert latest_year(rows, "999", date(2025, 4, 1)) == date(2025, 3, 31)
    assert latest_year(rows, "318", date(2022, 12, 1)) is None
    for month in (date(2023, 3, 1), date(2024, 7, 1), date(2025, 3, 1)):
        chosen = latest_in(rows, "318", month, [])["CLA7P"].year_ending
        assert latest_year(rows, "318", month) == chosen
