"""Whitespace and invisible characters that scraping leaves behind.

Two steps. *characters* runs first of all: every line ending becomes ``\\n``, control
and zero-width characters go. *whitespace* runs after markup: odd spaces (NBSP,
en/em/thin spaces) become a plain space, lines lose trailing whitespace (and, by
default, their indentation), and at most ``max_blank_lines`` blank lines stay between
paragraphs. The ideographic space U+3000 inside a line is Chinese typography: kept.

>>> normalize_whitespace("  新闻\\u00a0标题  \\r\\n\\r\\n\\r\\n正文\\u200b。\\n")
'新闻 标题\\n\\n正文。'
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from textclean.config import CleanConfig
from textclean.rewrite import Rule, contains_any, rewrite
from textclean.steps import Step, StepOutput

CHARACTERS = "characters"
WHITESPACE = "whitespace"

PADDING = " \t\u3000"
"""Spaces that may pad a line once odd spaces are folded (the whitespace step trims them)."""
_HORIZONTAL = f"[{PADDING}]"
_PADDED_LINE_END = contains_any(*(f"{space}\n" for space in PADDING))
_PADDED_LINE_START = contains_any(*(f"\n{space}" for space in PADDING))
FINAL_LINE_BREAKS = "line breaks at the end"
"""The reason of the edit that removes the line breaks that end a text."""


def _codepoint(match: re.Match[str]) -> str:
    char = match.group()[0]
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" {name}" if name else "")


LINE_BREAKS = "\r\n?|[\x0b\x0c\x85\u2028\u2029]"
"""Every way a line can end besides ``\\n``: CRLF, CR, VT, FF, NEL, LS, PS."""

ODD_SPACE = "[\u00a0\u1680\u2000-\u200a\u202f\u205f]"
"""Spaces the whitespace step folds to a plain space."""

INVISIBLE = "[\x00-\x08\x0e-\x1f\x7f\u200b\u2060\ufeff]"
"""Control characters (bar tab and line breaks) and zero-width characters."""


@cache
def character_rules() -> tuple[Rule, ...]:
    """The rules of the characters step: line breaks unified, invisible characters removed.

    It runs before the markup step, so that ``<\u200bp>`` is seen as the tag it is.
    Runs of one character make one edit: ``"\x00\x00"`` is one change, not two.
    """
    return (
        Rule(
            "line-ending",
            re.compile(LINE_BREAKS),
            "\n",
            "line ending unified to \\n",
            contains_any("\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029"),
        ),
        Rule(
            "invisible",
            re.compile(f"({INVISIBLE})\\1*"),
            "",
            lambda m: f"invisible character {_codepoint(m)}",
        ),
    )


@cache
def whitespace_rules(strip_indent: bool, max_blank_lines: int) -> tuple[Rule, ...]:
    """The rules of the whitespace step for these options, in the order they run.

    Odd spaces are folded first, then lines are trimmed, then blank-line runs shortened,
    so that one pass leaves nothing for a second pass to do.
    """
    rules = [
        Rule(
            "odd-space",
            re.compile(f"({ODD_SPACE})\\1*"),
            lambda m: " " * len(m.group()),
            lambda m: f"odd space {_codepoint(m)}",
        ),
        # the look-behinds make a match start only where a run starts: without them a long
        # run of spaces inside a line is scanned once per space (quadratic time)
        Rule(
            "trailing",
            re.compile(f"(?<!{_HORIZONTAL}){_HORIZONTAL}+$", re.MULTILINE),
            "",
            "trailing whitespace",
            lambda text: text[-1:] in PADDING or _PADDED_LINE_END(text),
        ),
    ]
    if strip_indent:
        rules.append(
            Rule(
                "indent",
                re.compile(f"^{_HORIZONTAL}+", re.MULTILINE),
                "",
                "indentation",
                lambda text: text[:1] in PADDING or _PADDED_LINE_START(text),
            )
        )
    rules += [
        Rule(
            "blank-lines",
            re.compile(f"\n{{{max_blank_lines + 2},}}"),
            "\n" * (max_blank_lines + 1),
            f"more than {max_blank_lines} blank line(s) in a row",
            contains_any("\n" * (max_blank_lines + 2)),
        ),
        Rule(
            "leading-blank",
            re.compile(r"\A\n+"),
            "",
            "blank lines at the start",
            lambda text: text.startswith("\n"),
        ),
        Rule(
            "trailing-blank",
            re.compile(r"(?<!\n)\n+\Z"),
            "",
            FINAL_LINE_BREAKS,
            lambda text: text.endswith("\n"),
        ),
    ]
    return tuple(rules)


def normalize_whitespace(text: str, *, strip_indent: bool = True, max_blank_lines: int = 1) -> str:
    """``text`` with invisible characters and whitespace normalised (the pure form of the
    characters step and the whitespace step together)."""
    rules = character_rules() + whitespace_rules(strip_indent, max_blank_lines)
    return rewrite(text, rules, WHITESPACE)[0]


def run_characters(text: str, config: CleanConfig) -> StepOutput:
    """The characters step: line breaks unified, invisible characters removed."""
    return StepOutput(*rewrite(text, character_rules(), CHARACTERS))


def run_whitespace(text: str, config: CleanConfig) -> StepOutput:
    """The whitespace step: odd spaces, trailing space, indentation, blank-line runs."""
    rules = whitespace_rules(config.strip_indent, config.max_blank_lines)
    return StepOutput(*rewrite(text, rules, WHITESPACE))


CHARACTERS_STEP = Step(
    CHARACTERS, run_characters, enabled=lambda config: config.normalize_whitespace, by_line=True
)
WHITESPACE_STEP = Step(
    WHITESPACE, run_whitespace, enabled=lambda config: config.normalize_whitespace
)
