"""Write a council's history as an Ofsted Annex A workbook: ``annex_a/annex_a.xlsx``.

Sheets ``List 1`` to ``List 11`` carry the headings liiatools matches, in its column order
(``shared/reference/formats-cin-annexa.md`` section 2.4), so the workbook loads into the tools
councils use. Dates are real Excel dates (shown dd/mm/yyyy), coded cells hold Ofsted's
drop-down strings (``b) Female``, ``q) 6: Police``, ``a) Yes``); a code with no Ofsted string
(K3 and Z11-Z14 postdate the template) is written as ``code: meaning``, and a code in no DfE
list (an injected fault) as it is.

The reference date is the end of the simulated period (an inspection on the next day).
Lists 1-8 look back six months, lists 10-11 twelve (section 2.2), from the first day of the
window to the reference date:

1. Contacts received in the window, one row per contact.
2. Early help episodes open at any time in the window (start and end of the episode stand
   for the assessment's start and completion, as data-to-insight's SSD extract does).
3. Referrals received in the window, one row per referral; the count of referrals is the
   child's referrals in the twelve months to the reference date, this one included.
4. Assessments open at any time in the window.
5. Section 47 enquiries open at any time in the window (ongoing ones included); S47s and
   ICPCs are counted over the twelve months to the reference date.
6. Children in need: one row per child, from their latest episode open in the window that
   was not a referral closed with no further action. Case status at the reference date:
   closed, looked after, on a CP plan, on a CIN plan, open assessment, else child in need.
7. CP plans open at any time in the window, with the latest CP visit and review.
8. Looked-after children: one row per child whose latest period of care is open or ended in
   the window, derived from the 903 episodes (latest legal status run, placements open in the
   last twelve months, latest review, CLA visit, health assessment and dental check).
9. Care leavers with a contact in the last twelve months, one row per child (latest contact).
10. Adoption decisions with an adoption or a reversal in the window, or still open.
11. Adopters: the canonical model has none, so one row per adopter of each list 10 match,
    derived from the adoption's adopter fields; the assessment stages are dated back from
    the match at typical intervals (enquiry ten months before), marked as derived here.

Allocated team is the team of the child's episode (the latest referral on or before the
date that matters); the model records no worker, so the worker (and a care leaver's personal
adviser) is a stable pseudonym drawn from team and child. Columns the model has no data for
and Ofsted lets be blank are left blank.

A faulty row of a table whose rows the lists carry one for one (contacts, early help
episodes, referrals, assessments, S47s, CP plans, the latest care leaver contact, adoptions,
and the child's own person row on every row about them) is located with ``Manifest.locate``
(source table ``List N``, row counted from 1 under the headings). Other faults are recorded
with ``Manifest.not_applicable``: the lists carry at most a value derived from such rows.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from csc_scorecard.model import TABLES
from csc_scorecard.model.annex_a import (
    ABSENT,
    ACCOMMODATION,
    ACTIVITY,
    CASE_STATUS,
    CLOSURE_REASON,
    COMMON,
    CP_CATEGORY,
    DECISION,
    DISABLED,
    ELIGIBILITY,
    EMERGENCY,
    ETHNICITY,
    FFA,
    GENDER,
    HEADINGS,
    IN_TOUCH,
    LEGAL_STATUS,
    MISSING,
    PLACEMENT_TYPE,
    PRIMARY_NEED,
    PROVIDER,
    REASON_CEASED,
    RETURN_ACCEPTED,
    RETURN_OFFERED,
    REVERSAL,
    REVERSAL_REASON,
    REVERSED,
    SECOND_PERIOD,
    SOURCE,
    UASC_8,
    UASC_9,
    UNKNOWN,
    YES_NO,
)
from csc_scorecard.model.codes import CODE_LISTS
from csc_scorecard.synth.history import ERROR_COLUMN, CouncilHistory
from csc_scorecard.synth.manifest import Manifest
from csc_scorecard.synth.write_cin import Row, canonical_records, faulty_records

FORMAT = "annex_a"
RELATIVE = "annex_a/annex_a.xlsx"
DATE_FORMAT = "dd/mm/yyyy"
LEAVING_CARE_TEAM = "Leaving Care"

NOT_APPLICABLE_CODES = {"0"}
"""903 code ``0`` (died or returned home) has no Ofsted string: written blank."""

ADOPTER_SEXES = {"M1": "M", "F1": "F", "MM": "MM", "FF": "FF", "MF": "MF"}
NEW_PLACEMENT = {"S", "P", "T", "B", "U"}
"""RNE codes that start a new placement (L changes the legal status only)."""
LONG_TERM_FOSTERING = {"U1", "U4"}
FOSTERING_FOR_ADOPTION = {"U2", "U5"}
EMERGENCY_STATUSES = {"L1", "L2"}

STAGES = (("enquiry", -300), ("stage1_start", 14), ("stage1_end", 60), ("stage2_start", 1),
          ("stage2_end", 120), ("approved", 30))  # fmt: skip
"""Derived adopter milestones: enquiry 300 days before the match, then days after each other
(application submitted at the start of stage 2): approval falls 75 days before the match."""

LISTED = {
    "contact": (1,), "early_help_episode": (2,), "cin_episode": (3, 6), "assessment": (4,),
    "s47_enquiry": (5,), "cp_plan": (7,), "care_leaver": (9,), "adoption": (10, 11),
    "person": tuple(range(1, 12)),
}  # fmt: skip
"""Tables whose rows the lists carry one for one, and the lists they go to."""


# -- rows -----------------------------------------------------------------------------------------
@dataclass
class ListRow:
    """One data row of a list: cells by heading and the injected errors it carries."""

    cells: dict[str, Any]
    errors: list[str] = field(default_factory=list)


def _label(mapping: dict[Any, str], code_list: str | None, value: object) -> object:
    """Ofsted's string for a code; ``code: meaning`` for a DfE code Ofsted lacks; else as is."""
    if value is None or value in NOT_APPLICABLE_CODES:
        return None
    if value in mapping:
        return mapping[value]
    listed = CODE_LISTS.get(code_list) if code_list else None
    if listed is not None and isinstance(value, str) and value in listed.valid_codes():
        return f"{value}: {listed.meaning_of(value)}"
    return value


