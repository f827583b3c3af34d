"""Layout: how the text sits on the page, not what it says.

- :mod:`~textclean.layout.whitespace`: line endings, invisible characters, odd spaces,
  trailing space, indentation, blank-line runs (the *characters* and *whitespace* steps);
- :mod:`~textclean.layout.width`: full-width letters and digits, punctuation style
  between Chinese characters (the *width* step);
- :mod:`~textclean.layout.paragraphs`: sentences cut by e-paper column and page breaks
  joined again, continuation marks such as ``(上接一版)`` (the *paragraphs* step).
"""

from textclean.layout.whitespace import (
    CHARACTERS_STEP,
    INVISIBLE,
    LINE_BREAKS,
    ODD_SPACE,
    PADDING,
    WHITESPACE_STEP,
    character_rules,
    normalize_whitespace,
    run_characters,
    run_whitespace,
    whitespace_rules,
)

__all__ = [
    "CHARACTERS_STEP",
    "INVISIBLE",
    "LINE_BREAKS",
    "ODD_SPACE",
    "PADDING",
    "WHITESPACE_STEP",
    "character_rules",
    "normalize_whitespace",
    "run_characters",
    "run_whitespace",
    "whitespace_rules",
]
