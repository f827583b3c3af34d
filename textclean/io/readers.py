"""Reading documents: directories, ``.txt`` in any encoding, JSONL (gzipped or not), Parquet.

Directories are walked recursively (hidden entries are passed over); a ``.txt`` file,
or a file without a suffix, is one document; ``.jsonl`` / ``.jsonl.gz`` and ``.parquet``
hold one document per record. Reading streams. What cannot be read is not an
exception: the reader yields a :class:`Skipped` in its place, naming the file (and
line) and why, and goes on.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_bytes("新闻".encode("utf-8"))
>>> _ = (folder / "b.txt").write_bytes(b"")
>>> for item in read_documents([folder]):
...     print(item.id if isinstance(item, Document) else item)  # doctest: +ELLIPSIS
a.txt
...b.txt: empty file
"""

from __future__ import annotations

import gzip
import json
import os
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from textclean.document import Document, Edit
from textclean.encoding import decode_bytes
from textclean.errors import DecodeError

INPUT_SUFFIXES = (".txt", ".jsonl", ".jsonl.gz", ".parquet")


@dataclass(frozen=True)
class Skipped:
    """An input that was not read, and why. ``ignored`` marks files that are simply not
    inputs (another suffix in a directory): reported, but never an error."""

    source: str
    reason: str
    line: int | None = None
    ignored: bool = False

    def __str__(self) -> str:
        """One line, whatever the file name or the error message holds."""
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", f"{where}: {self.reason}")


_CONTROL = re.compile("[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class ReadOptions:
    """How to read inputs.

    Attributes:
        text_field: the record field with the text (JSONL and Parquet inputs).
        id_field: the record field with the id; without it a record is named
            ``<file id>:<line>``.
        max_document_bytes: a ``.txt`` file or JSONL line larger than this is skipped
            with a message, not loaded (one news document is kilobytes; a file of
            gigabytes is a mistake that would exhaust memory).
    """

    text_field: str = "text"
    id_field: str = "id"
    max_document_bytes: int = 64 * 2**20

    def too_large(self, size: int) -> str | None:
        """The reason to skip a document of ``size`` bytes, or ``None``."""
        if size <= self.max_document_bytes:
            return None
        limit = _human_size(self.max_document_bytes)
        return f"too large for one document: {_human_size(size)} > {limit} (see --max-document-mb)"


def _human_size(size: int) -> str:
    """``1536`` -> ``'1.5 KiB'``."""
    for unit, scale in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} bytes"


