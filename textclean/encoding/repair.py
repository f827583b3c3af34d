"""The encoding step: mojibake re-decoded, converter pinyin out; and ``repair_encoding``.

It runs first in :func:`textclean.clean`, before any step that could cut a garbled
run apart (the characters step would drop the soft hyphen U+00AD that cp1252
mojibake is made of). Its passes, in order:

1. pinyin annotations of converter sites (:mod:`textclean.encoding.pinyin`): their tone
   letters (``ā``, ``ù``) look like mojibake to the scorer, and only a real reading of
   the character before is removed, which garbled text does not have;
2. whole-span mojibake (:mod:`textclean.encoding.mojibake`), seven kinds;
3. byte-shifted runs re-decoded in step (:mod:`textclean.encoding.byteshift`); an
   annotation may sit inside one (``運輸?shù)葐栴}``), so it comes after the pinyin;
4. unanchored byte shifts, after a stray or lost byte with no mark before the run
   (:mod:`textclean.encoding.resync`).

The passes repeat until nothing changes (a repaired span may hold an annotation).
Every change is an :class:`~textclean.document.Edit` of step ``"encoding"`` whose reason
names the kind (``"utf-8 read as gbk"``, ``"pinyin annotation"``).

>>> result = repair_encoding("ÐÂÎÅ：關(guān)愛農(nóng)民，協(xié)調發展")
>>> result.text
'新闻：關愛農民，協調發展'
>>> [edit.reason for edit in result.edits]
['pinyin annotation', 'pinyin annotation', 'pinyin annotation', 'gbk read as cp1252']
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from textclean.config import CleanConfig
from textclean.document import CleanResult, Edit
from textclean.encoding.byteshift import repair_byte_shift
from textclean.encoding.decode import as_text
from textclean.encoding.instep import one_document
from textclean.encoding.kinds import DOUBLE_BYTE, KINDS, LOSSY_MARKS
from textclean.encoding.mojibake import reads_in_step, repair_mojibake
from textclean.encoding.pinyin import remove_pinyin_annotations
from textclean.encoding.resync import repair_resync
from textclean.steps import Step, StepOutput, merge_meta

STEP_NAME = "encoding"


MAX_ROUNDS = 3
"""One repair can reveal another (a byte-shifted run inside a re-decoded span): the
passes run again until nothing changes, at most this many times."""


def run_encoding(text: str, config: CleanConfig) -> StepOutput:
    """The encoding step: the passes the config turns on, in order, until nothing changes.

    The mojibake pass repairs each line until it is stable, and the byte-shift passes run
    on its output: a round in which only it changed the text needs no second search, only
    a look for the annotations its repairs may have revealed (``關(guān)`` once decoded).
    What was read from its bytes in step stays known from round to round (see
    :func:`_one_round`).
    """
    if "?" in text or "\ufffd" in text:  # lost bytes: the lines read in step, once each
        with one_document():
            return _rounds(text, config)
    return _rounds(text, config)  # (a clean document pays no memo: it costs 3 µs)


def _rounds(text: str, config: CleanConfig) -> StepOutput:
    """:func:`run_encoding`'s rounds."""
    edits: list[Edit] = []
    meta: dict[str, Any] = {}
    search = True
    settled: list[Span] = []
    for _ in range(MAX_ROUNDS):
        text, found, learned, others, settled = _one_round(text, config, search, settled)
        if not found:
            break
        edits.extend(found)
        merge_meta(meta, learned)
        search = others  # a pass after the search changed the text: search it again
    return StepOutput(text, edits, meta)


Span = tuple[int, int]


def _one_round(
    text: str, config: CleanConfig, search: bool = True, settled: Sequence[Span] = ()
) -> tuple[str, list[Edit], dict[str, int], bool, list[Span]]:
    """One round of the passes: the text, the edits, the meta, whether a pass other than
    the mojibake search changed the text, and the spans read from their bytes in step so
    far. Without ``search``, only the pinyin pass runs, and the others only if it removed
    something.

    ``settled``: the spans of the text read in step in earlier rounds (see
    :func:`_in_step`): a mark for a lost character there is no start of a run one byte
    off, in any round (the byte-shift passes would cut the characters between marks).
    """
    edits: list[Edit] = []
    meta: dict[str, int] = {}
    spans = list(settled)
    if config.remove_pinyin:
        text, found = remove_pinyin_annotations(text)
        edits.extend(found)
        spans = _carried(spans, found)
    if not (search or edits):
        return text, edits, meta, False, spans
    others = bool(edits)
    if config.repair_mojibake:
        text, found, learned = repair_mojibake(text, spans)
        edits.extend(found)
        meta.update(learned)
        # spans read from their bytes in step: UTF-8, and double-byte text read whole
        # around its losses; a mark there is a lost character, no run one byte off
        spans = _with_fresh(spans, found)
        # ftfy's repairs of what the search left (their reasons end in "(ftfy)") were not
        # searched after: what they changed is searched in the next round
        others = others or any(edit.reason not in KINDS for edit in found)
        # double-byte text repaired around lost bytes: the document is known to have lost
        # some, and a decoder that lost a byte of GBK or Big5 may have gone on one byte off
        lost = any(
            edit.reason in KINDS
            and KINDS[edit.reason].true in DOUBLE_BYTE
            and any(m in edit.after for m in LOSSY_MARKS)
            for edit in found
        )
        text, found = repair_byte_shift(text, trusted=lost, settled=spans)
        edits.extend(found)
        spans = _carried(spans, found)
        # runs one stray or lost byte set one byte off, with no lossy mark before them; not
        # in what was read in step
        text, shifted = repair_resync(text, settled=spans)
        edits.extend(shifted)
        spans = _carried(spans, shifted)
        others = others or bool(found or shifted)
    return text, edits, meta, others, spans


