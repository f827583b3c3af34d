"""Whole-span mojibake repair: re-decode each garbled span with the codec it was meant for.

For every line that holds a character a clean Chinese text rarely has, each
:data:`~textclean.encoding.kinds.KINDS` is tried: the line is encoded back to the
bytes the wrong codec saw and decoded with the right one. Only pieces that decode
validly *and* start and end on a character boundary of the line become candidates,
so a garbled paragraph next to a clean one is repaired alone. Pieces a few
characters apart form one span; a span is repaired only when the
:func:`~textclean.encoding.charsets.plausibility` scorer says the candidate reads
clearly more like Chinese than what stands there. Bytes a lossy decoder already
lost (``?``, U+FFFD, ``锟斤拷``) cannot come back: the characters around them are
decoded as far as their bytes allow, each lost run becomes one mark (U+FFFD, or ``?``
where the input used ``?``) and is counted in ``meta["mojibake_unrecovered"]``.

>>> text, edits, meta = repair_mojibake("标题：鏂伴椈\\n正文不变。")
>>> text
'标题：新闻\\n正文不变。'
>>> edits[0].reason, edits[0].before, edits[0].after
('utf-8 read as gbk', '鏂伴椈', '新闻')
"""

from __future__ import annotations

import codecs
import operator
import re
import threading
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, partial
from itertools import accumulate, compress
from typing import Any, NamedTuple

from textclean.document import Edit
from textclean.encoding.byteshift import realigned
from textclean.encoding.charsets import (
    COMMON,
    bigram_share,
    char_table,
    char_weight,
    cjk_pairs,
    cjk_runs,
    clean_run_pattern,
    common_text_pattern,
    count_common,
    is_cjk,
    is_word_pair,
    known_pairs,
    less_common_pattern,
    odd_character_pattern,
    score,
    traditional_forms,
    unexplained_lines,
    weighed,
    word_pair_hits,
    word_pair_set,
)
from textclean.encoding.foreign import (
    GREEK_CYRILLIC,
    KANA,
    LATIN,
    foreign_letters,
    glued_to_letters,
    latin_words,
    reads_as_words,
)
from textclean.encoding.instep import read_in_step
from textclean.encoding.kinds import (
    BIG5_AS_CP950,
    CP1252,
    KINDS,
    LOSSY_MARKS,
    Kind,
    char_bytes,
    may_show,
    shows_cp950_forms,
)
from textclean.encoding.latin import repair_latin
from textclean.encoding.scores import known_pair_counts, scores
from textclean.layout import INVISIBLE, LINE_BREAKS, ODD_SPACE, PADDING

STEP = "encoding"

MARGIN = 0.5
"""How much higher the candidate's mean character weight must be than the original's."""

FLOOR = 0.5
"""The least mean weight a candidate needs: it must read like Chinese, not merely better."""

MIN_WORD_PAIRS = 0.15
"""A candidate with several adjacent Chinese characters must have this share of known
word pairs: real news has about half, text made of common characters at random none."""

MIN_PAIRS = 2
"""How many adjacent pairs of Chinese characters make :data:`MIN_WORD_PAIRS` apply."""

MIN_CHARS = 2
"""No single character is evidence of mojibake: a candidate has at least two (non-ASCII)."""

SHORT = 4
"""A candidate with fewer non-ASCII characters is accepted only over a clearly broken original."""

BROKEN_MEAN = -0.75
"""A mean weight this low is plainly not Chinese (mostly Latin-1 letters or rare characters)."""

CLEAN_RUN = 12
"""Common characters in a row (with known word pairs) that no mojibake span crosses."""

MAX_GAP = 6
"""Pieces at most this many characters apart are judged as one span."""

WHOLE_LINE = 0.9
"""A kind whose repairs cover this share of a line (its lossy marks outside them aside) is
taken without trying the others."""

TRUST_CHARS = 10
"""Repaired characters of one kind after which the document is known to suffer from it."""

LATIN_WORD_PAIRS = 0.3
"""The share of known word pairs a repair of a Latin-script span (or of one glued to a word
of ASCII letters) must bring, with at least one pair: ``HÅØYA`` is Norwegian, not ``H咆YA``."""

KANA_WORD_PAIRS = 0.5
"""The share of known word pairs, over at least :data:`KANA_PAIRS` pairs, that a repair of a
span with many kana must bring (Big5 read as GBK scores 0.37 or more on whole lines of
news). A span mostly of kana is Japanese, one mostly of Greek or Cyrillic letters is Greek or
Russian: only a document known to suffer from the kind repairs them."""

KANA_PAIRS = 3

LATIN_SOUP = 8
"""Non-ASCII characters, with no ASCII letter among them, that no Latin-script language
writes: a span of them read as GBK needs only :data:`MIN_WORD_PAIRS` (see
:func:`_no_latin_words`)."""

WORDLESS_PAIRS = 3
"""Adjacent pairs of Chinese characters, none a known word pair, that make a line worth
judging even when all its characters are common (see :func:`_may_be_garbled`)."""

PRIVATE_USE = 2
"""Characters of the private use area that mark a span as mojibake even when its repair
holds no known word (see :func:`_words_not_needed`)."""

WORDLESS_LINE = 40
"""The longest line in which a run without words is reason enough to judge it."""

WORDLESS_WORD_PAIRS = 0.5
"""The share of known word pairs a repair of a wordless span of common characters must
bring (see :func:`_plain_words`)."""

CLAUSE_MARKS = "，。！？：；、"
"""The full-width marks that end Chinese clauses and lines (see :func:`_voted`)."""

VOTES = 2
"""Lines whose ends a kind reads back as clause marks that make it known in a document."""

VOTE_TAIL = 4
"""Characters at the end of a line read back to find its last one in the right codec."""

MAX_PASSES = 9
"""Text garbled twice (e.g. UTF-8 read as GBK, then as cp1252) needs a second pass, and
each pass takes one kind per stretch: a line of several kinds needs one pass per kind.
Passes go on only while they find more (:func:`_more_to_find`), so a line is stable when
the search is done and the step need not search it again (:mod:`~textclean.encoding.repair`)."""


Trusted = frozenset[str]
"""Names of the kinds a document is known to suffer from (see :func:`repair_mojibake`)."""

NONE: Trusted = frozenset()


class Piece(NamedTuple):
    """Characters ``start:end`` of a line read as ``text`` in the right codec."""

    start: int
    end: int
    text: str


class Repair(NamedTuple):
    """One repaired span of a line: what stood there, what replaces it, what stays lost."""

    start: int
    end: int
    before: str
    after: str
    unrecovered: int
    gain: float


def _encoded(char: str, encoding: str) -> bytes | None:
    """The bytes of ``char`` in ``encoding``; None if it has none, or is U+FFFD: GB18030 can
    encode U+FFFD, but its four bytes were never in the text (the mark stands for a loss)."""
    return None if char == "\ufffd" else char_bytes(char, encoding)


@cache
def _byte_length(char: str, encoding: str) -> int | None:
    """How many bytes ``char`` takes; None when it cannot be encoded alone (Big5-HKSCS
    decodes a few byte pairs into a letter and a combining mark)."""
    data = _encoded(char, encoding)
    return None if data is None else len(data)


def _pieces(line: str, kind: Kind) -> list[Piece]:
    """Every aligned piece of ``line`` that decodes validly as ``kind.true``.

    The line is encoded back whole, a character ``kind.shown`` has no bytes for as 0xFF
    (which no codec here decodes: the decoder stops there and goes on in step), and decoded
    in one pass; each stretch between undecodable bytes is cut into pieces on character
    boundaries (see :func:`_aligned`).
    """
    chunks = [data or b"\xff" for data in map(char_table(_encoded, kind.shown).__getitem__, line)]
    # byte offset -> character index in the line
    boundaries = dict(
        zip(accumulate(map(len, chunks), initial=0), range(len(line) + 1), strict=True)
    )
    pieces: list[Piece] = []
    position = 0
    for decoded, (_, end) in _decoded_between_errors(b"".join(chunks), kind.true):
        if decoded:
            pieces.extend(_aligned(decoded, position, boundaries, kind.true))
        position = end
    if kind.true == "gb18030" and kind.shown in BIG5_SHOWN and _LOSSY_MARK.search(line):
        pieces = _realigned_pieces(line, kind, pieces)
    return pieces