def _yes_no(value: object, unknown: bool = False) -> str | None:
    """a) Yes / b) No; a missing answer is c) Unknown where the list has it, else blank."""
    if value is None:
        return UNKNOWN if unknown else None
    return YES_NO[bool(value)]


def _latest(rows: Iterable[Row], column: str, first: date | None, last: date) -> Row | None:
    """The row with the latest ``column`` date in [first, last] (None: no lower bound)."""
    dated = [r for r in rows if r[column] is not None and r[column] <= last
             and (first is None or r[column] >= first)]  # fmt: skip
    return max(dated, key=lambda r: r[column], default=None)


def _between(when: date | None, first: date, last: date) -> bool:
    return when is not None and first <= when <= last


def _open_in(start: date | None, end: date | None, first: date, last: date) -> bool:
    """Started by ``last`` and not ended before ``first``."""
    return start is not None and start <= last and (end is None or end >= first)


def _months_before(reference: date, months: int) -> date:
    """First day of the ``months`` months ending on ``reference``."""
    first = pd.Timestamp(reference) + pd.Timedelta(days=1) - pd.DateOffset(months=months)
    return first.date()


def age_on(born: date | None, when: date) -> int | None:
    """Whole years of age on ``when`` (None without a date of birth, or before birth)."""
    if born is None or born > when:
        return None
    return when.year - born.year - ((when.month, when.day) < (born.month, born.day))


def pseudonym(role: str, team: str, child_id: str) -> str:
    """A stable made-up worker for a child in a team: the model records no workers."""
    digest = hashlib.blake2b(f"{role}|{team}|{child_id}".encode(), digest_size=4).digest()
    return f"{team} {role}{int.from_bytes(digest, 'big') % 12 + 1:02d}"


@dataclass
class Period:
    """A period of care: its 903 episodes from RNE S to the episode that ends care."""

    episodes: list[Row]

    @property
    def start(self) -> date:
        """The day care began (DECOM of the RNE S episode)."""
        start: date = self.episodes[0]["start_date"]
        return start

    @property
    def end(self) -> date | None:
        """The day care ended (None while looked after)."""
        end: date | None = self.episodes[-1]["end_date"]
        return end

    def placements(self) -> list[tuple[Row, date | None]]:
        """Each placement's first episode and the placement's end (None while open)."""
        runs: list[list[Row]] = []
        for episode in self.episodes:
            if not runs or episode["reason_new_episode"] in NEW_PLACEMENT:
                runs.append([episode])
            else:
                runs[-1].append(episode)
        return [(run[0], run[-1]["end_date"]) for run in runs]

    def legal_status_start(self) -> date:
        """Start of the unbroken run of episodes with the latest legal status."""
        status = self.episodes[-1]["legal_status"]
        start: date = self.episodes[-1]["start_date"]
        for episode in reversed(self.episodes[:-1]):
            if episode["legal_status"] != status:
                break
            start = episode["start_date"]
        return start


def _periods(episodes: list[Row]) -> list[Period]:
    """A child's dated episodes (sorted by start) cut into periods of care at each RNE S."""
    periods: list[Period] = []
    for episode in episodes:
        if episode["start_date"] is None:
            continue
        if not periods or episode["reason_new_episode"] == "S":
            periods.append(Period([episode]))
        else:
            periods[-1].episodes.append(episode)
    return periods


