"""Near-duplicates on Ray Data: the local finder's decisions, made with shuffles.

The local :class:`~textclean.dedup.finder.DuplicateFinder` joins two documents when
their views are equal, or when they share an LSH band and their signatures agree on at
least ``dedup_threshold`` of the slots. Both are symmetric, so the clusters are the
connected components of those pairs, whatever order the pairs are found in:

1. :func:`sign_rows` maps :func:`~textclean.dedup.finder.sign_batch` (the same views,
   signatures and exact-copy keys);
2. a ``groupby`` on the key links each exact copy to the first document with that view
   (:func:`copy_rows`); only those first documents go on;
3. each goes out once per band (:func:`band_rows`), a ``groupby`` on the band's hash
   gathers the documents that share it, and every pair of them whose band is really
   equal and whose signatures agree enough is an edge (:func:`bucket_edges`; a pair
   that shares several bands is an edge of the first only);
4. :func:`~textclean.distributed.components.connected_components` gives each clustered
   document the smallest position of its cluster;
5. a ``groupby`` on that root chooses the kept document with the local
   :func:`~textclean.dedup.clusters.choose_kept` (:func:`cluster_rows`).

The finder numbers clusters in the order of their first document; here the roots,
gathered on the driver (8 bytes a cluster), give those numbers.
"""

from __future__ import annotations

import json

import numpy as np

from textclean.config import CleanConfig
from textclean.dedup.clusters import choose_kept
from textclean.dedup.finder import sign_batch
from textclean.dedup.minhash import jaccard
from textclean.dedup.verify import view_jaccard
from textclean.dedup.view import dedup_view
from textclean.distributed.batches import Batch, objects
from textclean.document import Document

_MIX = np.uint64(0x9E3779B97F4A7C15)


def signatures_of(column: np.ndarray, num_perm: int) -> np.ndarray:
    """A column of signature bytes as a ``(rows, num_perm)`` uint32 array."""
    return np.frombuffer(b"".join(column), dtype=np.uint32).reshape(len(column), num_perm)


def sign_rows(batch: Batch, config: CleanConfig) -> Batch:
    """Map over final ``document`` rows: what the finder stores of each."""
    documents = [Document.from_dict(json.loads(data)) for data in batch["data"]]
    signed = sign_batch(documents, config, cleaned=True)
    return {
        "position": batch["position"],
        "id": objects(signed.ids),
        "signature": objects([row.tobytes() for row in signed.signatures]),
        "size": np.asarray(signed.sizes, dtype=np.int64),
        "length": np.array(signed.lengths, dtype=np.int64),
        "edits": np.array(signed.edits, dtype=np.int64),
        "key": objects([key.hex() for key in signed.keys]),
    }


def copy_rows(group: Batch) -> Batch:
    """Group by exact-copy key: each later copy linked to the first (``a``, ``b``)."""
    positions = np.sort(group["position"])
    return {"a": positions[1:], "b": np.full(len(positions) - 1, positions[0], dtype=np.int64)}


def band_rows(batch: Batch, bands: int, rows: int, num_perm: int) -> Batch:
    """Map over signed rows with text: one row per band, keyed by a 64-bit hash of the
    band number and its slots (a bucket may hold unequal bands; :func:`bucket_edges`
    checks), with the exact-copy key. Small rows: the signatures stay behind."""
    signatures = signatures_of(batch["signature"], num_perm)
    buckets = []
    for band in range(bands):
        keys = np.full(len(signatures), np.uint64(band + 1)) * _MIX
        for column in range(band * rows, (band + 1) * rows):
            keys = (keys ^ signatures[:, column].astype(np.uint64)) * _MIX
        buckets.append(keys)
    return {
        "bucket": np.concatenate(buckets).view(np.int64),  # Ray shuffles no uint64 > 2⁶³
        "band": np.repeat(np.arange(bands, dtype=np.int64), len(signatures)),
        "position": np.tile(batch["position"], bands),
        "key": np.tile(batch["key"], bands),
    }


def shared_buckets(group: Batch) -> Batch:
    """Group by bucket: its members, when it has two different texts or more. Of exact
    copies only the first is a member (the finder's LSH holds only first copies; the
    copies join it by their key)."""
    order = np.argsort(group["position"], kind="stable")
    first: dict[tuple[int, str], int] = {}
    for row in order.tolist():
        first.setdefault((int(group["band"][row]), group["key"][row]), row)
    rows = np.array(sorted(first.values()), dtype=np.int64)
    if len(rows) < 2:
        rows = rows[:0]
    return {
        "position": group["position"][rows],
        "bucket": group["bucket"][rows],
        "band": group["band"][rows],
        "signature": objects([b""] * len(rows)),
    }


def signed_bucket_rows(batch: Batch) -> Batch:
    """Map over signed rows: the columns of :func:`shared_buckets`, bucket -1."""
    size = len(batch["position"])
    return {
        "position": batch["position"],
        "bucket": np.full(size, -1, dtype=np.int64),
        "band": np.full(size, -1, dtype=np.int64),
        "signature": batch["signature"],
    }


def with_signature(group: Batch) -> Batch:
    """Group by position: the document's bucket rows, with its signature."""
    signed = np.flatnonzero(group["band"] < 0)
    shared = np.flatnonzero(group["band"] >= 0)
    if not len(signed) or not len(shared):
        return {key: values[:0] for key, values in group.items()}
    return {key: values[shared] for key, values in group.items()} | {
        "signature": objects([group["signature"][signed[0]]] * len(shared))
    }


