"""Read a run's files once and gather what the report shows: exact counts and a sample.

The passes: the clusters (their sizes, similarities, and which to show side by side),
then the output, the dropped documents and the documents dropped as spam, each
record counted by :class:`~textclean.report.tally.Tally` and offered to the
:class:`~textclean.report.tally.Sample`. Memory holds the counts, the sample and the
texts of the sampled clusters' members, not the corpus.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from textclean.boilerplate.removed import DROPPED_RULE
from textclean.errors import InputError
from textclean.io import Skipped
from textclean.report import Limits
from textclean.report.diff import MAX_CHARACTERS, capped, marked_segments
from textclean.report.runfiles import RunFiles, iter_records, missing_fields
from textclean.report.tally import Sample, Tally, length_before, priority, reason_key

MEMBER_CHARACTERS = 4_000  # of each member's text shown side by side
EDIT_CHARACTERS = 200  # of an edit's before and after shown in its tooltip


@dataclass
class Gathered:
    """Everything the page is made of."""

    files: RunFiles
    tally: Tally = field(default_factory=Tally)
    documents: list[dict[str, Any]] = field(default_factory=list)  # the drill-down sample
    clusters: list[dict[str, Any]] = field(default_factory=list)  # shown side by side
    notes: list[str] = field(default_factory=list)  # what the report could not see


def gather(
    files: RunFiles,
    limits: Limits | None = None,
    on_bad: Callable[[Skipped], None] | None = None,
) -> Gathered:
    """Read the files of a run (see :func:`~textclean.report.runfiles.locate`)."""
    limits = limits or Limits()
    gathered = Gathered(files)
    tally = gathered.tally

    def bad(skip: Skipped) -> None:
        tally.bad_records += 1
        if on_bad is not None:
            on_bad(skip)

    shown = _clusters(files, tally, limits, bad, gathered.notes)
    members: dict[str, list[dict[str, Any]]] = {}  # id → its entries in the clusters shown
    for cluster in shown:
        for member in cluster["members"]:
            members.setdefault(member["id"], []).append(member)
    sample = Sample(limits.documents, limits.per_kind)
    for record, fate in _documents(files, bad, gathered.notes):
        document = record["document"] if fate else record
        kinds = [f"{step}\t{key}" for step, key in tally.add_document(document, fate)]
        if fate:
            kinds.append(f"dropped\t{fate}")
        meta = document["meta"]
        key = f"{fate}\t{document['id']}\t{meta.get('source')}\t{meta.get('line')}"
        sample.offer(key, kinds, record)
        for member in members.get(str(document["id"]), ()):
            if member["text"] is None:  # the first document of the id (ids may repeat)
                member["text"] = document["text"][:MEMBER_CHARACTERS]
                member["length"] = len(document["text"])
                member["fate"] = fate or "kept"
    if tally.documents_in == 0 and tally.bad_records:
        raise InputError(
            f"{files.output}: no textclean records in it ({tally.bad_records:,} unreadable): "
            "give the file a run wrote with -o"
        )
    gathered.documents = [_entry(record) for record in sample.items()]
    gathered.clusters = shown
    return gathered


def _clusters(
    files: RunFiles,
    tally: Tally,
    limits: Limits,
    bad: Callable[[Skipped], None],
    notes: list[str],
) -> list[dict[str, Any]]:
    """Count the clusters; return the largest and a sample of the rest, to show."""
    if files.clusters is None:
        if (files.manifest or {}).get("command") != "clean":  # a clean run has none
            notes.append("no clusters file: the run did not dedup, or wrote them elsewhere")
        return []
    largest: list[tuple[int, int, dict[str, Any]]] = []
    sampled: list[tuple[int, int, dict[str, Any]]] = []
    for record in iter_records(files.clusters, bad, _cluster_problem):
        tally.add_cluster(record)
        size, number = len(record["members"]), int(record["cluster"])
        _keep(largest, (size, -number, record), limits.largest_clusters)
        _keep(sampled, (-priority(str(number)), number, record), limits.clusters)
    chosen = {entry[2]["cluster"]: entry[2] for entry in largest + sampled}
    return [_shown_cluster(chosen[number]) for number in sorted(chosen)]


_missing_cluster_fields = missing_fields("cluster", "kept", "members")


def _cluster_problem(record: dict[str, Any]) -> str | None:
    """Why a record is not a cluster (``{cluster, kept, members: [{id, similarity}]}``)."""
    missing = _missing_cluster_fields(record)
    if missing is not None:
        return missing
    members = record["members"]
    if not isinstance(record["cluster"], int) or not isinstance(members, list):
        return "cluster and members must be a number and a list"
    for member in members:
        if not (isinstance(member, dict) and {"id", "similarity"} <= member.keys()):
            return "a member is not a record of id and similarity"
        if not isinstance(member["similarity"], (int, float)):
            return "a member's similarity is not a number"
    return None


def _keep(heap: list[Any], entry: tuple[int, int, Any], size: int) -> None:
    """Keep the ``size`` largest entries (by their first two fields) in ``heap``."""
    if len(heap) < size:
        heapq.heappush(heap, entry)
    elif entry[:2] > heap[0][:2]:
        heapq.heapreplace(heap, entry)


def _shown_cluster(record: Mapping[str, Any]) -> dict[str, Any]:
    members = [
        {
            "id": str(member["id"]),
            "similarity": member["similarity"],
            "kept": member["id"] == record["kept"],
            "text": None,  # filled in when the document passes
            "length": None,
            "fate": None,
        }
        for member in record["members"]
    ]
    return {"cluster": record["cluster"], "kept": record["kept"], "members": members}


DOCUMENT_FIELDS = ("id", "text", "edits", "meta")
EDIT_FIELDS = frozenset(("step", "reason", "before", "after", "start"))
_missing_document_fields = missing_fields(*DOCUMENT_FIELDS)


def _document_problem(record: dict[str, Any]) -> str | None:
    """Why a record is not a document of a run's output (``{id, text, edits, meta}``).

    >>> _document_problem({"id": 1, "text": "正文", "edits": [{"step": "x"}], "meta": {}})
    'an edit is not a record of step, reason, before, after and start'
    """
    missing = _missing_document_fields(record)
    if missing is not None:
        return missing
    text, edits, meta = record["text"], record["edits"], record["meta"]
    if not (isinstance(text, str) and isinstance(edits, list) and isinstance(meta, dict)):
        return "text, edits and meta must be a string, a list and an object"
    if not all(isinstance(edit, dict) and edit.keys() >= EDIT_FIELDS for edit in edits):
        return "an edit is not a record of step, reason, before, after and start"
    return None


def _dropped_problem(record: dict[str, Any]) -> str | None:
    """Why a record is not a dropped document's (``{..., document: {id, text, ...}}``)."""
    document = record.get("document")
    if not isinstance(document, dict):
        return missing_fields("document")(record) or "its document is not a record"
    return _document_problem(document)


