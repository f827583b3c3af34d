"""Layout: whitespace that scraping leaves behind.

Line endings become ``\\n``; odd spaces (NBSP, en/em/thin spaces) become a plain space;
zero-width and control characters go; lines lose trailing whitespace (and, by default,
their indentation); at most ``max_blank_lines`` blank lines stay between paragraphs.
The ideographic space U+3000 inside a line is real Chinese typography and is kept.

>>> normalize_whitespace("  新闻\\u00a0标题  \\r\\n\\r\\n\\r\\n正文\\u200b。\\n")
'新闻 标题\\n\\n正文。'
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from textclean.config import CleanConfig
from textclean.rewrite import Rule, rewrite
from textclean.steps import Step, StepOutput

STEP_NAME = "whitespace"

_HORIZONTAL = "[ \\t\\u3000]"  # spaces that may pad a line once odd spaces are folded


def _codepoint(match: re.Match[str]) -> str:
    char = match.group()[0]
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" {name}" if name else "")


@cache
def whitespace_rules(strip_indent: bool, max_blank_lines: int) -> tuple[Rule, ...]:
    """The rules of the whitespace step for these options, in the order they run.

    Character-level rules come first, then line-level ones, then blank-line runs, so
    that one pass leaves nothing for a second pass to do.
    """
    rules = [
        Rule(
            "line-ending",
            re.compile("\r\n?|[\u0085\u2028\u2029]"),
            "\n",
            "line ending unified to \\n",
        ),
        # runs of one character make one edit: "\xa0\xa0" is one change, not two
        Rule(
            "control-character",
            re.compile("([\x00-\x08\x0b\x0c\x0e-\x1f\x7f])\\1*"),
            "",
            lambda m: f"control character {_codepoint(m)}",
        ),
        Rule(
            "zero-width",
            re.compile("([\u200b\u2060\ufeff])\\1*"),
            "",
            lambda m: f"zero-width character {_codepoint(m)}",
        ),
        Rule(
            "odd-space",
            re.compile("([\u00a0\u1680\u2000-\u200a\u202f\u205f])\\1*"),
            lambda m: " " * len(m.group()),
            lambda m: f"odd space {_codepoint(m)}",
        ),
        Rule("trailing", re.compile(f"{_HORIZONTAL}+$", re.MULTILINE), "", "trailing whitespace"),
    ]
    if strip_indent:
        rules.append(
            Rule("indent", re.compile(f"^{_HORIZONTAL}+", re.MULTILINE), "", "indentation")
        )
    rules += [
        Rule(
            "blank-lines",
            re.compile(f"\n{{{max_blank_lines + 2},}}"),
            "\n" * (max_blank_lines + 1),
            f"more than {max_blank_lines} blank line(s) in a row",
        ),
        Rule("leading-blank", re.compile(r"\A\n+"), "", "blank lines at the start"),
        Rule("trailing-blank", re.compile(r"\n+\Z"), "", "line breaks at the end"),
    ]
    return tuple(rules)


def normalize_whitespace(text: str, *, strip_indent: bool = True, max_blank_lines: int = 1) -> str:
    """``text`` with its whitespace normalised (the pure form of the whitespace step)."""
    return rewrite(text, whitespace_rules(strip_indent, max_blank_lines), STEP_NAME)[0]


def run_whitespace(text: str, config: CleanConfig) -> StepOutput:
    """The whitespace step: :func:`normalize_whitespace` with an edit for every change."""
    rules = whitespace_rules(config.strip_indent, config.max_blank_lines)
    return StepOutput(*rewrite(text, rules, STEP_NAME))


WHITESPACE_STEP = Step(
    STEP_NAME, run_whitespace, enabled=lambda config: config.normalize_whitespace
)
