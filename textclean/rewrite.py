"""Regex rules that rewrite text and log every change as an :class:`~textclean.document.Edit`.

A :class:`Rule` is a named, pure rewrite (``rule.apply(text) -> str``); :func:`rewrite`
runs several rules and returns the new text with the edit log that explains it. Steps
built from rules get exact provenance for free.

>>> rule = Rule("nbsp", re.compile("\\u00a0"), " ", "odd space (U+00A0)")
>>> text, edits = rewrite("新\\u00a0闻", [rule], step="whitespace")
>>> text, edits[0].reason, edits[0].start
('新 闻', 'odd space (U+00A0)', 1)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from textclean.document import Edit

Replacement = str | Callable[[re.Match[str]], str]
Reason = str | Callable[[re.Match[str]], str]


@dataclass(frozen=True)
class Rule:
    """Replace every match of ``pattern`` by ``replacement``, because ``reason``.

    ``replacement`` and ``reason`` are strings (taken literally, no backreferences) or
    functions of the match. A match whose replacement equals it is not a change.
    ``precheck``, when given, is a cheap test that the pattern may match at all (such as
    ``"-->" in text``): a text that fails it is not scanned. Most texts are clean, and
    a substring test in C is many times faster than a regex scan that cannot skip ahead.
    """

    name: str
    pattern: re.Pattern[str]
    replacement: Replacement
    reason: Reason
    precheck: Callable[[str], bool] | None = None

    def may_match(self, text: str) -> bool:
        return self.precheck is None or self.precheck(text)

    def replacement_for(self, match: re.Match[str]) -> str:
        r = self.replacement
        return r if isinstance(r, str) else r(match)

    def reason_for(self, match: re.Match[str]) -> str:
        r = self.reason
        return r if isinstance(r, str) else r(match)

    def apply(self, text: str) -> str:
        """The rewritten text, without the edit log."""
        return self.pattern.sub(self.replacement_for, text) if self.may_match(text) else text


def rewrite(text: str, rules: Sequence[Rule], step: str) -> tuple[str, list[Edit]]:
    """Apply ``rules`` one after another; return the text and the edits, in order.

    Each edit's ``start`` is its offset in the text as it stood just before it, so
    :func:`textclean.document.replay` reproduces the result exactly.
    """
    edits: list[Edit] = []
    for rule in rules:
        if not rule.may_match(text):
            continue
        pieces: list[str] = []
        position = 0
        shift = 0  # how much longer the rewritten text is, so far, than the original
        for match in rule.pattern.finditer(text):
            before = match.group()
            after = rule.replacement_for(match)
            if after == before:
                continue
            start, end = match.span()
            pieces.append(text[position:start])
            pieces.append(after)
            position = end
            edits.append(Edit(step, rule.reason_for(match), before, after, start + shift))
            shift += len(after) - len(before)
        if pieces:
            pieces.append(text[position:])
            text = "".join(pieces)
    return text, edits


def rewrite_until_stable(
    text: str, rules: Sequence[Rule], step: str, max_passes: int = 8
) -> tuple[str, list[Edit]]:
    """Like :func:`rewrite`, repeated while it still changes something (a removal can
    reveal a new match, e.g. ``<<b>p>``), at most ``max_passes`` times.

    >>> tag = Rule("b", re.compile("<b>"), "", "HTML tag")
    >>> rewrite_until_stable("<<b>b>x", [tag], step="markup")[0]
    'x'
    """
    edits: list[Edit] = []
    for _ in range(max_passes):
        text, new_edits = rewrite(text, rules, step)
        if not new_edits:
            break
        edits.extend(new_edits)
    return text, edits


def contains_any(*needles: str) -> Callable[[str], bool]:
    """A precheck: does the text contain any of ``needles``?

    >>> contains_any("\\r", "\\f")("a\\r\\nb")
    True
    """
    if len(needles) == 1:
        (needle,) = needles
        return lambda text: needle in text

    def holds_any(text: str) -> bool:
        for needle in needles:  # noqa: SIM110 - a generator per call costs more than the look
            if needle in text:
                return True
        return False

    return holds_any
