"""The numpy LSH Ensemble proposes exactly what datasketch's MinHashLSHEnsemble does."""

from __future__ import annotations

import itertools

import numpy as np
from datasketch import MinHashLSHEnsemble

import textclean
from tests.conftest import SEEDS
from textclean.dedup.ensemble import PARTITIONS, SUB_INDEXES, containment_candidates
from textclean.dedup.minhash import MinHasher, to_minhash
from textclean.dedup.view import fold


def seed_views() -> list[str]:
    """Each seed page, and every paragraph and pair of paragraphs of it."""
    views = []
    for path in sorted(SEEDS.glob("*.txt")):
        page = textclean.clean(path.read_bytes()).text
        paragraphs = [fold(line) for line in page.split("\n") if len(line) > 30]
        views.append(fold(page))
        views.extend(paragraphs)
        views.extend(a + b for a, b in itertools.pairwise(paragraphs))
    return views


def test_the_candidates_are_datasketchs():
    batch = MinHasher().signatures(seed_views())
    signatures, sizes = batch.values, batch.sizes
    threshold = 0.5
    ensemble = MinHashLSHEnsemble(
        threshold=threshold, num_perm=128, num_part=PARTITIONS, m=SUB_INDEXES
    )
    minhashes = [to_minhash(signature) for signature in signatures]
    ensemble.index([(i, minhashes[i], int(sizes[i])) for i in range(len(sizes))])
    expected = {
        (query, container)
        for query in range(len(sizes))
        for container in ensemble.query(minhashes[query], int(sizes[query]))
        if sizes[container] > sizes[query]
    }
    ours = {tuple(pair) for pair in containment_candidates(signatures, sizes, threshold).tolist()}
    assert len(expected) > 100
    assert ours == expected


def test_no_documents_or_one_size_give_no_candidates():
    signatures = MinHasher().signatures(["今天天气很好", "今天天气很好"]).values
    assert containment_candidates(signatures, np.array([4, 4]), 0.5).shape == (0, 2)
