"""The document stages on Ray Data: files read, documents cleaned, repeated lines cut.

Each stage maps a function the local pipeline uses (:func:`~textclean.io.read_file`,
the pipeline's batch cleaner and spool packer, :func:`~textclean.pipeline.strip_spooled`)
over batches of rows; nothing is re-implemented. A row is one document or one thing
that happened to an input:

* ``position``: where the local run meets it, as a number that sorts in input order:
  the file's number in the listing times 2³², plus the record's number in the file;
* ``kind``: ``document``, or ``skipped`` / ``failed`` (a reader's or a step's skip),
  or ``dropped`` (mostly spam);
* ``data``: JSON: the document (with its line hashes, as the local spool holds it), the
  skip, or the record of the drop;
* ``removed``: JSON list of the records of what cleaning cut (``--removed``);
* ``edits``: JSON object, this run's edits of the document per step.

>>> position_of(file_number=2, record_number=5)
8589934597
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import asdict
from typing import Any

import numpy as np

from textclean.boilerplate.removed import dropped_record, removed_records
from textclean.boilerplate.repeated import TEMPLATE, LineKeys
from textclean.config import CleanConfig
from textclean.distributed.batches import Batch, from_rows, objects
from textclean.document import Document
from textclean.errors import InputError
from textclean.io import (
    ReadOptions,
    Skipped,
    encode_jsonl,
    json_text,
    path_from_name,
    read_file,
)
from textclean.pipeline import (
    Dropped,
    Encoded,
    Packed,
    Packer,
    StepFailure,
    clean_batch,
    strip_spooled,
)

RECORD_BITS = 32
"""Bits of a position for the record's number within its file (4 billion records)."""
READ_BATCH = 256
"""Rows a reading task hands on at a time (a large file streams, it is not held)."""


def position_of(file_number: int, record_number: int) -> int:
    """The position of the ``record_number``-th item of the ``file_number``-th file."""
    if record_number >= 1 << RECORD_BITS:
        raise InputError(f"more than 2**{RECORD_BITS} records in one file: split it")
    return (file_number << RECORD_BITS) | record_number


def _skip_row(position: int, kind: str, skip: Skipped) -> dict[str, Any]:
    return {"position": position, "kind": kind, "data": json.dumps(asdict(skip)), "removed": ""}


def skip_of(data: str) -> Skipped:
    """The :class:`Skipped` of a ``skipped`` or ``failed`` row."""
    return Skipped(**json.loads(data))


def read_files(batch: Batch, options: ReadOptions) -> Iterator[Batch]:
    """Map over rows of files (``file``, ``path``, ``name``): their documents as rows."""
    for number, path, name in zip(batch["file"], batch["path"], batch["name"], strict=True):
        rows: list[dict[str, Any]] = []
        for record, item in enumerate(read_file(path_from_name(str(path)), str(name), options)):
            position = position_of(int(number), record)
            if isinstance(item, Skipped):
                rows.append(_skip_row(position, "skipped", item))
            else:
                data = json_text(item.to_dict())
                rows.append({"position": position, "kind": "document", "data": data, "removed": ""})
            if len(rows) >= READ_BATCH:
                yield from_rows(rows)
                rows = []
        if rows:
            yield from_rows(rows)


def clean_rows(batch: Batch, config: CleanConfig, records: bool) -> Batch:
    """Map: the documents cleaned as the local run cleans them (and spooled as it spools
    them, with their line hashes when ``config`` counts repeated lines)."""
    packer = Packer(
        encode_jsonl,
        records,
        spool=True,
        keys=config.repeated_line_documents > 0,
        templates=TEMPLATE not in config.keep_boilerplate,
    )
    is_document = batch["kind"] == "document"
    documents = [Document.from_dict(json.loads(data)) for data in batch["data"][is_document]]
    cleaned = iter(clean_batch(documents, config, packer))
    rows: list[dict[str, Any]] = []
    for position, kind, data in zip(batch["position"], batch["kind"], batch["data"], strict=True):
        position = int(position)
        if kind != "document":
            rows.append(
                {"position": position, "kind": kind, "data": data, "removed": "", "edits": ""}
            )
            continue
        item = next(cleaned)
        if isinstance(item, Encoded):
            packed: Packed = item.payload
            rows.append(
                {
                    "position": position,
                    "kind": "document",
                    "data": packed.payload.decode("utf-8"),
                    "removed": json.dumps(packed.removed, ensure_ascii=False) if records else "",
                    "edits": json.dumps(item.edits_by_step),
                }
            )
        elif isinstance(item, Dropped):
            record = dropped_record(item.document, item.reason)
            data = json_text(record)
            rows.append(
                {"position": position, "kind": "dropped", "data": data, "removed": "", "edits": ""}
            )
        else:
            failure: StepFailure = item
            skip = Skipped(failure.source, failure.message)
            rows.append({**_skip_row(position, "failed", skip), "edits": ""})
    return from_rows(rows)


