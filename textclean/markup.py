"""Leftover HTML in scraped text: tags, comments, comment fragments and entities.

Scrapers that strip HTML badly leave ``</p>``, ``<br/>``, whole ``<!-- ... -->`` comments,
the tail of a CMS comment such as ``/enpproperty-->`` (seed 000) and entities such as
``&nbsp;``. Only known HTML element names count as tags, so Chinese text that uses
angle brackets (``<人民日报>``) is left alone.

>>> strip_markup("商水新闻</p><p>第二段 /enpproperty-->")
'商水新闻\\n\\n第二段 '
>>> strip_markup("<人民日报>报道,a<b 且 c>d")
'<人民日报>报道,a<b 且 c>d'
"""

from __future__ import annotations

import html
import re
from functools import cache

from textclean.config import CleanConfig
from textclean.layout import INVISIBLE, LINE_BREAKS
from textclean.resources import load_toml
from textclean.rewrite import Rule, contains_any, rewrite_until_stable
from textclean.steps import Step, StepOutput

STEP_NAME = "markup"


@cache
def markup_rules() -> tuple[Rule, ...]:
    """The rules of the markup step, in the order they run."""
    elements = load_toml("markup.toml")
    block = "|".join(sorted(elements["block"], key=len, reverse=True))
    inline = "|".join(sorted(elements["inline"], key=len, reverse=True))
    # attribute syntax proper (name, optional quoted or bare value), so that text such as
    # "a<b 且 c>d" is not taken for a <b> tag
    attribute = (
        r"""\s+[A-Za-z_:][-A-Za-z0-9_:.]*"""
        r"""(?:\s*=\s*(?:"[^"<>]{0,1000}"|'[^'<>]{0,1000}'|[^\s"'<>=`]{1,1000}))?"""
    )
    attributes = rf"(?:{attribute}){{0,50}}\s*/?"
    return (
        Rule(
            "script-or-style",
            # the body stops at the next <script (or <style): an unclosed block costs one
            # scan, not one scan per opening tag
            re.compile(
                r"<(script|style)\b[^<>]{0,1000}>(?:[^<]|<(?!/?(?:script|style)\b)){0,100000}"
                r"</\1\s*>",
                re.IGNORECASE,
            ),
            "",
            "HTML script or style block",
            contains_any("<"),
        ),
        Rule(
            "comment",
            # likewise the body stops at the next "<!--"
            re.compile(r"<!--(?:[^<-]|<(?!!--)|-(?!->)){0,10000}-->"),
            "",
            "HTML comment",
            contains_any("<!--"),
        ),
        Rule(
            "comment-end-fragment",
            # an ASCII token standing alone ("... /enpproperty-->"), so that an arrow in
            # text ("Beijing-->Shanghai", "见A版-->下一页") is never taken for one
            re.compile(r"(?<![A-Za-z0-9_:./-])/?[A-Za-z][A-Za-z0-9_:./-]{0,200}-->(?!\S)"),
            "",
            "end of an HTML comment left by the CMS",
            contains_any("-->"),
        ),
        Rule(
            "comment-start-fragment",
            re.compile(r"<!--[!-;=?-~]{0,200}"),  # with the ASCII token it opens (no < or >)
            "",
            "start of an HTML comment left by the CMS",
            contains_any("<!--"),
        ),
        Rule(
            "block-tag",
            re.compile(rf"</?(?:{block})\b{attributes}>", re.IGNORECASE),
            "\n",
            lambda m: f"HTML tag {_tag_name(m.group())} (paragraph break kept)",
            contains_any("<"),
        ),
        Rule(
            "inline-tag",
            re.compile(rf"</?(?:{inline})\b{attributes}>", re.IGNORECASE),
            "",
            lambda m: f"HTML tag {_tag_name(m.group())}",
            contains_any("<"),
        ),
        Rule(
            "entity-crlf",  # one line break, as a raw CRLF is, not two
            re.compile(r"&#(?:0*13|[xX]0*[dD]);&#(?:0*10|[xX]0*[aA]);"),
            "\n",
            lambda m: f"HTML entities {m.group()} (a line break)",
            contains_any("&#"),
        ),
        Rule(
            "entity",
            re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"),
            _entity_replacement,
            _entity_reason,
            contains_any("&"),
        ),
    )


def _entity_replacement(match: re.Match[str]) -> str:
    """The character an entity stands for; nothing for an invisible one and ``\\n`` for a
    line break (the characters step has run already: markup must not bring them back)."""
    char = html.unescape(match.group())
    if re.fullmatch(LINE_BREAKS, char):
        return "\n"
    return "" if re.fullmatch(INVISIBLE, char) else char


def _entity_reason(match: re.Match[str]) -> str:
    invisible = _entity_replacement(match) == ""
    return f"HTML entity {match.group()}" + (" (an invisible character)" if invisible else "")


def _tag_name(tag: str) -> str:
    name = re.match(r"</?\s*([A-Za-z0-9]+)", tag)
    return f"<{name.group(1).lower()}>" if name else tag


def strip_markup(text: str) -> str:
    """``text`` without leftover HTML (the pure form of the markup step)."""
    return rewrite_until_stable(text, markup_rules(), STEP_NAME)[0]


def run_markup(text: str, config: CleanConfig) -> StepOutput:
    """The markup step: :func:`strip_markup` with an edit for every removal."""
    return StepOutput(*rewrite_until_stable(text, markup_rules(), STEP_NAME))


MARKUP_STEP = Step(STEP_NAME, run_markup, enabled=lambda config: config.strip_markup)
