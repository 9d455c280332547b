"""Simulate one council end to end and cut the history to the reporting period.

The simulation starts eighteen years before the period (a burn-in), so that the first month's
stocks are those of a council in its steady state: a child in care from birth to 18, a plan or
a child in need episode opened years ago, a young person who left care up to five years before
and is a care leaver until 21 all exist on the first day. Everything is then censored at the
period end (later end dates become open) and rows that ended before the period are dropped,
which is what a council's returns for those years would hold. Care leavers keep what makes
them care leavers: their periods of care and their latest record before the period.
"""

from __future__ import annotations

import heapq
from collections import deque
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd

from csc_scorecard.synth.care import Care
from csc_scorecard.synth.clock import WorkingDays, day_number, month_starts, to_date
from csc_scorecard.synth.context import Simulation
from csc_scorecard.synth.front_door import FrontDoor
from csc_scorecard.synth.history import Council, CouncilHistory
from csc_scorecard.synth.params import Calibration
from csc_scorecard.synth.people import Child, People, make_upn
from csc_scorecard.synth.records import Records
from csc_scorecard.synth.series import workforce_series

BURN_IN_YEARS = 18
"""A period of care can last from birth to 18; six years left a fifth of the stock missing."""
CARE_LEAVER_RECORD_DAYS = 366
"""Care leaver records are made at each birthday from 17 to 21: one within a year before the
period is the latest record of someone who is still a care leaver in it."""
# Real postcodes (ONS postcode directory, as bundled with the DfE 903 validator) so that the
# validator can work out the placement's council and distance: in the first council's area,
# and in sixteen other English councils for placements out of area.
HOME_POSTCODES = ("TW9 3YZ", "TW13 6NZ", "TW11 0YF", "TW1 3ZA", "SW13 9ZU", "SW15 4NU",
                  "SW13 0ZU", "TW2 7ZR", "TW2 5ZY", "SW14 9ES", "SW15 6LG", "KT2 7LR",
                  "TW11 8ZQ", "TW9 1ZX")  # fmt: skip
AWAY_POSTCODES = ("S61 4DL", "CV11 9NX", "DN21 5JL", "KT11 1JG", "MK4 3AP", "RG24 0WU",
                  "CB22 5AJ", "TN3 0LG", "CV2 5EQ", "BA1 3HN", "NG3 1BJ", "NR12 0HL",
                  "PE2 5YL", "DN33 3RN", "DH8 6TU", "BN2 5TT")  # fmt: skip
REPEATED_CONTACT_EVERY = 150
"""One contact in 150 that leads to advice is made twice the same day by the same source (a
notification and its follow-up): Annex A lists such a pair once. Counted, not drawn, so the
random draws of everything else are the same."""
DISABILITIES = ("LD", "AUT", "BEH", "COMM", "MOB", "HEAR", "VIS", "PC")


@dataclass(frozen=True)
class Period:
    """How a table's rows relate to the reporting period."""

    start: str
    end: str | None = None
    emptied_with_end: tuple[str, ...] = ()
    end_known_in_advance: bool = False


PERIODS: dict[str, Period] = {
    "contact": Period("contact_date"),
    "early_help_episode": Period("start_date", "end_date", ("end_reason",)),
    "cin_episode": Period("referral_date", "closure_date", ("closure_reason",)),
    "assessment": Period("start_date", "authorisation_date"),
    "s47_enquiry": Period("start_date", "end_date"),
    "cp_plan": Period("start_date", "end_date"),
    "cp_review": Period("review_date"),
    "cin_plan": Period("start_date", "end_date"),
    "visit": Period("visit_date"),
    "looked_after_episode": Period(
        "start_date", "end_date", ("reason_ceased", "reason_place_change")
    ),
    "cla_review": Period("review_date"),
    "health_check": Period("check_date"),
    "missing_episode": Period("start_date", "end_date"),
    # UASC status ends at the 18th birthday at the latest: the 903 wants that date in advance.
    "uasc_status": Period("start_date", "end_date", end_known_in_advance=True),
    "care_leaver": Period("contact_date"),
}


