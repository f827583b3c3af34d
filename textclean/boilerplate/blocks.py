"""Blocks: a label line and the run of headlines under it, cut together.

Sites put lists of links inside and after an article: a label (``推荐阅读：``,
``此前报道``, ``延伸閱讀``, ``更多國際報導``) and then headlines, one a line, with no
sentence end. Each headline alone looks like a subheading; under such a label they are
a list. A block is the label and the lines after it that are headline-shaped (short, no
``。``) or addresses, up to the first paragraph or the heading right above one; it is
cut when it holds at least one headline, or when the label stands after the body (where
a label alone is the rest of a widget).

>>> views = ["正文第一句，第二句。", "正文又一句，继续说。", "此前报道", "厨房被质疑", "总会回应"]
>>> [(b.index, b.label.split(":")[0]) for b in block_verdicts(views, views, [0, 1], [False] * 5)]
[(2, 'related/block-list'), (3, 'related/block-list'), (4, 'related/block-list')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from textclean.boilerplate.structure import Furniture, cues, signal_label

CATEGORY = "block"
HEADLINE_MAX = 60
"""The longest line a block takes for a headline."""

_LABEL = re.compile(
    r"^[\[【(《]?\s*(?:"
    r"(?:相关|延伸|推荐|往期|此前|更多|热门|热点|精彩|今日|近期|最新|其他|其它|前情|背景|专题|关联|本期|同类|猜你)"
    r"[\u4e00-\u9fff]{0,6}?(?:新闻|报道|报导|阅读|文章|推荐|内容|视频|链接|专题|回顾|喜欢|稿件|资讯|热文)"
    r"|延伸阅读|推荐阅读|猜你喜欢|看更多|你可能(?:还)?(?:会)?(?:感兴趣|喜欢|想看)"
    r"|在这篇文章中|本文(?:提及|涉及)(?:的)?(?:股票|个股|标的)|相关(?:股票|个股|标的)"
    r")\s*[\]】)》]?\s*(?::|>{1,2}|»|\.{3}|…)?\s*"
)
"""A related-links label, at the start of a line (in the view: Simplified, half-width),
or the label of a ticker box (``在這篇文章中:``, the stocks an article names)."""
_SENTENCE_END = re.compile(r"。|\.$")
_TICKER_LABEL = re.compile(r"在这篇文章中|本文(?:提及|涉及)|相关(?:股票|个股|标的)")
"""The label of a ticker box: the lines under it are quotes, each with a code or a
price (``600036 招商银行 876.77 +2.22%``) or a company's name alone (``腾讯控股``), not
headlines."""
_QUOTE = re.compile(r".*\d|\S{1,6}$")


def label_end(line_view: str) -> int | None:
    """Where a related-links label at the start of the line ends, or ``None``.

    >>> label_end("延伸阅读"), label_end("【延伸阅读】台股大涨"), label_end("相关政策出台后,回暖。")
    (4, 6, None)
    """
    line = line_view.strip()
    match = _LABEL.match(line)
    if match is None:
        return None
    rest = line[match.end() :]
    if rest and (_SENTENCE_END.search(rest) or len(rest) > HEADLINE_MAX or "," in rest[:4]):
        return None  # a sentence that opens on such words (相关部门表示,…)
    return match.end()


def is_headline(line_view: str, address: bool | None = None) -> bool:
    """A line a block may hold: short with no sentence end, or an address (``address``:
    whether it is one, when the caller knows)."""
    line = line_view.strip()
    if not line:
        return False
    if address if address is not None else "address" in cues(line):
        return True
    return len(line) <= HEADLINE_MAX and not _SENTENCE_END.search(line)


def _opens_text(line_view: str, address: bool) -> bool:
    """Is the line under a headline text (a paragraph, or a sentence)? Then the headline
    is its heading; the items of a list are followed by more items. (A headline may
    hold a comma, a ``?`` or a ``!``: ``晒宝马?官方通报``.)"""
    return not address and not is_headline(line_view, address)


def block_verdicts(
    lines: Sequence[str],
    views: Sequence[str],
    anchors: Sequence[int],
    settled: Sequence[bool],
    line_cues: Sequence[tuple[str, ...]] | None = None,
) -> list[Furniture]:
    """The lines of related-links blocks among lines no rule decided.

    ``anchors`` are the body's paragraphs (see :mod:`textclean.boilerplate.strip`): a
    label after the last one needs no headline under it. A block ends at the first line
    that is not a headline (a sentence, or longer than ``HEADLINE_MAX``), or before the
    heading of one.
    """
    last = anchors[-1] if anchors else -1
    known = line_cues

    def address(index: int) -> bool:
        found = known[index] if known is not None else cues(views[index])
        return found[:1] == ("address",)

    found: list[Furniture] = []
    index = 0
    while index < len(views):
        if settled[index] or label_end(views[index]) is None:
            index += 1
            continue
        members = [index]
        after = index + 1
        ticker = _TICKER_LABEL.search(views[index][: label_end(views[index])]) is not None
        filled = [i for i in range(index + 1, len(views)) if views[i].strip()]
        for position, after in enumerate(filled):
            if not is_headline(views[after], address(after)):
                break
            if ticker and not _QUOTE.match(views[after].strip()):
                break  # a quote holds a code or a price; this is the page's own text
            following = filled[position + 1] if position + 1 < len(filled) else None
            heading = following is not None and _opens_text(views[following], address(following))
            if heading and not address(after):
                break  # the heading of the text under it, not an item of the list
            members.append(after)
        else:
            after = len(views)
        label_only = not views[index].strip()[label_end(views[index]) or 0 :].strip()
        headlines = len(members) - (1 if label_only else 0)
        if headlines or index > last:
            where = "after the body" if index > last else "in the page"
            evidence = f"a related-links label and {headlines} headline(s) under it ({where})"
            reason = signal_label(CATEGORY, "related", "list", evidence)
            found.extend(Furniture(member, reason) for member in members if not settled[member])
        index = after
    return found


__all__ = ["CATEGORY", "block_verdicts", "is_headline", "label_end"]
