"""Unanchored byte shifts: GBK or Big5 text read one byte off after a stray or lost byte.

One byte inserted into (or lost from) GBK or Big5 bytes sets the decoder one byte off:
it pairs each character's second byte with the next one's first byte, until a second
byte that is an ASCII character, an undecodable pair or ASCII text brings it back in
step, often 2-8 characters later. No lossy mark needs to stand before such a run (that
case is :mod:`textclean.encoding.byteshift`'s)::

    通知：大家注意，   read as  通知：愦蠹易⒁猓?   (the byte before 大 lost)
    不定點             read as  不菮w點             (Big5: 定 shifted into 菮 and w)

:func:`repair_resync` judges only lines that read badly, around clusters of what looks
wrong: a character of negative weight or a less common one that no known word explains
(see :func:`textclean.encoding.mojibake.unexplained`), a lossy mark right after Chinese,
an ASCII sign of 0x40-0x7E (a letter, ``|``, ``~``: a Big5 second byte) wedged between
Chinese characters. Around each, it encodes runs of double-byte characters back to
bytes, drops one byte at the start (a stray byte; or a lost one: its character becomes
``?``), decodes the rest in step, and keeps the best
reading only if it is clearly better Chinese than the run as it stands: common
characters of the standard, more known word pairs, a higher score by a wide margin. The
character whose second byte the decoder lost at the run's end stays ``?``.

>>> text, edits = repair_resync("请大家注意，本周六停电。\\n")
>>> text == "请大家注意，本周六停电。\\n", edits
(True, [])
>>> text, edits = repair_resync("通知：愦蠹易⒁猓?本周六停电。")
>>> text
'通知：?大家注意?本周六停电。'
>>> edits[0].reason, edits[0].before, edits[0].after
('gbk read one byte off', '愦蠹易⒁猓', '?大家注意')
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_right
from functools import cache
from typing import NamedTuple

from textclean.document import Edit
from textclean.encoding.byteshift import CODECS
from textclean.encoding.charsets import (
    COMMON_PUNCTUATION,
    IDEOGRAPHS,
    char_table,
    char_weight,
    common_text_pattern,
    is_cjk,
    is_common,
    is_word_pair,
    less_common_pattern,
    lines_matching_any,
    odd_character_pattern,
    score,
    unexplained_lines,
    word_pair_set,
)
from textclean.encoding.kinds import byte_width, may_show
from textclean.encoding.mojibake import unexplained
from textclean.resources import load_toml

STEP = "encoding"

MARKS = "?\ufffd"
"""Lossy marks: what a decoder puts for bytes it could not read."""

LEAD = 8
"""How many characters before the first odd one a shifted run may start."""

MAX_SHORT = 10
"""The longest run that ends where no mark or ASCII character shows it (the decoder's mark
was dropped): its end is guessed, so it is kept short."""

MAX_LONG = 40
"""The longest run that ends at a mark or an ASCII character."""

CONTEXT = 1
"""Characters on either side of a run that are scored with it."""

MARGIN = 0.5
"""How much higher the re-read stretch must score than the stretch as it stands."""

FLOOR = 1.1
"""The least score of the re-read stretch (real news scores about 1.5)."""

MIN_CHARS = 2
"""The fewest characters a re-read run must hold: one is too little to tell."""

MIN_NEW_PAIRS = 1
"""Known word pairs the re-read run must hold beyond those of the run as it stands."""

CLUSTER_GAP = 6
"""Odd characters this close are judged together (one run)."""

WEAK_TRIGGERS = 2
"""Less common characters no word explains that make a cluster worth judging by themselves
(as :func:`textclean.encoding.mojibake._may_be_garbled` has it): one alone is a rare name
more often than a shifted run, and judging each would make clean news slow."""

MAX_CLUSTERS = 12
"""Clusters of odd characters judged per line: a line with more is not a one-byte slip."""


class _Candidate(NamedTuple):
    start: int
    end: int
    after: str
    reason: str
    value: float


def repair_resync(
    text: str, settled: list[tuple[int, int]] | None = None
) -> tuple[str, list[Edit]]:
    """Re-read every short run of ``text`` that one stray or lost byte set one byte off.

    ``settled``: the (start, end) of spans already read from their bytes in step (the
    repairs of UTF-8 read as GBK; GBK read as Big5 whole around its lost bytes): what
    reads badly there (a mark for a lost character, a rare name) is no GBK or Big5 run
    one byte off.

    Returns the text and one :class:`~textclean.document.Edit` per run.
    """
    edits: list[Edit] = []
    parts: list[str] = []
    position = 0
    shift = 0
    merged = _merged(settled or [])
    ends = [end for _, end in merged]
    suspect = lines_matching_any(text, _suspect_patterns(), unexplained_lines(text))
    for line_start, line_end in suspect:
        inside = []
        for start, end in merged[bisect_right(ends, line_start) :]:
            if start >= line_end:
                break
            inside.append((max(start, line_start) - line_start, min(end, line_end) - line_start))
        if inside == [(0, line_end - line_start)]:
            continue  # the whole line was read just now: nothing in it triggers
        for found in _line_candidates(text[line_start:line_end], inside):
            start, end = line_start + found.start, line_start + found.end
            before = text[start:end]
            parts += [text[position:start], found.after]
            edits.append(Edit(STEP, found.reason, before, found.after, start + shift))
            shift += len(found.after) - len(before)
            position = end
    if not edits:
        return text, []
    parts.append(text[position:])
    return "".join(parts), edits


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, those that overlap or touch made one.

    >>> _merged([(5, 8), (0, 2), (2, 3), (6, 9)])
    [(0, 3), (5, 9)]
    """
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


