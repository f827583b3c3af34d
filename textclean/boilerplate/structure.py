"""Furniture by its shape and place, for lines whose wording no rule knows.

Every site words its credits, promos and end marks its own way (``编辑 | 董鑫``,
``光明日报驻东京记者 马玉安``, ``海量资讯、精准解读，尽在新浪财经APP``), so a catalogue of
phrases never closes. What such lines share is their *shape*: short, ending no sentence,
made of a role word and names, of a handle (``APP``, ``公众号``), of a bracketed end tag,
of page numbers or of stock quotes. This module names those shapes (*cues*) in a line's
:func:`~textclean.boilerplate.view.view` and says, with the line's place relative to the
body, which lines are furniture. Each verdict says which cue and which place decided it.

A cue of the line's own make-up is enough anywhere (``credit``: role words and names and
nothing else; ``pagination``; ``ticker``; ``address``: a link or an image only;
``no-words``: marks only; ``code``); a cue of its words alone (``loose-credit``,
``date``, ``handle``, ``source``, ``end-tag``, ``feedback``) only before or after the
body: between two paragraphs such a line may be the article's own.

>>> cues(view("责编 | 宋平 栾瑞英"))
('credit',)
>>> cues(view("海量资讯、精准解读，尽在新浪财经APP"))
('handle',)
>>> cues(view("（光明日报东京5月8日电）"))
('end-tag',)
>>> cues(view("县长调研隔离点工作"))
()
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import NamedTuple

from textclean.boilerplate.rules import Catalogue, LineRule, load_catalogue
from textclean.boilerplate.view import view
from textclean.layout.width import HAN, HAN_RUN
from textclean.resources import load_toml

CATEGORY = "structure"
MAX_CHARS = 60
"""The longest line a cue may make furniture: furniture is short."""

_SEPARATORS = re.compile(r"[\s:|/、,()\[\]【】<>《》·•*丨]+")
_NAME_TOKEN = re.compile(f"[{HAN}]{{2,4}}|[{HAN}]{{1,3}}·[{HAN}]{{1,5}}")
_SENTENCE_END = re.compile(r"[。!?]|\.{3}|…")
_CLAUSE = re.compile(r"[,;]")

_HANDLE = re.compile(
    r"(?<![a-z])app(?![a-z])|客户端|公众号|微信号|视频号|抖音号|官方号|小程序|扫码|扫一扫|二维码|"
    r"关注我们|追踪我们|加入.{0,8}好友|line好友|点击(?:进入|查看|下载|关注|阅读)|"
    r"更多(?:精彩|资讯|内容|新闻|报道|报导)|分享(?:让|给|到|至)"
)
_SOURCE = re.compile(
    r"^[\[(【]?\s*(?:本文|文章|此文|本篇)?(?:(?:来源|稿源|出处|来自)\s*[:|丨]|转自|转载自|摘自|转引自)"
)
_FEEDBACK = re.compile(r"反馈|不感兴趣|减少此类|评论\s*\d|\d+\s*(?:条评论|人参与|人评论)")
_END_TAG = re.compile(
    r"^[\[(【]\s*(?:完|全文完|待续|本文完|end"
    r"|[^()\[\]【】]{0,30}?\d{1,2}\s*日\s*(?:电|讯)"
    r"|[^()\[\]【】]{0,24}?(?:记者(?!手记)|编辑|责编|来源|作者|摄|报道|报导|中央社|供图|综合)"
    r"[^()\[\]【】]{0,40}"
    r")\s*[\])】]$"
)
_PAGINATION = re.compile(
    r"^(?:(?:第?\d{1,3}页?|上一页|下一页|首页|尾页|末页|共\d+页|\.\.\.|…)\s*){2,}$"
)


def cues(line_view: str, line: str | None = None) -> tuple[str, ...]:
    """The furniture cues of a line (its view; ``line`` is the line itself, when the
    caller has it), in a fixed order; ``()`` for none.

    A line that ends a sentence, or is longer than ``MAX_CHARS``, has none, unless it is
    an address (a link or image with nothing else), has no words at all, or is code.
    """
    stripped = _unwrapped(line_view)
    if not stripped:
        return ()
    if _is_address(stripped):
        return ("address",)
    if _NO_WORDS.fullmatch((line if line is not None else line_view).strip()) or _ARROWS.fullmatch(
        stripped
    ):
        return ("no-words",)
    if _is_code(stripped):
        return ("code",)
    line = stripped
    if len(line) > MAX_CHARS or has_sentence_end(line):
        return ()
    found = []
    if _DATE_ONLY.fullmatch(line):
        found.append("date")
    elif _is_dated_meta(line):
        found.append("dated")
    if _is_picture_source(line):
        found.append("picture-source")
    if _SITE_NAME.fullmatch(line):
        found.append("site-name")
    if is_credit(line):
        found.append("credit" if roles().marked.search(line) else "loose-credit")
    if _PAGINATION.match(line):
        found.append("pagination")
    if _is_ticker(line):
        found.append("ticker")
    if _END_TAG.match(line):
        found.append("end-tag")
    if _SOURCE.match(line):
        found.append("source")
    if _HANDLE.search(line):
        found.append("handle")
    if _FEEDBACK.search(line):
        found.append("feedback")
    return tuple(found)


STRONG = frozenset(
    {"credit", "pagination", "ticker", "address", "no-words", "code", "picture-source", "site-name"}
)
"""Cues of a line's whole make-up: furniture wherever the line stands."""


