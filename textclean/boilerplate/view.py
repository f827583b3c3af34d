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
from functools import cache

from textclean.script import t2s, to_simplified


def view(text: str) -> str:
    """``text`` in Simplified, NFKC and lower case, character for character."""
    simplified = to_simplified(text)
    if len(simplified) != len(text):  # an OpenCC phrase of another length: per character
        simplified = "".join(map(_t2s_char, text))
    return simplified.translate(_fold_table())


@cache
def _t2s_char(char: str) -> str:
    converted = t2s(char)
    return converted if len(converted) == 1 else char


@cache
def _fold_table() -> dict[int, str]:
    """Each BMP character whose NFKC form, lower-cased, is one other character: that one.
    (Characters that NFKC expands, such as ``…`` to ``...``, stay as they are.)"""
    table = {}
    for code in range(0x10000):
        if 0xD800 <= code < 0xE000:
            continue
        char = chr(code)
        folded = unicodedata.normalize("NFKC", char).lower()
        if folded != char and len(folded) == 1:
            table[code] = folded
    return table
