"""A forecast's central value and its 50%, 80% and 95% intervals, month by month ahead.

Every model gives its forecast in this one form, so the backtest scores them alike and the
pack draws them alike. From simulated paths the intervals are the paths' quantiles (the
equal-tailed interval: 2.5% of paths above the 95% interval, 2.5% below); from a model with
normal forecast errors they are the normal quantiles about its point forecast.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

LEVELS = (50, 80, 95)


@dataclass(frozen=True)
class Fan:
    """Point forecast and (lower, upper) per interval level, one value per month ahead."""

    point: npt.NDArray[np.float64]
    lower: dict[int, npt.NDArray[np.float64]]
    upper: dict[int, npt.NDArray[np.float64]]

    def covers(self, level: int, actual: npt.NDArray[np.float64]) -> npt.NDArray[np.bool_]:
        """Whether each actual value lies within the ``level``% interval."""
        return (self.lower[level] <= actual) & (actual <= self.upper[level])


def from_paths(values: npt.NDArray[np.float64]) -> Fan:
    """The fan of simulated paths (path, month ahead): mean and equal-tailed quantiles."""
    lower = {level: np.quantile(values, (1 - level / 100) / 2, axis=0) for level in LEVELS}
    upper = {level: np.quantile(values, (1 + level / 100) / 2, axis=0) for level in LEVELS}
    return Fan(values.mean(axis=0), lower, upper)


def quantile_average(fans: list[Fan]) -> Fan:
    """The combined forecast of several models: the mean of their points and of each bound.

    Averaging quantiles (not mixing the distributions) keeps the combination's intervals as
    wide as the models' on average rather than widening them where the models disagree
    (Lichtendahl, Grushka-Cockayne and Winkler 2013, "Is it better to average probabilities
    or quantiles?", Management Science 59(7)).
    """
    return Fan(np.mean([f.point for f in fans], axis=0),
               {lv: np.mean([f.lower[lv] for f in fans], axis=0) for lv in LEVELS},
               {lv: np.mean([f.upper[lv] for f in fans], axis=0) for lv in LEVELS})  # fmt: skip


def from_normal(point: npt.NDArray[np.float64], sd: npt.NDArray[np.float64]) -> Fan:
    """The fan of a point forecast with normal errors of standard deviation ``sd``."""
    from scipy.stats import norm  # slow to import: only where a fan is drawn from a model

    z = {level: float(norm.ppf((1 + level / 100) / 2)) for level in LEVELS}
    return Fan(point, {lv: point - z[lv] * sd for lv in LEVELS},
               {lv: point + z[lv] * sd for lv in LEVELS})  # fmt: skip
