"""Cases for the paragraph-rejoin benchmark (``layout_bench.py``): broken e-paper layout.

    from layout_corpus import make_case, make_cases, clean_paragraphs, headlines

The material comes from the seeds, read as ``clean(bytes, CleanConfig(rejoin_paragraphs=False,
script_target="keep"))`` so it is decoded and cleaned but not rejoined:

* ``clean_paragraphs()``: whole body paragraphs, i.e. lines that end in sentence-final
  punctuation (``。！？!?…``, maybe followed by a closing quote or paren, or by a byline
  such as ``(何穗)``) whose previous line (headlines skipped) does not stop inside a
  sentence. So the pieces of the seeds' own broken sentences (``是商水`` / ``县正在实行``,
  ``巡逻`` / ``与死神赛跑 惊心动魄20分`` / ``队员王利清…``) are left out.
* ``headlines()``: the seeds' headline-like lines (short, no sentence-final punctuation, no
  comma, followed by body text) plus a few hundred made from templates.

Both come in Simplified and in Traditional script: the seeds hold both, and each line is
also converted with OpenCC (``t2s``/``s2t``).

``make_case(rng)`` builds one document of 3-8 paragraphs in one script: some paragraphs are
cut inside a sentence (``A`` + ``"\\n\\n"`` or ``"\\n"`` + ``B``), some headlines stand
between paragraphs (real boundaries), and some headlines are dropped inside a cut sentence
(``A\\n\\nH\\n\\nB``, to be read as ``H\\n\\nA+B``). The ``Case`` holds the input text, the
expected document and a ``Label`` for every place where the input is cut, with text on
either side that occurs once in the document, so a joiner's output can be scored from its
text alone. Same ``random.Random`` state, same case.
"""

from __future__ import annotations

import functools
import itertools
import random
import re
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import opencc  # noqa: E402

import textclean  # noqa: E402

SCRIPTS = ("Simplified", "Traditional")
TRADITIONAL_SEEDS = ("000", "004")
READ_CONFIG = textclean.CleanConfig(rejoin_paragraphs=False, script_target="keep")
"""Seeds decoded and cleaned, not rejoined: the corpus must not depend on what is measured."""

FINAL = "。！？!?…"
CLOSING = '”」』"’)）'
ENDS_SENTENCE = re.compile(f"[{FINAL}][{CLOSING}]*(?:[(（][^()（）]{{1,20}}[)）])?$")
"""A line that ends a sentence: ``。``, ``?”``, ``…)``, or ``。(何穗)`` with a byline."""
CLAUSE = re.compile("[,，、;；]")
NOT_HEADLINE = re.compile(
    r"^[\d□(（\[【]|記者|记者|編輯|编辑|來源|来源|版權|版权|熱詞|热词|分享|http|Copyright|PDF|_"
)
BYLINE = re.compile("^□|^記者|^记者")
MOJIBAKE = re.compile(
    "\\?[!?/]|[!?]\\?|\ufffd|(?<![吗嗎呢么麼吧啊办辦啥样樣])\\?(?=[\u4e00-\u9fff])"
)
"""Question marks left by lost bytes (``活動??政府``, ``運輸?問題``), not real questions."""
CONTINUATION_MARK = re.compile(r"[(（](?:上接|下转|下轉|接|转|轉)[^()（）]{1,8}[)）]")
SEED_FRAGMENTS = ("马三华轻车简从来到化河乡东化",)
"""The seeds' cut lines that pass for a headline (short, no comma): listed by hand."""

HEADLINE_COUNT = 400
"""How many headlines the templates make (in Simplified; as many again in Traditional)."""


class Label(NamedTuple):
    """A place where the input is cut: ``left`` ends the text before it, ``right`` starts
    the text after it (each occurs once in the input and in the expected document).

    kind: ``"break"`` (to be joined: ``left + right`` in the output), ``"boundary"`` (two
    paragraphs, or a headline and a paragraph: must stay apart), ``"headline-in-sentence"``
    (``left`` and ``right`` to be joined, ``headline`` to stand alone before the paragraph).
    ``headline`` is also set on a boundary that follows a headline (the hard ones).
    """

    kind: str
    left: str
    right: str
    headline: str = ""


class Case(NamedTuple):
    text: str  # the input
    expected: str  # the true document: whole paragraphs, headlines on their own lines
    labels: tuple[Label, ...]
    script: str  # "Simplified" or "Traditional"


# --- the material -------------------------------------------------------------------------


def ends_sentence(line: str) -> bool:
    return ENDS_SENTENCE.search(line) is not None