def _by_child(rows: list[Row], *order: str) -> dict[str, list[Row]]:
    groups: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        groups[row["child_id"]].append(row)
    for group in groups.values():
        group.sort(key=lambda r: tuple((r[o] is None, r[o] or date.min) for o in order))
    return groups


# -- the council as the lists need it -------------------------------------------------------------
class Council:
    """The canonical rows indexed by child, with the reference date and the look-back windows."""

    def __init__(self, history: CouncilHistory) -> None:
        self.name = history.council.name
        self.reference = history.period_end
        self.six_months = _months_before(self.reference, 6)
        self.twelve_months = _months_before(self.reference, 12)
        rows = {name: canonical_records(history, name) for name in TABLES
                if name in history.tables}  # fmt: skip
        self.rows = rows
        self.people: dict[str, Row] = {}
        for person in rows.get("person", []):
            self.people.setdefault(person["child_id"], person)
        self.disability = _disability_status(rows.get("disability", []))
        self.episodes = _by_child(rows.get("cin_episode", []), "referral_date")
        self.referrals = {r["referral_id"]: r for r in rows.get("cin_episode", [])}
        self.visits = _by_child(rows.get("visit", []), "visit_date")
        self.care = {child: _periods(found) for child, found in _by_child(
            rows.get("looked_after_episode", []), "start_date").items()}  # fmt: skip
        self.reviews = _by_child(rows.get("cla_review", []), "review_date")
        self.checks = _by_child(rows.get("health_check", []), "check_date")
        self.missing = _by_child(rows.get("missing_episode", []), "start_date")
        self.uasc = _by_child(rows.get("uasc_status", []), "start_date")
        self._parts: dict[str, dict[str, list[Row]]] = {}
        self.cp_reviews: dict[str, list[Row]] = defaultdict(list)
        for review in rows.get("cp_review", []):
            self.cp_reviews[review["cp_plan_id"]].append(review)

    def table(self, name: str) -> list[Row]:
        """All rows of a canonical table."""
        return self.rows.get(name, [])

    def parts(self, name: str) -> dict[str, list[Row]]:
        """Rows of a table that belongs to CIN episodes (plans, assessments), by referral."""
        if name not in self._parts:
            grouped: dict[str, list[Row]] = defaultdict(list)
            for row in self.table(name):
                grouped[row["referral_id"]].append(row)
            self._parts[name] = grouped
        return self._parts[name]

    def common(self, child_id: str) -> dict[str, Any]:
        """Columns 1-5: the child, gender, ethnicity, date of birth and age at the reference."""
        person = self.people.get(child_id)
        if person is None:
            return dict.fromkeys(COMMON) | {"Child Unique ID": child_id}
        return {
            "Child Unique ID": child_id,
            "Gender": _label(GENDER, "sex", person["sex"]),
            "Ethnicity": _label(ETHNICITY, "ethnicity", person["ethnicity"]),
            "Date of Birth": person["date_of_birth"],
            "Age of Child (Years)": age_on(person["date_of_birth"], self.reference),
        }

    def row(self, child_id: str, cells: dict[str, Any], *sources: Row) -> ListRow:
        """A list row about a child, carrying the errors of its source rows and person row."""
        person = self.people.get(child_id)
        errors = [s[ERROR_COLUMN] for s in (*sources, person) if s and s[ERROR_COLUMN]]
        return ListRow(self.common(child_id) | cells, errors)

    def team(self, child_id: str, when: date, referral_id: str | None = None) -> dict[str, Any]:
        """Allocated team and worker: the episode's, else the latest referral's by ``when``."""
        episode = self.referrals.get(referral_id) if referral_id else None
        if episode is None:
            episode = _latest(self.episodes.get(child_id, []), "referral_date", None, when)
        team = episode["team"] if episode else None
        worker = pseudonym("SW", team, child_id) if team else None
        return {"Allocated Team": team, "Allocated Worker": worker}

    def disabled(self, child_id: str) -> str:
        """Whether the child has a disability: yes, no (only NONE recorded) or unknown."""
        return self.disability.get(child_id, UNKNOWN)

    def latest_period(self, child_id: str) -> Period | None:
        """The child's latest period of care that began by the reference date."""
        begun = [p for p in self.care.get(child_id, []) if p.start <= self.reference]
        return begun[-1] if begun else None


def _disability_status(rows: list[Row]) -> dict[str, str]:
    codes: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        codes[row["child_id"]].add(row["disability"])
    return {child: YES_NO[bool(found - {"NONE"})] for child, found in codes.items()}


