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

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from textclean.dedup.ensemble import candidate_chunks

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


ESTIMATED_AT_ONCE = 8192
"""Pairs compared in one numpy pass: two 4 MiB gathers of signatures and 1 MiB of
booleans (65,536 pairs and a mean in floats took 150 MB at once)."""


def _estimates(
    signatures: np.ndarray, sizes: np.ndarray, queries: np.ndarray, containers: np.ndarray
) -> np.ndarray:
    """:func:`estimated_containment` of every pair, from the signatures, in chunks."""
    jaccard = np.empty(len(queries))
    for start in range(0, len(queries), ESTIMATED_AT_ONCE):
        chunk = slice(start, start + ESTIMATED_AT_ONCE)
        equal = signatures[queries[chunk]] == signatures[containers[chunk]]
        jaccard[chunk] = np.count_nonzero(equal, axis=1) / signatures.shape[1]
    return estimated_containment(jaccard, sizes[queries], sizes[containers])


def find_contained(finder: DuplicateFinder, found: Duplicates) -> None:
    """Add to ``found`` every kept document inside a longer kept one (and, with
    ``drop_contained``, drop it)."""
    from textclean.dedup.finder import Containment, Drop

    config = finder.config
    sizes = np.frombuffer(finder.sizes, dtype=np.int64)
    kept = np.array(
        [p for p in range(len(finder.ids)) if p not in found.dropped and sizes[p] > 0],
        dtype=np.int64,
    )
    exact = finder.exact
    proposals = containment_proposals(
        finder.signatures[kept], sizes[kept], config.containment_threshold, exact is not None
    )
    best = best_containers(
        proposals,
        config.containment_threshold,
        None if exact is None else lambda q, c: exact.containment(int(kept[q]), int(kept[c])),
    )
    for query in sorted(best):
        share, container = best[query]
        position, container = int(kept[query]), int(kept[container])
        entry = Containment(finder.ids[position], finder.ids[container], round(share, 4))
        found.contained.append(entry)
        found.contained_at[position] = entry
        if config.drop_contained:
            found.dropped[position] = Drop(entry.contained_in, entry.containment, "contained")


class Proposals(NamedTuple):
    """Pairs of rows (``query`` inside ``container``?) with the estimated containment."""

    queries: np.ndarray
    containers: np.ndarray
    shares: np.ndarray


def containment_proposals(
    signatures: np.ndarray, sizes: np.ndarray, threshold: float, exact: bool
) -> Proposals:
    """The pairs of rows worth deciding: a clearly longer container that the signatures
    say holds at least ``threshold`` of the query, or (``exact``: the documents can be
    read again) within :data:`CANDIDATE_SLACK` of it. ``sizes`` above 0, rows in input
    order (the first of equally good containers wins)."""
    none = np.zeros(0, dtype=np.int64)
    if len(sizes) < 2:
        return Proposals(none, none, np.zeros(0))
    lowest = threshold - CANDIDATE_SLACK if exact else threshold
    kept_keys, kept_shares = [np.zeros(0, dtype=np.int64)], [np.zeros(0)]
    # the candidates a chunk at a time, only the pairs worth deciding kept: all of them at
    # once took 2.5 GB at the end of a run of 100,000 documents
    for keys in candidate_chunks(signatures, sizes, max(threshold - CANDIDATE_SLACK, 0.05)):
        queries, containers = keys >> 32, keys & 0xFFFFFFFF
        # a container is clearly longer: a near-copy of about the same length that missed
        # the Jaccard threshold is not an article inside a page
        longer = sizes[containers] * threshold >= sizes[queries]
        keys, queries, containers = keys[longer], queries[longer], containers[longer]
        shares = _estimates(signatures, sizes, queries, containers)
        doubt = shares >= lowest
        kept_keys.append(keys[doubt])
        kept_shares.append(shares[doubt])
    keys, first = np.unique(np.concatenate(kept_keys), return_index=True)  # in pair order
    return Proposals(keys >> 32, keys & 0xFFFFFFFF, np.concatenate(kept_shares)[first])


def best_containers(
    proposals: Proposals,
    threshold: float,
    exact_share: Callable[[int, int], float] | None,
) -> dict[int, tuple[float, int]]:
    """For each query row, ``(share, container row)`` of its most containing proposal of
    at least ``threshold``; ``exact_share(query, container)`` decides when given."""
    best: dict[int, tuple[float, int]] = {}
    for query, container, share in zip(
        proposals.queries.tolist(), proposals.containers.tolist(), proposals.shares, strict=True
    ):
        if exact_share is not None:
            share = exact_share(query, container)
        if share >= threshold and (query not in best or share > best[query][0]):
            best[query] = (float(share), container)
    return best