def _documents(
    files: RunFiles, bad: Callable[[Skipped], None], notes: list[str]
) -> Iterator[tuple[dict[str, Any], str | None]]:
    """Every document record of the run with its fate: ``None`` (written), or why not."""
    command = (files.manifest or {}).get("command")
    yield from ((record, None) for record in iter_records(files.output, bad, _document_problem))
    if files.dropped is not None:
        for record in iter_records(files.dropped, bad, _dropped_problem):
            yield record, str(record.get("reason", "dropped"))
    elif files.manifest is None:
        notes.append("no --dropped records and no manifest: documents left out are not counted")
    elif command != "clean":  # a clean run drops no duplicates
        notes.append("no --dropped records: the documents left out are counted, not shown")
    if files.removed is not None:
        records = iter_records(files.removed, bad, containing=DROPPED_RULE.encode())
        spam = (record for record in records if record.get("rule") == DROPPED_RULE)
        for record in spam:
            problem = _dropped_problem(record)
            if problem is None:
                yield record, "spam"
            else:
                bad(Skipped(str(files.removed), problem))
    elif command != "dedup":  # a dedup run drops no spam
        notes.append("no --removed records: documents dropped as spam are not shown")


def _entry(record: Mapping[str, Any]) -> dict[str, Any]:
    """A sampled document as the page's script gets it: its facts, the kinds of its
    edits with their counts (for the filters), and its diff view, capped, with the
    reason and the replaced text of each edit the view shows."""
    dropped = "document" in record
    document = record["document"] if dropped else record
    edits = document["edits"]
    try:
        segments, rest, rest_edits = capped(marked_segments(document["text"], edits))
    except ValueError as error:  # edits that do not fit the text: show it, say why
        segments, rest, rest_edits = [("same", document["text"][:MAX_CHARACTERS], -1)], 0, 0
        problem = f"edits do not replay: {error}"
    else:
        problem = None
    reasons: dict[tuple[str, str, str], int] = {}
    marks = {}
    for _, _, number in segments:
        if number >= 0 and number not in marks:
            edit = edits[number]
            step, reason = edit["step"], edit["reason"]
            index = reasons.setdefault((step, reason_key(step, reason), reason), len(reasons))
            marks[number] = [number, index, edit["before"][:EDIT_CHARACTERS]]
    kinds = Counter((e["step"], reason_key(e["step"], e["reason"])) for e in edits)
    fate = "kept"
    if dropped:
        fate = "spam" if record.get("rule") == DROPPED_RULE else str(record.get("reason"))
    return {
        "id": str(document["id"]),
        "source": str(document["meta"].get("source", "")),
        "fate": fate,
        "why": record.get("reason") if fate == "spam" else None,
        "of": record.get("duplicate_of") or record.get("contained_in"),
        "similarity": record.get("similarity", record.get("containment")),
        "cluster": record.get("cluster"),
        "before": length_before(document["text"], edits),
        "after": len(document["text"]),
        "edits": len(edits),
        "kinds": [[step, key, count] for (step, key), count in sorted(kinds.items())],
        "reasons": [list(reason) for reason in reasons],
        "marks": list(marks.values()),
        "segments": [[kind[0], part, number] for kind, part, number in segments],
        "rest": [rest, rest_edits] if rest else None,
        "problem": problem,
    }
