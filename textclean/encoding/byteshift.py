"""Byte-shift mojibake: double-byte text decoded one byte off after a lost byte.

When a decoder meets a broken byte inside GBK (or Big5) text, it puts ``?`` for it and
may go on *one byte off*: it pairs each character's second byte with the next one's
first byte, so every following character is wrong, until a second byte that is also
an ASCII character (``}``, ``h``) or an undecodable pair brings it back in step. Seed
000 of the project holds three such runs::

    運輸?葐栴}      was  運輸等問題     (等 lost; 葐栴} is 問題 read one byte off)
    活動??h政府      was  活動。縣政府   (。 and 縣's first byte lost; h is 縣's second)

:func:`repair_byte_shift` finds each lossy mark (``?`` or U+FFFD) inside Chinese text,
encodes the characters after it back to bytes, drops the one byte that belongs to the
lost character and decodes the rest in step. The plausibility scorer must prefer the
result, as for every repair; the lost character stays a ``?``: it is never guessed.

>>> text, edits = repair_byte_shift("品和原料運輸?葐栴}。")
>>> text
'品和原料運輸?問題。'
>>> edits[0].reason, edits[0].before, edits[0].after
('gbk read one byte off', '葐栴}', '問題')
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from textclean.document import Edit
from textclean.encoding.charsets import (
    COMMON_PUNCTUATION,
    bigram_share,
    is_cjk,
    is_common,
    is_first_level,
    odd_character_pattern,
    plausibility,
)
from textclean.encoding.kinds import BIG5_AS_CP950, may_show

STEP = "encoding"

CODECS = (("gbk", "gb18030"), ("big5", "big5hkscs"), ("big5", BIG5_AS_CP950))
"""The double-byte encodings a shifted run is re-decoded in: (name in the reason, codec).
Big5 runs are encoded back as Big5-HKSCS and, when they hold kana or box drawing a cp950
decoder gave (``ぁ``, ``╰``), as cp950 wrote them (see :data:`BIG5_AS_CP950`)."""

SHIFT_MARGIN = 0.25
"""How much higher the realigned run must score than the shifted one."""

TRUSTED_MARGIN = 0.0
"""The margin in a document known to have lost bytes: the realigned run must be no worse."""

SHIFT_FLOOR = 0.9
"""The least score of a realigned run: (almost) only common characters."""

MAX_RUN = 400
"""The most characters one shifted run is followed for (a paragraph, in practice)."""

# A lossy mark, then the shifted run: non-ASCII characters up to the first ASCII one.
# The run may end in an ASCII "second byte" (0x40-0x7E) that brought the decoder back
# in step, or in a lossy mark (the pair that did not decode).
_ANCHORED_RUN = re.compile(
    r"[?\ufffd]+"
    rf"(?P<run>[^\x00-\x7f]{{0,{MAX_RUN}}})"
    rf"(?:(?P<trail>[\x40-\x7e])(?=[^\x00-\x7f]|\n|$)|(?=(?P<mark>[?\ufffd]))|(?=[\x00-\x7f])|$)",
    re.MULTILINE,
)


class Shift(NamedTuple):
    """One repaired run: characters ``start:end`` of the text become ``after``."""

    start: int
    end: int
    after: str
    reason: str


def realigned(
    run: str, trail: str, lost_tail: bool, codec: str, shown: str | None = None
) -> str | None:
    """``run`` (and its ASCII ``trail``) decoded one byte later, or None if that fails.

    The first byte is the second byte of the lost character. With ``lost_tail`` the
    last byte is the first byte of a character whose second byte was lost: the mark
    after the run already stands for that character. ``shown``: the codec that showed
    the run, when not ``codec`` (GBK bytes a Big5 decoder read one byte off after a
    pair it could not decode, see :func:`~textclean.encoding.mojibake._pieces`).

    >>> realigned("葐栴", "}", False, "gb18030")
    '問題'
    """
    shown = shown or codec
    if not may_show(shown, run):
        return None  # its bytes are those Big5-HKSCS gave: read so already
    try:
        data = run.encode(shown)
    except UnicodeEncodeError:
        return None
    if len(data) != 2 * len(run):
        return None  # a shifted run is made of double-byte characters only (none is ASCII)
    data = (data + trail.encode("ascii"))[1:]
    if lost_tail:
        data = data[:-1]
    try:
        realigned = data.decode(codec)
    except UnicodeDecodeError:
        return None
    # In step, the bytes pair up into double-byte characters again; an ASCII character
    # coming out means the pairing is not a shift (Big5's second bytes include A-Z).
    return None if any(char.isascii() for char in realigned) else realigned


def _better(before: str, after: str, trail: str, trusted: bool, strays: bool) -> bool:
    """The scorer's verdict on a realigned run (``strays``: see :func:`_stray`).

    The shape is strong evidence already (a lost byte, then a run whose bytes come out
    even only one byte later), so the candidate needs a smaller margin than a whole-span
    repair, but must be made of common characters, and Chinese ones where the run was.
    In a document known to have lost bytes (``trusted``), a realigned run need only be
    no worse (its shape decides), unless the run already reads as Chinese words: text
    where ``?`` stands for characters a GB2312 page could not hold (``之?有一?桑国``)
    has real text between its marks.
    """
    new = plausibility(after)
    if new is None:
        return not after and _stray(before, trail, strays)
    if _has_cjk(before) and not _has_cjk(after):
        return False  # 哈富 is no shifted ５
    old = plausibility(before)
    if trusted and (_reads_as_words(before) or _reads_as_words(_simplified(before))):
        return False
    margin = TRUSTED_MARGIN if trusted else SHIFT_MARGIN
    return new >= SHIFT_FLOOR and (old is None or new - old >= margin)


def _stray(before: str, trail: str, strays: bool) -> bool:
    """Nothing is left in step: ``before`` is a stray second byte, either an ASCII letter
    wedged between a lost character and Chinese text (``麥康姆?X（Malcolm X`` keeps its
    X), or one character between two marks: an uncommon one, or any where ``strays`` (a
    document the caller knows lost double-byte bytes). Elsewhere a common one is as likely
    a real character whose neighbours were lost: ``?夜?`` on a GB2312 page that could not
    hold them, ``?張?院`` read back from UTF-8 in step around its losses."""
    if before == trail:
        return trail.isalpha()  # the caller saw it wedged between Chinese characters
    return len(before) == 1 and (strays or not is_common(_simplified(before)))


def _common_chinese(text: str) -> bool:
    """Whether ``text`` is the most used Chinese characters (in Simplified: ``羣衆``) and
    punctuation only (not ``⑼沤岷``, ``懦\ue421髦``, ``弊魑``: runs read one byte off)."""
    simplified = _simplified(text)
    return any(map(is_cjk, simplified)) and all(
        is_first_level(char) or char in COMMON_PUNCTUATION for char in simplified
    )


def _simplified(text: str) -> str:
    """``text`` in Simplified (:func:`textclean.script.t2s`)."""
    from textclean.script import t2s  # the script module is heavier: import it late

    return t2s(text)


def _has_cjk(text: str) -> bool:
    return any(is_cjk(char) for char in text)


def _reads_as_words(text: str) -> bool:
    """Two or more common characters, in known word pairs."""
    if len(text) < 2 or not all(is_common(char) for char in text):
        return False
    return (bigram_share(text) or 0.0) >= 0.5


def find_shifts(
    text: str,
    trusted: bool = False,
    settled: list[tuple[int, int]] | None = None,
    strays: bool | None = None,
) -> list[Shift]:
    """Every shifted run of ``text`` that re-decodes into clearly better Chinese; none
    whose mark and start lie in the ``settled`` spans (see :func:`repair_byte_shift`) but
    one that holds a character of no text (there the mark was no lost byte). ``strays``
    (``trusted`` unless given): whether a common character alone between two marks may
    be a stray second byte (see :func:`_stray`)."""
    strays = trusted if strays is None else strays
    shifts: list[Shift] = []
    starts = [start for start, _ in settled or []]
    odd = odd_character_pattern()  # (a mark in text read in step that was no lost byte)
    for match in _ANCHORED_RUN.finditer(text):
        run = match.group("run")
        trail = match.group("trail") or ""
        lost_tail = match.group("mark") is not None
        # an ASCII letter wedged between a lost character and Chinese text is the shape
        # itself: it came out of a second byte (``活動??h政府``, ``科?裔t生``)
        wedged = trail.isalpha() and _between_chinese(text, match.start(), match.end())
        if not run and not wedged:
            continue  # a stray letter counts only between a lost character and Chinese
        in_step = (  # the mark and the run after it read in step
            bool(run)
            and bool(starts)
            and _inside(match.start(), starts, settled or [])
            and _inside(match.start("run"), starts, settled or [])
        )
        if in_step and odd.search(run) is None:
            continue  # read in step; a run read one byte off, or a letter alone, is cut
        # lost bytes inside ASCII (a URL's ???) lost no double-byte text: no stray pair there
        inside_ascii = text[match.start() - 1 : match.start()] <= "\x7f"
        start = match.start("run")
        end = match.end("trail") if trail else match.end("run")
        before = text[start:end]
        for name, codec in CODECS:
            after = realigned(run, trail, lost_tail, codec)
            if after == "" and inside_ascii and not (wedged or trusted):
                continue
            if after is None:
                continue
            between_marks = lost_tail and not (strays or wedged)
            if between_marks and _common_chinese(before) and not _reads_as_words(after):
                break  # common characters between lost ones: as likely real ones
            if _better(before, after, trail, trusted or wedged, strays or wedged):
                shifts.append(Shift(start, end, after, f"{name} read one byte off"))
                break
    return shifts


def _between_chinese(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (lost characters, a run and its trail letter) stands
    between Chinese characters (``活動??h政府``; not ``[??]外部连结``, ``姆?X（Malcolm``)."""
    before = text[start - 1 : start]
    after = text[end : end + 1]
    return is_cjk(before or "a") and is_cjk(after or "a")


