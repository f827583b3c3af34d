"""Find near-duplicates in a stream of documents: exact copies first, then MinHash LSH.

Each document is signed (:func:`sign_batch`: view, signature, exact-copy key), then
:class:`DuplicateFinder` looks it up: a copy of a normalised text seen before joins
that text's cluster at once; otherwise the band tables (:mod:`textclean.dedup.bands`:
the bands and rows datasketch's ``MinHashLSH`` chooses for ``dedup_threshold``, and the
candidates it would propose, a batch at a time) propose the earlier documents that share
a band, which join when their signatures agree on at least ``dedup_threshold`` of the
slots. Clusters are the sets of a
union-find; one document of each is kept (``keep``). Documents wholly inside a longer
one are found afterwards (:mod:`textclean.dedup.containment`).

>>> from textclean.document import Document
>>> story = "今天上午，市政协召开常委会议，听取全市疫情防控工作情况通报，研究部署下一步工作。"
>>> found = find_duplicates([
...     Document("a", story),
...     Document("b", story.replace("市政协", "市政協") + "\\n（責任編輯：王明）"),
...     Document("c", "全然不同的另一篇报道，讲的是春耕生产和农田水利建设的进展情况。"),
... ])
>>> [(cluster.kept, [member.id for member in cluster.members]) for cluster in found.clusters]
[('a', ['a', 'b'])]
>>> found.dropped[1]
Drop(duplicate_of='a', similarity=1.0, reason='duplicate', cluster=0)
"""

from __future__ import annotations

import hashlib
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import cache, partial
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from textclean.config import CleanConfig
from textclean.dedup.bands import COMPARED_AT_ONCE, BandTables
from textclean.dedup.clusters import UnionFind, choose_kept
from textclean.dedup.index import Indexed, IndexEntry, SignatureIndex, lsh_bands
from textclean.dedup.minhash import MinHasher, jaccard
from textclean.dedup.verify import ExactShingles
from textclean.dedup.view import dedup_view, view_config
from textclean.document import Document
from textclean.parallel import ordered_map

VERIFY_SLACK = 0.1
"""With exact verification, candidates this far below the threshold are checked too:
about 2.5 standard errors of a 128-slot estimate near 0.7."""


class SignedBatch(NamedTuple):
    """What the finder needs of a batch of documents (small, picklable)."""

    ids: list[str]
    sources: list[str]  # where each document was read from (meta "source", else its id)
    signatures: np.ndarray  # (documents, num_perm) uint32
    sizes: np.ndarray  # distinct shingles per document
    lengths: list[int]  # characters of the view
    edits: list[int]  # cleaning edits per document
    keys: list[bytes]  # the exact-copy key: a hash of the view (b"" for an empty view)
    views: list[str] | None = None  # the views themselves, when asked for


def hasher_of(config: CleanConfig) -> MinHasher:
    """The signer of ``config``'s signatures (made once per process and options)."""
    return _hasher(config.num_perm, config.minhash_seed, config.shingle_size)


@cache
def _hasher(num_perm: int, seed: int, shingle_size: int) -> MinHasher:
    return MinHasher(num_perm, seed, shingle_size)


def sign_batch(
    documents: list[Document], config: CleanConfig, cleaned: bool, keep_views: bool = False
) -> SignedBatch:
    """Views and signatures of ``documents``; ``cleaned``: their text is the output of
    :func:`textclean.clean` already (else the document steps run for the view).
    ``keep_views``: the views come back too (for exact checks later)."""
    views, edits = [], []
    for document in documents:
        if cleaned:
            views.append(dedup_view(document.text, cleaned=True))
            edits.append(len(document.edits))
        else:
            from textclean.pipeline import clean  # the pipeline imports dedup: import it late

            result = clean(document.text, view_config(config))
            views.append(dedup_view(result.text, cleaned=True))
            edits.append(len(document.edits) + len(result.edits))
    signatures = hasher_of(config).signatures(views)
    return SignedBatch(
        ids=[document.id for document in documents],
        sources=[str(document.meta.get("source", document.id)) for document in documents],
        signatures=signatures.values,
        sizes=signatures.sizes,
        lengths=[len(view) for view in views],
        edits=edits,
        keys=[_exact_key(view) for view in views],
        views=views if keep_views else None,
    )


