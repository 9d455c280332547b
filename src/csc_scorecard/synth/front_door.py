"""Contacts, referrals, assessments, section 47 enquiries, plans and early help.

Each referral is followed through its whole pathway at once (assessment, outcome, S47, ICPC,
CP plan with reviews and visits, CIN plan, care, closure), because the pathway decides when the
child in need episode closes, and the next referral for the same child must come after that.
"""

from __future__ import annotations

import numpy as np

from csc_scorecard.synth.care import Care, pick
from csc_scorecard.synth.context import Part, Simulation
from csc_scorecard.synth.people import Child

REFERRAL_SOURCES = (
    ("6", 0.29), ("2A", 0.19), ("3A", 0.03), ("3B", 0.03), ("3C", 0.01), ("3D", 0.02),
    ("3E", 0.04), ("3F", 0.02), ("5A", 0.04), ("5B", 0.03), ("5C", 0.02), ("5D", 0.03),
    ("1A", 0.05), ("1B", 0.01), ("1C", 0.02), ("1D", 0.01), ("4", 0.02), ("7", 0.03),
    ("8", 0.04), ("9", 0.01), ("10", 0.02), ("2B", 0.03),
)  # fmt: skip
PRIMARY_NEED = (("N1", 0.56), ("N2", 0.08), ("N3", 0.03), ("N4", 0.09), ("N5", 0.14),
                ("N6", 0.02), ("N7", 0.005), ("N8", 0.045), ("N0", 0.02))  # fmt: skip
FACTORS = ("1B", "2B", "3A", "3B", "4B", "4A", "5B", "6B", "10A", "11A", "14A", "15A", "16A",
           "17A", "18C", "19C", "24A", "20")  # fmt: skip
TEAMS = ("North", "South", "East", "West")
CP_CATEGORIES = (("NEG", 0.52), ("EMO", 0.37), ("PHY", 0.06), ("SAB", 0.03), ("MUL", 0.02))
EH_ORGANISATIONS = ("Family Hub North", "Family Hub South", "School", "Health visiting")


