"""Exact shingle sets, for deciding the pairs that a signature estimate leaves in doubt.

A MinHash estimate of Jaccard ``J`` from 128 slots has a standard error of about
``sqrt(J (1 - J) / 128)``: 0.04 at 0.7. That is fine for near-duplicates, but the
containment of a short article in a long page is that estimate times ``(|Q| + |X|) /
((1 + J) |Q|)``, five or more times noisier. :class:`ExactShingles` fetches the views
of two documents by position (from the run's spool, or the caller's sequence) and
counts their shingles exactly. The last few shingle sets are cached: a page is
compared with each of its articles in turn.

>>> views = ["今天天气很好我们去公园", "今天天气很好", "明天下雨"]
>>> exact = ExactShingles(views.__getitem__, shingle_size=3)
>>> exact.containment(1, 0), round(exact.jaccard(0, 1), 2), exact.jaccard(0, 2)
(1.0, 0.44, 0.0)
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from textclean.dedup.minhash import shingles

CACHED_SETS = 32
"""Shingle sets kept (each about 100 bytes per character of its view)."""


def set_jaccard(first: frozenset[str], second: frozenset[str]) -> float:
    """The Jaccard similarity of two shingle sets (0.0 for two empty ones)."""
    union = len(first | second)
    return len(first & second) / union if union else 0.0


def view_jaccard(first: str, second: str, shingle_size: int) -> float:
    """The exact Jaccard similarity of two views' shingle sets.

    >>> view_jaccard("今天天气很好我们去公园", "今天天气很好", 3)
    0.4444444444444444
    """
    return set_jaccard(
        frozenset(shingles(first, shingle_size)), frozenset(shingles(second, shingle_size))
    )


class ExactShingles:
    """Exact Jaccard and containment of documents, by position."""

    def __init__(self, view_of: Callable[[int], str], shingle_size: int) -> None:
        self._view_of = view_of
        self.shingle_size = shingle_size
        self._cache: OrderedDict[int, frozenset[str]] = OrderedDict()

    def shingle_set(self, position: int) -> frozenset[str]:
        cached = self._cache.get(position)
        if cached is not None:
            self._cache.move_to_end(position)
            return cached
        found = frozenset(shingles(self._view_of(position), self.shingle_size))
        self._cache[position] = found
        if len(self._cache) > CACHED_SETS:
            self._cache.popitem(last=False)
        return found

    def jaccard(self, first: int, second: int) -> float:
        return set_jaccard(self.shingle_set(first), self.shingle_set(second))

    def containment(self, inner: int, outer: int) -> float:
        """The share of the shingles of ``inner`` that ``outer`` holds too."""
        a = self.shingle_set(inner)
        return len(a & self.shingle_set(outer)) / len(a) if a else 0.0