def _realigned_pieces(line: str, kind: Kind, pieces: list[Piece]) -> list[Piece]:
    """``pieces`` with each run that a Big5 decoder read one byte off read in step.

    A Big5 decoder that meets a GBK pair it cannot decode puts a mark for the first
    byte and goes on at the second: it pairs each character's second byte with the
    next one's first, until a pair it cannot decode again. Such a run after a mark reads
    back validly but wrongly (``嗣竦墓餐`` for 人民的共同): its bytes, the first dropped
    (the lost character's second) and the last (the next one's first, whose second the
    next mark stands for), read in step, give the text (see
    :func:`~textclean.encoding.byteshift.realigned`). It replaces what the pieces made of
    the run where it reads better.

    >>> line = "陔岍槨\ufffd" + "人民的共同愿望".encode("gbk")[1:].decode("big5hkscs", "replace")
    >>> [piece.text for piece in _pieces(line, KINDS["gbk read as big5"])]
    ['新世纪', '民的共同愿']
    """
    realigned_pieces: list[Piece] = []
    for match in _SHIFTED_RUN.finditer(line):
        start, end = match.span("run")
        lost_tail = match.group("mark") is not None
        text = realigned(match.group("run"), "", lost_tail, kind.true, kind.shown)
        if not text:
            continue
        if any(
            piece.start < start < piece.end or piece.start < end < piece.end for piece in pieces
        ):
            continue  # a piece reads across the mark (``?`` has a byte): leave it whole
        standing = [piece for piece in pieces if start <= piece.start < end]
        new, old = score(text), score("".join(piece.text for piece in standing))
        if new is not None and new.value >= FLOOR and (old is None or new.value > old.value):
            realigned_pieces.append(Piece(start, end, text))
    if not realigned_pieces:
        return pieces
    kept = [
        piece
        for piece in pieces
        if not any(run.start <= piece.start < run.end for run in realigned_pieces)
    ]
    return sorted(kept + realigned_pieces)


_LOSSY_MARK = re.compile("[?\ufffd]")
_SHIFTED_RUN = re.compile(
    "[?\ufffd](?P<run>[^\x00-\x7f?\ufffd]{2,})(?:(?P<mark>[?\ufffd])|(?=[\x00-\x7f])|$)"
)
"""A lossy mark and the run of non-ASCII characters after it, to the next mark (whose
character's first byte ends the run) or to ASCII."""


def _decoded_between_errors(data: bytes, encoding: str) -> list[tuple[str, tuple[int, int]]]:
    """``data`` decoded in one pass: the text between the bytes the codec cannot decode,
    each with those bytes' (start, end) (the last with ``(len(data), len(data))``). The
    decoder goes on after each error where it ends, as a new decode there would.

    >>> _decoded_between_errors(b"ab\\xffcd", "utf-8")
    [('ab', (2, 3)), ('cd', (5, 5))]

    Bytes that decode to U+FFFD themselves (GB18030 has a code for it) are told apart
    from the errors by decoding piece by piece:

    >>> _decoded_between_errors(b"a\\xff\\x841\\xa47b", "gb18030")
    [('a', (1, 2)), ('\\ufffdb', (7, 7))]
    """
    _recorded.errors = errors = []
    text = data.decode(encoding, errors=_RECORD)
    texts = text.split("\ufffd") if errors else [text]
    if len(texts) != len(errors) + 1:  # the data held U+FFFD itself: decode piece by piece
        return _decoded_slowly(data, encoding)
    return list(zip(texts, [*errors, (len(data), len(data))], strict=True))


def _decoded_slowly(data: bytes, encoding: str) -> list[tuple[str, tuple[int, int]]]:
    found: list[tuple[str, tuple[int, int]]] = []
    position = 0
    while position <= len(data):
        try:
            found.append((data[position:].decode(encoding), (len(data), len(data))))
            break
        except UnicodeDecodeError as error:
            decoded = data[position : position + error.start].decode(encoding)
            found.append((decoded, (position + error.start, position + error.end)))
            position += error.end
    return found


def _record(error: UnicodeError) -> tuple[str, int]:
    """Decode error handler: note the bytes' span, put U+FFFD, go on after them."""
    assert isinstance(error, UnicodeDecodeError)
    _recorded.errors.append((error.start, error.end))
    return "\ufffd", error.end


_recorded = threading.local()
_RECORD = "textclean.encoding.record"
codecs.register_error(_RECORD, _record)


def _aligned(decoded: str, offset: int, boundaries: dict[int, int], encoding: str) -> list[Piece]:
    """Split ``decoded`` (starting at byte ``offset``) into pieces on line-character boundaries.

    A replacement character in ``decoded`` (``锟斤拷`` read back) is lost data: it ends a piece.
    """
    whole = _whole_piece(decoded, offset, boundaries, encoding)
    if whole is not None:
        return whole
    pieces: list[Piece] = []
    start_byte: int | None = offset if offset in boundaries else None
    start_char = 0
    position = offset
    for index, char in enumerate(decoded):
        length = _byte_length(char, encoding)
        if length is None:
            break  # byte offsets are unknown from here on: the rest stays as it stands
        end = position + length
        if char == "\ufffd":
            start_byte = None
        elif start_byte is None and position in boundaries:
            start_byte, start_char = position, index
        if start_byte is not None and end in boundaries and char != "\ufffd":
            text = decoded[start_char : index + 1]
            if pieces and pieces[-1].end == boundaries[start_byte]:
                last = pieces.pop()
                pieces.append(Piece(last.start, boundaries[end], last.text + text))
            else:
                pieces.append(Piece(boundaries[start_byte], boundaries[end], text))
            start_byte, start_char = end, index + 1
        position = end
    return pieces


def _whole_piece(
    decoded: str, offset: int, boundaries: dict[int, int], encoding: str
) -> list[Piece] | None:
    """``decoded`` as one piece when it starts and ends on boundaries and holds no mark
    and no character without a byte length: what :func:`_aligned`'s loop would give,
    found with the lengths summed in C (the usual case: a run garbled whole)."""
    if not decoded or offset not in boundaries or "\ufffd" in decoded:
        return None
    lengths = list(map(char_table(_byte_length, encoding).__getitem__, decoded))
    if None in lengths:
        return None
    end = offset + sum(lengths)
    if end not in boundaries:
        return None
    return [Piece(boundaries[offset], boundaries[end], decoded)]


_LOST_RUN = re.compile("[?\ufffd]*\ufffd[?\ufffd]*")


def _salvage(gap: str, kind: Kind) -> str:
    """The characters between two pieces, decoded as far as their bytes allow.

    Their bytes hold the tails and heads of characters whose other bytes were lost;
    whatever is whole decodes, every lost run becomes U+FFFD. Lossy marks already in
    the gap (``?``, U+FFFD) stand for lost bytes and stay marks.
    """
    if not gap:
        return gap
    parts = re.split("([?\ufffd])", gap)
    salvaged = []
    for part in parts:
        if part in ("?", "\ufffd") or not part:
            salvaged.append("\ufffd" if part else part)
            continue
        data = part.encode(kind.shown, errors="replace")
        salvaged.append(data.decode(kind.true, errors="replace"))
    return "".join(salvaged)


def _one_mark(before: str) -> str:
    """The mark for lost data: U+FFFD, or ``?`` when the input marks its losses so."""
    return "\ufffd" if "\ufffd" in before or "?" not in before else "?"


def _salvageable(char: str, encoding: str) -> bool:
    """Whether ``char`` may stand between pieces: it has bytes, or it marks a loss."""
    return char == "\ufffd" or _encoded(char, encoding) is not None


def _encodable(text: str, encoding: str) -> bool:
    return all(_salvageable(char, encoding) for char in text)


def _bridgeable(gap: str, encoding: str) -> bool:
    """Whether pieces this far apart are one span: a short gap, or the remnants of a loss."""
    if len(gap) <= MAX_GAP:
        return _encodable(gap, encoding)
    return len(gap) <= 2 * MAX_GAP and _remnant(gap, encoding) == gap and "\ufffd" in gap


def _lossy_edges(
    line: str, group: list[Piece], low: int, high: int, encoding: str
) -> tuple[int, int]:
    """Widen the span of ``group`` over the remnants of a loss just outside it.

    A character cut by a lost byte at the edge of a span leaves a remnant (``銆?`` after
    ``组``, ``濮斻?`` before ``民政局``): when such characters and a lossy mark stand right
    outside the span (within ``low:high``), they are salvaged with it rather than left as
    mojibake.
    """
    start, end = group[0].start, group[-1].end
    after = _remnant(line[end : min(high, end + MAX_GAP)], encoding)
    if any(mark in after for mark in LOSSY_MARKS):
        end += len(after)
    before = _remnant(line[max(low, start - MAX_GAP) : start][::-1], encoding)
    if any(mark in before for mark in LOSSY_MARKS):
        start -= len(before)
    return start, end


def _remnant(text: str, encoding: str) -> str:
    """The longest start of ``text`` made of lossy marks and non-ASCII characters with bytes.

    (A clean run of Chinese is never there: lines are judged between such runs.)
    """
    for index, char in enumerate(text):
        if char in LOSSY_MARKS:
            continue
        if char.isascii() or not _salvageable(char, encoding):
            return text[:index]
    return text


def _short_is_clear(kind: Kind, old_mean: float, new_mean: float, trusted: Trusted) -> bool:
    """Whether a candidate of a few characters is evidence enough.

    Almost any byte pair decodes in GBK or Big5, so there a short candidate needs an
    original that is plainly broken. Valid UTF-8 is evidence in itself: it needs twice
    the margin (in practice: common characters that form a word). In a document where
    this kind has already been repaired at length (``trusted``), the usual margin does.
    """
    if kind.name in trusted:
        return True
    if kind.true == "utf-8":
        return new_mean - old_mean >= 2 * MARGIN
    return old_mean <= BROKEN_MEAN


