"""The files of a run, found from its output, and read record by record.

A run that writes to a file (or, on Ray, to a directory of shards) leaves a small
manifest beside it, ``<output stem>.run.json``: the command, the inputs, where each
output went, the options and the exact counts (documents, skips, drops, edits by
step). ``textclean report OUTPUT`` starts from it; an output without one (written by
an older textclean, or moved without it) is still reported, from the files found
beside it under their default names.

>>> manifest_path("out/clean.jsonl").as_posix()
'out/clean.run.json'
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import os
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from textclean.config import CleanConfig
from textclean.dedup.finder import Duplicates
from textclean.errors import InputError
from textclean.io import Skipped, atomic_path, printable_name
from textclean.io.readers import parse_json_record
from textclean.io.writers import Publication, naming

MANIFEST_SUFFIX = ".run.json"
OUTPUT_KINDS = ("output", "clusters", "dropped", "removed")
MAX_LISTED_SKIPS = 1000  # a manifest lists this many skips; the counts stay exact
_STEMS = (".jsonl.gz", ".jsonl", ".parquet")


def output_stem(output: str | Path) -> Path:
    """``out/clean.jsonl`` → ``out/clean`` (a directory of shards is its own stem)."""
    path = Path(output)
    name = path.name
    for suffix in _STEMS:
        if name.endswith(suffix):
            return path.with_name(name.removesuffix(suffix))
    return path


def manifest_path(output: str | Path) -> Path:
    """Where the manifest of the run that wrote ``output`` is."""
    stem = output_stem(output)
    return stem.with_name(stem.name + MANIFEST_SUFFIX)


def beside(output: str | Path, kind: str, shards: bool = False) -> Path:
    """The default name of another output of the run: ``out/clean.dropped.jsonl``, or
    with ``shards`` (a Ray run) the directory ``out/clean.dropped``.

    >>> beside("out/clean.jsonl.gz", "clusters").as_posix()
    'out/clean.clusters.jsonl'
    >>> beside("out/docs", "dropped", shards=True).as_posix()
    'out/docs.dropped'
    """
    stem = output_stem(output)
    return stem.with_name(f"{stem.name}.{kind}" + ("" if shards else ".jsonl"))


def write_manifest(
    output: str | Path,
    *,
    command: str,
    inputs: Sequence[str | Path],
    outputs: Mapping[str, str | Path | None],
    config: CleanConfig,
    summary: Any,
    skips: Sequence[Skipped],
    started: float,
    publication: Publication | None = None,
    skip_kinds: Sequence[tuple[str, str, int]] = (),
) -> Path:
    """Write the manifest of a finished run beside ``output`` (atomically); return its path.

    ``summary`` is the run's :class:`~textclean.pipeline.RunSummary`; ``skips`` the
    inputs it could not read (the first :data:`MAX_LISTED_SKIPS` are listed), and
    ``skip_kinds`` how many of each kind a run passed over (``(verb, kind, count)``:
    :meth:`textclean.notices.Notices.kinds`). With a
    ``publication``, the manifest moves into place with the run's other files.
    """
    from textclean import __version__  # the package imports this module

    path = manifest_path(output)
    folder = path.resolve().parent
    duplicates = summary.duplicates
    if isinstance(duplicates, Duplicates):
        duplicates = duplicates.counts()
    manifest = {
        "textclean": __version__,
        "command": command,
        "inputs": [printable_name(item) for item in inputs],
        "outputs": {
            kind: None
            if where is None
            else printable_name(os.path.relpath(Path(where).resolve(), folder))
            for kind, where in outputs.items()
        },
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(started)),
        "seconds": round(time.time() - started, 3),
        "config": dataclasses.asdict(config),
        "summary": {
            "documents": summary.documents,
            "dropped_as_spam": summary.dropped,
            "skipped": summary.skipped,
            "ignored": summary.ignored,
            "edits_by_step": dict(sorted(summary.edits_by_step.items())),
            "duplicates": None if duplicates is None else dataclasses.asdict(duplicates),
            "lost_documents": summary.lost_documents,
            "lost_characters": summary.lost_characters,
            "describe": summary.describe(),
        },
        "passed_over": [
            {"what": verb, "kind": kind, "count": count} for verb, kind, count in skip_kinds
        ],
        "skips": [
            {"source": s.source, "line": s.line, "reason": s.reason, "ignored": s.ignored}
            for s in skips[:MAX_LISTED_SKIPS]
        ],
    }
    with atomic_path(path, publication) as temporary:
        try:
            temporary.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), "utf-8")
        except OSError as error:
            raise naming(error, path) from None
    return path


@dataclass(frozen=True)
class RunFiles:
    """Where a run's outputs are (``None``: not written, or not found), and its manifest."""

    output: Path
    clusters: Path | None
    dropped: Path | None
    removed: Path | None
    manifest: dict[str, Any] | None


