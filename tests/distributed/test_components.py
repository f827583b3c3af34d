"""Connected components on Ray Data agree with the local union-find on any graph."""

from __future__ import annotations

import random

import numpy as np
import pytest

from textclean.dedup.clusters import UnionFind
from textclean.distributed.components import connected_components


def _roots_by_union_find(pairs: list[tuple[int, int]]) -> dict[int, int]:
    """Every node on an edge (except roots) -> the smallest node of its component."""
    nodes = sorted({node for pair in pairs for node in pair})
    dense = {node: index for index, node in enumerate(nodes)}
    sets = UnionFind()
    for _ in nodes:
        sets.add()
    for a, b in pairs:
        sets.union(dense[a], dense[b])
    roots = {node: nodes[sets.find(dense[node])] for node in nodes}
    return {node: root for node, root in roots.items() if node != root}


def _roots_on_ray(pairs: list[tuple[int, int]]) -> dict[int, int]:
    import ray.data

    array = np.array(pairs, dtype=np.int64).reshape(-1, 2)
    edges = ray.data.from_numpy(array).map_batches(
        lambda batch: {"a": batch["data"][:, 0], "b": batch["data"][:, 1]}
    )
    frame = connected_components(edges).to_pandas()
    found = dict(zip(frame["node"].tolist(), frame["root"].tolist(), strict=True))
    assert len(found) == len(frame), "a node came out twice"
    return found


def _random_graph(seed: int) -> list[tuple[int, int]]:
    """Chains, stars, cycles and random edges over sparse 64-bit node numbers."""
    rng = random.Random(seed)
    nodes = rng.sample(range(1, 2**40), 400)
    pairs = []
    for start in range(0, 300, 30):  # chains in a shuffled order (the worst case of naive labels)
        chain = nodes[start : start + 30]
        pairs += [(chain[i], chain[i + 1]) for i in range(len(chain) - 1)]
    pairs += [(nodes[300], node) for node in nodes[301:340]]  # a star around a large number
    pairs += [(rng.choice(nodes[340:]), rng.choice(nodes[340:])) for _ in range(60)]
    pairs += [(nodes[5], nodes[5]), (nodes[7], nodes[6])]  # a loop, a repeat
    rng.shuffle(pairs)
    return pairs


@pytest.mark.usefixtures("local_ray")
@pytest.mark.parametrize("seed", [1, 2])
def test_components_match_union_find(seed: int) -> None:
    pairs = _random_graph(seed)
    assert _roots_on_ray(pairs) == _roots_by_union_find(pairs)


@pytest.mark.usefixtures("local_ray")
def test_a_long_path_settles() -> None:
    """A path 1-2-...-200 numbered backwards is the slow case of label propagation."""
    pairs = [(node + 1, node) for node in range(200, 0, -1)]
    assert _roots_on_ray(pairs) == {node: 1 for node in range(2, 202)}


@pytest.mark.usefixtures("local_ray")
def test_no_edges() -> None:
    import ray.data

    edges = ray.data.from_items([{"a": 1, "b": 1}])
    assert connected_components(edges).count() == 0
