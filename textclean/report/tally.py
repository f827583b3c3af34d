"""What a run did, counted from its records in one pass, and a sample to drill into.

:class:`Tally` takes every record once and keeps only counts, so its totals are exact
however large the run; histograms use fixed bins. :class:`Sample` keeps, for every
kind of edit (step and reason) and every kind of drop, the few documents whose ids
hash lowest, and the same for the corpus as a whole: the drill-down holds examples
of everything, in a size that opens fast, and the same run always gives the same sample.

>>> reason_key("boilerplate", "copyright/copyright-notice: site copyright notice")
'copyright/copyright-notice'
>>> reason_key("whitespace", "more than 2 blank line(s) in a row")
'more than N blank line(s) in a row'
"""

from __future__ import annotations

import bisect
import hashlib
import heapq
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from textclean.leftovers import around, first_lost, lost_characters
from textclean.script import detect_script

LENGTH_EDGES = (0, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000)
"""Document length bins, in characters: [0, 100), [100, 200), ..., [100,000, ∞)."""
SIMILARITY_EDGES = tuple(round(0.5 + 0.025 * step, 3) for step in range(21))
"""Similarity bins from 0.5 to 1 (a member below 0.5 counts in the first)."""
LOST_EXAMPLES = 10
"""Documents with lost characters shown as examples (the first ones written)."""
LOST_CONTEXT = 30
"""Characters of its line shown on each side of the first lost character."""
BOILERPLATE = "boilerplate"
REPEATED = "repeated/"
_NUMBER = re.compile(r"\b\d+\b")


@lru_cache(maxsize=65536)  # a run has few distinct reasons, each met many times
def reason_key(step: str, reason: str) -> str:
    """The kind of an edit: a boilerplate rule (``category/rule``) or the reason with its
    numbers as N, so that edits of one kind count together."""
    if step == BOILERPLATE:
        return reason.split(": ", 1)[0]
    return _NUMBER.sub("N", reason)


@dataclass
class EditCounts:
    """Edits of one kind: how many, in how many documents, characters out and changed."""

    edits: int = 0
    documents: int = 0
    removed: int = 0  # characters taken out, net of those put in
    changed: int = 0  # characters an edit replaced (its before), removed or not

    def add(self, other: EditCounts) -> None:
        self.edits += other.edits
        self.documents += other.documents
        self.removed += other.removed
        self.changed += other.changed


def length_before(text: str, edits: Iterable[Mapping[str, Any]]) -> int:
    """The length of a document as read, from its output and its edits."""
    return len(text) + sum(len(e["before"]) - len(e["after"]) for e in edits)


class LostExample(NamedTuple):
    """A document written with lost characters: its id and source, how many it holds, and
    the first run of them (``mark``) with some of its line on each side.

    >>> LostExample.of({"id": 1, "text": "标题\\n发射\\ufffd颗卫星", "meta": {}}, 1)[3:]
    ('发射', '\\ufffd', '颗卫星')
    """

    id: str
    source: str
    lost: int
    before: str
    mark: str
    after: str

    @classmethod
    def of(cls, record: Mapping[str, Any], lost: int) -> LostExample:
        text = record["text"]
        start, end = first_lost(text) or (0, 0)
        low, high = around(text, start, end, LOST_CONTEXT)
        source = record["meta"].get("source")
        return cls(
            str(record["id"]),
            "" if source is None else str(source),
            lost,
            text[low:start],
            text[start:end],
            text[end:high],
        )


NOT_RECORDED = "(not recorded)"
"""The encoding of a document whose meta names none (made in Python, not read)."""


