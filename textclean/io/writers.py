"""Writing documents: ``.jsonl``, ``.jsonl.gz`` or ``.parquet`` by suffix, atomically.

The records go to a temporary file beside the target, renamed over it only when the
run completes: an interrupted run leaves the old output (or none), never a partial one.

>>> import tempfile, pathlib
>>> target = pathlib.Path(tempfile.mkdtemp()) / "out.jsonl"
>>> write_documents([Document("a", "新闻")], target)
1
>>> print(target.read_text("utf-8"), end="")
{"id": "a", "text": "新闻", "edits": [], "meta": {}}
"""

from __future__ import annotations

import gzip
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from textclean.document import Document
from textclean.errors import UsageError
from textclean.io.readers import suffix_of

OUTPUT_SUFFIXES = (".jsonl", ".jsonl.gz", ".parquet")


def json_text(record: Any) -> str:
    """A record as textclean writes JSON everywhere: characters as they are, anything
    JSON has no type for (a date in meta, say) as its ``str``.

    >>> json_text({"text": "新闻", "day": __import__("datetime").date(2020, 4, 10)})
    '{"text": "新闻", "day": "2020-04-10"}'
    """
    return json.dumps(record, ensure_ascii=False, default=str)


def encode_jsonl(document: Document) -> bytes:
    """A document as one JSONL line (UTF-8, with its newline)."""
    return json_text(document.to_dict()).encode("utf-8") + b"\n"


def encode_parquet_row(document: Document) -> dict[str, Any]:
    """A document as a row of the Parquet output (``meta`` as a JSON string)."""
    record = document.to_dict()
    record["meta"] = json_text(record["meta"])
    return record


class DocumentWriter:
    """Writes documents to one output; use :func:`open_writer`.

    Writing is split in two so that a parallel run can do the costly half in its
    workers: ``encode`` (a picklable module-level function) turns a document into
    a payload, ``write_encoded`` appends a payload to the output.
    """

    encode: Callable[[Document], Any]

    def write(self, document: Document) -> None:
        self.write_encoded(self.encode(document))

    def write_encoded(self, payload: Any) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Flush what is buffered (the file is renamed into place by :func:`open_writer`)."""


class _JsonlWriter(DocumentWriter):
    encode = staticmethod(encode_jsonl)

    def __init__(self, handle: IO[bytes], target: Path | None = None) -> None:
        self._handle = handle
        self._target = target

    def write_encoded(self, payload: bytes) -> None:
        try:
            self._handle.write(payload)
        except OSError as error:
            raise naming(error, self._target) from None

    def close(self) -> None:
        try:
            self._handle.flush()
        except OSError as error:
            raise naming(error, self._target) from None


class _ParquetWriter(DocumentWriter):
    """Parquet with columns ``id``, ``text``, ``edits`` (a list of structs) and ``meta`` (JSON)."""

    encode = staticmethod(encode_parquet_row)

    def __init__(self, path: Path, rows_per_group: int = 2048, target: Path | None = None) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        edit = pa.struct(
            [
                ("step", pa.string()),
                ("reason", pa.string()),
                ("before", pa.string()),
                ("after", pa.string()),
                ("start", pa.int64()),
            ]
        )
        self._schema = pa.schema(
            [
                ("id", pa.string()),
                ("text", pa.string()),
                ("edits", pa.list_(edit)),
                ("meta", pa.string()),
            ]
        )
        self._pa = pa
        self._writer = pq.ParquetWriter(path, self._schema)
        self._rows: list[dict[str, Any]] = []
        self._rows_per_group = rows_per_group
        self._target = target

    def write_encoded(self, payload: dict[str, Any]) -> None:
        self._rows.append(payload)
        if len(self._rows) >= self._rows_per_group:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            table = self._pa.Table.from_pylist(self._rows, schema=self._schema)
            try:
                self._writer.write_table(table)
            except OSError as error:
                raise naming(error, self._target) from None
            self._rows = []

    def close(self) -> None:
        self._flush()
        try:
            self._writer.close()
        except OSError as error:
            raise naming(error, self._target) from None


def output_format(path: str | Path) -> str:
    """The output suffix of ``path`` (``.jsonl``, ``.jsonl.gz``, ``.parquet``), or a UsageError."""
    if str(path) == "-":
        return ".jsonl"
    suffix = suffix_of(Path(path))
    if suffix not in OUTPUT_SUFFIXES:
        raise UsageError(
            f"cannot write {path}: the output must end in {', '.join(OUTPUT_SUFFIXES)} (or be -)"
        )
    return suffix


@contextmanager
def open_writer(
    path: str | Path, publication: Publication | None = None
) -> Iterator[DocumentWriter]:
    """A writer for ``path`` (``-`` is standard output, as JSONL), atomic on disk.

    The documents go to a temporary file in the same directory; it replaces ``path``
    only when the block ends without an exception (with a ``publication``: when it is
    published), so an interrupted run leaves the old output (or none), never a partial one.
    """
    suffix = output_format(path)
    if str(path) == "-":
        writer = _JsonlWriter(sys.stdout.buffer)
        yield writer
        sys.stdout.flush()
        return
    with atomic_path(path, publication) as temporary:
        if suffix == ".parquet":
            writer: DocumentWriter = _ParquetWriter(temporary, target=Path(path))
            yield writer
            writer.close()
        else:
            opener = gzip.open if suffix == ".jsonl.gz" else open
            with opener(temporary, "wb") as handle:
                writer = _JsonlWriter(handle, Path(path))
                yield writer
                writer.close()


TEMPORARY_SUFFIX = ".tmp"
"""The suffix of textclean's temporaries (``.<target name>.<pid>-<random>.tmp``, beside it)."""


