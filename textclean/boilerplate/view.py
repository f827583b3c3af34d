"""The matching view of a text: Simplified, NFKC, lower case, and of the same length.

Boilerplate rules and the spam lexicon are written once, in Simplified with half-width
punctuation; they are matched in this view of each line, so that they cover Traditional
text and full-width punctuation too. Each character maps to exactly one character, so an
offset in the view is the same offset in the text, and a match cuts the text itself.

>>> view("編輯：張潔")
'编辑:张洁'
>>> len(view("ＩＣＰ備13008241號")) == len("ＩＣＰ備13008241號")
True
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import cache

from textclean.script import converter, to_simplified


def view(text: str) -> str:
    """``text`` in Simplified, NFKC and lower case, character for character."""
    simplified = to_simplified(text)
    if len(simplified) != len(text):  # an OpenCC phrase of another length: per character
        simplified = _per_char(text, _t2s_char)
    normalized = unicodedata.normalize("NFKC", simplified).lower()
    if len(normalized) != len(simplified):
        normalized = _per_char(simplified, _normalize_char)
    return normalized


def _per_char(text: str, function: Callable[[str], str]) -> str:
    return "".join(map(function, text))


@cache
def _t2s_char(char: str) -> str:
    converted = converter("t2s").convert(char)
    return converted if len(converted) == 1 else char


@cache
def _normalize_char(char: str) -> str:
    normalized = unicodedata.normalize("NFKC", char).lower()
    return normalized if len(normalized) == 1 else char
