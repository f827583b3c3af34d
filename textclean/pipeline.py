"""The pipeline: document steps in a fixed order, over one text or a stream of documents.

The order of the document steps (each issue adds its own in its place)::

    encoding     mojibake re-decoded, converter pinyin removed     (textclean.encoding)
    characters   line endings unified, invisible characters out   (textclean.layout)
    width        full-width letters and digits to half-width      (textclean.layout.width)
    markup       leftover HTML tags, comments and entities        (textclean.markup)
    whitespace   odd spaces, trailing space, blank-line runs      (textclean.layout)
    punctuation  punctuation style between Chinese characters     (textclean.layout.width)
    paragraphs   sentences cut by page breaks joined, (上接一版) out (textclean.layout.paragraphs)
    script       Simplified/Traditional detected, converted by OpenCC (textclean.script)
    boilerplate  site lines and spam cut, bylines to meta          (textclean.boilerplate)

The script step comes last: after pinyin removal (converter residue is Traditional with
pinyin), and after the paragraphs step, so that OpenCC sees a cut sentence whole. The
boilerplate step follows it, so its rules see one line per paragraph, in one script.

Bytes are decoded before the first step (:mod:`textclean.encoding`). Corpus stages
that need two passes (repeated lines, dedup) run after the document steps.

>>> result = clean("商水新闻</p>\\u00a0 \\n\\n\\n\\n正文。")
>>> result.text
'商水新闻\\n\\n正文。'
>>> [edit.step for edit in result.edits]
['markup', 'whitespace', 'whitespace', 'whitespace']
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple

from textclean.boilerplate import BOILERPLATE_STEP
from textclean.boilerplate.removed import drop_reason, dropped_record, removed_records
from textclean.boilerplate.repeated import (
    TEMPLATE,
    LineKeys,
    RepeatedLineCounter,
    line_keys,
    strip_repeated,
)
from textclean.config import CleanConfig
from textclean.dedup.finder import DuplicateCounts, Duplicates
from textclean.dedup.stage import DedupStage, write_outcome
from textclean.document import CleanResult, Document, Edit
from textclean.encoding import ENCODING_STEP
from textclean.encoding.decode import as_text
from textclean.errors import InputError
from textclean.io import (
    RawFile,
    ReadOptions,
    Skipped,
    check_outputs,
    encode_jsonl,
    json_text,
    open_record_writer,
    open_writer,
    read_documents,
)
from textclean.io.writers import Publication, published
from textclean.layout import CHARACTERS_STEP, WHITESPACE_STEP
from textclean.layout.paragraphs import PARAGRAPHS_STEP
from textclean.layout.width import PUNCTUATION_STEP, WIDTH_STEP
from textclean.leftovers import lost_characters
from textclean.markup import MARKUP_STEP
from textclean.parallel import ordered_map
from textclean.script import SCRIPT_STEP
from textclean.steps import Step, merge_meta

DOCUMENT_STEPS: tuple[Step, ...] = (
    ENCODING_STEP,
    CHARACTERS_STEP,
    WIDTH_STEP,
    MARKUP_STEP,
    WHITESPACE_STEP,
    PUNCTUATION_STEP,
    PARAGRAPHS_STEP,
    SCRIPT_STEP,
    BOILERPLATE_STEP,
)
"""Every document step, in the order :func:`clean` runs them."""


def clean(text: str | bytes, config: CleanConfig | None = None) -> CleanResult:
    """Run every enabled document step on ``text``; return the text, its edits and meta.

    ``text`` may be ``bytes`` in any common encoding: they are decoded first and
    ``meta["encoding"]`` says how (a :class:`~textclean.errors.DecodeError` if they are
    not text at all).
    """
    config = config or CleanConfig()
    text, meta = as_text(text, "clean")
    edits: list[Edit] = []
    steps = [step for step in DOCUMENT_STEPS if step.enabled(config)]
    seen = _Seen()
    text, changed = _run_steps(steps, text, config, edits, meta, seen)
    # A step can bring together what an earlier one saw apart: a tag between two halves
    # of a garbled span, a continuation mark after CMS residue. Each step is idempotent
    # on its own; the steps together run again until nothing changes. What the steps
    # found out (the script) stays what they found first; their counts add up. When
    # only whole lines were cut, only the steps that read across lines run again; a
    # step is not run again on the very text it left (it is idempotent), and a step
    # that judges line by line looks only at the lines it has not seen.
    for _ in range(MAX_RERUNS):
        if not changed:
            break
        again = steps
        if changed <= {BOILERPLATE_STEP.name}:
            again = [step for step in steps if step.name in AFTER_CUTS]
        text, changed = _run_steps(again, text, config, edits, meta, seen, again=True)
    return CleanResult(text, tuple(edits), meta)


MAX_RERUNS = 2
"""How often :func:`clean` runs the steps again over a text they changed."""
AFTER_CUTS = frozenset({WHITESPACE_STEP.name, PARAGRAPHS_STEP.name})
"""The steps that read across lines: they run again after the boilerplate step cut some
(a page header between the two halves of a cut sentence, say); if they change the text,
every step runs again. The others work within a line, and what they did stands when
lines around it go; the boilerplate step itself looks again until it cuts nothing."""


class _Seen:
    """What each step has seen of one document: the text it left last time, and for a
    step that judges line by line (``Step.by_line``), the lines that later steps made
    out of those without giving it anything new to do (``Step.nothing_new_from``)."""

    def __init__(self) -> None:
        self.left: dict[str, str] = {}
        self.lines: dict[str, set[str]] = {}

    def ran(self, step: Step, text: str) -> None:
        self.left[step.name] = text
        self.lines.pop(step.name, None)

    def changed_by(self, step: Step, text: str, steps: Sequence[Step]) -> None:
        """``step`` changed the text into ``text``: its lines count as seen by the steps
        that ``step``'s changes give nothing new to do."""
        for other in steps:
            if step.name in other.nothing_new_from and other.name in self.left:
                self.lines.setdefault(other.name, set()).update(text.split("\n"))

    def settled(self, step: Step, text: str, config: CleanConfig) -> bool:
        """Has ``step`` nothing to do in ``text``? It left this very text; or it judges
        line by line, and no line of ``text`` that it has not seen is one it would
        change (a rerun otherwise costs a whole pass of a step that finds nothing)."""
        left = self.left.get(step.name)
        if left is None:
            return False
        if left == text:
            return True
        if not step.by_line:
            return False
        seen = set(left.split("\n")) | self.lines.get(step.name, set())
        unseen = [line for line in text.split("\n") if line not in seen]
        return not unseen or not step.run("\n".join(unseen), config).edits