def suffix_of(path: Path) -> str:
    """The input suffix of ``path``, lower-case, counting ``.jsonl.gz`` as one."""
    name = path.name.lower()
    for suffix in INPUT_SUFFIXES:
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def iter_input_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str] | Skipped]:
    """Every input file under ``paths`` with the id base it gets, in a stable order.

    A file named directly keeps the path as given; a file found in a directory is
    named by its path relative to that directory.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            yield path, path.as_posix()
        else:
            yield Skipped(str(path), _not_a_file(path))


def _not_a_file(path: Path) -> str:
    """Why ``path`` (not a directory) is not a file to read."""
    if path.is_symlink() and not path.exists():
        return "cannot read: broken symbolic link"
    return "not a regular file" if path.exists() else "no such file or directory"


def _walk(root: Path) -> Iterator[tuple[Path, str] | Skipped]:
    errors: list[OSError] = []
    for folder, dirnames, filenames in os.walk(root, onerror=errors.append):
        for error in errors:
            yield Skipped(str(error.filename), f"cannot read directory: {error.strerror}")
        errors.clear()
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in [d for d in dirnames if Path(folder, d).is_symlink()]:
            dirnames.remove(name)  # os.walk would not enter it either; say so
            yield Skipped(
                str(Path(folder, name)), "symbolic link to a directory, not followed", ignored=True
            )
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(folder, name)
            suffix = suffix_of(path)
            if not path.is_file():  # a FIFO or socket would block or fail on reading
                yield Skipped(str(path), _not_a_file(path))
            elif suffix in INPUT_SUFFIXES or suffix == "":
                yield path, path.relative_to(root).as_posix()
            else:
                yield Skipped(
                    str(path),
                    f"{suffix} is not an input suffix ({', '.join(INPUT_SUFFIXES)})",
                    ignored=True,
                )
    for error in errors:
        yield Skipped(str(error.filename), f"cannot read directory: {error.strerror}")


@dataclass(frozen=True)
class RawFile:
    """A ``.txt`` file read but not yet decoded: decoding (charset detection) is the costly
    part of reading, so a parallel run does it in the workers, not in the reader."""

    path: str
    name: str
    data: bytes

    def decode(self) -> Document | Skipped:
        """The file as a :class:`Document`, or a :class:`Skipped` saying why it is not text."""
        try:
            decoded = decode_bytes(self.data)
        except DecodeError as error:
            return Skipped(self.path, str(error))
        return Document(self.name, decoded.text, {"source": self.path, **decoded.meta()})


def read_documents(
    paths: Iterable[str | Path],
    options: ReadOptions | None = None,
    *,
    decode: bool = True,
) -> Iterator[Document | RawFile | Skipped]:
    """Stream the documents in ``paths``; yield a :class:`Skipped` for what cannot be read.

    With ``decode=False`` a ``.txt`` file comes as a :class:`RawFile` to decode later.
    """
    options = options or ReadOptions()
    for item in iter_input_files(paths):
        if isinstance(item, Skipped):
            yield item
        else:
            yield from read_file(*item, options, decode=decode)


def read_file(
    path: Path, name: str, options: ReadOptions, *, decode: bool = True
) -> Iterator[Document | RawFile | Skipped]:
    """The documents of one input file (as :func:`iter_input_files` lists it, with the
    id base ``name``), or a :class:`Skipped` for each that cannot be read."""
    suffix = suffix_of(path)
    try:
        if suffix in (".jsonl", ".jsonl.gz"):
            yield from _read_jsonl(path, name, options)
        elif suffix == ".parquet":
            yield from _read_parquet(path, name, options)
        else:
            reason = options.too_large(path.stat().st_size)
            if reason:
                yield Skipped(str(path), reason)
                return
            raw = RawFile(str(path), name, path.read_bytes())
            yield raw.decode() if decode else raw
    except OSError as error:
        yield Skipped(str(path), f"cannot read: {error.strerror or error}")


def _read_jsonl(path: Path, name: str, options: ReadOptions) -> Iterator[Document | Skipped]:
    opener = gzip.open if suffix_of(path) == ".jsonl.gz" else open
    number = 0
    with opener(path, "rb") as handle:
        try:
            for number, raw in enumerate(handle, start=1):
                reason = options.too_large(len(raw))
                if reason:
                    yield Skipped(str(path), reason, number)
                elif raw.strip():
                    yield _parse_json_line(raw, path, name, number, options)
        except (EOFError, gzip.BadGzipFile, zlib.error) as error:
            yield Skipped(
                str(path), f"corrupt or truncated gzip after line {number}: {error}", number + 1
            )


def _parse_json_line(
    raw: bytes, path: Path, name: str, number: int, options: ReadOptions
) -> Document | Skipped:
    record = parse_json_record(raw)
    if isinstance(record, str):
        return Skipped(str(path), record, number)
    return record_to_document(record, str(path), name, number, options)


def parse_json_record(raw: bytes) -> dict[str, Any] | str:
    """The JSON object on one JSONL line, or why the line is not one.

    >>> parse_json_record(b'[1]')
    'a JSON list, not an object'
    """
    try:
        record = json.loads(raw)
    except UnicodeDecodeError:
        return "line is not UTF-8 (JSONL must be UTF-8)"
    except json.JSONDecodeError as error:
        return f"not JSON: {error.msg} at column {error.colno}"
    if not isinstance(record, dict):
        return f"a JSON {type(record).__name__}, not an object"
    return record


def record_to_document(
    record: dict[str, Any], source: str, name: str, number: int, options: ReadOptions
) -> Document | Skipped:
    """The document of a record (line ``number`` of ``source``), or why it is not one."""
    if options.text_field not in record:
        fields = ", ".join(sorted(map(str, record))) or "none"
        return Skipped(
            source, f"no field {options.text_field!r} (fields: {fields}; use --text-field)", number
        )
    text = record[options.text_field]
    if not isinstance(text, str):
        kind = "null" if text is None else type(text).__name__
        return Skipped(source, f"field {options.text_field!r} is {kind}, not a string", number)
    raw_id = record.get(options.id_field)
    doc_id = f"{name}:{number}" if raw_id is None else str(raw_id)
    # JSONL and Parquet strings are UTF-8 by definition of the formats
    meta: dict[str, Any] = {"source": source, "line": number, "encoding": "utf-8"}
    edits: tuple[Edit, ...] = ()
    if is_textclean_record(record):  # our own output, cleaned again: keep its history
        # its meta says where it first came from; the line in this file would mislead
        meta = {"source": source, **record["meta"]}
        edits = tuple(Edit.from_dict(e) for e in record["edits"])
    else:
        rest = {k: v for k, v in record.items() if k not in (options.text_field, options.id_field)}
        if rest:
            meta["fields"] = rest
    return Document(doc_id, text, meta, edits)


def is_textclean_record(record: dict[str, Any]) -> bool:
    return (
        set(record) == {"id", "text", "edits", "meta"}
        and isinstance(record["meta"], dict)
        and isinstance(record["edits"], list)
        and all(
            isinstance(e, dict) and {"step", "reason", "before", "after", "start"} <= set(e)
            for e in record["edits"]
        )
    )


def _read_parquet(path: Path, name: str, options: ReadOptions) -> Iterator[Document | Skipped]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except (pa.ArrowInvalid, pa.ArrowException) as error:
        yield Skipped(str(path), f"not a readable Parquet file: {error}")
        return
    columns = parquet.schema_arrow.names
    if options.text_field not in columns:
        yield Skipped(
            str(path),
            f"no column {options.text_field!r} (columns: {', '.join(columns)}; use --text-field)",
        )
        return
    number = 0
    for batch in parquet.iter_batches(batch_size=1024):
        for record in batch.to_pylist():
            number += 1
            if isinstance(record.get("meta"), str) and set(record) == {
                "id",
                "text",
                "edits",
                "meta",
            }:
                record = {**record, "meta": json.loads(record["meta"])}
            yield record_to_document(record, str(path), name, number, options)