# -- lists ----------------------------------------------------------------------------------------
def list_1(c: Council) -> list[ListRow]:
    """Contacts received in the last six months."""
    rows = [r for r in c.table("contact")
            if _between(r["contact_date"], c.six_months, c.reference)]  # fmt: skip
    rows.sort(key=lambda r: (r["contact_date"], r["contact_id"]))
    return [c.row(r["child_id"], {"Date of Contact": r["contact_date"],
                                  "Contact Source": _label(SOURCE, "referral_source",
                                                           r["contact_source"])}, r)
            for r in rows]  # fmt: skip


def list_2(c: Council) -> list[ListRow]:
    """Early help episodes open at any time in the last six months."""
    rows = [r for r in c.table("early_help_episode")
            if _open_in(r["start_date"], r["end_date"], c.six_months, c.reference)]  # fmt: skip
    rows.sort(key=lambda r: (r["start_date"], r["episode_id"]))
    return [c.row(r["child_id"], {
        "Assessment start date": r["start_date"],
        "Assessment completion date": r["end_date"],
        "Organisation completing assessment": r["organisation"],
    }, r) for r in rows]  # fmt: skip


def list_3(c: Council) -> list[ListRow]:
    """Referrals received in the last six months, with the child's count over twelve."""
    rows = [r for r in c.table("cin_episode")
            if _between(r["referral_date"], c.six_months, c.reference)]  # fmt: skip
    rows.sort(key=lambda r: (r["referral_date"], r["referral_id"]))
    out = []
    for r in rows:
        recent = [e for e in c.episodes.get(r["child_id"], [])
                  if _between(e["referral_date"], c.twelve_months, c.reference)]  # fmt: skip
        out.append(c.row(r["child_id"], {
            "Date of referral": r["referral_date"],
            "Referral Source": _label(SOURCE, "referral_source", r["referral_source"]),
            "Referral NFA?": _yes_no(r["referral_nfa"]),
            "Number of Referrals in Last 12 Months": len(recent),
        } | c.team(r["child_id"], r["referral_date"], r["referral_id"]), r))  # fmt: skip
    return out


def list_4(c: Council) -> list[ListRow]:
    """Assessments open at any time in the last six months."""
    rows = [
        r
        for r in c.table("assessment")
        if _open_in(r["start_date"], r["authorisation_date"], c.six_months, c.reference)
    ]
    rows.sort(key=lambda r: (r["start_date"], r["assessment_id"]))
    out = []
    for r in rows:
        authorised = r["authorisation_date"]
        out.append(c.row(r["child_id"], {
            DISABLED: c.disabled(r["child_id"]),
            "Continuous Assessment Start Date": r["start_date"],
            "Child Seen During Continuous Assessment": _yes_no(r["child_seen"], unknown=True),
            "Continuous Assessment Date of Authorisation": authorised,
            "Was the child assessed as requiring LA children's social care support?":
                _yes_no(r["further_action"], unknown=True) if authorised else None,
        } | c.team(r["child_id"], r["start_date"], r["referral_id"]), r))  # fmt: skip
    return out


def list_5(c: Council) -> list[ListRow]:
    """Section 47 enquiries open at any time in the last six months (ongoing included)."""
    s47s = c.table("s47_enquiry")
    rows = [r for r in s47s if _open_in(r["start_date"], r["icpc_date"] or r["end_date"],
                                        c.six_months, c.reference)]  # fmt: skip
    rows.sort(key=lambda r: (r["start_date"], r["s47_id"]))
    by_child = _by_child(s47s, "start_date")
    out = []
    for r in rows:
        mine = by_child[r["child_id"]]
        icpc = r["icpc_date"]
        out.append(c.row(r["child_id"], {
            DISABLED: c.disabled(r["child_id"]),
            "Strategy discussion initiating Section 47 Enquiry Start Date": r["start_date"],
            "Was an Initial Child Protection Conference deemed unnecessary?":
                _yes_no(r["icpc_not_required"]) if r["end_date"] else None,
            "Date of Initial Child Protection Conference": icpc,
            "Did the Initial Child Protection Conference Result in a Child Protection Plan":
                _yes_no(r["icpc_outcome_cp_plan"]) if icpc else None,
            "Number of Section 47 Enquiries in the last 12 months": sum(
                _between(s["start_date"], c.twelve_months, c.reference) for s in mine),
            "Number of ICPCs in the last 12 months": sum(
                _between(s["icpc_date"], c.twelve_months, c.reference) for s in mine),
        } | c.team(r["child_id"], r["start_date"], r["referral_id"]), r))  # fmt: skip
    return out


