"""Correct text in other scripts, which a mojibake repair must not turn into Chinese.

GBK and Big5 can encode Latin letters with accents (pinyin ``á``), Greek, Cyrillic and
kana, and almost any pair of their bytes decodes in the other codec: ``Vállus`` read
back as Big5 is ``V芍llus``, Japanese ``いちじゅう`` read back is ``中切元文``. Such a span
is odd *for Chinese* but correct in its own language, so a repair of it needs evidence
that the *result* reads as Chinese words, not only that the span looks odd.

:func:`foreign_letters` says which foreign script a span is written in (by the share of
its non-ASCII characters); :func:`reads_as_words` is the evidence a repair of such a span
must bring.

>>> foreign_letters("Vállus"), foreign_letters("いちじゅう"), foreign_letters("鏂伴椈")
('latin', 'japanese', None)
>>> foreign_letters("Русский")
'greek or cyrillic'

>>> reads_as_words("新闻", share=0.5), reads_as_words("芍llus", share=0.5)
(True, False)
"""

from __future__ import annotations

import math
import re
from typing import Literal

from textclean.encoding.charsets import cjk_pairs, cjk_runs, known_pairs, weighed

Script = Literal["latin", "greek or cyrillic", "kana", "japanese"]

LATIN = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")
"""A Latin letter beyond ASCII (``á``, ``Ø``, ``ß``, ``ő``)."""

GREEK_CYRILLIC = re.compile("[\u0370-\u03ff\u0400-\u04ff]")
"""A Greek or Cyrillic letter (``κ``, ``ж``)."""

KANA = re.compile("[\u3041-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
"""A hiragana or katakana character (full or half width)."""

LATIN_SHARE = 1 / 3
"""The share of foreign letters among a span's non-ASCII characters that makes it Latin
(or Greek, or Cyrillic) script: GBK read as cp1252 is made of Latin letters, and so is
correct French or Hungarian. Big5 read as GBK shows Greek and Cyrillic (GBK's rows for
them are Big5's common characters), but far fewer."""

KANA_SHARE = 0.3
"""The share of kana that makes a span look Japanese (``"kana"``). Big5 text read as GBK
shows kana too (Big5's most common row is GBK's kana row), about one character in ten
on news, rarely more than one in seven."""

JAPANESE_SHARE = 0.6
"""The share of kana that makes a span Japanese beyond doubt (``"japanese"``)."""


def foreign_letters(text: str) -> Script | None:
    """Which foreign script ``text`` is written in, by the share of its non-ASCII characters.

    >>> foreign_letters("ÐÂÎÅ"), foreign_letters("中文报道い"), foreign_letters("abc")
    ('latin', None, None)
    """
    wide = len(weighed(text))
    if not wide:
        return None
    latin, other = len(_NOT_LATIN.sub("", text)), len(GREEK_CYRILLIC.findall(text))
    if latin + other >= LATIN_SHARE * wide:
        return "latin" if latin >= other else "greek or cyrillic"
    kana = len(KANA.findall(text))
    if kana >= JAPANESE_SHARE * wide:
        return "japanese"
    if kana >= KANA_SHARE * wide:
        return "kana"
    return None


_NOT_LATIN = re.compile(f"[^{LATIN.pattern[1:-1]}]+")
"""What is not a Latin letter: the letters are what is left without it (counted in C,
with no list of letters made; the characters neither ASCII nor whitespace are counted
so too, by :func:`~textclean.encoding.charsets.weighed`)."""


def latin_words(text: str) -> list[str]:
    """The words of ``text`` made of ASCII letters and Latin letters beyond ASCII, at least
    one of each side by side: pinyin with its tones (``guān``), names (``Zürich``). No
    double-byte codec's mojibake writes them (GBK shows its pinyin row alone).

    >>> latin_words("关(guān)、Zürich 和 ÐÂÎÅ")
    ['guān', 'Zürich']
    """
    return _LATIN_WORD.findall(text)


_LETTERS = LATIN.pattern[1:-1]
_LATIN_WORD = re.compile(
    f"[A-Za-z{_LETTERS}]*(?:[A-Za-z][{_LETTERS}]|[{_LETTERS}][A-Za-z])[A-Za-z{_LETTERS}]*"
)


def glued_to_letters(line: str, start: int, end: int) -> bool:
    """Whether characters ``start:end`` of ``line`` stand inside a word of ASCII letters.

    >>> glued_to_letters("HÄ±rs", 1, 3), glued_to_letters("标题 ÐÂÎÅ", 3, 7)
    (True, False)
    """
    before = line[start - 1] if start > 0 else ""
    after = line[end] if end < len(line) else ""
    return (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha())


def reads_as_words(text: str, share: float, pairs: int = 1) -> bool:
    """Whether ``text`` holds at least ``pairs`` adjacent Chinese characters, and at least
    ``share`` of those pairs occur inside a known word (real news: about half). A
    character twice (``豆豆``) is no evidence: it is what a letter twice (``ěě``) gives.

    >>> reads_as_words("H谋rs谋z谋", share=0.3), reads_as_words("手机", share=0.3)
    (False, True)
    >>> reads_as_words("豕豆豆", share=0.3)
    False
    """
    runs = cjk_runs(text)
    adjacent = cjk_pairs(runs)
    if adjacent < pairs:
        return False
    known = known_pairs("\n".join(runs))  # all runs at once: a line break makes no pair
    return known >= needed_pairs(adjacent, share)


def needed_pairs(pairs: int, share: float) -> int:
    """How many of ``pairs`` adjacent pairs must be known words: ``share`` of them, and at
    least two when there are two or more. Letters read as Big5 or GBK give common
    characters, and a few common characters make a word by chance (``κρκα`` read back
    is ``百老百汐``, and ``老百`` is in ``老百姓``); two words by chance are rare.

    >>> needed_pairs(1, 0.3), needed_pairs(3, 0.3), needed_pairs(20, 0.3)
    (1, 2, 6)
    """
    return pairs if pairs < 2 else max(2, math.ceil(share * pairs))
