"""Inline furniture: credits, captions and tails glued into a paragraph.

Crawlers often store a page as one long line, so a photo credit, a caption, the agency
tag or the related-news tail sits inside the article's text (``…意見相左。 （路透）``,
``▲雲林土庫國中。（圖／土庫國中官網）``, ``…做好防控。【编辑:王五】``). No line rule can
cut them without cutting the paragraph. This pass finds such *pieces* by their shape,
each with its evidence, and cuts exactly them:

- ``photo-credit``: a bracket that credits a picture or names an agency, a source, an
  editor or an author: ``（圖／土庫國中官網）``, ``（路透）``, ``（记者梅常伟）``,
  ``（作者为本报安徽分社记者）``, ``【责任编辑:焦鹏】``, ``【纠错】``;
- ``caption``: a caption marked ``▲`` or ``▼`` up to the credit that closes it;
- ``original-title``: ``原标题:…`` glued before the article's dateline;
- ``reprint-note``: an opening sentence that says where the text was taken from
  (``本文来自微信公众号…，36氪经授权发布。``);
- ``address`` and ``code``: a tracking address glued at the start of a line, script
  code at its end;
- ``related-tail``: ``【其他新聞】…`` or ``►…`` promos after the last sentence of a line.

Each is matched in the line's :func:`~textclean.boilerplate.view.view`, so either script
and width match. Cutting a piece never makes another (the pass is idempotent).

>>> [(p.label.split(":")[0], p.text) for p in inline_pieces("南韓總統文在寅。 （歐新社）首爾電")]
[('byline/inline-photo-credit', ' （歐新社）')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from textclean.boilerplate.structure import credit_kind, is_credit, signal_label
from textclean.boilerplate.view import view

CATEGORY = "inline"
BRACKET_MAX = 40
"""The longest bracketed credit (in characters, brackets included)."""

_AGENCIES = (
    "路透|路透社|法新社|美联社|欧新社|中央社|新华社|共同社|韩联社|彭博|达志|达志影像|ap|afp|reuters|epa|"
    "美联|法新|中新社|中通社"
)
_CREDIT_OPENERS = (
    r"图|图片|照片|图源|图据|图片来源|资料来源|数据来源|图表来源|来源|稿源|摘自|photo|翻摄|摄影|"
    r"封面图|封面|题图|头图|配图|"
    r"示意图|资料照|资料图|编辑|责任编辑|责编|编译|作者|本文作者|记者|实习记者|特约记者|通讯员"
)
_BRACKET = re.compile(r"([(\[【])([^()\[\]【】\n]{1,38})([)\]】])")
"""A short bracket (the spaces before it go with it: see :func:`_brackets`)."""
_CREDIT_CONTENT = re.compile(
    rf"^\s*(?:(?:{_CREDIT_OPENERS})\s*[/:|丨]|(?:{_AGENCIES})\s*(?:社)?\s*$|完\s*$|纠错\s*$|"
    r"作者(?:为|系|是)|详细|全文|更多)"
)
_CREDIT_ENDING = re.compile(r"(?:摄|翻摄|供图|提供|摄影|图)\s*$")
CAPTION_MARKS = "▲▼△▽"
"""The marks a site puts before a photo's caption (``▲雲林土庫國中。``, ``▼（圖／東森新聞）``)."""
_CAPTION = re.compile(f"[{CAPTION_MARKS}][^{CAPTION_MARKS}\n。!?]{{0,120}}[。!?]?\\s*")
_GAP = r"[ \t\u3000]+"
_PHOTO_CREDIT = re.compile(
    rf"(?<=[。!?\s])[ \t\u3000]*(?:"
    rf"(?:[\u4e00-\u9fff]{{0,8}}?记者|通讯员|摄影)(?:{_GAP}[\u4e00-\u9fff]{{2,4}}){{1,4}}{_GAP}摄(?![于影])"
    r"|图据《[^》\n]{1,20}》)"
)
"""A picture's credit with no bracket, after a caption's sentence: ``新华社记者 鞠鹏 摄``
(the spaces around the names say it is a credit, not a sentence), ``图据《泰晤士报》``."""
_ORIGINAL_TITLE = re.compile(
    r"^[ \t\u3000,]*[\[【(]?原标题[\]】)]?\s*:[^\n。]{2,60}?"
    r"(?=新华社|中新网|中新社|本报讯|央视网消息|(?<![数证依根占])据|记者|"
    r"[\u4e00-\u9fff]{2,6}(?:网|社|报|电视台)\d{1,2}月\d{1,2}日)"
)
"""``原标题:…`` at the start of a line, up to where the article's lead starts (a
dateline, an outlet and a date, ``据…``): without a lead, the title's end is unknown."""
_DATELINE = re.compile(r"报道|报导|\d日电")
_DATE_CODE = re.compile(r"[ \t]*\d{7,8}[ \t]*$")
"""A wire's date code after its end credit, closing the line: ``（編輯：蘇志宗）1081021``
(year 108 of the Republic of China, October 21)."""
_REPORTER = re.compile(r"\s*(?:本报|本台)?(?:记者|通讯员|实习记者|特约记者)")
_DATELINE_END = re.compile(r"(?:电|讯|快讯|消息|报道|报导)\s*$")
_REPRINT_NOTE = re.compile(
    r"^[ \t\u3000]*(?:编者按\s*:\s*)?本文(?:来自|转载自|转自|经授权转载自|首发于)[^。\n]{2,120}。"
)
_LEADING_ADDRESS = re.compile(r"^[ \t\u3000]*https?://[^\s\u3000-\u9fff]+[ \t\u3000]*(?=[^\s])")
_TRAILING_CODE = re.compile(r"[ \t\u3000]*(?:\$\(|document\.|window\.)[^\u4e00-\u9fff\n]*$")
_RELATED_TAIL = re.compile(
    r"(?<=[。!?\u3000 ])[ \t\u3000]*"
    r"(?:【(?:其他|更多|相关|延伸|推荐|热门)[^】]{0,6}(?:新闻|阅读|报道|报导)】|►)[^\n]*$"
)


