"""Latin-script mojibake, repaired as ftfy repairs it.

Chinese news quotes names, titles and whole paragraphs in other languages, and those get
garbled too: ``DivisÃ£o`` is UTF-8 Portuguese read as Latin-1, ``Anto≈Üina`` Latvian
read as Mac Roman. ftfy knows these kinds far better than a scorer built for Chinese,
and is careful about text that merely looks odd. So a line that still looks bad to
ftfy after the Chinese kinds were tried is given to ``ftfy.fix_encoding``; its answer is
taken when it puts in no Chinese character (Chinese is the Chinese kinds' business, and
their scorer decides it). Each change is an edit whose reason names ftfy's plan.

>>> text, edits = repair_latin("Campeonatos > III DivisÃ£o - SÃ©rie F")
>>> text
'Campeonatos > III Divisão - Série F'
>>> edits[0].reason, edits[0].before, edits[0].after
('utf-8 read as latin-1 (ftfy)', 'Ã£', 'ã')
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from textclean.document import Edit
from textclean.encoding.charsets import is_cjk

STEP = "encoding"

_LATIN = re.compile("[\x80-\u04ff]")
"""What a single-byte reading of UTF-8 always shows (``Ã``, ``â``, ``Ð``, ``Ü``, ``ƒ``): a
line without such a character is not given to ftfy, whose check is far slower."""


def repair_latin(line: str) -> tuple[str, list[Edit]]:
    """``line`` with ftfy's encoding fix, if ftfy finds one that puts in no Chinese.

    The edits are relative to ``line`` and apply in order (each ``start`` counts the
    earlier edits). A line ftfy does not find bad is returned as it is, cheaply.

    >>> repair_latin("鏂伴椈 news")
    ('鏂伴椈 news', [])
    """
    if not _LATIN.search(line):
        return line, []
    from ftfy import fix_encoding_and_explain  # imported when needed: it takes ~0.07 s
    from ftfy.badness import is_bad

    if not is_bad(line):
        return line, []
    fixed, plan = fix_encoding_and_explain(line)
    if fixed == line or _cjk(fixed) > _cjk(line):
        return line, []
    reason = _reason(plan)
    edits = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, line, fixed, autojunk=False).get_opcodes():
        if tag != "equal":
            # earlier edits are applied: the text before this one is already fixed[:j1]
            edits.append(Edit(STEP, reason, line[i1:i2], fixed[j1:j2], j1))
    return fixed, edits


def _cjk(text: str) -> int:
    return sum(1 for char in text if is_cjk(char))


def _reason(plan: list[tuple[str, str]]) -> str:
    """The edit reason for ftfy's plan: ``"utf-8 read as latin-1 (ftfy)"`` for an encode
    and a decode, else the plan's steps by name.

    >>> _reason([("encode", "sloppy-windows-1252"), ("decode", "utf-8")])
    'utf-8 read as sloppy-windows-1252 (ftfy)'
    >>> _reason([("apply", "decode_inconsistent_utf8")])
    'decode_inconsistent_utf8 (ftfy)'
    """
    encoded = [name for action, name in plan if action == "encode"]
    decoded = [name for action, name in plan if action == "decode"]
    if len(encoded) == 1 and len(decoded) == 1 and len(plan) == 2:
        return f"{decoded[0]} read as {encoded[0]} (ftfy)"
    return ", ".join(name for _, name in plan) + " (ftfy)"