def bucket_edges(group: Batch, rows: int, threshold: float, num_perm: int) -> Batch:
    """Group by bucket: the pairs whose band is equal (and no earlier band is) and whose
    signatures agree on at least ``threshold`` of the slots, as the finder decides.
    (With exact verification the finder takes the pairs above a lower ``threshold`` to
    its exact check: :func:`attach_view` and :func:`verified_edges`.)"""
    found_a, found_b = [], []
    signatures = signatures_of(group["signature"], num_perm)
    positions, bands = group["position"], group["band"]
    for i in range(len(positions) - 1):
        others = np.arange(i + 1, len(positions))
        band = int(bands[i])
        others = others[bands[others] == band]
        if not len(others):
            continue
        equal = signatures[others] == signatures[i]
        same_band = equal[:, band * rows : (band + 1) * rows].all(axis=1)
        earlier = equal[:, : band * rows].reshape(len(others), band, rows).all(axis=2).any(axis=1)
        agree = np.mean(equal, axis=1) >= threshold
        linked = others[same_band & ~earlier & agree]
        found_a.append(np.full(len(linked), positions[i], dtype=np.int64))
        found_b.append(positions[linked].astype(np.int64))
    empty = np.zeros(0, dtype=np.int64)
    return {
        "a": np.concatenate(found_a) if found_a else empty,
        "b": np.concatenate(found_b) if found_b else empty,
    }


def view_rows(batch: Batch) -> Batch:
    """Map over final documents: their views (as the finder's spool holds them), to meet
    the candidate pairs of exact verification (``other`` -1 marks a view row)."""
    views = [dedup_view(json.loads(data)["text"], cleaned=True) for data in batch["data"]]
    return {
        "position": batch["position"],
        "other": np.full(len(views), -1, dtype=np.int64),
        "view": objects(views),
    }


def pair_rows(batch: Batch) -> Batch:
    """Map over candidate pairs ``(a, b)``: rows keyed by ``a`` to fetch its view."""
    return {"position": batch["a"], "other": batch["b"], "view": objects([""] * len(batch["a"]))}


def attach_view(group: Batch) -> Batch:
    """Group by position: each pair of this document, keyed now by the other one, with
    this document's view."""
    is_view = group["other"] < 0
    pairs = group["other"][~is_view]
    if not is_view.any() or not len(pairs):
        return {key: values[:0] for key, values in group.items()}
    view = group["view"][np.flatnonzero(is_view)[0]]
    size = len(pairs)
    return {
        "position": pairs,
        "other": np.full(size, group["position"][0], dtype=np.int64),
        "view": objects([view] * size),
    }


def verified_edges(group: Batch, threshold: float, shingle_size: int) -> Batch:
    """Group by position: the pairs of this document whose views' exact shingle sets
    are at least ``threshold`` alike (the finder's exact check)."""
    is_view = group["other"] < 0
    empty = np.zeros(0, dtype=np.int64)
    if not is_view.any():
        return {"a": empty, "b": empty}
    view = group["view"][np.flatnonzero(is_view)[0]]
    others = [
        int(other)
        for other, other_view in zip(group["other"][~is_view], group["view"][~is_view], strict=True)
        if view_jaccard(other_view, view, shingle_size) >= threshold
    ]
    return {
        "a": np.array(others, dtype=np.int64),
        "b": np.full(len(others), group["position"][0], dtype=np.int64),
    }


def member_rows(batch: Batch) -> Batch:
    """Map over components ``(node, root)``: each node, and each root, as a member row
    to join with the signed rows (``root`` -1 marks a signed row)."""
    nodes = np.concatenate([batch["node"], batch["root"]])
    roots = np.concatenate([batch["root"], batch["root"]])
    return {
        "position": nodes,
        "root": roots,
        "id": objects([""] * len(nodes)),
        "signature": objects([b""] * len(nodes)),
        "length": np.zeros(len(nodes), dtype=np.int64),
        "edits": np.zeros(len(nodes), dtype=np.int64),
    }


def join_member(group: Batch) -> Batch:
    """Group by position: the signed row with its root, if it has one."""
    roots = group["root"][group["root"] >= 0]
    signed = np.flatnonzero(group["root"] < 0)
    if not len(roots) or not len(signed):
        return {key: values[:0] for key, values in group.items()}
    row = int(signed[0])
    return {key: values[row : row + 1] for key, values in group.items()} | {
        "root": roots[:1].astype(np.int64)
    }


def cluster_rows(group: Batch, config: CleanConfig) -> Batch:
    """Group by root: the kept member (the local :func:`choose_kept`), and for each
    member its similarity to the kept one and whether it is dropped."""
    order = np.argsort(group["position"], kind="stable")
    positions = group["position"][order]
    ids = group["id"][order].tolist()
    signatures = signatures_of(group["signature"][order], config.num_perm)
    members = list(range(len(positions)))
    kept = choose_kept(
        members, config.keep, group["length"][order].tolist(), group["edits"][order].tolist()
    )
    similarities = [round(float(jaccard(signatures[m], signatures[kept])), 4) for m in members]
    record = {
        "kept": ids[kept],
        "members": [{"id": i, "similarity": s} for i, s in zip(ids, similarities, strict=True)],
    }
    return {
        "root": np.full(len(positions), positions[0], dtype=np.int64),
        "position": positions,
        "kept": objects([ids[kept]] * len(positions)),
        "similarity": np.array(similarities, dtype=np.float64),
        "dropped": np.array([m != kept for m in members]),
        "record": objects([json.dumps(record, ensure_ascii=False)] + [""] * (len(members) - 1)),
    }


def signed_member_rows(batch: Batch) -> Batch:
    """Map over signed rows: the columns :func:`join_member` joins, ``root`` -1."""
    return {
        "position": batch["position"],
        "root": np.full(len(batch["position"]), -1, dtype=np.int64),
        "id": batch["id"],
        "signature": batch["signature"],
        "length": batch["length"],
        "edits": batch["edits"],
    }
