"""The multistate forecast from a history: fit on the reference window, then simulate.

Only what was known at the origin month end is used (the history is cut there first), so
a forecast made in a backtest is the forecast that would have been made at the time.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from csc_scorecard.forecast.entries import EntryModel, fit_entries
from csc_scorecard.forecast.history import History
from csc_scorecard.forecast.reference import reference_window
from csc_scorecard.forecast.simulate import Start, simulate
from csc_scorecard.forecast.threads import one_blas_thread

DEFAULT_REFERENCE_MONTHS = 24
DEFAULT_PATHS = 1000


@dataclass(frozen=True)
class Settings:
    """How a forecast is made: months ahead, reference window, paths and seed.

    ``rates_known``: the paths spread by chance alone, as if the estimated rates were the
    true ones (``floor``); a forecast carries their uncertainty too.
    """

    horizon: int = 24
    reference_months: int = DEFAULT_REFERENCE_MONTHS
    paths: int = DEFAULT_PATHS
    seed: int = 1
    rates_known: bool = False


@dataclass(frozen=True)
class MultistateForecast:
    """Simulated children per (path, month ahead, band, group); month 0 is the origin."""

    counts: npt.NDArray[np.int64]
    entries: EntryModel

    def totals(self) -> npt.NDArray[np.int64]:
        """Children in all states: (path, month ahead)."""
        totals: npt.NDArray[np.int64] = self.counts.sum(axis=(2, 3))
        return totals


def calendar_months(history: History, origin: int, horizon: int) -> npt.NDArray[np.int64]:
    """Calendar month (1-12) of each month after the origin."""
    first = history.months[origin].month
    return (first + np.arange(1, horizon + 1) - 1) % 12 + 1


@one_blas_thread
def forecast_multistate(history: History, origin: int, settings: Settings,
                        entry_weights: npt.NDArray[np.float64] | None = None,
                        uasc_multipliers: npt.NDArray[np.float64] | None = None,
                        start: Start | None = None) -> MultistateForecast:  # fmt: skip
    """Forecast ``settings.horizon`` months on from month ``origin`` of ``history``.

    ``start``: the children there at the origin (default: those ``history`` counts there;
    ``floor`` starts from none, to follow the entrants alone).
    """
    known = history.up_to(origin)
    reference = reference_window(known, settings.reference_months)
    entries = fit_entries(reference.entries, reference.calendar_months)
    if start is None:
        at_origin = known.states[known.states.t == origin]
        start = Start(at_origin.age.to_numpy(dtype=np.int64),
                      at_origin.group.to_numpy(dtype=np.int64))  # fmt: skip
    counts = simulate(start, reference, entries, calendar_months(known, origin, settings.horizon),
                      settings.paths, settings.seed, entry_weights, uasc_multipliers,
                      settings.rates_known)  # fmt: skip
    return MultistateForecast(counts, entries)