def _exact_key(view: str) -> bytes:
    return hashlib.blake2b(view.encode("utf-8"), digest_size=12).digest() if view else b""


class Drop(NamedTuple):
    """Why a document is left out: it duplicates (or sits inside) ``duplicate_of``."""

    duplicate_of: str
    similarity: float
    reason: str  # "duplicate" or "contained"
    cluster: int | None = None  # the number of its cluster, for a duplicate


class Member(NamedTuple):
    id: str
    similarity: float  # to the kept document, estimated from the signatures


@dataclass(frozen=True)
class Cluster:
    """Documents that are near-duplicates of each other; ``kept`` is the one kept.
    ``indexed``: ``kept`` is a document of the persistent index (of an earlier run)."""

    number: int
    kept: str
    members: tuple[Member, ...]
    indexed: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The ``clusters.jsonl`` record."""
        members = [{"id": m.id, "similarity": m.similarity} for m in self.members]
        record = {"cluster": self.number, "kept": self.kept, "members": members}
        return record | ({"kept_in_index": True} if self.indexed else {})


class Containment(NamedTuple):
    """Document ``id`` is (at least ``containment`` of it) inside ``contained_in``."""

    id: str
    contained_in: str
    containment: float


@dataclass
class Duplicates:
    """What :func:`find_duplicates` found. Positions are input order, from 0."""

    documents: int = 0
    empty: int = 0  # documents whose view was empty: never a duplicate of anything
    clusters: list[Cluster] = field(default_factory=list)
    contained: list[Containment] = field(default_factory=list)
    dropped: dict[int, Drop] = field(default_factory=dict)
    contained_at: dict[int, Containment] = field(default_factory=dict)  # by position

    def describe(self) -> str:
        """One line for people."""
        return self.counts().describe()

    def counts(self) -> DuplicateCounts:
        duplicates = sum(drop.reason == "duplicate" for drop in self.dropped.values())
        return DuplicateCounts(
            documents=self.documents,
            empty=self.empty,
            clusters=len(self.clusters),
            duplicates=duplicates,
            contained=len(self.contained),
            contained_dropped=len(self.dropped) - duplicates,
        )


@dataclass(frozen=True)
class DuplicateCounts:
    """What dedup found, as numbers (a distributed run has no lists on one machine).

    >>> DuplicateCounts(10, 0, 2, 3, 1, 0).describe()
    '3 dropped as near-duplicates (2 clusters); 1 contained in a longer one (0 dropped)'
    """

    documents: int
    empty: int
    clusters: int
    duplicates: int  # documents dropped as near-duplicates
    contained: int  # documents found inside a longer one
    contained_dropped: int  # of those, dropped (``drop_contained``)

    def describe(self) -> str:
        """One line for people."""
        clusters = f"{self.clusters} cluster{'' if self.clusters == 1 else 's'}"
        line = f"{self.duplicates} dropped as near-duplicates ({clusters})"
        if self.contained:
            dropped = self.contained_dropped
            line += f"; {self.contained} contained in a longer one ({dropped} dropped)"
        if self.empty:
            line += f"; {self.empty} with no text to compare (kept)"
        return line


class DuplicateFinder:
    """Takes signed batches in input order; :meth:`finish` gives the :class:`Duplicates`.

    Memory per document: its signature (``4 * num_perm`` bytes), its id, three whole
    numbers, its exact-copy key (not for copies) and 12 bytes per band in the band
    tables (not for exact copies); with an index, its source and key too.

    With an ``index`` (:class:`~textclean.dedup.index.SignatureIndex`), each document
    is also looked up among the documents of earlier runs; a cluster that holds one
    of them keeps it (it was written before) and drops all of this run's members.
    """

    def __init__(
        self,
        config: CleanConfig,
        index: SignatureIndex | None = None,
        exact: ExactShingles | None = None,
    ) -> None:
        self.config = config
        self.lsh = BandTables(*lsh_bands(config))
        self.signatures = np.empty((1024, config.num_perm), dtype=np.uint32)
        # per position: 8-byte whole numbers, and the id (the source only for the index)
        self.sizes = array("q")
        self.lengths = array("q")
        self.edits = array("q")
        self.ids: list[str] = []
        self.sources: list[str] = []  # with an index only, like keys
        self.keys: list[bytes] = []
        self.first_with_key: dict[bytes, int] = {}
        self.sets = UnionFind()
        self.empty = 0
        self.index = index
        self.exact = exact
        self.found: Duplicates | None = None
        self.in_index: dict[int, tuple[Indexed, float]] = {}  # position -> best match
        self.copies_of_index: set[int] = set()  # exact copies of an indexed view

    def add(self, batch: SignedBatch) -> None:
        fresh: list[int] = []  # rows of documents whose text is not an exact copy
        start = len(self.ids)
        for row in range(len(batch.ids)):
            position = self.sets.add()
            self._store(position, batch, row)
            key = batch.keys[row]
            if not key:
                self.empty += 1
                continue
            original = self.first_with_key.setdefault(key, position)
            if original != position:  # an exact copy of a normalised text seen before
                self.sets.union(original, position)
                continue
            if self.index is not None:
                self._look_up(position, batch.signatures[row], key)
            fresh.append(row)
        if fresh:
            rows = np.array(fresh, dtype=np.intp)
            later, earlier = self.lsh.add_batch(batch.signatures[rows], rows + start)
            if len(later):
                self._join_similar(later, earlier)

    def _join_similar(self, later: np.ndarray, earlier: np.ndarray) -> None:
        """Join the candidate pairs whose signatures agree on ``dedup_threshold`` of the
        slots; with ``exact_verification``, those within :data:`VERIFY_SLACK` of it whose
        exact shingle sets are that similar. Pairs in order of ``later``, then ``earlier``
        (a document and its candidates, as they came)."""
        threshold = self.config.dedup_threshold
        exact = self.exact if self.config.exact_verification else None
        lowest = threshold if exact is None else threshold - VERIFY_SLACK
        for begin in range(0, len(later), COMPARED_AT_ONCE):
            end = begin + COMPARED_AT_ONCE
            near = np.flatnonzero(self._agreement(later[begin:end], earlier[begin:end]) >= lowest)
            pairs = zip(earlier[near + begin].tolist(), later[near + begin].tolist(), strict=True)
            for candidate, position in pairs:
                if exact is not None:
                    if self.sets.find(candidate) == self.sets.find(position):
                        continue
                    if exact.jaccard(candidate, position) < threshold:
                        continue
                self.sets.union(candidate, position)

    def _agreement(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        """The share of equal slots of the signatures of each pair."""
        equal = self.signatures[first] == self.signatures[second]
        return np.count_nonzero(equal, axis=1) / self.config.num_perm

    def _look_up(self, position: int, signature: np.ndarray, key: bytes) -> None:
        """Remember the most similar document of the index, if one is similar enough."""
        assert self.index is not None
        copy = self.index.exact(key)
        if copy is not None:
            self.in_index[position] = (copy, 1.0)
            self.copies_of_index.add(position)
            return
        best: tuple[Indexed, float] | None = None
        for candidate in self.index.candidates(signature):
            similarity = float(jaccard(signature, candidate.signature))
            if similarity >= self.config.dedup_threshold and (best is None or similarity > best[1]):
                best = (candidate, similarity)
        if best is not None:
            self.in_index[position] = best

    def _store(self, position: int, batch: SignedBatch, row: int) -> None:
        if position >= len(self.signatures):
            # grow by a quarter: at most 25% of the array is ever reserved and unused
            grown = np.empty((position + position // 4 + 1, self.config.num_perm), np.uint32)
            grown[:position] = self.signatures
            self.signatures = grown
        self.signatures[position] = batch.signatures[row]
        self.sizes.append(int(batch.sizes[row]))
        self.ids.append(batch.ids[row])
        if self.index is not None:
            self.sources.append(batch.sources[row])
            self.keys.append(batch.keys[row])
        self.lengths.append(batch.lengths[row])
        self.edits.append(batch.edits[row])

    def finish(self) -> Duplicates:
        """The clusters, who is kept, and (with ``containment_threshold``) containment."""
        found = Duplicates(documents=len(self.ids), empty=self.empty)
        for group in self.sets.groups():
            matches = [self.in_index[p] for p in group if p in self.in_index]
            if matches:
                self._drop_for_indexed(group, max(matches, key=lambda m: m[1])[0], found)
                continue
            if len(group) < 2:
                continue
            kept = choose_kept(group, self.config.keep, self.lengths, self.edits)
            number = len(found.clusters)
            members = []
            for position in group:
                similarity = round(float(self.similarity(position, kept)), 4)
                members.append(Member(self.ids[position], similarity))
                if position != kept:
                    drop = Drop(self.ids[kept], similarity, "duplicate", number)
                    found.dropped[position] = drop
            found.clusters.append(Cluster(number, self.ids[kept], tuple(members)))
        if self.config.containment_threshold > 0:
            from textclean.dedup.containment import find_contained

            find_contained(self, found)
        self.found = found
        return found

    def _drop_for_indexed(self, group: list[int], kept: Indexed, found: Duplicates) -> None:
        """All of ``group`` duplicates ``kept``, a document of the index."""
        number = len(found.clusters)
        members = [Member(kept.id, 1.0)]
        for position in group:
            similarity = round(float(jaccard(self.signatures[position], kept.signature)), 4)
            members.append(Member(self.ids[position], similarity))
            found.dropped[position] = Drop(kept.id, similarity, "duplicate", number)
        found.clusters.append(Cluster(number, kept.id, tuple(members), indexed=True))

    def index_entries(self) -> Iterator[IndexEntry]:
        """This run's documents for the index, after :meth:`finish`: those it keeps (the
        ones its output holds), but not empty views or exact copies of the index's."""
        if self.found is None:
            raise RuntimeError("index_entries() before finish()")
        for position, key in enumerate(self.keys):
            if not key or position in self.copies_of_index or position in self.found.dropped:
                continue
            yield (
                self.ids[position],
                self.sources[position],
                self.signatures[position],
                self.sizes[position],
                self.lengths[position],
                key,
            )

    def similarity(self, first: int, second: int) -> float:
        """The estimated Jaccard similarity of two documents (exact copies of a view
        have equal signatures, so 1.0)."""
        return float(jaccard(self.signatures[first], self.signatures[second]))


