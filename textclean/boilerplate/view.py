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

import numpy as np

from textclean.script import t2s, to_simplified


def view(text: str) -> str:
    """``text`` in Simplified, NFKC and lower case, character for character."""
    # a long text span by span (the Simplified spans are skipped), a short one whole
    simplified = t2s(text) if len(text) < SHORT else to_simplified(text)
    if len(simplified) != len(text):  # an OpenCC phrase of another length: per character
        simplified = "".join(map(_t2s_char, text))
    return fold(simplified)


def view_again(text: str, before: str, before_view: str) -> str:
    """The view of ``text``, cut from ``before`` (whose view is ``before_view``): the
    lines it kept as they were seen, only the others viewed anew. (An OpenCC phrase never
    spans a line break, so a line's view does not depend on the lines around it.)

    >>> view_again("編輯", "編輯\\n東", "编辑\\n东")
    '编辑'
    """
    seen = dict(zip(before.split("\n"), before_view.split("\n"), strict=True))
    return "\n".join([seen[line] if line in seen else view(line) for line in text.split("\n")])


def fold(text: str) -> str:
    """``text`` with each character NFKC-folded and lower-cased (where that gives one
    character): a table lookup over the code points in numpy, some fifty times faster
    than ``str.translate`` with a dict.

    >>> fold("ＡＢＣ：１２"), fold("Ｆ𠀀" * 40) == "f𠀀" * 40  # the second one in numpy
    ('abc:12', True)
    """
    if text.isascii():
        return text.lower()
    if len(text) < SHORT:
        return text.translate(_fold_table())
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    table = _fold_array()
    if codes.max() <= 0xFFFF:
        folded = table[codes]
    else:  # beyond the BMP: as it is
        folded = np.where(codes > 0xFFFF, codes, table[np.minimum(codes, 0xFFFF)])
    return folded.tobytes().decode("utf-32-le", "surrogatepass")


@cache
def _t2s_char(char: str) -> str:
    converted = t2s(char)
    return converted if len(converted) == 1 else char


SHORT = 64
"""Below this length, a dict lookup per character beats numpy's fixed cost per call."""


@cache
def _fold_array() -> np.ndarray:
    """:func:`_fold_table` as an array over the BMP: each code point's folded one."""
    array = np.arange(0x10000, dtype="<u4")
    for code, folded in _fold_table().items():
        array[code] = ord(folded)
    array.setflags(write=False)
    return array


@cache
def _fold_table() -> dict[int, str]:
    """Each BMP character whose NFKC form, lower-cased, is one other character: that one.
    (Characters that NFKC expands, such as ``…`` to ``...``, stay as they are.) Derived
    once per Unicode version and kept in the user's cache (:mod:`textclean.cache`): it
    normalises 63,000 characters one by one."""
    from textclean.cache import cached, file_stamp

    key = (unicodedata.unidata_version, file_stamp(__file__))
    return cached("view-fold-table", key, _derive_fold_table)


def _derive_fold_table() -> dict[int, str]:
    table = {}
    for code in range(0x10000):
        if 0xD800 <= code < 0xE000:
            continue
        char = chr(code)
        folded = unicodedata.normalize("NFKC", char).lower()
        if folded != char and len(folded) == 1:
            table[code] = folded
    return table