def council_identity(index: int) -> Council:
    """Identity of the n-th synthetic council.

    The first uses real codes (DfE 318 / ONS E09000027) so the DfE validators can place its
    postcodes; further councils get distinct pseudo codes for multi-council stores.
    """
    if index == 0:
        return Council("318", "E09000027", "Synthetic council A", HOME_POSTCODES)
    return Council(f"{900 + index:03d}", f"E0{index + 7000000:08d}", f"Synthetic council {index}",
                   HOME_POSTCODES)  # fmt: skip


def last_complete_month_end(today: date) -> date:
    """Last day of the last complete month before ``today``."""
    return today.replace(day=1) - timedelta(days=1)


def simulate_council(
    seed: int,
    population: int = 50_000,
    years: int = 6,
    index: int = 0,
    period_end: date | None = None,
    params: Calibration | None = None,
) -> CouncilHistory:
    """Simulate a council's children's social care and return its canonical history."""
    params = params or Calibration()
    council = council_identity(index)
    end = period_end or last_complete_month_end(date.today())
    start = date(end.year - years, end.month, 1) + timedelta(days=32)
    start = start.replace(day=1)
    rng = np.random.default_rng([seed, index])
    sim_start = date(start.year - BURN_IN_YEARS, start.month, 1)
    calendar = WorkingDays(sim_start - timedelta(days=60), date(end.year + 25, 12, 31))
    people = People(rng, council.la_code)
    records = Records()
    sim = Simulation(rng, calendar, people, records, params)
    care = Care(sim, HOME_POSTCODES, AWAY_POSTCODES)
    delay_from, delay = params.change("assessment_delay", end)
    front = FrontDoor(sim, care, day_number(delay_from), delay)
    _run(rng, people, front, params, population, sim_start, end)
    history = CouncilHistory(
        council=council,
        period_start=start,
        period_end=end,
        population=_population(population, start.year, end.year),
    )
    tables = _cut_to_period(records.frames(), history.records_from, end)
    tables["person"], tables["disability"] = _people_frames(people, tables, council, rng, end)
    history.tables = tables
    history.series = workforce_series(rng, history)
    return history


def _population(population: int, first: int, last: int) -> dict[int, int]:
    """0-17 population per calendar year, growing slowly as many English councils' did."""
    return {year: int(population * (1 + 0.004 * (year - first))) for year in range(first, last + 1)}


def _run(
    rng: np.random.Generator,
    people: People,
    front: FrontDoor,
    params: Calibration,
    population: int,
    sim_start: date,
    end: date,
) -> None:
    """Generate arrivals month by month and process every event in date order."""
    step_from, step = params.change("referral_step", end)
    events: list[tuple[int, int, str, str]] = []
    seq = 0
    for month in month_starts(sim_start, end):
        days = (month_starts(month, month + timedelta(days=40))[1] - month).days
        season = params.seasonality[month.month - 1] * (step if month >= step_from else 1.0)
        expected = {
            "referral": population * params.referrals_per_10k / 10_000 / 12 * season * 0.93,
            "contact_eh": population * params.referrals_per_10k / 10_000 / 12 * season
            * params.contacts_per_referral * params.contact_to_early_help,
            "contact_nfa": population * params.referrals_per_10k / 10_000 / 12 * season
            * (params.contacts_per_referral * (1 - params.contact_to_early_help) - 1),
            "uasc": population * params.uasc_starts_per_10k / 10_000 / 12,
        }  # fmt: skip
        for kind, mean in expected.items():
            for offset in rng.integers(0, days, size=rng.poisson(mean)):
                seq += 1
                events.append((day_number(month) + int(offset), seq, kind, ""))
    heapq.heapify(events)
    recent: deque[tuple[int, str]] = deque()
    advice = 0
    last_day = day_number(end)
    while events:
        day, _, kind, child_id = heapq.heappop(events)
        if day > last_day:
            break
        day = front.cal.next_working(day)
        if kind == "referral":
            child = _referral_child(rng, people, recent, params, day, child_id)
            if child is None:
                continue
            front.referral(day, child, "5D" if child_id else None)
            recent.append((day, child.child_id))
        elif kind == "uasc":
            child = people.new_child(day, age_years=float(rng.uniform(14.5, 17.6)))
            child.sex = "M" if rng.random() < 0.92 else "F"
            child.ethnicity = str(rng.choice(["OOTH", "AOTH", "BAFR", "BOTH", "WOTH"]))
            front.uasc_arrival(day, child)
        elif kind == "contact_eh":
            child = people.new_child(day)
            front.contact(day, child, "EH")
            eh_start, eh_end = front.early_help(day + int(rng.integers(1, 10)), child, "Contact")
            if rng.random() < 0.1:
                seq += 1
                step_up = int(rng.integers(eh_start + 20, eh_end + 60))
                heapq.heappush(events, (step_up, seq, "referral", child.child_id))
        else:
            child = _known_or_new(rng, people, day)
            source = front.contact(day, child, "NFA")
            advice += 1
            if advice % REPEATED_CONTACT_EVERY == 0:
                front.contact(day, child, "NFA", source)