def list_6(c: Council) -> list[ListRow]:
    """Children in need: each child's latest non-NFA episode open in the last six months."""
    latest: dict[str, Row] = {}
    for r in c.table("cin_episode"):
        if r["referral_nfa"] is True:
            continue
        if _open_in(r["referral_date"], r["closure_date"], c.six_months, c.reference):
            best = latest.get(r["child_id"])
            if best is None or r["referral_date"] >= best["referral_date"]:
                latest[r["child_id"]] = r
    out = []
    for child_id in sorted(latest):
        r = latest[child_id]
        closed = r["closure_date"]
        seen = [v for v in c.visits.get(child_id, []) if v["child_seen"] is True]
        last_seen = _latest(seen, "visit_date", r["referral_date"], closed or c.reference)
        out.append(c.row(child_id, {
            DISABLED: c.disabled(child_id),
            "CIN Start Date": r["referral_date"],
            "Primary Need Code": _label(PRIMARY_NEED, "category_of_need", r["primary_need"]),
            "Date Child Was Last Seen": last_seen["visit_date"] if last_seen else None,
            "CIN Closure Date": closed,
            "Reason for Closure": _label(CLOSURE_REASON, "cin_closure_reason",
                                         r["closure_reason"]),
            "Case Status": _case_status(c, r),
        } | c.team(child_id, c.reference, r["referral_id"]), r))  # fmt: skip
    return out


def _case_status(c: Council, episode: Row) -> str:
    """What the child's episode is at the reference date, most intensive first."""
    if episode["closure_date"] is not None:
        return CASE_STATUS[4]
    period = c.latest_period(episode["child_id"])
    if period is not None and (period.end is None or period.end > c.reference):
        return CASE_STATUS[0]
    for status, table, end in ((1, "cp_plan", "end_date"), (2, "cin_plan", "end_date"),
                               (3, "assessment", "authorisation_date")):  # fmt: skip
        for r in c.parts(table).get(episode["referral_id"], []):
            if _open_in(r["start_date"], r[end], c.reference, c.reference):
                return CASE_STATUS[status]
    return CASE_STATUS[2]


def list_7(c: Council) -> list[ListRow]:
    """CP plans open at any time in the last six months."""
    rows = [r for r in c.table("cp_plan")
            if _open_in(r["start_date"], r["end_date"], c.six_months, c.reference)]  # fmt: skip
    rows.sort(key=lambda r: (r["start_date"], r["cp_plan_id"]))
    out = []
    for r in rows:
        child_id, ended = r["child_id"], r["end_date"] or c.reference
        cp_visits = [v for v in c.visits.get(child_id, []) if v["visit_type"] == "CP"]
        visit = _latest(cp_visits, "visit_date", r["start_date"], ended)
        review = _latest(c.cp_reviews.get(r["cp_plan_id"], []), "review_date", None,
                         c.reference)  # fmt: skip
        out.append(c.row(child_id, {
            DISABLED: c.disabled(child_id),
            "Child Protection Plan Start Date": r["start_date"],
            "Initial Category of Abuse": _label(CP_CATEGORY, "cp_category",
                                                r["initial_category"]),
            "Latest Category of Abuse": _label(CP_CATEGORY, "cp_category", r["latest_category"]),
            "Date of the Last Statutory Visit": visit["visit_date"] if visit else None,
            "Was the Child Seen Alone?":
                _yes_no(visit["child_seen_alone"], unknown=True) if visit else None,
            "Date of latest review conference": review["review_date"] if review else None,
            "Child Protection Plan End Date": r["end_date"],
            EMERGENCY: YES_NO[_emergency_protection(c, child_id)],
            "Number of Previous Child Protection Plans": r["number_of_previous_plans"],
        } | c.team(child_id, c.reference, r["referral_id"]), r))  # fmt: skip
    return out


def _emergency_protection(c: Council, child_id: str) -> bool:
    """On an EPO (L2) or in police protection (L1) at any time in the last six months."""
    return any(
        e["legal_status"] in EMERGENCY_STATUSES
        and _open_in(e["start_date"], e["end_date"], c.six_months, c.reference)
        for period in c.care.get(child_id, []) for e in period.episodes
    )  # fmt: skip


def list_8(c: Council) -> list[ListRow]:
    """Children looked after now, or whose care ended in the last six months."""
    out = []
    for child_id in sorted(c.care):
        period = c.latest_period(child_id)
        if period is None or not _open_in(period.start, period.end, c.six_months, c.reference):
            continue
        out.append(c.row(child_id, _looked_after(c, child_id, period)
                         | c.team(child_id, c.reference)))  # fmt: skip
    return out


