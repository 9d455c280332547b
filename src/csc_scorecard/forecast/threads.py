"""One thread for a forecast's linear algebra: its matrices are tiny and it fits hundreds.

A backtest fits an ETS model and an entries model at every origin, each on a few dozen months.
OpenBLAS splits even such small products over every core, and when the cores are busy its
threads wait on each other: on a loaded 2-core machine one seasonal ETS fit took 1.1 to 1.3 s
with OpenBLAS's two threads and 0.13 to 0.29 s with one. The results are the same either way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec, TypeVar

from threadpoolctl import threadpool_limits

P = ParamSpec("P")
R = TypeVar("R")


def one_blas_thread(function: Callable[P, R]) -> Callable[P, R]:
    """``function`` run with the BLAS libraries (numpy's and scipy's) on one thread."""
    wrapped: Callable[P, R] = threadpool_limits.wrap(limits=1, user_api="blas")(function)
    return wrapped
