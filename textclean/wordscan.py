"""Many words looked for in one pass over a text (Aho-Corasick, with pyahocorasick).

A boilerplate rule needs one of its words in a line before its regex is worth a search,
and a text needs a strong spam term before its lines are judged as spam. Testing each
word with ``in`` scans the text once per word; an automaton scans it once for all of
them, in C, and reports overlapping words too (``编辑`` inside ``责任编辑``).

>>> scan = WordScan({"编辑": 1, "责任编辑": 2})
>>> sorted(scan.values_in("(责任编辑:李欣欣)")), scan.first_in("没有"), bool(scan)
([1, 2], None, True)
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Generic, TypeVar

import ahocorasick

Value = TypeVar("Value")


class WordScan(Generic[Value]):
    """Words, each with a value; which of them a text holds."""

    def __init__(self, values: Mapping[str, Value]) -> None:
        self._automaton: ahocorasick.Automaton | None = None
        if any(values):
            automaton = ahocorasick.Automaton()
            for word, value in values.items():
                if word:
                    automaton.add_word(word, value)
            automaton.make_automaton()
            self._automaton = automaton

    def __bool__(self) -> bool:
        return self._automaton is not None

    def values_in(self, text: str) -> Iterator[Value]:
        """The value of every word in ``text``, once per place it stands."""
        if self._automaton is not None:
            for _, value in self._automaton.iter(text):
                yield value

    def first_in(self, text: str) -> Value | None:
        """The value of a word in ``text`` (the first to end), or ``None``."""
        return next(self.values_in(text), None)