def _referral_child(
    rng: np.random.Generator,
    people: People,
    recent: deque[tuple[int, str]],
    params: Calibration,
    day: int,
    child_id: str,
) -> Child | None:
    """Who a referral is about: a named child (step-up), a recent one (re-referral) or new."""
    if child_id:
        child = people.children[child_id]
        return child if child.busy_until < day and people.age_on(child, day) < 17.5 else None
    while recent and recent[0][0] < day - 365:
        recent.popleft()
    if recent and rng.random() < params.re_referral_share:
        for _ in range(12):
            candidate = people.children[recent[int(rng.integers(0, len(recent)))][1]]
            young_enough = people.age_on(candidate, day) < 17.5
            if candidate.busy_until < day and candidate.in_care_until < day and young_enough:
                return candidate
    if rng.random() < 0.08:
        return _known_or_new(rng, people, day)
    return people.new_child(day)


def _known_or_new(rng: np.random.Generator, people: People, day: int) -> Child:
    """A child already known to the council and free now, or failing that a new child."""
    ids = people.ids
    for _ in range(5 if ids else 0):
        child = people.children[ids[int(rng.integers(0, len(ids)))]]
        if child.busy_until < day and people.age_on(child, day) < 17.5:
            return child
    return people.new_child(day)


def _cut_to_period(tables: dict[str, pd.DataFrame], start: date, end: date
                   ) -> dict[str, pd.DataFrame]:  # fmt: skip
    """Censor at the period end and drop what ended before the period started."""
    out = dict(tables)
    for name, period in PERIODS.items():
        frame = tables[name].copy()
        frame = frame[frame[period.start].map(lambda d: d is not None and d <= end)]
        if period.end is None:
            ended_before = frame[period.start].map(lambda d: d < start)
        else:
            if not period.end_known_in_advance:
                later = frame[period.end].map(lambda d: d is not None and d > end)
                for column in (period.end, *period.emptied_with_end):
                    frame[column] = frame[column].astype(object).where(~later, None)
            ended_before = frame[period.end].map(lambda d: d is not None and d < start)
        out[name] = frame[~ended_before].reset_index(drop=True)
    out["s47_enquiry"] = _censor_conference(out["s47_enquiry"], end)
    assessments = out["assessment"]
    not_yet = assessments["authorisation_date"].isna()
    assessments["further_action"] = (
        assessments["further_action"].astype(object).where(~not_yet, None)
    )
    out["assessment_factor"] = tables["assessment_factor"][
        tables["assessment_factor"].assessment_id.isin(out["assessment"].assessment_id)
    ].reset_index(drop=True)
    out["adoption"] = _cut_adoption(tables["adoption"], start, end)
    out["care_leaver"], out["looked_after_episode"] = _care_leaver_histories(tables, out, start)
    kept_children = set(out["looked_after_episode"].child_id)
    previous = tables["previous_permanence"]
    out["previous_permanence"] = previous[previous.child_id.isin(kept_children)].reset_index(
        drop=True
    )
    return out


