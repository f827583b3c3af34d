"""The model signal: a short line scored by learned weights over its words and shape.

The rules know wording; the structure signal knows a few shapes. What neither knows —
a masthead's ``登录 注册 | 手机版``, a player's ``00:00 / 03:25 全屏``, a cookie banner,
an ad label — still looks like furniture: few function words, no sentence end, the
words sites use for their chrome, and a place before or after the body next to lines
already cut. A logistic model over such features (:func:`line_features`: the line's
character unigrams and bigrams, digits folded to ``0``, and its shape and place)
scores each line the rules and the other signals left in a zone; a line scored at or
above the model's threshold is cut.

The weights are data (``data/line_model.tsv``, one ``feature<TAB>weight`` a line,
written by ``scripts/train_line_model.py`` from labelled lines), so they can be read
and searched like the rules; the edit of a cut names the features that weighed most:

>>> lines = ["县长调研", "县长到隔离点调研,要求严格落实各项防控措施。", "只看楼主 | 返回列表"]
>>> [(f.index, f.label.split(":")[0]) for f in model_verdicts(lines, lines, [1], [False] * 3)]
[(2, 'navigation/model-furniture')]

It runs last, on what the rules, the other signals and the footer sweep left, and
it is careful where the article may be:

- lines in a zone (before the first paragraph of the body or after the last) are
  scored; after the body, a line above a sentence left there that reads as the
  article's (the article goes on: a subhead, then a short last sentence) is judged as
  a line between paragraphs;
- the text's first line (its headline, perhaps) only when a line that may be a
  headline, left standing, is between it and the body (``江城晚报数字版 ｜ 首页`` above
  the headline), and then as any line there, shaped as a headline or not; never a wire's
  dateline (``新华社哈尔滨11月23日电``);
- a short line between the body's paragraphs needs 0.99, or 0.999 when it is shaped as
  a headline; a line that reads as prose, or a numbered or boxed subhead there
  (``4.1 背景``, ``（二）…``, ``01 声音``, ``■ …``, ``【背景】``), is never cut;
- never in a text with no body, never a line that reads as a paragraph, a Markdown
  heading (``# 标题``) or a quotation (``“值！”``);
- a line that reads as prose (:func:`reads_as_prose`) needs a score of 0.99, a line
  shaped as a headline (:func:`headline_shaped`) 0.99 (the model's threshold under a
  headline the model is sure of), and 0.999 for the one before the body that the model
  scores lowest of those shaped so or of six Chinese characters or more with no
  sentence end (the page's headline, most likely);
- when the model is sure of that headline (it scores under 0.2), the text's first line
  and the short lines above it (under ten Chinese characters) not shaped as headlines
  need only 0.5, the short ones shaped as headlines the model's threshold;
- it leaves the page a headline: when no line shaped as one is left above the body,
  the cut there it is least sure of stays.

First it looks at the body's edges: a short paragraph that ends the body (or starts
it), does not read as prose and scores 0.99 as a paragraph there is furniture that
read as a paragraph (a comment's ``来自江苏的网友 什么时候能轮到我们县？ 回复 赞62``);
it is cut, the body ends (or starts) at the paragraph before it, and the model looks
again, keeping one paragraph at least. A first paragraph with a line shaped as a
headline under it is the page's header (``欢迎访问…！今天是…``), and is looked at so
even when it reads as prose.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from operator import add

from textclean.boilerplate.structure import Furniture, signal_label
from textclean.layout.width import HAN
from textclean.resources import read_text

CATEGORY = "model"
"""The signal's name, for ``keep_boilerplate``."""
MODEL_FILE = "line_model.tsv"
MAX_CHARS = 60
"""The longest line the model scores: furniture is short; a longer line is prose or a
list the rules and the block signal judge."""
PROSE_THRESHOLD = 0.99
"""The least score that cuts a line reading as prose (a clause mark or a sentence end,
and a function word: ``（应受访者要求，李伟光为化名）``): the model has seen few short
article sentences, and such a line is more often the article's than furniture."""
HEADLINE_THRESHOLD = 0.999
"""The least score that cuts a line before the body shaped as a headline
(:func:`headline_shaped`): the page's headline often stands below its masthead, and
losing it is worse than keeping a line of furniture."""
ANCHOR_THRESHOLD = 0.99
"""The least score that takes a short paragraph at an edge of the body out of it (a
comment, ``本文专家:徐建,…副主任医师``): it anchors the body no longer, and is cut."""
BETWEEN_THRESHOLD = 0.999
"""The least score that cuts a short line shaped as a headline between the body's
paragraphs: there the article's subheads stand (``视频连线 异地办案``), and the model has
learned few of them."""
HEADLINE_MIN_HAN = 6
MENU_WORDS = 5
"""The fewest words set off by spaces of a menu (``即时新闻 社区 侨社 移民 地产``),
which is not shaped as a headline (``党员宣传 干部联户 切块管理 网格落实`` is)."""
_SUBHEAD = re.compile(
    r"[\d.．]+\s*$"  # digits alone: a list's or a figure's number
    r"|(?:第?[一二三四五六七八九十百\d]+[、.．:：章节部]"  # 一、 1. 第二章
    r"|[(（【\[][一二三四五六七八九十\d]+[)）】\]]"  # （二） 【3】
    r"|\d+(?:\.\d+)+"  # 4.1
    r"|(?:part|vol\.?)?\s*\d{1,2}\s*[|｜丨\s]\s*\S"  # 01 声音, 2 | 延伸, part 1 背景
    r"|[|｜丨]\s*\S"  # | 专家解读
    r"|[■□▍▌▋▎▏◆◇★☆▶►▷●○◎•·▪▫※#-]"  # a box or a bullet
    r"|【[^】]{1,16}】\s*$)"  # a bracketed subhead: 【背景】
)
_NOT_HEADLINE = re.compile(r"[|｜/>»·•丨\[\]【】()（）<>。!?！？]")
_COLUMN_TAG = re.compile(
    r"^(?:[【\[][^】\]]{1,8}[】\]]|[^|｜丨/·\s]{1,6}(?:·no\.\d+)?\s*[|｜丨·:：])\s*"
)
_TRAILING_TAG = re.compile(
    r"\s*(?:[|｜丨]\s*[^|｜丨]{1,6}|[(（](?:组图|图|多图|图文|视频|附视频|直播)[)）])$"
)
_SITE_END = re.compile(
    r"(?:网站|频道|门户|中心|在线|新闻|之声|头条|客户端|官网|日报|晚报|时报|网|报|台|站|版)$"
)
SITE_NAME_MAX_HAN = 8
_QUOTATION = re.compile(r"“[^”]*”")
_DATELINE = re.compile(r"\d{1,2}\s*日\s*(?:电|讯|電|訊)")
KIND = "navigation"
"""The kind of a model cut (``textclean check`` reports it as TC302)."""