@dataclass
class EncodingCounts:
    """The documents read in one encoding (``meta["encoding"]``), and how sure the
    decoder was: its ``encoding_confidence``, measured for files read as bytes (a JSONL
    or Parquet string is UTF-8 by its format, and has none). ``replaced``: U+FFFD the
    decoder put for bytes it could not decode (``replacement_characters``);
    ``unrecovered``: marks the encoding step put for bytes lost inside mojibake it
    repaired (``mojibake_unrecovered``).

    >>> counts = EncodingCounts()
    >>> for meta in ({"encoding_confidence": 0.5}, {"encoding_confidence": 1.0}, {}):
    ...     counts.add(meta)
    >>> counts.documents, counts.measured, counts.mean_confidence, counts.min_confidence
    (3, 2, 0.75, 0.5)
    """

    documents: int = 0
    measured: int = 0  # documents with a confidence
    confidence_sum: float = 0.0
    min_confidence: float | None = None
    bom: int = 0
    replaced_documents: int = 0
    replaced: int = 0
    unrecovered_documents: int = 0
    unrecovered: int = 0

    @property
    def mean_confidence(self) -> float | None:
        return self.confidence_sum / self.measured if self.measured else None

    def add(self, meta: Mapping[str, Any]) -> None:
        """Count one document by its meta."""
        self.documents += 1
        confidence = _number(meta.get("encoding_confidence"))
        if confidence is not None:
            self.measured += 1
            self.confidence_sum += confidence
            if self.min_confidence is None or confidence < self.min_confidence:
                self.min_confidence = confidence
        self.bom += meta.get("bom") is True
        replaced = _number(meta.get("replacement_characters")) or 0
        self.replaced_documents += replaced > 0
        self.replaced += int(replaced)
        unrecovered = _number(meta.get("mojibake_unrecovered")) or 0
        self.unrecovered_documents += unrecovered > 0
        self.unrecovered += int(unrecovered)


