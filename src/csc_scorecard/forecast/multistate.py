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
from csc_scorecard.forecast.reference import Reference, reference_window
from csc_scorecard.forecast.simulate import Start, simulate
from csc_scorecard.forecast.threads import one_blas_thread

DEFAULT_REFERENCE_MONTHS = 24
DEFAULT_PATHS = 1000


@dataclass(frozen=True)
class Settings:
    """How a forecast is made: months ahead, reference window, paths and seed."""

    horizon: int = 24
    reference_months: int = DEFAULT_REFERENCE_MONTHS
    paths: int = DEFAULT_PATHS
    seed: int = 1


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


@dataclass(frozen=True)
class Fitted:
    """What the model learnt at an origin, and where it starts: everything but the paths."""

    reference: Reference
    entries: EntryModel
    start: Start
    """The children counted at the origin."""
    ahead: npt.NDArray[np.int64]
    """Calendar month (1-12) of each month forecast."""


def fit_multistate(history: History, origin: int, settings: Settings) -> Fitted:
    """The reference window's moves and entries up to month ``origin``, and who was there."""
    known = history.up_to(origin)
    reference = reference_window(known, settings.reference_months)
    at_origin = known.states[known.states.t == origin]
    return Fitted(reference, fit_entries(reference.entries, reference.calendar_months),
                  Start(at_origin.age.to_numpy(dtype=np.int64),
                        at_origin.group.to_numpy(dtype=np.int64)),
                  calendar_months(known, origin, settings.horizon))  # fmt: skip


@one_blas_thread
def forecast_multistate(history: History, origin: int, settings: Settings,
                        entry_weights: npt.NDArray[np.float64] | None = None,
                        uasc_multipliers: npt.NDArray[np.float64] | None = None,
                        ) -> MultistateForecast:  # fmt: skip
    """Forecast ``settings.horizon`` months on from month ``origin`` of ``history``."""
    fitted = fit_multistate(history, origin, settings)
    return forecast_fitted(fitted, settings, entry_weights, uasc_multipliers)


def forecast_fitted(fitted: Fitted, settings: Settings,
                    entry_weights: npt.NDArray[np.float64] | None = None,
                    uasc_multipliers: npt.NDArray[np.float64] | None = None,
                    ) -> MultistateForecast:  # fmt: skip
    """``settings.paths`` paths simulated from a fit: the scenarios of one origin share one."""
    counts = simulate(fitted.start, fitted.reference, fitted.entries, fitted.ahead,
                      settings.paths, settings.seed, entry_weights, uasc_multipliers)  # fmt: skip
    return MultistateForecast(counts, fitted.entries)
