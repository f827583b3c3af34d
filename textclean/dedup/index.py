"""A persistent index of signatures (``--index DIR``): duplicates across runs.

One SQLite file, ``DIR/index.sqlite``, embedded (no server). It holds, per document
indexed, its id, source, signature, view length and exact-copy key, and its LSH band
hashes with the same bands and rows as the in-memory ``MinHashLSH``, so a lookup is an
indexed join, not a scan, and nothing of the index is held in memory. A run adds its
documents in one transaction, committed only when the run ends well: an interrupted
run leaves the index as it was.

The index remembers the options its signatures depend on (``num_perm``,
``minhash_seed``, ``shingle_size``, and the bands) and the shingle hash that made them
(:data:`~textclean.dedup.minhash.HASH_SCHEME`); a run with other options is refused
with a one-line error rather than comparing signatures that mean different things. An
index made by another shingle hash (one made before the hash was recorded has no
record of it) can only be built again: the error says how.

>>> import tempfile, numpy as np
>>> from textclean.config import CleanConfig
>>> folder = tempfile.mkdtemp()
>>> with SignatureIndex.open(folder, CleanConfig()) as index:
...     index.add([("a", "a.txt", np.arange(128, dtype=np.uint32), 100, 100, b"k")])
...     index.commit()
>>> with SignatureIndex.open(folder, CleanConfig()) as index:
...     [(match.id, match.length) for match in index.candidates(np.arange(128, dtype=np.uint32))]
[('a', 100)]
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import NamedTuple

import numpy as np

from textclean.config import CleanConfig
from textclean.dedup.minhash import HASH_SCHEME
from textclean.errors import ConfigError

FILE_NAME = "index.sqlite"
BUSY_SECONDS = 60
"""How long a run waits for another that is writing the same index."""
FORMAT = "1"
_BAND_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # odd: a bijection per step

SCHEMA = """
CREATE TABLE IF NOT EXISTS settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    position INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    source TEXT NOT NULL,
    signature BLOB NOT NULL,
    size INTEGER NOT NULL,
    length INTEGER NOT NULL,
    key BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_by_key ON documents (key);
