"""Children: date of birth, sex, ethnicity and unique pupil number.

Ages at referral follow the CIN census age profile (most children referred are 10-15), and the
ethnicity mix an English council might have. UPNs carry a valid check letter (CIN rule 1510) so
the synthetic returns pass the DfE validators.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from csc_scorecard.synth.clock import day_number, to_date

UPN_CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"

AGE_WEIGHTS = np.array(
    [8.0, 4.5, 4.5, 4.5, 4.5, 5.0, 5.0, 5.0, 5.0, 5.0, 6.0, 6.0, 6.0, 6.0, 6.0, 6.0, 6.5, 6.0]
)
ETHNICITY_WEIGHTS = {
    "WBRI": 0.66, "WOTH": 0.06, "WIRI": 0.005, "WIRT": 0.004, "WROM": 0.006,
    "MWBC": 0.03, "MWBA": 0.015, "MWAS": 0.015, "MOTH": 0.025,
    "AIND": 0.02, "APKN": 0.03, "ABAN": 0.01, "AOTH": 0.015,
    "BCRB": 0.015, "BAFR": 0.035, "BOTH": 0.01, "CHNE": 0.003, "OOTH": 0.022,
    "REFU": 0.002, "NOBT": 0.018,
}  # fmt: skip


def upn_check_letter(body: str) -> str:
    """Check letter for the 12 characters after it (CIN census rule 1510)."""
    total = sum(int(ch) * weight for weight, ch in enumerate(body, start=2))
    return UPN_CHECK_LETTERS[total % 23]


def make_upn(la_code: str, serial: int) -> str:
    """A well-formed UPN: check letter, LA code, establishment, year, serial."""
    body = f"{la_code[-3:]}{2000 + serial % 7000:04d}{serial % 90 + 10:02d}{serial % 1000:03d}"
    return upn_check_letter(body) + body


@dataclass
class Child:
    """What the simulator needs to know about a child between events."""

    child_id: str
    birth: int
    sex: str
    ethnicity: str
    busy_until: int = -(10**9)
    last_referral: int = -(10**9)
    cp_plans: int = 0
    in_care_until: int = -(10**9)
    disabled: bool = False
    died: int | None = None


class People:
    """Creates children and keeps their state across the simulation."""

    def __init__(self, rng: np.random.Generator, la_code: str) -> None:
        self.rng = rng
        self.la_code = la_code
        self.children: dict[str, Child] = {}
        self.ids: list[str] = []
        self._ethnic_codes = list(ETHNICITY_WEIGHTS)
        weights = np.array(list(ETHNICITY_WEIGHTS.values()))
        self._ethnic_p = weights / weights.sum()
        self._age_p = AGE_WEIGHTS / AGE_WEIGHTS.sum()

    def new_child(self, on_day: int, age_years: float | None = None) -> Child:
        """A child first known on ``on_day``, with an age drawn from the referral profile."""
        if age_years is None:
            # Nobody is referred in the last months before 18: work must finish in childhood.
            year = int(self.rng.choice(18, p=self._age_p))
            age_years = year + float(self.rng.random()) * (0.5 if year == 17 else 1.0)
        birth = on_day - int(age_years * 365.25)
        child = Child(
            child_id=f"C{len(self.children) + 1:07d}",
            birth=birth,
            sex="M" if self.rng.random() < 0.52 else "F",
            ethnicity=str(self.rng.choice(self._ethnic_codes, p=self._ethnic_p)),
            disabled=bool(self.rng.random() < 0.1),
        )
        self.children[child.child_id] = child
        self.ids.append(child.child_id)
        return child

    def birthday(self, child: Child, age: int) -> int:
        """Day number of a child's ``age``-th birthday.

        A 29 February birthday falls on 28 February in other years, as pandas date offsets and
        so the DfE validators count it.
        """
        born = to_date(child.birth)
        try:
            return day_number(born.replace(year=born.year + age))
        except ValueError:
            return day_number(date(born.year + age, 2, 28))

    def age_on(self, child: Child, day: int) -> float:
        """Age in years on a day."""
        return (day - child.birth) / 365.25
