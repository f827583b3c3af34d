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
import sys
import tempfile
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

    def __init__(self, handle: IO[bytes]) -> None:
        self._handle = handle

    def write_encoded(self, payload: bytes) -> None:
        self._handle.write(payload)


class _ParquetWriter(DocumentWriter):
    """Parquet with columns ``id``, ``text``, ``edits`` (a list of structs) and ``meta`` (JSON)."""

    encode = staticmethod(encode_parquet_row)

    def __init__(self, path: Path, rows_per_group: int = 2048) -> None:
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

    def write_encoded(self, payload: dict[str, Any]) -> None:
        self._rows.append(payload)
        if len(self._rows) >= self._rows_per_group:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(self._pa.Table.from_pylist(self._rows, schema=self._schema))
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()


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
def open_writer(path: str | Path) -> Iterator[DocumentWriter]:
    """A writer for ``path`` (``-`` is standard output, as JSONL), atomic on disk.

    The documents go to a temporary file in the same directory; it replaces ``path``
    only when the block ends without an exception, so an interrupted run leaves the
    old output (or none), never a partial one.
    """
    suffix = output_format(path)
    if str(path) == "-":
        writer = _JsonlWriter(sys.stdout.buffer)
        yield writer
        sys.stdout.flush()
        return
    with atomic_path(path) as temporary:
        if suffix == ".parquet":
            writer: DocumentWriter = _ParquetWriter(temporary)
            yield writer
            writer.close()
        else:
            opener = gzip.open if suffix == ".jsonl.gz" else open
            with opener(temporary, "wb") as handle:
                yield _JsonlWriter(handle)


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to; renamed over ``path`` when the block
    ends without an exception, deleted when it raises (nothing partial is left)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    os.close(descriptor)
    os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it private; an output is not
    try:
        yield Path(temporary)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@contextmanager
def open_record_writer(path: str | Path) -> Iterator[Callable[[dict[str, Any]], None]]:
    """A function that appends a record (a dict) as a JSONL line to ``path``, atomically.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "removed.jsonl"
    >>> with open_record_writer(target) as write:
    ...     write({"id": "a", "text": "分享到:"})
    >>> print(target.read_text("utf-8"), end="")
    {"id": "a", "text": "分享到:"}
    """
    with atomic_path(path) as temporary, open(temporary, "wb") as handle:

        def write(record: dict[str, Any]) -> None:
            line = json_text(record)
            handle.write(line.encode("utf-8") + b"\n")

        yield write


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
        source = Path(given).resolve()
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
