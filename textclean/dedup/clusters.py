"""Clusters of duplicates: a union-find over document positions, and who is kept.

>>> sets = UnionFind()
>>> for _ in range(4):
...     _ = sets.add()
>>> sets.union(0, 2); sets.union(3, 2)
>>> sorted(sorted(group) for group in sets.groups())
[[0, 2, 3], [1]]
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Sequence


class UnionFind:
    """Disjoint sets of the positions 0..n-1 (8 bytes each), with path halving."""

    def __init__(self) -> None:
        self._parent = array("q")

    def __len__(self) -> int:
        return len(self._parent)

    def add(self) -> int:
        """A new set holding only the next position; return that position."""
        self._parent.append(len(self._parent))
        return len(self._parent) - 1

    def find(self, position: int) -> int:
        parent = self._parent
        while parent[position] != position:
            parent[position] = parent[parent[position]]
            position = parent[position]
        return position

    def union(self, first: int, second: int) -> None:
        """Join the sets of two positions; the smaller root becomes the root."""
        first, second = self.find(first), self.find(second)
        if first != second:
            low, high = sorted((first, second))
            self._parent[high] = low

    def groups(self) -> list[list[int]]:
        """Every set, as its positions in increasing order; sets by their first position."""
        members: defaultdict[int, list[int]] = defaultdict(list)
        for position in range(len(self._parent)):
            members[self.find(position)].append(position)
        return list(members.values())


def choose_kept(
    group: Sequence[int], policy: str, lengths: Sequence[int], edits: Sequence[int]
) -> int:
    """The position kept from ``group`` (in increasing order) under ``policy``.

    ``longest``: the most normalised text; ``first``: the first in input order;
    ``fewest-edits``: the fewest cleaning edits, then the longest. Ties go to the first.

    >>> choose_kept([0, 1, 2], "longest", [5, 9, 9], [0, 4, 1])
    1
    >>> choose_kept([0, 1, 2], "fewest-edits", [5, 9, 9], [0, 4, 1])
    0
    """
    if policy == "first":
        return group[0]
    if policy == "longest":
        return min(group, key=lambda position: (-lengths[position], position))
    if policy == "fewest-edits":
        return min(group, key=lambda p: (edits[p], -lengths[p], p))
    raise ValueError(f"unknown keep policy {policy!r}")
