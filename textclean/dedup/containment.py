"""Documents wholly inside a longer one: an article inside an e-paper page.

datasketch's ``MinHashLSHEnsemble`` indexes every kept document with its number of
distinct shingles and proposes, for each, longer documents that may contain it. A
proposal is accepted when the containment is at least ``containment_threshold``: exact
when the documents can be read again (:mod:`textclean.dedup.verify`), else estimated
from the two signatures and sizes: with Jaccard ``J`` between ``Q`` and ``X``,
``|Q ∩ X| = J (|Q| + |X|) / (1 + J)``, and the containment of ``Q`` in ``X`` is that
over ``|Q|``.

>>> round(estimated_containment(0.25, 100, 400), 2)
1.0
>>> round(estimated_containment(0.1, 100, 400), 2)
0.45
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textclean.dedup.finder import DuplicateFinder, Duplicates

PARTITIONS = 8
SUB_INDEXES = 4
"""Size partitions and sub-indexes per partition of the LSH Ensemble (datasketch's
``num_part`` and ``m``; its defaults are 16 and 8). Each document is inserted into
every sub-index of its partition, with up to ``num_perm`` bands each, in Python: that
is the cost of the search. At 8 and 4 it takes half the time of 16 and 8, and found
as many of the labelled corpus's articles in pages (97% against 95%)."""
CANDIDATE_SLACK = 0.3
"""The ensemble proposes candidates down to this much below the threshold. An article
inside a page four times longer has a Jaccard of about 0.2 with it, where LSH tuned at
the threshold finds it only about half the time. When the documents can be read again
(``finder.exact``), candidates whose estimate is within this of the threshold are
decided on their exact shingle sets; else the estimate decides."""


def estimated_containment(jaccard: float, size: int, container_size: int) -> float:
    """The share of a set of ``size`` inside one of ``container_size``, from their Jaccard."""
    shared = jaccard * (size + container_size) / (1 + jaccard)
    return min(shared / size, 1.0)


def find_contained(finder: DuplicateFinder, found: Duplicates) -> None:
    """Add to ``found`` every kept document inside a longer kept one (and, with
    ``drop_contained``, drop it)."""
    from datasketch import MinHashLSHEnsemble

    from textclean.dedup.finder import Containment, Drop

    threshold = finder.config.containment_threshold
    kept = [
        position
        for position in range(len(finder.ids))
        if position not in found.dropped and finder.sizes[position] > 0
    ]
    if len(kept) < 2:
        return
    ensemble = MinHashLSHEnsemble(
        threshold=max(threshold - CANDIDATE_SLACK, 0.05),
        num_perm=finder.config.num_perm,
        num_part=PARTITIONS,
        m=SUB_INDEXES,
    )
    minhashes = {position: finder.hasher.minhash(finder.signatures[position]) for position in kept}
    ensemble.index((position, minhashes[position], finder.sizes[position]) for position in kept)
    for position in kept:
        size = finder.sizes[position]
        best: tuple[float, int] | None = None
        for candidate in ensemble.query(minhashes[position], size):
            if finder.sizes[candidate] <= size:
                continue
            share = estimated_containment(
                finder.similarity(position, candidate), size, finder.sizes[candidate]
            )
            if finder.exact is not None and share >= threshold - CANDIDATE_SLACK:
                share = finder.exact.containment(position, candidate)
            if share >= threshold and (best is None or share > best[0]):
                best = (share, candidate)
        if best is None:
            continue
        share, container = best
        entry = Containment(finder.ids[position], finder.ids[container], round(share, 4))
        found.contained.append(entry)
        if finder.config.drop_contained:
            found.dropped[position] = Drop(entry.contained_in, entry.containment, "contained")
