"""The end of a distributed run: each document's fate joined to it, shards written.

A fate is a drop (a duplicate of the kept member of its cluster, or contained in a
longer document with ``drop_contained``) or a note that it is contained in a longer
one. The fates, few beside the documents, are sorted by position; each batch of final
documents fetches the blocks of fates whose positions it spans (:func:`meet_fates`), so
the documents are not shuffled to meet them. What is kept, and the ``--dropped``
records, are written as the local run writes them, by the local writers.

>>> fate_row(7, {"reason": "duplicate", "duplicate_of": "a", "similarity": 0.9})["position"]
7
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa

from textclean.dedup.finder import Drop
from textclean.dedup.stage import dropped_record
from textclean.distributed.batches import Batch, objects
from textclean.distributed.shards import shard_name
from textclean.document import Document
from textclean.io import json_text, open_record_writer, open_writer
from textclean.leftovers import lost_characters

if TYPE_CHECKING:
    from ray import ObjectRef


def fate_row(position: int, fate: dict[str, Any]) -> dict[str, Any]:
    """A row that joins ``fate`` (JSON) to the document at ``position``."""
    return {"position": position, "fate": json.dumps(fate, ensure_ascii=False)}


def drop_fates(batch: Batch, roots: np.ndarray) -> Batch:
    """Map over dropped cluster members: their fate, with the cluster's number (the
    rank of its root among the sorted ``roots``)."""
    rows = [
        fate_row(
            int(position),
            {
                "reason": "duplicate",
                "duplicate_of": kept,
                "similarity": float(similarity),
                "cluster": int(np.searchsorted(roots, root)),
            },
        )
        for position, kept, similarity, root in zip(
            batch["position"], batch["kept"], batch["similarity"], batch["root"], strict=True
        )
    ]
    return {key: _column(rows, key) for key in ("position", "fate")}


def _column(rows: list[dict[str, Any]], key: str) -> np.ndarray:
    values = [row[key] for row in rows]
    return np.array(values, dtype=np.int64) if key == "position" else objects(values)


def fated(data: str, fates: list[dict[str, Any]]) -> tuple[bool, str]:
    """A final document (JSON) after its ``fates``: ``(True, document)`` as it is
    written, or ``(False, its --dropped record)``. A kept document inside a longer one
    says so in its meta, as locally."""
    document = Document.from_dict(json.loads(data))
    drop = next((fate for fate in fates if fate["reason"] != "contained-in"), None)
    contained = next((fate for fate in fates if fate["reason"] == "contained-in"), None)
    if drop is not None:
        cluster = drop.get("cluster")
        found = Drop(drop["duplicate_of"], drop["similarity"], drop["reason"], cluster)
        return False, json_text(dropped_record(document, found))
    if contained is not None:
        where = {"id": contained["id"], "containment": contained["containment"]}
        document = replace(document, meta={**document.meta, "contained_in": where})
    return True, json_text(document.to_dict())


def block_bounds(table: pa.Table) -> tuple[int, int]:
    """The first and last position of a block of fates sorted by position."""
    if table.num_rows == 0:  # a sort may leave empty blocks, without columns
        return 0, -1
    positions = table.column("position")
    return int(positions[0].as_py()), int(positions[-1].as_py())


def meet_fates(batch: Batch, blocks: list[ObjectRef], lows: np.ndarray, highs: np.ndarray) -> Batch:
    """Map over final documents: each with its fates, fetched from the sorted blocks of
    fates whose range of positions meets the batch's (the fates are few; the documents
    are not moved)."""
    import ray

    positions = batch["position"]
    wanted = (highs >= positions.min()) & (lows <= positions.max())
    fates: dict[int, list[dict[str, Any]]] = {}
    for table in ray.get([blocks[i] for i in np.flatnonzero(wanted).tolist()]):
        columns = table.select(["position", "fate"]).to_pydict()
        for position, fate in zip(columns["position"], columns["fate"], strict=True):
            fates.setdefault(position, []).append(json.loads(fate))
    kept, data = [], []
    for position, document in zip(positions.tolist(), batch["data"], strict=True):
        is_kept, out = fated(document, fates.get(position, []))
        kept.append(is_kept)
        data.append(out)
    return {"position": positions, "kept": np.array(kept, dtype=bool), "data": objects(data)}


def write_documents_shard(batch: Batch, directory: str, suffix: str) -> Batch:
    """Map over kept rows in position order: one shard of documents, by the local writer;
    one row back, with the documents that hold lost characters and how many
    (:func:`~textclean.leftovers.lost_characters`)."""
    path = Path(directory, shard_name(int(batch["position"][0]), suffix))
    documents = characters = 0
    with open_writer(path) as writer:
        for data in batch["data"]:
            document = Document.from_dict(json.loads(data))
            lost = lost_characters(document.text)
            documents += bool(lost)
            characters += lost
            writer.write(document)
    return {
        "path": np.array([str(path)], dtype=object),
        "rows": np.array([len(batch["data"])]),
        "lost_documents": np.array([documents]),
        "lost_characters": np.array([characters]),
    }


def write_records_shard(batch: Batch, directory: str, phase: int | None = None) -> Batch:
    """Map over rows of JSON records (``data``; a list of records when ``many``) in
    position order: one JSONL shard of them, by the local record writer."""
    path = Path(directory, shard_name(int(batch["position"][0]), ".jsonl", phase))
    count = 0
    with open_record_writer(path) as record:
        for data in batch["data"]:
            loaded = json.loads(data)
            for entry in loaded if isinstance(loaded, list) else [loaded]:
                record(entry)
                count += 1
    return {"path": np.array([str(path)], dtype=object), "rows": np.array([count])}
