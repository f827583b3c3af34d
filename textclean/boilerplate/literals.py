r"""The words a regular expression cannot match without: a cheap test before the search.

Most rules look for a word (``版权``, ``icp``, ``content_``) that most lines do not hold.
A substring test in C is many times faster than a regex search over a long line, so a
rule is searched only in lines that hold one of its required words. The words are read
from the parsed pattern itself: for each alternative, its longest run of plain
characters outside any optional part, or else the words of a group it must match. A
pattern with an alternative that has none (a line of names, ``^\s*[□■]\S+``) gets no
test and is always searched; lookarounds are never read (a word in ``(?!…)`` is not
required).

>>> required_words(re.compile(r"icp\s*[备证]|(?:公安机关)?备案号"))
('icp', '备案号')
>>> required_words(re.compile(r"(?:©|\(c\))\s*\d{4}"))
('©', '(c)')
>>> required_words(re.compile(r"^\s*[□■]\s*\S+")), required_words(re.compile(r"^\d+$")) is None
(('□', '■'), True)
"""

from __future__ import annotations

import re
from typing import Any

try:  # Python 3.11+
    from re import _constants as constants
    from re import _parser as parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as constants  # type: ignore[no-redef]
    import sre_parse as parser  # type: ignore[no-redef]

MIN_WORD = 1
"""The shortest run of characters to test for (``©`` is rare enough)."""


def required_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Words of which a match must contain one, or ``None`` when there is no such list."""
    try:
        parsed = parser.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
    except Exception:  # pragma: no cover - the pattern compiled, so it parses
        return None
    words = _requirement(list(parsed))
    return tuple(dict.fromkeys(word.lower() for word in words)) if words else None


def _requirement(items: list[Any]) -> list[str] | None:
    """Words of which a match of the sequence ``items`` must contain one."""
    if len(items) == 1 and items[0][0] is constants.BRANCH:
        return _any_of(items[0][1][1])
    best = _longest_run(items)
    if len(best) >= MIN_WORD:
        return [best]
    for opcode, value in items:  # else a group that must match, made of alternatives
        if opcode is constants.SUBPATTERN:
            found = _requirement(list(value[-1]))
        elif opcode is constants.BRANCH:
            found = _any_of(value[1])
        elif opcode in (constants.MAX_REPEAT, constants.MIN_REPEAT) and value[0] >= 1:
            found = _requirement(list(value[2]))  # a part repeated at least once
        elif opcode is constants.IN:
            found = _class_chars(value)
        else:
            continue
        if found:
            return found
    return None


CLASS_MAX = 8
"""The most characters of a class (``[□■◎●]``) taken as words: one of them must be there."""


def _class_chars(items: Any) -> list[str] | None:
    """The characters of a small class of plain characters (no range, no ``\\d``, not
    negated), each a word; else ``None``."""
    if len(items) > CLASS_MAX or any(opcode is not constants.LITERAL for opcode, _ in items):
        return None
    return [chr(value) for _, value in items]


def _any_of(alternatives: Any) -> list[str] | None:
    words: list[str] = []
    for alternative in alternatives:
        found = _requirement(list(alternative))
        if not found:
            return None
        words.extend(found)
    return words


def _longest_run(items: list[Any]) -> str:
    best, run = "", ""
    for opcode, value in items:
        if opcode is constants.LITERAL:
            run += chr(value)
            best = max(best, run, key=len)
        else:
            run = ""
    return best


def required_end(pattern: re.Pattern[str]) -> str | None:
    r"""The character a match must end the line with, or ``None``: a search for
    ``\((?P<names>…)\)\s*$`` is not worth making in a line that does not end in ``)``.

    >>> required_end(re.compile(r"[。!?]\s*\((?P<reporters>\w{2,4})\)\s*$"))
    ')'
    >>> required_end(re.compile(r"版权所有$|^编辑")) is None
    True
    """
    try:
        items = list(parser.parse(pattern.pattern, pattern.flags & ~re.UNICODE))
    except Exception:  # pragma: no cover - the pattern compiled, so it parses
        return None
    if not items or items[-1] != (constants.AT, constants.AT_END):
        return None
    items.pop()
    while items and _optional_space(items[-1]):
        items.pop()
    if items and items[-1][0] is constants.LITERAL:
        return chr(items[-1][1]).lower()
    return None


def _optional_space(item: Any) -> bool:
    r"""``\s*`` (or ``\s?``): spaces that may be there or not."""
    opcode, value = item
    return (
        opcode in (constants.MAX_REPEAT, constants.MIN_REPEAT)
        and value[0] == 0
        and list(value[2]) == [(constants.IN, [(constants.CATEGORY, constants.CATEGORY_SPACE)])]
    )
