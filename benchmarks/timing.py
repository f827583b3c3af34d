"""Timing shared by the benchmarks (imported from the scripts' own folder)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable


def best_time(function: Callable[[str], object], texts: Iterable[str], repeat: int = 3) -> float:
    """Best wall time, in seconds, of ``repeat`` runs of ``function`` over ``texts``."""
    texts = list(texts)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            function(text)
        best = min(best, time.perf_counter() - start)
    return best