def _looked_after(c: Council, child_id: str, period: Period) -> dict[str, Any]:
    """List 8 columns 6-32 of one child, derived from the period's episodes and records."""
    last = period.episodes[-1]
    ended = period.end if period.end is not None and period.end <= c.reference else None
    placements = [(first, end) for p in c.care[child_id] for first, end in p.placements()]
    recent = [first for first, end in placements
              if _open_in(first["start_date"], end, c.twelve_months, c.reference)]  # fmt: skip
    latest_placement = period.placements()[-1][0]
    review = _latest(c.reviews.get(child_id, []), "review_date", period.start, c.reference)
    cla_visits = [v for v in c.visits.get(child_id, []) if v["visit_type"] == "CLA"]
    visit = _latest(cla_visits, "visit_date", period.start, ended or c.reference)
    checks = c.checks.get(child_id, [])
    health = _latest([r for r in checks if r["check_type"] == "HEALTH"], "check_date", None,
                     c.reference)  # fmt: skip
    dental = _latest([r for r in checks if r["check_type"] == "DENTAL"], "check_date", None,
                     c.reference)  # fmt: skip
    missing = [m for m in c.missing.get(child_id, [])
               if _between(m["start_date"], c.twelve_months, c.reference)]  # fmt: skip
    outside = last["placed_outside_council"]
    return {
        UASC_8: YES_NO[any(_open_in(u["start_date"] or c.reference, u["end_date"],
                                  c.twelve_months, c.reference)
                         for u in c.uasc.get(child_id, []))],
        DISABLED: c.disabled(child_id),
        "Date Started to be Looked After": period.start,
        "Child's Category of Need": _label(PRIMARY_NEED, "category_of_need",
                                           last["category_of_need"]),
        SECOND_PERIOD: YES_NO[any(p.end is not None and p.end >= c.twelve_months
                                  and p.start < period.start for p in c.care[child_id])],
        "Start date of current legal status": period.legal_status_start(),
        "Child's Legal Status": _label(LEGAL_STATUS, "legal_status", last["legal_status"]),
        "Date of Latest Statutory Review": review["review_date"] if review else None,
        "Date of Last Social Work Visit": visit["visit_date"] if visit else None,
        "What is the permanence plan for this child?": _permanence(c, child_id, period),
        "Date of Last IRO Visit / Contact to the Child": None,
        "Date of Last Health Assessment": health["check_date"] if health else None,
        "Date of Last Dental Check": dental["check_date"] if dental else None,
        "Number of Placements in the Last 12 months": len(recent),
        "Date Ceased to be Looked After": ended,
        "Reason Ceased to be Looked After":
            _label(REASON_CEASED, "reason_episode_ceased", last["reason_ceased"])
            if ended else None,
        "Start Date of Most Recent Placement": latest_placement["start_date"],
        "Placement Type": _label(PLACEMENT_TYPE, "placement_type", last["placement_type"]),
        "Placement Provider": _label(PROVIDER, "placement_provider", last["placement_provider"]),
        "Placement postcode": last["placement_postcode"],
        "URN of Placement": last["urn"],
        "Placement Location": None if outside is None else ("b) Out" if outside else "a) In"),
        "LA of Placement": c.name if outside is False else None,
        MISSING: sum(m["missing_type"] == "M" for m in missing),
        ABSENT: sum(m["missing_type"] == "A" for m in missing),
        RETURN_OFFERED: None,
        RETURN_ACCEPTED: None,
    }  # fmt: skip


def _permanence(c: Council, child_id: str, period: Period) -> str | None:
    """The permanence plan, where the records show it; blank otherwise.

    Adoption while a decision to place for adoption stands, long-term fostering while in a
    long-term foster placement; the model records no care plan to say more.
    """
    for adoption in c.table("adoption"):
        reversed_on = adoption["decision_reversed_date"]
        if (adoption["child_id"] == child_id
                and _between(adoption["decision_date"], period.start, c.reference)
                and (reversed_on is None or reversed_on > c.reference)):  # fmt: skip
            return "b) Adoption"
    if period.episodes[-1]["placement_type"] in LONG_TERM_FOSTERING:
        return "f) Long-term fostering"
    return None