class Piece(NamedTuple):
    """One piece of furniture inside a line: ``[start, end)`` in the text, and why."""

    start: int
    end: int
    label: str
    text: str


def inline_pieces(
    text: str,
    text_view: str | None = None,
    known: dict[str, list[tuple[int, int, str, str]]] | None = None,
) -> list[Piece]:
    """The inline furniture of ``text`` (whose view the caller may have made already),
    in order, not overlapping; ``known`` keeps each line's pieces for the next call."""
    text_view = view(text) if text_view is None else text_view
    known = {} if known is None else known
    found: list[Piece] = []
    offset = 0
    for line, line_view in zip(text.split("\n"), text_view.split("\n"), strict=True):
        spans = known.get(line_view)
        if spans is None:
            spans = known[line_view] = list(_pieces_of(line_view))
        for start, end, name, why in spans:
            kind = _kind(name, line_view[start:end])
            label = signal_label(CATEGORY, kind, name, why)
            found.append(Piece(offset + start, offset + end, label, line[start:end]))
        offset += len(line) + 1
    return found


def _pieces_of(line_view: str) -> Iterator[tuple[int, int, str, str]]:
    spans: list[tuple[int, int, str, str]] = []
    if (match := _ORIGINAL_TITLE.match(line_view)) is not None:
        spans.append((*match.span(), "original-title", "original title glued before the dateline"))
    if (match := _REPRINT_NOTE.match(line_view)) is not None:
        spans.append(
            (*match.span(), "reprint-note", "a sentence saying where the text was taken from")
        )
    if (match := _LEADING_ADDRESS.match(line_view)) is not None:
        spans.append((*match.span(), "address", "an address glued before the text"))
    # each search below only where the characters it needs stand (a look in C is many
    # times faster than a search that must try each place a leading space may start)
    if (
        ("$(" in line_view or "document." in line_view or "window." in line_view)
        and (match := _TRAILING_CODE.search(line_view)) is not None
        and match.start() > 0
    ):
        spans.append((*match.span(), "code", "script code glued after the text"))
    if ("【" in line_view or "►" in line_view) and (
        match := _RELATED_TAIL.search(line_view)
    ) is not None:
        spans.append((*match.span(), "related-tail", "related headlines or promos after the text"))
    if "不代表" in line_view and (match := _DISCLAIMER.search(line_view)) is not None:
        spans.append((*match.span(), "disclaimer", "a site's disclaimer after the text"))
    if "★" in line_view:
        for match in _STAR_PROMO.finditer(line_view):
            spans.append((*match.span(), "promo", "a ★ promo with its bracketed label"))
    credits = _PHOTO_CREDIT.finditer(line_view) if "摄" in line_view or "图据" in line_view else ()
    for match in credits:
        start, end = match.span()
        caption = _caption_before(line_view, start)
        if caption is not None:
            spans.append((caption, end, "caption", "a marked caption and its picture credit"))
        else:
            spans.append((start, end, "photo-credit", "a picture credit after a caption"))
    for match, start in _brackets(line_view):
        content = match.group(2)
        if not _is_credit_bracket(content):
            continue
        end = match.end()
        if _DATELINE_END.search(line_view, 0, start) or _DATELINE.search(content):
            continue  # a dateline lead, or its reporters (新华社北京5月8日电(记者 X)), stays
        if not line_view[:start].strip() and _REPORTER.match(content):
            continue  # a byline that opens the text: the byline rules' (names go to meta)
        if (code := _DATE_CODE.match(line_view, end)) is not None:
            end = code.end()  # 1081021: the date code a wire puts after its end credit
        caption = _caption_before(line_view, match.start(1))
        if caption is not None:
            spans.append((caption, end, "caption", "a marked caption and its picture credit"))
        else:
            spans.append((start, end, "photo-credit", "a bracketed credit, source or agency"))

    yield from _disjoint(spans)


