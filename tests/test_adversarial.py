"""Inputs built to make regular expressions backtrack: each must be cleaned correctly.

The sizes are such that a quadratic rule would take minutes (and be noticed), while
the linear rules take milliseconds. Nothing here times anything.
"""

from __future__ import annotations

import pytest

from textclean import clean, replay

N = 200_000

CASES = {
    "long run of spaces inside a line": (" " * N + "新", "新"),
    "long run of newlines before text": ("\n" * N + "新", "新"),
    "long run of ideographic spaces": ("\u3000" * N + "新", "新"),
    "many comment openings": ("<!--x" * (N // 5), ""),
    "many unclosed script tags": ("<script>" * (N // 8), "<script>" * (N // 8)),
    "one unclosed script then text": ("<script>" + "a<b" * (N // 3), "<script>" + "a<b" * (N // 3)),
    "unclosed tag with many attributes": (
        "<p " + "a=b " * (N // 4),
        "<p " + "a=b " * (N // 4 - 1) + "a=b",
    ),
    "many tag openings": ("<p" * (N // 2), "<p" * (N // 2)),
}


@pytest.mark.parametrize(("text", "expected"), CASES.values(), ids=CASES.keys())
def test_adversarial_input_is_cleaned(text, expected):
    result = clean(text)
    assert result.text == expected
    assert replay(text, result.edits) == result.text
