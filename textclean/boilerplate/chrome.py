"""Site chrome: page-tool bars, login bars and section menus, by their words.

Such lines have no fixed wording (``分享 | 收藏 | 打印 | 关闭``, ``【字号 大 中 小】``,
``登录 注册 | 手机版 | 客户端下载``, ``新闻 图片 视频 直播 专题 评论``), so no rule can
list them all. What they share is that they are made of a small vocabulary
(``data/chrome.toml``). A line is chrome when it is short, ends no sentence, and the
vocabulary covers most of its letters (digits, marks and spaces do not count):

>>> chrome_verdict(view("分享 | 收藏 | 打印 | 關閉"))
'page tools or menu (4 words, 100% of the line)'
>>> chrome_verdict(view("党员宣传 干部联户 切块管理 网格落实")) is None
True
"""

from __future__ import annotations

import re
from functools import cache

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


@cache
def chrome_words() -> re.Pattern[str]:
    """The chrome vocabulary as one trie regex (terms through the view)."""
    return term_pattern({view(term) for term in load_toml("chrome.toml")["terms"]})


def chrome_verdict(line_view: str) -> str | None:
    """Why the line (its view) is site chrome, or ``None``."""
    if len(line_view) > MAX_CHARS or _SENTENCE_END.search(line_view):
        return None
    letters = len(_LETTER.findall(line_view))
    if letters == 0:
        return None
    words = chrome_words().findall(line_view)
    covered = sum(len(_LETTER.findall(word)) for word in words)
    if len(words) < MIN_WORDS or covered < MIN_COVERAGE * letters:
        return None
    return f"page tools or menu ({len(words)} words, {covered / letters:.0%} of the line)"
