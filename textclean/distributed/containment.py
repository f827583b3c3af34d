"""Documents inside a longer one, on Ray: the local search, run in one task.

The LSH Ensemble's size partitions are chosen for the whole corpus at once
(:mod:`textclean.dedup.ensemble`), so the search runs where all kept signatures and
sizes fit: one Ray task, not the driver. It holds ``4 * num_perm + 16`` bytes per kept
document, its id, the ensemble's band keys (8 bytes per band of a partition), and the
views of the documents in a proposed pair: the proposals are decided on exact shingle
sets, as in a local run, so the task reads the final documents once more and keeps the
views of the proposed ones (a few per cent of a corpus, not all of it).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa

from textclean.config import CleanConfig
from textclean.dedup.containment import best_containers, containment_proposals
from textclean.dedup.verify import ExactShingles
from textclean.dedup.view import dedup_view
from textclean.distributed.duplicates import signatures_of

if TYPE_CHECKING:
    from ray import ObjectRef
    from ray.data import Dataset


def find_contained(
    signed: Dataset, dropped: np.ndarray, documents: Dataset, config: CleanConfig
) -> list[dict[str, Any]]:
    """The kept documents inside a longer kept one: ``position``, ``id`` of the
    container, ``containment`` (rounded as locally), in position order.
    ``dropped``: the sorted positions already dropped as duplicates."""
    import ray

    # The task gets the blocks, not the datasets: a task that ran Ray Data inside would
    # hold its CPU while waiting for the tasks it starts (on one CPU, for ever).
    signed_blocks = signed.select_columns(["position", "id", "signature", "size"]).to_arrow_refs()
    document_blocks = documents.select_columns(["position", "data"]).to_arrow_refs()
    task = ray.remote(_find_contained).options(num_cpus=1)
    return ray.get(task.remote(signed_blocks, dropped, document_blocks, config))


def _find_contained(
    signed_blocks: list[ObjectRef],
    dropped: np.ndarray,
    document_blocks: list[ObjectRef],
    config: CleanConfig,
) -> list[dict[str, Any]]:
    import ray

    positions, ids, signatures, sizes = [], [], [], []
    for ref in signed_blocks:
        batch = _numpy(ray.get(ref))
        if not batch:
            continue
        keep = (batch["size"] > 0) & ~np.isin(batch["position"], dropped)
        positions.append(batch["position"][keep])
        ids.extend(batch["id"][keep].tolist())
        signatures.append(signatures_of(batch["signature"][keep], config.num_perm))
        sizes.append(batch["size"][keep])
    if not positions:
        return []
    position = np.concatenate(positions)
    order = np.argsort(position, kind="stable")  # rows in input order, as locally
    position = position[order]
    ids = [ids[i] for i in order.tolist()]
    signature = np.concatenate(signatures)[order]
    size = np.concatenate(sizes)[order]
    threshold = config.containment_threshold
    proposals = containment_proposals(signature, size, threshold, exact=True)
    needed = np.union1d(proposals.queries, proposals.containers)
    views = _views(document_blocks, position[needed], needed)
    exact = ExactShingles(views.__getitem__, config.shingle_size)
    best = best_containers(proposals, threshold, exact.containment)
    return [
        {"position": int(position[query]), "id": ids[container], "containment": round(share, 4)}
        for query, (share, container) in sorted(best.items())
    ]


def _numpy(table: pa.Table) -> dict[str, np.ndarray]:
    """A block as numpy columns (strings and bytes as object arrays); empty: ``{}``."""
    if table.num_rows == 0:
        return {}
    return {name: table.column(name).to_numpy(zero_copy_only=False) for name in table.column_names}


def _views(blocks: list[ObjectRef], positions: np.ndarray, rows: np.ndarray) -> dict[int, str]:
    """The views of the documents at ``positions`` (sorted), by their ``rows``."""
    import ray

    row_of = dict(zip(positions.tolist(), rows.tolist(), strict=True))
    views: dict[int, str] = {}
    for ref in blocks:
        batch = _numpy(ray.get(ref))
        if not batch:
            continue
        wanted = np.isin(batch["position"], positions)
        for where, data in zip(batch["position"][wanted], batch["data"][wanted], strict=True):
            text = json.loads(data)["text"]
            views[row_of[int(where)]] = dedup_view(text, cleaned=True)
    return views