def list_9(c: Council) -> list[ListRow]:
    """Care leavers in touch with the council in the last twelve months (latest contact)."""
    latest: dict[str, Row] = {}
    for r in c.table("care_leaver"):
        if r["contact_date"] is not None and r["contact_date"] <= c.reference:
            best = latest.get(r["child_id"])
            if best is None or r["contact_date"] >= best["contact_date"]:
                latest[r["child_id"]] = r
    out = []
    for child_id in sorted(latest):
        r = latest[child_id]
        if r["contact_date"] < c.twelve_months:
            continue
        suitable = r["accommodation_suitable"]
        out.append(c.row(child_id, {
            UASC_9: YES_NO[bool(c.uasc.get(child_id))],
            DISABLED: c.disabled(child_id),
            "Allocated Team": LEAVING_CARE_TEAM,
            "Allocated Worker": pseudonym("SW", LEAVING_CARE_TEAM, child_id),
            "Allocated Personal Advisor": pseudonym("PA", LEAVING_CARE_TEAM, child_id),
            "Eligibility Category": _label(ELIGIBILITY, "care_leaver_eligibility",
                                           r["eligibility"]),
            "Latest Pathway Plan Review Date": None,
            "LA in Touch": _label(IN_TOUCH, "care_leaver_in_touch", r["in_touch"]),
            "Latest Date of Contact": r["contact_date"],
            "Type of Accommodation": _label(ACCOMMODATION, "care_leaver_accommodation",
                                            r["accommodation"]),
            "Suitability of Accommodation": None if suitable is None or r["accommodation"] in
                NOT_APPLICABLE_CODES else ("a) Suitable" if suitable else "b) Unsuitable"),
            "Activity Status": _label(ACTIVITY, "care_leaver_activity", r["activity"]),
        }, r))  # fmt: skip
    return out


def _adoptions(c: Council) -> list[Row]:
    """Decisions with an adoption or reversal in the last twelve months, or still open."""

    def recent(when: date | None) -> bool:
        return _between(when, c.twelve_months, c.reference)

    def still_open(r: Row) -> bool:
        return all(r[k] is None or r[k] > c.reference
                   for k in ("adopted_date", "decision_reversed_date"))  # fmt: skip

    rows = [r for r in c.table("adoption")
            if r["decision_date"] is not None and r["decision_date"] <= c.reference
            and (recent(r["adopted_date"]) or recent(r["decision_reversed_date"])
                 or still_open(r))]  # fmt: skip
    return sorted(rows, key=lambda r: (r["decision_date"], r["child_id"]))


def family_id(adoption: Row) -> str | None:
    """The adoptive family, once matched: links list 10 to list 11."""
    if adoption["matched_date"] is None:
        return None
    return f"FAM-{adoption['child_id']}-{adoption['decision_date']:%Y%m%d}"


def list_10(c: Council) -> list[ListRow]:
    """Children with a decision that they should be placed for adoption (see ``_adoptions``)."""
    out = []
    for r in _adoptions(c):
        child_id = r["child_id"]
        period = _period_of(c, child_id, r["decision_date"])
        ffa = [e["start_date"] for e in (period.episodes if period else [])
               if e["placement_type"] in FOSTERING_FOR_ADOPTION
               and e["start_date"] <= c.reference]  # fmt: skip
        out.append(c.row(child_id, {
            "Family identifier": family_id(r),
            DISABLED: c.disabled(child_id),
            "Date the Child Entered Care": period.start if period else None,
            DECISION: r["decision_date"],
            "Date of Placement Order": r["placement_order_date"],
            "Date of Matching Child and Prospective Adopters": r["matched_date"],
            "Date Placed for Adoption": r["placed_date"],
            "Date of Adoption Order": r["adopted_date"],
            REVERSED: r["decision_reversed_date"],
            REVERSAL: _label(REVERSAL_REASON, "adoption_reversal_reason",
                             r["decision_reversed_reason"]),
            FFA: min(ffa, default=None),
        }, r))  # fmt: skip
    return out


def _period_of(c: Council, child_id: str, when: date) -> Period | None:
    """The period of care a decision was taken in (else the latest one begun by then)."""
    begun = [p for p in c.care.get(child_id, []) if p.start <= when]
    for period in reversed(begun):
        if period.end is None or period.end >= when:
            return period
    return begun[-1] if begun else None


def list_11(c: Council) -> list[ListRow]:
    """One row per adopter of each matched list 10 adoption, derived from the adoption row."""
    out = []
    for r in _adoptions(c):
        family = family_id(r)
        if family is None:
            continue
        sexes = ADOPTER_SEXES.get(r["adopter_sex"])
        if sexes is None:  # not a DfE code: keep it visible on every adopter
            sexes_each: tuple[Any, ...] = (r["adopter_sex"],) * (r["number_of_adopters"] or 1)
        else:
            sexes_each = tuple(sexes)
        person = c.people.get(r["child_id"])
        stages = adopter_milestones(r["matched_date"])
        for number, sex in enumerate(sexes_each, start=1):
            cells = {
                "Individual adopter identifier": f"{family}-A{number}",
                "Family identifier": family,
                "Gender": _label(GENDER, None, sex),
                "Ethnicity": _label(ETHNICITY, "ethnicity", person["ethnicity"])
                if person else None,
                "Disability": YES_NO[False],
                "Is the (prospective) adopter fostering for adoption?":
                    None if r["foster_carer_adopter"] is None
                    else ("Yes" if r["foster_carer_adopter"] else "No"),
                "Date enquiry received": stages["enquiry"],
                "Date Stage 1 started": stages["stage1_start"],
                "Date Stage 1 ended": stages["stage1_end"],
                "Date Stage 2 started": stages["stage2_start"],
                "Date Stage 2 ended": stages["stage2_end"],
                "Date application submitted": stages["stage2_start"],
                "Date application approved": stages["approved"],
                "Date adopter matched with child(ren)": r["matched_date"],
                "Date child/children placed with adopter(s)": r["placed_date"],
                "No. of children placed": 1 if r["placed_date"] else 0,
                "Date of Adoption Order": r["adopted_date"],
                "Date of leaving adoption process": None,
                "Reason for leaving adoption process": None,
            }  # fmt: skip
            errors = [e for e in (r[ERROR_COLUMN],) if e]
            out.append(ListRow(cells, errors))
    return out


