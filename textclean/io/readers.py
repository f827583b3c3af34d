"""Reading documents: directories, ``.txt`` in any encoding, JSONL (gzipped or not), Parquet.

Directories are walked recursively (hidden entries are passed over); a ``.txt`` file,
or a file without a suffix, is one document; ``.jsonl`` / ``.jsonl.gz`` and ``.parquet``
hold one document per record; a file of any other suffix is ignored, in a directory or
named. Reading streams. What cannot be read is not an exception: the reader yields a
:class:`Skipped` in its place, naming the file (and line) and why, and goes on. Files
are named in ids, sources and skips by :func:`~textclean.io.names.printable_name`.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_bytes("新闻".encode("utf-8"))
>>> _ = (folder / "b.txt").write_bytes(b"")
>>> _ = (folder / "c.txt").write_bytes(b"   ")
>>> for item in read_documents([folder]):
...     print(item.id if isinstance(item, Document) else item)  # doctest: +ELLIPSIS
a.txt
...b.txt: empty file
...c.txt: empty file (only whitespace)
"""

from __future__ import annotations

import errno
import gzip
import json
import os
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, NamedTuple

from textclean.document import Document, Edit
from textclean.encoding import decode_bytes
from textclean.errors import DecodeError
from textclean.io.names import printable_name

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
        return one_line(f"{where}: {self.reason}")


def one_line(message: str) -> str:
    """``message`` with its control characters escaped, so it stays one line.

    >>> one_line("a.txt\\nb: empty file")
    'a.txt\\\\x0ab: empty file'
    """
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", message)


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
    named by its path relative to that directory; both by :func:`printable_name`. The
    same suffixes are read either way: a file of another suffix is an ignored
    :class:`Skipped`. The path is the real one, to open.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            yield _not_an_input(path) or (path, printable_name(path.as_posix()))
        else:
            yield Skipped(printable_name(path), _not_a_file(path))


def _not_an_input(path: Path) -> Skipped | None:
    """An ignored :class:`Skipped` for a file whose suffix is not read, else ``None``.

    >>> print(_not_an_input(Path("in/table.csv")))
    in/table.csv: .csv is not an input suffix (.txt, .jsonl, .jsonl.gz, .parquet)
    >>> _not_an_input(Path("in/story")) is None
    True
    """
    suffix = suffix_of(path)
    if suffix in INPUT_SUFFIXES or suffix == "":
        return None
    reason = f"{suffix} is not an input suffix ({', '.join(INPUT_SUFFIXES)})"
    return Skipped(printable_name(path), reason, ignored=True)


def _not_a_file(path: Path) -> str:
    """Why ``path`` (not a directory) is not a file to read."""
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "cannot read: symbolic link loop"
        if path.is_symlink():
            return "cannot read: broken symbolic link"
        return "no such file or directory"
    except ValueError:  # a NUL, or a name no file system holds
        return "no such file or directory"
    return "not a regular file"


def _walk(root: Path) -> Iterator[tuple[Path, str] | Skipped]:
    errors: list[OSError] = []
    for folder, dirnames, filenames in os.walk(root, onerror=errors.append):
        yield from _directory_errors(errors)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in [d for d in dirnames if Path(folder, d).is_symlink()]:
            dirnames.remove(name)  # os.walk would not enter it either; say so
            reason = "symbolic link to a directory, not followed"
            yield Skipped(printable_name(Path(folder, name)), reason, ignored=True)
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(folder, name)
            if not path.is_file():  # a FIFO or socket would block or fail on reading
                yield Skipped(printable_name(path), _not_a_file(path))
            else:
                name = printable_name(path.relative_to(root).as_posix())
                yield _not_an_input(path) or (path, name)
    yield from _directory_errors(errors)


def _directory_errors(errors: list[OSError]) -> Iterator[Skipped]:
    """A :class:`Skipped` for each folder ``os.walk`` could not list; ``errors`` emptied."""
    for error in errors:
        reason = f"cannot read directory: {error.strerror}"
        yield Skipped(printable_name(str(error.filename)), reason)
    errors.clear()


@dataclass(frozen=True)
class RawFile:
    """A ``.txt`` file read but not yet decoded: decoding (charset detection) is the costly
    part of reading, so a parallel run does it in the workers, not in the reader.
    ``path`` is the source as :func:`printable_name` writes it, ``name`` the id."""

    path: str
    name: str
    data: bytes

    def decode(self) -> Document | Skipped:
        """The file as a :class:`Document`, or a :class:`Skipped` saying why it is not text
        (or holds only whitespace)."""
        try:
            decoded = decode_bytes(self.data)
        except DecodeError as error:
            return Skipped(self.path, str(error))
        blank = blank_text(decoded.text)
        if blank:
            return Skipped(self.path, blank)
        return Document(self.name, decoded.text, {"source": self.path, **decoded.meta()})


def blank_text(text: str) -> str | None:
    """Why the decoded text of a file is no document (nothing, or only whitespace), or ``None``.

    >>> blank_text(""), blank_text(" \\n\\u3000"), blank_text("新闻")
    ('empty file', 'empty file (only whitespace)', None)
    """
    if text.strip():
        return None
    return "empty file (only whitespace)" if text else "empty file"


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
    source = printable_name(path)
    try:
        if suffix in (".jsonl", ".jsonl.gz"):
            yield from _read_jsonl(path, source, name, options)
        elif suffix == ".parquet":
            yield from _read_parquet(path, source, name, options)
        else:
            reason = options.too_large(path.stat().st_size)
            if reason:
                yield Skipped(source, reason)
                return
            raw = RawFile(source, name, path.read_bytes())
            yield raw.decode() if decode else raw
    except OSError as error:
        yield Skipped(source, f"cannot read: {error.strerror or error}")


LONG_LINE_CHUNK = 1 << 20
"""Bytes read at a time from the rest of a line too long to keep."""


class Line(NamedTuple):
    """A line of a file: its bytes, or ``None`` when it is longer than the limit (then
    not kept); ``size`` in bytes either way, its line break counted."""

    data: bytes | None
    size: int


def bounded_lines(
    handle: IO[bytes], limit: int, spill: Callable[[bytes], object] | None = None
) -> Iterator[Line]:
    """The lines of ``handle``, none of them held whole when longer than ``limit`` bytes:
    such a line is read on in chunks, each passed to ``spill`` (if given) and dropped.

    >>> import io
    >>> for line in bounded_lines(io.BytesIO(b"ab\\nabcdefgh\\n\\nx"), 4):
    ...     print(line)
    Line(data=b'ab\\n', size=3)
    Line(data=None, size=9)
    Line(data=b'\\n', size=1)
    Line(data=b'x', size=1)
    """
    while raw := handle.readline(limit + 1):
        if len(raw) <= limit:
            yield Line(raw, len(raw))
            continue
        size = len(raw)
        if spill is not None:
            spill(raw)
        while not raw.endswith(b"\n") and (raw := handle.readline(LONG_LINE_CHUNK)):
            size += len(raw)
            if spill is not None:
                spill(raw)
        yield Line(None, size)


def _read_jsonl(
    path: Path, source: str, name: str, options: ReadOptions
) -> Iterator[Document | Skipped]:
    opener = gzip.open if suffix_of(path) == ".jsonl.gz" else open
    number = 0
    with opener(path, "rb") as handle:
        try:
            lines = bounded_lines(handle, options.max_document_bytes)
            for number, (raw, size) in enumerate(lines, start=1):
                if raw is None:
                    yield Skipped(source, options.too_large(size) or "", number)
                elif raw.strip():
                    yield _parse_json_line(raw, source, name, number, options)
        except (EOFError, gzip.BadGzipFile, zlib.error) as error:
            yield Skipped(
                source, f"corrupt or truncated gzip after line {number}: {error}", number + 1
            )


def _parse_json_line(
    raw: bytes, source: str, name: str, number: int, options: ReadOptions
) -> Document | Skipped:
    record = parse_json_record(raw)
    if isinstance(record, str):
        return Skipped(source, record, number)
    return record_to_document(record, source, name, number, options)


def parse_json_record(raw: bytes) -> dict[str, Any] | str:
    """The JSON object on one JSONL line (its line break or not), or why the line is not one.

    >>> parse_json_record(b'[1]')
    'a JSON array, not an object'
    >>> parse_json_record(b'{"text": "a\\tb"}')
    'not JSON: Invalid control character (column 12)'
    >>> parse_json_record(b'{"text": "abc\\r\\n')
    'not JSON: Unterminated string starting (column 10)'
    >>> print(parse_json_record(b'{"text": "\\\\ud800abc"}'))
    holds a lone surrogate (\\ud800), not a character (JSONL must be UTF-8)
    """
    line = raw.removesuffix(b"\n").removesuffix(b"\r")
    if _ENCODED_SURROGATE.search(line):  # json reads these bytes, strict UTF-8 does not
        return _NOT_UTF8
    try:
        record = json.loads(line)
    except UnicodeDecodeError:
        return _NOT_UTF8
    except json.JSONDecodeError as error:
        message = error.msg.removesuffix(" at")  # "Invalid control character at"
        return f"not JSON: {message} (column {error.pos + 1})"
    if not isinstance(record, dict):
        return f"a JSON {_json_type(record)}, not an object"
    if _SURROGATE_ESCAPE.search(line):
        surrogate = _first_surrogate(record)
        if surrogate is not None:
            return (
                f"holds a lone surrogate (\\u{ord(surrogate):04x}), not a character"
                " (JSONL must be UTF-8)"
            )
    return record


_NOT_UTF8 = "line is not UTF-8 (JSONL must be UTF-8)"
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
"""A ``\\uD800``-``\\uDFFF`` escape: only a line with one can hold a lone surrogate."""
_ENCODED_SURROGATE = re.compile(rb"\xed[\xa0-\xbf]")
"""U+D800-U+DFFF encoded as if a character: not UTF-8, yet ``json.loads`` decodes it."""
_SURROGATE = re.compile("[\ud800-\udfff]")


def _first_surrogate(record: dict[str, Any]) -> str | None:
    """The first code point U+D800-U+DFFF in the strings of ``record`` (keys too, nested
    lists and objects), in the order of the line; ``None`` when there is none (a valid
    ``\\ud83d\\ude00`` pair is one character). Walked without recursion.
    """
    stack: list[Any] = [record]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            found = _SURROGATE.search(value)
            if found:
                return found.group()
        elif isinstance(value, dict):
            stack.extend(reversed([item for pair in value.items() for item in pair]))
        elif isinstance(value, list):
            stack.extend(reversed(value))
    return None


_JSON_TYPES: tuple[tuple[type, str], ...] = (
    (bool, "boolean"),  # before int: a bool is an int
    (int, "number"),
    (float, "number"),
    (str, "string"),
    (list, "array"),
    (dict, "object"),
)


def _json_type(value: Any) -> str:
    """The JSON name of the type of ``value``; a Python name for a type JSON lacks (Parquet).

    >>> [_json_type(v) for v in (None, True, 1, 1.5, "a", [], {}, b"")]
    ['null', 'boolean', 'number', 'number', 'string', 'array', 'object', 'bytes']
    """
    if value is None:
        return "null"
    for kind, name in _JSON_TYPES:
        if isinstance(value, kind):
            return name
    return type(value).__name__


def _a_json_type(value: Any) -> str:
    """``null``, or the JSON type name with its article: ``a number``, ``an array``.

    >>> [_a_json_type(v) for v in (None, 12, [], {}, b"")]
    ['null', 'a number', 'an array', 'an object', 'bytes']
    """
    name = _json_type(value)
    if value is None or name not in {json_name for _, json_name in _JSON_TYPES}:
        return name
    return f"{'an' if name[0] in 'ao' else 'a'} {name}"


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
        kind = _a_json_type(text)
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


def _read_parquet(
    path: Path, source: str, name: str, options: ReadOptions
) -> Iterator[Document | Skipped]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except (pa.ArrowInvalid, pa.ArrowException) as error:
        yield Skipped(source, f"not a readable Parquet file: {error}")
        return
    columns = parquet.schema_arrow.names
    if options.text_field not in columns:
        yield Skipped(
            source,
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
            yield record_to_document(record, source, name, number, options)
