"""What no repair can undo: characters lost before textclean read the text.

A U+FFFD (REPLACEMENT CHARACTER) stands for bytes a decoder could not decode, and the
encoding step puts one for each run of bytes lost inside a garbled span it repairs
(see ``docs/steps/encoding.md``). ``锟斤拷`` is two U+FFFD whose UTF-8 bytes were then read
as GBK, and runs of ``烫`` or ``屯`` are a debug build's uninitialised memory (bytes 0xCC,
0xCD) read as GBK. The characters behind them are gone: the source must be fetched
again, or decoded with its right encoding. A ``?`` can be such a mark too, but it is also
punctuation, so it is never counted here.

The run's summary and the report count :func:`lost_characters` (two ``str.count``);
``textclean check`` reports each of :func:`leftovers` at its place (TC105, TC106):

>>> lost_characters("发射\\ufffd颗卫星。锟斤拷")
3
>>> [(found.start, found.text, found.what) for found in leftovers("发射\\ufffd\\ufffd颗，烫烫烫")]
[(2, '\\ufffd\\ufffd', 'U+FFFD'), (6, '烫烫烫', 'uninitialised memory, bytes 0xCC, read as GBK')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

REPLACEMENT = "\ufffd"
"""U+FFFD REPLACEMENT CHARACTER: the mark a decoder puts for bytes it could not decode."""
KUNJINKAO = "锟斤拷"
"""Two U+FFFD encoded in UTF-8 (EF BF BD EF BF BD) and read as GBK."""
REMNANTS = {
    "锟": "U+FFFD in UTF-8 read as GBK",
    "烫": "uninitialised memory, bytes 0xCC, read as GBK",
    "屯": "uninitialised memory, bytes 0xCD, read as GBK",
}
"""What each remnant is, by its first character."""
_LEFTOVER = re.compile(f"{REPLACEMENT}+|(?:{KUNJINKAO})+|烫{{3,}}|屯{{3,}}")
_LOST = re.compile(f"(?:{REPLACEMENT}|{KUNJINKAO})+")


class Leftover(NamedTuple):
    """A run of U+FFFD, or a remnant, at offset ``start`` of a text."""

    start: int
    text: str

    @property
    def remnant(self) -> bool:
        """Whether it is a remnant (``锟斤拷``, ``烫烫烫``), not U+FFFD itself."""
        return self.text[0] != REPLACEMENT

    @property
    def what(self) -> str:
        """What the run is, in a few words."""
        return REMNANTS[self.text[0]] if self.remnant else "U+FFFD"


def lost_characters(text: str) -> int:
    """The U+FFFD in ``text``, each ``锟斤拷`` counted as the two it was.

    >>> lost_characters("正常的文字。")
    0
    """
    return text.count(REPLACEMENT) + 2 * text.count(KUNJINKAO)


def leftovers(text: str) -> Iterator[Leftover]:
    """Every run of U+FFFD, and every remnant (``锟斤拷``, three or more ``烫`` or ``屯``)."""
    if REPLACEMENT not in text and not any(first in text for first in REMNANTS):
        return
    for match in _LEFTOVER.finditer(text):
        yield Leftover(match.start(), match.group())


def first_lost(text: str) -> tuple[int, int] | None:
    """Where the first run of lost characters of ``text`` (U+FFFD, ``锟斤拷``) starts and ends.

    >>> first_lost("正文锟斤拷\\ufffd，\\ufffd")
    (2, 6)
    """
    match = _LOST.search(text)
    return None if match is None else match.span()


def around(text: str, start: int, end: int, size: int) -> tuple[int, int]:
    """The bounds of ``text[start:end]`` widened by up to ``size`` characters of its line
    each side.

    >>> around("标题\\n发射\\ufffd颗卫星", 5, 6, 2)
    (3, 8)
    """
    low = max(start - size, text.rfind("\n", 0, start) + 1)
    high = text.find("\n", end)
    return low, min(end + size, len(text) if high < 0 else high)