def _number(value: Any) -> float | None:
    """``value`` if it is a finite number (a record from elsewhere may hold anything)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return value
    return None


def _bin(edges: Sequence[float], value: float) -> int:
    return max(0, bisect.bisect_right(edges, value) - 1)


@dataclass
class Tally:
    """Exact counts over every document record of a run (kept and dropped)."""

    documents_out: int = 0
    documents_edited: int = 0
    characters_in: int = 0
    characters_out: int = 0
    dropped: Counter[str] = field(default_factory=Counter)  # by reason
    dropped_characters: Counter[str] = field(default_factory=Counter)
    edits: dict[tuple[str, str], EditCounts] = field(default_factory=dict)
    length_before: list[int] = field(default_factory=lambda: [0] * len(LENGTH_EDGES))
    length_after: list[int] = field(default_factory=lambda: [0] * len(LENGTH_EDGES))
    script_before: Counter[str] = field(default_factory=Counter)
    script_after: Counter[str] = field(default_factory=Counter)
    repeated_lines: Counter[str] = field(default_factory=Counter)  # line → documents cut from
    cluster_sizes: Counter[int] = field(default_factory=Counter)
    similarity: list[int] = field(default_factory=lambda: [0] * len(SIMILARITY_EDGES))
    bad_records: int = 0
    lost_documents: int = 0  # written documents that hold lost characters
    lost_characters: int = 0  # U+FFFD in them (锟斤拷 as two): textclean.leftovers
    lost_examples: list[LostExample] = field(default_factory=list)  # the first few
    encodings: dict[str, EncodingCounts] = field(default_factory=dict)  # every document

    @property
    def documents_in(self) -> int:
        return self.documents_out + sum(self.dropped.values())

    def add_document(
        self, record: Mapping[str, Any], dropped: str | None = None
    ) -> set[tuple[str, str]]:
        """Count one document record (``{id, text, edits, meta}``); ``dropped`` names why
        it is not in the output (``None``: it is). Returns the kinds of its edits."""
        text, edits = record["text"], record["edits"]
        before = length_before(text, edits)
        self.characters_in += before
        self.length_before[_bin(LENGTH_EDGES, before)] += 1
        script = record["meta"].get("script")
        if script is None and not edits:  # not cleaned (a dedup run): the text is as read
            script = detect_script(text).script
        self.script_before[str(script or "unknown")] += 1
        self.documents_edited += bool(edits)
        self._add_encoding(record["meta"])
        if dropped is None:
            self.documents_out += 1
            self.characters_out += len(text)
            self.length_after[_bin(LENGTH_EDGES, len(text))] += 1
            self.script_after[detect_script(text).script] += 1
            lost = lost_characters(text)
            if lost:
                self._add_lost(record, lost)
        else:
            self.dropped[dropped] += 1
            self.dropped_characters[dropped] += len(text)
        seen: set[tuple[str, str]] = set()
        lines: set[str] = set()
        for edit in edits:
            step = edit["step"]
            key = (step, reason_key(step, edit["reason"]))
            counts = self.edits.get(key)
            if counts is None:
                counts = self.edits[key] = EditCounts()
            counts.edits += 1
            counts.removed += len(edit["before"]) - len(edit["after"])
            counts.changed += len(edit["before"])
            if key not in seen:
                seen.add(key)
                counts.documents += 1
            if step == BOILERPLATE and key[1].startswith(REPEATED):
                lines.add(edit["before"].strip())
        self.repeated_lines.update(lines)  # documents cut from, each counted once
        return seen

    def _add_encoding(self, meta: Mapping[str, Any]) -> None:
        encoding = meta.get("encoding")
        name = NOT_RECORDED if encoding is None else str(encoding)
        counts = self.encodings.get(name)
        if counts is None:
            counts = self.encodings[name] = EncodingCounts()
        counts.add(meta)

    def _add_lost(self, record: Mapping[str, Any], lost: int) -> None:
        self.lost_documents += 1
        self.lost_characters += lost
        if len(self.lost_examples) < LOST_EXAMPLES:
            self.lost_examples.append(LostExample.of(record, lost))

    def add_cluster(self, record: Mapping[str, Any]) -> None:
        """Count one cluster record (``{cluster, kept, members: [{id, similarity}]}``)."""
        members = record["members"]
        self.cluster_sizes[len(members)] += 1
        for member in members:
            if member["id"] != record["kept"]:
                self.similarity[_bin(SIMILARITY_EDGES, float(member["similarity"]))] += 1

    def by_step(self) -> dict[str, EditCounts]:
        """The edit counts summed per step (documents: those with an edit of the step,
        counted once per kind of edit, so an upper bound when a step has several)."""
        steps: dict[str, EditCounts] = {}
        for (step, _), counts in sorted(self.edits.items()):
            steps.setdefault(step, EditCounts()).add(counts)
        return steps


def priority(key: str) -> int:
    """A stable pseudo-random rank of an id: the same in every run and process."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big")


@dataclass
class Sample:
    """Bottom-k sampling by :func:`priority`: ``overall`` documents of the whole run and
    ``per_kind`` of every kind (an edit's step and reason, or a drop's reason)."""

    overall: int = 200
    per_kind: int = 5
    _heaps: dict[str, list[tuple[int, str, Any]]] = field(default_factory=dict)

    _offered: int = 0

    def offer(self, key: str, kinds: Iterable[str], item: Any) -> None:
        """Keep ``item`` if ``key`` (what names the document: its fate, id, source...)
        ranks among the lowest of ``kinds`` or of the run. Two items of one key (ids
        repeat in scraped data) are both kept or not, by the order they came in."""
        rank = priority(key)
        self._offered += 1
        entry = (-rank, -self._offered, item)  # the serial breaks ties: items never compare
        for kind in ("*", *kinds):
            heap = self._heaps.setdefault(kind, [])
            size = self.overall if kind == "*" else self.per_kind
            if len(heap) < size:
                heapq.heappush(heap, entry)
            elif entry[:2] > heap[0][:2]:
                heapq.heapreplace(heap, entry)

    def items(self) -> list[Any]:
        """The kept items, each once, in order of rank (then of arrival)."""
        kept = {entry[1]: entry for heap in self._heaps.values() for entry in heap}
        return [item for _, _, item in sorted(kept.values(), key=lambda e: (-e[0], -e[1]))]
