"""Connected components of an edge list on Ray Data, without all edges on one machine.

The alternating algorithm of Kiveris et al., "Connected Components in MapReduce and
Beyond" (SoCC 2014): two steps, each one ``groupby`` of the edges by a node.

* **large-star**: every node ``u`` links its *larger* neighbours to the smallest node of
  its neighbourhood (itself included): ``(v, m(u))`` for each neighbour ``v > u``.
* **small-star**: every node ``u`` links its *smaller* neighbours, and itself, to the
  smallest of them: ``(v, m)`` for each ``v`` in ``N(u) ∪ {u}``, ``v ≠ m``.

Neither step changes the components; repeated, they turn each component into a star
whose centre is its smallest node, in O(log² n) rounds (a few for the small clusters of
near-duplicates). The loop stops when large-star sees only stars: no node has both a
smaller and a larger neighbour, or two smaller ones. Each edge is then ``(node, root)``.

Memory: one group holds one node's neighbours. A step's groupby is a Ray Data shuffle
spilled to disk as needed; the driver holds nothing but the round count.

One large-star step, on the group of node 5 (neighbours 3 and 9, and 9 again):

>>> group = {"u": np.array([5, 5, 5]), "v": np.array([3, 9, 9])}
>>> {key: values.tolist() for key, values in _large_star(group).items()}
{'node': [9, -1], 'root': [3, 3], 'unsettled': [0, 1]}

(9 now points at 3; node 5 had a smaller and a larger neighbour: not yet a star.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from textclean.errors import BackendError

if TYPE_CHECKING:
    from ray.data import Dataset

MAX_ROUNDS = 64
"""A bound the loop never reaches on a real graph (rounds grow as log² of its size)."""
UNSETTLED = -1
"""The ``node`` of a marker row: its group was not yet a star."""

Batch = dict[str, np.ndarray]


def edge_columns(batch: Batch) -> Batch:
    """A numpy batch of one ``data`` column of pairs as the ``a`` and ``b`` columns."""
    pairs = np.asarray(batch["data"], dtype=np.int64).reshape(-1, 2)
    return {"a": pairs[:, 0], "b": pairs[:, 1]}


def connected_components(edges: Dataset) -> Dataset:
    """``edges`` (int64 columns ``a`` and ``b``, any order, repeats and loops allowed)
    as rows ``(node, root)``: every node on an edge, except the roots themselves, with
    the smallest node of its component."""
    from textclean.distributed.session import require_ray

    require_ray()
    both = edges.map_batches(_both_directions, batch_format="numpy")
    for _ in range(MAX_ROUNDS):
        stars = both.groupby("u").map_groups(_large_star, batch_format="numpy").materialize()
        if stars.count() == 0 or stars.sum("unsettled") == 0:
            return stars.map_batches(_settled, batch_format="numpy").materialize()
        pointed = stars.map_batches(_pointing_down, batch_format="numpy")
        small = pointed.groupby("u").map_groups(_small_star, batch_format="numpy")
        both = small.map_batches(_both_directions, batch_format="numpy")
    raise BackendError(f"connected components did not settle in {MAX_ROUNDS} rounds")


def _both_directions(batch: Batch) -> Batch:
    """Each edge ``(a, b)`` as the rows ``(u=a, v=b)`` and ``(u=b, v=a)``, loops dropped."""
    a, b = batch["a"], batch["b"]
    keep = a != b
    a, b = a[keep], b[keep]
    return {"u": np.concatenate([a, b]), "v": np.concatenate([b, a])}


def _pointing_down(batch: Batch) -> Batch:
    """The edges ``(node, root)`` as ``(u=larger, v=smaller)``, markers dropped."""
    node, root = batch["node"], batch["root"]
    keep = node != UNSETTLED
    node, root = node[keep], root[keep]
    return {"u": np.maximum(node, root), "v": np.minimum(node, root)}


def _distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted (``np.unique`` is slow here; a sort is not)."""
    values = np.sort(values)
    return values[np.concatenate(([True], values[1:] != values[:-1]))] if len(values) else values


def _large_star(group: Batch) -> Batch:
    u = int(group["u"][0])
    neighbours = _distinct(group["v"])
    larger = neighbours[neighbours > u]
    smaller = neighbours[neighbours < u]
    root = min(u, int(neighbours[0]))
    unsettled = len(smaller) > 1 or (len(smaller) > 0 and len(larger) > 0)
    nodes = np.append(larger, UNSETTLED) if unsettled else larger
    return {
        "node": nodes.astype(np.int64),
        "root": np.full(len(nodes), root, dtype=np.int64),
        "unsettled": np.zeros(len(nodes), dtype=np.int64) + (nodes == UNSETTLED),
    }


def _small_star(group: Batch) -> Batch:
    u = int(group["u"][0])
    members = _distinct(np.append(group["v"], u))
    root = int(members[0])
    nodes = members[1:]
    return {"a": nodes, "b": np.full(len(nodes), root, dtype=np.int64)}


def _settled(batch: Batch) -> dict[str, Any]:
    keep = batch["node"] != UNSETTLED
    return {"node": batch["node"][keep], "root": batch["root"][keep]}