def _words_not_needed(kind: Kind, before: str, new: Any, trusted: Trusted) -> bool:
    """Whether a candidate without known words (a name, a phrase of rare pairs) may still
    be taken: in a document known to suffer from ``kind``; or when all its characters are
    common and the original brings its own evidence: valid UTF-8 (clean GBK text almost
    never is, kana and box drawing never), or :data:`PRIVATE_USE` characters of the
    user-defined areas that Big5 read as GBK fills and clean text does not use.

    >>> _words_not_needed(KINDS["big5 read as gbk"], "畗\ue612瞇\ue019", score("徐子涵的"), NONE)
    True
    """
    if kind.name in trusted:
        return True
    if new.value < COMMON:
        return False
    return kind.true == "utf-8" or _private_use(before) >= PRIVATE_USE


def _private_use(text: str) -> int:
    return sum(1 for char in text if "\ue000" <= char <= "\uf8ff")


def _judge(
    line: str, group: list[Piece], kind: Kind, low: int, high: int, trusted: Trusted = NONE
) -> Repair | None:
    """The repair of one span of nearby pieces, if the scorer accepts it."""
    start, end = _lossy_edges(line, group, low, high, kind.shown)
    before = line[start:end]
    parts: list[str] = []
    position = start
    for piece in group:
        parts.append(_salvage(line[position : piece.start], kind))
        parts.append(piece.text)
        position = piece.end
    parts.append(_salvage(line[position:end], kind))
    after, unrecovered = _LOST_RUN.subn(_one_mark(before), "".join(parts))
    if not _may_replace(before, after):
        return None
    new = score(after)
    if not _candidate(new):
        return None  # (before the original is read: that costs a conversion)
    return _verdict(line, start, end, kind, after, unrecovered, trusted, new, _as_read(before))


def _may_replace(before: str, after: str, in_step: bool = False) -> bool:
    """Whether ``after`` may stand for ``before`` at all: it differs, and it has no more
    ASCII (ASCII out of double-byte text is GB18030's four-byte forms, misread). Read in
    step after a loss (``in_step``), the ASCII a Big5 decoder one byte off took for second
    bytes comes back (``Google``'s G, ``[``): no more ASCII of other bytes.

    >>> _may_replace("况oogle", "跟Google"), _may_replace("况oogle", "跟Google", in_step=True)
    (False, True)
    """
    if after == before:
        return False
    if in_step:
        return _ascii(_SECOND_BYTE_ASCII.sub("", after)) <= _ascii(
            _SECOND_BYTE_ASCII.sub("", before)
        )
    return _ascii(after) <= _ascii(before)


_SECOND_BYTE_ASCII = re.compile("[\x40-\x7e]")
"""The ASCII characters a GBK or Big5 second byte can be."""


def _candidate(new: Any) -> bool:
    """Whether a candidate scored ``new`` reads like Chinese at all (:data:`FLOOR`)."""
    return new is not None and new.characters >= MIN_CHARS and new.value >= FLOOR


def _verdict(
    line: str,
    start: int,
    end: int,
    kind: Kind,
    after: str,
    unrecovered: int,
    trusted: Trusted,
    new: Any,
    old: Any,
) -> Repair | None:
    """The repair of ``line[start:end]`` by ``after`` (scored ``new``; the original as
    read, ``old``), if the scorer's rules accept it (see :func:`_judge`)."""
    before = line[start:end]
    if old is None or new.value - old.value < MARGIN:
        return None
    few_words = new.word_pairs is not None and new.word_pairs < MIN_WORD_PAIRS
    if (
        few_words
        and cjk_pairs(cjk_runs(after)) >= MIN_PAIRS
        and not _words_not_needed(kind, before, new, trusted)
    ):
        return None  # common characters, but no words: kana or box drawing read as GBK
    if new.characters < SHORT and not _short_is_clear(kind, old.value, new.value, trusted):
        return None
    if kind.name not in trusted and not _chinese_characters(after):
        return None
    if kind.name not in trusted and not _has_odd_characters(before) and not _plain_words(after):
        return None  # only wordless: common characters must turn into Chinese words
    if kind.name not in trusted and not _foreign_is_explained(
        line, start, end, kind, after, unrecovered
    ):
        return None
    if kind.shown != CP1252 and any(word not in after for word in latin_words(before)):
        return None  # a Latin word (pinyin ``guān``) read as double-byte text: real text
    gain = (new.value - old.value) * old.characters
    return Repair(start, end, before, after, unrecovered, gain)


def _plain_words(text: str) -> bool:
    """Whether ``text`` is Chinese words and nothing else: no kana, Greek, Cyrillic or
    accented letter, and :data:`WORDLESS_WORD_PAIRS` of its adjacent pairs known words.
    A run of common characters without words (``朱輪華轂``) needs that much to be taken
    for mojibake: as Big5 read as GBK it gives ``Χ近地猎``.

    >>> _plain_words("北部九州"), _plain_words("Χ近地猎"), _plain_words("摆摆摆摆")
    (True, False, False)
    """
    if any(pattern.search(text) for pattern in (LATIN, GREEK_CYRILLIC, KANA)):
        return False
    return reads_as_words(text, WORDLESS_WORD_PAIRS, MIN_PAIRS)


def _foreign_is_explained(
    line: str, start: int, end: int, kind: Kind, after: str, unrecovered: int = 0
) -> bool:
    """Whether a span in a foreign script (see :mod:`~textclean.encoding.foreign`) really
    hides Chinese: its candidate must read as Chinese words, not as odd characters that a
    codec happens to give, and lose nothing (a loss inside correct Latin text is no
    evidence). A Latin-1 reading of GBK is always Latin script; one of UTF-8 brings its
    own evidence (whole multi-byte sequences). Other spans need no more than the
    scorer's verdict.

    >>> big5 = KINDS["big5 read as gbk"]
    >>> _foreign_is_explained("Vállus a megbúvó", 13, 16, big5, "迆v車")
    False
    >>> _foreign_is_explained("标题：ÐÂÎÅ", 3, 7, KINDS["gbk read as cp1252"], "新闻")
    True
    """
    if kind.true == "utf-8" and kind.shown == CP1252:
        # whole UTF-8 sequences out of Latin-1 letters are evidence (as for ftfy); what
        # they give back in other scripts is left to ftfy (see latin.py), which knows them
        return any(is_cjk(char) for char in after)
    script = foreign_letters(line[start:end])
    glued = glued_to_letters(line, start, end)
    if script == "latin" or kind.shown == CP1252 or glued:
        if unrecovered:
            return False
        if kind.shown == CP1252 and not glued and _no_latin_words(line[start:end]):
            return reads_as_words(after, MIN_WORD_PAIRS, MIN_PAIRS)
        return reads_as_words(after, LATIN_WORD_PAIRS)
    if script == "kana":
        return not unrecovered and reads_as_words(after, KANA_WORD_PAIRS, KANA_PAIRS)
    return script not in ("japanese", "greek or cyrillic")


def _no_latin_words(span: str) -> bool:
    """Whether ``span`` is :data:`LATIN_SOUP` or more non-ASCII characters without one ASCII
    letter between them: no language written in Latin-1 has such a word (its words hold
    vowels of ASCII), so a GBK reading of it need not read as Chinese as clearly as one of
    text that may be German or Norwegian (``两点之间直线最短``: 25% word pairs).

    >>> _no_latin_words("Á½µãÖ®¼äÖ±Ïß×î¶Ì"), _no_latin_words("Schlüssel Übersetzungsbüro")
    (True, False)
    """
    return _ASCII_LETTER.search(span) is None and len(weighed(span)) >= LATIN_SOUP


_ASCII_LETTER = re.compile("[A-Za-z]")


def _chinese_characters(text: str) -> bool:
    """Whether ``text`` holds Chinese characters as Chinese text has them: two or more,
    some side by side. A table of symbols (``ⅰ ⅱ ⅲ`` read back as ``╮ ╰ ╯``) or of single
    characters between spaces (``侊 侚 侔`` read back as ``抩 死 似``) is no evidence.

    >>> _chinese_characters("新闻"), _chinese_characters("抩 死 似"), _chinese_characters("╮ ╰")
    (True, False, False)
    """
    return bool(cjk_runs(text))


def _ascii(text: str) -> int:
    """How many ASCII characters ``text`` holds (the encoder drops the others in C: 15x
    faster than a test per character)."""
    return len(text.encode("ascii", "ignore"))


def _as_read(text: str) -> Any:
    """The score of ``text`` as it stands: in its own script, or in Simplified, whichever
    reads better. The scorer knows common Chinese as most text has it; genuine
    Traditional text with variant forms (``羣裏說`` for 群里说) reads well only once
    converted, and must not lose to a garbled "repair" of itself.

    >>> _as_read("羣裏說話").value > score("羣裏說話").value
    True
    """
    from textclean.script import t2s  # the script module is heavier: import it late

    simplified = t2s(text)
    return _better_reading(score(text), None if simplified == text else score(simplified))


def _better_reading(own: Any, converted: Any) -> Any:
    """The better of the scores of a text as it stands (``own``) and converted to
    Simplified (``converted``; None when the conversion changes nothing)."""
    if own is None or (converted is not None and converted.value > own.value):
        return converted
    return own


def _reads_like_chinese(text: str) -> bool:
    """False for a candidate piece of two or more characters that scores below :data:`FLOOR`."""
    scored = score(text)
    return scored is None or scored.characters < MIN_CHARS or scored.value >= FLOOR