class FrontDoor(Part):
    """Simulates what follows a contact or a referral."""

    def __init__(
        self, sim: Simulation, care: Care, assessment_delay_from: int, assessment_delay: float
    ) -> None:
        super().__init__(sim)
        self.care = care
        self.assessment_delay_from = assessment_delay_from
        self.assessment_delay = assessment_delay

    # -- contacts and early help ------------------------------------------------------
    def contact(self, day: int, child: Child, outcome: str, source: str | None = None) -> str:
        """A contact at the front door; returns its source."""
        row = self.records.add(
            "contact", contact_id=self.records.next_id("CON"), child_id=child.child_id,
            contact_date=day, contact_source=source or pick(self.rng, REFERRAL_SOURCES),
            outcome=outcome,
        )  # fmt: skip
        return str(row["contact_source"])

    def early_help(self, start: int, child: Child, reason: str) -> tuple[int, int]:
        """An early help episode; returns its start and end days."""
        rng = self.rng
        end = start + int(np.clip(rng.exponential(170), 14, 720))
        self.records.add(
            "early_help_episode", episode_id=self.records.next_id("EH"), child_id=child.child_id,
            start_date=start, end_date=end, reason=reason,
            end_reason=pick(rng, (("Needs met", 0.6), ("Disengaged", 0.15), ("Moved", 0.05),
                                  ("Stepped up", 0.05), ("Other", 0.15))),
            organisation=str(rng.choice(EH_ORGANISATIONS)),
        )  # fmt: skip
        return start, end

    # -- referrals --------------------------------------------------------------------
    def referral(self, day: int, child: Child, source: str | None = None) -> None:
        """A referral and its whole pathway to closure; marks the child busy until closure."""
        rng = self.rng
        source = source or pick(rng, REFERRAL_SOURCES)
        self.contact(day, child, "REF", source)
        child.last_referral = day
        ref = self.records.add(
            "cin_episode", referral_id=self.records.next_id("REF"), child_id=child.child_id,
            referral_date=day, referral_source=source, primary_need=pick(rng, PRIMARY_NEED),
            referral_nfa=False, closure_date=None, closure_reason=None,
            team=str(rng.choice(TEAMS)),
        )  # fmt: skip
        if rng.random() < self.p.referral_nfa_share:
            ref.update(referral_nfa=True, primary_need="N9", closure_reason="RC7",
                       closure_date=self.cal.add(day, int(rng.integers(0, 3))))  # fmt: skip
            child.busy_until = ref["closure_date"]
            return
        closure, reason = self._assess(day, child, ref["referral_id"])
        ref.update(closure_date=closure, closure_reason=reason)
        child.busy_until = closure

    def uasc_arrival(self, day: int, child: Child) -> None:
        """An unaccompanied asylum-seeking child: referred, assessed and looked after at once."""
        self.contact(day, child, "REF", "7")
        child.last_referral = day
        ref = self.records.add(
            "cin_episode", referral_id=self.records.next_id("REF"), child_id=child.child_id,
            referral_date=day, referral_source="7", primary_need="N8", referral_nfa=False,
            closure_date=None, closure_reason=None, team=str(self.rng.choice(TEAMS)),
        )  # fmt: skip
        authorised = self._assessment(ref["referral_id"], child, day, day, further_action=True)
        end, reason = self.care.start_period(day, child, "uasc")
        closure = max(end, authorised)  # no activity after closure: the assessment ends first
        ref.update(closure_date=closure, closure_reason=reason)
        child.busy_until = max(closure, child.busy_until)

    def _assessment(
        self, referral_id: str, child: Child, referral_day: int, start: int, further_action: bool
    ) -> int:
        rng = self.rng
        mean = self.p.assessment_mean_working_days
        if start >= self.assessment_delay_from:
            mean *= self.assessment_delay
        length = max(1, round(rng.gamma(3.0, mean / 3.0)))
        authorised = self.cal.add(start, length)
        assessment_id = self.records.next_id("ASS")
        self.records.add(
            "assessment", assessment_id=assessment_id, referral_id=referral_id,
            child_id=child.child_id, start_date=start, authorisation_date=authorised,
            child_seen=bool(rng.random() < 0.96), further_action=further_action,
        )  # fmt: skip
        factors = (
            rng.choice(FACTORS, size=int(rng.integers(1, 4)), replace=False)
            if further_action
            else (["21"] if rng.random() < 0.5 else rng.choice(FACTORS, size=1))
        )
        for factor in factors:
            self.records.add("assessment_factor", assessment_id=assessment_id, factor=str(factor))
        return authorised

    def _assess(self, day: int, child: Child, referral_id: str) -> tuple[int, str]:
        """Assessment and what follows it; returns the episode's closure day and reason."""
        rng, p = self.rng, self.p
        start = self.cal.add(day, int(rng.choice([0, 1, 1, 2, 2, 3, 5])))
        outcome = pick(rng, (("nfa", p.outcome_nfa), ("step_down", p.outcome_step_down),
                             ("s47", p.outcome_s47), ("care", p.outcome_care),
                             ("cin_plan", 1 - p.outcome_nfa - p.outcome_step_down
                              - p.outcome_s47 - p.outcome_care)))  # fmt: skip
        authorised = self._assessment(
            referral_id, child, day, start, outcome not in {"nfa", "step_down"}
        )
        if outcome == "nfa":
            return authorised, "RC8"
        if outcome == "step_down":
            self.early_help(authorised + int(rng.integers(1, 10)), child, "Step down")
            return authorised, "RC9"
        if outcome == "care":
            end, reason = self.care.start_period(authorised, child, "assessment")
            return end, reason
        if outcome == "cin_plan":
            return self._cin_plan(authorised + int(rng.integers(0, 6)), child, referral_id), "RC7"
        return self._s47(start, authorised, child, referral_id)

    def _s47(self, assessment_start: int, authorised: int, child: Child, referral_id: str
             ) -> tuple[int, str]:  # fmt: skip
        rng, p = self.rng, self.p
        start = self.cal.add(assessment_start, int(rng.integers(0, 5)))
        target = self.cal.add(start, 15)
        row = self.records.add(
            "s47_enquiry", s47_id=self.records.next_id("S47"), referral_id=referral_id,
            child_id=child.child_id, start_date=start, end_date=None, icpc_not_required=True,
            icpc_target_date=None, icpc_date=None, icpc_outcome_cp_plan=None,
        )  # fmt: skip
        if rng.random() >= p.s47_to_icpc:
            row["end_date"] = self.cal.add(start, int(rng.integers(5, 16)))
            after = max(authorised, row["end_date"])
            if rng.random() < 0.5:
                return self._cin_plan(after + 1, child, referral_id), "RC7"
            return after, "RC7"  # RC8/RC9 are for closure straight after assessment, no S47
        timely = rng.random() < p.icpc_timely
        icpc = self.cal.add(start, int(rng.integers(6, 16) if timely else rng.integers(16, 31)))
        plan = bool(rng.random() < p.icpc_to_plan)
        row.update(end_date=icpc, icpc_not_required=False, icpc_target_date=target,
                   icpc_date=icpc, icpc_outcome_cp_plan=plan)  # fmt: skip
        if not plan:
            return max(authorised, self._cin_plan(icpc + 1, child, referral_id)), "RC7"
        return self._cp_plan(icpc, authorised, child, referral_id)

    def _cp_plan(self, start: int, authorised: int, child: Child, referral_id: str
                 ) -> tuple[int, str]:  # fmt: skip
        rng, p = self.rng, self.p
        if rng.random() < p.cp_plan_long_share:
            wanted = int(rng.integers(735, 1000))
        else:
            wanted = int(np.clip(rng.exponential(p.cp_plan_mean_days), 40, 700))
        plan_id = self.records.next_id("CPP")
        category = pick(rng, CP_CATEGORIES)
        plan = self.records.add(
            "cp_plan", cp_plan_id=plan_id, referral_id=referral_id, child_id=child.child_id,
            start_date=start, end_date=None, initial_category=category,
            latest_category=category if rng.random() < 0.9 else pick(rng, CP_CATEGORIES),
            number_of_previous_plans=child.cp_plans,
        )  # fmt: skip
        child.cp_plans += 1
        last_day = self.people.birthday(child, 18) - 1
        end = self._cp_reviews(plan_id, child, start, min(start + wanted, last_day), last_day)
        plan["end_date"] = end
        self.care.visits(child.child_id, "CP", start, end, 7, 14)
        closure = max(end, authorised)
        roll = rng.random()
        if roll < p.cp_to_care:
            care_end, reason = self.care.start_period(end, child, "cp")
            return max(care_end, authorised), reason
        if roll < p.cp_to_care + p.cp_to_cin_plan:
            return max(self._cin_plan(end + 1, child, referral_id), authorised), "RC7"
        return closure, "RC7"

    def _cp_reviews(
        self, plan_id: str, child: Child, start: int, wanted_end: int, last_day: int
    ) -> int:
        """Review conferences; return the day the plan ends.

        A plan ends at the first review on or after ``wanted_end``, or on ``last_day`` (the day
        before the 18th birthday) if no review comes first.
        """
        rng, timely = self.rng, self.p.cp_review_timely
        day = start + int(rng.integers(50, 90) if rng.random() < timely else rng.integers(93, 120))
        while True:
            day = self.cal.next_working(day)
            if day > last_day:
                return max(last_day, start + 1)
            self.records.add("cp_review", cp_review_id=self.records.next_id("CPR"),
                             cp_plan_id=plan_id, child_id=child.child_id,
                             review_date=day)  # fmt: skip
            if day >= wanted_end:
                return day
            ok = rng.random() < timely
            day += int(rng.integers(120, 182) if ok else rng.integers(184, 230))

    def _cin_plan(self, start: int, child: Child, referral_id: str) -> int:
        length = int(np.clip(self.rng.exponential(self.p.cin_plan_mean_days), 30, 1400))
        end = max(start + 1, min(start + length, self.people.birthday(child, 18) - 1))
        self.records.add("cin_plan", cin_plan_id=self.records.next_id("CINP"),
                         referral_id=referral_id, child_id=child.child_id, start_date=start,
                         end_date=end)  # fmt: skip
        self.care.visits(child.child_id, "CIN", start, end, 20, 30)
        return end
