"""MinHash LSH candidates in a few numpy arrays: the documents that share a band.

A signature's slots are cut into ``bands`` bands of ``rows`` slots (band ``i`` is slots
``i * rows`` to ``(i + 1) * rows``, the bands and rows of :func:`textclean.dedup.index.
lsh_bands`, as datasketch's ``MinHashLSH(params=(bands, rows))`` cuts them); two
documents are candidates when one band of theirs is equal. Each band of each document is
hashed, with its band's number, to one 64-bit integer (:meth:`BandTables.hashes`,
vectorised over a batch), and the table holds one ``(hash, position)`` pair per band
and document: 12 bytes, 216 per document at the defaults (18 bands), where datasketch's
dicts of bytes and sets held several kilobytes of Python objects.

The pairs are kept as a few sorted runs (an LSM tree): each batch added is one sorted
run, and the newest run is merged into the one before while it is at least half as
long, so there are about ``log2(documents / batch)`` runs, each looked up for a whole
batch with ``np.searchsorted``; merging copies every pair ``log2`` times in all.

Two different bands (or two bands of different documents) hashing to the same 64-bit
integer make a candidate that does not share a band: harmless, as every candidate is
verified on its signature, and rare (about ``pairs / 2**64``). A band shared is never
missed.

>>> tables = BandTables(bands=2, rows=2)
>>> tables.insert(0, np.array([1, 2, 3, 4], dtype=np.uint32))
>>> tables.query(np.array([1, 2, 9, 9], dtype=np.uint32)).tolist(), len(tables)
([0], 1)
>>> batch = np.array([[1, 2, 5, 5], [7, 7, 5, 5], [8, 8, 8, 8]], dtype=np.uint32)
>>> later, earlier = tables.add_batch(batch, np.array([1, 2, 3]))
>>> list(zip(later.tolist(), earlier.tolist()))
[(1, 0), (2, 1)]
"""

from __future__ import annotations

import numpy as np

_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # odd: every step is a bijection
_BAND_STEP = np.uint64(0xC2B2AE3D27D4EB4F)
COMPARED_AT_ONCE = 8192
"""Candidate pairs whose signatures are compared in one numpy pass (1 MiB at 128 slots)."""