def _care_leaver_histories(
    tables: dict[str, pd.DataFrame], cut: dict[str, pd.DataFrame], start: date
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Care leaver records and care episodes with what a care leaver in the period needs.

    A young person who left care before the period is a care leaver in it: their latest record
    before the period says whether the council is in touch, and their periods of care say they
    qualify (13 weeks from the 14th birthday), as the council's own records would.
    """
    records = tables["care_leaver"]
    since = start - timedelta(days=CARE_LEAVER_RECORD_DAYS)
    before = records[records.contact_date.map(lambda d: since <= d < start)]
    latest = before.sort_values("contact_date").drop_duplicates("child_id", keep="last")
    leavers = pd.concat([latest, cut["care_leaver"]]).sort_values(["child_id", "contact_date"])
    episodes = tables["looked_after_episode"]
    history = episodes[
        episodes.child_id.isin(set(latest.child_id))
        & episodes.end_date.map(lambda d: d is not None and d < start)
    ]
    kept = pd.concat([history, cut["looked_after_episode"]])
    return leavers.reset_index(drop=True), kept.reset_index(drop=True)


def _censor_conference(frame: pd.DataFrame, end: date) -> pd.DataFrame:
    """What was not yet known at the period end: a later conference, or that none was needed.

    The conference's target date (15 working days from the strategy discussion) is known from
    the start, so it stays.
    """
    frame = frame.copy()
    later = frame["icpc_date"].map(lambda d: d is not None and d > end)
    for column in ("icpc_date", "icpc_outcome_cp_plan"):
        frame[column] = frame[column].astype(object).where(~later, None)
    ongoing = frame["end_date"].isna()
    frame["icpc_not_required"] = frame["icpc_not_required"].astype(object).where(~ongoing, None)
    return frame


def _cut_adoption(frame: pd.DataFrame, start: date, end: date) -> pd.DataFrame:
    """Adoption milestones after the period end are not yet known; drop records closed before."""
    frame = frame[frame.decision_date.map(lambda d: d <= end)].copy()
    milestone_columns = ["placement_order_date", "matched_date", "placed_date", "adopted_date",
                         "decision_reversed_date"]  # fmt: skip
    for column in milestone_columns:
        later = frame[column].map(lambda d: d is not None and d > end)
        frame[column] = frame[column].astype(object).where(~later, None)
    frame.loc[frame.decision_reversed_date.isna(), "decision_reversed_reason"] = None
    no_adopters = frame.matched_date.isna()
    for column in ("foster_carer_adopter", "number_of_adopters", "adopter_sex",
                   "adopter_legal_status"):  # fmt: skip
        frame[column] = frame[column].astype(object).where(~no_adopters, None)
    frame["number_of_adopters"] = frame["number_of_adopters"].astype("Int64")
    frame["foster_carer_adopter"] = frame["foster_carer_adopter"].astype("boolean")
    closed = frame.apply(
        lambda r: (r.adopted_date or r.decision_reversed_date or end) < start, axis=1
    ).astype(bool)
    return frame[~closed].reset_index(drop=True)


def _people_frames(
    people: People,
    tables: dict[str, pd.DataFrame],
    council: Council,
    rng: np.random.Generator,
    end: date,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Person and disability rows for every child who appears in the period."""
    ids: set[str] = set()
    for _name, frame in tables.items():
        if "child_id" in frame.columns:
            ids.update(frame.child_id)
    end_day = day_number(end)
    rows: list[dict[str, object]] = []
    disability: list[dict[str, str]] = []
    for child_id in sorted(ids):
        child = people.children[child_id]
        born = to_date(child.birth)
        school_age = (end - born).days >= 5 * 365
        rows.append(
            dict(
                child_id=child_id,
                upn=make_upn(council.la_code, int(child_id[1:])) if school_age else "UN1",
                sex=child.sex,
                date_of_birth=born,
                expected_date_of_birth=None,
                ethnicity=child.ethnicity,
                date_of_death=to_date(child.died) if child.died and child.died <= end_day else None,
            )
        )
        codes = rng.choice(DISABILITIES, size=int(rng.integers(1, 3)), replace=False) if (
            child.disabled) else ["NONE"]  # fmt: skip
        disability.extend(dict(child_id=child_id, disability=str(code)) for code in codes)
    return pd.DataFrame(rows), pd.DataFrame(disability)