_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
_HAN = re.compile(f"[{HAN}]")
_SENTENCE_END = re.compile(r"[。!?！？]|\.{3}|…")
_CLAUSE = re.compile(r"[,;，；]")
_FUNCTION_WORDS = re.compile("[的了在是和也与就都而及着被把将对这那从向为以于但并却让使要会]")
_SEPARATOR = re.compile(r"[|｜/>»·•丨]|>>")
_TOKEN = re.compile(r"[^\s|｜/>»·•丨]+")
_HEADING = re.compile(r"#{1,6} ")  # a Markdown heading: the page's own headline
_BRACKETED = re.compile(r"^[\[【(（<《].*[\]】)）>》]$")


def _bin(value: float, edges: Sequence[float]) -> int:
    """The index of the first edge ``value`` is at most (``len(edges)`` past the last)."""
    for index, edge in enumerate(edges):
        if value <= edge:
            return index
    return len(edges)


def shape_features(line_view: str) -> list[str]:
    """The features of a line's shape alone (a stripped view).

    >>> shape_features("登录 | 注册")[:4]
    ['len:1', 'han:2', 'end:none', 'clause:0']
    """
    length = len(line_view)
    han = len(_HAN.findall(line_view))
    tokens = _TOKEN.findall(line_view)
    ends = "last" if _SENTENCE_END.search(line_view[-1:]) else "inner"
    if not _SENTENCE_END.search(line_view):
        ends = "none"
    features = [
        f"len:{_bin(length, (4, 8, 15, 25, 40))}",
        f"han:{_bin(han / length, (0, 0.3, 0.6, 0.9))}",
        f"end:{ends}",
        f"clause:{min(len(_CLAUSE.findall(line_view)), 2)}",
        f"function:{_bin(len(_FUNCTION_WORDS.findall(line_view)) / max(han, 1), (0, 0.05, 0.12))}",
        f"digits:{_bin(sum(map(len, _DIGITS.findall(line_view))) / length, (0, 0.1, 0.3))}",
        f"tokens:{_bin(len(tokens), (1, 3, 6))}",
        f"separators:{min(len(_SEPARATOR.findall(line_view)), 3)}",
    ]
    if line_view.endswith((":", "：")):
        features.append("colon-end")
    if _BRACKETED.match(line_view):
        features.append("bracketed")
    return features