def _run_steps(
    steps: Sequence[Step],
    text: str,
    config: CleanConfig,
    edits: list[Edit],
    meta: dict[str, Any],
    seen: _Seen,
    again: bool = False,
) -> tuple[str, set[str]]:
    """Run ``steps`` in order on ``text``; extend ``edits`` and ``meta``; return the text
    and the names of the steps that changed it. ``seen``: what each step saw before; a
    step with nothing new to do is skipped. ``again``: the steps ran on this document
    before (see :func:`merge_meta`)."""
    changed = set()
    for step in steps:
        if again and seen.settled(step, text, config):
            seen.ran(step, text)
            continue
        output = step.run(text, config)
        text = output.text
        seen.ran(step, text)
        if output.edits:
            changed.add(step.name)
            seen.changed_by(step, text, steps)
        edits.extend(output.edits)
        merge_meta(meta, output.meta, again=again)
    return text, changed


def clean_document(document: Document, config: CleanConfig | None = None) -> Document:
    """:func:`clean` a :class:`Document`: its edits and meta are extended, its id kept."""
    result = clean(document.text, config)
    return replace(
        document,
        text=result.text,
        edits=document.edits + result.edits,
        meta={**document.meta, **result.meta},
    )


@dataclass(frozen=True)
class StepFailure:
    """A document that a step could not process (a bug in textclean: please report it)."""

    document_id: str
    source: str
    message: str


@dataclass(frozen=True)
class Dropped:
    """A cleaned document a run leaves out of its output, and why (it was mostly spam)."""

    document: Document
    reason: str


