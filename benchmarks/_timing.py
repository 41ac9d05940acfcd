"""The one timing loop the benchmark scripts share."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


def best_time(run: Callable[[Any], object], repeat: int, prepare: Callable[[], Any] = lambda: None) -> float:
    """Fastest of ``repeat`` runs of ``run(prepare())``, in seconds; ``prepare`` is not timed.

    The best run is the one least disturbed by the rest of the machine.
    """
    best = float("inf")
    for _ in range(repeat):
        state = prepare()
        t0 = time.perf_counter()
        run(state)
        best = min(best, time.perf_counter() - t0)
    return best