def _unwrapped(line_view: str) -> str:
    """The line without its spaces and markdown emphasis (``**图片/图虫**``,
    ``_图片来源：视觉中国_``, ``**来源丨** 21新健康``)."""
    stripped = line_view.strip().strip("*_").strip()
    return stripped.replace("**", "") if "**" in stripped else stripped


_SITE_NAME = re.compile(
    f"[{HAN}\\w·]{{2,16}}(?: ?[{HAN}\\w·]{{1,8}})? ?"
    "(?:新闻网|门户网站|官方网站|政府网站|融媒体中心|广播电视台|电视台|新闻中心)"
)
"""A site's name alone (``湖南科技大学新闻网``, ``南阳市人民政府门户网站``): a masthead."""
_PICTURE_SOURCE = re.compile(
    r"[\[(【]?(?:图片|照片|图表|图|数据|视频|封面图|题图|头图)"
    r"(?:(?:来源|来自|源)\s*[:|丨/]|\s*(?P<bare>[/|丨]))\s*"
    r"(?P<source>[^,。!?]{1,30}?)[\])】]?"
)
"""A picture's (or a chart's) source alone on its line: ``图片来源：视觉中国``,
``图表来源:比达咨询``, ``图源：IC photo``, ``图片/图虫``."""
BARE_SOURCE_MAX_HAN = 6
"""The most Chinese characters of a source after a bare separator (``图片/图虫``,
``影音/风传媒``): more is a headline under a column tag (``视频｜万众一心共克时艰``)."""


def _is_picture_source(line: str) -> bool:
    match = _PICTURE_SOURCE.fullmatch(line)
    if match is None:
        return False
    return not match["bare"] or len(_HAN.findall(match["source"])) <= BARE_SOURCE_MAX_HAN


_DATED_TOKENS = 4
"""The most tokens of a dated meta line (the date among them)."""
_DATED_WORD_HAN, _DATED_WORDS_HAN = 7, 9
"""The most Chinese characters of one word of a dated meta line, and of all its words
(an outlet and a channel: ``凤凰军事 凤凰网军评``); more is a headline under its date
(``2021年7月20日 以群众需求为导向``)."""


def _is_dated_meta(line: str) -> bool:
    """A page's meta line: a date (and time) among at most three short words, set off by
    spaces (``凤凰军事 凤凰网军评 3月28日``, ``新华网 2019-05-16 21:14``)."""
    if _DAY.search(line) is None:
        return False
    tokens = line.split()
    if not 2 <= len(tokens) <= _DATED_TOKENS or not any(map(_DAY.fullmatch, tokens)):
        return False
    words = [
        token
        for token in tokens
        if not (_DAY.fullmatch(token) or _WEEKDAY.fullmatch(token) or _TIME_TOKEN.fullmatch(token))
    ]
    if not all(map(_WORD_TOKEN.fullmatch, words)):
        return False
    han = [len(_HAN.findall(word)) for word in words]
    return max(han, default=0) <= _DATED_WORD_HAN and sum(han) <= _DATED_WORDS_HAN


_DAY = re.compile(r"\d{2,4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}月\d{1,2}日")
_WEEKDAY = re.compile(r"(?:星期|周|礼拜)[一二三四五六日天]")
_TIME_TOKEN = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_WORD_TOKEN = re.compile(f"[{HAN}a-z0-9·|/:]{{1,8}}")