def _repairs(line: str, kind: Kind, trusted: Trusted = NONE) -> list[Repair]:
    groups: list[list[Piece]] = []
    for piece in _pieces(line, kind):
        if not _reads_like_chinese(piece.text):
            continue  # misaligned junk after a loss: it must not ride along with good pieces
        gap = line[groups[-1][-1].end : piece.start] if groups else ""
        if groups and _bridgeable(gap, kind.shown):
            groups[-1].append(piece)
        else:
            groups.append([piece])
    repairs: list[Repair] = []
    for index, group in enumerate(groups):
        if sum(len(piece.text) for piece in group) < MIN_CHARS:
            continue  # a stray character that happens to decode: not evidence of anything
        low = repairs[-1].end if repairs else 0
        high = groups[index + 1][0].start if index + 1 < len(groups) else len(line)
        repair = _judge(line, group, kind, low, high, trusted)
        if repair is None and len(group) > 1:
            # one bad stretch must not sink the good ones around it
            for piece in group:
                low = repairs[-1].end if repairs else low
                if len(piece.text) < MIN_CHARS:
                    continue
                if found := _judge(line, [piece], kind, low, piece.end, trusted):
                    repairs.append(found)
        elif repair is not None:
            repairs.append(repair)
    return repairs


def repair_line(
    line: str, trusted: Trusted = NONE, hint: Kind | None = None
) -> tuple[Kind, list[Repair]] | None:
    """The kind of mojibake that explains ``line`` best and its repairs, or None.

    ``hint``: the kind the document suffers from (see :func:`_document_kind`), tried
    first; where it explains the whole line, the other kinds are neither ranked nor
    tried, but its twin reading (see :func:`_twins`).

    >>> kind, repairs = repair_line("ÐÂÎÅ")
    >>> kind.name, repairs[0].after
    ('gbk read as cp1252', '新闻')
    """
    best: tuple[Kind, list[Repair]] | None = None
    best_gain = 0.0
    tried: dict[str, list[Repair]] = {}
    kinds: list[Kind] | None = None
    if hint is not None and _may_explain(line, hint, _LATIN.search(line) is not None):
        repairs = tried[hint.name] = _repairs(line, hint, trusted)
        gain = sum(repair.gain for repair in repairs)
        if gain > 0 and _covers_line(line, repairs):
            best, best_gain = (hint, repairs), gain
            kinds = [other for other in KINDS.values() if _twins(hint, other, line)]
    if kinds is None:
        kinds = _likely_first(line)
    while kinds:
        kind = kinds.pop(0)
        repairs = tried[kind.name] if kind.name in tried else _repairs(line, kind, trusted)
        gain = sum(repair.gain for repair in repairs)
        if gain > best_gain:
            best, best_gain = (kind, repairs), gain
            if _covers_line(line, repairs):
                # this kind explains (nearly) the whole line: no other can do better, but
                # its twin reading of the same bytes
                kinds = [other for other in kinds if _twins(kind, other, line)]
    return best


def _twins(kind: Kind, other: Kind, line: str) -> bool:
    """Whether ``kind`` and ``other`` read ``line`` back from other bytes, as well as each
    other may: Big5-HKSCS and cp950 show GBK's 起 前 情 (leads C6-C7) as kana, each at
    other bytes, and both readings give common characters; only their words tell them
    apart.

    >>> big5, cp950 = KINDS["gbk read as big5"], KINDS["gbk read as cp950"]
    >>> _twins(big5, cp950, "皜ぁ"), _twins(big5, cp950, "皜"), _twins(big5, big5, "皜ぁ")
    (True, False, False)
    """
    return (
        kind != other
        and kind.true == other.true == "gb18030"
        and {kind.shown, other.shown} == set(BIG5_SHOWN)
        and shows_cp950_forms(line)
    )


BIG5_SHOWN = ("big5hkscs", BIG5_AS_CP950)
"""The two ways Big5 text is shown: by a Big5-HKSCS decoder, and by cp950's."""


def _covers_line(line: str, repairs: list[Repair]) -> bool:
    """Whether ``repairs`` cover :data:`WHOLE_LINE` of ``line``, the marks of lost data
    outside them aside: no kind can repair a mark, so another kind could only do better
    on the little that is left.

    >>> _covers_line("ab??", [Repair(0, 2, "ab", "x", 0, 1.0)])
    True
    """
    covered = sum(len(repair.before) for repair in repairs)
    marks = sum(line.count(mark) for mark in LOSSY_MARKS)
    marks -= sum(repair.before.count(mark) for repair in repairs for mark in LOSSY_MARKS)
    return covered >= WHOLE_LINE * (len(line) - marks)


def _likely_first(line: str) -> list[Kind]:
    """The kinds that may explain ``line``, those that read it back into the most common
    Chinese characters first (one encode and decode in C each): the kind that explains the
    whole line is then found first, and the others are not tried (see :func:`repair_line`).
    A cp1252 reading of Chinese bytes always shows Latin-1 letters: without one, those
    kinds are left out; so is a kind that reads fewer than :data:`MIN_CHARS` common
    characters back (see :func:`_reads_apart`).

    >>> [kind.name for kind in _likely_first("鐢ㄦ埛")][:1]
    ['utf-8 read as gbk']
    """
    return [kind for kind, _ in _likely_counts(line, _readings(line))]


def _readings(line: str, in_c: bool = False) -> dict[Kind, str]:
    """Each kind that may explain ``line`` with its reading of it (:func:`_reread`; with
    ``in_c``, :func:`_reread_in_c`)."""
    latin = _LATIN.search(line) is not None
    read = _reread_in_c if in_c else _reread
    return {kind: read(line, kind) for kind in KINDS.values() if _may_explain(line, kind, latin)}


def _likely_counts(
    line: str, readings: dict[Kind, str], counts: dict[Kind, int] | None = None
) -> list[tuple[Kind, int]]:
    """The kinds of ``readings`` (each kind's reading of ``line``) that may explain it,
    with the common characters each reads (``counts``, where known), the most first (see
    :func:`_likely_first`)."""
    if counts is None:
        counts = {kind: count_common(reading) for kind, reading in readings.items()}
    kinds = [
        kind for kind, count in counts.items() if count >= MIN_CHARS or _reads_apart(line, kind)
    ]
    return [(kind, counts[kind]) for kind in sorted(kinds, key=lambda kind: -counts[kind])]


def _reads_apart(line: str, kind: Kind) -> bool:
    """Whether the search may read ``line`` otherwise than :func:`_reread` does: GBK that
    a Big5 decoder read one byte off after a loss is read in step (see
    :func:`_realigned_pieces`). Elsewhere every piece the search judges is part of the
    reading, and a candidate that reads like Chinese (:data:`FLOOR`) holds common
    characters: a kind that reads fewer than :data:`MIN_CHARS` back has nothing to give."""
    return (
        kind.true == "gb18030" and kind.shown in BIG5_SHOWN and _LOSSY_MARK.search(line) is not None
    )


def _may_explain(line: str, kind: Kind, latin: bool) -> bool:
    """Whether ``kind`` may explain ``line`` (``latin``: it holds a Latin-1 letter; see
    :func:`_likely_first`)."""
    return (latin or kind.shown != CP1252) and may_show(kind.shown, line)


def _reread(text: str, kind: Kind) -> str:
    """``text`` read back as ``kind`` says, in C, whatever it holds: a character the wrong
    codec has no bytes for becomes ``?`` (one byte every codec reads alone: the decoder
    stays in step), bytes the right one cannot decode become U+FFFD. GBK that a Big5
    decoder read with losses is read in step line by line (see
    :func:`~textclean.encoding.instep.read_in_step`), as the search reads it: read in C,
    it goes one byte off after each loss."""
    if not _reads_apart(text, kind):
        return _reread_in_c(text, kind)
    lines = text.split("\n")
    read = _reread_in_c(text, kind).split("\n")  # one call; the lines with marks again
    if len(read) != len(lines):
        return "\n".join(map(partial(_reread_in_step, kind=kind), lines))
    for index, line in enumerate(lines):
        if _LOSSY_MARK.search(line) is not None:
            read[index] = _reread_in_step(line, kind)
    return "\n".join(read)


def _reread_in_c(text: str, kind: Kind) -> str:
    """``text`` read back as ``kind`` says in C alone (one byte off after a loss)."""
    return text.encode(kind.shown, errors="replace").decode(kind.true, errors="replace")


def _reread_in_step(line: str, kind: Kind) -> str:
    """``line`` read back in step (see :func:`_reread`), or in C where that fails."""
    if _LOSSY_MARK.search(line) is not None:
        read = read_in_step(line, kind.true, kind.shown)
        if read is not None:
            return read
    return _reread_in_c(line, kind)


_CJK_RUN = re.compile(f"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{{{WORDLESS_PAIRS + 1},}}")
_LATIN = re.compile("[\x80-\xff]")
_INVISIBLE = re.compile(INVISIBLE)
_ODD_SPACE = re.compile(ODD_SPACE)
# a line as the whitespace step leaves it: between line breaks, without padding
_LATER_LINE = re.compile(f"(?![{PADDING}])(?:(?!{LINE_BREAKS}).)+(?<![{PADDING}])", re.DOTALL)