@cache
def _suspect_patterns() -> tuple[re.Pattern[str], ...]:
    """What marks a line that may hold a run one byte off (see :func:`_triggers`), beside
    a character no common reading explains (U+FFFD among them; those lines come from
    :func:`~textclean.encoding.charsets.unexplained_lines`, which the mojibake pass has
    just found): a ``?``, an ASCII sign wedged in Chinese. The lines without one are never
    judged. Each is scanned apart: a pattern that starts with a literal or a character
    class is searched in C at hundreds of MB/s, their alternation at 60."""
    return (re.compile(r"\?"), _WEDGED)


def _reads_clean(text: str) -> bool:
    """Common characters only, no lossy mark, no ASCII sign wedged in Chinese: one regex
    pass in C, so that clean text costs little."""
    return (
        "?" not in text
        and "\ufffd" not in text
        and common_text_pattern().fullmatch(text) is not None
        and not _WEDGED.search(text)
    )


def _line_candidates(line: str, settled: list[tuple[int, int]] | None = None) -> list[_Candidate]:
    """The accepted re-readings of ``line``, left to right, not overlapping; no trigger
    within the ``settled`` spans (see :func:`repair_resync`) counts."""
    if _reads_clean(line):
        return []
    strong, weak = _triggers(line)
    if settled:
        strong = {i for i in strong if not any(start <= i < end for start, end in settled)}
        weak = {i for i in weak if not any(start <= i < end for start, end in settled)}
    clusters = [
        (first, last)
        for first, last in _clusters(sorted(strong | weak))
        if any(first <= i <= last for i in strong)
        or sum(first <= i <= last for i in weak) >= WEAK_TRIGGERS
    ]
    if not clusters or len(clusters) > MAX_CLUSTERS:
        return []
    accepted: list[_Candidate] = []
    done = 0
    for first, last in clusters:
        if first < done:
            continue
        best = _best(line, first, last, done)
        if best is not None:
            accepted.append(best)
            done = best.end
    return accepted


def _triggers(line: str) -> tuple[set[int], set[int]]:
    """Where ``line`` reads badly, strongly: a character of negative weight no known word
    explains, a lossy mark right after a Chinese character, the character before an
    ASCII one wedged in Chinese text (``菮w點``, ``伢|不``); and weakly: a less common
    character no known word explains (real text has some; see :data:`WEAK_TRIGGERS`)."""
    strong = set(unexplained(line, odd_character_pattern()))
    strong.update(match.start() for match in _MARK_AFTER_CHINESE.finditer(line))
    # an ASCII character of 0x40-0x7E (a Big5 second byte: a letter, @ [ \\ ] ^ _ ` { | } ~)
    # wedged between Chinese characters
    strong.update(match.start() - 1 for match in _WEDGED.finditer(line))
    return strong, set(unexplained(line, less_common_pattern()))