def is_credit(line_view: str) -> bool:
    """Is the line only role words and names (``编辑 | 董鑫``, ``文、图/广州日报记者 程依伦``)?

    Every part between separators is a role word (or ends in one, after at most
    ``ROLE_PREFIX`` characters: ``光明日报驻东京记者``), a name of 2–4 characters, a role
    word glued to a name (``记者张三``), or a Latin pen name; there is a role word, and a
    name that starts with a common surname.

    >>> is_credit("光明日报驻东京记者 马玉安"), is_credit("张三 摄"), is_credit("记者 手记")
    (True, True, False)
    >>> is_credit("县委书记 王强")
    False
    """
    if roles().anywhere.search(line_view) is None:
        return False  # no role word, so no credit (one look before the parts are read)
    parts = [part for part in _SEPARATORS.split(line_view) if part]
    if not parts or len(parts) > 12:
        return False
    role_count = 0
    names: list[str] = []
    for part in parts:
        if part.isascii():
            if part.isdigit() or len(part) > 12:
                return False
            continue  # a Latin pen name or handle
        if not HAN_RUN.fullmatch(part.replace("·", "")):
            return False
        role = roles().at_end.search(part)
        if role is not None and role.start() <= ROLE_PREFIX:
            role_count += 1
        elif (glued := _glued_name(part)) is not None:
            role_count += 1
            names.append(glued)
        elif _NAME_TOKEN.fullmatch(part):
            names.append(part)
        else:
            return False
    family = surnames()
    return role_count > 0 and any(_is_name(name, family) for name in names)


COMPOUND_SURNAMES = frozenset(
    [
        *("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容"),
        *("长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "独孤", "南宫", "西门"),
    ]
)
"""The two-character surnames a four-character name starts with (``欧阳晓明``): any
other four characters are words (``党员宣传 干部联户``), not a name."""


def _is_name(token: str, family: str) -> bool:
    if len(token) == 4 and "·" not in token:
        return token[:2] in COMPOUND_SURNAMES
    return token[0] in family


ROLE_PREFIX = 10
"""The most characters before a role word in one part (``光明日报驻东京`` before 记者)."""


class Roles(NamedTuple):
    """The role words (``data/structure.toml``), compiled."""

    at_end: re.Pattern[str]  # a role word that ends a part
    core: tuple[str, ...]  # longest first
    marked: re.Pattern[str]  # what makes a credit one anywhere
    anywhere: re.Pattern[str]  # any role word, wherever it stands


@cache
def roles() -> Roles:
    """The shipped role words: all of them, and the core ones."""
    table = load_toml("structure.toml")
    every = sorted(table["roles"], key=len, reverse=True)
    core = tuple(sorted(table["core_roles"], key=len, reverse=True))
    return Roles(
        re.compile("(?:" + "|".join(every) + ")$"),
        core,
        # a separator, a bracket or a core role word
        re.compile(r"[:|/()\[\]【】丨]|" + "|".join(core)),
        re.compile("|".join(sorted({*every, *core}, key=len, reverse=True))),
    )


def _glued_name(part: str) -> str | None:
    """``记者张三`` → ``张三``: a role word and a name with no space between."""
    for role in roles().core:
        at = part.find(role)
        if 0 <= at <= ROLE_PREFIX and _NAME_TOKEN.fullmatch(part[at + len(role) :]):
            return part[at + len(role) :]
    return None


_NO_WORDS = re.compile(r"[^\w\u3000-\u303f\uff00-\uffef“”‘’…—]+")
"""A line of marks only, none of them a mark of Chinese text (``,``, ``▼``, ``|``):
what a crawler left of a widget or a list. A line of ``。`` or ``”。`` is the end of a
sentence the crawler cut at a link, and stays."""
_ARROWS = re.compile(r"《{2,}|》{2,}")
"""``》》`` or ``《《`` alone: a "more" or "back" arrow of a page, made of book-title marks."""
_URL = re.compile(r"(?:https?:)?//[a-z0-9][^\s)\]]*|www\.[^\s)\]]+")
"""An address (``//@某人:`` is a repost on Weibo, not one)."""
_MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\(\s*[^)\s]*\s*\)?")
_IMAGE_TAG = re.compile(r"</?img\b[^>]*>|@img_id=\w+|\[img\]|\[/img\]|\{img:?\w*\}")
_ADDRESS_MARKS = ("//", "www.", "](", "img")
"""What a link (``_URL``), a markdown link or an image tag cannot be written without."""
_URL_TAIL = re.compile(r"[\w\-./%=&?#~]{8,}\)?")