Work = Document | RawFile
"""What the workers take: a document, or a file still to be decoded."""

Pack = Callable[[Document, tuple[Edit, ...]], Any]
"""What a worker does with a cleaned document and this run's edits of it (a picklable
function): e.g. encode it for the writer, in the worker rather than in the parent."""


class Encoded(NamedTuple):
    """A cleaned document already packed in the worker (e.g. encoded for the writer), with
    the number of its edits per step and of its lost characters (for the run's summary)."""

    payload: Any
    edits_by_step: dict[str, int]
    lost: int = 0


def clean_batch(batch: list[Work], config: CleanConfig, pack: Pack | None) -> list[Any]:
    """Clean a batch of work in order: each item comes out cleaned (or, with ``pack``,
    packed as :class:`Encoded`), or as a :class:`Dropped`, :class:`StepFailure` or
    :class:`~textclean.io.Skipped`. Both backends clean through it."""
    results: list[Any] = []
    for item in batch:
        document = item.decode() if isinstance(item, RawFile) else item
        if isinstance(document, Skipped):
            results.append(document)
            continue
        try:
            cleaned = clean_document(document, config)
            reason = drop_reason(cleaned, config)
            if reason is not None:
                results.append(Dropped(cleaned, reason))
            elif pack is not None:  # count this run's edits, not those the record came with
                new_edits = cleaned.edits[len(document.edits) :]
                steps = Counter(edit.step for edit in new_edits)
                lost = lost_characters(cleaned.text)
                results.append(Encoded(pack(cleaned, new_edits), dict(steps), lost))
            else:
                results.append(cleaned)
        except Exception as error:  # never lose the run to one document
            results.append(
                StepFailure(
                    document.id,
                    str(document.meta.get("source", document.id)),
                    f"internal error while cleaning: {type(error).__name__}: {error}",
                )
            )
    return results


def _encode_only(encode: Callable[[Document], Any], document: Document, _: Any) -> Any:
    return encode(document)


def clean_stream(
    items: Iterable[Any],
    config: CleanConfig | None = None,
    jobs: int | None = None,
    batch_size: int = 64,
    encode: Callable[[Document], Any] | None = None,
) -> Iterator[Any]:
    """Clean every :class:`Document` in ``items`` and yield the results in input order.

    A :class:`~textclean.io.RawFile` is decoded first (in the worker), and comes out as
    a document or as a :class:`~textclean.io.Skipped`. Anything else in ``items`` (e.g.
    a reader's record of a skipped file) is passed through in its place.

    With ``jobs > 1`` batches are cleaned in worker processes; at most ``2 * jobs``
    batches are in flight, so memory stays constant however long the stream is.
    A document a step fails on comes out as a :class:`StepFailure`; one that was mostly
    spam (``config.drop_spam_share``) as a :class:`Dropped`. With ``encode`` (a
    picklable function), each cleaned document comes out as an :class:`Encoded`
    payload instead, encoded in the worker.
    """
    pack = partial(_encode_only, encode) if encode is not None else None
    return _clean_stream(items, config or CleanConfig(), jobs, batch_size, pack)


def _clean_stream(
    items: Iterable[Any], config: CleanConfig, jobs: int | None, batch_size: int, pack: Pack | None
) -> Iterator[Any]:
    batch_cleaner = partial(clean_batch, config=config, pack=pack)
    for cleaned, passed in ordered_map(batch_cleaner, _batches(items, batch_size), jobs):
        yield from _merge(cleaned, passed)


def _batches(
    items: Iterable[Any], batch_size: int
) -> Iterator[tuple[list[Work], list[tuple[int, Any]]]]:
    """Group work into batches; keep other items with their position in the batch."""
    iterator = iter(items)
    while True:
        chunk = list(islice(iterator, batch_size))
        if not chunk:
            return
        work = [item for item in chunk if isinstance(item, Work)]
        passed = [(i, item) for i, item in enumerate(chunk) if not isinstance(item, Work)]
        yield work, passed


