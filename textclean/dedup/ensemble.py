"""datasketch's LSH Ensemble, banded with numpy: containment candidates for a whole corpus.

``MinHashLSHEnsemble`` partitions the documents by size, and for a query of size ``q``
and a partition whose largest document has size ``u`` it looks up the first ``b`` bands
of ``r`` rows, ``(b, r)`` chosen for the ratio ``u / q``. Its parameters and partitions
are used here as they are (the object is built for them, never filled); what changes is
that bands are hashed and joined for all documents at once, instead of one band of one
document at a time in Python (40 s for 5,000 documents with datasketch's own index).

A band value shared by more than :data:`MAX_BUCKET` documents of a partition is a
common phrase, not evidence, and proposes nothing (datasketch would propose them all:
on 40,000 generated documents that made 190 candidates per document).

>>> import numpy as np
>>> page = np.arange(1, 129, dtype=np.uint32)
>>> article = page.copy(); article[::4] += 1000   # shares 3/4 of its slots with the page
>>> other = np.arange(5000, 5128, dtype=np.uint32)
>>> pairs = containment_candidates(np.stack([page, article, other]), np.array([400, 100, 100]), 0.5)
>>> pairs.tolist()
[[1, 0]]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import cache

import numpy as np

PARTITIONS = 8
SUB_INDEXES = 4
"""Size partitions and the largest rows per band (datasketch's ``num_part`` and ``m``;
its defaults are 16 and 8). At 8 and 4 the labelled corpus's articles in pages were
found as often as at 16 and 8 (97% against 95%), with fewer, wider bands to join."""
SIZE_CLASSES = 256
"""datasketch's optimal partitioning takes time cubic in the number of distinct sizes
(29 s for 2,000); beyond this many, sizes are grouped into geometric classes first."""
MAX_BUCKET = 100
"""Documents of one partition that may share a band value and still be proposed."""
_MIX = np.uint64(0x9E3779B97F4A7C15)


def containment_candidates(
    signatures: np.ndarray, sizes: np.ndarray, threshold: float
) -> np.ndarray:
    """Pairs ``[query, container]`` (rows of ``signatures``) where the container may hold
    at least ``threshold`` of the query: a longer document sharing a band with it, in
    order. ``sizes``: distinct shingles per document, all above 0."""
    found = [np.zeros(0, dtype=np.int64), *candidate_chunks(signatures, sizes, threshold)]
    # each pair as one integer, query above container: one sort of 8 bytes a pair
    keys = np.unique(np.concatenate(found))
    return np.stack([keys >> 32, keys & 0xFFFFFFFF], axis=1)


def candidate_chunks(
    signatures: np.ndarray, sizes: np.ndarray, threshold: float
) -> Iterator[np.ndarray]:
    """The pairs of :func:`containment_candidates`, a band of a partition at a time, each
    as ``query << 32 | container`` (a pair may come in more than one chunk): for a caller
    that keeps only the few it wants of each, never all of them at once (some 350 a
    document at 100,000 documents)."""
    from datasketch.lshensemble_partition import optimal_partitions

    xqs, table = _parameters(threshold, signatures.shape[1])
    for lower, upper in _partitions(sizes, optimal_partitions):
        containers = np.flatnonzero((sizes >= lower) & (sizes <= upper))
        queries = np.flatnonzero(sizes < upper)  # only a longer document contains one
        if not len(containers) or not len(queries):
            continue
        where = np.searchsorted(xqs, upper / sizes[queries], side="left")
        params = table[np.minimum(where, len(table) - 1)]
        for (bands, rows), group in _groups(params):
            yield from _shared_bands(
                signatures, sizes, queries[group], containers, int(bands), int(rows)
            )


@cache
def _parameters(threshold: float, num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's ensemble table for ``threshold``: the size ratios it was computed at,
    and the (bands, rows) of each (about a second to compute: once per process)."""
    from datasketch import MinHashLSHEnsemble

    ensemble = MinHashLSHEnsemble(
        threshold=threshold, num_perm=num_perm, num_part=PARTITIONS, m=SUB_INDEXES
    )
    return ensemble.xqs, ensemble.params


def _partitions(sizes: np.ndarray, optimal_partitions) -> list[tuple[int, int]]:
    """datasketch's optimal size partitions, ``(lower, upper)`` inclusive, computed on
    at most :data:`SIZE_CLASSES` classes of sizes."""
    distinct, counts = np.unique(sizes, return_counts=True)
    if len(distinct) > SIZE_CLASSES:
        edges = np.unique(np.geomspace(distinct[0], distinct[-1], SIZE_CLASSES).round())
        edges[-1] = distinct[-1]
        classes = np.searchsorted(edges, distinct)  # the class edge at or above each size
        counts = np.bincount(classes, weights=counts).astype(np.int64)
        distinct, counts = edges[counts > 0].astype(np.int64), counts[counts > 0]
    parts = optimal_partitions(distinct, counts, min(PARTITIONS, len(distinct)))
    uppers = [int(upper) for _, upper in parts]
    lowers = [int(sizes.min()), *(upper + 1 for upper in uppers[:-1])]
    return list(zip(lowers, uppers, strict=True))


def _groups(params: np.ndarray):
    """The distinct ``(bands, rows)`` of ``params`` and the rows that have each."""
    for key in Counter(map(tuple, params.tolist())):
        yield key, np.flatnonzero((params[:, 0] == key[0]) & (params[:, 1] == key[1]))


def _band_keys(signatures: np.ndarray, band: int, rows: int) -> np.ndarray:
    """A 64-bit key of band ``band`` (``rows`` slots wide) of each signature."""
    keys = np.zeros(len(signatures), dtype=np.uint64)
    for column in range(band * rows, (band + 1) * rows):
        keys = (keys ^ signatures[:, column].astype(np.uint64)) * _MIX
    return keys


def _shared_bands(
    signatures: np.ndarray,
    sizes: np.ndarray,
    queries: np.ndarray,
    containers: np.ndarray,
    bands: int,
    rows: int,
) -> Iterator[np.ndarray]:
    """Every pair of a query and a longer container whose keys are equal in one of the
    first ``bands`` bands, each as ``query << 32 | container``, a band at a time."""
    for band in range(bands):
        container_keys = _band_keys(signatures[containers], band, rows)
        order = np.argsort(container_keys, kind="stable")
        sorted_keys = container_keys[order]
        query_keys = _band_keys(signatures[queries], band, rows)
        left = np.searchsorted(sorted_keys, query_keys, side="left")
        right = np.searchsorted(sorted_keys, query_keys, side="right")
        counts = np.where(right - left <= MAX_BUCKET, right - left, 0)
        total = int(counts.sum())
        if not total:
            continue
        # the container run of each query, laid end to end
        starts = np.repeat(left - (np.cumsum(counts) - counts), counts) + np.arange(total)
        query_rows, container_rows = np.repeat(queries, counts), containers[order[starts]]
        longer = sizes[container_rows] > sizes[query_rows]
        yield (query_rows[longer] << 32) | container_rows[longer]