def word_features(line_view: str) -> list[str]:
    """The line's character unigrams and bigrams (digits as ``0``, spaces as one), with
    its first and last character marked.

    >>> word_features("第2页")
    ['w:^第', 'w:第', 'w:第0', 'w:0', 'w:0页', 'w:页', 'w:页$']
    """
    text = _SPACES.sub(" ", _DIGITS.sub("0", line_view))
    features = [f"w:^{text[0]}"]
    for index, char in enumerate(text):
        if char != " ":
            features.append(f"w:{char}")
        if index + 1 < len(text):
            features.append(f"w:{char}{text[index + 1]}")
    features.append(f"w:{text[-1]}$")
    return features


def _article_end(
    model: LineModel,
    views: Sequence[str],
    line_places: Sequence[Place | None],
    scored: dict[int, float],
) -> int:
    """The last line after the body that is left, ends a sentence and reads as the
    article's (the model scores it below :data:`ARTICLE_SCORE`): the article goes on to
    there (a subhead, then a short last sentence), so nothing before it is cut. A
    sentence of furniture (``转载本网站信息请注明出处。``) ends nothing."""
    for index in range(len(views) - 1, -1, -1):
        place = line_places[index]
        if place is None or place.zone != "after" or not _SENTENCE_END.search(views[index]):
            continue
        line_view = views[index].strip()
        if len(line_view) > MAX_CHARS:
            return index
        if _scored(model, index, line_view, place, scored) < ARTICLE_SCORE:
            return index
    return -1


def _scored(
    model: LineModel, index: int, line_view: str, place: Place, scored: dict[int, float]
) -> float:
    """The score of the line at ``index`` (in its zone), computed once."""
    if index not in scored:
        scored[index] = model.score_line(line_view, place)
    return scored[index]


ARTICLE_SCORE = 0.5
"""The score under which a sentence left after the body reads as the article's."""
ABOVE_HEADLINE_THRESHOLD = 0.99
"""The most a line shaped as a headline needs above the last such line before the body
(the page keeps that one)."""
SURE_HEADLINE_SCORE = 0.2
"""The score under which the model reads a line shaped as a headline, before the body,
as the page's headline."""
UNDER_SURE_HEADLINE = 0.5
"""The score the text's first line needs above a headline the model is sure of: on the
generated sets, with such a headline below, a first line that scored 0.5 or more was
furniture every time (a masthead, a date bar), while the headlines and kickers there
scored under 0.5."""
ABOVE_SURE_MAX_HAN = 10
"""Above a headline the model is sure of, a line not shaped as a headline with fewer
Chinese characters than this needs only :data:`UNDER_SURE_HEADLINE`, as the first line
does (``切换至繁体中文``, ``定位:大连东城区``), and one shaped as a headline the model's
threshold, not :data:`ABOVE_HEADLINE_THRESHOLD` (``洛阳站 ▼ 更换城市``); a longer one may
be the page's headline over its subtitles (``紅黨旗指方向 … | 鄉村振興進行時`` over
``抗擊疫情 我們始終在一起``, ``晚间新闻｜我县“三红”织密疫情防控网`` over its subtitle)."""
NEVER = 2.0
"""A score no line reaches."""


def _needed(model: LineModel, place: Place, line_view: str) -> float:
    """The score a cut needs: more for a line that reads as prose or is shaped as a
    headline (most before the body)."""
    if _QUOTED.match(line_view):
        return NEVER  # a quotation is someone's words: the article's
    needed = model.threshold
    if reads_as_prose(line_view):
        needed = max(needed, PROSE_THRESHOLD)
    if headline_shaped(line_view):
        needed = max(needed, HEADLINE_THRESHOLD if place.zone == "before" else PROSE_THRESHOLD)
    return needed