@contextmanager
def atomic_path(path: str | Path, publication: Publication | None = None) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to; renamed over ``path`` when the block
    ends without an exception, deleted when it raises (nothing partial is left).

    With a ``publication`` the rename waits for :meth:`Publication.publish`, so that
    several files move into place together (or none does). Temporaries that an earlier,
    killed run left beside ``path`` are removed first (:func:`remove_stale_temporaries`).
    """
    target = Path(path)
    temporary = temporary_beside(target)
    try:
        yield temporary
        if publication is None:
            os.replace(temporary, target)
        else:
            publication.add(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def naming(error: OSError, target: Path | None) -> OSError:
    """``error`` with ``target`` as its file when it names none (a write to a full disk
    names no file), so that the message says which output could not be written."""
    if error.filename is None and target is not None:
        error.filename = str(target)
    return error


def target_of(path: str) -> str:
    """The file a temporary of :func:`temporary_beside` becomes; other paths as they are.

    >>> target_of("out/.clean.jsonl.4242-a1b2c3d4.tmp")
    'out/clean.jsonl'
    """
    folder, name = os.path.split(path)
    match = _TEMPORARY_NAME.fullmatch(name)
    return os.path.join(folder, match.group(1)) if match else path


_TEMPORARY_NAME = re.compile(r"\.(.+)\.(?:\d+-)?[a-z0-9_]{8}\.tmp")


def temporary_beside(target: Path) -> Path:
    """A new empty temporary file beside ``target`` (its folder made if need be), named
    as :func:`remove_stale_temporaries` knows it, with the permissions of a new file;
    the stale temporaries of ``target`` are removed first."""
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(target)
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.{os.getpid()}-", suffix=TEMPORARY_SUFFIX, dir=target.parent
    )
    os.close(descriptor)
    os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it private; an output is not
    return Path(temporary)


_OLD_TEMPORARY_AGE = 3600.0
"""Seconds after which a temporary of the old name (no process id in it) counts as stale."""


def remove_stale_temporaries(target: Path) -> list[Path]:
    """Remove the temporaries of ``target`` that no running process writes; return them.

    Only textclean's own names beside ``target`` are touched: ``.<name>.<pid>-<8 random>.tmp``
    whose process is gone (or, without a pid, as textclean 0.1.0 named them, one not
    written for an hour). A kill leaves one behind; the next run of the same output
    cleans it up.
    """
    pattern = re.compile(
        re.escape(f".{target.name}.") + r"(?:(\d+)-)?[a-z0-9_]{8}" + re.escape(TEMPORARY_SUFFIX)
    )
    removed = []
    try:
        names = os.listdir(target.parent)
    except OSError:
        return removed
    for name in names:
        match = pattern.fullmatch(name)
        if match is None:
            continue
        candidate = target.parent / name
        if match.group(1) is not None:
            stale = not _process_exists(int(match.group(1)))
        else:
            try:
                stale = time.time() - candidate.stat().st_mtime > _OLD_TEMPORARY_AGE
            except OSError:
                continue
        if stale:
            candidate.unlink(missing_ok=True)
            removed.append(candidate)
    return removed


def _process_exists(pid: int) -> bool:
    """Whether a process ``pid`` runs on this machine (ours counts)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    except OverflowError:
        return False
    return True


