"""Numpy batches, the form every distributed stage maps: a dict of equal-length columns.

>>> objects(["a", "bc"])
array(['a', 'bc'], dtype=object)
>>> from_rows([{"position": 3, "data": "x"}])["position"]
array([3])
"""

from __future__ import annotations

from typing import Any

import numpy as np

Batch = dict[str, np.ndarray]
INTEGER_COLUMNS = frozenset({"position", "root", "node", "a", "b"})


def objects(values: list[Any]) -> np.ndarray:
    """A column of Python objects (strings, bytes), never a 2-D array of characters."""
    column = np.empty(len(values), dtype=object)
    column[:] = values
    return column


def from_rows(rows: list[dict[str, Any]]) -> Batch:
    """Rows (dicts with the same keys) as a batch; positions and node numbers as int64."""
    return {
        key: (
            np.array([row[key] for row in rows], dtype=np.int64)
            if key in INTEGER_COLUMNS
            else objects([row[key] for row in rows])
        )
        for key in rows[0]
    }
