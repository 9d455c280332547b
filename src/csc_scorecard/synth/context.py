"""What every part of the simulation shares: randomness, calendar, children, records, rates."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from csc_scorecard.synth.clock import WorkingDays
from csc_scorecard.synth.params import Calibration
from csc_scorecard.synth.people import People
from csc_scorecard.synth.records import Records


@dataclass
class Simulation:
    """The shared state of one council's simulation."""

    rng: np.random.Generator
    cal: WorkingDays
    people: People
    records: Records
    p: Calibration


class Part:
    """A part of the simulation (front door, care), with the shared state at hand."""

    def __init__(self, sim: Simulation) -> None:
        self.rng = sim.rng
        self.cal = sim.cal
        self.people = sim.people
        self.records = sim.records
        self.p = sim.p