CREATE TABLE IF NOT EXISTS bands (
    band INTEGER NOT NULL, hash INTEGER NOT NULL, position INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS bands_by_hash ON bands (band, hash);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, digest BLOB NOT NULL
);
"""
MIRROR_SCHEMA = """
CREATE INDEX IF NOT EXISTS documents_by_source ON documents (source);
CREATE INDEX IF NOT EXISTS bands_by_position ON bands (position);
"""
"""What an index that mirrors files (``textclean check``'s) needs to forget a file fast."""


class Indexed(NamedTuple):
    """A document of the index, as a lookup returns it."""

    position: int
    id: str
    source: str
    signature: np.ndarray
    length: int


IndexEntry = tuple[str, str, np.ndarray, int, int, bytes]
"""What :meth:`SignatureIndex.add` takes: id, source, signature, size, length, key."""


class SignatureIndex:
    """The SQLite index of one folder; open it with :meth:`open`."""

    def __init__(self, connection: sqlite3.Connection, bands: tuple[int, int], path: Path):
        self._db = connection
        self.bands, self.rows = bands
        self.path = path

    @classmethod
    def open(cls, folder: str | Path, config: CleanConfig) -> SignatureIndex:
        """Open (or create) the index in ``folder`` for signatures made with ``config``;
        refuse one made with other options."""
        bands = lsh_bands(config)
        path = Path(folder) / FILE_NAME
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(path, isolation_level="DEFERRED", timeout=BUSY_SECONDS)
            connection.executescript(SCHEMA)
        except (OSError, sqlite3.Error) as error:
            raise ConfigError(f"cannot open the index {path}: {error}") from None
        wanted = {
            "format": FORMAT,
            "num_perm": str(config.num_perm),
            "minhash_seed": str(config.minhash_seed),
            "shingle_size": str(config.shingle_size),
            "bands": f"{bands[0]}x{bands[1]}",
            "shingle_hash": HASH_SCHEME,
        }
        stored = dict(connection.execute("SELECT name, value FROM settings"))
        if not stored:
            connection.executemany("INSERT INTO settings VALUES (?, ?)", wanted.items())
            connection.commit()
        elif stored.get("shingle_hash") != HASH_SCHEME:
            connection.close()
            made = stored.get("shingle_hash", "poly64/1, unrecorded")
            raise ConfigError(
                f"the index {path} was built with another shingle hash ({made}, now "
                f"{HASH_SCHEME}): its signatures cannot be compared with new ones; "
                f"use a new index folder, or delete {path} and run again over the "
                "documents it held to build it again"
            )
        elif stored != wanted:
            differ = ", ".join(
                f"{name} {stored.get(name)} (now {value})"
                for name, value in wanted.items()
                if stored.get(name) != value
            )
            connection.close()
            raise ConfigError(
                f"the index {path} was built with other options: {differ}; "
                "use the same options or a new index folder"
            )
        return cls(connection, bands, path)

    def __enter__(self) -> SignatureIndex:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close; what was added and not committed is rolled back."""
        self._db.rollback()
        self._db.close()

    def __len__(self) -> int:
        return self._db.execute("SELECT count(*) FROM documents").fetchone()[0]

    def band_hashes(self, signatures: np.ndarray) -> np.ndarray:
        """The hash of each band of each signature, as SQLite integers: shape (n, bands)."""
        used = signatures[:, : self.bands * self.rows].astype(np.uint64)
        banded = used.reshape(len(signatures), self.bands, self.rows)
        hashes = np.zeros(banded.shape[:2], dtype=np.uint64)
        for row in range(self.rows):
            hashes = hashes * _BAND_MULTIPLIER + banded[:, :, row]
        return hashes.view(np.int64)

    def exact(self, key: bytes) -> Indexed | None:
        """The first indexed document whose view has this exact-copy key."""
        row = self._db.execute(
            "SELECT position, id, source, signature, length FROM documents "
            "WHERE key = ? ORDER BY position LIMIT 1",
            (key,),
        ).fetchone()
        return _indexed(row) if row else None

    def candidates(self, signature: np.ndarray) -> list[Indexed]:
        """Indexed documents that share a band with ``signature`` (to be verified)."""
        pairs = list(enumerate(self.band_hashes(signature[None, :])[0].tolist()))
        clause = " OR ".join("(band = ? AND hash = ?)" for _ in pairs)
        values = [value for pair in pairs for value in pair]
        rows = self._db.execute(
            "SELECT position, id, source, signature, length FROM documents WHERE position IN "
            f"(SELECT position FROM bands WHERE {clause}) ORDER BY position",
            values,
        )
        return [_indexed(row) for row in rows]

    def add(self, entries: Iterable[IndexEntry]) -> None:
        """Add documents (uncommitted until :meth:`commit`)."""
        entries = list(entries)
        if not entries:
            return
        start = self._db.execute("SELECT coalesce(max(position) + 1, 0) FROM documents")
        first = start.fetchone()[0]
        self._db.executemany(
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (first + offset, id_, source, signature.astype("<u4").tobytes(), size, length, key)
                for offset, (id_, source, signature, size, length, key) in enumerate(entries)
            ],
        )
        hashes = self.band_hashes(np.stack([entry[2] for entry in entries]))
        self._db.executemany(
            "INSERT INTO bands VALUES (?, ?, ?)",
            [
                (band, value, first + offset)
                for offset, row in enumerate(hashes.tolist())
                for band, value in enumerate(row)
            ],
        )

    def commit(self) -> None:
        self._db.commit()

    def mirror_files(self) -> None:
        """Make the index the mirror of a set of files (``textclean check``): each file's
        documents can be forgotten when it changes or goes (:meth:`forget`)."""
        self._db.executescript(MIRROR_SCHEMA)

    def stamps(self) -> dict[str, tuple[int, int, bytes]]:
        """Each file indexed, with its size, modification time and hash when indexed."""
        rows = self._db.execute("SELECT path, size, mtime_ns, digest FROM files")
        return {path: (size, mtime, digest) for path, size, mtime, digest in rows}

    def stamp(self, path: str, size: int, mtime_ns: int, digest: bytes) -> None:
        """Record that ``path`` is indexed as it was with this size, time and hash."""
        self._db.execute(
            "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)", (path, size, mtime_ns, digest)
        )

    def forget(self, sources: Iterable[str]) -> None:
        """Remove every document read from these sources, and their file stamps."""
        rows = [(source,) for source in sources]
        self._db.executemany(
            "DELETE FROM bands WHERE position IN (SELECT position FROM documents WHERE source = ?)",
            rows,
        )
        self._db.executemany("DELETE FROM documents WHERE source = ?", rows)
        self._db.executemany("DELETE FROM files WHERE path = ?", rows)


LSH_WEIGHTS = (0.2, 0.8)
"""How datasketch weighs false positives against false negatives when it chooses the
bands. Its default, (0.5, 0.5), makes a pair exactly at the threshold a candidate 44% of
the time at 0.7 (14 bands of 9 rows): tuned as if candidates were not verified. They
are, so missing one costs more than checking one: at (0.2, 0.8), 18 bands of 7 rows,
79% (99% at 0.8), and a pair at 0.5 is checked 13% of the time, a vectorised compare."""


def lsh_bands(config: CleanConfig) -> tuple[int, int]:
    """The bands and rows per band datasketch's ``MinHashLSH`` chooses for the threshold
    with :data:`LSH_WEIGHTS`: the in-memory LSH and the index use both."""
    return _bands(config.dedup_threshold, config.num_perm)


_BANDS_ROWS = {  # num_perm: (bands, rows) at the thresholds 0.50, 0.55, ..., 0.95
    64: ((15, 16, 14, 12, 10, 9, 8, 6, 4, 3), (3, 4, 4, 5, 6, 7, 8, 10, 14, 21)),
    128: ((30, 25, 23, 21, 18, 16, 12, 9, 7, 4), (4, 5, 5, 6, 7, 8, 10, 13, 18, 30)),
    256: ((51, 42, 38, 36, 28, 25, 21, 16, 12, 7), (5, 6, 6, 7, 9, 10, 12, 16, 21, 36)),
}
KNOWN_BANDS: dict[tuple[float, int], tuple[int, int]] = {
    (percent / 100, num_perm): (bands, rows)
    for num_perm, table in _BANDS_ROWS.items()
    for percent, bands, rows in zip(range(50, 100, 5), *table, strict=True)
}
"""What :func:`lsh_bands` gives for the thresholds 0.50, 0.55, …, 0.95 at 64, 128 and 256
permutations, computed once by datasketch (the tests compare): asking datasketch loads
scipy, half a second at every start of ``check``. Other values ask it."""


@cache
def _bands(threshold: float, num_perm: int) -> tuple[int, int]:
    known = KNOWN_BANDS.get((threshold, num_perm))
    if known is not None:
        return known
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm, weights=LSH_WEIGHTS)
    return lsh.b, lsh.r


def _indexed(row: Sequence) -> Indexed:
    position, id_, source, signature, length = row
    return Indexed(position, id_, source, np.frombuffer(signature, dtype="<u4"), length)