def locate(run_output: str | Path, **given: str | Path | None) -> RunFiles:
    """The files of the run that wrote ``run_output`` (its output, or its manifest).

    The manifest says where the other outputs went; without one, they are looked for
    beside the output under their default names. ``given`` (``clusters=``, ``dropped=``,
    ``removed=``) names them explicitly. Raises :class:`InputError` when the output or
    a named file is missing, or the manifest cannot be read.
    """
    path = Path(run_output)
    manifest: dict[str, Any] | None = None
    if path.name.endswith(MANIFEST_SUFFIX) and path.is_file():
        manifest = _read_manifest(path)
        output = _listed(path, manifest, "output")
        if output is None:
            raise InputError(f"{path}: the manifest names no output")
    else:
        output = path
        if manifest_path(path).is_file():
            manifest = _read_manifest(manifest_path(path))
    if not output.exists():
        raise InputError(f"{output}: no such run output (give the file that -o named)")
    found: dict[str, Path | None] = {}
    for kind in OUTPUT_KINDS[1:]:
        named = given.get(kind)
        if named is not None:
            if not Path(named).exists():
                raise InputError(f"{named}: no such file (--{kind})")
            found[kind] = Path(named)
        elif manifest is not None:
            found[kind] = _listed(manifest_path(output), manifest, kind)
        else:
            found[kind] = _default(output, kind)
    return RunFiles(output, found["clusters"], found["dropped"], found["removed"], manifest)


def _default(output: Path, kind: str) -> Path | None:
    """An output of ``kind`` beside ``output`` under its default name, if there is one."""
    for candidate in (beside(output, kind), beside(output, kind, shards=True)):
        if candidate.exists():
            return candidate
    return None


def _read_manifest(path: Path) -> dict[str, Any]:
    try:
        manifest = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"{path}: not a readable run manifest ({error})") from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("outputs"), dict):
        raise InputError(f"{path}: not a textclean run manifest (no 'outputs')")
    return manifest


def _listed(manifest: Path, content: dict[str, Any], kind: str) -> Path | None:
    """The output of ``kind`` that the manifest lists, if it still exists."""
    where = content["outputs"].get(kind)
    if not where:
        return None
    path = Path(manifest).resolve().parent / where
    return path if path.exists() else None


def record_files(path: Path) -> list[Path]:
    """The files of an output: itself, or the shards of a directory in input order."""
    if not path.is_dir():
        return [path]
    from textclean.distributed.shards import shard_paths  # no Ray needed: names only

    return shard_paths(path)


def iter_records(
    path: Path,
    on_bad: Callable[[Skipped], None] | None = None,
    problem: Callable[[dict[str, Any]], str | None] = lambda record: None,
    containing: bytes = b"",
) -> Iterator[dict[str, Any]]:
    """The JSON records of an output (JSONL, JSONL.gz, Parquet, or a directory of shards).

    A line that is not a JSON object, or a record in which ``problem`` finds one, is
    passed to ``on_bad`` and left out. With ``containing``, JSONL lines without those
    bytes are not even parsed (the caller wants only records that hold them). Raises
    :class:`InputError` when a file cannot be opened.
    """
    for file in record_files(path):
        try:
            records = _parquet_records(file) if file.name.endswith(".parquet") else None
            for number, record in records or _jsonl_records(file, containing):
                why = record if isinstance(record, str) else problem(record)
                if why is None:
                    yield record
                elif on_bad is not None:
                    on_bad(Skipped(str(file), why, number))
        except (OSError, EOFError, gzip.BadGzipFile) as error:
            raise InputError(f"{file}: cannot read ({error})") from None


def missing_fields(*fields: str) -> Callable[[dict[str, Any]], str | None]:
    """A ``problem`` for :func:`iter_records`: the fields a record must have.

    >>> missing_fields("text", "edits")({"text": "x"})
    'not a record of this kind: no edits (fields: text)'
    """

    def problem(record: dict[str, Any]) -> str | None:
        absent = [name for name in fields if name not in record]
        if not absent:
            return None
        present = ", ".join(sorted(map(str, record))) or "none"
        return f"not a record of this kind: no {', '.join(absent)} (fields: {present})"

    return problem


def _jsonl_records(
    file: Path, containing: bytes = b""
) -> Iterator[tuple[int, dict[str, Any] | str]]:
    opener = gzip.open if file.name.endswith(".gz") else open
    with opener(file, "rb") as handle:
        for number, raw in enumerate(handle, 1):
            if containing in raw and raw.strip():
                yield number, parse_json_record(raw)


def _parquet_records(file: Path) -> Iterator[tuple[int, dict[str, Any] | str]]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(file)
    except (pa.ArrowInvalid, pa.ArrowException) as error:
        raise InputError(f"{file}: not a readable Parquet file ({error})") from None
    number = 0
    for batch in parquet.iter_batches(batch_size=1024):
        for record in batch.to_pylist():
            number += 1
            if isinstance(record.get("meta"), str):  # the document output keeps meta as JSON
                record["meta"] = json.loads(record["meta"])
            yield number, record