def _merge(cleaned: list[Any], passed: list[tuple[int, Any]]) -> Iterator[Any]:
    """Put passed-through items back between the cleaned documents, in input order."""
    cleaned_iter = iter(cleaned)
    passed_at = dict(passed)
    for position in range(len(cleaned) + len(passed)):
        if position in passed_at:
            yield passed_at[position]
        else:
            yield next(cleaned_iter)


@dataclass
class RunSummary:
    """What a run did, counted (exact however large the corpus)."""

    documents: int = 0
    skipped: int = 0
    ignored: int = 0
    dropped: int = 0
    edits_by_step: Counter[str] = field(default_factory=Counter)
    duplicates: Duplicates | DuplicateCounts | None = None  # what dedup found, if it ran
    verb: str = "cleaned"
    lost_documents: int = 0  # documents written that hold lost characters
    lost_characters: int = 0  # U+FFFD in them (锟斤拷 as two): textclean.leftovers

    @property
    def edits(self) -> int:
        return sum(self.edits_by_step.values())

    def count_lost(self, lost: int) -> None:
        """Count a document written with ``lost`` lost characters (none: not counted)."""
        if lost:
            self.lost_documents += 1
            self.lost_characters += lost

    def written(self, write: Callable[[Document], None]) -> Callable[[Document], None]:
        """``write``, counting the lost characters of each document it writes."""

        def counted(document: Document) -> None:
            self.count_lost(lost_characters(document.text))
            write(document)

        return counted

    def describe(self) -> str:
        """One line for people, e.g. ``5 documents cleaned, 12 edits (markup 2, whitespace 10)``;
        the lost characters written only when there are some:

        >>> RunSummary(documents=5, lost_documents=1, lost_characters=2).describe()
        '5 documents cleaned, 0 edits; 1 document keeps 2 lost characters (U+FFFD)'
        """
        steps = ", ".join(f"{step} {count}" for step, count in sorted(self.edits_by_step.items()))
        line = f"{plural(self.documents, 'document')} {self.verb}"
        if self.verb == "cleaned":
            line += f", {plural(self.edits, 'edit')}" + (f" ({steps})" if steps else "")
        if self.duplicates is not None:
            line += f"; {self.duplicates.describe()}"
        if self.dropped:
            line += f"; {self.dropped} dropped as spam"
        if self.skipped:
            line += f"; {self.skipped} skipped"
        if self.ignored:
            line += f"; {self.ignored} ignored"
        if self.lost_characters:
            keep = "keeps" if self.lost_documents == 1 else "keep"
            lost = plural(self.lost_characters, "lost character")
            line += f"; {plural(self.lost_documents, 'document')} {keep} {lost} (U+FFFD)"
        return line


class Packed(NamedTuple):
    """What :class:`Packer` makes of a cleaned document in the worker."""

    payload: Any
    removed: list[dict[str, Any]]
    keys: LineKeys | None


@dataclass(frozen=True)
class Packer:
    """Packs a cleaned document in the worker: the payload for the writer, or (``spool``)
    for the spool of a second pass with its line hashes (``keys``) for the repeated-line
    stage; and the records of what was cut (``records``)."""

    encode: Callable[[Document], Any]
    records: bool
    spool: bool
    keys: bool
    templates: bool = True
    """Count the lines' templates too (``keep_boilerplate`` does not name ``template``)."""

    def __call__(self, document: Document, new_edits: tuple[Edit, ...]) -> Packed:
        removed = removed_records(document, new_edits) if self.records else []
        if not self.spool:
            return Packed(self.encode(document), removed, None)
        keys = line_keys(document, self.templates) if self.keys else None
        spooled = [document.to_dict(), keys.to_list() if keys is not None else None]
        line = json_text(spooled)
        return Packed(line.encode("utf-8") + b"\n", removed, keys)


def strip_spooled(
    line: str | bytes, repeated: Mapping[int, int]
) -> tuple[Document, tuple[Edit, ...]]:
    """A document spooled by :class:`Packer` without its ``repeated`` lines, and the
    edits of the cut (none when the run counts no repeated lines)."""
    document_record, keys_record = json.loads(line)
    document = Document.from_dict(document_record)
    if keys_record is None:
        return document, ()
    stripped = strip_repeated(document, LineKeys.from_list(keys_record), repeated)
    return stripped, stripped.edits[len(document.edits) :]


def clean_files(
    inputs: Sequence[str | Path],
    output: str | Path,
    config: CleanConfig | None = None,
    read_options: ReadOptions | None = None,
    jobs: int | None = None,
    strict: bool = False,
    on_skip: Callable[[Skipped], None] | None = None,
    progress: Callable[[int], None] | None = None,
    removed: str | Path | None = None,
    on_drop: Callable[[Dropped], None] | None = None,
    dedup: bool = False,
    clusters: str | Path | None = None,
    dropped: str | Path | None = None,
    index: str | Path | None = None,
    publication: Publication | None = None,
) -> RunSummary:
    """Clean every document under ``inputs`` into ``output`` (JSONL or Parquet, atomically).

    What cannot be read is passed to ``on_skip`` and counted; with ``strict`` the first
    skip raises :class:`~textclean.errors.InputError` and no output is written; so it
    does when there is no document at all. A document that was mostly spam is left out,
    passed to ``on_drop`` and counted (a run whose documents were all dropped writes an
    empty output, and the records of the drops). ``progress`` is called with the number of
    documents done after each one.

    With ``config.repeated_line_documents`` (3 by default) the run makes two passes: the
    cleaned documents are spooled to a temporary file beside the output while their
    line hashes are counted, then the lines repeated across a site are cut on the way
    to the output. ``removed`` names a JSONL file that gets a record of every line cut
    and every document dropped (see :mod:`textclean.boilerplate.removed`).

    With ``dedup`` the final documents go through :mod:`textclean.dedup` before the
    output: one per cluster of near-duplicates is written, the clusters to ``clusters``
    and the documents left out to ``dropped`` (JSONL files, see
    :mod:`textclean.dedup.stage`). ``index`` names the folder of a persistent index
    (:mod:`textclean.dedup.index`): the documents are compared with those of earlier
    runs too, and added to it when the output is written.

    The output and every other file of the run move into place together, after the
    index is committed, or none does (:class:`~textclean.io.writers.Publication`); with a
    ``publication`` of the caller's, when the caller publishes it (the CLI adds the
    manifest).
    """
    config = config or CleanConfig()
    outputs = {"output": output, "removed": removed, "clusters": clusters, "dropped": dropped}
    check_outputs(inputs, outputs)
    summary = RunSummary()
    documents = read_documents(inputs, read_options, decode=False)
    repeated_lines = config.repeated_line_documents > 0
    spooled = repeated_lines or dedup
    with ExitStack() as stack:
        publication = stack.enter_context(published(publication))
        # the stage is entered before the writer: it updates the index after the output
        stage = (
            stack.enter_context(_dedup_stage(config, True, jobs, output, index, publication))
            if dedup
            else None
        )
        writer = stack.enter_context(open_writer(output, publication))
        record = (
            stack.enter_context(open_record_writer(removed, publication))
            if removed is not None
            else None
        )
        packer = Packer(
            encode_jsonl if spooled else writer.encode,
            record is not None,
            spooled,
            repeated_lines,
            templates=TEMPLATE not in config.keep_boilerplate,
        )
        spool = (
            stack.enter_context(tempfile.TemporaryFile(dir=_spool_dir(output))) if spooled else None
        )
        counter = RepeatedLineCounter()
        for item in _clean_stream(documents, config, jobs, 64, packer):
            if isinstance(item, Encoded):
                packed: Packed = item.payload
                if spool is not None:
                    spool.write(packed.payload)
                    if packed.keys is not None:
                        counter.add(packed.keys)
                else:
                    writer.write_encoded(packed.payload)
                    summary.count_lost(item.lost)
                if record is not None:
                    for entry in packed.removed:
                        record(entry)
                summary.documents += 1
                summary.edits_by_step.update(item.edits_by_step)
                if progress:
                    progress(summary.documents)
            elif isinstance(item, Dropped):
                summary.dropped += 1
                if record is not None:
                    record(dropped_record(item.document, item.reason))
                if on_drop:
                    on_drop(item)
            else:
                count_skip(item, summary, strict, on_skip)
        if summary.documents == 0 and summary.dropped == 0:  # leave no empty output
            raise InputError("no documents could be read from the inputs: no output written")
        if spool is None:
            return summary
        spool.seek(0)
        repeated = counter.repeated(config.repeated_line_documents)

        def second_pass() -> Iterator[Document]:
            for line in spool:
                stripped, new_edits = strip_spooled(line, repeated)
                summary.edits_by_step.update(edit.step for edit in new_edits)
                if record is not None:
                    for entry in removed_records(stripped, new_edits):
                        record(entry)
                yield stripped

        write = summary.written(writer.write)
        if stage is None:
            for document in second_pass():
                write(document)
            return summary
        summary.duplicates = stage.consume(second_pass())
        write_outcome(stage, write, clusters, dropped, publication)
    return summary


def dedup_files(
    inputs: Sequence[str | Path],
    output: str | Path,
    config: CleanConfig | None = None,
    read_options: ReadOptions | None = None,
    jobs: int | None = None,
    strict: bool = False,
    on_skip: Callable[[Skipped], None] | None = None,
    progress: Callable[[int], None] | None = None,
    clusters: str | Path | None = None,
    dropped: str | Path | None = None,
    index: str | Path | None = None,
    publication: Publication | None = None,
) -> RunSummary:
    """Write one document per cluster of near-duplicates under ``inputs`` to ``output``,
    as read (the text is not cleaned; the comparison is on the cleaned, normalised view).

    ``clusters`` and ``dropped`` name JSONL files for the clusters and for the documents
    left out (each with what it duplicates). Skips, ``strict``, ``index`` and
    ``publication`` as in :func:`clean_files`.
    """
    config = config or CleanConfig()
    check_outputs(inputs, {"output": output, "clusters": clusters, "dropped": dropped})
    summary = RunSummary(verb="read")

    def documents() -> Iterator[Document]:
        for item in read_documents(inputs, read_options):
            if isinstance(item, Document):
                summary.documents += 1
                if progress:
                    progress(summary.documents)
                yield item
            else:
                count_skip(item, summary, strict, on_skip)

    with ExitStack() as stack:
        publication = stack.enter_context(published(publication))
        stage = stack.enter_context(_dedup_stage(config, False, jobs, output, index, publication))
        writer = stack.enter_context(open_writer(output, publication))
        summary.duplicates = stage.consume(documents())
        if summary.documents == 0:
            raise InputError("no documents could be read from the inputs: no output written")
        write_outcome(stage, summary.written(writer.write), clusters, dropped, publication)
    return summary


def count_skip(
    item: Skipped | StepFailure,
    summary: RunSummary,
    strict: bool,
    on_skip: Callable[[Skipped], None] | None,
) -> None:
    """Count a skip (an ignored file apart), pass it to ``on_skip``; with ``strict``,
    raise :class:`InputError` for it instead."""
    skip = item if isinstance(item, Skipped) else Skipped(item.source, item.message)
    if skip.ignored:
        summary.ignored += 1
    else:
        summary.skipped += 1
        if strict:
            raise InputError(f"{skip} (--strict: no output written)")
    if on_skip:
        on_skip(skip)


def _dedup_stage(
    config: CleanConfig,
    cleaned: bool,
    jobs: int | None,
    output: str | Path,
    index: str | Path | None,
    publication: Publication,
) -> DedupStage:
    """The dedup stage of a run: spooled beside the output, its index committed with the
    run's ``publication``."""
    spool_dir = _spool_dir(output)
    return DedupStage(
        config,
        cleaned=cleaned,
        jobs=jobs,
        spool_dir=spool_dir,
        index=index,
        publication=publication,
    )


def _spool_dir(output: str | Path) -> str | None:
    """Where the first pass spools: beside the output (same disk), or the temp folder."""
    if str(output) == "-":
        return None
    parent = Path(output).parent
    parent.mkdir(parents=True, exist_ok=True)
    return str(parent)


def plural(count: int, noun: str) -> str:
    """``count`` and ``noun``, plural unless one: ``plural(2, "edit")`` is ``'2 edits'``."""
    return f"{count} {noun}{'' if count == 1 else 's'}"
