"""Periods of care: episodes, placements, legal status, reviews, health, missing, leaving care.

A period of care is simulated as a start, an end (or an adoption timeline) and a list of dated
changes of placement or legal status; the 903 episodes are the pieces between changes, with
RNE saying what changed and REC = X1 on every episode that is followed by another.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

import numpy as np

from csc_scorecard.synth.clock import day_number, to_date
from csc_scorecard.synth.context import Part, Simulation
from csc_scorecard.synth.people import Child

# K3 (supported accommodation) replaces H5 from 2024-25 (placements open on 1 April 2024 are
# recoded with a new episode). The 2024-25 DfE validator wrongly rejects K3 (its list has "k3").
K3_FROM = day_number(date(2024, 4, 1))
RESIDENTIAL = {"K1", "K2", "R1", "R2", "R5", "S1"}
REC_AT_18 = (("E17", 0.25), ("E5", 0.45), ("E6", 0.12), ("E8", 0.13), ("E7", 0.05))
REC_BEFORE_18 = (
    ("E4A", 0.40), ("E4B", 0.04), ("E45", 0.10), ("E46", 0.04), ("E47", 0.03), ("E48", 0.02),
    ("E41", 0.06), ("E13", 0.05), ("E3", 0.04), ("E8", 0.12), ("E9", 0.02), ("E14", 0.03),
    ("E16", 0.01), ("E2", 0.004), ("E15", 0.006),
)  # fmt: skip
CLOSURE_REASON_FOR_REC = {
    "E11": "RC1", "E12": "RC1", "E2": "RC2", "E41": "RC3", "E45": "RC4", "E46": "RC4",
    "E47": "RC4", "E48": "RC4", "E3": "RC5", "E7": "RC6",
}  # fmt: skip
PROVIDER = {
    "U1": "PR1", "U2": "PR1", "U3": "PR1", "P1": "PR0", "A3": "PR1", "A4": "PR2", "A5": "PR1",
    "A6": "PR2", "K1": "PR1", "K2": "PR4", "K3": "PR4", "H5": "PR4", "R1": "PR4", "R3": "PR4",
    "S1": "PR5", "R2": "PR3", "R5": "PR3",
}  # fmt: skip
NEED_IN_CARE = (("N1", 0.65), ("N4", 0.1), ("N5", 0.12), ("N2", 0.05), ("N3", 0.04),
                ("N6", 0.02), ("N8", 0.02))  # fmt: skip
EET = (("F2", 0.4), ("F5", 0.25), ("P5", 0.1), ("F1", 0.12), ("F4", 0.13))
NEET = (("G5", 0.6), ("G4", 0.25), ("G6", 0.15))
SUITABLE_HOMES = (("Z", 0.12), ("U", 0.3), ("D", 0.25), ("B", 0.15), ("E", 0.1), ("T", 0.08))
UNSUITABLE_HOMES = (("W", 0.3), ("S", 0.2), ("V", 0.3), ("X", 0.2))
NO_URN = {"P1", "P3", "R1", "R2", "R5"}  # placements without an Ofsted URN
PLACE_CHANGE_REASONS = (
    ("CARPL", 0.40), ("CREQB", 0.15), ("CREQO", 0.10), ("CHILD", 0.07), ("LAREQ", 0.08),
    ("STAND", 0.04), ("CLOSE", 0.04), ("ALLEG", 0.03), ("OTHER", 0.09),
)  # fmt: skip
PARTICIPATION = (("PN1", 0.45), ("PN2", 0.10), ("PN3", 0.05), ("PN4", 0.05), ("PN5", 0.15),
                 ("PN6", 0.10), ("PN7", 0.10))  # fmt: skip


@lru_cache(maxsize=512)
def _cumulative(weighted: tuple[tuple[str, float], ...]) -> tuple[tuple[str, ...], list[float]]:
    total = sum(w for _, w in weighted)
    running, bounds = 0.0, []
    for _, weight in weighted:
        running += weight / total
        bounds.append(running)
    return tuple(c for c, _ in weighted), bounds


def pick(rng: np.random.Generator, weighted: tuple[tuple[str, float], ...]) -> str:
    """A code drawn from (code, weight) pairs (weights need not add up to one)."""
    codes, bounds = _cumulative(weighted)
    return codes[min(bisect.bisect_right(bounds, rng.random()), len(codes) - 1)]


@dataclass
class Change:
    """A dated change within a period of care."""

    day: int
    placement: str | None = None
    legal_status: str | None = None
    same_carer: bool = False


def _reason_new_episode(index: int, new_place: bool, new_legal: bool, same_carer: bool) -> str:
    """RNE: S at the start of a period, else what changed.

    B/U: legal status and placement changed on the same day (U: same carers); P/T: placement
    only (T: same carers); L: legal status only.
    """
    if index == 0:
        return "S"
    if new_place and new_legal:
        return "U" if same_carer else "B"
    if new_place:
        return "T" if same_carer else "P"
    return "L"


def _not_31_march(day: int) -> int:
    """The day, or 1 April when it is 31 March.

    A period ending on 31 March is read both as in care at 31 March (rule 191) and as ceased
    (rule 187) by the DfE validator; the simulator steps round the ambiguity. An adoption moves
    with the period it ends, so the AD1 return and the episode's end fall in the same year.
    """
    return day + 1 if to_date(day).strftime("%m-%d") == "03-31" else day


def _adopters(rng: np.random.Generator, couple: bool) -> dict[str, str]:
    """Sex and legal status of the adopters (L12, civil partners, only for same-sex couples)."""
    if not couple:
        return {"adopter_sex": pick(rng, (("F1", 0.8), ("M1", 0.2))), "adopter_legal_status": "L0"}
    sex = pick(rng, (("MF", 0.85), ("FF", 0.08), ("MM", 0.07)))
    # L11/L3: married/unmarried opposite-sex couple; L12/L4: married/unmarried same-sex couple;
    # L2: civil partners.
    if sex == "MF":
        status = pick(rng, (("L11", 0.75), ("L2", 0.1), ("L3", 0.15)))
    else:
        status = pick(rng, (("L12", 0.5), ("L2", 0.3), ("L4", 0.2)))
    return {"adopter_sex": sex, "adopter_legal_status": status}


class Care(Part):
    """Simulates periods of care and everything recorded about a looked-after child."""

    def __init__(
        self, sim: Simulation, home_postcodes: tuple[str, ...], away_postcodes: tuple[str, ...]
    ) -> None:
        super().__init__(sim)
        self.home_postcodes = home_postcodes
        self.away_postcodes = away_postcodes
        self._has_previous_permanence: set[str] = set()
        self._leaver_records: dict[str, list[dict[str, Any]]] = {}

    # -- the period ---------------------------------------------------------------------
    def start_period(self, day: int, child: Child, route: str) -> tuple[int, str]:
        """Simulate a period of care from ``day``; returns its last day and the CIN closure code."""
        rng = self.rng
        eighteenth = self.people.birthday(child, 18)
        if eighteenth - day < 30:
            return day, "RC7"  # too close to adulthood: supported as a child in need instead
        age = self.people.age_on(child, day)
        adoption = route != "uasc" and age < 5 and rng.random() < self.p.adoption_path_share_under5
        legal = "C1" if adoption else self._first_legal_status(route)
        changes = [Change(day, self._placement(child, day, None), legal)]
        self._forget_premature_care_leaver_records(child, day)
        end, rec = self._period_end(day, eighteenth)
        if adoption:
            end, rec = self._adoption(child, day, changes)
        else:
            self._legal_changes(day, end, legal, changes)
        if end != eighteenth:
            end = _not_31_march(end)
        self._placement_moves(child, day, end, changes)
        self._recode_supported_accommodation(changes, day, end)
        self._write_episodes(child, changes, end, rec)
        self._reviews(child, day, end)
        self._health(child, day, end)
        self.visits(child.child_id, "CLA", day, end, 28, 42)
        self._missing(child, day, end, sorted(c.day for c in changes if c.placement))
        if route == "uasc":
            self.records.add("uasc_status", child_id=child.child_id, start_date=day,
                             end_date=eighteenth)  # fmt: skip
        self._previous_permanence(child, day)
        self._care_leaver(child, day, end, rec)
        child.in_care_until = end
        if rec == "E2":
            child.died, child.busy_until = end, 10**9  # no further referrals
        return end, CLOSURE_REASON_FOR_REC.get(rec, "RC7")

    def _forget_premature_care_leaver_records(self, child: Child, day: int) -> None:
        """A child back in care is not a care leaver: drop records made after they left before."""
        for row in self._leaver_records.pop(child.child_id, []):
            if row["contact_date"] >= day:
                self.records.discard(row)

    def _first_legal_status(self, route: str) -> str:
        if route == "uasc":
            return "V2"
        if route == "cp":
            return pick(self.rng, (("C1", 0.8), ("L2", 0.08), ("V2", 0.12)))
        share20 = self.p.section20_start_share
        return pick(self.rng, (("V2", share20), ("C1", 0.9 - share20), ("L1", 0.1)))

    def _period_end(self, day: int, eighteenth: int) -> tuple[int, str]:
        length = int(np.exp(self.rng.normal(np.log(self.p.care_median_days), 1.05)))
        end = day + max(length, 3)
        if end >= eighteenth:
            return eighteenth, pick(self.rng, REC_AT_18)  # care ends on the 18th birthday
        return end, pick(self.rng, REC_BEFORE_18)

    def _legal_changes(self, day: int, end: int, legal: str, changes: list[Change]) -> None:
        rng = self.rng
        if legal in {"L1", "L2"}:
            # Police protection lasts at most 72 hours; an emergency protection order 8 days.
            nxt = day + int(rng.integers(1, 3) if legal == "L1" else rng.integers(2, 8))
            if nxt < end:
                legal = "C1" if rng.random() < 0.6 else "V2"
                changes.append(Change(nxt, legal_status=legal))
                day = nxt
        if legal == "V2" and rng.random() < 0.3:
            nxt = day + int(rng.integers(60, 240))
            if nxt < end:
                changes.append(Change(nxt, legal_status="C1"))
                legal, day = "C1", nxt
        if legal == "C1":
            nxt = day + int(rng.integers(150, 330))
            if nxt < end:
                changes.append(Change(nxt, legal_status="C2"))

    def _adoption(self, child: Child, day: int, changes: list[Change]) -> tuple[int, str]:
        """Decision, placement order, match, placement and order; 1 in 10 decisions reversed."""
        rng = self.rng
        decision = day + int(rng.integers(120, 300))
        order = max(decision + 20, day + int(rng.integers(280, 480)))
        changes.append(Change(order, legal_status="E1"))
        row = self.records.add(
            "adoption", child_id=child.child_id, decision_date=decision,
            placement_order_date=order, matched_date=None, placed_date=None, adopted_date=None,
            foster_carer_adopter=None, number_of_adopters=None, adopter_sex=None,
            adopter_legal_status=None, decision_reversed_date=None, decision_reversed_reason=None,
        )  # fmt: skip
        if rng.random() < 0.1:
            row["decision_reversed_date"] = order + int(rng.integers(60, 200))
            row["decision_reversed_reason"] = pick(
                rng, (("RD1", 0.3), ("RD2", 0.1), ("RD3", 0.4), ("RD4", 0.2))
            )
            # The placement order is revoked: the child stays under a full care order.
            changes.append(Change(row["decision_reversed_date"], legal_status="C2"))
            return self._period_end(row["decision_reversed_date"], self.people.birthday(child, 18))
        matched = order + int(rng.integers(30, 250))
        placed = matched + int(rng.integers(7, 45))
        adopted = _not_31_march(placed + int(rng.integers(120, 330)))
        by_carer = bool(rng.random() < 0.12)
        changes.append(Change(placed, placement="A5" if by_carer else "A6", same_carer=by_carer))
        two = bool(rng.random() < 0.8)
        row.update(
            matched_date=matched, placed_date=placed, adopted_date=adopted,
            foster_carer_adopter=by_carer, number_of_adopters=2 if two else 1,
            **_adopters(rng, two),
        )  # fmt: skip
        return adopted, "E11" if rng.random() < 0.7 else "E12"

    def _placement_moves(self, child: Child, day: int, end: int, changes: list[Change]) -> None:
        rng = self.rng
        t = float(day)
        fixed = {c.day for c in changes if c.placement and c.day != day}
        last_fixed = max(fixed) if fixed else None
        while True:
            t += rng.exponential(365.0 / self.p.placement_moves_per_year)
            move = int(t)
            if move >= end or (last_fixed is not None and move >= last_fixed - 30):
                return
            previous = self._current_placement(changes, move)
            changes.append(Change(move, placement=self._placement(child, move, previous)))

    def _recode_supported_accommodation(self, changes: list[Change], start: int, end: int
                                        ) -> None:  # fmt: skip
        """H5 ended with 2023-24: a child still in H5 on 1 April 2024 moves to K3, same carer.

        The 903 records this as a new episode (RNE T) whose predecessor ended for reason PLACE
        (change in the status of the placement only).
        """
        in_h5 = start < K3_FROM < end and self._current_placement(changes, K3_FROM - 1) == "H5"
        if in_h5 and not any(c.day == K3_FROM and c.placement for c in changes):
            changes.append(Change(K3_FROM, placement="K3", same_carer=True))

    @staticmethod
    def _current_placement(changes: list[Change], day: int) -> str:
        current = ""
        for change in sorted(changes, key=lambda c: c.day):
            if change.day > day:
                break
            if change.placement:
                current = change.placement
        return current

    def _placement(self, child: Child, day: int, previous: str | None) -> str:
        """Placement type by age; teenagers who move often drift towards residential care."""
        rng = self.rng
        age = self.people.age_on(child, day)
        supported = "K3" if day >= K3_FROM else "H5"
        table: tuple[tuple[str, float], ...]
        if age < 1:
            table = (("U6", 0.7), ("U3", 0.2), ("R3", 0.06), ("P1", 0.04))
        elif age < 10:
            table = (("U6", 0.58), ("U3", 0.18), ("U4", 0.1), ("U1", 0.04), ("P1", 0.05),
                     ("K2", 0.05))  # fmt: skip
        elif age < 16:
            residential = 0.22 if previous else 0.12
            table = (("U6", 0.42), ("U4", 0.12), ("U3", 0.1), ("U1", 0.03), ("P1", 0.04),
                     ("K2", residential), ("S1", 0.02), ("K1", 0.01), ("R1", 0.02))  # fmt: skip
        else:
            table = (("U6", 0.36), (supported, 0.28), ("K2", 0.14), ("U3", 0.08), ("U4", 0.06),
                     ("P1", 0.03), ("R1", 0.03))  # fmt: skip
        choice = pick(rng, table)
        if choice == previous:
            choice = pick(rng, table)
        return choice

    def _write_episodes(self, child: Child, changes: list[Change], end: int, rec: str) -> None:
        """Merge same-day changes and write one 903 episode per stretch between changes."""
        rng = self.rng
        by_day: dict[int, Change] = {}
        for change in sorted(changes, key=lambda c: c.day):
            merged = by_day.setdefault(change.day, Change(change.day))
            merged.placement = change.placement or merged.placement
            merged.legal_status = change.legal_status or merged.legal_status
            merged.same_carer = change.same_carer or merged.same_carer
        ordered = [by_day[d] for d in sorted(by_day) if d < end or d == changes[0].day]
        home = str(rng.choice(self.home_postcodes))
        need = self._category_of_need(changes[0].legal_status)
        placement, legal = "", ""
        rows: list[dict[str, object]] = []
        where: dict[str, object] = {}
        for i, change in enumerate(ordered):
            new_place = change.placement is not None and change.placement != placement
            new_legal = change.legal_status is not None and change.legal_status != legal
            if i and not (new_place or new_legal):
                continue
            legal = change.legal_status or legal
            if new_place:
                placement = change.placement or placement
                if placement == "P1" and legal not in {"C1", "C2"}:
                    placement = "U6"  # placement with parents needs a care order
                where = self._where(placement, home)
            rows.append(
                dict(
                    child_id=child.child_id,
                    start_date=change.day,
                    reason_new_episode=_reason_new_episode(
                        i, new_place, new_legal, change.same_carer
                    ),
                    legal_status=legal,
                    category_of_need=need,  # stays as recorded at the start of the period
                    placement_type=placement,
                    end_date=None,
                    reason_ceased=None,
                    reason_place_change=None,
                    home_postcode=home,
                    **where,
                )
            )
        if rec in {"E45", "E46"} and not str(rows[-1]["placement_type"]).startswith("U"):
            rec = "E47" if rec == "E45" else "E48"  # SGO to former foster carers needs fostering
        for row, following in zip(rows, [*rows[1:], None], strict=True):
            if following is None:
                row["end_date"], row["reason_ceased"] = end, rec
            else:
                row["end_date"], row["reason_ceased"] = following["start_date"], "X1"
                if following["reason_new_episode"] in {"P", "B"}:
                    row["reason_place_change"] = pick(rng, PLACE_CHANGE_REASONS)
                elif following["reason_new_episode"] in {"T", "U"}:
                    row["reason_place_change"] = "PLACE"  # same carers, new kind of placement
            self.records.add("looked_after_episode", **row)

    def _category_of_need(self, first_legal_status: str | None) -> str:
        if first_legal_status == "V2" and self.rng.random() < 0.3:
            return "N8"
        return pick(self.rng, NEED_IN_CARE)

    def _where(self, placement: str, home: str) -> dict[str, object]:
        """Provider, postcode, URN and whether the placement is outside the council's area."""
        rng = self.rng
        provider = PROVIDER.get(placement, "PR1")
        if placement == "P1":
            return dict(
                placement_provider=provider,
                placement_postcode=home,
                urn=None,
                placed_outside_council=False,
            )
        away_share = 0.65 if placement in RESIDENTIAL else 0.3
        outside = placement not in {"K3", "H5"} and bool(rng.random() < away_share)
        if outside and provider == "PR1":
            provider = "PR4" if placement.startswith("U") else "PR2"  # own provision is local
        local = [p for p in self.home_postcodes if p != home]
        postcode = str(rng.choice(self.away_postcodes if outside else local))
        urn = None if placement in NO_URN else f"SC{int(rng.integers(100000, 999999))}"
        return dict(
            placement_provider=provider,
            placement_postcode=postcode,
            urn=urn,
            placed_outside_council=outside,
        )

    # -- statutory tasks ----------------------------------------------------------------
    def _reviews(self, child: Child, start: int, end: int) -> None:
        rng, timely = self.rng, self.p.cla_review_timely
        if end - start < 20:
            return
        day = self.cal.add(start, int(rng.integers(10, 21) if rng.random() < timely
                                      else rng.integers(21, 35)))  # fmt: skip
        gap_first = True
        while day <= end:
            age = self.people.age_on(child, day)
            code = "PN0" if age < 4 else pick(rng, PARTICIPATION)
            self.records.add("cla_review", child_id=child.child_id, review_date=day,
                             participation=code)  # fmt: skip
            ok = rng.random() < timely
            if gap_first:
                gap = int(rng.integers(60, 92) if ok else rng.integers(93, 125))
                gap_first = False
            else:
                gap = int(rng.integers(140, 183) if ok else rng.integers(184, 240))
            day += gap

    def _health(self, child: Child, start: int, end: int) -> None:
        rng = self.rng
        for kind, timely in (("HEALTH", self.p.health_check_timely),
                             ("DENTAL", self.p.dental_check_timely)):  # fmt: skip
            day = start + int(rng.integers(10, 40))
            while day <= end:
                if kind == "HEALTH" or self.people.age_on(child, day) >= 1:
                    self.records.add("health_check", child_id=child.child_id, check_type=kind,
                                     check_date=day)  # fmt: skip
                under5 = kind == "HEALTH" and self.people.age_on(child, day) < 5
                usual = (150, 182) if under5 else (300, 364)
                late = (190, 260) if under5 else (370, 520)
                low, high = usual if rng.random() < timely else late
                day += int(rng.integers(low, high))

    def visits(self, child_id: str, kind: str, start: int, end: int, low: int, high: int) -> None:
        """Statutory visits every ``low``-``high`` days, occasionally late."""
        rng = self.rng
        day = start + int(rng.integers(1, low))
        while day <= end:
            self.records.add("visit", visit_id=self.records.next_id("VIS"), child_id=child_id,
                             visit_type=kind, visit_date=self.cal.next_working(day),
                             child_seen=bool(rng.random() < 0.95),
                             child_seen_alone=bool(rng.random() < 0.7))  # fmt: skip
            ok = rng.random() < self.p.visit_timely
            day += int(rng.integers(low, high) if ok else rng.integers(high, 2 * high))

    def _missing(self, child: Child, start: int, end: int, moves: list[int]) -> None:
        """Missing or away episodes of children 11 and over, a few of them repeatedly.

        A child is back before their placement changes (the 903 wants an episode that spans a
        placement's end to have ended) and before care ends (missing on that day would need the
        care to end for reason E8, rule 580).
        """
        rng = self.rng
        age = self.people.age_on(child, start)
        if age < 11:
            return
        rate = 1.2 if rng.random() < 0.15 else 0.12  # a few children go missing repeatedly
        t = float(start)
        while True:
            t += rng.exponential(365.0 / rate)
            day = int(t)
            if day >= end:
                return
            next_move = min((m for m in moves if m > day), default=end)
            back = min(day + int(rng.integers(0, 4)), next_move, end - 1)
            self.records.add("missing_episode", child_id=child.child_id,
                             missing_type="M" if rng.random() < 0.7 else "A",
                             start_date=day, end_date=back)  # fmt: skip
            t = float(back + 1)

    def _previous_permanence(self, child: Child, care_start: int) -> None:
        """One previous-permanence record per child, made at their first period of care.

        A previous order (special guardianship, child arrangements) is dated between birth and
        the month before care started, written as the 903 wants it (DD/MM/YYYY).
        """
        if child.child_id in self._has_previous_permanence:
            return
        self._has_previous_permanence.add(child.child_id)
        option = pick(self.rng, (("Z1", 0.9), ("P2", 0.05), ("P3", 0.05)))
        council, order_date = None, None
        if option in {"P2", "P3"} and care_start - child.birth > 120:
            order_day = int(self.rng.integers(child.birth + 30, care_start - 30))
            council, order_date = self.people.la_code, to_date(order_day).strftime("%d/%m/%Y")
        elif option in {"P2", "P3"}:
            option = "Z1"
        self.records.add(
            "previous_permanence",
            child_id=child.child_id,
            option=option,
            local_authority=council,
            order_date=order_date,
        )

    def _leaving_care_status(self, age: int) -> dict[str, object]:
        """In touch, activity and accommodation of a care leaver at an OC3 birthday."""
        rng = self.rng
        in_touch = pick(rng, (("YES", self.p.care_leaver_in_touch), ("NO", 0.04),
                              ("REFU", 0.02), ("NREQ", 0.02), ("RHOM", 0.01)))  # fmt: skip
        row: dict[str, object] = {
            "in_touch": in_touch,
            "eligibility": "RELEVANT" if age < 18 else "FORMER_RELEVANT",
        }
        if in_touch in {"RHOM", "DIED"}:
            return {**row, "activity": "0", "accommodation": "0", "accommodation_suitable": None}
        eet = rng.random() < self.p.care_leaver_eet + (0.08 if age < 19 else 0.0)
        row["activity"] = pick(rng, EET if eet else NEET)
        suitable = bool(rng.random() < self.p.care_leaver_suitable)
        # Staying with former foster carers (Z) is only possible from 18 ("staying put").
        homes = SUITABLE_HOMES if age >= 18 else SUITABLE_HOMES[1:]
        row["accommodation"] = pick(rng, homes if suitable else UNSUITABLE_HOMES)
        row["accommodation_suitable"] = suitable
        return row

    def _care_leaver(self, child: Child, start: int, end: int, rec: str) -> None:
        """OC3-style contact records at birthdays 17-21 for qualifying care leavers."""
        rng = self.rng
        fourteenth = self.people.birthday(child, 14)
        sixteenth = self.people.birthday(child, 16)
        not_leavers = {"E2", "E11", "E12", "E3"}  # died, adopted, care taken over by another LA
        if end < sixteenth or end - max(start, fourteenth) < 91 or rec in not_leavers:
            return
        for age in range(17, 22):
            birthday = self.people.birthday(child, age)
            if birthday <= end:
                continue  # looked after on this birthday: not yet a care leaver at this age
            contact = max(end + 1, birthday - int(rng.integers(0, 60)))
            row = self._leaving_care_status(age)
            row.update(child_id=child.child_id, contact_date=contact)
            self._leaver_records.setdefault(child.child_id, []).append(
                self.records.add("care_leaver", **row)
            )
