"""The least error chance allows: how near any forecast of the count could have come.

A count of children months ahead is partly chance: which children enter and when, and which
of those there leave or move. A forecast that knew the true rates would still be off by the
count's spread about its median, and the median is the forecast with the least expected
absolute error. So from each backtest origin the multistate model is simulated with its
estimated rates taken as the true ones (``simulate``'s ``rates_known``: no bootstrap, no
coefficient draws), and the paths' mean absolute deviation from their median at 3, 6 and 12
months, divided by the origin's MASE scale, is the least scaled error to be expected there.
Its mean over the origins is the MASE floor: a model that scores below it has been lucky,
and a MASE target below it cannot be met by a better model, only by less chance in the data.

Two floors are worked out. The children who enter after the origin are unknown at it
whatever the model (in the synthetic councils, as in the model, who enters does not depend
on who is there), and for a count that adds them to the children already there, no
forecast's expected absolute error is below theirs alone: the entrants' floor (simulated
from an empty start) holds for any model. The full floor adds the chance in the moves and
leaving of the children already there, as the multistate model's monthly rates give it; a
model that knew more about each child (a planned adoption, say) could do better than that.

On 20 synthetic councils (``benchmarks/bench_forecast.py``, every origin) the floor of the
children looked after in total was 0.55, 0.74 and 0.93 at 3, 6 and 12 months (0.43, 0.59
and 0.79 from the entrants alone), against MASEs of 0.62, 0.88 and 1.24 for the best model
(multistate and ETS combined) and 1.18, 1.21 and 1.25 for seasonal naive. A MASE below 1 at
12 months would be within 0.07 of chance alone: it asks for the coming year's rates to be
known almost exactly, where two years of a council's records estimate a rate of leaving care
to within about a tenth. A longer reference window does not close the gap: on 6 synthetic
councils, 36 and 48 months gave the combination a MASE at 12 months of 1.42 and 1.41 against
1.43 with 24, within the variation between councils, so the default stays 24 months, which
follows a real change (such as the synthetic council's referral step) sooner.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import numpy.typing as npt
import pandas as pd

from csc_scorecard.forecast.backtest import HORIZONS, origins
from csc_scorecard.forecast.comparators import mase_scale
from csc_scorecard.forecast.history import History
from csc_scorecard.forecast.multistate import Fitted, Settings, fit_multistate
from csc_scorecard.forecast.simulate import Start, simulate
from csc_scorecard.forecast.threads import one_blas_thread

ORIGIN_FLOORS = ["origin", "horizon", "entrants_floor", "floor"]
"""The columns of ``chance_floor``: one row per origin and months ahead."""
NO_CHILDREN = Start(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))


def least_scaled_error(paths: npt.NDArray[np.int64] | npt.NDArray[np.float64],
                       scale: float) -> float:  # fmt: skip
    """Mean absolute deviation of ``paths`` from their median, over ``scale``."""
    return float(np.mean(np.abs(paths - np.median(paths))) / scale)


def _chance_totals(fitted: Fitted, start: Start, settings: Settings) -> npt.NDArray[np.int64]:
    """Children on each path and month ahead from ``start``, the fitted rates taken as true."""
    counts = simulate(start, fitted.reference, fitted.entries, fitted.ahead, settings.paths,
                      settings.seed, rates_known=True)  # fmt: skip
    totals: npt.NDArray[np.int64] = counts.sum(axis=(2, 3))
    return totals


@one_blas_thread
def chance_floor(history: History, settings: Settings, step: int = 1) -> pd.DataFrame:
    """The least scaled error at 3, 6 and 12 months from every ``step``-th origin.

    As the backtest's errors, only where the month ahead is known, so that the floors and
    the MASEs average over the same origins.
    """
    ahead = replace(settings, horizon=max(HORIZONS))
    rows = []
    for origin in origins(history, step):
        known = history.up_to(origin)
        scale = mase_scale(known.totals().astype(float))
        if scale <= 0:
            continue
        fitted = fit_multistate(known, origin, ahead)  # once: both floors follow its rates
        everyone = _chance_totals(fitted, fitted.start, ahead)
        entrants = _chance_totals(fitted, NO_CHILDREN, ahead)
        rows += [(history.months[origin], h, least_scaled_error(entrants[:, h], scale),
                  least_scaled_error(everyone[:, h], scale))
                 for h in HORIZONS if origin + h < len(history.months)]  # fmt: skip
    return pd.DataFrame(rows, columns=ORIGIN_FLOORS)


def floor_scores(floors: pd.DataFrame) -> pd.DataFrame:
    """The floors' means per months ahead, with the origins they average over."""
    table: pd.DataFrame = (
        floors.groupby("horizon")
        .agg(origins=("origin", "size"), entrants_floor=("entrants_floor", "mean"),
             floor=("floor", "mean"))
        .reset_index()
    )  # fmt: skip
    return table
