"""The scorer of :mod:`~textclean.encoding.charsets` over many texts at once, in numpy.

:func:`~textclean.encoding.charsets.score` costs a few microseconds of Python calls per
text, whatever its length: judging every line of a garbled document (its re-reading,
itself, and itself converted to Simplified) would spend most of the repair's time there.
:func:`scores` gives the same :class:`~textclean.encoding.charsets.Score` for each of
many texts from one pass over their characters: each character's weight from a table of
the Basic Multilingual Plane, each adjacent pair looked up among the known word pairs
(kept as sorted integers), and the sums of each text taken from running totals.

>>> texts = ["新闻发布", "鏂伴椈", "abc", ""]
>>> scores(texts) == [score(text) for text in texts]
True
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import accumulate

import numpy as np

from textclean.encoding.charsets import (
    Score,
    char_weight,
    is_cjk,
    known_pairs,
    score,
    weighed,
    word_pair_set,
)

FEW_CHARACTERS = 200
"""Below this many characters in all, each text is scored alone: numpy's fixed cost
(some 50 µs a call) is more than a few texts cost one by one (4 µs and 0.3 µs a
character each; this machine, 2026-12)."""

FEW_PAIRS = 500
"""Below this many characters in all, :func:`known_pair_counts` counts each text alone
(0.2 µs a pair against numpy's 100 µs a call)."""

_PLANE = 0x10000
_SHIFT = 21  # bits of a code point: a pair of them is one 42-bit key


@cache
def _tables() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each character of the BMP, by code point: its weight (0 for those not weighed:
    ASCII and whitespace), whether it is weighed, and whether it is a CJK ideograph."""
    chars = [chr(code) for code in range(_PLANE)]
    counted = np.array([weighed(char) != "" for char in chars])
    weights = np.array([char_weight.__wrapped__(char) for char in chars], dtype=np.int64)
    cjk = np.array([is_cjk(char) for char in chars])
    return np.where(counted, weights, 0), counted, cjk


@cache
def _pair_keys() -> np.ndarray:
    """Every known word pair as one sorted integer key (first code point shifted left)."""
    pairs = sorted(word_pair_set())
    first = np.array([ord(pair[0]) for pair in pairs], dtype=np.int64)
    second = np.array([ord(pair[1]) for pair in pairs], dtype=np.int64)
    return np.sort((first << _SHIFT) | second)


def _known(keys: np.ndarray) -> np.ndarray:
    """Whether each pair key is a known word pair's: the keys a hash table marks as
    maybe known (most pairs of garbled text are not) are looked up in the sorted keys
    (a binary search costs some 130 ns a key, out of cache).

    >>> key = (ord("新") << _SHIFT) | ord("闻")
    >>> _known(np.array([key, key + 1])).tolist()
    [True, False]
    """
    table = _maybe_known()
    found = np.zeros(len(keys), dtype=bool)
    maybe = np.flatnonzero(table[_hashed(keys)])
    if len(maybe):
        known = _pair_keys()
        wanted = keys[maybe]
        at = np.minimum(np.searchsorted(known, wanted), len(known) - 1)
        found[maybe] = known[at] == wanted
    return found


_HASH_BITS = 22
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing: the high bits of key * 2^64/phi


def _hashed(keys: np.ndarray) -> np.ndarray:
    return ((keys.astype(np.uint64) * _GOLDEN) >> np.uint64(64 - _HASH_BITS)).astype(np.intp)


@cache
def _maybe_known() -> np.ndarray:
    """A table of 2^22 flags (4 MB), set where a known pair's key hashes (95,000 keys:
    2% of the others hash there too)."""
    table = np.zeros(1 << _HASH_BITS, dtype=bool)
    table[_hashed(_pair_keys())] = True
    return table


def _codes(texts: Sequence[str]) -> np.ndarray:
    """The code points of ``texts`` joined by line breaks, as one array (decoded in C)."""
    joined = "\n".join(texts)
    return np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype="<u4").astype(np.int64)


@cache
def _beyond_plane(code: int) -> tuple[int, int, int]:
    """For a character beyond the BMP (``code``), as :func:`_tables` has them for the BMP:
    its weight (0 if not weighed), whether it is weighed, whether it is a CJK ideograph.
    UTF-8 read as Big5-HKSCS gives many (Extension B): each is computed once.

    >>> _beyond_plane(ord("𥪯"))[1:]
    (1, 1)
    """
    char = chr(code)
    is_weighed = weighed(char) != ""
    return (char_weight(char) if is_weighed else 0), int(is_weighed), int(is_cjk(char))


def scores(texts: Sequence[str]) -> list[Score | None]:
    """:func:`~textclean.encoding.charsets.score` of each of ``texts``, computed at once.

    >>> scores(["新闻发布"])
    [Score(value=1.6666666666666665, characters=4, word_pairs=0.6666666666666666)]
    """
    if not texts:
        return []
    if sum(map(len, texts)) < FEW_CHARACTERS:
        return [score(text) for text in texts]  # fewer calls than numpy's
    codes = _codes(texts)  # a line break between texts is not weighed and ends every pair
    weight_table, weighed_table, cjk_table = _tables()
    in_plane = np.minimum(codes, _PLANE - 1)
    counted = np.zeros((len(codes) + 1, 4), dtype=np.int64)  # a row of zeros to start
    counted[1:, 0] = weight_table[in_plane]
    counted[1:, 1] = weighed_table[in_plane]
    cjk = cjk_table[in_plane]
    if len(codes) and codes.max() >= _PLANE:  # beyond the tables: looked up in a cache
        beyond = np.flatnonzero(codes >= _PLANE)  # a few: no sort of them pays
        found = np.array([_beyond_plane(code) for code in codes[beyond].tolist()], dtype=np.int64)
        counted[beyond + 1, 0] = found[:, 0]
        counted[beyond + 1, 1] = found[:, 1]
        cjk[beyond] = found[:, 2].astype(bool)
    pairs = cjk[:-1] & cjk[1:]
    keys = (codes[:-1] << _SHIFT) | codes[1:]
    counted[1:-1, 2] = pairs  # pair i (characters i and i + 1) counted at row i + 1
    counted[1:-1, 3] = pairs & _known(keys)
    running = np.cumsum(counted, axis=0)

    starts = list(accumulate((len(text) + 1 for text in texts[:-1]), initial=0))
    ends = [start + len(text) for start, text in zip(starts, texts, strict=True)]
    pair_ends = [max(end - 1, start) for start, end in zip(starts, ends, strict=True)]
    weight_sums, counts = (running[ends, :2] - running[starts, :2]).T.tolist()
    pair_counts, hit_counts = (running[pair_ends, 2:] - running[starts, 2:]).T.tolist()
    found_scores: list[Score | None] = []
    for total, count, pair_count, hit_count in zip(
        weight_sums, counts, pair_counts, hit_counts, strict=True
    ):
        if not count:
            found_scores.append(None)
            continue
        share = hit_count / pair_count if pair_count else None
        found_scores.append(Score(float(total) / count + (share or 0.0), count, share))
    return found_scores


def known_pair_counts(texts: Sequence[str]) -> list[int]:
    """:func:`~textclean.encoding.charsets.known_pairs` of each of ``texts``, counted at
    once: a text of 600 characters costs some 20 µs, not 150 (a string made per pair).

    >>> known_pair_counts(["新闻发布", "豆豆", ""])
    [2, 0, 0]
    """
    if sum(map(len, texts)) < FEW_PAIRS:
        return [known_pairs(text) for text in texts]  # fewer calls than numpy's
    codes = _codes(texts)  # a line break between texts ends every pair
    keys = (codes[:-1] << _SHIFT) | codes[1:]
    hits = np.flatnonzero(_known(keys) & (codes[:-1] != codes[1:]))  # no character twice
    # no pair across a line break is known: each hit lies in one text, found by its end
    ends = list(accumulate(len(text) + 1 for text in texts))
    return np.bincount(np.searchsorted(ends, hits, side="right"), minlength=len(texts)).tolist()