def headline_shaped(line_view: str) -> bool:
    """Six Chinese characters or more, and no separator, bracket or sentence end; or
    such a headline under a column's tag (``晚间新闻｜…``, ``【时评】…``, ``… | 图说新闻``,
    ``7月3日·…``, ``…（组图）``) that does not end as a site's name (``…门户网站``).

    >>> headline_shaped("试驾蔚来et5:城市通勤表现如何"), headline_shaped("首页 | 新闻 | 正文")
    (True, False)
    >>> headline_shaped("晚间新闻｜合肥出台措施支持中小企业")
    True
    >>> headline_shaped("湄潭县人民政府门户网站 | 专题频道")
    False
    """
    if _plain_headline(line_view):
        return True
    core = _COLUMN_TAG.sub("", line_view.strip(), count=1)
    core = _TRAILING_TAG.sub("", core, count=1)
    return core != line_view.strip() and _plain_headline(core) and not _site_name_end(core)


def _plain_headline(line_view: str) -> bool:
    han = len(_HAN.findall(line_view))
    return (
        han >= HEADLINE_MIN_HAN
        and len(line_view.split()) < MENU_WORDS
        and han >= 0.4 * len(line_view.replace(" ", ""))
        and not _NOT_HEADLINE.search(_QUOTATION.sub("“”", line_view))
    )


def _site_name_end(core: str) -> bool:
    """Does a tagged line's core end as a site's name (``巴黎华人生活门户``,
    ``西班牙华人网``)? A one-character end (网, 报 …) only on a short core: a headline
    may end so too (``我县“三红”织密疫情防控网``)."""
    match = _SITE_END.search(core)
    if match is None:
        return False
    return len(match.group()) > 1 or len(_HAN.findall(core)) <= SITE_NAME_MAX_HAN


def reads_as_prose(line_view: str) -> bool:
    """A clause mark or a sentence end, and a function word; a quotation
    (``“值！”``); or a sentence of six Chinese characters or more (``现场秩序井然。``).

    >>> reads_as_prose("（应受访者要求,李伟光为化名）"), reads_as_prose("登录 | 注册")
    (True, False)
    """
    if _QUOTED.match(line_view):
        return True
    if _SENTENCE_END.search(line_view[-1:]) and len(_HAN.findall(line_view)) >= PROSE_MIN_HAN:
        return True
    return bool(
        (_CLAUSE.search(line_view) or _SENTENCE_END.search(line_view))
        and _FUNCTION_WORDS.search(line_view)
    )


PROSE_MIN_HAN = 6
"""A line that ends a sentence with this many Chinese characters reads as prose."""
_QUOTED = re.compile(r"^[“「『\"].*[”」』\"]$")


@dataclass(frozen=True)
class Place:
    """Where a line stands: its zone, and what its neighbours are."""

    zone: str  # "before" or "after" the body
    distance: int  # lines (not blank) between it and the body
    previous_cut: bool
    next_cut: bool


def place_features(place: Place) -> list[str]:
    """The features of a line's place.

    >>> place_features(Place("after", 1, True, False))
    ['zone:after', 'distance:after:0', 'previous:cut', 'next:kept']
    """
    return [
        f"zone:{place.zone}",
        f"distance:{place.zone}:{_bin(place.distance, (1, 3))}",
        "previous:cut" if place.previous_cut else "previous:kept",
        "next:cut" if place.next_cut else "next:kept",
    ]


def line_features(line_view: str, place: Place) -> list[str]:
    """Every feature of a line (a stripped view) at ``place``: shape, place, words, and
    the shape crossed with the zone."""
    shape, crossed = _shape_in(line_view, place.zone)
    return [*shape, *place_features(place), *crossed, *word_features(line_view)]


def _shape_in(line_view: str, zone: str) -> tuple[list[str], list[str]]:
    """The line's shape features, and the first of them crossed with its zone."""
    shape = shape_features(line_view)
    return shape, [f"{zone}&{feature}" for feature in shape[:3]]


