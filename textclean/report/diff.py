"""A document as read, with what each edit removed and added marked: the diff view.

Edits are recorded in the order they were made, each at an offset of the text as it was
then (:func:`textclean.document.replay`). :func:`marked_segments` undoes them to get the
text as read, then makes them again on a list of segments: text an edit takes out of the
original stays in the list, marked ``removed``; text an edit puts in is ``added``; text
that one edit added and a later one took out disappears (it was never read, and is
not in the output).

>>> edits = [{"step": "encoding", "reason": "pinyin", "before": "(guān)", "after": "", "start": 1},
...          {"step": "script", "reason": "t2s", "before": "關", "after": "关", "start": 0}]
>>> marked_segments("关心", edits)
[('removed', '關', 1), ('added', '关', 1), ('removed', '(guān)', 0), ('same', '心', -1)]
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from textclean.boilerplate.removed import undo
from textclean.document import Edit

Segment = tuple[str, str, int]  # kind (same, removed, added, elided), text, edit number (or -1)

LONG_DOCUMENT = 30_000  # characters: beyond this, long unchanged runs are elided
CONTEXT = 300  # characters kept on each side of an elided run
MAX_SEGMENTS = 3_000  # a diff view shows at most this many segments
MAX_CHARACTERS = 60_000  # and this many characters; the rest is counted


def marked_segments(text: str, edits: Sequence[Mapping[str, Any]]) -> list[Segment]:
    """The segments of a document whose output is ``text`` after ``edits`` (records).

    Raises ``ValueError`` when the edits do not explain ``text`` (a corrupt record).
    """
    log = [Edit.from_dict(edit) for edit in edits]
    original = undo(text, log)
    segments: list[list[Any]] = [["same", original, -1]] if original else []
    length = len(original)
    for run in _runs(log):
        segments, length = _apply_run(segments, run, length)
    merged = _merge(segments)
    if "".join(part for kind, part, _ in merged if kind != "removed") != text:
        raise ValueError("the edits do not give the text")
    if sum(len(part) for _, part, _ in merged) > LONG_DOCUMENT:
        merged = _elide(merged)
    return merged


def _runs(log: Sequence[Edit]) -> Iterator[list[tuple[int, Edit]]]:
    """The edits, numbered, in runs: each edit of a run starts at or after the end of what
    the one before it put in (a step makes its edits left to right: one run)."""
    run: list[tuple[int, Edit]] = []
    end = -1
    for number, edit in enumerate(log):
        if run and edit.start < end:
            yield run
            run = []
        run.append((number, edit))
        end = edit.start + len(edit.after)
    if run:
        yield run


def _apply_run(
    segments: list[list[Any]], run: list[tuple[int, Edit]], length: int
) -> tuple[list[list[Any]], int]:
    """``segments`` with a run of edits made, in one pass; and the new text's length.

    A document of thousands of edits (a mirror with pinyin after every character) makes
    a few runs, so this is linear in its segments, not quadratic.
    """
    result: list[list[Any]] = []
    pending = segments[::-1]  # a stack: the next segment last
    position = 0  # offset in the current text where pending[-1] starts
    for number, edit in run:
        if edit.start + len(edit.before) > length:
            raise ValueError(f"edit {number} ({edit.step}: {edit.reason}) runs past the text")
        to_take = len(edit.before)
        inserted = False
        while pending:
            kind, part, owner = pending[-1]
            width = 0 if kind == "removed" else len(part)
            if kind == "removed" or position + width <= edit.start:
                result.append(pending.pop())  # removed text stays where it is
                position += width
                continue
            pending.pop()
            head = max(0, edit.start - position)
            if head:
                result.append([kind, part[:head], owner])
            taken = part[head : head + to_take]
            if kind == "same" and taken:
                result.append(["removed", taken, number])
            to_take -= len(taken)
            position += head + len(taken)
            rest = part[head + len(taken) :]
            if to_take == 0:
                if edit.after:
                    result.append(["added", edit.after, number])
                inserted = True
                if rest:
                    pending.append([kind, rest, owner])
                break
        if not inserted and edit.after:  # the edit ends at the end of the text
            result.append(["added", edit.after, number])
        length += len(edit.after) - len(edit.before)
        position = edit.start + len(edit.after)  # where pending[-1] starts in the new text
    result.extend(reversed(pending))
    return result, length


def _merge(segments: list[list[Any]]) -> list[Segment]:
    merged: list[Segment] = []
    for kind, part, owner in segments:
        if not part:
            continue
        if merged and merged[-1][0] == kind and merged[-1][2] == owner:
            merged[-1] = (kind, merged[-1][1] + part, owner)
        else:
            merged.append((kind, part, owner))
    return merged


def _elide(segments: list[Segment]) -> list[Segment]:
    """Long unchanged runs cut to their ends, with an ``elided`` mark giving the count."""
    result: list[Segment] = []
    for kind, part, owner in segments:
        if kind != "same" or len(part) <= 3 * CONTEXT:
            result.append((kind, part, owner))
            continue
        cut = len(part) - 2 * CONTEXT
        result += [
            ("same", part[:CONTEXT], -1),
            ("elided", f"… {cut:,} characters unchanged …", -1),
            ("same", part[-CONTEXT:], -1),
        ]
    return result


def capped(
    segments: list[Segment], max_segments: int = MAX_SEGMENTS, max_characters: int = MAX_CHARACTERS
) -> tuple[list[Segment], int, int]:
    """The first segments of a diff view, within both limits; and how many characters and
    edits the rest holds (a mirror with pinyin after each of its 600,000 characters
    would be a page of its own).

    >>> capped([("same", "甲乙", -1), ("removed", "丙", 0), ("same", "丁", -1)], 2)
    ([('same', '甲乙', -1), ('removed', '丙', 0)], 1, 0)
    """
    shown, characters = 0, 0
    for shown, (_, part, _) in enumerate(segments):
        if shown == max_segments or characters + len(part) > max_characters:
            break
        characters += len(part)
    else:
        return segments, 0, 0
    rest = segments[shown:]
    edits = {number for _, _, number in rest if number >= 0}
    edits -= {number for _, _, number in segments[:shown] if number >= 0}
    return segments[:shown], sum(len(part) for _, part, _ in rest), len(edits)