View = tuple[str, list[int]]
"""A line as it is judged, and where each of its characters stood in the line."""


def _visible(line: str) -> View:
    """``line`` without invisible characters (a control character inside a garbled span
    must not hide it until the characters step removes it)."""
    if not _INVISIBLE.search(line):
        return line, list(range(len(line)))
    where = [index for index, char in enumerate(line) if not _INVISIBLE.fullmatch(char)]
    return "".join(line[index] for index in where), where


def _may_be_garbled(line: str, trusted: Trusted = NONE) -> bool:
    """Whether ``line`` holds what mojibake is made of: odd characters (see
    :func:`_has_odd_characters`), or a run of Chinese without a known word (see
    :func:`_wordless`) that some kind re-reads into words (see :func:`_rereads_as_words`;
    in a document known to suffer from a kind, the run alone is enough).

    >>> _may_be_garbled("标题：鏂伴椈"), _may_be_garbled("怦然心動的鎏金孢子")
    (True, False)
    >>> _may_be_garbled("控窒嬝笣"), _may_be_garbled("顏清標說，")
    (True, False)
    """
    if _has_odd_characters(line):
        return True
    if trusted and next(unexplained(line, less_common_pattern()), None) is not None:
        return True  # in a document known to suffer from a kind, one such character will do
    return _wordless(line) and (bool(trusted) or _rereads_as_words(line))


def _rereads_as_words(line: str) -> bool:
    """Whether some kind reads ``line`` back into text with :data:`MIN_PAIRS` known word
    pairs. A span of common characters is repaired only into Chinese words (see
    :func:`_plain_words`), and no span can hold more words than the whole line re-read:
    one encode and decode in C per kind spares the search where it would find nothing
    (a clean headline whose name or phrase is in no word list: ``顏清標說``).

    >>> _rereads_as_words("控窒嬝笣"), _rereads_as_words("顏清標說")
    (True, False)
    """
    for view in {_visible(line)[0], _ODD_SPACE.sub(" ", _visible(line)[0])}:
        for kind in KINDS.values():
            if (kind.shown == CP1252 and not _LATIN.search(view)) or not may_show(kind.shown, view):
                continue
            if known_pairs(_reread(view, kind)) >= MIN_PAIRS:
                return True
    return False


def _has_odd_characters(line: str) -> bool:
    """Whether ``line`` holds a character of negative weight, or at least two less common
    ones, that no known word explains (see :func:`unexplained`). A clean line with one
    rare name is not judged at all, nor Traditional text whose less common characters all
    stand in words (``怦然``, ``鎏金``).
    """
    if next(unexplained(line, odd_character_pattern()), None) is not None:
        return True
    uncommon = unexplained(line, less_common_pattern())
    return next(uncommon, None) is not None and next(uncommon, None) is not None


def _wordless(text: str) -> bool:
    """Whether ``text``, a line of at most :data:`WORDLESS_LINE` characters, holds a run of
    Chinese characters with more than :data:`WORDLESS_PAIRS` - 1 adjacent pairs, none of
    them a known word pair: GBK read as Big5 gives common Traditional characters, but
    never words. (A long line is a paragraph of clean text, its names and all.)

    >>> _wordless("控窒嬝笣"), _wordless("标题：北部九州"), _wordless("新闻")
    (True, False, False)
    """
    if len(text) > WORDLESS_LINE:
        return False
    return any(not any(word_pair_hits(run)) for run in _CJK_RUN.findall(text))


def unexplained(text: str, pattern: re.Pattern[str]) -> Iterator[int]:
    """Where ``pattern`` matches a character of ``text`` that is not part of a known word
    pair with a neighbour. Mojibake has almost no word pairs (under 1%), real text about
    half, so a character in a word is real text, however rare it is."""
    for match in pattern.finditer(text):
        if not _in_word(text, match.start()):
            yield match.start()


def _in_word(text: str, index: int) -> bool:
    """Whether the character at ``index`` forms a known word pair with a neighbour, or is
    a Traditional form OpenCC writes for a common character (``爲``, ``羣``, ``裏``)."""
    char = text[index]
    if not is_cjk(char):
        return False
    if char in traditional_forms():
        return True
    return (index > 0 and is_word_pair(text[index - 1 : index + 1])) or is_word_pair(
        text[index : index + 2]
    )


def _later_views(view: View) -> Iterator[View]:
    """``view`` as the later steps will leave it: odd spaces folded, split at every line
    break, each piece trimmed. Mojibake is full of U+00A0 (byte 0xA0), so the line as it
    stands repairs most; this makes sure that a span the whitespace step will touch is
    judged now, not on a second run."""
    text, where = view
    folded = _ODD_SPACE.sub(" ", text)
    for piece in _LATER_LINE.finditer(folded):
        yield piece.group(), where[piece.start() : piece.end()]


def _line_repairs(
    line: str, trusted: Trusted = NONE, judged: Judged | None = None, hint: Kind | None = None
) -> list[tuple[Kind, Repair, list[int]]]:
    """The repairs of ``line``, each with the map from its view back to the line.

    ``judged``: what earlier passes over the line found in each stretch (see
    :func:`_view_repairs`); ``hint``: see :func:`repair_line`.
    """
    judged = {} if judged is None else judged
    view = _visible(line)
    repairs = _view_repairs(view, trusted, judged, hint)
    if repairs:
        return repairs
    for later in _later_views(view):
        if later[0] != view[0]:  # the line as it stands was judged just now
            repairs.extend(_view_repairs(later, trusted, judged, hint))
    return repairs


Judged = dict[str, "tuple[Kind, list[Repair]] | None"]
"""What the search found in each stretch of a line it judged (None: nothing)."""


def _view_repairs(
    view: View, trusted: Trusted, judged: Judged, hint: Kind | None = None
) -> list[tuple[Kind, Repair, list[int]]]:
    """The repairs of each stretch of ``view`` between clean Chinese (see :func:`_stretches`)
    that may be garbled: the search runs only where there is something to find.

    A stretch is judged once per line: a later pass meets the stretches the last one
    left unrepaired again (they lie between the same clean runs), and
    :func:`repair_line` gives the same answer for the same text (``judged`` keeps it).
    """
    text, where = view
    repairs = []
    for start, end in _stretches(text):
        stretch = text[start:end]
        if stretch not in judged:
            garbled = _may_be_garbled(stretch, trusted)
            judged[stretch] = repair_line(stretch, trusted, hint) if garbled else None
        found = judged[stretch]
        if found is not None:
            repairs.extend((found[0], repair, where[start:end]) for repair in found[1])
    return repairs


def _stretches(text: str) -> list[tuple[int, int]]:
    """``text`` split around its runs of clean Chinese, which mojibake never holds.

    A clean run is at least :data:`CLEAN_RUN` characters, each common or standing in a
    known word with a neighbour, with a few known word pairs among them. Judging only
    what lies between keeps a long clean line with one odd character cheap; a garbled
    line has no such run and is judged whole.

    >>> _stretches("漢語詞彙中，於是說明了這個問題的關鍵所在 鏂伴椈")
    [(20, 24)]
    """
    stretches: list[tuple[int, int]] = []
    position = 0
    for run in clean_run_pattern(CLEAN_RUN).finditer(_words_as_common(text)):
        if (bigram_share(text[run.start() : run.end()]) or 0.0) < MIN_WORD_PAIRS:
            continue
        if run.start() > position:
            stretches.append((position, run.start()))
        position = run.end()
    if position < len(text):
        stretches.append((position, len(text)))
    return stretches


def _words_as_common(text: str) -> str:
    """``text`` with each less common or rare character that stands in a known word pair
    replaced by a common one (same length): clean runs then cross Traditional words."""
    chars: list[str] | None = None
    for pattern in (less_common_pattern(), odd_character_pattern()):
        for match in pattern.finditer(text):
            if _in_word(text, match.start()):
                chars = chars if chars is not None else list(text)
                chars[match.start()] = "的"
    return text if chars is None else "".join(chars)


def _repair_line_fully(
    line: str, trusted: Trusted = NONE, hint: Kind | None = None, garbled: bool | None = None
) -> tuple[str, list[Edit], int]:
    """``line`` repaired, pass after pass until it is stable; edits relative to the line
    (``hint``: see :func:`repair_line`; ``garbled``: :func:`_may_be_garbled` of the line,
    if the caller knows it)."""
    edits: list[Edit] = []
    unrecovered = 0
    fresh: list[tuple[int, int]] = []  # where the last pass put its repairs
    judged: Judged = {}
    for done in range(MAX_PASSES):
        if done and common_text_pattern().fullmatch(line):
            break  # a repaired line of common characters is not judged again
        if done and not _more_to_find(line, fresh, trusted):
            break
        if not (garbled if done == 0 and garbled is not None else _may_be_garbled(line, trusted)):
            break
        repairs = _line_repairs(line, trusted, judged, hint)
        if not repairs:
            break
        parts: list[str] = []
        position = 0
        shift = 0
        fresh = []
        for kind, repair, where in repairs:
            start, end = where[repair.start], where[repair.end - 1] + 1
            before = line[start:end]
            parts += [line[position:start], repair.after]
            position = end
            edits.append(Edit(STEP, kind.name, before, repair.after, start + shift))
            fresh.append((start + shift, start + shift + len(repair.after)))
            shift += len(repair.after) - len(before)
            unrecovered += repair.unrecovered
        line = "".join(parts) + line[position:]
    if not common_text_pattern().fullmatch(line):
        line, latin = repair_latin(line)  # what is left in other scripts, as ftfy fixes it
        edits.extend(latin)
    return line, edits, unrecovered


