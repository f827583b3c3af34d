"""The end of a distributed run: each document's fate joined to it, shards written.

A fate is a drop (a duplicate of the kept member of its cluster, or contained in a
longer document with ``drop_contained``) or a note that it is contained in a longer
one. Fates and documents meet in a ``groupby`` on the position; what is kept, and the
``--dropped`` records, are written as the local run writes them, by the local writers.

>>> fate_row(7, {"reason": "duplicate", "duplicate_of": "a", "similarity": 0.9})["position"]
7
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from textclean.dedup.finder import Drop
from textclean.dedup.stage import dropped_record
from textclean.distributed.batches import Batch, objects
from textclean.distributed.shards import shard_name
from textclean.document import Document
from textclean.io import open_record_writer, open_writer


def fate_row(position: int, fate: dict[str, Any]) -> dict[str, Any]:
    """A row that joins ``fate`` (JSON) to the document at ``position``."""
    return {"position": position, "data": "", "fate": json.dumps(fate, ensure_ascii=False)}


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
    return {key: _column(rows, key) for key in ("position", "data", "fate")}


def _column(rows: list[dict[str, Any]], key: str) -> np.ndarray:
    values = [row[key] for row in rows]
    return np.array(values, dtype=np.int64) if key == "position" else objects(values)


def document_fates(batch: Batch) -> Batch:
    """Map over final documents: rows to meet their fates (``fate`` empty)."""
    return {
        "position": batch["position"],
        "data": batch["data"],
        "fate": objects([""] * len(batch["position"])),
    }


def apply_fate(group: Batch) -> Batch:
    """Group by position: the document as it is written (``kept``), or its ``--dropped``
    record; a kept document inside a longer one says so in its meta, as locally."""
    data = next(value for value in group["data"] if value)
    document = Document.from_dict(json.loads(data))
    fates = [json.loads(value) for value in group["fate"] if value]
    drop = next((fate for fate in fates if fate["reason"] != "contained-in"), None)
    contained = next((fate for fate in fates if fate["reason"] == "contained-in"), None)
    if drop is not None:
        cluster = drop.get("cluster")
        found = Drop(drop["duplicate_of"], drop["similarity"], drop["reason"], cluster)
        record = dropped_record(document, found)
        out = json.dumps(record, ensure_ascii=False, default=str)
        kept = False
    else:
        if contained is not None:
            where = {"id": contained["id"], "containment": contained["containment"]}
            document = replace(document, meta={**document.meta, "contained_in": where})
        out = json.dumps(document.to_dict(), ensure_ascii=False, default=str)
        kept = True
    return {
        "position": group["position"][:1],
        "kept": np.array([kept]),
        "data": objects([out]),
    }


def write_documents_shard(batch: Batch, directory: str, suffix: str) -> Batch:
    """Map over kept rows in position order: one shard of documents, by the local writer."""
    path = Path(directory, shard_name(int(batch["position"][0]), suffix))
    with open_writer(path) as writer:
        for data in batch["data"]:
            writer.write(Document.from_dict(json.loads(data)))
    return {"path": np.array([str(path)], dtype=object), "rows": np.array([len(batch["data"])])}


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
