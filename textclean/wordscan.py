"""Many words looked for in one pass over a text (Aho-Corasick, with ahocorasick-rs).

A boilerplate rule needs one of its words in a line before its regex is worth a search,
and a line needs a strong spam term before it is judged as spam. Testing each word with
``in`` scans the text once per word; an automaton scans it once for all of them (in
Rust, with a prefilter that skips to where a word may start), and reports overlapping
words too (``编辑`` inside ``责任编辑``).

>>> scan = WordScan({"编辑": 1, "责任编辑": 2})
>>> sorted(scan.values_in("(责任编辑:李欣欣)")), scan.first_in("没有"), bool(scan)
([1, 2], None, True)
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Generic, TypeVar

import ahocorasick_rs

Value = TypeVar("Value")


_DFA = ahocorasick_rs.Implementation.DFA
"""A DFA over UTF-8 bytes scans news text about three times as fast as the default NFA
over characters (a few hundred words; the automaton is bigger, and built once). Only
the values are asked for, never the places, so the bytes need no mapping back; a word's
UTF-8 bytes match only where its characters stand (UTF-8 is self-synchronising)."""


class WordScan(Generic[Value]):
    """Words, each with a value; which of them a text holds."""

    def __init__(self, values: Mapping[str, Value]) -> None:
        words = [word for word in values if word]
        self._values = [values[word] for word in words]
        self._automaton = (
            ahocorasick_rs.BytesAhoCorasick([word.encode() for word in words], implementation=_DFA)
            if words
            else None
        )

    def __bool__(self) -> bool:
        return self._automaton is not None

    def values_in(self, text: str) -> Iterator[Value]:
        """The value of every word in ``text``, once per place it stands."""
        if self._automaton is not None:
            values = self._values
            for index, _, _ in self._automaton.find_matches_as_indexes(
                text.encode(), overlapping=True
            ):
                yield values[index]

    def first_in(self, text: str) -> Value | None:
        """The value of a word in ``text`` (the first found), or ``None``."""
        if self._automaton is None:
            return None
        found = self._automaton.find_matches_as_indexes(text.encode())
        return self._values[found[0][0]] if found else None
