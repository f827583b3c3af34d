"""Where each edit of a log starts in the text as it was read, and at which line and column.

An :class:`~textclean.document.Edit`'s ``start`` is an offset in the text as it stood
just before that edit. A linter reports places in the file, so each start is carried
back through the edits before it. Consecutive edits that go left to right without
overlapping (one step's pass over the text) form a run whose offsets map back with a
binary search, so a log of n edits in r runs costs O(n·r·log n), not O(n²):

>>> edits = [Edit("a", "", "xx", "", 0), Edit("b", "", "c", "C", 2)]
>>> original_starts(edits)  # "xxabc": the "c" was at 4 before "xx" went
[0, 4]
>>> original_offsets(edits, [2])  # the "C" of "abC" was the "c" at 4
[4]
>>> Lines("一\\n二三").position(3)
(2, 2)
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from textclean.document import Edit


class _Run:
    """Edits in left-to-right order that do not overlap, and how each shifts the text."""

    def __init__(self) -> None:
        self.starts: list[int] = []  # where each edit's ``after`` starts, after the run
        self.ends: list[int] = []  # and where it ends
        self.shifts: list[int] = []  # how far the text after each edit moved, in total
        self.replaced: list[int] = []  # how many characters each edit replaced
        self.end = 0

    def accepts(self, edit: Edit) -> bool:
        return not self.starts or edit.start >= self.end

    def add(self, edit: Edit) -> None:
        before = self.shifts[-1] if self.shifts else 0
        self.starts.append(edit.start)
        self.ends.append(edit.start + len(edit.after))
        self.shifts.append(before + len(edit.after) - len(edit.before))
        self.replaced.append(len(edit.before))
        self.end = edit.start + len(edit.after)

    def back(self, position: int) -> int:
        """``position`` in the text after the run's edits, in the text before them."""
        index = bisect_right(self.starts, position) - 1
        if index < 0:
            return position
        if position < self.ends[index]:  # inside what the edit wrote: as far into what it
            # replaced (character for character, for a conversion), at most to its end
            inside = min(position - self.starts[index], self.replaced[index])
            return self.starts[index] - (self.shifts[index - 1] if index else 0) + inside
        return position - self.shifts[index]


def original_starts(edits: Sequence[Edit], skips: Sequence[int] | None = None) -> list[int]:
    """For each edit of ``edits`` (in the order made), its start in the text before all;
    or, with ``skips``, where the character that many past its start was."""
    runs: list[_Run] = []
    starts = []
    for number, edit in enumerate(edits):
        if not runs or not runs[-1].accepts(edit):
            runs.append(_Run())
        current = runs[-1]
        position = current.back(edit.start + (skips[number] if skips else 0))
        for run in reversed(runs[:-1]):
            position = run.back(position)
        starts.append(position)
        current.add(edit)
    return starts


def original_offsets(edits: Sequence[Edit], offsets: Sequence[int]) -> list[int]:
    """For each offset of the text after all ``edits``, where it was in the text before
    them (a character an edit wrote: as far into what the edit replaced, at most to its end)."""
    runs: list[_Run] = []
    for edit in edits:
        if not runs or not runs[-1].accepts(edit):
            runs.append(_Run())
        runs[-1].add(edit)
    found = []
    for offset in offsets:
        for run in reversed(runs):
            offset = run.back(offset)
        found.append(offset)
    return found


def consequences(edits: Sequence[Edit]) -> list[bool]:
    """For each edit, whether it changed only what earlier edits wrote (and whitespace
    around it): the blank line that a removed ``</p>`` left, a ``&nbsp;`` decoded to an
    odd space. It follows from an earlier finding, and is not one of its own.

    >>> tag = Edit("markup", "HTML tag", "</p>", "\\n", 2)
    >>> consequences([tag, Edit("whitespace", "blank lines", "\\n\\n\\n", "\\n\\n", 2)])
    [False, True]
    """
    written = bytearray()  # per character of the text as it stands: 1 if an edit wrote it
    found = []
    for edit in edits:
        end = edit.start + len(edit.before)
        if len(written) < end:
            written.extend(bytes(end - len(written)))
        region = written[edit.start : end]
        found.append(
            1 in region
            and all(
                char.isspace() for char, mark in zip(edit.before, region, strict=True) if not mark
            )
        )
        written[edit.start : end] = b"\x01" * len(edit.after)
    return found


class Lines:
    """Line and column (both from 1, columns in characters) of an offset in ``text``."""

    def __init__(self, text: str) -> None:
        self.starts = [0]
        position = text.find("\n")
        while position != -1:
            self.starts.append(position + 1)
            position = text.find("\n", position + 1)

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1
