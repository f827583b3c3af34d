"""Lossy double-byte mojibake read back whole, in step with the true encoding.

A Big5 decoder that meets GBK bytes it cannot decode puts one mark (U+FFFD, or ``?``
once saved again) for *one* byte and goes on at the next: the bytes of every other
character it shows are the true bytes, whether it read them in step or one byte off.
So the line's bytes are known but for one byte at each mark, and where each mark
stands in the true text is known too: walking the bytes in step with the true
encoding, a mark where a character starts is that character's first byte (the next
byte is its second), a mark after a first byte is its second. Each mark costs one
character, read back as a mark; every other character comes back exactly, without a
search (see :func:`read_in_step`).

>>> line = "独立、人民".encode("gbk").decode("big5hkscs", "replace")
>>> line
'黃蕾﹜\ufffd佸\ufffd'
>>> read_in_step(line, "gb18030", "big5hkscs")
'独立、\ufffd\ufffd'

(人's first byte and 民's second were lost; 佸 is 人's second byte and 民's first.)
"""

from __future__ import annotations

import codecs
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from textclean.encoding.charsets import count_common, known_pairs

LOST_BYTE = "\ufffd"


_MEMO = threading.local()


@contextmanager
def one_document() -> Iterator[None]:
    """Within it, :func:`read_in_step` reads each line once (the document's kind, its
    twins and the repair read a line again); what it kept is dropped at the end.

    >>> with one_document():
    ...     read_in_step("陔貌扦暮", "gb18030", "big5hkscs")
    '新华社记'
    """
    previous = getattr(_MEMO, "reads", None)
    _MEMO.reads = {}
    try:
        yield
    finally:
        _MEMO.reads = previous


def read_in_step(line: str, true: str, shown: str) -> str | None:
    """``line``, bytes of ``true`` (a double-byte encoding) that ``shown`` decoded with
    losses, read back in ``true``, with U+FFFD for each character that lost a byte; None
    where the bytes do not read back validly (the line is not such text, or a mark
    stood for more than a byte).

    The marks are U+FFFD where the line has one, else ``?`` (a line saved again in a
    codec without U+FFFD); with both, ``?`` too where that reads better. A ``?`` that
    cannot be a lost byte stays: one where a character starts that no second byte
    follows (at the end of the line, or before ASCII that no double-byte character
    holds). A real ``?`` taken for a lost byte puts the rest of the line one byte off,
    which then reads as no text does: the caller's scorer decides (a ``?`` that starts
    the line or follows ASCII is tried as a real one too). Within :func:`one_document`,
    each line is read once.

    >>> read_in_step("陔貌扦暮\ufffd", "gb18030", "big5hkscs")  # 者 cut after its first byte
    '新华社记\ufffd'
    >>> read_in_step("陔貌扦暮?", "gb18030", "big5hkscs")  # the same, or a question: it stays
    '新华社记?'
    >>> read_in_step("新华社记者?", "gb18030", "big5hkscs") is None  # not Big5's
    True
    """
    reads = getattr(_MEMO, "reads", None)
    if reads is None:
        return _read_in_step(line, true, shown)
    key = (line, true, shown)
    if key not in reads:
        reads[key] = _read_in_step(line, true, shown)
    return reads[key]


def _read_in_step(line: str, true: str, shown: str) -> str | None:
    """:func:`read_in_step` without the memo."""
    if LOST_BYTE in line and "?" in line:
        # text that lost bytes twice, saved with ``?`` between (or real questions): the
        # reading with more known words and common characters (U+FFFD alone if equal)
        readings = [_read(line, LOST_BYTE, true, shown)]
        readings.append(_read(line.replace("?", LOST_BYTE), LOST_BYTE, true, shown))
        found = [read for read in readings if read is not None]
        return max(found, key=_plausibility) if found else None
    if LOST_BYTE in line:
        return _read(line, LOST_BYTE, true, shown)
    best = _read(line, "?", true, shown)
    best_words = -1 if best is None else None  # its known pairs, counted once needed
    for at in _literal_questions(line):
        # a ? where a line or a stretch of ASCII ends may be a real one (the line's first
        # character): read so, the rest may be in step where a lost byte put it one off
        read = _read(line, "?", true, shown, literal=at)
        if read is None:
            continue
        if best_words is None:
            best_words = known_pairs(best or "")
        read_words = known_pairs(read)
        if read_words > best_words:
            # into more known words (more common characters alone: no sign)
            best, best_words = read, read_words
    return best


def _literal_questions(line: str) -> list[int]:
    """Where a ``?`` of ``line`` starts a stretch of non-ASCII text after the line's start
    or ASCII (``?妀阨``): the first two such."""
    return [
        match.start()
        for _, match in zip(range(2), _QUESTION_AFTER_ASCII.finditer(line), strict=False)
    ]


