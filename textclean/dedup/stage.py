"""Dedup as a corpus stage of a run: documents pass once, the kept ones come out after.

The documents are spooled to a temporary file (beside the output) while they are
signed, a batch at a time, in worker processes; their views come back from the workers
and are spooled too, for the exact checks (:mod:`textclean.dedup.verify`), which then
never make a view again. When all are in, the clusters are known, and the spool is
read back: kept documents go to the output, the others to the ``--dropped`` records
with what they duplicate, so nothing is lost.

>>> import tempfile
>>> from textclean.document import Document
>>> story = "今天上午，市政协召开常委会议，听取全市疫情防控工作情况通报。"
>>> with DedupStage(CleanConfig(), cleaned=True, jobs=1, spool_dir=tempfile.gettempdir()) as stage:
...     found = stage.consume([Document("a", story), Document("b", story + "\\n")])
...     [(document.id, drop) for document, drop in stage.replay()]
[('a', None), ('b', Drop(duplicate_of='a', similarity=1.0, reason='duplicate', cluster=0))]
"""

from __future__ import annotations

import json
import os
import tempfile
from array import array
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import replace
from functools import partial
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from textclean.config import CleanConfig
from textclean.dedup.finder import Drop, DuplicateFinder, Duplicates, sign_batch
from textclean.dedup.index import SignatureIndex
from textclean.dedup.verify import ExactShingles
from textclean.document import Document
from textclean.io import json_text, open_record_writer
from textclean.io.writers import Publication
from textclean.parallel import ordered_map

BATCH_SIZE = 256
"""Documents signed together in one worker call."""


class DedupStage:
    """Spool and sign documents (:meth:`consume`), then :meth:`replay` them with their fate."""

    def __init__(
        self,
        config: CleanConfig,
        *,
        cleaned: bool,
        jobs: int | None,
        spool_dir: str | None,
        index: str | Path | None = None,
        publication: Publication | None = None,
    ) -> None:
        self.config = config
        self.publication = publication
        self.cleaned = cleaned
        self.jobs = jobs
        # the documents, and their views (closed by __exit__)
        self._spool: IO[bytes] = tempfile.TemporaryFile(dir=spool_dir)  # noqa: SIM115
        self._views: IO[bytes] = tempfile.TemporaryFile(dir=spool_dir)  # noqa: SIM115
        try:
            self.index = SignatureIndex.open(index, config) if index is not None else None
        except BaseException:
            self._spool.close()
            self._views.close()
            raise
        self._view_ends = array("q")  # where each document's view ends in self._views
        exact = ExactShingles(self._view_of, config.shingle_size)
        self.finder = DuplicateFinder(config, self.index, exact)
        self.found: Duplicates | None = None
        self.written = False

    def __enter__(self) -> DedupStage:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType
    ) -> None:
        """Close the spool; add this run's documents to the index, only when the run
        wrote its output and nothing failed after (enter the stage before the writer).

        With a ``publication`` the index is committed just before the run's files move
        into place (and rolled back if they do not), so the index and the output agree.
        """
        self._spool.close()
        self._views.close()
        index = self.index
        if index is None:
            return
        try:
            if kind is None and self.written:
                index.add(self.finder.index_entries())
                if self.publication is not None:
                    self.publication.before(partial(_commit_and_close, index), index.close)
                    return
                index.commit()
        except BaseException:
            index.close()
            raise
        index.close()

    def consume(self, documents: Iterable[Document]) -> Duplicates:
        """Spool and sign every document; return what was found."""
        sign = partial(sign_batch, config=self.config, cleaned=self.cleaned, keep_views=True)
        for signed, _ in ordered_map(sign, self._spooled_batches(documents), self.jobs):
            for view in signed.views or ():
                self._views.write(view.encode("utf-8"))
                self._view_ends.append(self._views.tell())
            self.finder.add(signed)
        self.found = self.finder.finish()
        return self.found

    def _spooled_batches(self, documents: Iterable[Document]) -> Iterator[tuple[list, None]]:
        iterator = iter(documents)
        while batch := list(islice(iterator, BATCH_SIZE)):
            for document in batch:
                line = json_text(document.to_dict())
                self._spool.write(line.encode("utf-8") + b"\n")
            yield batch, None

    def _view_of(self, position: int) -> str:
        """The view of a document, as its worker made it (for the exact checks)."""
        start = self._view_ends[position - 1] if position else 0
        self._views.flush()
        view = os.pread(self._views.fileno(), self._view_ends[position] - start, start)
        return view.decode("utf-8")

    def replay(self) -> Iterator[tuple[Document, Drop | None]]:
        """Every document in input order, with why it is dropped (``None``: kept)."""
        if self.found is None:
            raise RuntimeError("replay() before consume()")
        self._spool.seek(0)
        for position, line in enumerate(self._spool):
            yield Document.from_dict(json.loads(line)), self.found.dropped.get(position)


def _commit_and_close(index: SignatureIndex) -> None:
    try:
        index.commit()
    finally:
        index.close()


def dropped_record(document: Document, drop: Drop) -> dict[str, Any]:
    """The ``--dropped`` record of a document left out as a duplicate (or as contained):
    the whole document, so it can be restored.

    >>> record = dropped_record(Document("b", "正文"), Drop("a", 0.93, "duplicate", 4))
    >>> {key: record[key] for key in ("id", "reason", "duplicate_of", "similarity", "cluster")}
    {'id': 'b', 'reason': 'duplicate', 'duplicate_of': 'a', 'similarity': 0.93, 'cluster': 4}
    """
    similarity = "similarity" if drop.reason == "duplicate" else "containment"
    record: dict[str, Any] = {
        "id": document.id,
        "source": document.meta.get("source", document.id),
        "reason": drop.reason,
        ("duplicate_of" if drop.reason == "duplicate" else "contained_in"): drop.duplicate_of,
        similarity: drop.similarity,
    }
    if drop.cluster is not None:
        record["cluster"] = drop.cluster
    record["document"] = document.to_dict()
    return record


def write_outcome(
    stage: DedupStage,
    write: Callable[[Document], None],
    clusters: str | Path | None,
    dropped: str | Path | None,
    publication: Publication | None = None,
) -> None:
    """Write the kept documents with ``write``, the clusters and the dropped records to
    their files (JSONL, atomically; with ``publication``, when it is published)."""
    if stage.found is None:
        raise RuntimeError("write_outcome() before consume()")
    if clusters is not None:
        with open_record_writer(clusters, publication) as record:
            for cluster in stage.found.clusters:
                record(cluster.to_dict())
    with (
        open_record_writer(dropped, publication) if dropped is not None else nullcontext()
    ) as record_drop:
        for position, (document, drop) in enumerate(stage.replay()):
            if drop is None:
                contained = stage.found.contained_at.get(position)
                if contained is not None:
                    where = {"id": contained.contained_in, "containment": contained.containment}
                    document = replace(document, meta={**document.meta, "contained_in": where})
                write(document)
            elif record_drop is not None:
                record_drop(dropped_record(document, drop))
    stage.written = True