def _is_address(line: str) -> bool:
    """A link, an image or a piece of an address, with no words of its own beside it
    (``![](https://…)``, ``[标题](https://…)``, ``<img>@img_id=…</img>``, ``…Kp/1000)``).

    A markdown link's text may be a headline: the line is still a link, not a paragraph.
    """
    if "/" not in line and "img" not in line:
        return False
    if _URL_TAIL.fullmatch(line) and "/" in line and re.search("[a-z]", line):
        return True
    if not any(mark in line for mark in _ADDRESS_MARKS):
        return False  # nothing below would take anything away
    rest = _MARKDOWN_LINK.sub("", line)
    rest = _IMAGE_TAG.sub("", _URL.sub("", rest))
    return rest != line and not rest.strip(" \t|,;-()[]")


_DATE_ONLY = re.compile(
    r"(?:\d{2,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}月\d{1,2}日)"
    r"(?:\s*(?:星期|周|礼拜)[一二三四五六日天])?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
)
"""A date alone (``2026年01月30日``, ``2022-04-14 10:05``): the page's, not the article's."""
_QUOTED = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'")
_CODE_SHAPE = re.compile(
    r"^[\w$.]+\s*[:=]|[{};]\s*$|^[\])}]+[,;)]*$|\b(?:function|var|let|const|return)\b|=>|\|\||&&"
    r"|^[.#]?[\w\-]+\s*\{[^{}]*\}"  # a style rule: .fck_attachment_video{display: none}
)
_HAN = re.compile(f"[{HAN}]")


def _is_code(line: str) -> bool:
    """Script code or data (``vid: "730a…",``, ``(function (d, a) {…``, ``return [``): no
    Chinese outside its quoted strings, and the marks of code; or a script's comment
    (``// @TODO: 视频播放器``, ``/* … */``)."""
    if _COMMENT.match(line):
        return True
    if _CODE_MARK.search(line) is None:
        return False
    bare = _QUOTED.sub("", line) if "'" in line or '"' in line else line
    if _HAN.search(bare) or _CODE_SHAPE.search(bare.strip()) is None:
        return False
    return not _PROSE.search(bare) or _CODE_WORDS.search(bare) is not None


_CODE_MARK = re.compile(r"[{}\[\]();=:]")
_COMMENT = re.compile(r"//+(?!@)|/\*")
"""A comment opens the line: ``//`` (but ``//@某人:`` is a repost on Weibo), ``/*``."""
_PROSE = re.compile(r"[A-Za-z]{2,}(?: [A-Za-z]{2,}){3,}")
"""Four words in a row: English prose (``It costs $999;``), unless code words are there."""
_CODE_WORDS = re.compile(r"\b(?:function|var|let|const|return)\b|[{}]|=>")


def has_sentence_end(line: str) -> bool:
    """Does the line (its view) hold a sentence end (``。``, ``!``, ``?``, ``…``)?"""
    return _SENTENCE_END.search(line) is not None


def _is_ticker(line: str) -> bool:
    """A quote: a short name and a signed change in percent, nothing else
    (``腾讯控股 -1.2%``, ``台积电 0700.hk ▲1.5%``), or a stock code alone (``0700.hk``);
    ``同比增长16.8%`` is a headline."""
    if _STOCK_CODE.fullmatch(line):
        return True
    if not _SIGNED_PERCENT.search(line):
        return False
    rest = _NUMBERS.sub("", line)
    return len(rest.strip()) <= TICKER_NAME_MAX and not _CLAUSE.search(rest)


TICKER_NAME_MAX = 12
_STOCK_CODE = re.compile(r"\d{4,6}\.(?:hk|ss|sz|sh|tw|two|t|ks|kq)")
_SIGNED_PERCENT = re.compile(r"(?:[-+▲▼△▽↑↓]|(?<![\w.])0)\s?\d*\.?\d+%|(?<![\w.])0(?:\.0+)?%")
_NUMBERS = re.compile(r"[-+▲▼△▽↑↓]?\s?\d+(?:\.\d+)?%?|\b\d{4,6}\.[a-z]{2}\b")