_QUESTION_AFTER_ASCII = re.compile(r"(?:^|(?<=[\x00-\x3e\x40-\x7f]))\?(?=[^\x00-\x7f])")


def _read(line: str, mark: str, true: str, shown: str, literal: int | None = None) -> str | None:
    """``line`` read back in step (see :func:`read_in_step`), ``mark`` its lost bytes
    (but the one at ``literal``, a real ``?``)."""
    if "\x00" in line:
        return None  # (the marks are encoded as NUL)
    marked = line.replace(mark, "\x00")
    if literal is not None:
        marked = f"{marked[:literal]}?{marked[literal + 1 :]}"
    pattern, forms = _decoded_forms(shown)
    twofold = pattern.findall(marked) if pattern is not None else []
    if not twofold:
        try:
            data = marked.encode(shown)
        except UnicodeEncodeError:
            return None  # a character the shown codec has no bytes for: not its reading
        return _walk(data.split(b"\x00"), true, mark)
    pieces = pattern.split(marked)

    def reading(choice: list[bytes]) -> str | None:
        chosen = iter(choice)
        data = b"".join(
            piece.encode(shown) if index % 2 == 0 else next(chosen)
            for index, piece in enumerate(pieces)
        )
        return _walk(data.split(b"\x00"), true, mark)

    # each such character with the pair GBK bytes give it most, then with the other where
    # that reads into more known words, then common characters (each choice changes the
    # two characters around it alone: they are made one by one)
    choice = [forms[char][0] for char in twofold]
    try:
        best = reading(choice)
        for index, char in enumerate(twofold):
            other = [*choice[:index], forms[char][1], *choice[index + 1 :]]
            read = reading(other)
            if read is not None and (best is None or _plausibility(read) > _plausibility(best)):
                choice, best = other, read
    except UnicodeEncodeError:
        return None  # a character the shown codec has no bytes for: not its reading
    return best


def _plausibility(text: str) -> tuple[int, int]:
    return known_pairs(text), count_common(text)


def _walk(stretches: list[bytes], true: str, mark: str) -> str | None:
    """The bytes between lost bytes (``stretches``) read in step in ``true`` (see
    :func:`read_in_step`; ``mark``: the line's mark for lost data)."""
    decoder = codecs.getincrementaldecoder(true)()
    parts: list[str] = []
    # where the walk stands at the next mark: in step (the lost byte starts a character),
    # after a first byte (the lost byte is its second), after a lost first byte (the
    # next byte is its second)
    in_step, after_first, after_lost_first = 0, 1, 2
    state = in_step
    for index, data in enumerate(stretches):
        if index:  # a mark before this stretch
            if state == in_step:
                state = after_lost_first
            else:  # the second byte of a character whose first is known, or lost
                parts.append(LOST_BYTE)
                state = in_step
        if state == after_lost_first and (data or index == len(stretches) - 1):
            if data and data[0] >= SECOND_BYTES:
                parts.append(LOST_BYTE)
                data = data[1:]  # the lost first byte's second
            else:  # no second byte follows: the mark is no lost first byte
                parts.append(mark if mark == "?" else LOST_BYTE)
            state = in_step
        try:
            parts.append(decoder.decode(data))
        except UnicodeDecodeError:
            return None
        if decoder.getstate()[0]:  # the stretch ends in a first byte: the mark is its second
            decoder.reset()
            state = after_first
    if state == after_first:
        parts.append(LOST_BYTE)
    return "".join(parts)


SECOND_BYTES = 0x40
"""The least second byte of a GBK or Big5 character (``@``): a mark before a smaller
byte (digits, spaces, punctuation) stood for no first byte."""


@cache
def _decoded_forms(codec: str) -> tuple[re.Pattern[str] | None, dict[str, tuple[bytes, ...]]]:
    """The characters ``codec`` decodes from two byte pairs, each with both, and a pattern
    that splits text around them (capturing them). The encoder gives one pair (``╯``:
    F9FD in Big5-HKSCS); GBK bytes read give the other more often (立、 is C1A2 A1A2:
    one byte off, A2A1 reads ``╮``), which comes first.

    >>> _decoded_forms("big5hkscs")[1]["╯"]
    (b'\\xa2\\xa3', b'\\xf9\\xfd')
    """
    decode = codecs.lookup(codec).decode
    forms: dict[str, tuple[bytes, ...]] = {}
    for first in range(0x81, 0xFF):
        for second in range(0x40, 0xFF):
            data = bytes((first, second))
            try:
                char = decode(data)[0]
            except UnicodeDecodeError:
                continue
            if len(char) != 1 or char in forms:
                continue
            try:
                canonical = char.encode(codec)
            except UnicodeEncodeError:
                continue  # the encoder has no bytes for it: the reading fails there
            if canonical != data:
                forms[char] = (data, canonical)
    if not forms:
        return None, forms
    return re.compile(f"([{re.escape(''.join(forms))}])"), forms
