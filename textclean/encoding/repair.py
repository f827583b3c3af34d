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

from functools import cache
from typing import Any

from textclean.config import CleanConfig
from textclean.document import CleanResult, Edit
from textclean.encoding.byteshift import repair_byte_shift
from textclean.encoding.decode import as_text
from textclean.encoding.kinds import DOUBLE_BYTE, KINDS, LOSSY_MARKS
from textclean.encoding.mojibake import repair_mojibake
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
    """
    edits: list[Edit] = []
    meta: dict[str, Any] = {}
    search = True
    for _ in range(MAX_ROUNDS):
        text, found, learned, others = _one_round(text, config, search)
        if not found:
            break
        edits.extend(found)
        merge_meta(meta, learned)
        search = others  # a pass after the search changed the text: search it again
    return StepOutput(text, edits, meta)


def _one_round(
    text: str, config: CleanConfig, search: bool = True
) -> tuple[str, list[Edit], dict[str, int], bool]:
    """One round of the passes: the text, the edits, the meta, and whether a pass other
    than the mojibake search changed the text. Without ``search``, only the pinyin pass
    runs, and the others only if it removed something."""
    edits: list[Edit] = []
    meta: dict[str, int] = {}
    if config.remove_pinyin:
        text, found = remove_pinyin_annotations(text)
        edits.extend(found)
    if not (search or edits):
        return text, edits, meta, False
    others = bool(edits)
    if config.repair_mojibake:
        text, found, learned = repair_mojibake(text)
        edits.extend(found)
        meta.update(learned)
        from_utf8 = [
            (edit.start, edit.start + len(edit.after))
            for edit in found
            if edit.reason in KINDS and KINDS[edit.reason].true == "utf-8"
        ]
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
        text, found = repair_byte_shift(text, trusted=lost)
        edits.extend(found)
        # runs one stray or lost byte set one byte off, with no lossy mark before them; not
        # in what was just read as UTF-8 (its marks are UTF-8 characters lost), unless the
        # byte-shift pass moved it
        text, shifted = repair_resync(text, settled=[] if found else from_utf8)
        edits.extend(shifted)
        others = others or bool(found or shifted)
    return text, edits, meta, others


ENCODING_STEP = Step(
    STEP_NAME,
    run_encoding,
    enabled=lambda config: config.repair_mojibake or config.remove_pinyin,
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
