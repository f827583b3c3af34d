"""The index of a repository's text files (``.textclean/`` at its root), kept up to date.

``textclean check`` compares the files it checks with every other text file the git
repository tracks. Their signatures live in a :class:`~textclean.dedup.index.SignatureIndex`
that mirrors the repository: each file is stamped with its size, modification time and
hash, so a check reads again only the files that changed since the last one (a file
whose time changed but not its bytes is only stamped again), forgets the files that
went, and builds the whole index when it is missing.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterable
from functools import partial
from itertools import islice
from pathlib import Path

from textclean.check.inspect import FileReport, FileTask, file_digest, inspect_file
from textclean.config import CleanConfig
from textclean.dedup.index import FILE_NAME, SignatureIndex
from textclean.errors import ConfigError
from textclean.io import ReadOptions, path_from_name, printable_name, suffix_of
from textclean.parallel import ordered_map

INDEXED_SUFFIXES = (".txt", ".jsonl", ".jsonl.gz")
"""The files of a repository that are indexed (and that ``check`` reads in a directory)."""
IGNORE_ALL = "# made by textclean: the index is a cache, not part of the repository\n*\n"


def repository_root(start: Path) -> Path | None:
    """The top folder of the git repository around ``start``, or ``None`` (no repository,
    or no git)."""
    try:
        found = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"],
            cwd=start,
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return None
    return Path(found.stdout.strip()) if found.returncode == 0 else None


def tracked_files(root: Path) -> list[str]:
    """The text files git tracks under ``root`` (staged ones too), relative, sorted, as
    :func:`~textclean.io.printable_name` names them (``root / path_from_name(name)``)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached"], cwd=root, capture_output=True, check=True
    )
    names = [printable_name(name) for name in listed.stdout.split(b"\0") if name]
    return sorted(name for name in names if suffix_of(Path(name)) in INDEXED_SUFFIXES)


def open_repository_index(
    folder: Path, config: CleanConfig, note: Callable[[str], None] = lambda _: None
) -> SignatureIndex:
    """Open (or create) the index in ``folder``; a new folder gets a ``.gitignore`` of
    ``*`` so that git never tracks the cache. The index is a cache: one that cannot be
    read, or was built with other options, is built again (``note`` says why)."""
    created = not folder.exists()
    try:
        index = SignatureIndex.open(folder, config)
    except ConfigError as error:
        (folder / FILE_NAME).unlink(missing_ok=True)  # may raise: then the folder is not ours
        note(f"building the index again: {str(error).split('; use ')[0]}")
        index = SignatureIndex.open(folder, config)
    index.mirror_files()
    ignore = folder / ".gitignore"
    if created or not ignore.exists():
        ignore.write_text(IGNORE_ALL, encoding="utf-8")
    return index


def add_reports(index: SignatureIndex, reports: Iterable[FileReport]) -> None:
    """Index the documents of checked files (in one insert), and stamp the files."""
    entries = []
    for report in reports:
        for batch in report.signed:
            for row, key in enumerate(batch.keys):
                if key:  # an empty view is never a duplicate of anything
                    entries.append(
                        (batch.ids[row], report.name, batch.signatures[row],
                         int(batch.sizes[row]), batch.lengths[row], key)
                    )  # fmt: skip
        if report.stamp is not None:
            index.stamp(report.name, *report.stamp)
    index.add(entries)


def synchronize(
    index: SignatureIndex,
    root: Path,
    tracked: Iterable[str],
    skip: Iterable[str],
    config: CleanConfig,
    read_options: ReadOptions,
    jobs: int,
    note: Callable[[str], None],
) -> int:
    """Bring the index up to date with the ``tracked`` files under ``root`` (as
    :func:`tracked_files` lists them), except those in ``skip`` (the files being checked:
    the caller indexes them). Return how many files were read again. Nothing is
    committed: the caller commits when all went well."""
    skipped = set(skip)
    stored = index.stamps()
    current = {}
    for name in tracked:
        if name in skipped:
            continue
        try:
            status = (root / path_from_name(name)).stat()
        except OSError:  # deleted but not yet staged: not there to compare with
            continue
        current[name] = (status.st_size, status.st_mtime_ns)
    index.forget(name for name in stored if name not in current and name not in skipped)
    stale = []
    for name, (size, mtime) in current.items():
        before = stored.get(name)
        if before is not None and before[:2] == (size, mtime):
            continue
        if before is not None and before[2] == file_digest(root / path_from_name(name)):
            index.stamp(name, size, mtime, before[2])  # touched, not changed
            continue
        stale.append(name)
    if not stale:
        return 0
    note(
        f"indexing {len(stale)} file{'s' if len(stale) > 1 else ''} of the repository "
        f"in {index.path.parent} ({'first run' if not stored else 'changed since last check'})"
    )
    index.forget(stale)
    inspect = partial(inspect_file, config=config, read_options=read_options)
    tasks = ((FileTask(str(root / path_from_name(name)), name), None) for name in stale)
    workers = max(1, min(jobs, len(stale)))
    reports = (report for report, _ in ordered_map(inspect, tasks, workers))
    while batch := list(islice(reports, INDEX_BATCH)):
        add_reports(index, batch)
    return len(stale)


INDEX_BATCH = 256
"""Files indexed in one insert while the index is built (their signatures in memory)."""