_WEDGED = re.compile(r"[\x40-\x7e](?<=[^\x00-\x7f][\x40-\x7e])(?=[^\x00-\x7f\s])")
"""An ASCII sign of 0x40-0x7E between a non-ASCII character and a non-space one. The
ASCII class comes first, so that the search skips Chinese text in C (5x faster than a
look-behind first)."""
_MARK_AFTER_CHINESE = re.compile(f"(?<=[{IDEOGRAPHS}])[?\ufffd]")
"""A lossy mark right after a Chinese character (one regex pass, not a loop in Python)."""


def _clusters(triggers: list[int]) -> list[tuple[int, int]]:
    """Triggers grouped when at most :data:`CLUSTER_GAP` characters apart: (first, last)."""
    clusters: list[tuple[int, int]] = []
    for index in triggers:
        if clusters and index - clusters[-1][1] <= CLUSTER_GAP:
            clusters[-1] = (clusters[-1][0], index)
        else:
            clusters.append((index, index))
    return clusters


def _best(line: str, first: int, last: int, floor: int) -> _Candidate | None:
    """The best accepted re-reading of a run around the odd characters ``first..last``,
    not before ``floor``.

    Readings are compared on one window around the cluster (the lossy marks they put back
    left out), so that a longer run re-read wins over a piece of it.
    """
    best: _Candidate | None = None
    best_value = (False, False, 0.0, 0)
    for name, codec in CODECS:
        if not may_show(codec, line):
            continue  # no run of the line can show it (see below): the line shows none
        width = char_table(byte_width, codec).__getitem__  # a dict lookup, not two calls
        # the run of double-byte characters the odd ones stand in (a mark ends one)
        anchor = first - 1 if line[first] in MARKS else first
        if anchor < floor or width(line[anchor]) != 2:
            continue
        run_start = anchor
        while run_start > max(floor, anchor - LEAD) and width(line[run_start - 1]) == 2:
            run_start -= 1
        run_end = max(anchor, last - 1 if line[last] in MARKS else last) + 1
        if not all(width(char) == 2 for char in line[anchor:run_end]):
            continue
        limit = min(len(line), anchor + MAX_LONG + 1)
        while run_end < limit and width(line[run_end]) == 2:
            run_end += 1
        if not may_show(codec, line[run_start:run_end]):
            continue  # encoded as Big5-HKSCS encodes it: read so just now
        # where the decoder came back in step by itself (a longer run is not followed)
        ended = run_end == len(line) or width(line[run_end]) != 2
        following = line[run_end : run_end + 1]
        trailing = ended and "\x40" <= following <= "\x7e" and following not in MARKS
        # how far a reading may reach: to the run's end where it may end there (see
        # ``natural`` below), else MAX_SHORT characters from the last start
        reach = run_end if ended and run_end - anchor <= MAX_LONG else anchor + MAX_SHORT
        reach = min(reach, run_end)
        if not _may_make_a_word(
            line, run_start, anchor, reach, trailing and reach == run_end, codec
        ):
            continue  # no re-reading of the run can hold the known word pair it needs
        low = max(0, run_start - CONTEXT)
        high = min(len(line), run_end + 1 + CONTEXT)
        for start in range(run_start, anchor + 1):
            natural = ended and run_end - start <= MAX_LONG
            ends = list(range(max(start + 2, last), min(run_end, start + MAX_SHORT)))
            ends += [run_end] if natural else []
            if not ends:
                continue
            trailing_here = natural and trailing
            data = line[start : max(ends)].encode(codec) + (
                following.encode() if trailing_here else b""
            )
            for dropped in (0, 1):
                good = _good_prefix(data[:dropped] + data[dropped + 1 :], codec)
                for end in ends:
                    for trail in (False, True) if trailing_here and end == run_end else (False,):
                        if end - start - (not trail) > good:
                            continue  # a character re-read is no common one
                        found = _reread(line, start, end, trail, dropped, name, codec)
                        if found is None:
                            continue
                        plain = found.after.replace("?", "")
                        scored = score(line[low:start] + plain + line[found.end : high])
                        # a run that ends where the decoder showed it came back in step
                        # first (its ASCII second byte read with it); then the best; ties
                        # to the one that starts later
                        value = (
                            natural and end == run_end,
                            trail,
                            scored.value if scored else 0.0,
                            start,
                        )
                        if best is None or value > best_value:
                            best, best_value = found, value
    return best


