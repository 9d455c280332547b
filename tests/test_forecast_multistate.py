"""The multistate forecast on hand-built cases whose answers are worked out by hand."""

from datetime import date

import numpy as np
import pandas as pd
import pytest

from conftest import tiny_store
from csc_scorecard.forecast.config import Scenario
from csc_scorecard.forecast.entries import NEGATIVE_BINOMIAL, POISSON, EntryModel, fit_entries
from csc_scorecard.forecast.history import load_history, states_from_spells
from csc_scorecard.forecast.multistate import Settings, forecast_multistate
from csc_scorecard.forecast.reference import Reference, reference_window, transition_probabilities
from csc_scorecard.forecast.scenarios import entry_weights
from csc_scorecard.forecast.simulate import Start, simulate
from csc_scorecard.forecast.states import AGE_BANDS, PLACEMENT_GROUPS, age_band_index

BAND_10_15 = AGE_BANDS.index("10-15")
NO_ENTRIES = EntryModel(POISSON, np.zeros(0), np.zeros((0, 0)))


def chain(rows: list[list[float]], months: int = 24, per_month: int = 1000) -> Reference:
    """A reference window whose every month moves ``per_month`` children of band 10-15 from
    each group with exactly the probabilities in ``rows`` (last column: left)."""
    groups = len(rows)
    moves = np.zeros((months, len(AGE_BANDS), groups, groups + 1))
    moves[:, BAND_10_15] = np.array(rows) * per_month
    names = tuple(f"group {g}" for g in range(groups))
    none = np.zeros(0, dtype=np.int64)
    return Reference(names, moves, np.zeros(months, dtype=np.int64),
                     np.arange(months) % 12 + 1, none, none, none.astype(bool))  # fmt: skip


def months_ahead(count: int) -> np.ndarray:
    return np.arange(count) % 12 + 1


def test_a_closed_stock_with_a_constant_leaving_probability_decays_geometrically():
    p, n = 0.05, 1000
    reference = chain([[1 - p, p]])
    start = Start(np.full(n, 130), np.zeros(n, dtype=np.int64))
    counts = simulate(start, reference, NO_ENTRIES, months_ahead(12), paths=1000, seed=3)
    simulated = counts.sum(axis=(2, 3)).mean(axis=0)
    expected = n * (1 - p) ** np.arange(13)
    assert np.all(np.abs(simulated / expected - 1) < 0.01), simulated / expected


def test_a_two_state_chain_follows_its_transition_matrix():
    # other foster care -> residential 5%, leaves 5%; residential -> foster 10%, leaves 10%
    reference = chain([[0.90, 0.05, 0.05], [0.10, 0.80, 0.10]])
    start = Start(np.full(1500, 130), np.array([0] * 1000 + [1] * 500))
    counts = simulate(start, reference, NO_ENTRIES, months_ahead(2), paths=1000, seed=5)
    mean = counts.sum(axis=2).mean(axis=0)  # (month, group)
    # by hand: month 1 = (1000*.9 + 500*.1, 1000*.05 + 500*.8) = (950, 450);
    # month 2 = (950*.9 + 450*.1, 950*.05 + 450*.8) = (900, 407.5)
    assert mean[1] == pytest.approx([950, 450], rel=0.01)
    assert mean[2] == pytest.approx([900, 407.5], rel=0.01)


def test_rates_are_the_counts_shrunk_by_one_child_month_towards_the_groups_rate():
    moves = np.zeros((len(AGE_BANDS), 1, 2))
    moves[BAND_10_15, 0] = [3, 1]  # 3 stayed, 1 left
    moves[0, 0] = [9, 3]  # under 1: 9 stayed, 3 left
    rates = transition_probabilities(moves)
    # the group over all bands: 12 stayed, 4 left -> 0.75, 0.25
    assert rates[BAND_10_15, 0] == pytest.approx([(3 + 0.75) / 5, (1 + 0.25) / 5])
    assert rates[0, 0] == pytest.approx([(9 + 0.75) / 13, (3 + 0.25) / 13])
    assert rates[2, 0] == pytest.approx([0.75, 0.25])  # a band never seen: the group's rate