def find_duplicates(
    documents: Iterable[Document | str],
    config: CleanConfig | None = None,
    *,
    cleaned: bool = False,
    batch_size: int = 256,
    progress: Callable[[int], None] | None = None,
    index: str | Path | None = None,
    jobs: int = 1,
) -> Duplicates:
    """Find the near-duplicates among ``documents`` (a :class:`Document` or a text each).

    ``cleaned``: the texts are the output of :func:`textclean.clean` already, so the
    view skips the document steps. ``index``: a folder with the persistent index of
    earlier runs (:mod:`textclean.dedup.index`): documents are also compared with
    those, and added to it when all went well. ``jobs``: processes that compute views
    and signatures. See the module docstring for the method.
    """
    if isinstance(documents, str):
        raise TypeError("find_duplicates() takes many documents (a list of texts), not one text")
    config = config or CleanConfig()
    exact = None
    if isinstance(documents, Sequence):  # the documents can be read again: exact checks

        def view_of(position: int) -> str:
            item = documents[position]
            text = item.text if isinstance(item, Document) else item
            return dedup_view(text, cleaned=cleaned, config=config)

        exact = ExactShingles(view_of, config.shingle_size)
    with ExitStack() as stack:
        opened = stack.enter_context(SignatureIndex.open(index, config)) if index else None
        finder = DuplicateFinder(config, opened, exact)
        sign = partial(sign_batch, config=config, cleaned=cleaned)
        batches = ((batch, None) for batch in _batches(documents, batch_size))
        for signed, _ in ordered_map(sign, batches, jobs):
            finder.add(signed)
            if progress:
                progress(len(finder.ids))
        found = finder.finish()
        if opened is not None:
            opened.add(finder.index_entries())
            opened.commit()
    return found


def _batches(documents: Iterable[Document | str], size: int) -> Iterator[list[Document]]:
    numbered = (
        item if isinstance(item, Document) else Document(str(position), item)
        for position, item in enumerate(documents)
    )
    while batch := list(islice(numbered, size)):
        yield batch
