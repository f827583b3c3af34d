"""Documents wholly inside a longer one: an article inside an e-paper page.

An LSH Ensemble (datasketch's parameters and partitions, banded with numpy in
:mod:`textclean.dedup.ensemble`) proposes, for each kept document, longer documents
that may contain it, from the signatures and numbers of distinct shingles. A
proposal is accepted when the containment is at least ``containment_threshold``: exact
when the documents can be read again (:mod:`textclean.dedup.verify`), else estimated
from the two signatures and sizes: with Jaccard ``J`` between ``Q`` and ``X``,
``|Q ∩ X| = J (|Q| + |X|) / (1 + J)``, and the containment of ``Q`` in ``X`` is that
over ``|Q|``.

>>> round(float(estimated_containment(0.25, 100, 400)), 2)
1.0
>>> round(float(estimated_containment(0.1, 100, 400)), 2)
0.45
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from textclean.dedup.ensemble import containment_candidates

if TYPE_CHECKING:
    from textclean.dedup.finder import DuplicateFinder, Duplicates

CANDIDATE_SLACK = 0.3
"""The ensemble proposes candidates down to this much below the threshold. An article
inside a page four times longer has a Jaccard of about 0.2 with it, where LSH tuned at
the threshold finds it only about half the time. When the documents can be read again
(``finder.exact``), candidates whose estimate is within this of the threshold are
decided on their exact shingle sets; else the estimate decides."""


def estimated_containment(jaccard: Any, size: Any, container_size: Any) -> Any:
    """The share of a set of ``size`` inside one of ``container_size``, from their
    Jaccard (numbers, or numpy arrays of them)."""
    shared = jaccard * (size + container_size) / (1 + jaccard)
    return np.minimum(shared / np.maximum(size, 1), 1.0)


def _estimates(
    signatures: np.ndarray, sizes: np.ndarray, queries: np.ndarray, containers: np.ndarray
) -> np.ndarray:
    """:func:`estimated_containment` of every pair, from the signatures, in chunks."""
    jaccard = np.empty(len(queries))
    for start in range(0, len(queries), 65536):
        chunk = slice(start, start + 65536)
        equal = signatures[queries[chunk]] == signatures[containers[chunk]]
        jaccard[chunk] = equal.mean(axis=1)
    return estimated_containment(jaccard, sizes[queries], sizes[containers])


def find_contained(finder: DuplicateFinder, found: Duplicates) -> None:
    """Add to ``found`` every kept document inside a longer kept one (and, with
    ``drop_contained``, drop it)."""
    from textclean.dedup.finder import Containment, Drop

    threshold = finder.config.containment_threshold
    sizes = np.frombuffer(finder.sizes, dtype=np.int64)
    kept = np.array(
        [p for p in range(len(finder.ids)) if p not in found.dropped and sizes[p] > 0],
        dtype=np.int64,
    )
    if len(kept) < 2:
        return
    pairs = containment_candidates(
        finder.signatures[kept], sizes[kept], max(threshold - CANDIDATE_SLACK, 0.05)
    )
    queries, containers = kept[pairs[:, 0]], kept[pairs[:, 1]]
    # a container is clearly longer: a near-copy of about the same length that missed
    # the Jaccard threshold is not an article inside a page
    longer = sizes[containers] * threshold >= sizes[queries]
    queries, containers = queries[longer], containers[longer]
    shares = _estimates(finder.signatures, sizes, queries, containers)
    doubt = threshold - CANDIDATE_SLACK if finder.exact is not None else threshold
    best: dict[int, tuple[float, int]] = {}
    for index in np.flatnonzero(shares >= doubt).tolist():
        query, container, share = int(queries[index]), int(containers[index]), shares[index]
        if finder.exact is not None:
            share = finder.exact.containment(query, container)
        if share >= threshold and (query not in best or share > best[query][0]):
            best[query] = (float(share), container)
    for query in sorted(best):
        share, container = best[query]
        entry = Containment(finder.ids[query], finder.ids[container], round(share, 4))
        found.contained.append(entry)
        found.contained_at[query] = entry
        if finder.config.drop_contained:
            found.dropped[query] = Drop(entry.contained_in, entry.containment, "contained")
