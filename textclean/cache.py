"""Tables derived at start-up, kept between runs in the user's cache directory.

Some tables cost a tenth of a second or more to derive at every start (the evidence
characters of :mod:`textclean.script` convert every Han character with OpenCC, whose
converters take ~0.05 s each to open). :func:`cached` keeps such a table in a file
the program itself writes, keyed on what it is derived from: textclean's version, the
Python version, the versions of the packages and the data files it reads, and the
module that derives it (its size and modification time, so an edited checkout derives
it again). A file that cannot be read, or holds another key, is derived again and
rewritten (atomically); a cache that cannot be written is not an error.

The directory is ``$TEXTCLEAN_CACHE_DIR``, else ``$XDG_CACHE_HOME/textclean``, else
``~/.cache/textclean``; ``TEXTCLEAN_CACHE_DIR=""`` (empty) turns the cache off.

>>> import tempfile, os
>>> before = os.environ.get(ENV)
>>> os.environ[ENV] = tempfile.mkdtemp()
>>> sorted(cached("example", ("v1",), lambda: frozenset("新闻")))
['新', '闻']
>>> cached("example", ("v1",), lambda: 1 / 0) == frozenset("新闻")  # read, not derived
True
>>> _ = os.environ.pop(ENV) if before is None else os.environ.update({ENV: before})
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

ENV = "TEXTCLEAN_CACHE_DIR"
FORMAT = 1


def cache_dir() -> Path | None:
    """Where the cache lives; None when ``TEXTCLEAN_CACHE_DIR`` is set empty."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "textclean"


def file_stamp(path: str | os.PathLike[str]) -> tuple[int, int]:
    """A file's size and modification time (ns), for a key; ``(-1, -1)`` if it is gone."""
    try:
        status = os.stat(path)
    except OSError:
        return (-1, -1)
    return (status.st_size, status.st_mtime_ns)


def content_hash(data: bytes) -> str:
    """A short hash of a data file's content, for a key."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def cached(name: str, key: tuple[Hashable, ...], build: Callable[[], T]) -> T:
    """``build()``, or what it gave before for the same ``name`` and ``key`` (a tuple of
    strings, numbers and such: every input the result depends on). ``name`` names the
    file; textclean's and Python's versions join the key."""
    from textclean import __version__

    full_key = (FORMAT, name, __version__, sys.version, *key)
    folder = cache_dir()
    if folder is None:
        return build()
    digest = hashlib.blake2b(repr(full_key).encode("utf-8"), digest_size=12).hexdigest()
    path = folder / f"{name}-{digest}.pickle"
    try:
        with open(path, "rb") as stream:
            stored_key, value = pickle.load(stream)
        if stored_key == full_key:
            return value
    except Exception:  # missing, cut, stale or foreign: derive it again
        pass
    value = build()
    _write(path, (full_key, value))
    return value


def _write(path: Path, payload: object) -> None:
    """``payload`` pickled to ``path`` atomically (a temporary beside it, renamed over
    it); an error leaves no file and is not raised: the cache only saves time."""
    import tempfile

    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(handle, "wb") as stream:
            pickle.dump(payload, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        temporary = None
    except OSError:
        pass
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