def _brackets(line_view: str) -> Iterator[tuple[re.Match[str], int]]:
    """Each short bracket of the line, and where the spaces before it start."""
    if not ("(" in line_view or "[" in line_view or "【" in line_view):
        return
    done = 0
    for match in _BRACKET.finditer(line_view):
        start = match.start()
        while start > done and line_view[start - 1] in _SPACES:
            start -= 1
        yield match, start
        done = match.end()


_SPACES = " \t\u3000"
_DISCLAIMER = re.compile(
    r"(?:(?<=[。!?])|(?<=[。!?][ \t\u3000]))[ \t\u3000]*[●■◆※]?"
    r"(?:以上|本文|此文)[^,。!?\n]{0,8}不代表[^,。!?\n]{1,16}(?:立场|观点)[。.]?"
)
"""``●以上言論不代表東森新聞立場。`` glued after the last sentence."""
_STAR_PROMO = re.compile(
    r"(?:^|(?<=[。!?\s]))[ \t\u3000]*★[^。!?★▲▼\n【]{2,24}【[^】\n]{1,12}】[^\s。!?,★▲▼]{0,6}"
)
"""``★最新社會動態快追蹤【東森新聞IG】``, ``★最大世界車展【限時優惠中】點進搶``: a promo line
a site puts between paragraphs, marked by a star and holding a bracketed label."""
_KINDS = {
    "original-title": "source",
    "reprint-note": "source",
    "address": "cms",
    "code": "cms",
    "related-tail": "related",
    "disclaimer": "disclaimer",
    "promo": "share",
}
_SOURCE_OPENER = re.compile(r"[\s(\[【]*(?:来源|稿源|摘自|资料来源|数据来源|图表来源)")


def _kind(name: str, piece_view: str) -> str:
    """The kind of boilerplate a piece is (as a rule's category)."""
    if name in _KINDS:
        return _KINDS[name]
    if name == "photo-credit" and _SOURCE_OPENER.match(piece_view):
        return "source"
    return credit_kind(piece_view)


def _is_credit_bracket(content: str) -> bool:
    """Is a bracket's content a credit (``图/…``, ``路透``, ``记者X``, ``…摄``)?"""
    content = content.strip()
    if not content or "。" in content or ("," in content and not _CREDIT_CONTENT.match(content)):
        return False
    if _CREDIT_CONTENT.match(content):
        return True
    if len(content) <= 20 and _CREDIT_ENDING.search(content):
        return True
    return is_credit(content)


def _caption_before(line_view: str, credit: int) -> int | None:
    """Where a marked caption (``▲``, ``▼``) that ends at this credit starts, or ``None``."""
    start = max(line_view.rfind(mark, 0, credit) for mark in CAPTION_MARKS)
    if start < 0:
        return None
    match = _CAPTION.match(line_view, start, credit)
    return start if match is not None and match.end() == credit else None


def _disjoint(spans: list[tuple[int, int, str, str]]) -> Iterator[tuple[int, int, str, str]]:
    """The spans in order; a span inside (or across) one before it is dropped."""
    if not spans:
        return
    end = -1
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if span[0] >= end:
            yield span
            end = span[1]


__all__ = ["CATEGORY", "Piece", "inline_pieces"]
