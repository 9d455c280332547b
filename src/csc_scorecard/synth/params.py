"""Calibration of the synthetic council, with the England figure each number is aimed at.

Rates are per child and per year unless stated. The simulator turns these into events; the
tests then measure the written files (not these numbers) against the England targets in
INDICATORS.md: CIN ~330 per 10,000, CLA ~67 per 10,000, re-referrals ~22%, CP plans ~40 per
10,000, UASC ~8% of CLA, residential ~15% of CLA.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from csc_scorecard.synth.clock import months_before


@dataclass(frozen=True)
class Shift:
    """A real, dated change in the service, declared so the analysis has something to find."""

    name: str
    months_before_end: int
    factor: float
    description: str


@dataclass(frozen=True)
class Calibration:
    """Every tunable rate of the simulation in one place."""

    # Front door. England 2024-25: 632,830 referrals / 12.2m children = ~520 per 10,000.
    referrals_per_10k: float = 520.0
    contacts_per_referral: float = 3.2
    contact_to_early_help: float = 0.12
    re_referral_share: float = 0.22
    referral_nfa_share: float = 0.06
    # Assessment: ~85% completed within 45 working days in England; mean ~25 working days.
    assessment_mean_working_days: float = 24.0
    assessment_late_share: float = 0.12
    # Outcome shares of completed assessments (the rest: CIN plan).
    outcome_nfa: float = 0.30
    outcome_step_down: float = 0.10
    outcome_s47: float = 0.34
    outcome_care: float = 0.06
    # S47 enquiries: ~35% lead to an ICPC; ~88% of ICPCs give a CP plan; ~78% ICPC in 15 days.
    s47_to_icpc: float = 0.36
    icpc_to_plan: float = 0.88
    icpc_timely: float = 0.78
    # CP plans: mean ~10 months, ~4% last 2+ years; ~10% end with the child entering care.
    cp_plan_mean_days: float = 200.0
    cp_plan_long_share: float = 0.045
    cp_to_care: float = 0.12
    cp_to_cin_plan: float = 0.55
    # CIN plans: mean length in days.
    cin_plan_mean_days: float = 330.0
    # Care: median period ~2 years (England: ~33,000 starts a year for ~82,000 in care).
    care_median_days: float = 470.0
    uasc_starts_per_10k: float = 4.6
    placement_moves_per_year: float = 0.55
    section20_start_share: float = 0.40
    adoption_path_share_under5: float = 0.35
    # Timeliness of statutory tasks.
    cla_review_timely: float = 0.90
    cp_review_timely: float = 0.92
    health_check_timely: float = 0.88
    dental_check_timely: float = 0.78
    visit_timely: float = 0.86
    # Care leavers.
    care_leaver_in_touch: float = 0.91
    care_leaver_eet: float = 0.56
    care_leaver_suitable: float = 0.88
    # Early help: starts per 10,000 a year beyond step-downs and contacts passed on.
    early_help_per_10k: float = 120.0
    # Seasonality of referrals by calendar month (August and December quieter).
    seasonality: tuple[float, ...] = (
        1.00,
        1.02,
        1.05,
        0.95,
        1.05,
        1.05,
        1.00,
        0.78,
        1.00,
        1.10,
        1.10,
        0.90,
    )
    shifts: tuple[Shift, ...] = field(
        default=(
            Shift(
                "referral_step",
                14,
                1.20,
                "Referrals step up by 20% from this month (a new multi-agency front door).",
            ),
            Shift(
                "assessment_delay",
                8,
                1.45,
                "Assessments take 45% longer from this month (staff turnover in assessment teams).",
            ),
        )
    )

    def change(self, name: str, end: date) -> tuple[date, float]:
        """First month and factor of a declared change for a period ending on ``end``.

        A change not declared (``--no-changes``) starts after the period with factor 1.
        """
        shift = next((s for s in self.shifts if s.name == name), None)
        if shift is None:
            return end + timedelta(days=1), 1.0
        return months_before(end, shift.months_before_end), shift.factor

    def without_changes(self) -> Calibration:
        """The same council with no declared change, to measure false alarms on."""
        return replace(self, shifts=())
