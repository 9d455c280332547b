"""The synthetic council's 903 returns keep DfE rules 191, 580 and 1016 (issue 12, finding 7).

Each rule is worked out from its definition (``dfe903_rules``) on every collection year a
small synthetic council writes, the two years the DfE validator has no ruleset for included,
so no validator environment is needed. Children given an injected fault are left out: a fault
may break any rule.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import dfe903_rules as rules
from csc_scorecard.synth.care import Care
from csc_scorecard.synth.clock import WorkingDays, day_number, to_date
from csc_scorecard.synth.context import Simulation
from csc_scorecard.synth.council import AWAY_POSTCODES, HOME_POSTCODES
from csc_scorecard.synth.params import Calibration
from csc_scorecard.synth.people import People
from csc_scorecard.synth.records import Records
from csc_scorecard.synth.write_903 import Window, _continuously_looked_after

pytestmark = pytest.mark.slow

RULES = {"191": rules.rule_191, "580": rules.rule_580, "1016": rules.rule_1016}


def _injected(manifest: dict) -> set[str]:
    return {e["child_id"] for e in manifest["errors"]}


@pytest.mark.parametrize("rule", RULES)
def test_no_year_breaks_the_rule(council_903: tuple[Path, dict], rule: str) -> None:
    folder, manifest = council_903
    years = sorted(int(p.name) for p in folder.iterdir())
    broken = {y: RULES[rule](folder / str(y), y) - _injected(manifest) for y in years}
    assert len(years) == 7
    assert not any(broken.values()), broken


def test_care_ending_on_31_march_counts_as_the_whole_year_for_the_oc2():
    """The case rule 191 found: looked after all year up to 31 March, so the OC2 is due.

    Hand-made episodes for the year 2020-21: A in care since May 2019, care ending on 31 March
    2021 (an 18th birthday): the whole year. B's care ends on 30 March: not. C comes into care
    (S) in June 2020: not. D moves placement (P) in June 2020 and stays: the whole year. E's
    short break (V3) in the year: not.
    """
    day = pd.Timestamp
    episodes = pd.DataFrame(
        [("A", day("2019-05-01"), day("2021-03-31"), "S", "E17", "C2"),
         ("B", day("2019-05-01"), day("2021-03-30"), "S", "E17", "C2"),
         ("C", day("2020-06-01"), pd.NaT, "S", None, "C2"),
         ("D", day("2019-05-01"), day("2020-06-01"), "S", "X1", "C2"),
         ("D", day("2020-06-01"), pd.NaT, "P", None, "C2"),
         ("E", day("2020-07-01"), day("2020-07-03"), "S", "E13", "V3")],
        columns=["child_id", "start_date", "end_date", "reason_new_episode", "reason_ceased",
                 "legal_status"],
    )  # fmt: skip
    window = Window.of(2021, date(2026, 11, 30))
    assert _continuously_looked_after(episodes, window) == {"A", "D"}


def test_missing_episodes_of_children_leaving_care_at_18_end_before_their_care(council_903):
    """Rule 580's neighbourhood is exercised: such missing episodes exist and all end earlier."""
    folder, _ = council_903
    checked = 0
    for year in range(2021, 2028):
        episodes = rules.read(folder / str(year), "episodes")
        missing = rules.read(folder / str(year), "missing")
        ends = episodes[episodes.REC.isin(["E5", "E6", "E7", "E8", "E17"]) & (episodes.DEC != "")]
        leavers = missing.merge(ends[["CHILD", "DEC"]], on="CHILD")
        leavers = leavers[leavers.MIS_END != ""]
        checked += len(leavers)
        assert (leavers.MIS_END.map(rules.day) < leavers.DEC.map(rules.day)).all()
    assert checked > 10


def _care(seed: int) -> tuple[Care, People, Records]:
    rng = np.random.default_rng(seed)
    calendar = WorkingDays(date(2010, 1, 1), date(2035, 12, 31))
    people, records = People(rng, "318"), Records()
    simulation = Simulation(rng, calendar, people, records, Calibration())
    care = Care(simulation, HOME_POSTCODES, AWAY_POSTCODES)
    return care, people, records


@pytest.mark.parametrize("back_after", [-100, 10, 200, 300])
def test_a_care_leaver_back_in_care_keeps_no_record_the_return_makes_void(back_after: int):
    """Rule 1016 on the simulator's own tables, for a young person who left care at 16.

    In care from 14 and a half to 16 and a half, so care leaver records are made at 17 to 21;
    back in care ``back_after`` days after the 17th birthday (before it, in the same collection
    year, or the next). No record may remain about a birthday the return of its year shows
    them looked after again after, nor about one after they came back; records about
    birthdays in earlier collection years stay.
    """
    care, people, records = _care(back_after + 1000)
    child = people.new_child(day_number(date(2016, 9, 1)), age_years=14.5)
    first_start = people.birthday(child, 14) + 180
    first_end = people.birthday(child, 16) + 180
    care._care_leaver(child, first_start, first_end, "E4A")  # the first period's records
    made = records.frames()["care_leaver"]
    back = people.birthday(child, 17) + back_after
    assert len(made) == 5

    care.start_period(back, child, "family")

    kept = records.frames()["care_leaver"]
    kept = kept[kept.contact_date < to_date(back)]  # made before the return to care
    born = to_date(child.birth)
    abouts = [_birthday_about(born, contact) for contact in kept.contact_date]
    ends = [d for d in records.frames()["looked_after_episode"].end_date if d is not None]
    back_year = _collection_year(to_date(back))
    for about in abouts:
        assert about < to_date(back) and _collection_year(about) < back_year
        assert not any(d >= about and _collection_year(d) == _collection_year(about)
                       for d in ends)  # fmt: skip
    earlier = [
        c for c in made.contact_date if _collection_year(_birthday_about(born, c)) < back_year
    ]
    assert sorted(earlier) == sorted(kept.contact_date)


def _birthday_about(born: date, contact: date) -> date:
    """The birthday (17 to 21) a care leaver record is about: the nearest to its contact."""
    age = round((contact - born).days / 365.25)
    return date(born.year + age, born.month, min(born.day, 28 if born.month == 2 else 31))


def _collection_year(when: date) -> int:
    return when.year + (1 if when.month >= 4 else 0)