def _more_to_find(line: str, fresh: list[tuple[int, int]], trusted: Trusted) -> bool:
    """Whether a pass after the one that made the repairs ``fresh`` may find more in
    ``line``: a repair that still reads garbled, its marks for lost data aside (text
    garbled twice), or odd characters outside the repairs (another kind's spans). The
    rest of the line was judged in the last pass and nothing was found there.
    """
    whole = fresh == [(0, len(line))]  # a line repaired whole has nothing outside
    if any(_garbled_again(_unmarked(line[start:end]), trusted, whole) for start, end in fresh):
        return True
    outside = [
        index
        for pattern in (odd_character_pattern(), less_common_pattern())
        for index in ([] if whole else unexplained(line, pattern))
        if not any(start <= index < end for start, end in fresh)
    ]
    return (
        len(outside) >= 2
        or any(char_weight(line[index]) < 0 for index in outside)
        or (_wordless(line) and not (whole and _lost_only(line)))
    )


def _lost_only(line: str) -> bool:
    """Whether every wordless run of ``line`` ends or starts at a mark for lost data:
    a run cut by lost characters has lost its words, not its reading."""
    return all(
        _touches_mark(line, match.start(), match.end())
        for match in _CJK_RUN.finditer(line)
        if not any(word_pair_hits(match.group()))
    )


def _touches_mark(line: str, start: int, end: int) -> bool:
    return line[start - 1 : start] in LOSSY_MARKS or line[end : end + 1] in LOSSY_MARKS


def _unmarked(text: str) -> str:
    """``text`` without its marks for lost data (replace runs in C; translate does not)."""
    return text.replace("?", "").replace("\ufffd", "")


def _garbled_again(repaired: str, trusted: Trusted, whole: bool = False) -> bool:
    """Whether ``repaired``, the text of a repair, may be garbled still: text garbled
    twice reads as mojibake once repaired once (:func:`_may_be_garbled`), and as a whole
    below :data:`READS_CLEAN`; a repair that reads as clean text does not, even with a
    rare name in it (``夏珺``), which alone would make the search look again in a
    document known to suffer from a kind. A line repaired ``whole`` must read so between
    its clean runs too (see :func:`_stretches`): a line of two kinds read whole by one
    reads as text on average only (``商水縣正在?行?格的疫情防控措?按绺ｆ?ㄥ?毚``).

    >>> trusted = frozenset({"gbk read as big5"})
    >>> _garbled_again("鏂伴椈鍙戝竷", trusted), _garbled_again("记者董伟、胡斌、夏珺", trusted)
    (True, False)
    >>> _garbled_again("商水縣正在行格的疫情防控措按绺ｆㄥ\ue1db毚帶柦", NONE, whole=True)
    True
    """
    if not _may_be_garbled(repaired, trusted):
        return False
    scored = score(repaired)
    if scored is None or scored.value < READS_CLEAN:
        return True
    if not whole:
        return False
    stretches = _stretches(repaired)
    return stretches != [(0, len(repaired))] and any(
        _garbled_again(repaired[start:end], trusted) for start, end in stretches
    )


READS_CLEAN = 1.0
"""A score that text garbled twice, repaired once, stays below (mojibake scores under
0.6, real news about 1.5)."""


def repair_mojibake(
    text: str, settled: Sequence[tuple[int, int]] = ()
) -> tuple[str, list[Edit], dict[str, Any]]:
    """Repair every garbled span of ``text``; return the text, the edits and meta. A line
    that lies whole in one of the ``settled`` spans (sorted, apart: read from its bytes
    in step by an earlier round, see :mod:`~textclean.encoding.repair`) is not judged
    again: what it holds is the text its bytes hold.

    Evidence adds up: once a kind has been repaired in :data:`TRUST_CHARS` characters of
    the document, or :data:`VOTES` lines end in what it reads back as clause marks (see
    :func:`_voted`), its short spans elsewhere (a date line ``202212る13ら``) need only the
    usual margin. ``meta["mojibake_unrecovered"]`` counts the marks put for data that
    was lost before textclean saw it (inside repaired spans).
    """
    lines = _outside(_lines_to_judge(text, NONE), settled)
    if not lines:
        return text, [], {}  # no line to judge, none to vote for a kind: clean text
    garbled = _to_search(text, lines, NONE)
    kind = _document_kind(text, garbled) if _kind_may_help(text, garbled) else None
    repaired = _whole_lines(text, garbled, kind) if kind is not None else {}
    # the lines read back whole may show a kind at length already: the others are then
    # searched once, as in a document known to suffer from it
    trusted = _trusted(edit for line in repaired.values() for edit in line[1])
    if not trusted:
        repaired = _repair_lines(text, lines, garbled, NONE, kind, repaired)
        trusted = _trusted(edit for line in repaired.values() for edit in line[1])
    # the lines to judge again once a kind is known (the same for any kind); the kinds
    # the ends of lines vote for are looked for only where there is such a line
    if trusted:
        again = _judged_again(text, settled, trusted, repaired)
        if again:
            trusted |= _voted(text, lines, trusted)
    else:
        trusted = _voted(text, lines, trusted)
        again = _judged_again(text, settled, trusted, repaired) if trusted else []
    if again:
        garbled = _to_search(text, again, trusted)
        repaired.update(_repair_lines(text, again, garbled, trusted, kind))
    parts: list[str] = []
    edits: list[Edit] = []
    unrecovered = 0
    position = 0
    shift = 0  # how much longer the text is so far than the original
    for (start, end), (line, line_edits, lost) in sorted(repaired.items()):
        if not line_edits:
            continue
        parts += [text[position:start], line]
        position = end
        offset = start + shift
        edits.extend(edit._replace(start=edit.start + offset) for edit in line_edits)
        shift += len(line) - (end - start)
        unrecovered += lost
    if not edits:
        return text, edits, {}
    parts.append(text[position:])
    meta = {"mojibake_unrecovered": unrecovered} if unrecovered else {}
    return "".join(parts), edits, meta


def _judged_again(
    text: str,
    settled: Sequence[tuple[int, int]],
    trusted: Trusted,
    repaired: dict[tuple[int, int], RepairedLine],
) -> list[tuple[int, int]]:
    """The lines of ``text`` to judge again once ``trusted`` kinds are known (which, does
    not matter: see :func:`_lines_to_judge`), but those that lie in ``settled`` spans and
    those a kind's search repaired already."""
    return [
        span
        for span in _outside(_lines_to_judge(text, trusted), settled)
        if span not in repaired or not _searched(repaired[span][1])
    ]


def _outside(
    lines: list[tuple[int, int]], settled: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The ``lines`` that lie whole in none of the ``settled`` spans (both sorted).

    >>> _outside([(0, 4), (5, 9), (10, 12)], [(4, 9), (10, 11)])
    [(0, 4), (10, 12)]
    """
    if not settled:
        return lines
    starts = [start for start, _ in settled]
    kept = []
    for start, end in lines:
        at = bisect_right(starts, start) - 1
        if at < 0 or end > settled[at][1]:
            kept.append((start, end))
    return kept


def _to_search(text: str, spans: list[tuple[int, int]], trusted: Trusted) -> list[tuple[int, int]]:
    """The lines at ``spans`` (found by :func:`_lines_to_judge`) that the search searches
    (see :func:`_may_be_garbled`): a line with one rare name in it is judged no further.
    A line without an unexplained character was taken for a run without words that some
    kind re-reads into words (or, in a document known to suffer from a kind, for the run
    alone): the check would say so again, and is not made twice."""
    odd = set(unexplained_lines(text))
    return [
        span
        for span in spans
        if span not in odd or _may_be_garbled(text[span[0] : span[1]], trusted)
    ]


def _repair_lines(
    text: str,
    spans: list[tuple[int, int]],
    garbled: list[tuple[int, int]],
    trusted: Trusted,
    kind: Kind | None,
    done: dict[tuple[int, int], RepairedLine] | None = None,
) -> dict[tuple[int, int], RepairedLine]:
    """The lines at ``spans`` (``garbled``: those to search) repaired, with ``trusted``
    kinds and the document's ``kind``: those it reads back whole at once (see
    :func:`_whole_lines`; but for the lines ``done`` already), the others by the search."""
    repaired = dict(done) if done is not None else {}
    if kind is not None and done is None:
        repaired.update(_whole_lines(text, garbled, kind, trusted))
    searched = set(garbled)
    for span in spans:
        if span not in repaired:
            line = text[span[0] : span[1]]
            repaired[span] = _repair_line_fully(line, trusted, kind, span in searched)
    return repaired


def _lines_to_judge(text: str, trusted: Trusted) -> list[tuple[int, int]]:
    """The (start, end) of each line of ``text`` worth judging, found by regex scans of the
    whole document: lines with a character that no common reading explains, and short
    lines with a run of Chinese without words that some kind re-reads into words
    (:func:`_may_be_garbled` decides the rest). Clean lines cost no Python: clean news is
    cheap whatever its length.

    >>> _lines_to_judge("新闻\\n鏂伴椈\\n正文", NONE)
    [(3, 6)]
    """
    spans = set(unexplained_lines(text))
    for span in _short_lines_with_wordless_runs(text):
        # a line with no odd character: only a run without words can make it garbled
        if span not in spans and (trusted or _rereads_as_words(text[span[0] : span[1]])):
            spans.add(span)
    return sorted(spans)


def _short_lines_with_wordless_runs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each short line of ``text`` (:data:`WORDLESS_PAIRS` + 1 to
    :data:`WORDLESS_LINE` characters, without a clause mark of its own: see
    :data:`_SHORT_LINE`) that holds a run of Chinese characters without a known word
    pair (see :func:`_wordless`).

    The short lines are found by one regex scan in C (a text of clauses, one per line,
    has thousands), their runs by another; the runs' first pairs are looked up for all
    runs at once in C, so that a run with a word costs no Python call. Only a document
    with a wordless run is scanned again for where it stands.

    >>> _short_lines_with_wordless_runs("新闻发布会\\n控窒嬝笣\\n" * 2)
    [(6, 10), (17, 21)]
    """
    framed = f"\n{text}\n"  # each line between line breaks: the scan skips to each in C
    runs = _CJK_RUN.findall("\n".join(_SHORT_LINE.findall(framed)))
    known = word_pair_set().__contains__
    for position in range(FIRST_PAIRS):  # most runs hold a word in their first pairs
        pair = operator.itemgetter(slice(position, position + 2))
        runs = list(compress(runs, map(operator.not_, map(known, map(pair, runs)))))
    wordless = {run for run in runs if not any(word_pair_hits(run))}
    if not wordless:
        return []
    return [
        (line.start(1) - 1, line.end(1) - 1)
        for line in _SHORT_LINE.finditer(framed)
        if not wordless.isdisjoint(_CJK_RUN.findall(line.group(1)))
    ]


