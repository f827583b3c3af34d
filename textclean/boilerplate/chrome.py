"""Site chrome: page-tool bars, login bars and section menus, by their words.

Such lines have no fixed wording (``分享 | 收藏 | 打印 | 关闭``, ``【字号 大 中 小】``,
``登录 注册 | 手机版 | 客户端下载``, ``新闻 图片 视频 直播 专题 评论``), so no rule can
list them all. What they share is that they are made of a small vocabulary
(``data/chrome.toml``). A line is chrome when it is short, ends no sentence, and the
vocabulary covers most of its letters (digits, marks and spaces do not count), with two
words at least, or one that is the whole line and chrome even alone (``广告 ×``,
``【返回列表】``). A line of section words only (``健康教育``) may be a subheading, so
its verdict says so, and the step cuts it only before or after the article:

>>> chrome_verdict(view("分享 | 收藏 | 打印 | 關閉"))
Chrome(reason='page tools or menu (4 words, 100% of the line)', sections_only=False)
>>> chrome_verdict(view("国际新闻")).sections_only
True
>>> chrome_verdict(view("党员宣传 干部联户 切块管理 网格落实")) is None
True
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from textclean.boilerplate.terms import term_pattern
from textclean.boilerplate.view import view
from textclean.resources import load_toml

MAX_CHARS = 60
"""The longest line that can be chrome."""
MIN_COVERAGE = 0.7
"""The share of a line's letters the chrome words must cover."""
MIN_WORDS = 2

_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_SENTENCE_END = re.compile("[。!?;,]")


class Chrome(NamedTuple):
    """Why a line is chrome, and whether it is made of section words only."""

    reason: str
    sections_only: bool


class Vocabulary(NamedTuple):
    words: re.Pattern[str]
    tools: frozenset[str]
    alone: frozenset[str]


@cache
def vocabulary() -> Vocabulary:
    """The chrome words (through the view) as one trie regex, and which are tools."""
    table = load_toml("chrome.toml")
    tools = frozenset(view(term) for term in table["tools"])
    sections = frozenset(view(term) for term in table["sections"])
    alone = frozenset(view(term) for term in table["alone"])
    return Vocabulary(term_pattern(set(tools | sections)), tools, alone)


def chrome_verdict(line_view: str) -> Chrome | None:
    """Why the line (its view) is site chrome, or ``None``."""
    if len(line_view) > MAX_CHARS or _SENTENCE_END.search(line_view):
        return None
    letters = len(_LETTER.findall(line_view))
    if letters == 0:
        return None
    known = vocabulary()
    words = known.words.findall(line_view)
    covered = sum(len(_LETTER.findall(word)) for word in words)
    alone = len(words) == 1 and covered == letters and words[0] in known.alone
    if (len(words) < MIN_WORDS and not alone) or covered < MIN_COVERAGE * letters:
        return None
    reason = f"page tools or menu ({len(words)} words, {covered / letters:.0%} of the line)"
    return Chrome(reason, sections_only=not any(word in known.tools for word in words))