def _carried(spans: Sequence[Span], edits: Sequence[Edit]) -> list[Span]:
    """``spans`` (sorted, apart) of a text, where they stand once one pass made ``edits``
    (left to right, each ``start`` where the text stood after the ones before); a span
    an edit changed is dropped.

    >>> _carried([(0, 2), (5, 8)], [Edit("encoding", "x", "ab", "", 2)])
    [(0, 2), (3, 6)]
    >>> _carried([(0, 4)], [Edit("encoding", "x", "b", "", 1)])
    []
    """
    if not edits or not spans:
        return list(spans)
    carried: list[Span] = []
    edit_at = 0
    shift = 0  # how much the text before the next edit moved
    moved = []  # each edit's (start, end) in the text before the pass, and its shift
    for edit in edits:
        start = edit.start - shift
        shift += len(edit.after) - len(edit.before)
        moved.append((start, start + len(edit.before), shift))
    shift = 0
    for start, end in spans:
        while edit_at < len(moved) and moved[edit_at][1] <= start:
            shift = moved[edit_at][2]  # an edit before the span
            edit_at += 1
        if edit_at < len(moved) and moved[edit_at][0] < end:
            continue  # an edit inside the span: what it wrote was not read in step
        carried.append((start + shift, end + shift))
    return carried


def _with_fresh(spans: Sequence[Span], edits: Sequence[Edit]) -> list[Span]:
    """``spans`` carried past ``edits`` (see :func:`_carried`), with the spans of those
    edits that read their text in step (see :func:`_in_step`) where they end up.

    >>> kind = "utf-8 read as gbk"
    >>> later, first = Edit("encoding", kind, "abc", "x", 5), Edit("encoding", kind, "ab", "y", 0)
    >>> _with_fresh([], [later, first])  # later's span moved one back by first
    [(0, 1), (4, 5)]
    """
    if not edits:
        return list(spans)
    starts = [edit.start for edit in edits]
    if all(
        later >= edit.start + len(edit.after)
        for edit, later in zip(edits, starts[1:], strict=False)
    ):  # left to right, as one pass makes them: each fresh span is where it ends up
        fresh = [(edit.start, edit.start + len(edit.after)) for edit in edits if _in_step(edit)]
        return sorted(_carried(spans, edits) + fresh)
    found = list(spans)  # edits out of order (whole lines first): one at a time
    for edit in edits:
        found = _carried(found, [edit])
        if _in_step(edit):
            found = sorted([*found, (edit.start, edit.start + len(edit.after))])
    return found


def _in_step(edit: Edit) -> bool:
    """Whether the mojibake pass's ``edit`` read its span from the bytes in step: as UTF-8
    (whose decoder is in step at every character), or as double-byte text read whole
    around its lost bytes (see :func:`~textclean.encoding.mojibake.reads_in_step`)."""
    kind = KINDS.get(edit.reason)
    if kind is None:
        return False
    return kind.true == "utf-8" or reads_in_step(edit.before, edit.after, kind)


ENCODING_STEP = Step(
    STEP_NAME,
    run_encoding,
    enabled=lambda config: config.repair_mojibake or config.remove_pinyin,
    by_line=True,
    # spaces and indentation made plain bring no two pieces of a garbled span together
    # (the script step's conversions do: a span it converted reads back better, measured)
    nothing_new_from=frozenset({"whitespace"}),
)


@cache
def _default_config() -> CleanConfig:
    return CleanConfig()  # frozen: one for every call (its checks cost as much as clean text)


def repair_encoding(text: str | bytes, config: CleanConfig | None = None) -> CleanResult:
    """Decode ``text`` if it is bytes, then run the encoding step alone.

    ``meta`` says how bytes were decoded (``encoding``, ``encoding_confidence``) and
    how many characters stayed lost (``mojibake_unrecovered``).

    >>> repair_encoding("新闻".encode("utf-8").decode("gbk").encode("utf-8")).text
    '新闻'
    """
    text, meta = as_text(text, "repair_encoding")
    output = run_encoding(text, config or _default_config())
    meta.update(output.meta)
    return CleanResult(output.text, tuple(output.edits), meta)