def _fmix64(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finaliser: every input bit moves about half the output's."""
    values = values ^ (values >> np.uint64(33))
    values *= np.uint64(0xFF51AFD7ED558CCD)
    values ^= values >> np.uint64(33)
    values *= np.uint64(0xC4CEB9FE1A85EC53)
    return values ^ (values >> np.uint64(33))


class BandTables:
    """The band hashes of the documents added, and the earlier documents sharing one.

    Positions are whole numbers below 2**32, added in increasing order; a document's
    candidates are the documents added before it (in an earlier call, or earlier in
    the same batch) with an equal band hash.
    """

    def __init__(self, bands: int, rows: int) -> None:
        self.bands, self.rows = bands, rows
        self._offsets = np.arange(bands, dtype=np.uint64) * _BAND_STEP
        self._runs: list[tuple[np.ndarray, np.ndarray]] = []  # (hashes, positions), sorted
        self.count = 0

    def __len__(self) -> int:
        """The documents added."""
        return self.count

    @property
    def nbytes(self) -> int:
        """The bytes of the arrays held."""
        return sum(hashes.nbytes + positions.nbytes for hashes, positions in self._runs)

    def hashes(self, signatures: np.ndarray) -> np.ndarray:
        """The 64-bit hash of each band of each signature (with the band's number):
        shape (signatures, bands), uint64."""
        used = signatures[:, : self.bands * self.rows].astype(np.uint64)
        banded = used.reshape(len(signatures), self.bands, self.rows)
        hashes = np.broadcast_to(self._offsets, banded.shape[:2]).copy()
        with np.errstate(over="ignore"):
            for row in range(self.rows):
                hashes *= _MULTIPLIER
                hashes += banded[:, :, row]
            return _fmix64(hashes)

    def add_batch(
        self, signatures: np.ndarray, positions: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """Add documents (``positions`` increasing, above every earlier one) and return
        their candidates as pairs ``(later, earlier)`` of positions: each pair once,
        sorted by ``later`` then ``earlier``."""
        count = len(positions)
        if not count:
            empty = np.empty(0, dtype=np.int64)
            return empty, empty
        hashes = self.hashes(signatures).ravel()
        owners = np.repeat(np.asarray(positions, dtype=np.uint32), self.bands)
        order = np.argsort(hashes, kind="stable")  # equal hashes: earlier positions first
        hashes, owners = hashes[order], owners[order]
        later, earlier = [], []
        for run_hashes, run_positions in self._runs:
            low = np.searchsorted(run_hashes, hashes, "left")
            high = np.searchsorted(run_hashes, hashes, "right")
            found = high - low
            total = int(found.sum())
            if total:
                starts = np.repeat(low - (np.cumsum(found) - found), found)
                earlier.append(run_positions[starts + np.arange(total)])
                later.append(np.repeat(owners, found))
        same = np.flatnonzero(hashes[1:] == hashes[:-1])
        if len(same):  # documents of this batch sharing a band with an earlier one of it
            self._pairs_within(hashes, owners, same, later, earlier)
        self._append(hashes, owners)
        self.count += count
        if not later:
            empty = np.empty(0, dtype=np.int64)
            return empty, empty
        pairs = np.unique(
            (np.concatenate(later).astype(np.uint64) << np.uint64(32))
            | np.concatenate(earlier).astype(np.uint64)
        )
        low_bits = pairs & np.uint64(0xFFFFFFFF)
        return (pairs >> np.uint64(32)).astype(np.int64), low_bits.astype(np.int64)

    @staticmethod
    def _pairs_within(
        hashes: np.ndarray,
        owners: np.ndarray,
        same: np.ndarray,
        later: list[np.ndarray],
        earlier: list[np.ndarray],
    ) -> None:
        """Every pair of owners of one hash (sorted, owners increasing within a hash)."""
        heads = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]])
        ends = np.r_[heads[1:], len(hashes)]
        for head, end in zip(heads.tolist(), ends.tolist(), strict=True):
            if end - head < 2:
                continue
            group = owners[head:end]
            first, second = np.triu_indices(len(group), k=1)
            keep = group[first] != group[second]
            earlier.append(group[first][keep])
            later.append(group[second][keep])

    def _append(self, hashes: np.ndarray, owners: np.ndarray) -> None:
        """A new sorted run, merged into the one before while that is at most twice as
        long (so the runs halve in length, at least, from the oldest)."""
        runs = self._runs
        runs.append((hashes, owners))
        while len(runs) > 1 and len(runs[-2][0]) <= 2 * len(runs[-1][0]):
            (old_hashes, old_owners), (new_hashes, new_owners) = runs.pop(-2), runs.pop()
            merged = np.concatenate((old_hashes, new_hashes))
            order = np.argsort(merged, kind="stable")  # older runs first: positions stay sorted
            runs.append((merged[order], np.concatenate((old_owners, new_owners))[order]))

    def insert(self, position: int, signature: np.ndarray) -> None:
        """Add one document (as :meth:`add_batch`, its candidates not returned)."""
        self.add_batch(signature[None, :], np.array([position]))

    def query(self, signature: np.ndarray) -> np.ndarray:
        """The positions of the documents added that share a band with ``signature``,
        in increasing order (nothing is added)."""
        hashes = self.hashes(signature[None, :])[0]
        found: list[np.ndarray] = []
        for run, positions in self._runs:
            low = np.searchsorted(run, hashes, "left")
            high = np.searchsorted(run, hashes, "right")
            for start, end in zip(low.tolist(), high.tolist(), strict=True):
                if end > start:
                    found.append(positions[start:end])
        if not found:
            return np.empty(0, dtype=np.intp)
        return np.unique(np.concatenate(found)).astype(np.intp)
