"""Spam lines: SEO spam headers and keyword-stuffed lines, by lexicon and shape.

The lexicon (``data/spam.toml``) has *strong* terms (spam wherever they stand: 无码,
百家乐) and *weak* ones (ordinary words spam leans on: 免费看, 国产). A word alone proves
nothing (news reports gambling cases), so a line is spam only when it has a strong term
and the shape of spam:

- an SEO header: at least three segments joined by ``_``, ``|``, ``-`` or spaces, no
  sentence end, and lexicon terms in most segments; or
- keyword stuffing: at least two strong terms, and terms cover half the line; or
- an advert: at least two strong terms and a contact hook (加微信, 邀请码, 进群).

A line with a word of reporting (警方, 查处, 涉嫌) is news about spam, never spam.

>>> spam_verdict(view("日韩无码视频免费看_亚洲综合色一区二区三区_国产成人久久AV免费看国语版"))
'SEO spam header (13 spam terms)'
>>> spam_verdict(view("警方捣毁网络赌场 抓获百家乐赌博团伙")) is None
True
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from textclean.boilerplate.terms import term_pattern
from textclean.boilerplate.view import view
from textclean.resources import load_toml
from textclean.wordscan import WordScan

SEO_SEGMENTS = 3
"""The fewest segments of an SEO spam header."""
STUFFED_COVERAGE = 0.5
"""The share of a line that lexicon terms cover in a keyword-stuffed line."""

_SEGMENT_SEPARATORS = re.compile(r"[_|｜\-—/·、,\s]+")
_SENTENCE_END = re.compile("[。!?;]")


class Lexicon(NamedTuple):
    """The spam terms, compiled: one alternation each, longest terms first."""

    strong: re.Pattern[str]
    any_term: re.Pattern[str]
    reporting: re.Pattern[str]
    hooks: re.Pattern[str]
    strong_terms: tuple[str, ...]


@cache
def lexicon() -> Lexicon:
    """The shipped lexicon (terms passed through the view, so either script matches)."""
    table = load_toml("spam.toml")
    strong = {view(term) for term in table["strong"]}
    weak = {view(term) for term in table["weak"]} - strong
    reporting = {view(term) for term in table["reporting"]}
    return Lexicon(
        term_pattern(strong),
        term_pattern(strong | weak),
        term_pattern(reporting),
        term_pattern({view(term) for term in table["hooks"]}),
        tuple(sorted(strong)),
    )


def may_hold_spam(text_view: str) -> bool:
    """Does the view of a text hold a strong term at all? (One pass for all the terms
    instead of one look a line, as most texts hold none.)"""
    return _strong_terms().first_in(text_view) is not None


@cache
def _strong_terms() -> WordScan[bool]:
    return WordScan(dict.fromkeys(lexicon().strong_terms, True))


def spam_verdict(line_view: str) -> str | None:
    """Why the line (its :func:`~textclean.boilerplate.view.view`) is spam, or ``None``."""
    terms = lexicon()
    if terms.strong.search(line_view) is None or terms.reporting.search(line_view):
        return None
    hits = terms.any_term.findall(line_view)
    segments = [part for part in _SEGMENT_SEPARATORS.split(line_view) if part]
    if len(segments) >= SEO_SEGMENTS and not _SENTENCE_END.search(line_view):
        spammy = sum(1 for part in segments if terms.any_term.search(part))
        if spammy * 2 > len(segments):
            return f"SEO spam header ({len(hits)} spam terms)"
    covered = sum(map(len, hits))
    letters = len(line_view) - len(re.findall(r"\s", line_view))
    strong = len(terms.strong.findall(line_view))
    if strong >= 2 and covered >= STUFFED_COVERAGE * letters:
        return f"keyword-stuffed line ({len(hits)} spam terms)"
    if strong >= 2 and terms.hooks.search(line_view):
        return f"spam advert with a contact hook ({len(hits)} spam terms)"
    return None