@dataclass(frozen=True)
class LineModel:
    """Weights of the features, the bias and the threshold a cut needs."""

    weights: dict[str, float]
    bias: float
    threshold: float
    word_weights: dict[str, float] = field(init=False, repr=False, compare=False)
    """The weights of the word features by their n-gram (``w:登录`` as ``登录``), for
    :meth:`score_line`."""

    places: dict[Place, float] = field(init=False, repr=False, compare=False)
    """The summed weights of each place's features, as :meth:`score_line` meets them."""

    def __post_init__(self) -> None:
        words = {name[2:]: weight for name, weight in self.weights.items() if name[:2] == "w:"}
        object.__setattr__(self, "word_weights", words)
        object.__setattr__(self, "places", {})

    def score(self, features: Sequence[str]) -> float:
        """The probability that a line with ``features`` is furniture."""
        total = self.bias + sum(map(self.weights.get, features, repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-total))

    def score_line(self, line_view: str, place: Place) -> float:
        """``score(line_features(line_view, place))``, without building the word
        features (the hot path: most lines scored are not cut)."""
        text = _SPACES.sub(" ", _DIGITS.sub("0", line_view))
        words, weights = self.word_weights, self.weights
        at = self.places.get(place)
        if at is None:
            at = self.places[place] = sum(map(weights.get, place_features(place), repeat(0.0)))
        shape, crossed = _shape_in(line_view, place.zone)
        total = self.bias + at + sum(map(weights.get, shape + crossed, repeat(0.0)))
        total += words.get("^" + text[0], 0.0) + words.get(text[-1] + "$", 0.0)
        total += sum(map(words.get, text.replace(" ", ""), repeat(0.0)))
        total += sum(map(words.get, map(add, text, text[1:]), repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-total))

    def evidence(self, features: Sequence[str], count: int = 3) -> list[str]:
        """The ``count`` features that weigh most towards furniture."""
        weighed = sorted(
            {feature: self.weights.get(feature, 0.0) for feature in features}.items(),
            key=lambda item: -item[1],
        )
        return [feature for feature, weight in weighed[:count] if weight > 0]