_SHORT_LINE = re.compile(
    f"\n(?=([^\n{CLAUSE_MARKS}]{{{WORDLESS_PAIRS + 1},{WORDLESS_LINE}}}))\\1(?=\n)"
)
"""A whole line (after a line break, and before one) of :data:`WORDLESS_PAIRS` + 1 to
:data:`WORDLESS_LINE` characters without a clause mark of its own. No kind shows one
where the bytes held one (GBK's ``，`` read as Big5 is ``ㄛ``, Big5's read as GBK a
private-use character, UTF-8's read as GBK ``锛?``), so a line garbled whole has none,
and a short line with one is real text that its wordless run (a name, a rare phrase)
does not make suspect. (The lookahead and the reference to it match the line's characters
once, as a possessive quantifier would in Python 3.11: a longer line, or one with a
clause mark, is not tried again at every shorter length.)"""


FIRST_PAIRS = 2
"""Pairs of each run looked up for all runs at once, in C, before the few left are
looked at one by one."""


def _voted(text: str, spans: list[tuple[int, int]], trusted: Trusted) -> Trusted:
    """The kinds that the ends of lines vote for: lines of ``text`` (``spans``: those
    judged) that end in a character that is no clause mark but that a kind reads back as
    one (``森俋ㄛ``: GBK's ``，`` read as Big5 is ``ㄛ``; ``Ð»Ð»¡£``: its ``。`` read
    as cp1252 is ``¡£``). Chinese lines end in clause marks; :data:`VOTES` lines whose
    marks a kind gives back are evidence of it that lines too short to be repaired alone
    (``此外，``, ``谢谢。``) cannot give one by one.

    >>> garbled = "森俋ㄛ\\n蚚彰爍鷂瞳悾ㄛ"
    >>> sorted(_voted(garbled, [(0, 3), (4, 11)], NONE))
    ['gbk read as big5']
    """
    lines = [text[start:end].rstrip() for start, end in spans]
    voting = [line for line in lines if line and _votes_for_a_mark(line[-1])]
    if not voting:
        return NONE
    tails = "\n".join(line[-VOTE_TAIL:] for line in voting)  # each read back alone
    found: set[str] = set()
    for kind in KINDS.values():
        if kind.name in trusted:
            continue
        # the last character alone, read in C (a tail read in step costs 20 µs)
        ends = [reread[-1:] for reread in _reread_in_c(tails, kind).split("\n")]
        votes = sum(
            1
            for line, end in zip(voting, ends, strict=True)
            if end in CLAUSE_MARKS and may_show(kind.shown, line)
        )
        if votes >= VOTES:
            found.add(kind.name)
    return frozenset(found)


def _votes_for_a_mark(last: str) -> bool:
    """Whether a line that ends in ``last`` may vote: it is no clause mark, nor ASCII."""
    return not last.isascii() and last not in CLAUSE_MARKS


def _searched(edits: list[Edit]) -> bool:
    """Whether ``edits`` hold a repair of the search (of a kind), not only ftfy's: in a
    document known to suffer from a kind, ``Ð»Ð»¡£`` is 谢谢。 read as cp1252, not the
    ``лл¡£`` that ftfy makes of it alone."""
    return any(edit.reason in KINDS for edit in edits)


def _trusted(edits: Iterable[Edit]) -> Trusted:
    """The kinds repaired in at least :data:`TRUST_CHARS` characters."""
    lengths: dict[str, int] = {}
    for edit in edits:
        lengths[edit.reason] = lengths.get(edit.reason, 0) + len(edit.after)
    return frozenset(kind for kind, length in lengths.items() if length >= TRUST_CHARS)


def _whole_lines(
    text: str, spans: list[tuple[int, int]], kind: Kind, trusted: Trusted = NONE
) -> dict[tuple[int, int], RepairedLine]:
    """The lines at ``spans`` (those the search would search: see :func:`_may_be_garbled`)
    that ``kind``, the kind of the document (see :func:`_document_kind`), reads back whole
    into clean Chinese, repaired as :func:`_repair_line_fully` would repair them, at a
    fraction of its cost.

    Where a line's bytes read back validly, the search (which tries the document's kind
    first) finds one piece, the whole line, and judges it so; it covers the line, so no
    other kind is tried but the twin reading of Big5 bytes, which is weighed here too
    (:func:`_twins`). The scores of all the readings and of the lines as they stand are
    taken at once (:func:`~textclean.encoding.scores.scores`); the rules of
    :func:`_verdict` decide as for any span. A line that is not such (lost bytes, clean
    runs to keep, a reading rejected) is left to the search. One difference: UTF-8 that
    lost a byte every few characters (read as Big5) leaves pieces of one character
    between marks, and the search may take only a middle run of them; read back whole,
    the line is one span under the same rules (``马�轻车�从来�河乡�``, where the search
    left ``撽砌�匧`` and ``銋∩�𨅯`` around ``轻车�从来�河``).

    >>> utf8_as_gbk = KINDS["utf-8 read as gbk"]
    >>> found = _whole_lines("鏂伴椈鍙戝竷\\n鏁版嵁鍒嗘瀽", [(0, 6), (7, 13)], utf8_as_gbk)
    >>> [line for line, _, _ in found.values()]
    ['新闻发布', '数据分析']
    """
    lines = [text[start:end] for start, end in spans]
    rereads = _reread("\n".join(lines), kind).split("\n")
    if len(rereads) != len(lines):
        return {}
    readings: dict[int, list[tuple[Kind, str, int]]] = {}
    for index, (line, reread) in enumerate(zip(lines, rereads, strict=True)):
        if _INVISIBLE.search(line) is not None:
            continue  # the search judges the line without them
        read = [_read_back(line, kind, reread)]
        read += [
            _read_back(line, twin, _reread(line, twin))
            for twin in KINDS.values()
            if _twins(kind, twin, line)
        ]  # after the document's kind, as the search tries them
        options = [
            option for option in read if option is not None and _worth_scoring(line, option[1])
        ]
        if read[0] is not None and options and options[0] == read[0]:
            readings[index] = options  # a twin that reads the line as no text does loses
    if not readings:
        return {}
    from textclean.script import t2s  # the script module is heavier: import it late

    originals = [lines[index] for index in readings]
    simplified = t2s("\n".join(originals)).split("\n")
    if len(simplified) != len(originals):
        return {}
    # a mark stands for a character lost, not for one read wrong: each reading, and each
    # line as it stands, is scored without its marks (a line break is not weighed and
    # ends every pair); UTF-8 read as Big5 loses a byte every few characters, and its
    # exact rest reads as Chinese
    candidates = [after for options in readings.values() for _, after, _ in options]
    texts = candidates + originals + simplified
    scored = scores([text.replace("\ufffd", "\n").replace("?", "\n") for text in texts])
    new_scores = iter(scored[: len(candidates)])
    owns = scored[len(candidates) : len(candidates) + len(originals)]
    converted = scored[len(candidates) + len(originals) :]
    found: dict[tuple[int, int], RepairedLine] = {}
    for at, (index, options) in enumerate(readings.items()):
        line = lines[index]
        old = _better_reading(owns[at], None if simplified[at] == line else converted[at])
        repairs = []
        for option, after, lost in options:
            new = next(new_scores)
            repair = _whole_line_repair(line, option, after, lost, new, old, trusted)
            # the first of equal gains, as the search; of readings around lost characters
            # (scored without their marks), the one that weighs most: a mean rises where a
            # twin reads a character as ASCII (緊 as Zo, cp950's kana pair)
            weight = new.value * new.characters if lost and new is not None else 0.0
            repairs.append(None if repair is None else (weight, repair[1].gain, repair))
        if repairs[0] is None or not _one_stretch(line, owns[at]):
            continue  # the search would take the first reading whole, or judge otherwise
        best_kind, best = max(
            (repair for repair in repairs if repair is not None), key=operator.itemgetter(0, 1)
        )[2]
        settled = _settled(line, best_kind, best.after, best.unrecovered, trusted)
        if settled is not None:
            found[spans[index]] = settled
    return found


