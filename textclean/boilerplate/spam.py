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

Two shapes need no lexicon: an SEO keyword list (:func:`keyword_list`), at least four
segments that nearly all hold one stem, at least three of them with a different word of
trade after it (``博鱼，博鱼官网，博鱼app,博鱼平台，博鱼娱乐，博鱼下载``): the stems
change from site to site, the shape does not; and an advert with a contact
(:func:`contact_advert`): a handle, a mobile or hotline number or a bare domain with
digits, among two short offers or more, no sentence, and none of the words of a site's
own contact lines (地址, 热线, 客服, 联系我们 …): ``大同上门服务 大同外围 大同约
电话18682348497``.

>>> spam_verdict(view("日韩无码视频免费看_亚洲综合色一区二区三区_国产成人久久AV免费看国语版"))
'SEO spam header (13 spam terms)'
>>> spam_verdict(view("警方捣毁网络赌场 抓获百家乐赌博团伙")) is None
True
"""

from __future__ import annotations

import re
from collections import Counter
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
    if not may_hold_spam(line_view):  # the automaton first: most lines hold no term
        return None
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


KEYWORD_LIST_SEGMENTS = 4
"""The fewest segments of an SEO keyword list."""
KEYWORD_LIST_STEM_SHARE = 0.75
"""The least share of its segments that hold the list's stem."""
KEYWORD_LIST_TRADE_WORDS = 3
"""The fewest different words of trade after the stem."""
KEYWORD_LIST_MAX_CHARS = 120
_TRADE = re.compile(
    "官网|官方网站|官方|平台|app|下载|注册|登录|开户|娱乐|入口|在线|网址|首页|代理|充值|"
    "客户端|技巧|手机版|网页版|体育|真人|棋牌|彩票"
)
"""Words of a trade that an SEO list hangs on its stem (``X官网``, ``X注册``, ``X app``)."""


def keyword_list(line_view: str) -> str | None:
    """Why the line (its view) is an SEO keyword list, or ``None``.

    >>> keyword_list(view("博鱼，博鱼官网，博鱼app,博鱼平台，博鱼娱乐，博鱼下载"))
    "SEO keyword list (stem '博鱼' in 6 of 6 segments; 5 words of trade)"
    >>> keyword_list(view("湛江新闻网 | 湛江新闻 | 湛江在线 | 湛江首页")) is None
    True
    """
    if len(line_view) > KEYWORD_LIST_MAX_CHARS or _SENTENCE_END.search(line_view):
        return None
    if _TRADE.search(line_view) is None:  # no word of trade (the words found below are in it)
        return None
    segments = [part for part in _SEGMENT_SEPARATORS.split(line_view) if part]
    if len(segments) < KEYWORD_LIST_SEGMENTS:
        return None
    pairs = Counter(
        pair for part in segments for pair in {part[i : i + 2] for i in range(len(part) - 1)}
    )
    stem, holding = pairs.most_common(1)[0] if pairs else ("", 0)
    if holding < KEYWORD_LIST_STEM_SHARE * len(segments) or not stem.strip():
        return None
    trade = {
        found.group()
        for part in segments
        if stem in part
        for found in [_TRADE.search(part.replace(stem, " ", 1))]
        if found is not None
    }
    if len(trade) < KEYWORD_LIST_TRADE_WORDS or lexicon().reporting.search(line_view):
        return None
    return (
        f"SEO keyword list (stem {stem!r} in {holding} of {len(segments)} segments; "
        f"{len(trade)} words of trade)"
    )


ADVERT_MAX_CHARS = 80
ADVERT_OFFERS = 2
"""The fewest segments besides the contact of an advert with a contact."""
_CONTACT = re.compile(
    r"(?<![a-z0-9_])(?:微信|v信|vx|威信|薇信|加v|加微|\+v|qq|扣扣|加q|飞机|telegram|tg|line|电报)"
    r"\s*(?:号|同号)?\s*[:：]?\s*@?[a-z0-9_]{5,}"
    r"|(?<![\d-])(?:1[3-9]\d{9}|400-?\d{3}-?\d{4}|0\d{2,3}-\d{7,8}|\+\d{1,3}[ \d]{8,})(?![\d-])"
    r"|(?<![/.\w])(?:www\.)?[a-z0-9-]*\d[a-z0-9-]*\.(?:com|net|cc|vip|top|xyz|me|club|app)(?![\w/.])"
)
"""A way to answer an advert: a handle (``加微信btxmt5350``, ``V信ymqty85``), a mobile
or hotline number, a bare domain with digits (``rwz2523.net``), no link to a page."""
_SITE_CONTACT = re.compile(
    "地址|社址|邮编|传真|邮箱|热线|举报|投稿|客服|版权|备案|icp|编辑|记者|主办|承办|招聘|报料|"
    "新闻|来源|联系我们|总机|挂号|急诊|招租|技术支持|运维|服务部|分享|\\w@\\w"
)
"""The words of a site's own contact and service lines (``社址：… 总机：…``,
``预约挂号电话：…``), which are boilerplate, not spam."""


def contact_advert(line_view: str) -> str | None:
    """Why the line (its view) is an advert with a contact, or ``None``.

    >>> contact_advert(view("大同上门服务 大同外围 大同约 电话18682348497"))
    'advert with a contact (18682348497)'
    >>> contact_advert(view("新闻热线：0394-5421234 地址：商水县新华路1号")) is None
    True
    """
    line = line_view.strip()
    if not line or len(line) > ADVERT_MAX_CHARS or _SENTENCE_END.search(line):
        return None
    contact = _CONTACT.search(line)
    if contact is None or _SITE_CONTACT.search(line) or lexicon().reporting.search(line):
        return None
    rest = f"{line[: contact.start()]} {line[contact.end() :]}"
    if len([part for part in _SEGMENT_SEPARATORS.split(rest) if part]) < ADVERT_OFFERS:
        return None
    return f"advert with a contact ({contact.group().strip()})"
