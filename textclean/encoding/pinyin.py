"""Pinyin annotations that Simplified-to-Traditional converter sites glue after characters.

Such a converter turns ``关爱`` into ``關(guān)愛``. :func:`remove_pinyin_annotations` removes a
``(syllable)`` (ASCII or full-width parentheses) when the syllable is a real reading of the
character right before it, written with tone marks (``guān``), tone digits (``guan1``) or,
for a neutral-tone reading only, with neither (``le``); ü may be written ``v`` or ``u:``.

Whether the annotations go is decided for the whole document. They are converter residue
when at least :data:`MIN_RESIDUE` of them annotate common characters and at least half of
them give the character's usual reading. Otherwise they look like deliberate glosses (an
article on how ``彧(yù)`` is read, a list of often misread characters) and all are kept. In
a residue document a ``syllable)`` whose ``(`` was lost in a garbled run right after ``?``
or U+FFFD is removed too: ``運輸?shù)葐`` becomes ``運輸?葐``.

>>> text, edits = remove_pinyin_annotations("關(guān)愛、協(xié)調、農(nóng)業(yè)")
>>> text
'關愛、協調、農業'
>>> edits[0]
Edit(step='encoding', reason='pinyin annotation', before='(guān)', after='', start=1)
>>> remove_pinyin_annotations("彧(yù)字读作yù。")
('彧(yù)字读作yù。', [])
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from itertools import islice
from typing import NamedTuple

from textclean.document import Edit
from textclean.encoding.charsets import is_common
from textclean.rewrite import Rule, contains_any, rewrite

__all__ = [
    "MIN_RESIDUE",
    "PAREN_LOST_REASON",
    "PINYIN_REASON",
    "is_reading",
    "remove_pinyin_annotations",
]

STEP = "encoding"
PINYIN_REASON = "pinyin annotation"
PAREN_LOST_REASON = "pinyin annotation (paren lost)"
MIN_RESIDUE = 3
"""Fewest annotations on common characters that make a document converter residue."""

_LOST_CHARS = "?\ufffd"
# Latin letters with or without tone marks, combining marks, "u:", tone digits.
_SYLLABLE = "[A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f:0-5]{1,10}"
_PATTERN = re.compile(
    rf"[(（](?P<paren>{_SYLLABLE})[)）]"
    # "(" lost: the syllable follows "?" (or a ")" that may close a removed annotation)
    rf"|(?<=[{_LOST_CHARS})）])(?P<bare>{_SYLLABLE})[)）]"
)

_PAREN = re.compile(rf"[(（]{_SYLLABLE}[)）]")
"""An annotation in its parentheses: what a residue document has many of. It starts with a
parenthesis, so the regex engine skips to the next one (``_PATTERN``, with its look-behind,
tries every position)."""


class _Found(NamedTuple):
    """A removable annotation: its span, the character it annotates, its syllable."""

    start: int
    end: int
    char: str
    syllable: str
    paren_lost: bool


def _normal(syllable: str) -> str:
    return unicodedata.normalize("NFC", syllable).lower()


def _written_forms(reading: str) -> frozenset[str]:
    """How a reading (``lǜ``, tone marks) may be written: ``lǜ lv4 lü4 lu:4``; ``le le5``."""
    from pypinyin.contrib.tone_convert import to_tone3

    tone3 = to_tone3(reading)
    forms = {
        reading,
        tone3,
        to_tone3(reading, v_to_u=True),
        tone3.replace("v", "u:"),
        to_tone3(reading, neutral_tone_with_five=True),
    }
    return frozenset(_normal(form) for form in forms)


def _is_han(char: str) -> bool:
    """A Chinese character (the blocks pypinyin has readings for), or 〇."""
    if len(char) != 1:
        return False
    code = ord(char)
    return (
        code == 0x3007
        or 0x3400 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3FFFF
    )


@cache
def _readings(char: str) -> tuple[frozenset[str], ...]:
    """The written forms of each reading of ``char``, the usual reading first."""
    if not _is_han(char):
        return ()
    from pypinyin import Style, pinyin  # imported on first use: it takes ~0.4 s

    readings = pinyin(char, heteronym=True, style=Style.TONE, errors=lambda _: None)
    return tuple(_written_forms(_normal(r)) for r in (readings[0] if readings else ()))


def is_reading(char: str, syllable: str) -> bool:
    """Is ``syllable`` a reading of ``char`` (any heteronym, tone marks or digits)?

    >>> is_reading("關", "guān"), is_reading("關", "Guan1"), is_reading("關", "guan")
    (True, True, False)
    >>> is_reading("绿", "lv4"), is_reading("了", "le"), is_reading("t", "t")
    (True, True, False)
    """
    syllable = _normal(syllable)
    return any(syllable in forms for forms in _readings(char))


def _is_usual(char: str, syllable: str) -> bool:
    readings = _readings(char)
    return bool(readings) and _normal(syllable) in readings[0]


@cache
def _all_syllables() -> frozenset[str]:
    """Every written form of every reading pypinyin knows (for a lost character)."""
    from pypinyin.pinyin_dict import pinyin_dict

    readings = {r for value in pinyin_dict.values() for r in value.split(",")}
    return frozenset(form for r in readings for form in _written_forms(_normal(r)))


def _is_lost_syllable(char: str, syllable: str) -> bool:
    return char in _LOST_CHARS and _normal(syllable) in _all_syllables()


def _scan(text: str) -> Iterator[_Found]:
    """Annotations that would go in a residue document, in text order.

    After a removal the next annotation may follow the same character (``關(guān)(guān)``):
    its character is the one the removed annotation followed.
    """
    removed_end, removed_char = -1, ""
    for match in _PATTERN.finditer(text):
        start, end = match.span()
        char = removed_char if start == removed_end else text[start - 1 : start]
        paren, bare = match["paren"], match["bare"]
        if is_reading(char, paren) if bare is None else _is_lost_syllable(char, bare):
            yield _Found(start, end, char, paren or bare, bare is not None)
            removed_end, removed_char = end, char


def _is_residue(found: list[_Found]) -> bool:
    """Converter residue: enough annotations on common characters, mostly usual readings."""
    annotations = [f for f in found if not f.paren_lost]
    common = sum(is_common(f.char) for f in annotations)
    usual = sum(_is_usual(f.char, f.syllable) for f in annotations)
    return common >= MIN_RESIDUE and 2 * usual >= len(annotations)


def _removal_rule(found: list[_Found]) -> Rule:
    """A rule that removes exactly the matches at the ``found`` offsets."""
    reasons = {f.start: PAREN_LOST_REASON if f.paren_lost else PINYIN_REASON for f in found}
    return Rule(
        "pinyin",
        _PATTERN,
        lambda match: "" if match.start() in reasons else match.group(),
        lambda match: reasons[match.start()],
    )


_may_have_annotation = contains_any(")", "）")


def remove_pinyin_annotations(text: str) -> tuple[str, list[Edit]]:
    """Remove converter pinyin annotations; return the text and the edits (step ``encoding``).

    A document with fewer than :data:`MIN_RESIDUE` annotations on common characters, or
    whose annotations mostly give unusual readings, is returned unchanged (see the module
    docstring).
    """
    if not _may_have_annotation(text):
        return text, []
    if next(islice(_PAREN.finditer(text), MIN_RESIDUE - 1, None), None) is None:
        return text, []  # fewer annotations in parentheses than a residue document has
    found = list(_scan(text))
    if not found or not _is_residue(found):
        return text, []
    return rewrite(text, [_removal_rule(found)], step=STEP)
