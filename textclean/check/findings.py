"""Findings: one line each, ``path:line:col: CODE message``, from a document's edit log.

The edits of one code on one line make one finding, which shows the first and counts
the rest, so a Traditional paragraph is one line of output, not a hundred:

>>> from textclean import clean
>>> text = "在會上講話。\\n\\n\\n\\n責任編輯:王明"
>>> for finding in edit_findings("a.txt", text, clean(text).edits, TextPlaces(text)):
...     print(finding)
a.txt:1:1: TC201 Traditional → Simplified (OpenCC t2s): 會→会, 講→讲, 話→话
a.txt:2:1: TC501 more than 1 blank line(s) in a row: "\\n\\n\\n\\n"
a.txt:5:1: TC201 Traditional → Simplified (OpenCC t2s): 責→责, 編→编, 輯→辑
a.txt:5:1: TC303 editor line: "责任编辑:王明" [editor/editor-line]
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple, Protocol

from textclean.check.codes import code_of_edit
from textclean.check.positions import Lines, consequences, original_offsets, original_starts
from textclean.document import Edit
from textclean.leftovers import REPLACEMENT, around, leftovers

QUOTE_CHARACTERS = 24
"""The most characters of a text a message quotes."""
EXAMPLES = 4
"""The most character changes a message lists."""
LAYOUT_AFTERMATH = frozenset({"TC501", "TC502"})
"""Codes not reported for an edit of only what an earlier edit wrote (and whitespace)."""
CONTEXT = 8
"""Characters shown on each side of a lost character."""
LOST_ADVICE = "the characters are lost: re-fetch the source, or decode it with its right encoding"


class Finding(NamedTuple):
    """A problem at ``line``:``column`` (both from 1) of ``path``."""

    path: str
    line: int
    column: int
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.code} {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return self._asdict()


class Places(Protocol):
    """Where an offset of a document's text is in its file: ``(line, column)``."""

    def position(self, offset: int) -> tuple[int, int]: ...


TextPlaces = Lines
"""A text file's places: line and column of the offset in the text."""


class RecordPlaces(NamedTuple):
    """A JSONL record: its line in the file, and the character of its text field."""

    line: int

    def position(self, offset: int) -> tuple[int, int]:
        return self.line, offset + 1


def edit_findings(path: str, original: str, edits: Sequence[Edit], places: Places) -> list[Finding]:
    """The findings of ``edits`` (made on ``original``), one per code and line, by line."""
    grouped: dict[tuple[int, str], list[tuple[int, Edit]]] = {}
    skips = [_skip(edit) for edit in edits]
    starts = original_starts(edits, skips)
    for edit, start, follows in zip(edits, starts, consequences(edits), strict=True):
        code = code_of_edit(edit)
        if follows and code in LAYOUT_AFTERMATH:
            continue  # the space an earlier repair left: that repair is the finding
        line, column = places.position(min(start, len(original)))
        grouped.setdefault((line, code), []).append((column, edit))
    findings = []
    for (line, code), found in grouped.items():
        column, first = min(found, key=lambda item: item[0])
        message = describe(first)
        if first.step == "script":  # one edit per paragraph: list the characters changed
            message = f"{first.reason}: {_changes(edit for _, edit in found)}"
        elif len(found) > 1:
            message += f" ({len(found) - 1} more on this line)"
        findings.append(Finding(path, line, column, code, message))
    findings.sort(key=lambda finding: (finding.line, finding.code, finding.column))
    return findings


def leftover_findings(path: str, text: str, edits: Sequence[Edit], places: Places) -> list[Finding]:
    """TC105 (U+FFFD) and TC106 (``锟斤拷``, ``烫烫烫``): what no repair removes from
    ``text``, the text after ``edits``; one finding per code and line, at the place of
    the first in the text before the edits.

    >>> text = "一\\n发射\\ufffd颗，\\ufffd\\ufffd。锟斤拷"
    >>> for finding in leftover_findings("a.txt", text, [], Lines(text)):
    ...     print(finding.line, finding.column, finding.code, finding.message.split(" left")[0])
    2 3 TC105 U+FFFD
    2 9 TC106 "锟斤拷" (U+FFFD in UTF-8 read as GBK)
    """
    found = list(leftovers(text))
    if not found:
        return []
    starts = original_offsets(edits, [leftover.start for leftover in found])
    grouped: dict[tuple[int, str], list[tuple[int, int]]] = {}  # (line, code) → (column, index)
    for index, start in enumerate(starts):
        line, column = places.position(start)
        code = "TC106" if found[index].remnant else "TC105"
        grouped.setdefault((line, code), []).append((column, index))
    findings = []
    for (line, code), items in grouped.items():
        column, first = min(items)
        leftover = found[first]
        if code == "TC105":
            count = sum(found[index].text.count(REPLACEMENT) for _, index in items)
            low, high = around(text, leftover.start, leftover.start + len(leftover.text), CONTEXT)
            more = f" ({count} on this line)" if count > 1 else ""
            message = f"U+FFFD left after repair: {quote(text[low:high])}{more}; {LOST_ADVICE}"
        else:
            more = f" ({len(items) - 1} more on this line)" if len(items) > 1 else ""
            message = f"{quote(leftover.text)} ({leftover.what}) left after repair{more}; "
            message += LOST_ADVICE
        findings.append(Finding(path, line, column, code, message))
    findings.sort(key=lambda finding: (finding.line, finding.code, finding.column))
    return findings


def describe(edit: Edit) -> str:
    """What one edit found, in a few words and a quote."""
    if edit.step == "boilerplate":
        label, _, why = edit.reason.partition(": ")
        return f"{why or label}: {quote(edit.before)} [{label}]"
    if edit.after.strip() and edit.before.strip():
        return f"{edit.reason}: {quote(edit.before)} → {quote(edit.after)}"
    return f"{edit.reason}: {quote(edit.before)}"


def quote(text: str) -> str:
    """``text`` in double quotes, on one line, cut to :data:`QUOTE_CHARACTERS`."""
    text = text.strip("\n") or text
    if len(text) > QUOTE_CHARACTERS:
        text = text[: QUOTE_CHARACTERS - 1] + "…"
    return json.dumps(text, ensure_ascii=False)


def _changes(edits: Iterable[Edit]) -> str:
    """``習→习, 會→会`` for the characters that script edits changed (the first few)."""
    pairs: dict[str, str] = {}
    total = 0
    for edit in edits:
        if len(edit.before) != len(edit.after):  # a phrase conversion changed the length
            pairs.setdefault(edit.before[:QUOTE_CHARACTERS], edit.after[:QUOTE_CHARACTERS])
            total += 1
            continue
        for old, new in zip(edit.before, edit.after, strict=True):
            if old != new:
                total += 1
                pairs.setdefault(old, new)
    shown = list(pairs.items())[:EXAMPLES]
    text = ", ".join(f"{old}→{new}" for old, new in shown)
    hidden = total - len(shown)
    return text + (f" ({hidden} more)" if hidden > 0 else "")


def _skip(edit: Edit) -> int:
    """How far past its start an edit's problem begins: a cut line often takes the line
    break before it, and a run of blank lines begins after the line that ends there."""
    stripped = edit.before.lstrip("\n")
    if stripped:
        return len(edit.before) - len(stripped)
    return 1 if edit.before and edit.start > 0 else 0