class Publication:
    """Files written to temporaries that move into place together, after the steps that
    must come before them (the index's commit): a run's outcome is all of them or none.

    Use it as a context manager: when the block ends without an exception, the steps run
    and the files are renamed over their targets in order; when it raises (or a step
    does), the temporaries are deleted and the steps' ``abort`` functions run.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> with Publication() as publication:
    ...     with atomic_path(folder / "a.txt", publication) as temporary:
    ...         _ = temporary.write_text("a")
    ...     (folder / "a.txt").exists()
    False
    >>> (folder / "a.txt").read_text()
    'a'
    """

    def __init__(self) -> None:
        self._moves: list[tuple[Path, Path]] = []
        self._steps: list[tuple[Callable[[], None], Callable[[], None] | None]] = []
        self.published = False

    def add(self, temporary: Path, target: Path) -> None:
        """Rename ``temporary`` over ``target`` when the publication is published."""
        self._moves.append((temporary, target))

    def before(self, step: Callable[[], None], abort: Callable[[], None] | None = None) -> None:
        """Run ``step`` before the files move (its failure moves none); ``abort`` if the
        publication is discarded instead."""
        self._steps.append((step, abort))

    def publish(self) -> None:
        """Run the steps, then move every file into place."""
        steps, self._steps = self._steps, []
        for position, (step, _) in enumerate(steps):
            try:
                step()
            except BaseException:
                self._steps = steps[position + 1 :]
                raise
        for temporary, target in self._moves:
            os.replace(temporary, target)
        self._moves = []
        self.published = True

    def discard(self) -> None:
        """Delete the temporaries and abort the steps: nothing moves into place."""
        for temporary, _ in self._moves:
            temporary.unlink(missing_ok=True)
        self._moves = []
        for _, abort in self._steps:
            if abort is not None:
                abort()
        self._steps = []

    def __enter__(self) -> Publication:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is not None:
            self.discard()
            return
        try:
            self.publish()
        except BaseException:
            self.discard()
            raise


@contextmanager
def published(publication: Publication | None) -> Iterator[Publication]:
    """``publication`` as given (its owner publishes it), or a new one published here."""
    if publication is not None:
        yield publication
        return
    with Publication() as own:
        yield own


@contextmanager
def open_record_writer(
    path: str | Path, publication: Publication | None = None
) -> Iterator[Callable[[dict[str, Any]], None]]:
    """A function that appends a record (a dict) as a JSONL line to ``path``, atomically.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "removed.jsonl"
    >>> with open_record_writer(target) as write:
    ...     write({"id": "a", "text": "分享到:"})
    >>> print(target.read_text("utf-8"), end="")
    {"id": "a", "text": "分享到:"}
    """
    with atomic_path(path, publication) as temporary, open(temporary, "wb") as handle:

        def write(record: dict[str, Any]) -> None:
            line = json_text(record)
            try:
                handle.write(line.encode("utf-8") + b"\n")
            except OSError as error:
                raise naming(error, Path(path)) from None

        yield write
        try:
            handle.flush()
        except OSError as error:
            raise naming(error, Path(path)) from None


def write_documents(documents: Iterable[Document], path: str | Path) -> int:
    """Write ``documents`` to ``path`` atomically; return how many were written."""
    count = 0
    with open_writer(path) as writer:
        for document in documents:
            writer.write(document)
            count += 1
    return count


def check_not_an_input(output: str | Path, inputs: Sequence[str | Path]) -> None:
    """Refuse an output that is an input, or that lies in an input directory (it may be
    an input file now, and would be one for the next run)."""
    if str(output) == "-":
        return
    target = Path(output).resolve()
    for given in inputs:
        try:
            source = Path(given).resolve()
        except (OSError, RuntimeError):  # a symbolic link loop: the reader says so
            continue
        if source == target:
            raise UsageError(f"refusing to overwrite the input {given} with the output")
        if source.is_dir() and target.is_relative_to(source):
            raise UsageError(
                f"refusing to write the output {output} inside the input directory {given}: "
                "it would be read as input; write it elsewhere"
            )


def check_outputs(inputs: Sequence[str | Path], outputs: Mapping[str, str | Path | None]) -> None:
    """Refuse outputs (by name: ``{"output": ..., "clusters": ...}``) that are inputs or
    lie in an input directory, or that are the same file as another output.

    >>> check_outputs(["in/"], {"output": "out.jsonl", "clusters": "out.jsonl"})
    Traceback (most recent call last):
    ...
    textclean.errors.UsageError: the output and the clusters file are the same file: out.jsonl
    """
    seen: dict[Path, str] = {}
    for name, path in outputs.items():
        if path is None or str(path) == "-":
            continue
        check_not_an_input(path, inputs)
        target = Path(path).resolve()
        if target in seen:
            first = "the output" if seen[target] == "output" else f"the {seen[target]} file"
            raise UsageError(f"{first} and the {name} file are the same file: {path}")
        seen[target] = name


def _umask() -> int:
    """The process's umask (read by setting it, then setting it back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask
