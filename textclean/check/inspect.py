"""One file checked (and, for ``fix``, rewritten): the work a worker process does.

A text file is one document: its bytes are decoded (any common encoding), cleaned,
and every edit becomes a finding at its line and column in the file. A JSONL file
holds one document per line, found at that line. Each document is signed for the
duplicate search, which runs over all files afterwards (:mod:`textclean.check.runner`).

``fix`` writes the cleaned text back atomically: a text file in its own encoding (and
byte-order mark) unless ``to_utf8``; a JSONL record with its text field replaced and
every other field kept (an unchanged line is kept byte for byte). A file with
undecodable bytes is never rewritten: the bytes would be lost.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, NamedTuple

from textclean.boilerplate.removed import drop_reason
from textclean.check.codes import CODES
from textclean.check.findings import (
    Finding,
    RecordPlaces,
    TextPlaces,
    edit_findings,
    leftover_findings,
)
from textclean.config import CleanConfig
from textclean.dedup.finder import SignedBatch, sign_batch
from textclean.document import Document, Edit
from textclean.encoding.decode import BOMS, Decoded, decode_bytes
from textclean.errors import DecodeError
from textclean.io import ReadOptions, atomic_path, printable_name, suffix_of
from textclean.io.readers import (
    blank_text,
    bounded_lines,
    is_textclean_record,
    parse_json_record,
    record_to_document,
)
from textclean.layout.whitespace import FINAL_LINE_BREAKS
from textclean.pipeline import clean

RECORD_SUFFIXES = (".jsonl", ".jsonl.gz")
SIGN_BATCH = 256
"""Documents signed at a time (JSONL files hold many)."""
_BOM_OF = {encoding: bom for bom, encoding in BOMS}
"""The byte-order mark of each encoding that has one, as the decoder knows them."""


class Stamp(NamedTuple):
    """What a file was when it was read: size, modification time, and a hash of its bytes."""

    size: int
    mtime_ns: int
    digest: bytes


@dataclass(frozen=True)
class FileTask:
    """A file to check: ``path`` as the user gave it (the real path, to open), ``name`` in
    the repository (and in messages about duplicates; a printable name); ``fix`` rewrites
    it, ``to_utf8`` in UTF-8, cleaned with ``repair`` when that differs from the config
    of the findings (codes left out)."""

    path: str
    name: str
    fix: bool = False
    to_utf8: bool = False
    repair: CleanConfig | None = None

    @property
    def source(self) -> str:
        """``path`` as findings name it (:func:`~textclean.io.printable_name`)."""
        return printable_name(self.path)


@dataclass
class FileReport:
    """What was found in one file (``path``: the task's ``source``); ``signed``: its
    documents for the duplicate search, ``lines``: the line of each; ``rewritten``:
    ``fix`` wrote it anew."""

    path: str
    name: str
    findings: list[Finding] = field(default_factory=list)
    signed: list[SignedBatch] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    rewritten: bool = False
    stamp: Stamp | None = None


def inspect_file(task: FileTask, config: CleanConfig, read_options: ReadOptions) -> FileReport:
    """Check (and with ``task.fix`` rewrite) one file; never raises on what the file holds."""
    report = FileReport(task.source, task.name)
    path = Path(task.path)
    try:
        status = path.stat()
        too_large = read_options.too_large(status.st_size)
        if too_large and suffix_of(path) not in RECORD_SUFFIXES:
            return _unreadable(report, too_large)
        if suffix_of(path) in RECORD_SUFFIXES:
            _inspect_records(task, report, config, read_options, status)
        else:
            _inspect_text(task, report, config, path.read_bytes(), status)
    except OSError as error:
        _unreadable(report, f"cannot read: {error.strerror or error}")
    return report


def _not_written(report: FileReport, error: OSError) -> None:
    reason = f"not fixed: cannot write it: {error.strerror or error}"
    report.findings.append(Finding(report.path, 1, 1, "TC100", reason))


def _unreadable(report: FileReport, reason: str, line: int = 1) -> FileReport:
    report.findings.append(Finding(report.path, line, 1, "TC100", reason))
    return report


def _inspect_text(
    task: FileTask, report: FileReport, config: CleanConfig, data: bytes, status: os.stat_result
) -> None:
    report.stamp = Stamp(status.st_size, status.st_mtime_ns, _digest(data))
    try:
        decoded = decode_bytes(data)
    except DecodeError as error:
        _unreadable(report, str(error))
        return
    blank = blank_text(decoded.text)
    if blank:
        _unreadable(report, blank)
        return
    result = clean(decoded.text, config)
    document = Document(task.name, result.text, {"source": task.name, **result.meta})
    # A text file ends with one line break by convention (POSIX, end-of-file-fixer): the
    # cleaned text keeps it, and removing it is not a finding.
    keeps_break = decoded.text.endswith("\n")
    edits = [edit for edit in result.edits if not (keeps_break and _final_break(edit))]
    places = TextPlaces(decoded.text)
    report.findings.extend(_encoding_findings(report.path, decoded, places))
    report.findings.extend(edit_findings(report.path, decoded.text, edits, places))
    lost = leftover_findings(report.path, result.text, result.edits, places)
    if decoded.replaced:  # its U+FFFD are the decoder's: TC101
        lost = [finding for finding in lost if finding.code != "TC105"]
    report.findings.extend(lost)
    kept_whole = list(_document_findings(report.path, 1, document, config))
    report.findings.extend(kept_whole)
    report.signed.append(sign_batch([document], config, cleaned=True))
    report.lines.append(1)
    if not task.fix or decoded.replaced or kept_whole:
        return
    fixed = result.text if task.repair is None else clean(decoded.text, task.repair).text
    if keeps_break and fixed and not fixed.endswith("\n"):
        fixed += "\n"
    encoding, bom = ("utf-8", False) if task.to_utf8 else (decoded.encoding, decoded.bom)
    try:
        new = (_BOM_OF.get(encoding, b"") if bom else b"") + fixed.encode(encoding)
    except UnicodeEncodeError as error:
        character = error.object[error.start]
        report.findings.append(
            Finding(
                report.path, 1, 1, "TC104",
                f"not fixed: the cleaned text has {character!r}, which {encoding} cannot "
                "encode (fix with --to-utf8)",
            )
        )  # fmt: skip
        return
    if new == data:
        return
    try:
        report.stamp = _write(Path(task.path).resolve(), status, lambda h: h.write(new))
    except OSError as error:  # a read-only folder, a full disk: the file is as it was
        _not_written(report, error)
        return
    report.rewritten = True
    # what the rewrite left, at its places in the text written
    left = leftover_findings(report.path, fixed, (), TextPlaces(fixed))
    if lost or left:
        report.findings = [finding for finding in report.findings if finding not in lost] + left


def _final_break(edit: Edit) -> bool:
    return edit.step == "whitespace" and edit.reason == FINAL_LINE_BREAKS and edit.before == "\n"


def _encoding_findings(path: str, decoded: Decoded, places: TextPlaces) -> Iterator[Finding]:
    if decoded.replaced:
        line, column = places.position(decoded.text.find("\ufffd"))
        count = decoded.replaced
        yield Finding(
            path, line, column, "TC101",
            f"{count} undecodable byte sequence{'s' if count > 1 else ''} as {decoded.encoding} "
            "(read as U+FFFD; fix leaves this file alone)",
        )  # fmt: skip
    if decoded.encoding != "utf-8":
        yield Finding(path, 1, 1, "TC104", f"encoded as {decoded.encoding}, not UTF-8")
    elif decoded.bom:
        yield Finding(path, 1, 1, "TC104", "UTF-8 with a byte-order mark")


def _document_findings(
    path: str, line: int, document: Document, config: CleanConfig
) -> Iterator[Finding]:
    """TC311 and TC312: a document ``fix`` leaves whole, for people to decide about."""
    reason = drop_reason(document, config)
    if reason is not None:
        yield Finding(path, line, 1, "TC311", f"{reason}; fix leaves it as it is")
    elif not document.text.strip():  # the file had text: a blank one is TC100
        yield Finding(path, line, 1, "TC312", "nothing is left after cleaning; fix leaves it")


def fixable(finding: Finding, to_utf8: bool) -> bool:
    if finding.code == "TC104":
        return to_utf8 and not finding.message.startswith("not fixed")
    return CODES[finding.code].fixable


class _Unchanged(Exception):
    """Raised inside :func:`atomic_path` to drop a rewrite that changed nothing."""


def _inspect_records(
    task: FileTask,
    report: FileReport,
    config: CleanConfig,
    read_options: ReadOptions,
    status: os.stat_result,
) -> None:
    """A JSONL file (gzipped or not): each line a record, its text field a document."""
    path = Path(task.path)
    opener: Any = gzip.open if suffix_of(path) == ".jsonl.gz" else open
    report.stamp = Stamp(status.st_size, status.st_mtime_ns, b"")
    if not task.fix:
        with opener(path, "rb") as source:
            _scan_records(task, report, config, read_options, source, None)
        report.stamp = report.stamp._replace(digest=file_digest(path))  # of the bytes stored
        return
    try:
        with atomic_path(path.resolve()) as temporary:  # through a symbolic link, not over it
            with opener(path, "rb") as source, opener(temporary, "wb") as target:
                changed = _scan_records(task, report, config, read_options, source, target)
            if not changed:
                raise _Unchanged
            os.chmod(temporary, status.st_mode & 0o7777)
    except _Unchanged:
        report.stamp = report.stamp._replace(digest=file_digest(path))
        return
    except OSError as error:
        _not_written(report, error)
        return
    new = path.stat()
    report.stamp = Stamp(new.st_size, new.st_mtime_ns, file_digest(path))
    report.rewritten = True


def _scan_records(
    task: FileTask,
    report: FileReport,
    config: CleanConfig,
    read_options: ReadOptions,
    source: IO[bytes],
    target: IO[bytes] | None,
) -> bool:
    """Check every line of ``source`` (and copy it, fixed, to ``target``); return whether
    a line was rewritten (never for a corrupt gzip: a part of it is not written back).
    A line over the size limit is never held: it is copied to ``target`` in chunks."""
    batch: list[Document] = []
    changed = False
    number = 0
    spill = None if target is None else target.write
    try:
        lines = bounded_lines(source, read_options.max_document_bytes, spill)
        for number, (raw, size) in enumerate(lines, start=1):
            if raw is None:
                _unreadable(report, read_options.too_large(size) or "", number)
                continue
            line = _inspect_record(task, report, config, read_options, raw, number, batch)
            if len(batch) >= SIGN_BATCH:
                report.signed.append(sign_batch(batch, config, cleaned=True))
                batch.clear()
            if target is not None:
                target.write(line if line is not None else raw)
                changed = changed or line is not None
    except (EOFError, gzip.BadGzipFile, zlib.error) as error:
        _unreadable(report, f"corrupt or truncated gzip after line {number}: {error}", number + 1)
        changed = False  # never write back a part of the file
    if batch:
        report.signed.append(sign_batch(batch, config, cleaned=True))
    return changed


def _inspect_record(
    task: FileTask,
    report: FileReport,
    config: CleanConfig,
    read_options: ReadOptions,
    raw: bytes,
    number: int,
    batch: list[Document],
) -> bytes | None:
    """Check one JSONL line; return the line rewritten when ``fix`` changes its text."""
    if not raw.strip():
        return None
    record = parse_json_record(raw)
    if isinstance(record, str):
        _unreadable(report, record, number)
        return None
    document = record_to_document(record, report.path, task.name, number, read_options)
    if not isinstance(document, Document):
        _unreadable(report, document.reason, number)
        return None
    result = clean(document.text, config)
    places = RecordPlaces(number)
    report.findings.extend(edit_findings(report.path, document.text, result.edits, places))
    cleaned = Document(f"{task.name}:{number}", result.text, {"source": task.name, **result.meta})
    kept_whole = list(_document_findings(report.path, number, cleaned, config))
    report.findings.extend(kept_whole)
    batch.append(cleaned)
    report.lines.append(number)
    repaired = None
    if task.fix and not kept_whole:
        repaired = result if task.repair is None else clean(document.text, task.repair)
    if repaired is None or repaired.text == document.text:
        report.findings.extend(leftover_findings(report.path, result.text, result.edits, places))
        return None
    # what the rewrite left, at its places in the text written
    report.findings.extend(leftover_findings(report.path, repaired.text, (), places))
    record[read_options.text_field] = repaired.text
    if is_textclean_record(record):  # our own output: its log goes on
        record["edits"] = [*record["edits"], *(edit.to_dict() for edit in repaired.edits)]
    return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")


def _write(path: Path, status: os.stat_result, write: Any) -> Stamp:
    """Replace ``path`` atomically by what ``write(handle)`` writes; keep its permissions."""
    with atomic_path(path) as temporary:
        with open(temporary, "wb") as handle:
            write(handle)
        os.chmod(temporary, status.st_mode & 0o7777)
    new = path.stat()
    return Stamp(new.st_size, new.st_mtime_ns, file_digest(path))


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


def file_digest(path: Path) -> bytes:
    hasher = hashlib.blake2b(digest_size=16)
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            hasher.update(block)
    return hasher.digest()
