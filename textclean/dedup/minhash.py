"""MinHash signatures of many views at once, with numpy: the hot path of dedup.

A view is cut into character shingles (``shingle_size`` code points, 3 by default);
each shingle gets a 32-bit hash (:func:`shingle_hash`, computed for all shingles of a
batch in a few numpy passes, never one shingle at a time in Python; it collides as
often as a random 32-bit hash would, :data:`HASH_SCHEME`); the hashes go
through datasketch's ``affine32`` permutations (its default scheme since 2.0: a
MurmurHash3 finaliser, then ``a * h + b mod 2**32``), and the minimum per permutation
is the signature. So a signature is exactly what ``datasketch.MinHash(num_perm, seed,
hashfunc=shingle_hash)`` gives for the same shingles, and turns into a
``datasketch.LeanMinHash`` with :func:`to_minhash`.

>>> hasher = MinHasher(num_perm=16)
>>> batch = hasher.signatures(["今天天气很好我们去公园散步", "今天天气很好我们去公园散步吧", ""])
>>> batch.values.shape, batch.values.dtype.name, batch.sizes.tolist()
((3, 16), 'uint32', [11, 12, 0])
>>> round(float(jaccard(batch.values[0], batch.values[1])), 2)  # exactly: 11/12
1.0
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

if TYPE_CHECKING:
    from datasketch import LeanMinHash

HASH_SCHEME = "poly64-fmix64/2"
"""The name and version of :func:`shingle_hash`: what a persistent index records, to
refuse signatures made with another hash. Version 1 (no name: before it was recorded)
folded the polynomial without the finaliser."""

_MULTIPLIER = 0x100000001B3  # the 64-bit FNV prime: odd, so every step is a bijection
_FMIX64 = (0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53)  # MurmurHash3's 64-bit finaliser
_MASK64 = (1 << 64) - 1
_MASK32 = (1 << 32) - 1
EMPTY = np.uint32(_MASK32)
"""The value of every slot of the signature of an empty view (datasketch's too)."""

SHORT_DOCUMENT = 64
"""Shingles per document below which distinct shingles are counted in one sort."""
ROWS_PER_CHUNK = 8192
"""Shingles permuted at once: 8192 x 128 x 4 bytes = 4 MiB (measured best of 4k-32k)."""
CODES_PER_PASS = 1 << 17
"""Code points of views hashed, permuted and counted at once: 1 MiB of 64-bit windows."""


def shingle_hash(shingle: str) -> int:
    """The 32-bit hash of one shingle (the reference for the vectorised one).

    A polynomial over the code points, modulo 2**64, mixed by MurmurHash3's 64-bit
    finaliser (fmix64), folded to 32 bits. The polynomial alone is a bijection of
    nearby code points onto nearby values, and its fold collided 16x more often than a
    random hash over the 3-grams of common hanzi; fmix64 spreads every input bit over
    all 64 (:data:`HASH_SCHEME`). Pass it to datasketch as ``hashfunc`` to get the
    signatures :class:`MinHasher` computes.

    >>> shingle_hash("新闻联播网")
    2212116381
    """
    value = 0
    for char in shingle:
        value = (value * _MULTIPLIER + ord(char)) & _MASK64
    value ^= value >> 33
    value = (value * _FMIX64[0]) & _MASK64
    value ^= value >> 33
    value = (value * _FMIX64[1]) & _MASK64
    value ^= value >> 33
    return (value ^ (value >> 32)) & _MASK32


def shingles(view: str, size: int) -> list[str]:
    """The shingles of ``view``: every run of ``size`` characters; a shorter, non-empty
    view is one shingle.

    >>> shingles("一二三四五六", 5)
    ['一二三四五', '二三四五六']
    >>> shingles("一二", 5), shingles("", 5)
    (['一二'], [])
    """
    if len(view) < size:
        return [view] if view else []
    return [view[i : i + size] for i in range(len(view) - size + 1)]


class Signatures(NamedTuple):
    """The signatures of a batch: ``values[i]`` is the signature of view ``i`` (uint32,
    ``num_perm`` wide); ``sizes[i]`` how many distinct shingles it has (0: empty view)."""

    values: np.ndarray
    sizes: np.ndarray


@dataclass(frozen=True)
class MinHasher:
    """Computes datasketch-compatible MinHash signatures for batches of views."""

    num_perm: int = 128
    seed: int = 1
    shingle_size: int = 3

    def __post_init__(self) -> None:
        if self.num_perm < 1 or self.shingle_size < 1:
            raise ValueError("num_perm and shingle_size must be 1 or more")

    @cached_property
    def permutations(self) -> tuple[np.ndarray, np.ndarray]:
        """datasketch's own ``(a, b)`` for this ``num_perm`` and ``seed`` (affine32),
        drawn as ``MinHash._init_permutations`` draws them: an odd ``a`` below 2**32,
        then ``b``, from ``RandomState(seed)``. Drawn here, not asked of datasketch,
        whose import loads scipy (half a second at every start of ``check``); the tests
        compare both."""
        generator = np.random.RandomState(self.seed)
        a = generator.randint(0, 1 << 31, self.num_perm, dtype=np.uint32)
        a = a * np.uint32(2) + np.uint32(1)
        b = generator.randint(0, 1 << 32, self.num_perm, dtype=np.uint32)
        return a, b

    def signatures(self, views: Sequence[str]) -> Signatures:
        """The signatures of ``views``, computed together, a group of views of about
        :data:`CODES_PER_PASS` code points at a time (:func:`_groups`)."""
        lengths = np.fromiter(map(len, views), dtype=np.intp, count=len(views))
        values = np.full((len(views), self.num_perm), EMPTY, dtype=np.uint32)
        sizes = np.zeros(len(views), dtype=np.intp)
        for start, end in _groups(lengths):
            hashes, owners = self._group_hashes(views[start:end], lengths[start:end])
            self._permute_into(values[start:end], hashes, owners)
            sizes[start:end] = _distinct_per_owner(hashes, owners, end - start)
        return Signatures(values, sizes)

    def _shingle_hashes(self, views: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """The hash of every shingle of every view, and the index of the view it is in;
        shingles of one view are contiguous, views in order."""
        lengths = np.fromiter(map(len, views), dtype=np.intp, count=len(views))
        parts = []
        for start, end in _groups(lengths):
            hashes, owners = self._group_hashes(views[start:end], lengths[start:end])
            parts.append((hashes, owners + start))
        if len(parts) == 1:
            return parts[0]
        if not parts:
            return np.zeros(0, dtype=np.uint32), np.zeros(0, dtype=np.intp)
        return np.concatenate([h for h, _ in parts]), np.concatenate([o for _, o in parts])

    def _group_hashes(
        self, views: Sequence[str], lengths: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`_shingle_hashes` of a group of views (``lengths``: theirs)."""
        size = self.shingle_size
        codes = np.frombuffer("".join(views).encode("utf-32-le"), dtype=np.uint32)
        # the polynomial of every window of `size` code points of the joined views
        windows = max(len(codes) - size + 1, 0)
        rolling = np.zeros(windows, dtype=np.uint64)
        for offset in range(size):
            rolling *= np.uint64(_MULTIPLIER)
            rolling += codes[offset : offset + windows]
        _fmix64(rolling)
        folded = ((rolling ^ (rolling >> np.uint64(32))) & np.uint64(_MASK32)).astype(np.uint32)
        # keep the windows that end inside the view they start in
        counts = np.where(lengths >= size, lengths - size + 1, 0)
        owners = np.repeat(np.arange(len(views), dtype=np.intp), counts)
        starts = np.cumsum(lengths) - lengths
        positions = np.arange(len(owners)) + np.repeat(
            starts - (np.cumsum(counts) - counts), counts
        )
        hashes = folded[positions]
        short = np.flatnonzero((lengths > 0) & (lengths < size))
        if len(short):  # a view shorter than a shingle is one shingle: rare, done one by one
            extra = np.fromiter((shingle_hash(views[i]) for i in short), np.uint32, len(short))
            at = np.searchsorted(owners, short)
            hashes, owners = np.insert(hashes, at, extra), np.insert(owners, at, short)
        return hashes, owners

    def _permute_into(self, values: np.ndarray, hashes: np.ndarray, owners: np.ndarray) -> None:
        """``values[d]`` = the minimum over the shingles of document ``d`` of each
        permutation of the hashes (after datasketch's :func:`_fmix32`). Shingles are
        permuted a chunk at a time into one reused buffer, one row per permutation: the
        minima then run along contiguous memory (4x faster than one row per shingle)."""
        a, b = self.permutations
        a, b = a[:, None], b[:, None]
        buffer = np.empty((self.num_perm, min(ROWS_PER_CHUNK, len(hashes))), dtype=np.uint32)
        for begin in range(0, len(hashes), ROWS_PER_CHUNK):
            chunk = _fmix32(hashes[begin : begin + ROWS_PER_CHUNK])
            permuted = buffer[:, : len(chunk)]
            np.multiply(a, chunk[None, :], out=permuted)
            permuted += b
            chunk_owners = owners[begin : begin + ROWS_PER_CHUNK]
            heads = np.flatnonzero(np.r_[True, chunk_owners[1:] != chunk_owners[:-1]])
            minima = np.minimum.reduceat(permuted, heads, axis=1)  # (num_perm, documents)
            rows = chunk_owners[heads]
            values[rows] = np.minimum(values[rows], minima.T)

    def minhash(self, signature: np.ndarray) -> LeanMinHash:
        """``signature`` as a ``datasketch.LeanMinHash`` (for ``MinHashLSH`` and friends)."""
        return to_minhash(signature, self.seed)


def to_minhash(signature: np.ndarray, seed: int = 1) -> LeanMinHash:
    """A ``datasketch.LeanMinHash`` with these hash values (scheme ``affine32``)."""
    from datasketch import LeanMinHash

    return LeanMinHash(seed=seed, hashvalues=signature, scheme="affine32")


def jaccard(first: np.ndarray, second: np.ndarray) -> np.floating:
    """The Jaccard similarity two signatures estimate: the share of equal slots.

    Signatures of two empty views are not similar: they hold nothing to compare.
    """
    if first[0] == EMPTY and np.all(first == EMPTY):
        return np.float64(0.0)
    return np.mean(first == second)


def _groups(lengths: np.ndarray) -> list[tuple[int, int]]:
    """``(start, end)`` of runs of consecutive views of about :data:`CODES_PER_PASS` code
    points (the views that start in one such stretch of the joined views): the numpy
    passes over a group stay in the CPU's caches, where passes over all of a large batch
    went to memory and made one batch of 2,610 views slower per view than batches of
    256."""
    if not len(lengths):
        return []
    starts = np.cumsum(lengths) - lengths  # where each view starts in the joined views
    bounds = (np.flatnonzero(np.diff(starts // CODES_PER_PASS)) + 1).tolist()
    return list(zip([0, *bounds], [*bounds, len(lengths)], strict=True))


def _distinct_per_owner(hashes: np.ndarray, owners: np.ndarray, documents: int) -> np.ndarray:
    """How many distinct hashes each document has.

    Sorting each document's hashes apart is 3x faster than one sort of (document, hash)
    pairs as 64-bit keys, and that 3x faster than ``np.unique``; for many tiny documents
    the loop would cost more, so they get the one sort."""
    if not len(hashes):
        return np.zeros(documents, dtype=np.intp)
    if len(hashes) < SHORT_DOCUMENT * documents:
        keyed = np.sort((owners.astype(np.uint64) << np.uint64(32)) | hashes)
        fresh = np.r_[True, keyed[1:] != keyed[:-1]]
        return np.bincount((keyed[fresh] >> np.uint64(32)).astype(np.intp), minlength=documents)
    counts = np.zeros(documents, dtype=np.intp)
    bounds = np.flatnonzero(np.r_[True, owners[1:] != owners[:-1], True])
    for start, end in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True):
        ordered = np.sort(hashes[start:end])
        counts[owners[start]] = 1 + np.count_nonzero(ordered[1:] != ordered[:-1])
    return counts


def _fmix64(values: np.ndarray) -> None:
    """MurmurHash3's 64-bit finaliser, in place (uint64: the products wrap, silently)."""
    shift = np.uint64(33)
    values ^= values >> shift
    values *= np.uint64(_FMIX64[0])
    values ^= values >> shift
    values *= np.uint64(_FMIX64[1])
    values ^= values >> shift


def _fmix32(hashes: np.ndarray) -> np.ndarray:
    """The MurmurHash3 32-bit finaliser, as datasketch applies it before permuting."""
    hashes = hashes ^ (hashes >> np.uint32(16))
    hashes = hashes * np.uint32(0x85EBCA6B)
    hashes ^= hashes >> np.uint32(13)
    hashes *= np.uint32(0xC2B2AE35)
    return hashes ^ (hashes >> np.uint32(16))