def parse_model(text: str) -> LineModel:
    """Read a model file: ``#`` comments, ``bias`` and ``threshold`` lines, then
    ``feature<TAB>weight`` lines.

    >>> parse_model("# a model\\nbias\\t-1.5\\nthreshold\\t0.9\\nw:登\\t2.0\\n").weights
    {'w:登': 2.0}
    """
    weights: dict[str, float] = {}
    settings = {"bias": 0.0, "threshold": 1.0}
    for number, raw in enumerate(text.split("\n"), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        name, _, value = raw.rpartition("\t")
        if not name:
            raise ValueError(f"line {number}: not 'feature<TAB>weight': {raw!r}")
        try:
            number_value = float(value)
        except ValueError:
            raise ValueError(f"line {number}: the weight is not a number: {raw!r}") from None
        if name in settings:
            settings[name] = number_value
        else:
            weights[name] = number_value
    return LineModel(weights, settings["bias"], settings["threshold"])


@lru_cache(maxsize=1)
def shipped_model() -> LineModel:
    """The model shipped in ``textclean/data`` (read once per process; its weights, as
    parsed, kept in the user's cache, :mod:`textclean.cache`, keyed on the file's
    content)."""
    from textclean.cache import cached, content_hash, file_stamp
    from textclean.resources import read_bytes

    def derive() -> tuple[dict[str, float], float, float]:
        model = parse_model(read_text(MODEL_FILE))
        return model.weights, model.bias, model.threshold

    key = (content_hash(read_bytes(MODEL_FILE)), file_stamp(__file__))
    return LineModel(*cached("line-model", key, derive))


def places(
    views: Sequence[str],
    anchors: Sequence[int],
    settled: Sequence[bool],
    body: bool = False,
    settled_too: bool = False,
) -> list[Place | None]:
    """The place of every line in a zone (and, with ``body``, of the short lines between
    the body's paragraphs, zone ``between``), ``None`` for the others (anchors, blank,
    settled unless ``settled_too``, or the text's first line); all ``None`` when the text
    has no body."""
    found: list[Place | None] = [None] * len(views)
    if not anchors:
        return found
    filled = [index for index, line in enumerate(views) if line.strip()]
    title = filled[0] if filled else -1
    first, last = anchors[0], anchors[-1]
    first_at, last_at = filled.index(first), filled.index(last)
    is_anchor = set(anchors)
    for position, index in enumerate(filled):
        if (settled[index] and not settled_too) or index == title or index in is_anchor:
            continue
        if index < first:
            zone, distance = "before", first_at - position - 1
        elif index > last:
            zone, distance = "after", position - last_at - 1
        elif body:
            zone, distance = "between", 0
        else:
            continue
        before = filled[position - 1] if position else None
        after = filled[position + 1] if position + 1 < len(filled) else None
        found[index] = Place(
            zone,
            distance,
            before is not None and settled[before],
            after is not None and settled[after],
        )
    return found


def model_verdicts(
    lines: Sequence[str],
    views: Sequence[str],
    anchors: Sequence[int],
    settled: Sequence[bool],
    line_cues: Sequence[tuple[str, ...]] | None = None,
    model: LineModel | None = None,
) -> list[Furniture]:
    """The lines in a zone the model scores as furniture (see the module docs)."""
    model = model or shipped_model()
    anchors, settled = list(anchors), list(settled)
    found = _edge_furniture(model, views, anchors, settled)
    line_places = places(views, anchors, settled)
    scored: dict[int, float] = {}
    article_end = _article_end(model, views, line_places, scored)
    header_cuts: list[tuple[float, int]] = []
    headline = _likeliest_headline(model, views, anchors, line_places, scored)
    sure_headline = headline >= 0 and scored[headline] < SURE_HEADLINE_SCORE
    for index, place in enumerate(line_places):
        if place is None:
            continue
        line_view = views[index].strip()
        if len(line_view) > MAX_CHARS or _HEADING.match(line_view):
            continue
        # after the body, above the article's last sentence: as between paragraphs
        inside = place.zone == "after" and index < article_end
        if inside:
            if _SUBHEAD.match(line_view) or reads_as_prose(line_view):
                continue
            place = Place("between", 0, place.previous_cut, place.next_cut)
            probability = model.score_line(line_view, place)
            needed = max(_needed(model, place, line_view), _between_needed(line_view))
        else:
            probability = _scored(model, index, line_view, place, scored)
            needed = _needed(model, place, line_view)
        if index == headline:  # the page's headline, most likely: as one shaped so
            needed = max(needed, HEADLINE_THRESHOLD)
        elif headline >= 0 and place.zone == "before":
            needed = min(needed, ABOVE_HEADLINE_THRESHOLD)
            if (
                index > headline
                and sure_headline
                and headline_shaped(line_view)
                and not reads_as_prose(line_view)
                and not _QUOTED.match(line_view)
            ):
                needed = model.threshold  # under it: a meta row, a promo (特约撰稿人 韩晨晓)
            elif (
                index < headline
                and sure_headline
                and not reads_as_prose(line_view)
                and _han_count(line_view) < ABOVE_SURE_MAX_HAN
            ):
                # a short line above it: the model's threshold if shaped as a headline
                # (``洛阳站 ▼ 更换城市``), else as the first line is
                shaped = headline_shaped(line_view)
                needed = model.threshold if shaped else UNDER_SURE_HEADLINE
        elif probability < model.threshold:
            continue
        if probability < needed:
            continue
        if place.zone == "before":
            header_cuts.append((probability, index))
        where = ABOVE_END_WHERE if inside else _WHERE[place.zone]
        found.append(_furniture(model, index, line_view, place, probability, where))
    found += _between_furniture(model, views, anchors, settled)
    cut = {furniture.index for furniture in found}
    sure = sure_headline and headline not in cut
    found += _title_furniture(model, views, anchors, settled, cut, sure)
    spared = _headline_left(views, anchors, settled, cut, header_cuts)
    return [furniture for furniture in found if furniture.index != spared]


def _likeliest_headline(
    model: LineModel,
    views: Sequence[str],
    anchors: Sequence[int],
    line_places: Sequence[Place | None],
    scored: dict[int, float],
) -> int:
    """The line before the body that may be a headline (:func:`_may_be_headline`) the
    model scores lowest (the page's headline, most likely), or ``-1``."""
    if not anchors:
        return -1
    shaped = [
        (_scored(model, index, views[index].strip(), place, scored), -index)
        for index in range(anchors[0])
        if (place := line_places[index]) is not None
        and len(views[index].strip()) <= MAX_CHARS
        and _may_be_headline(views[index].strip())
    ]
    return -min(shaped)[1] if shaped else -1


def _may_be_headline(line_view: str) -> bool:
    """A line that may be the page's headline: shaped as one, or of six Chinese
    characters or more that neither ends a sentence nor reads as prose (``晚读｜城市与人``
    under a mail's ``如果邮件显示不正常，请点击这里``, which is shaped as a headline)."""
    return headline_shaped(line_view) or (
        _han_count(line_view) >= HEADLINE_MIN_HAN
        and not line_view.endswith(("。", "."))
        and not reads_as_prose(line_view)
    )


def _headline_left(
    views: Sequence[str],
    anchors: Sequence[int],
    settled: Sequence[bool],
    cut: Collection[int],
    header_cuts: Sequence[tuple[float, int]],
) -> int | None:
    """The line the model cut before the body that it must leave, the page's headline
    most likely, when no line shaped as a headline is left above the body: the least
    sure of its cuts shaped so, or else of its cuts there with six Chinese characters
    or more (``晚间新闻播报｜2025/01/19`` under a masthead)."""
    if not header_cuts or not anchors:
        return None
    left = [i for i in range(anchors[0]) if views[i].strip() and not settled[i] and i not in cut]
    if any(headline_shaped(views[index].strip()) for index in left):
        return None
    shaped = [item for item in header_cuts if headline_shaped(views[item[1]].strip())]
    worded = [item for item in header_cuts if _han_count(views[item[1]]) >= HEADLINE_MIN_HAN]
    if not worded and not any(views[index].strip() for index in left):
        worded = [item for item in header_cuts if _short_title(views[item[1]].strip())]
    return min(shaped or worded)[1] if shaped or worded else None


def _short_title(line_view: str) -> bool:
    """A short headline, perhaps, where nothing else is left above the body: two
    Chinese characters or more, a word (not a mark) first, no sentence end
    (``TGA 2021提名公佈``, not ``,自动播放,``)."""
    return (
        _han_count(line_view) >= 2
        and line_view[:1].isalnum()
        and not _SENTENCE_END.search(line_view)
    )


def _han_count(text: str) -> int:
    return len(_HAN.findall(text))


def _title_furniture(
    model: LineModel,
    views: Sequence[str],
    anchors: Sequence[int],
    settled: Sequence[bool],
    cut: Collection[int],
    sure_headline: bool = False,
) -> list[Furniture]:
    """The text's first line, when it is furniture (a masthead, a weather or login bar)
    and a line that may be the headline (:func:`_may_be_headline`: ``…最新消息（持续
    更新）`` too), left standing, is between it and the body: the page keeps a headline.
    It is scored as a line before the body, and needs the model's threshold (0.99
    when it reads as prose); :data:`UNDER_SURE_HEADLINE` when the line below that the
    model reads as the page's headline scores under :data:`SURE_HEADLINE_SCORE`."""
    filled = [index for index, line in enumerate(views) if line.strip()]
    if not anchors or not filled or filled[0] >= anchors[0] or settled[filled[0]]:
        return []
    title, first_at = filled[0], filled.index(anchors[0])
    line_view = views[title].strip()
    if len(line_view) > MAX_CHARS or _HEADING.match(line_view) or _DATELINE.search(line_view):
        return []  # a wire's dateline (新华社哈尔滨11月23日电) is the article's
    below = filled[1:first_at]
    if not any(
        not settled[index] and index not in cut and _may_be_headline(views[index].strip())
        for index in below
    ):
        return []
    next_cut = bool(below) and (settled[below[0]] or below[0] in cut)
    place = Place("before", first_at - 1, False, next_cut)
    probability = model.score_line(line_view, place)
    needed = _needed(model, place, line_view)  # NEVER for a quotation
    if needed < NEVER:  # a headline stands below: a title shaped as one needs no more
        if reads_as_prose(line_view):
            needed = PROSE_THRESHOLD
        else:
            needed = UNDER_SURE_HEADLINE if sure_headline else model.threshold
    if probability < needed:
        return []
    return [_furniture(model, title, line_view, place, probability, TITLE_WHERE)]


def _between_furniture(
    model: LineModel, views: Sequence[str], anchors: Sequence[int], settled: Sequence[bool]
) -> list[Furniture]:
    """The short lines between the body's paragraphs that score 0.99 (an ad label,
    ``输入关键字 检索``, a player's ``重新播放``), or :data:`BETWEEN_THRESHOLD` when they
    are shaped as a headline; never a line that reads as prose, a numbered or boxed
    subhead (``4.1 背景``, ``（二）…``, ``■ …``, ``【背景】``), a Markdown heading, or a
    line of digits alone."""
    if len(anchors) < 2:
        return []
    is_anchor = set(anchors)
    found = []
    before = anchors[0]
    for index in range(anchors[0] + 1, anchors[-1]):
        line_view = views[index].strip()
        if not line_view:
            continue
        previous, before = before, index
        if index in is_anchor or settled[index] or len(line_view) > MAX_CHARS:
            continue
        if _HEADING.match(line_view) or _SUBHEAD.match(line_view) or reads_as_prose(line_view):
            continue
        after = next(i for i in range(index + 1, len(views)) if views[i].strip())
        place = Place("between", 0, settled[previous], settled[after])
        probability = model.score_line(line_view, place)
        if probability < PROSE_THRESHOLD or probability < _between_needed(line_view):
            continue
        found.append(_furniture(model, index, line_view, place, probability, _WHERE["between"]))
    return found


def _between_needed(line_view: str) -> float:
    """The score a short line among the article's paragraphs needs: 0.99, or
    :data:`BETWEEN_THRESHOLD` when it is shaped as a headline (a subhead, perhaps)."""
    return BETWEEN_THRESHOLD if headline_shaped(line_view) else PROSE_THRESHOLD


def _edge_furniture(
    model: LineModel, views: Sequence[str], anchors: list[int], settled: list[bool]
) -> list[Furniture]:
    """The short paragraphs at the body's edges that are furniture (the last ones, then
    the first ones), taken out of ``anchors`` and marked in ``settled``; one paragraph
    is always left."""
    found = []
    for zone in EDGES:
        while len(anchors) > 1:
            index = anchors[-1] if zone == LAST else anchors[0]
            line_view = views[index].strip()
            if len(line_view) > MAX_CHARS:
                break
            if reads_as_prose(line_view) and not (
                zone == FIRST and _headline_under(views, index, anchors[1], settled)
            ):
                break
            place = edge_place(index, zone, views, settled)
            probability = model.score_line(line_view, place)
            if probability < ANCHOR_THRESHOLD:
                break
            anchors.remove(index)
            settled[index] = True
            found.append(_furniture(model, index, line_view, place, probability, _WHERE[zone]))
    return found


def _headline_under(
    views: Sequence[str], index: int, next_anchor: int, settled: Sequence[bool]
) -> bool:
    """Is a line shaped as a headline, not settled, between the paragraph at ``index``
    and the next one? Then that paragraph stands above the page's headline: it is the
    page's header, not the article's first paragraph (``欢迎访问…！今天是…``)."""
    return any(
        not settled[between] and headline_shaped(views[between].strip())
        for between in range(index + 1, next_anchor)
    )


def _furniture(
    model: LineModel, index: int, line_view: str, place: Place, probability: float, where: str
) -> Furniture:
    """The cut of a line the model scored, with the features that weighed most."""
    words = ", ".join(model.evidence(line_features(line_view, place)))
    evidence = f"p={probability:.2f}, {where}; {words}"
    return Furniture(index, signal_label(CATEGORY, KIND, "furniture", evidence))


LAST, FIRST = "last-paragraph", "first-paragraph"
EDGES = (LAST, FIRST)
"""The body's edges, in the order the model looks at them."""
TITLE_WHERE = "the text's first line, a headline below it"
ABOVE_END_WHERE = "short line after the body, above a sentence of the article's"
_WHERE = {
    "before": "short line before the body",
    "between": "short line between the body's paragraphs",
    "after": "short line after the body",
    LAST: "short paragraph at the end of the body",
    FIRST: "short paragraph at the start of the body",
}


def edge_place(index: int, zone: str, views: Sequence[str], settled: Sequence[bool]) -> Place:
    """The place of a paragraph at an edge of the body (``zone`` is :data:`FIRST` or
    :data:`LAST`): what its neighbours (not blank) are."""
    before = next((i for i in range(index - 1, -1, -1) if views[i].strip()), None)
    after = next((i for i in range(index + 1, len(views)) if views[i].strip()), None)
    return Place(
        zone,
        0,
        before is not None and settled[before],
        after is not None and settled[after],
    )