def test_ageing_moves_a_child_between_bands_on_the_birthday_and_out_at_18():
    reference = chain([[1.0, 0.0]])
    start = Start(np.array([59, 215]), np.zeros(2, dtype=np.int64))  # 4y11m and 17y11m
    counts = simulate(start, reference, NO_ENTRIES, months_ahead(1), paths=10, seed=1)
    by_band = counts[:, :, :, 0]
    assert np.all(by_band[:, 0, AGE_BANDS.index("1-4")] == 1)
    assert np.all(by_band[:, 0, AGE_BANDS.index("16-17")] == 1)
    assert np.all(by_band[:, 1, AGE_BANDS.index("5-9")] == 1)
    assert np.all(by_band[:, 1].sum(axis=1) == 1), "the 18-year-old has left"
    assert list(age_band_index(np.array([0, 11, 12, 59, 60, 119, 120, 191, 192, 215]))) == [
        0, 0, 1, 1, 2, 2, 3, 3, 4, 4]  # fmt: skip


def spells(rows: list[tuple[str, str, str | None, int]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["child_id", "start", "end", "group"])
    frame["start"], frame["end"] = pd.to_datetime(frame.start), pd.to_datetime(frame.end)
    return frame.assign(born=pd.Timestamp("2012-01-15"))


MONTHS = [date(2025, m, 1) for m in (1, 2, 3, 4)]


def test_month_end_states_follow_the_snapshot_rule():
    history = states_from_spells(spells([
        ("a", "2024-06-01", "2025-02-28", 1),  # ends on the last day of February: not counted then
        ("b", "2025-01-31", None, 1),  # starts on a month end: counted
        ("c", "2025-02-10", "2025-03-05", 1),  # in care at the end of February only
        ("d", "2024-01-01", "2025-03-10", 1), ("d", "2025-03-10", None, 2),  # moves in March
    ]), MONTHS, "CLA")  # fmt: skip
    counted = {(r.child, r.t): (r.group, r.age) for r in history.states.itertuples()}
    a, b, c, d = 0, 1, 2, 3
    assert set(counted) == {(a, 0), (b, 0), (b, 1), (b, 2), (b, 3), (c, 1), (d, 0), (d, 1),
                            (d, 2), (d, 3)}  # fmt: skip
    assert counted[(d, 2)] == (2, 12 * 13 + 2)  # born 15 Jan 2012: 13 years 2 months on 31 Mar


def test_the_reference_window_counts_moves_leavers_and_entries():
    history = states_from_spells(spells([
        ("a", "2024-06-01", "2025-02-28", 1),
        ("b", "2025-01-31", None, 1),
        ("c", "2025-02-10", "2025-03-05", 1),
        ("d", "2024-01-01", "2025-03-10", 1), ("d", "2025-03-10", None, 2),
    ]), MONTHS, "CLA")  # fmt: skip
    reference = reference_window(history, 24)
    leave = len(PLACEMENT_GROUPS)
    band = BAND_10_15
    # Jan->Feb: a leaves, b and d stay, c enters; Feb->Mar: b stays, c leaves, d moves 1->2;
    # Mar->Apr: b and d stay
    assert reference.moves[0, band, 1].tolist() == [0, 2, 0, 0, 0, 0, 1]
    assert reference.moves[1, band, 1, [1, 2, leave]].tolist() == [1, 1, 1]
    assert reference.moves[2, band, 1, 1] == 1 and reference.moves[2, band, 2, 2] == 1
    assert reference.entries.tolist() == [1, 0, 0]
    assert reference.calendar_months.tolist() == [2, 3, 4]
    assert reference.entrant_groups.tolist() == [1]


def test_no_entries_lower_the_forecast_and_the_same_seed_gives_the_same_paths():
    reference = chain([[0.95, 0.05]])
    reference = Reference(reference.groups, reference.moves, np.full(24, 30),
                          reference.calendar_months, np.full(720, 100),
                          np.zeros(720, dtype=np.int64), np.zeros(720, dtype=bool))  # fmt: skip
    entries = fit_entries(reference.entries, reference.calendar_months)
    start = Start(np.full(500, 130), np.zeros(500, dtype=np.int64))
    ahead = months_ahead(12)
    base = simulate(start, reference, entries, ahead, paths=200, seed=9)
    none = simulate(start, reference, entries, ahead, paths=200, seed=9,
                    entry_weights=np.zeros((12, 1)))  # fmt: skip
    assert np.all(none.sum(axis=(2, 3)).mean(axis=0)[1:] < base.sum(axis=(2, 3)).mean(axis=0)[1:])
    # no entries: the closed stock 500 * 0.95^12
    assert none.sum(axis=(2, 3)).mean(axis=0)[12] == pytest.approx(500 * 0.95**12, rel=0.03)
    assert np.array_equal(base, simulate(start, reference, entries, ahead, paths=200, seed=9))
    assert not np.array_equal(base, simulate(start, reference, entries, ahead, paths=200, seed=10))


def test_overdispersed_entries_are_negative_binomial_and_plain_ones_poisson():
    rng = np.random.default_rng(11)
    months = np.arange(120) % 12 + 1
    plain = rng.poisson(20, size=120)
    spread = rng.poisson(rng.gamma(1 / 0.3, 0.3 * 20, size=120))  # variance 20 + 0.3 * 20^2
    assert fit_entries(plain, months).family == POISSON
    fitted = fit_entries(spread, months)
    assert fitted.family == NEGATIVE_BINOMIAL
    assert fitted.alpha == pytest.approx(0.3, abs=0.15)
    assert fitted.mean(np.array([1]))[0] == pytest.approx(spread.mean(), rel=0.15)


def test_seasonal_entries_peak_in_the_month_they_peak():
    months = np.arange(48) % 12 + 1
    expected = 20 * np.exp(0.5 * np.cos(2 * np.pi * (months - 1) / 12))  # peak in January
    counts = np.random.default_rng(2).poisson(expected)
    means = fit_entries(counts, months).mean(np.arange(1, 13))
    assert int(np.argmax(means)) + 1 in (12, 1, 2)
    assert int(np.argmin(means)) + 1 in (6, 7, 8)


def test_the_forecast_knows_nothing_after_its_origin():
    rows = [(f"c{i}", "2023-01-01", None if i % 3 else "2024-09-20", i % 2) for i in range(60)]
    months = [date(2023 + (m // 12), m % 12 + 1, 1) for m in range(0, 30)]
    history = states_from_spells(spells(rows), months, "CLA")
    later = spells([(f"n{i}", "2024-10-05", None, 2) for i in range(200)])  # a surge after it
    surged = states_from_spells(pd.concat([spells(rows), later]), months, "CLA")
    origin = months.index(date(2024, 9, 1))
    settings = Settings(horizon=6, paths=50, seed=4)
    before = forecast_multistate(history, origin, settings).counts
    assert np.array_equal(before, forecast_multistate(surged, origin, settings).counts)
    assert surged.totals()[origin + 1] > history.totals()[origin + 1] + 150


def test_the_history_is_read_from_the_canonical_records(tmp_path):
    store = tiny_store(tmp_path / "s.duckdb", {
        "person": [{"child_id": "a", "date_of_birth": date(2015, 5, 20)},
                   {"child_id": "b", "date_of_birth": date(2010, 1, 1)}],
        "looked_after_episode": [
            {"child_id": "a", "start_date": date(2025, 1, 10), "reason_new_episode": "S",
             "legal_status": "C2", "placement_type": "K2", "end_date": date(2025, 3, 3)},
            {"child_id": "a", "start_date": date(2025, 3, 3), "reason_new_episode": "P",
             "legal_status": "C2", "placement_type": "U1"},
            {"child_id": "b", "start_date": date(2025, 1, 10), "reason_new_episode": "S",
             "legal_status": "V3", "placement_type": "U6"},  # a short break: not counted
        ],
        "coverage": [{"source": "903", "table_name": "looked_after_episode",
                      "period_start": date(2025, 1, 1), "period_end": date(2025, 4, 15)}],
    })  # fmt: skip
    history = load_history(store, "318", "CLA")
    assert history.months == tuple(date(2025, m, 1) for m in (1, 2, 3))
    groups = history.states.group.map(lambda g: PLACEMENT_GROUPS[g]).tolist()
    assert groups == ["residential", "residential", "foster care with relatives or friends"]
    assert history.states.age.tolist() == [116, 117, 118]  # 9 years 8, 9 and 10 months


def test_a_scenario_multiplies_entries_to_its_groups_from_its_month():
    scenario = Scenario("s", "", {"residential": 0.9, "all": 1.2}, date(2027, 4, 1))
    weights = entry_weights(scenario, PLACEMENT_GROUPS, [date(2027, 3, 1), date(2027, 4, 1)])
    assert weights[0].tolist() == [1.0] * 6
    assert weights[1].tolist() == [1.2, 1.2, 0.9, 1.2, 1.2, 1.2]
