"""How much a piece of text reads like real Chinese: the scorer behind every encoding repair.

Each character gets a weight by how common it is in Chinese news text: the most used
Simplified and Traditional characters (GB2312 level 1, Big5's common block) and the
punctuation and signs of both standards' symbol rows weigh +1; the less common levels,
the characters Big5's supplements add (HKSCS, Eten: ``邨``, ``碁``), and the kana,
Greek, Cyrillic and box drawing GB2312 can quote, 0; any other CJK character -1; what
mojibake is made of (Latin-1 letters in a Chinese text, private-use and replacement
characters) -1 to -2. :func:`plausibility` is the mean weight; ASCII and whitespace
are left out, since no repair changes them.

>>> plausibility("新闻") > plausibility("鏂伴椈")
True
>>> plausibility("ÐÂÎÅ")
-1.0
>>> round(plausibility("新闻发布"), 2)
1.67
>>> plausibility("abc") is None
True
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache
from importlib import resources
from typing import Any, NamedTuple

from textclean.resources import load_toml, read_bytes

COMMON = 1.0
LESS_COMMON = 0.0
RARE = -1.0
FOREIGN = -1.0
BROKEN = -2.0

COMMON_PUNCTUATION = (
    "，。、；：？！…—–·‘’“”（）《》〈〉【】「」『』〔〕％＋－＝／～￥〇•●○■□▲△◆◇★☆℃№×÷°±"
)
"""Punctuation and signs that real Chinese news uses (beyond the full-width forms)."""


@cache
def _common() -> frozenset[str]:
    sets = load_toml("charsets.toml")
    symbols = {c for c in sets["gb2312_symbols"] + sets["big5_symbols"] if ord(c) > 0xFF}
    return frozenset(sets["gb2312_level1"] + sets["big5_common"] + COMMON_PUNCTUATION) | symbols


@cache
def _less_common() -> frozenset[str]:
    sets = load_toml("charsets.toml")
    letters = sets["gb2312_letters"]  # kana, Greek, Cyrillic, box drawing: quoted, not Chinese
    # Hong Kong's and Taiwan's own characters (邨, 碁): real text, in neither standard's levels
    supplements = sets["big5_supplements"]
    return frozenset(sets["gb2312_level2"] + sets["big5_less_common"] + supplements + letters)


def common_characters() -> frozenset[str]:
    """Every character of weight +1: common Chinese characters, punctuation and signs."""
    return _common()


def count_common(text: str) -> int:
    """How many characters of ``text`` are common (weight +1, :func:`common_characters`),
    counted by one regex scan in C (three times as fast as a set lookup per character).

    >>> count_common("新闻鏂伴椈abc")  # 新 闻 伴
    3
    """
    return len(_not_common_pattern().sub("", text))


@cache
def _not_common_pattern() -> re.Pattern[str]:
    """Runs of characters that are not common: what is left without them is counted
    (four times as fast as a list of every common character found, on Chinese text)."""
    return re.compile(f"[^{_class(_common())}]+")


def is_common(char: str) -> bool:
    """True for a commonly used Chinese character or Chinese punctuation mark.

    >>> is_common("关"), is_common("關"), is_common("彧")
    (True, True, False)
    """
    return char in _common()


def is_first_level(char: str) -> bool:
    """True for a character of GB2312's first level: the 3,755 most used Simplified ones
    (the common set adds Big5's 5,401 and the signs, where rarer ones are).

    >>> is_first_level("关"), is_first_level("關"), is_first_level("魑"), is_common("魑")
    (True, False, False, True)
    """
    return char in _first_level()


@cache
def _first_level() -> frozenset[str]:
    return frozenset(load_toml("charsets.toml")["gb2312_level1"])


def is_cjk(char: str) -> bool:
    """True for a CJK ideograph (any block, the compatibility ones included)."""
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3FFFF
    )


@cache
def char_weight(char: str) -> float:
    """The weight of one character (see the module docstring).

    >>> char_weight("新"), char_weight("鏂"), char_weight("㐀"), char_weight("\\ufffd")
    (1.0, 0.0, -1.0, -2.0)
    """
    if char in _common():
        return COMMON
    if char in _less_common():
        return LESS_COMMON
    if is_cjk(char):
        return RARE
    code = ord(char)
    if 0xFF01 <= code <= 0xFF5E or 0x2000 <= code <= 0x206F or 0x3000 <= code <= 0x303F:
        return COMMON  # full-width forms, general punctuation, CJK symbols
    category = unicodedata.category(char)
    if category in ("Co", "Cn", "Cs", "Cc") or char == "\ufffd":
        return BROKEN
    return FOREIGN


@cache
def _bigrams() -> frozenset[str]:
    pairs = resources.files("textclean.data").joinpath("bigrams.txt").read_text("utf-8").strip()
    return frozenset(pairs[i : i + 2] for i in range(0, len(pairs), 2))


def word_pair_set() -> frozenset[str]:
    """Every known word pair: two characters that occur next to each other in a word."""
    return _bigrams()


def word_pair_hits(run: str) -> Iterator[bool]:
    """For each adjacent pair of ``run``, whether it is a known word pair: the pairs are
    made and looked up in C (``map``), so a caller's ``any`` or ``sum`` costs no Python
    call per pair.

    >>> list(word_pair_hits("新闻发布"))
    [True, False, True]
    """
    return map(_bigrams().__contains__, map(operator.add, run, run[1:]))


def known_pairs(text: str) -> int:
    """How many adjacent pairs of ``text`` are known word pairs of two different
    characters (a character twice, ``豆豆``, is what a letter twice gives), counted in C.

    >>> known_pairs("新闻发布"), known_pairs("豆豆")
    (2, 0)
    """
    hits = sum(word_pair_hits(text))
    if hits and _DOUBLED.search(text):  # rare: the pairs of a character twice taken out
        twice = _DOUBLED_PAIRS.findall(text)
        hits -= sum(map(_bigrams().__contains__, map(operator.add, twice, twice)))
    return hits


IDEOGRAPHS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
"""The blocks of :func:`is_cjk`, as the inside of a regex character class."""

_DOUBLED = re.compile(f"([{IDEOGRAPHS}])\\1")
"""An ideograph twice (every known pair is of two ideographs: ``??`` is none)."""
_DOUBLED_PAIRS = re.compile(f"([{IDEOGRAPHS}])(?=\\1)")
"""Each ideograph that the next character repeats (``豆豆豆``: two), found in C."""


def is_word_pair(pair: str) -> bool:
    """Do the two characters of ``pair`` occur next to each other inside a known word?

    >>> is_word_pair("护人"), is_word_pair("作会")
    (True, False)
    """
    return pair in _bigrams()


def bigram_share(text: str) -> float | None:
    """The share of adjacent CJK pairs in ``text`` that occur inside a known word.

    Real news scores about 0.5; mojibake made of common characters close to 0.

    >>> bigram_share("新闻发布"), bigram_share("陔恓惆耋"), bigram_share("abc")
    (0.6666666666666666, 0.0, None)
    """
    # every run's pairs looked up at once: a line break between runs makes no known pair
    runs = "\n".join(cjk_runs(text))
    pairs = len(runs) - 2 * runs.count("\n") - 1
    return sum(word_pair_hits(runs)) / pairs if pairs > 0 else None


def cjk_runs(text: str) -> list[str]:
    """The runs of two or more CJK ideographs of ``text`` (the blocks of :func:`is_cjk`):
    every adjacent pair of two of them lies in one.

    >>> cjk_runs("新闻ab报道了a字")
    ['新闻', '报道了']
    """
    return _CJK_PAIRS.findall(text)


def cjk_pairs(runs: list[str]) -> int:
    """How many adjacent pairs of two CJK ideographs ``runs`` (:func:`cjk_runs`) hold.

    >>> cjk_pairs(cjk_runs("新闻ab报道了"))
    3
    """
    return sum(map(len, runs)) - len(runs)


_CJK_PAIRS = re.compile(f"[{IDEOGRAPHS}]{{2,}}")
"""Two or more CJK ideographs in a row (the blocks of :func:`is_cjk`)."""


def weights(text: str) -> tuple[float, int]:
    """The sum of :func:`char_weight` over the non-ASCII, non-space characters, and their count."""
    chars = weighed(text)
    return sum(map(char_table(char_weight).__getitem__, chars), 0.0), len(chars)


def weighed(text: str) -> str:
    """``text`` without what the scorer does not weigh: ASCII and whitespace.

    >>> weighed("新闻 News，")
    '新闻，'
    """
    return _UNWEIGHED.sub("", text)


_UNWEIGHED = re.compile(r"[\x00-\x7f\s]+")


class CharTable(dict[str, Any]):
    """``function(char, *args)`` for each character met, computed once, then looked up in
    C: ``map(table.__getitem__, text)`` costs no Python call per character.

    >>> list(map(char_table(char_weight).__getitem__, "新鏂"))
    [1.0, 0.0]
    """

    def __init__(self, function: Callable[..., Any], *args: Any) -> None:
        super().__init__()
        self.function, self.args = function, args

    def __missing__(self, char: str) -> Any:
        self[char] = value = self.function(char, *self.args)
        return value


@cache
def char_table(function: Callable[..., Any], *args: Any) -> CharTable:
    """The one :class:`CharTable` of ``function`` with ``args``."""
    return CharTable(function, *args)


class Score(NamedTuple):
    """What the scorer says of a text: ``value`` (mean weight plus word-pair share), how
    many ``characters`` it weighed, and the ``word_pairs`` share (None without a pair)."""

    value: float
    characters: int
    word_pairs: float | None


def score(text: str) -> Score | None:
    """The :class:`Score` of ``text``; None without a non-ASCII, non-space character.

    >>> score("新闻发布")
    Score(value=1.6666666666666665, characters=4, word_pairs=0.6666666666666666)
    """
    total, count = weights(text)
    if not count:
        return None
    share = bigram_share(text)
    return Score(total / count + (share or 0.0), count, share)


def plausibility(text: str) -> float | None:
    """Mean :func:`char_weight` plus :func:`bigram_share`; None without a non-ASCII character.

    Real Chinese news scores about 1.5, clean text with rare names a little less,
    mojibake below 0.6.
    """
    scored = score(text)
    return None if scored is None else scored.value


_WIDE_SIGNS = "\\uff01-\\uff5e\\u2000-\\u206f\\u3000-\\u303f"
"""Full-width forms, general punctuation, CJK symbols: weight +1 (a regex class body)."""


@cache
def traditional_forms() -> frozenset[str]:
    """The characters OpenCC writes for common Simplified ones (``为`` → ``爲``) that the
    character sets do not count as common: real Traditional text, converted or not.

    >>> "爲" in traditional_forms(), "鏂" in traditional_forms()
    (True, False)

    Derived once and kept in the user's cache (:mod:`textclean.cache`): it opens three
    OpenCC converters, about a tenth of a second.
    """
    import opencc

    from textclean.cache import cached, content_hash, file_stamp

    key = (opencc.__version__, content_hash(read_bytes("charsets.toml")), file_stamp(__file__))
    return cached("charsets-traditional-forms", key, _derive_traditional_forms)


def _derive_traditional_forms() -> frozenset[str]:
    from textclean.script import converter  # the script module is heavier: import it late

    simplified = "".join(sorted(char for char in _common() if is_cjk(char)))
    forms: set[str] = set()
    for config in ("s2t", "s2tw", "s2hk"):
        forms.update(converter(config).convert(simplified))
    return frozenset(char for char in forms if char_weight(char) < COMMON)


@cache
def unexplained_pattern() -> re.Pattern[str]:
    """Matches one character that is not ASCII, whitespace, of weight +1, or a Traditional
    form of a common character (:func:`traditional_forms`). A line without one holds no
    character the repairs could take for mojibake, however they judge it: the document
    scan that finds the lines worth judging (:func:`lines_matching`).

    >>> pattern = unexplained_pattern()
    >>> bool(pattern.search("羣裏說話，關愛")), bool(pattern.search("鏂伴椈"))
    (False, True)
    """
    known = _class(_common() | traditional_forms())
    return re.compile(f"[^\\x00-\\x7f\\s{_WIDE_SIGNS}{known}]")


def lines_matching(text: str, pattern: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """The (start, end) of each line of ``text`` (between ``\\n``) where ``pattern`` matches,
    found by one scan in C that skips to the next line after each hit: clean lines cost
    no Python at all. ``pattern`` must not match a line break.

    >>> list(lines_matching("新闻\\n鏂伴椈\\n正文", unexplained_pattern()))
    [(3, 6)]
    """
    position = 0
    while (match := pattern.search(text, position)) is not None:
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        yield start, end
        position = end + 1


@lru_cache(maxsize=1)
def unexplained_lines(text: str) -> tuple[tuple[int, int], ...]:
    """The lines of ``text`` where :func:`unexplained_pattern` matches (see
    :func:`lines_matching`), kept for the last text: the mojibake pass and the byte-shift
    pass both look for them, mostly in a document the first left as it was.

    >>> unexplained_lines("新闻\\n鏂伴椈")
    ((3, 6),)
    """
    return tuple(lines_matching(text, unexplained_pattern()))


def lines_matching_any(
    text: str, patterns: Iterable[re.Pattern[str]], found: Iterable[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """The lines of ``text`` where any of ``patterns`` matches (see :func:`lines_matching`),
    in order, with the lines ``found`` already: one scan per pattern, each fast in C, where
    their alternation would not be.

    >>> lines_matching_any("a?\\n新闻\\n鏂伴椈", [unexplained_pattern(), re.compile(r"\\?")])
    [(0, 2), (6, 9)]
    """
    spans: set[tuple[int, int]] = set(found)
    for pattern in patterns:
        spans.update(lines_matching(text, pattern))
    return sorted(spans)


@cache
def common_text_pattern() -> re.Pattern[str]:
    """Matches a string made only of ASCII, whitespace and characters of weight +1.

    Such text needs no encoding repair; the scan is one regex in C, so clean text is cheap.

    >>> pattern = common_text_pattern()
    >>> bool(pattern.fullmatch("新闻 News，關愛。")), bool(pattern.fullmatch("鏂伴椈"))
    (True, False)
    """
    chars = "".join(sorted(_common()))
    escaped = re.escape(chars)
    return re.compile(f"[\\x00-\\x7f\\s{_WIDE_SIGNS}{escaped}]*")


@cache
def _class(chars: frozenset[str]) -> str:
    return re.escape("".join(sorted(chars)))


@cache
def odd_character_pattern() -> re.Pattern[str]:
    """Matches one character of negative weight: neither ASCII, whitespace, nor a common
    or less common Chinese character or punctuation mark.

    >>> bool(odd_character_pattern().search("新闻彧")), bool(odd_character_pattern().search("ÐÂ"))
    (False, True)
    """
    return re.compile(f"[^\\x00-\\x7f\\s{_WIDE_SIGNS}{_class(_common())}{_class(_less_common())}]")


@cache
def less_common_pattern() -> re.Pattern[str]:
    """Matches one less common Chinese character (weight 0)."""
    return re.compile(f"[{_class(_less_common() - _common())}]")


@cache
def clean_run_pattern(length: int) -> re.Pattern[str]:
    """Matches ``length`` or more characters of weight +1 in a row (ASCII not included).

    >>> clean_run_pattern(4).findall("新闻报道ÐÂÎÅ")
    ['新闻报道']
    """
    return re.compile(f"[{_WIDE_SIGNS}{_class(_common())}]{{{length},}}")
