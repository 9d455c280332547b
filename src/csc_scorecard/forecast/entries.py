"""Entries as monthly counts: Poisson or negative binomial, with a seasonal cycle.

The number of children entering each month is modelled with a log-linear mean over the
reference months: a level and, given a year of months to see it in, one annual harmonic (a
sine and a cosine of the calendar month), which captures a smooth yearly cycle with two
parameters where twelve monthly factors would be estimated from two observations each. The
counts are Poisson when their spread is what chance alone gives, and negative binomial (NB2:
variance mu + alpha mu^2) when they vary more; the one with the lower AIC is chosen, so the
extra parameter has to pay for itself. Fitted with statsmodels by maximum likelihood;
parameter uncertainty is carried into the simulation by drawing the coefficients from their
estimated sampling distribution (normal, with the fit's covariance).
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

POISSON = "Poisson"
NEGATIVE_BINOMIAL = "negative binomial"
SEASONAL_MIN_MONTHS = 12


@dataclass(frozen=True)
class EntryModel:
    """A fitted entries model: family, coefficients and their covariance, NB2 alpha."""

    family: str
    params: npt.NDArray[np.float64]
    covariance: npt.NDArray[np.float64]
    alpha: float = 0.0

    def mean(self, calendar_months: npt.NDArray[np.int64],
             params: npt.NDArray[np.float64] | None = None) -> npt.NDArray[np.float64]:  # fmt: skip
        """Expected entries in each calendar month (rows of ``params`` give one mean each)."""
        coefficients = self.params if params is None else params
        if coefficients.size == 0:
            return np.zeros(np.broadcast_shapes(np.shape(coefficients)[:-1], calendar_months.shape))
        x = design(calendar_months, coefficients.shape[-1])
        return np.asarray(np.exp(np.einsum("...k,mk->...m", coefficients, x)))

    def draw(self, rng: np.random.Generator, calendar_months: npt.NDArray[np.int64],
             paths: int, scale: npt.NDArray[np.float64], uncertain: bool = True,
             ) -> npt.NDArray[np.int64]:  # fmt: skip
        """Entries for each path (rows) and month (columns), parameter uncertainty included.

        ``scale`` multiplies each month's mean (a scenario's change to entries);
        ``uncertain=False`` gives every path the fitted coefficients themselves.
        """
        if self.params.size == 0:
            return np.zeros((paths, len(calendar_months)), dtype=np.int64)
        coefficients = (rng.multivariate_normal(self.params, self.covariance, size=paths)
                        if uncertain else np.tile(self.params, (paths, 1)))  # fmt: skip
        mu = self.mean(calendar_months, coefficients) * scale
        if self.family == NEGATIVE_BINOMIAL and self.alpha > 0:
            mu = rng.gamma(1 / self.alpha, self.alpha * mu)
        return rng.poisson(mu)


def design(calendar_months: npt.NDArray[np.int64], columns: int) -> npt.NDArray[np.float64]:
    """Intercept, and the annual harmonic when ``columns`` is 3."""
    angle = 2 * np.pi * (np.asarray(calendar_months) - 1) / 12
    full = np.column_stack([np.ones_like(angle), np.sin(angle), np.cos(angle)])
    return full[:, :columns]


def fit_entries(
    counts: npt.NDArray[np.int64], calendar_months: npt.NDArray[np.int64]
) -> EntryModel:
    """The better-fitting (by AIC) of Poisson and negative binomial for the monthly entries.

    No entries at all gives a model of none (a closed stock).
    """
    if counts.sum() == 0:
        return EntryModel(POISSON, np.zeros(0), np.zeros((0, 0)))
    import statsmodels.api as sm  # a second to import: only where entries are fitted

    columns = 3 if len(counts) >= SEASONAL_MIN_MONTHS else 1
    x = design(calendar_months, columns)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        poisson = sm.GLM(counts, x, family=sm.families.Poisson()).fit()
        best = EntryModel(POISSON, poisson.params, poisson.cov_params())
        try:
            nb = sm.NegativeBinomial(counts, x, loglike_method="nb2").fit(disp=0, maxiter=200)
        except (np.linalg.LinAlgError, ValueError):
            return best
    alpha = float(nb.params[-1])
    usable = nb.mle_retvals.get("converged", False) and np.all(np.isfinite(nb.bse)) and alpha > 1e-6
    if usable and nb.aic < poisson.aic:
        return EntryModel(NEGATIVE_BINOMIAL, nb.params[:-1], nb.cov_params()[:-1, :-1], alpha)
    return best