def _may_make_a_word(
    line: str, run_start: int, anchor: int, run_end: int, trailing: bool, codec: str
) -> bool:
    """Whether some re-reading of ``line[run_start:run_end]`` (from a start up to
    ``anchor``, with the first or second byte of its first character dropped, and the
    ASCII byte after it when ``trailing``) may hold a known word pair, with the character
    before it or the one after the trailing byte: :func:`_judge` takes none without one.

    Every character of such a reading is one of a few: each pair of a character's second
    byte and the next one's first (the run read one byte off), a start's first byte with
    the byte after its second, and the run's last byte with the trailing one. Their
    pairs are looked up once per run, not per reading: most clusters of odd characters
    in clean text have none, and are done with.

    >>> line = "通知：愦蠹易⒁猓?本周六停电。"
    >>> _may_make_a_word(line, 3, 3, 9, False, "gb18030")
    True
    >>> _may_make_a_word("李鄭屋邨旁邊", 3, 3, 6, False, "big5hkscs")
    False
    """
    data = line[run_start:run_end].encode(codec)
    if trailing:
        data += line[run_end].encode("ascii")
    # shifted[k]: the plain character bytes 2k+1 and 2k+2 decode to (line[run_start + k]'s
    # second byte and the next one's first), or "": the pairs are cut and looked up in C
    chars = _pair_chars(codec)
    shifted = list(map(chars.__getitem__, _BYTE_PAIRS.findall(data, 1)))
    before = line[run_start - 1 : run_start]
    # the character after the trailing byte follows the last one re-read
    after = line[run_end + 1 : run_end + 2] if trailing else ""
    candidates: list[str] = []
    for k in range(anchor - run_start + 1):  # the starts
        previous = line[run_start + k - 1] if k else before
        first = chars[data[2 * k : 2 * k + 1] + data[2 * k + 2 : 2 * k + 3]]
        after_first = shifted[k + 1] if k + 1 < len(shifted) else ""
        if first:  # a reading with the start's second byte dropped
            candidates += [previous + first, first + (after_first or after)]
        if k < len(shifted) and shifted[k]:
            candidates.append(previous + shifted[k])
    if shifted and shifted[-1]:
        candidates.append(shifted[-1] + after)
    # a pair with a character that is none ("") is one character: never a word pair
    neighbours = map(operator.add, shifted, shifted[1:])
    known = word_pair_set().__contains__  # looked up in C, pair after pair
    return any(map(known, candidates)) or any(map(known, neighbours))


_BYTE_PAIRS = re.compile(b"..", re.DOTALL)


class _PairChars(dict[bytes, str]):
    """For two bytes, the one character they decode to in ``codec`` if it is
    :func:`_plain` there, else ""; computed once for each pair met."""

    def __init__(self, codec: str) -> None:
        super().__init__()
        self.codec = codec

    def __missing__(self, data: bytes) -> str:
        char = ""
        if len(data) == 2:
            try:
                char = data.decode(self.codec)
            except UnicodeDecodeError:
                char = ""
        self[data] = char = char if len(char) == 1 and _plain(char, self.codec) else ""
        return char


@cache
def _pair_chars(codec: str) -> _PairChars:
    return _PairChars(codec)


def _good_prefix(data: bytes, codec: str) -> int:
    """How many byte pairs from the start of ``data`` decode to plain characters."""
    count = 0
    for index in range(0, len(data) - 1, 2):
        try:
            char = data[index : index + 2].decode(codec)
        except UnicodeDecodeError:
            break
        if len(char) != 1 or not _plain(char, codec):
            break
        count += 1
    return count