def adopter_milestones(matched: date) -> dict[str, date]:
    """Approval-process dates of an adopter matched on ``matched`` (see ``STAGES``)."""
    out: dict[str, date] = {}
    when = matched
    for name, days in STAGES:
        when = when + timedelta(days=days)
        out[name] = when
    return out


LISTS: dict[int, Callable[[Council], list[ListRow]]] = {
    1: list_1, 2: list_2, 3: list_3, 4: list_4, 5: list_5, 6: list_6, 7: list_7, 8: list_8,
    9: list_9, 10: list_10, 11: list_11,
}  # fmt: skip


# -- the workbook ---------------------------------------------------------------------------------
def write_annex_a(history: CouncilHistory, out_dir: Path, manifest: Manifest) -> Path:
    """Write ``out_dir/annex_a/annex_a.xlsx`` (lists 1-11) and return its path.

    Rows per sheet (``annex_a/annex_a.xlsx#List N``) and the place of every injected error go
    into ``manifest``.
    """
    council = Council(history)
    path = out_dir / RELATIVE
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook = Workbook(write_only=True)
    located: set[str] = set()
    for number, build in LISTS.items():
        rows = build(council)
        sheet = workbook.create_sheet(f"List {number}")
        _write_sheet(sheet, HEADINGS[number], rows)
        manifest.count_rows(f"{RELATIVE}#List {number}", len(rows))
        for row_number, row in enumerate(rows, start=1):
            for error_id in row.errors:
                manifest.locate(error_id, FORMAT, RELATIVE, f"List {number}", row_number)
                located.add(error_id)
    stamp = datetime.combine(history.period_end, datetime.min.time())
    workbook.properties.created = stamp
    workbook.save(path)
    _fix_save_time(path, stamp)
    _record_unwritten(history, located, manifest)
    return path


def _fix_save_time(path: Path, stamp: datetime) -> None:
    """Stamp the workbook with the period end instead of the time it was saved.

    openpyxl writes the save time into docProps/core.xml and into every zip entry, so without
    this the same history would give different bytes on every run.
    """
    with zipfile.ZipFile(path) as source:
        parts = [(info.filename, source.read(info)) for info in source.infolist()]
    modified = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + modified, data)
            target.writestr(zipfile.ZipInfo(name, date_time=stamp.timetuple()[:6]), data,
                            compress_type=zipfile.ZIP_DEFLATED)  # fmt: skip


def _write_sheet(sheet: Any, headings: tuple[str, ...], rows: list[ListRow]) -> None:
    """Headings, then one line per row; dates as Excel dates shown dd/mm/yyyy."""
    sheet.append(list(headings))
    for row in rows:
        if row.cells.keys() != set(headings):  # a misspelt heading would leave a column blank
            wrong = row.cells.keys() ^ set(headings)
            raise KeyError(f"cells and headings differ: {sorted(wrong)}")
        sheet.append([_cell(sheet, row.cells.get(heading)) for heading in headings])


def _cell(sheet: Any, value: object) -> object:
    if isinstance(value, date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    return value


def _record_unwritten(history: CouncilHistory, located: set[str], manifest: Manifest) -> None:
    """Say why every injected error not written to any list is not there."""
    for name in history.tables:
        if name not in TABLES:
            continue
        for row in faulty_records(history, name):
            error_id = row[ERROR_COLUMN]
            if error_id in located:
                continue
            if name in LISTED:
                lists = ", ".join(str(n) for n in LISTED[name])
                reason = (f"this {name} row falls outside the scope or look-back window of"
                          f" Annex A list {lists}")  # fmt: skip
            else:
                reason = (f"Annex A does not carry {name} rows, at most values derived from"
                          " them (a latest date or a count)")  # fmt: skip
            manifest.not_applicable(error_id, FORMAT, reason)