STANDS_ALONE_CACHE = 1 << 14
"""Lines whose :func:`stands_alone` answer is kept: the paragraphs step asks of the same
lines at each break beside them and again in every round, and a site's furniture comes
back page after page (a pure function of the line: the shipped rules only)."""

_FIELD_LABEL = re.compile(
    r"^[\[(【]?\s*(?:原标题|原题|来源|稿源|出处|责任编辑|责编|编辑|作者|关键词|标签|本文来源|原文链接)\s*[\])】]?\s*[:|]"
)


@lru_cache(maxsize=STANDS_ALONE_CACHE)
def stands_alone(piece: str) -> bool:
    """Is ``piece`` a line of furniture that no sentence runs through (a credit, a link,
    a label such as ``原标题:``)? The paragraphs step never joins such a line to the
    next one, so that the boilerplate step still sees it whole.

    >>> stands_alone("原标题:胆大包天！官员竟如此干扰巡视组"), stands_alone(","), stands_alone("是")
    (True, True, False)
    """
    line_view = view(piece.strip())
    if _FIELD_LABEL.match(line_view) or letter_spaced(line_view):
        return True
    if cues(line_view, piece):
        return True
    from textclean.boilerplate.blocks import label_end  # blocks builds on this module

    if label_end(line_view) is not None:
        return True
    return bool(rules_matching(line_view, _whole_line_rules()))


@cache
def _whole_line_rules() -> Catalogue:
    """The shipped rules that cut a whole line."""
    return Catalogue(tuple(rule for rule in load_catalogue().rules if rule.cut == "line"))


def rules_matching(
    line_view: str, catalogue: Catalogue | None = None
) -> list[tuple[LineRule, re.Match[str] | None]]:
    """The rules (of ``catalogue``, else the shipped ones) that match the line (its
    view), in catalogue order, with their matches. A letter-spaced line that none
    matches (``人 民 网 版 权 所 有``) is read again without its spaces, for the rules that
    cut whole lines; those matches are not kept (they are not at the line's offsets).

    >>> [rule.name for rule, _ in rules_matching("人 民 网 版 权 所 有 ,未 经 授 权 禁 止 使 用")]
    ['copyright-notice', 'rights-reserved']
    """
    catalogue = catalogue or load_catalogue()
    found: list[tuple[LineRule, re.Match[str] | None]] = []
    for rule in catalogue.candidates(line_view):
        match = rule.find(line_view)
        if match is not None:
            found.append((rule, match))
    if found or not letter_spaced(line_view):
        return found
    squeezed = squeeze(line_view)
    return [
        (rule, None)
        for rule in catalogue.candidates(squeezed)
        if rule.cut == "line" and rule.pattern.search(squeezed)
    ]


def letter_spaced(line_view: str) -> bool:
    """Is the line set with a space after each Chinese character, as a site sets a label
    or its footer (``人 民 网 版 权 所 有``)? Prose is never set so.

    >>> letter_spaced("人 民 网 版 权 所 有"), letter_spaced("编  者"), letter_spaced("台股 大涨")
    (True, False, False)
    """
    return (
        len(line_view) <= LETTER_SPACED_MAX
        and line_view.count(" ") >= 4
        and _LETTER_SPACED.search(line_view) is not None
    )


LETTER_SPACED_MAX = 80
"""The longest line looked at for letter-spacing: a label or a footer line is short."""


def squeeze(line_view: str) -> str:
    """The line without the spaces between its Chinese characters.

    >>> squeeze("人 民 网 版 权 所 有 ,未 经")
    '人民网版权所有,未经'
    """
    return _SPACE_IN_HAN.sub("", line_view)


_LETTER_SPACED = re.compile(f"(?:[{HAN}] ){{4,}}[{HAN}]")
"""Five Chinese characters, each but the last followed by one space (in the view, where
an ideographic space is a space)."""
_SPACE_IN_HAN = re.compile(f"(?<=[{HAN},]) +(?=[{HAN},])")


class Furniture(NamedTuple):
    """One line the structure says is furniture: its index and the edit's label."""

    index: int
    label: str