def _inside(index: int, starts: list[int], spans: list[tuple[int, int]]) -> bool:
    """Whether ``index`` lies in one of ``spans`` (sorted, apart; ``starts``: theirs)."""
    at = bisect_right(starts, index) - 1
    return at >= 0 and index < spans[at][1]


def repair_byte_shift(
    text: str, trusted: bool = False, settled: list[tuple[int, int]] | None = None
) -> tuple[str, list[Edit]]:
    """Re-decode every shifted run of ``text`` in step; return the text and the edits.

    Evidence adds up: once one run has been re-decoded on its own merits (or the caller
    knows the document lost bytes: ``trusted``), the rest are judged as in a document
    known to have lost bytes; but a common character alone between two marks is cut as
    a stray byte only where the caller knew (a run elsewhere says little of a line read
    back in step around its losses, whose marks stand between real characters; a second
    run, without the first's knowledge, would cut them). ``settled``: the (start, end) of
    spans, sorted and apart, already read from their bytes in step, whose marks stand for
    lost characters, not for the start of a run one byte off (see
    :func:`~textclean.encoding.instep.read_in_step`).
    """
    if "?" not in text and "\ufffd" not in text:
        return text, []
    shifts = find_shifts(text, trusted, settled)
    if shifts and not trusted:
        shifts = find_shifts(text, trusted=True, settled=settled, strays=False)
    if not shifts:
        return text, []
    parts: list[str] = []
    edits: list[Edit] = []
    position = 0
    shift = 0
    for found in shifts:
        before = text[found.start : found.end]
        parts.append(text[position : found.start])
        parts.append(found.after)
        edits.append(Edit(STEP, found.reason, before, found.after, found.start + shift))
        shift += len(found.after) - len(before)
        position = found.end
    parts.append(text[position:])
    return "".join(parts), edits