def _whole_line_repair(
    line: str,
    kind: Kind,
    after: str,
    unrecovered: int,
    new: Any,
    old: Any,
    trusted: Trusted = NONE,
) -> tuple[Kind, Repair] | None:
    """The repair of ``line`` whole by ``after`` (``kind`` read it so, ``unrecovered``
    marks for lost data in it; scored ``new``; the line as read, ``old``), if the rules
    of :func:`_judge` accept it."""
    in_step = kind.true != "utf-8" and any(mark in line for mark in LOSSY_MARKS)
    if not _may_replace(line, after, in_step) or not _candidate(new):
        return None
    repair = _verdict(line, 0, len(line), kind, after, unrecovered, trusted, new, old)
    return None if repair is None else (kind, repair)


def _one_stretch(line: str, own: Any) -> bool:
    """Whether the search judges ``line`` (scored ``own``) as one stretch: a run of clean
    Chinese it would keep out (see :func:`_stretches`) needs a known word pair."""
    return own is None or not own.word_pairs or _stretches(line) == [(0, len(line))]


def _document_kind(text: str, spans: list[tuple[int, int]]) -> Kind | None:
    """The kind that reads the lines of ``text`` at ``spans`` back into the most common
    characters (see :func:`_likely_first`): a document garbled by a wrong decoder is
    garbled the same way in every line. None without a line or a kind.

    >>> _document_kind("标题：鏂伴椈\\n正文", [(0, 6)]).name
    'utf-8 read as gbk'
    """
    if not spans:
        return None
    sample = "\n".join(text[start:end] for start, end in spans)[:KIND_SAMPLE]
    readings = _readings(sample, in_c=True)
    # a kind read in step costs some 25 µs a line: only where its reading in C comes near
    # the others' (in step it reads more, never fewer, common characters)
    counts = {kind: count_common(reading) for kind, reading in readings.items()}
    most = max(counts.values(), default=0)
    for kind in readings:
        if _reads_apart(sample, kind) and counts[kind] >= CLOSE_KINDS * most:
            readings[kind] = _reread(sample, kind)
            counts[kind] = count_common(readings[kind])
    likely = _likely_counts(sample, readings, counts)
    if not likely:
        return None
    # of those that read about as many common characters back as the first, the one whose
    # reading holds the most known words (the first of equals): any GBK reading of
    # double-byte data gives common characters, in no words
    close = [kind for kind, count in likely if count >= CLOSE_KINDS * likely[0][1]]
    if len(close) < 2:
        return close[0]
    distinct = list(dict.fromkeys(readings[kind] for kind in close))  # twins read alike
    pairs = dict(zip(distinct, known_pair_counts(distinct), strict=True))
    return max(close, key=lambda kind: pairs[readings[kind]])  # (the first of equals)


def _kind_may_help(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the document's kind is worth finding for the lines of ``text`` at ``spans``
    (those to search): its lines read back whole are judged without the search (a lossy
    line of UTF-8 read as Big5 cost the search 8 ms), unless each reads as words
    (:data:`REAL_WORDS`): clean lines with rare names in them, which no reading of a
    whole line beats.

    >>> _kind_may_help("撖寞迨,�礶憪", [(0, 8)]), _kind_may_help("深水埗區議員指", [(0, 7)])
    (True, False)
    """
    for start, end in spans:
        share = bigram_share(text[start : min(end, start + WORDS_SAMPLE)])
        if share is None or share < REAL_WORDS:
            return True
    return False


WORDS_SAMPLE = 100
"""Characters of a line that :func:`_kind_may_help` weighs (a garbled line's words cost
its whole length to count, and it has none)."""

REAL_WORDS = 0.1
"""The share of a line's Chinese pairs in known words that makes it real text. Of the
lines to search: SIGHAN's clean ones with rare names 0.2-0.5 (one of 31 at 0); garbled
ones at most 0.025 in the benchmark's documents (585 lines), 14 of 7,809 at 0.1-0.4 in
SIGHAN's garbled articles (99% at most 0.006), each in a document with lines at 0."""


CLOSE_KINDS = 0.5
"""The share of the first kind's common characters another must read back to be weighed
by its words (a reading with far fewer is no rival: its words are not counted). At 0.8
UTF-8 read as Big5 with losses lost one document to a kind that reads more common
characters and fewer words; 0.5-0.7 give the same outputs as weighing every kind."""

KIND_SAMPLE = 600
"""Characters of the lines to search that :func:`_document_kind` reads back with each
kind: enough to tell the kinds apart (a paragraph or two), not a whole book. 300 gave
the same outputs on the 7,405 comparison inputs but chose the wrong twin for one of
SIGHAN's articles of GBK read as cp950 (`encoding_news.py`: its edit distance 299 ->
327); 160 for two of the comparison's."""


RepairedLine = tuple[str, list[Edit], int]
"""A line as :func:`_repair_line_fully` leaves it: its text, edits, and lost characters."""

_KIND_ORDER = {name: order for order, name in enumerate(KINDS)}


def _read_back(line: str, kind: Kind, reread: str) -> tuple[Kind, str, int] | None:
    """``line`` read back whole by ``kind`` as the search would repair it, with the count
    of marks put for lost data; None where the search would find more than one piece.

    ``reread`` is the line read back in C with errors replaced: where it holds no mark
    (every character had bytes, every byte decoded), it is the one piece. Where data was
    lost, UTF-8's decoder is in step again at the next character: each stretch between
    the line's U+FFFD is read back alone, what does not decode becomes a mark. Double-byte
    text is read back in step whole, a mark for each character that lost a byte (see
    :func:`~textclean.encoding.instep.read_in_step`). Each run of marks becomes one (see
    :func:`_judge`), as the search salvages them.

    >>> _read_back("闄嶆按姒傜巼20锛\ufffd", KINDS["utf-8 read as gbk"], "")[1:]
    ('降水概率20\ufffd', 1)
    """
    if not any(mark in line or mark in reread for mark in LOSSY_MARKS):
        return kind, reread, 0
    if kind.true != "utf-8":
        if kind.shown not in BIG5_SHOWN:
            # GB18030 decodes every pair of Big5 bytes, Latin-1 every byte: a ? in what
            # they show is a real one, not a lost byte (read so, the rest went one byte off)
            return None if "\ufffd" in line or "\ufffd" in reread else (kind, reread, 0)
        read = read_in_step(line, kind.true, kind.shown)
        if read is None:
            return None
    else:
        try:
            stretches = [part.encode(kind.shown) for part in line.split("\ufffd")]
        except UnicodeEncodeError:
            return None  # a character without bytes: the search salvages around it
        read = "\ufffd".join(part.decode("utf-8", errors="replace") for part in stretches)
    after, lost = _LOST_RUN.subn(_one_mark(line), read)
    return kind, after, lost


def reads_in_step(before: str, after: str, kind: Kind) -> bool:
    """Whether ``after``, a repair of ``before`` by ``kind`` (of double-byte text), is
    ``before`` read whole in step around its lost bytes (see :func:`_read_back`).

    >>> line = "独立、人民".encode("gbk").decode("big5hkscs", "replace")
    >>> reads_in_step(line, "独立、\ufffd", KINDS["gbk read as big5"])
    True
    """
    if not _reads_apart(before, kind):
        return False  # (only a Big5 decoder reading GBK loses a byte a mark)
    found = _read_back(before, kind, "")
    return found is not None and found[1] == after


def _worth_scoring(line: str, after: str) -> bool:
    """Whether ``after``, ``line`` read back by a kind, is worth scoring: it differs, and
    :data:`WHOLE_COMMON` of its characters are common, the marks for lost data aside (a
    clean line read back by the wrong kind is not; the search judges what is left)."""
    if after == line:
        return False
    return count_common(after) >= WHOLE_COMMON * (len(weighed(after)) - after.count("\ufffd"))


WHOLE_COMMON = 0.8


def _settled(
    line: str, kind: Kind, after: str, unrecovered: int, trusted: Trusted = NONE
) -> RepairedLine | None:
    """``line`` repaired whole by ``kind`` into ``after``, then as the further passes of
    :func:`_repair_line_fully` would leave it (ftfy's repair of what is left in other
    scripts); None where a further pass would search it again."""
    edits = [Edit(STEP, kind.name, line, after, 0)]
    if common_text_pattern().fullmatch(after):
        return after, edits, unrecovered
    if _more_to_find(after, [(0, len(after))], trusted):
        return None
    repaired, latin = repair_latin(after)
    return repaired, edits + latin, unrecovered