def structure_verdicts(
    lines: Sequence[str],
    views: Sequence[str],
    anchors: Sequence[int],
    settled: Sequence[bool],
    line_cues: Sequence[tuple[str, ...]] | None = None,
) -> list[Furniture]:
    """The furniture among lines no rule decided (``settled`` is ``False``); ``line_cues``
    are the lines' :func:`cues`, when the caller has them.

    ``anchors`` are the indices of the body's paragraphs (see
    :mod:`textclean.boilerplate.strip`): lines before the first one are the header zone,
    lines after the last one the footer zone. A strong cue cuts anywhere; another cue
    only in a zone, only when the text has a body (a text of one short line may be the
    whole article), and on the text's first line (its headline, perhaps) only with a
    second cue.
    """
    first = anchors[0] if anchors else len(views)
    last = anchors[-1] if anchors else -1
    title = next((index for index, line in enumerate(views) if line.strip()), -1)
    known = line_cues
    found = []
    for index, line_view in enumerate(views):
        if settled[index]:
            continue
        line_cues = known[index] if known is not None else cues(line_view, lines[index])
        if not line_cues:
            continue
        where = "before the body" if index < first else "after the body" if index > last else None
        strong = [cue for cue in line_cues if cue in STRONG]
        if not strong and (where is None or (index == title and len(line_cues) < 2)):
            continue  # in the body, or the first line: it may be the headline
        if where is None:
            where = "between paragraphs"
        if not anchors and not strong:
            continue
        found.append(Furniture(index, _label(line_cues, where, line_view)))
    return found


def _label(line_cues: Sequence[str], where: str, line_view: str) -> str:
    name = line_cues[0]
    shown = ", ".join(_CUE_WORDS[cue] for cue in line_cues)
    kind = credit_kind(line_view) if name in ("credit", "loose-credit") else _CUE_KINDS[name]
    return signal_label(CATEGORY, kind, name, f"short line {where}, no sentence end; {shown}")


SIGNALS = ("structure", "block", "inline", "template", "model")
"""The signals beside the rules. An edit of one says ``kind/signal-name: signal: evidence``:
its category is the kind of boilerplate (``byline``, ``share``, as a rule's), so that
``keep_boilerplate`` and ``textclean check``'s codes treat it as a rule's cut of that kind,
and ``keep_boilerplate`` may name the signal to switch it off."""


def signal_label(signal: str, kind: str, name: str, evidence: str) -> str:
    """The label of a signal's cut.

    >>> signal_label("structure", "editor", "credit", "short line after the body")
    'editor/structure-credit: structure: short line after the body'
    """
    return f"{kind}/{signal}-{name}: {signal}: {evidence}"


def signal_of(name: str) -> str | None:
    """The signal that made a cut, from the name in its label (``structure-credit``)."""
    signal = name.split("-", 1)[0]
    return signal if signal in SIGNALS and "-" in name else None


def credit_kind(line_view: str) -> str:
    """``editor`` for a credit that names an editor (``编辑 | 董鑫``), else ``byline``."""
    return "editor" if _EDITOR_ROLE.search(line_view) else "byline"


_EDITOR_ROLE = re.compile("编辑|责编|主编|编审|审核|审校|审签|校对|监制|美编|制作|出品|策划|统筹")
_CUE_KINDS = {
    "pagination": "navigation",
    "ticker": "related",
    "end-tag": "source",
    "source": "source",
    "handle": "share",
    "feedback": "share",
    "address": "cms",
    "no-words": "cms",
    "code": "cms",
    "date": "epaper",
    "dated": "epaper",
    "picture-source": "byline",
    "site-name": "navigation",
}


_CUE_WORDS = {
    "credit": "role words and names only",
    "loose-credit": "a role word and names, nothing else",
    "pagination": "page numbers",
    "ticker": "a stock quote",
    "end-tag": "a bracketed end tag",
    "source": "a source label",
    "handle": "an app, account or share handle",
    "feedback": "a feedback or comment widget",
    "address": "a link or image address only",
    "no-words": "marks only",
    "code": "script code or data, no Chinese outside its strings",
    "date": "a date alone",
    "dated": "a date among a few short words",
    "picture-source": "a picture's source alone",
    "site-name": "a site's name alone",
}


@cache
def surnames() -> str:
    """The common surnames of the rule catalogue's ``[classes]``."""
    return str(load_toml("boilerplate.toml")["classes"]["surname"])


__all__ = [
    "CATEGORY",
    "SIGNALS",
    "Furniture",
    "credit_kind",
    "cues",
    "is_credit",
    "signal_label",
    "signal_of",
    "structure_verdicts",
]