def strip_rows(batch: Batch, repeated: Mapping[int, int], records: bool) -> Batch:
    """Map over cleaned ``document`` rows: the repeated lines cut (:func:`strip_spooled`);
    ``data`` becomes the document alone, ``edits`` and ``removed`` those of the cut."""
    rows: list[dict[str, Any]] = []
    for position, data in zip(batch["position"], batch["data"], strict=True):
        stripped, new_edits = strip_spooled(data, repeated)
        rows.append(
            {
                "position": int(position),
                "data": json_text(stripped.to_dict()),
                "edits": json.dumps(Counter(edit.step for edit in new_edits)),
                "removed": (
                    json.dumps(removed_records(stripped, new_edits), ensure_ascii=False)
                    if records
                    else ""
                ),
            }
        )
    return from_rows(rows)


def line_key_rows(batch: Batch) -> Batch:
    """Map over cleaned ``document`` rows: each document's text fingerprint, position and
    line and template hashes (uint64 bytes), for counting repeated lines."""
    fingerprints, keys = [], []
    for data in batch["data"]:
        _, keys_record = json.loads(data)
        counted = LineKeys.from_list(keys_record).counted()
        fingerprints.append(keys_record[1])
        keys.append(np.array(sorted(counted), dtype=np.uint64).tobytes())
    return {
        # as int64 (the same bits): Ray 2.60 cannot shuffle uint64 keys above 2⁶³
        "fingerprint": np.array(fingerprints, dtype=np.uint64).view(np.int64),
        "position": batch["position"],
        "keys": objects(keys),
    }


def first_copy_keys(group: Batch) -> Batch:
    """Group by fingerprint: the distinct line hashes of the first document with that
    text (a copy of a text seen before adds nothing, as in the local counter)."""
    first = int(np.argmin(group["position"]))
    keys = np.sort(np.frombuffer(group["keys"][first], dtype=np.uint64))
    distinct = keys[np.concatenate(([True], keys[1:] != keys[:-1]))] if len(keys) else keys
    return {"key": distinct.view(np.int64)}


class SortedCounts(Mapping[int, int]):
    """The repeated line hashes and their counts as two sorted arrays (16 bytes a line,
    sent to every worker once), read like the local stage's dict. The hashes may come
    as int64 (the bits of the uint64).

    >>> counts = SortedCounts(np.array([9, 4], dtype=np.uint64), np.array([3, 5]))
    >>> 4 in counts, counts[9], 7 in counts, len(counts)
    (True, 3, False, 2)
    """

    def __init__(self, keys: np.ndarray, counts: np.ndarray) -> None:
        keys = keys.view(np.uint64)
        order = np.argsort(keys, kind="stable")
        self._keys = keys[order]
        self._counts = counts[order].astype(np.int64)

    def _where(self, key: object) -> int | None:
        if not isinstance(key, int | np.integer) or not 0 <= int(key) < 2**64:
            return None
        index = int(np.searchsorted(self._keys, np.uint64(key)))
        found = index < len(self._keys) and int(self._keys[index]) == int(key)
        return index if found else None

    def __contains__(self, key: object) -> bool:
        return self._where(key) is not None

    def __getitem__(self, key: int) -> int:
        index = self._where(key)
        if index is None:
            raise KeyError(key)
        return int(self._counts[index])

    def __iter__(self) -> Iterator[int]:
        return iter(self._keys.tolist())

    def __len__(self) -> int:
        return len(self._keys)