def seed_lines() -> list[tuple[str, list[str]]]:
    """(script, non-blank lines) of every seed, cleaned, without continuation marks."""
    seeds = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        script = "Traditional" if path.name[:3] in TRADITIONAL_SEEDS else "Simplified"
        text = textclean.clean(path.read_bytes(), READ_CONFIG).text
        lines = [CONTINUATION_MARK.sub("", line).strip() for line in text.split("\n")]
        seeds.append((script, [line for line in lines if line]))
    return seeds


def headline_like(lines: list[str], index: int) -> bool:
    """A short line without final punctuation or comma, followed by body text (maybe
    after more headline lines, as in a headline with a subtitle, or by a byline)."""
    line = lines[index]
    if not 6 <= len(line) <= 40 or ends_sentence(line) or CLAUSE.search(line):
        return False
    if NOT_HEADLINE.search(line) or line in SEED_FRAGMENTS or MOJIBAKE.search(line):
        return False
    following = lines[index + 1] if index + 1 < len(lines) else ""
    return (
        ends_sentence(following)
        or BYLINE.search(following) is not None
        or (bool(following) and following != line and headline_like(lines, index + 1))
    )


def both_scripts(native: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """Each script's lines plus the other script's converted by OpenCC, without repeats."""
    s2t, t2s = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")
    simplified = native["Simplified"] + [t2s.convert(line) for line in native["Traditional"]]
    traditional = native["Traditional"] + [s2t.convert(line) for line in native["Simplified"]]
    return {"Simplified": unique(simplified), "Traditional": unique(traditional)}


def unique(lines: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(lines))


@functools.cache
def clean_paragraphs() -> dict[str, tuple[str, ...]]:
    """The seeds' whole body paragraphs by script (see the module's docstring)."""
    native: dict[str, list[str]] = {script: [] for script in SCRIPTS}
    for script, lines in seed_lines():
        for index, line in enumerate(lines):
            before = index - 1
            while before >= 0 and headline_like(lines, before):
                before -= 1  # a headline in a cut sentence: 巡逻 / 与死神赛跑… / 队员王利清
            whole = before < 0 or not cut_line(lines[before])
            if whole and ends_sentence(line) and len(line) >= 10 and not MOJIBAKE.search(line):
                native[script].append(line)
    return both_scripts(native)


def cut_line(line: str) -> bool:
    """A line of body text that stops without ending its sentence (not a byline such as
    ``□记者 马治卫`` or ``(王明阳 柳真真)``)."""
    if ends_sentence(line):
        return False
    return len(line) > 40 or CLAUSE.search(line) is not None or line in SEED_FRAGMENTS


@functools.cache
def seed_headlines() -> dict[str, tuple[str, ...]]:
    native: dict[str, list[str]] = {script: [] for script in SCRIPTS}
    for script, lines in seed_lines():
        native[script] += [line for index, line in enumerate(lines) if headline_like(lines, index)]
    return both_scripts(native)


@functools.cache
def headlines() -> dict[str, tuple[str, ...]]:
    """The seeds' headlines and ``HEADLINE_COUNT`` made from templates, by script."""
    seeds = seed_headlines()
    made = [line for line in template_headlines() if line not in seeds["Simplified"]]
    s2t = opencc.OpenCC("s2t")
    return {
        "Simplified": unique([*seeds["Simplified"], *made]),
        "Traditional": unique([*seeds["Traditional"], *(s2t.convert(line) for line in made)]),
    }


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


PLACES = words(
    "商水县 周口市 正阳县 傅寨乡 张庄镇 大营镇 商洛市 城关镇 谭庄镇 宝丰县 郝岗镇 化河乡"
    " 东城办事处 我县 全市 市政协 县委宣传部 县农业农村局 县卫健委 县总工会 县城投公司"
)
SHORT_PLACES = words("商水 周口 正阳 商洛 宝丰 傅寨 张庄 大营 郝岗 谭庄")
ACTIONS = words(
    "扎实开展 全力推进 深入开展 积极部署 全面落实 持续推进 圆满完成 严格落实 高效推进"
    " 精心组织 全力做好 统筹推进"
)
OBJECTS = words(
    "疫情防控工作 春耕生产 冬季送温暖活动 人居环境整治行动 安全生产大检查 蔬菜促销活动"
    " “敲门行动” 核酸检测工作 防疫隔离点建设 “我为群众办实事”实践活动 消费帮扶行动"
    " 志愿服务活动 巩固脱贫攻坚成果工作 “关爱你我他”行动 重点人员排查"
)
PEOPLE = words("孔阳 沈宗祥 马三华 王宁岗 夏启宗 赵绪春 郭童超 刘炳志")
VISITS = words("调研 督导 检查 慰问 走访")
SITES = words("隔离点 疫情防控卡点 敬老院 重点企业 社区 高速路口 乡镇卫生院 学校")
FOUR = words(
    "同舟共济 众志成城 守望相助 勇挑重担 闻令而动 万众一心 共克时艰 风雨同舟 尽锐出战"
    " 冲锋在前 坚守一线 心系群众 真情帮扶 春风化雨 勠力同心 听令而行 守土尽责"
)
PHRASES = words(
    "坚决打赢疫情防控阻击战 我们始终在一起 保障市场供应 筑牢外防输入防线 守护群众生命健康"
    " 织密疫情防控网 跑出防控加速度 让党旗高高飘扬 温暖千万家 传递爱心正能量"
)
RACES = words("与死神赛跑 与时间赛跑 与病毒较量 生死营救 雪夜驰援 连夜转运")
FEELINGS = words("惊心动魄 争分夺秒 分秒必争 全力以赴 不眠不休")
SPANS = words("20分 18分钟 48小时 1天 3昼夜 72小时 半小时")
COUNTS = words("882名 200余名 56名 1300余名 30名 12名")
GROUPS = words("党员干部 志愿者 医护人员 青年突击队员 网格员 驻村工作队员")
DEEDS = words("下沉社区 坚守一线 逆行出征 连夜奋战 入户走访 值守卡点")
COLONS = (":", "：")


def template_headlines(count: int = HEADLINE_COUNT, seed: int = 2024) -> list[str]:
    """``count`` distinct Simplified headlines in the seeds' styles (deterministic)."""
    rng = random.Random(seed)
    c = rng.choice

    def two(choices: tuple[str, ...], between: str = "") -> str:
        return between.join(rng.sample(choices, 2))

    templates = (
        lambda: f"{c(PLACES)}{c(ACTIONS)}{c(OBJECTS)}",  # 孔阳深入谭庄等乡镇督导疫情防控工作
        lambda: f"{c(PEOPLE)}到{c(PLACES)}{c(SITES)}{c(VISITS)}",  # 沈宗祥到…隔离点调研
        lambda: f"{c(PEOPLE)}深入{c(PLACES)}{c(VISITS)}{c(OBJECTS)}",
        lambda: f"{c(FOUR)} {c(PHRASES)}",  # 同舟共济 坚决打赢疫情防控阻击战
        lambda: " ".join(rng.sample(FOUR, 3)),  # 当天接令 当天筹备 当天接收
        lambda: f"{c(SHORT_PLACES)}{c(COLONS)}{c(ACTIONS)}{c(OBJECTS)}",  # 商水:积极开展…
        lambda: f"{two(FOUR)}——{c(PLACES)}{c(OBJECTS)}纪实",  # 勠力同心战疫情…——…小记
        lambda: f"{c(RACES)} {c(FEELINGS)}{c(SPANS)}",  # 与死神赛跑 惊心动魄20分
        lambda: f"{c(PLACES)}{c(COUNTS)}{c(GROUPS)}{c(DEEDS)}",
        lambda: f"{c(GROUPS)}{c(DEEDS)} {c(FOUR)}",
        lambda: f"{c(FOUR)}{c(PHRASES)}",  # 听令而行同心战疫
    )
    made: dict[str, None] = {}
    while len(made) < count:
        made.setdefault(c(templates)(), None)
    return list(made)


# --- the cases ----------------------------------------------------------------------------

P_TITLE = 0.5  # the document starts with a headline
P_SUBTITLE = 0.2  # a headline comes with a second one
P_HEADLINE = 0.3  # a headline stands before a paragraph (not the first)
P_CUT = 0.45  # a paragraph is cut
P_SECOND_CUT = 0.25  # a cut paragraph is cut twice
P_HEADLINE_IN = 0.35  # a headline is dropped into one cut of a cut paragraph
P_SAME_SEPARATOR = 0.7  # a cut is marked like the document's paragraphs
MIN_PIECE = 3  # characters on either side of a cut, at least
CONTEXT = 6  # characters a label starts with on either side, more when needed to be unique


def word(char: str) -> bool:
    return unicodedata.category(char)[0] in "LN"


def cut_points(paragraph: str) -> list[int]:
    """Offsets strictly inside a sentence: between two letters or digits (not two ASCII
    ones: that would cut a word), with a sentence end after, ``MIN_PIECE`` from either end."""
    last_end = max(paragraph.rfind(mark) for mark in FINAL)
    return [
        i
        for i in range(MIN_PIECE, min(last_end, len(paragraph) - MIN_PIECE) + 1)
        if word(paragraph[i - 1]) and word(paragraph[i])
        if not (paragraph[i - 1].isascii() and paragraph[i].isascii())
    ]


class _Gap(NamedTuple):
    kind: str  # "break", "boundary" or "headline-in-sentence"
    separator: str
    headline: str = ""


def make_case(rng: random.Random) -> Case:
    """One document (see the module's docstring); retried until every label is unique."""
    while True:
        case = _attempt(rng)
        if case is not None:
            return case


def make_cases(count: int, seed: int = 0) -> list[Case]:
    rng = random.Random(seed)
    return [make_case(rng) for _ in range(count)]


def _attempt(rng: random.Random) -> Case | None:
    script = rng.choice(SCRIPTS)
    pool, titles = clean_paragraphs()[script], headlines()[script]
    paragraphs = rng.sample(pool, rng.randint(3, 8))
    separator = "\n\n" if rng.random() < 0.7 else "\n"
    other = "\n" if separator == "\n\n" else "\n\n"
    used = iter(rng.sample(titles, 2 * len(paragraphs) + 2))  # distinct headlines

    def cut_separator() -> str:
        return separator if rng.random() < P_SAME_SEPARATOR else other

    expected: list[str] = []
    pieces: list[str] = []  # the input, piece by piece
    gaps: list[_Gap] = []  # gaps[i] comes after pieces[i]

    def add(piece: str, gap: _Gap | None) -> None:
        if pieces:
            assert gap is not None
            after = pieces[-1] if pieces[-1] in heads else ""
            gaps.append(gap._replace(headline=after) if gap.kind == "boundary" else gap)
        pieces.append(piece)

    heads: list[str] = []  # the headlines put between paragraphs
    for number, paragraph in enumerate(paragraphs):
        first = len(heads)
        if rng.random() < (P_TITLE if number == 0 else P_HEADLINE):
            heads.append(next(used))
            if rng.random() < P_SUBTITLE:
                heads.append(next(used))
        for head in heads[first:]:
            expected.append(head)
            add(head, _Gap("boundary", separator))
        points = cut_points(paragraph) if rng.random() < P_CUT else []
        cuts: list[int] = []
        if points:
            cuts.append(rng.choice(points))
            if rng.random() < P_SECOND_CUT:
                further = [i for i in points if abs(i - cuts[0]) >= MIN_PIECE]
                if further:
                    cuts = sorted([cuts[0], rng.choice(further)])
        dropped = rng.randrange(len(cuts)) if cuts and rng.random() < P_HEADLINE_IN else None
        if dropped is not None:
            expected.append(next(used))
        expected.append(paragraph)
        bounds = [0, *cuts, len(paragraph)]
        for index, (start, end) in enumerate(itertools.pairwise(bounds)):
            piece = paragraph[start:end]
            if index == 0:
                add(piece, _Gap("boundary", separator))
            elif index - 1 == dropped:
                gaps.append(_Gap("headline-in-sentence", cut_separator(), expected[-2]))
                pieces.append(piece)
            else:
                add(piece, _Gap("break", cut_separator()))

    # the input: a dropped headline sits between the two pieces of its cut
    parts = [pieces[0]]
    for gap, piece in zip(gaps, pieces[1:], strict=True):
        if gap.kind == "headline-in-sentence":
            parts += [gap.separator, gap.headline, cut_separator()]
        else:
            parts.append(gap.separator)
        parts.append(piece)
    text, expected_text = "".join(parts), separator.join(expected)

    # the label's context: the shortest that occurs once, however the joiner joins
    checks = (text, expected_text, text.replace("\n", ""), expected_text.replace("\n", ""))
    labels = []
    for gap, before, after in zip(gaps, pieces[:-1], pieces[1:], strict=True):
        left = _unique_end(before, checks, from_start=False)
        right = _unique_end(after, checks, from_start=True)
        if left is None or right is None:
            return None
        labels.append(Label(gap.kind, left, right, gap.headline))
    expected_paragraphs = paragraphs_of(expected_text)
    for head in (label.headline for label in labels if label.kind == "headline-in-sentence"):
        if expected_paragraphs.count(head) != 1 or text.count(head) != 1:
            return None
    return Case(text, expected_text, tuple(labels), script)


def _unique_end(piece: str, texts: tuple[str, ...], from_start: bool) -> str | None:
    """The shortest start (or end) of ``piece``, at least ``CONTEXT`` characters, that
    occurs once in each of ``texts``; None when even the whole piece does not."""
    for size in range(min(CONTEXT, len(piece)), len(piece) + 1):
        context = piece[:size] if from_start else piece[len(piece) - size :]
        if all(text.count(context) == 1 for text in texts):
            return context
    return None


def paragraphs_of(text: str) -> list[str]:
    """A document's paragraphs: its non-blank lines, stripped (blank line or line break)."""
    return [line.strip() for line in text.split("\n") if line.strip()]
