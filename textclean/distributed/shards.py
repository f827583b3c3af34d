"""Directories of output shards, written by the workers and replaced all at once.

A distributed run writes each output as a directory of shards, ``part-<first
position>.<suffix>``: names sort in input order, so reading the shards by name gives the
documents in the order a local run writes them. The workers write into a temporary
directory beside the final one (on a cluster: a file system every node mounts); only
when every shard is written does it take the final name. An interrupted run leaves the
old directory as it was, and no partial one.

>>> shard_name(4294967296, ".jsonl")
'part-00000000004294967296.jsonl'
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from textclean.errors import UsageError

PREFIX = "part-"
SHARD_SUFFIXES = (".jsonl", ".parquet")


def shard_name(first_position: int, suffix: str, phase: int | None = None) -> str:
    """The file name of the shard whose first row has ``first_position``; ``phase``
    orders shards of one output written by different stages."""
    stage = "" if phase is None else f"{phase}-"
    return f"{PREFIX}{stage}{first_position:020d}{suffix}"


def shard_paths(directory: str | Path) -> list[Path]:
    """The shards of an output directory, in input order."""
    return sorted(path for path in Path(directory).iterdir() if path.name.startswith(PREFIX))


def check_shard_directory(path: Path) -> None:
    """A :class:`UsageError` unless ``path`` is free, or a directory of shards only (the
    output of an earlier run, which is replaced)."""
    if not path.exists():
        return
    if not path.is_dir():
        raise UsageError(f"{path}: the ray backend writes a directory of shards; this is a file")
    strangers = [entry.name for entry in path.iterdir() if not entry.name.startswith(PREFIX)]
    if strangers:
        raise UsageError(
            f"{path}: holds files that are not shards ({strangers[0]}, ...); "
            "choose an empty or new directory"
        )


@contextmanager
def shard_directory(path: str | Path) -> Iterator[Path]:
    """A temporary directory to write shards into; it becomes ``path`` on success."""
    final = Path(path)
    check_shard_directory(final)
    final.parent.mkdir(parents=True, exist_ok=True)
    temporary = final.with_name(f".{final.name}.tmp-{uuid.uuid4().hex[:8]}")
    temporary.mkdir()
    try:
        yield temporary
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    old = final.with_name(f".{final.name}.old-{uuid.uuid4().hex[:8]}")
    if final.exists():
        final.rename(old)
    temporary.rename(final)
    shutil.rmtree(old, ignore_errors=True)