def _reread(
    line: str, start: int, end: int, trail: bool, dropped: int, name: str, codec: str
) -> _Candidate | None:
    """``line[start:end]`` re-read with byte ``dropped`` (0 or 1) left out, if accepted.

    The run ends where the decoder came back in step: at an ASCII second byte (``trail``:
    it is read with the run), at a lossy mark (which stands for the last character), or
    where the mark was dropped (one is put back). With the first byte dropped, it was a
    stray byte if the first character re-read makes a known word pair with the one before;
    else the byte was lost, and its character becomes ``?``.
    """
    data = line[start:end].encode(codec)
    stop = end
    following = line[end : end + 1]
    if trail:
        data += following.encode("ascii")
        stop = end + 1
    mark_after = bool(following) and following in MARKS
    rest = data[:dropped] + data[dropped + 1 :]
    tail = ""
    if len(rest) % 2:
        rest = rest[:-1]
        tail = "" if mark_after else "?"
    try:
        decoded = rest.decode(codec)
    except UnicodeDecodeError:
        return None
    width = char_table(byte_width, codec).__getitem__
    if not decoded or any(char.isascii() or width(char) != 2 for char in decoded):
        return None
    lost = dropped == 0 and not is_word_pair(line[start - 1 : start] + decoded[0])
    after = ("?" if lost else "") + decoded + tail
    # an ASCII second byte wedged between Chinese characters is shape enough for one
    wedged = trail and not (line[stop : stop + 1] or "a").isascii()
    value = _judge(line, start, stop, decoded, after, 1 if wedged else MIN_CHARS, codec, wedged)
    if value is None:
        return None
    return _Candidate(start, stop, after, f"{name} read one byte off", value)


def _judge(
    line: str,
    start: int,
    stop: int,
    decoded: str,
    after: str,
    least: int,
    codec: str,
    wedged: bool = False,
) -> float | None:
    """The score of ``line[start:stop]`` re-read as ``after`` (``decoded`` and the marks put
    for lost characters) if it reads clearly better than as it stands; else None.

    ``least``: the fewest characters ``decoded`` must hold; each must be common in ``codec``.
    ``wedged``: the run ends in an ASCII sign wedged between Chinese characters, read with
    it as the second byte of its last character (``網落g潮`` for 網路狂潮): a letter there,
    or a sign after which the character it ends makes a known word pair, shows where the
    decoder came back in step, as a lossy mark after the run would.
    """
    if len(decoded) < least or not all(_plain(char, codec) for char in decoded):
        return None
    before = line[start:stop]
    left = line[max(0, start - CONTEXT) : start]
    right = line[stop : stop + CONTEXT]
    new_pairs = _pairs(left + after + right)
    if new_pairs < _pairs(left + before + right) + MIN_NEW_PAIRS:
        return None
    old = _reading(left + before + right)
    new = _reading(left + after + right)
    if new is None or new < FLOOR:
        return None
    if old is not None and new - old < MARGIN:
        return None
    # a wedged letter shows where the decoder came back in step (網落g潮); a sign that
    # separates clean words (三區_國產) only where the character it ends makes a known
    # word pair with the next one (尺@塊 for 一塊)
    shown = _marked(line, stop) or (
        wedged and (line[stop - 1].isalpha() or is_word_pair(after[-1:] + line[stop : stop + 1]))
    )
    if all(_plain(char) for char in before if not char.isascii()) and not shown:
        return None  # plain characters that no decoder's mark shows to be broken: real text
    return new


def _marked(line: str, stop: int) -> bool:
    """Whether a lossy mark follows ``line[:stop]``: the decoder met bytes it could not read."""
    return line[stop : stop + 1] in ("?", "\ufffd") and stop < len(line)


def _reading(text: str) -> float | None:
    """:func:`~textclean.encoding.charsets.score`'s value, but a symbol a shifted reading is
    full of (``⒂``, ``㈩``) weighs no more than a less common character."""
    scored = score(text)
    if scored is None:
        return None
    symbols = sum(char_weight(char) > 0 and not _plain(char) for char in text if not char.isascii())
    return scored.value - symbols / scored.characters


def _plain(char: str, codec: str | None = None) -> bool:
    """A common Chinese character, or punctuation real news uses: not one of the symbols
    (``⒂``, ``㈩``, ``ɡ``) a shifted reading is full of. With ``codec``, a character common
    in that standard (GB2312's first level, Big5's common block): the text was written in it.

    >>> _plain("问"), _plain("⒂"), _plain("嵯"), _plain("嵯", "gb18030")
    (True, False, True, False)
    """
    if is_cjk(char):
        return is_common(char) if codec is None else char in _common_in(codec)
    if char in COMMON_PUNCTUATION:
        return True
    return "\uff01" <= char <= "\uff5e" or "\u3000" <= char <= "\u303f"


@cache
def _common_in(codec: str) -> frozenset[str]:
    sets = load_toml("charsets.toml")
    return frozenset(sets["gb2312_level1" if codec == "gb18030" else "big5_common"])


def _pairs(text: str) -> int:
    return sum(is_word_pair(text[i : i + 2]) for i in range(len(text) - 1))
