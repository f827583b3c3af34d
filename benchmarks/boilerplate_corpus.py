"""Labelled documents for the boilerplate benchmark (``boilerplate_bench.py``).

    from boilerplate_corpus import make_documents, seed_labels, CATEGORIES

Every generated line carries a label (``article``, ``boilerplate`` or ``spam``) and a
category, so the benchmark can score the *boilerplate* step line by line:

* the article: body paragraphs and headlines taken from the hand labels of the seeds
  (``tests/boilerplate/labels/NNN.tsv``: the lines labelled ``article``; body paragraphs are
  the long ones with sentence punctuation, their byline leads such as ``本报讯(记者 马治卫)``
  taken off), plus headlines made by ``layout_corpus.template_headlines``;
* around it, site boilerplate from templates written here, several per category and each
  with varied sites, names, numbers, dates, separators, brackets, full- or half-width
  punctuation and spaces: copyright, ICP / 公网安备 registration, share and page tools,
  editor lines, source and article-information lines, original titles, reprint
  disclaimers, navigation, related-links blocks (a "相关新闻" line and 2-4 headlines of
  other stories), hot words, contact and report lines, e-paper page headers, date lines,
  CMS residue, summary blocks and bylines;
* spam: SEO spam headers (porn, gambling, lottery, illegal services; terms joined by
  ``_``, ``|``, ``-`` or spaces) and keyword-stuffed lines inside the body;
* hard negatives, labelled ``article``: body sentences about 版权, 来源, 编辑, 记者, 举报,
  电话 or a gambling case ("警方破获…六合彩…案"), and headlines of that kind, anywhere in
  the body (first and last paragraph included). They must be kept.

Article lines may carry a byline lead (``本报讯(记者 …)``) or a trailing credit
(``…。(何穗)``): the line is ``article`` and its article characters are the body only
(``Line.article``), so cutting the credit costs nothing and cutting body text does.

About 30% of the documents are rendered in Traditional script (OpenCC ``s2t``, piece by
piece so the article span stays exact). Lines are joined by ``"\\n\\n"`` (sometimes
``"\\n"``). Same seed, same documents: everything is drawn from ``random.Random(seed)``.
"""

from __future__ import annotations

import datetime
import functools
import random
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
BENCHMARKS = Path(__file__).resolve().parent
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))

import opencc  # noqa: E402
from layout_corpus import SEED_FRAGMENTS, template_headlines  # noqa: E402

LABELS_DIR = ROOT / "tests" / "boilerplate" / "labels"
SEED_PREFIXES = ("000", "001", "002", "003", "004")

ARTICLE, BOILERPLATE, SPAM = "article", "boilerplate", "spam"
LABELS = (ARTICLE, BOILERPLATE, SPAM)

ARTICLE_CATEGORIES = ("body", "body-with-byline", "headline", "hard-negative")
BOILERPLATE_CATEGORIES = (
    "copyright",
    "registration",
    "share",
    "editor",
    "source",
    "original-title",
    "disclaimer",
    "navigation",
    "related",
    "hot-words",
    "contact",
    "epaper",
    "date-line",
    "cms",
    "summary",
    "byline",
)
SPAM_CATEGORIES = ("spam-header", "spam-stuffed")
CATEGORIES = ARTICLE_CATEGORIES + BOILERPLATE_CATEGORIES + SPAM_CATEGORIES
LABEL_OF = {
    **dict.fromkeys(ARTICLE_CATEGORIES, ARTICLE),
    **dict.fromkeys(BOILERPLATE_CATEGORIES, BOILERPLATE),
    **dict.fromkeys(SPAM_CATEGORIES, SPAM),
}

P_TRADITIONAL = 0.3
P_SINGLE_NEWLINE = 0.25
P_INDENT = 0.05


class Line(NamedTuple):
    """One non-blank line of a document: its text, label and category.

    ``article``: the ``[start, end)`` of the article characters in ``text`` (the body of a
    line with a byline lead or a trailing credit); the whole line for other lines.
    """

    text: str
    label: str
    category: str
    article: tuple[int, int]


class Document(NamedTuple):
    text: str
    lines: tuple[Line, ...]  # the non-blank lines of ``text``, in order
    script: str  # "Simplified" or "Traditional"


# --- the seeds ----------------------------------------------------------------------------


def seed_labels(prefix: str) -> list[tuple[str, str]]:
    """``(label, line)`` of the hand labels of seed ``prefix`` (comment rows skipped)."""
    rows = (LABELS_DIR / f"{prefix}.tsv").read_text("utf-8").splitlines()
    pairs = []
    for row in rows:
        if row.startswith("#") or not row.strip():
            continue
        label, line = row.split("\t", 1)
        pairs.append((label, line))
    return pairs


LEAD = re.compile(
    r"^\s*(?:本报讯|本報訊|本报[\u4e00-\u9fff]{0,8}电|本報[\u4e00-\u9fff]{0,8}電"
    r"|(?:新华社|新華社|中新社|中新网|中新網)[\u4e00-\u9fff\d]{0,12}[电電])?\s*"
    r"[(（](?:本报|本報|实习|實習|见习|見習|特约|特約|首席)?(?:记者|記者|通讯员|通訊員)"
    r"[^()（）]{1,60}[)）]\s*"
)
"""A byline lead (``本报讯(记者 马治卫)``): not article characters."""
TRAILING = re.compile(
    r"(?<=[。！？!?”\"])\s*[(（][\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*[)）]\s*$"
)
"""A trailing credit (``…生命重新绽放。(何穗)``): not article characters."""
SENTENCE = re.compile("[。！？!?]")
ENDS_SENTENCE = re.compile('[。！？!?…][”」』"’)）]*$')
NOT_HEADLINE = re.compile("[。！？!?,，;；:：]")


def article_span(line: str) -> tuple[int, int]:
    """The article characters of a seed line: without a byline lead or trailing credit."""
    lead = LEAD.match(line)
    start = lead.end() if lead else 0
    trailing = TRAILING.search(line, start)
    return start, trailing.start() if trailing else len(line)


@functools.cache
def body_paragraphs() -> tuple[str, ...]:
    """The seeds' body paragraphs: article lines of 20+ characters that end a sentence,
    byline leads and trailing credits taken off."""
    found: dict[str, None] = {}
    for prefix in SEED_PREFIXES:
        for label, line in seed_labels(prefix):
            start, end = article_span(line)
            body = line[start:end].strip()
            if label == ARTICLE and len(body) >= 20 and ENDS_SENTENCE.search(body):
                found.setdefault(body, None)
    return tuple(found)


@functools.cache
def headlines() -> tuple[str, ...]:
    """The seeds' headlines (short article lines without sentence punctuation) and 300
    made from the layout benchmark's templates."""
    found: dict[str, None] = {}
    for prefix in SEED_PREFIXES:
        for label, line in seed_labels(prefix):
            short = 5 <= len(line) <= 40 and not NOT_HEADLINE.search(line)
            if label == ARTICLE and short and line not in SEED_FRAGMENTS:
                found.setdefault(line, None)
    for line in template_headlines(300, seed=7):
        found.setdefault(line, None)
    return tuple(found)


# --- material for the templates -----------------------------------------------------------


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


class Site(NamedTuple):
    name: str
    domain: str
    province: str  # the one-character abbreviation of ICP numbers
    paper: str  # the newspaper or the site's publisher
    city: str


SITES = (
    Site("各界新闻网", "gjnews.cn", "陕", "各界导报", "西安"),
    Site("周口日报", "zkrb.cn", "豫", "周口日报社", "周口"),
    Site("周口网", "zkwb.com.cn", "豫", "周口晚报", "周口"),
    Site("大河网", "dahe.cn", "豫", "河南日报", "郑州"),
    Site("商水县人民政府", "shangshui.gov.cn", "豫", "商水县人民政府办公室", "商水"),
    Site("正阳县融媒体中心", "zynews.cn", "豫", "正阳县融媒体中心", "正阳"),
    Site("商洛日报", "slrb.com.cn", "陕", "商洛日报社", "商洛"),
    Site("宝丰县人民政府网", "baofeng.gov.cn", "豫", "宝丰县融媒体中心", "宝丰"),
    Site("中原网", "zynews.com", "豫", "郑州日报", "郑州"),
    Site("人民网", "people.com.cn", "京", "人民日报", "北京"),
    Site("中国新闻网", "chinanews.com.cn", "京", "中国新闻社", "北京"),
    Site("东方网", "eastday.com", "沪", "解放日报", "上海"),
    Site("红网", "rednet.cn", "湘", "湖南日报", "长沙"),
    Site("荆楚网", "cnhubei.com", "鄂", "湖北日报", "武汉"),
    Site("南方网", "southcn.com", "粤", "南方日报", "广州"),
    Site("齐鲁网", "iqilu.com", "鲁", "山东广播电视台", "济南"),
    Site("浙江在线", "zjol.com.cn", "浙", "浙江日报", "杭州"),
    Site("华商网", "hsw.cn", "陕", "华商报", "西安"),
    Site("驻马店网", "zmdnews.cn", "豫", "驻马店日报", "驻马店"),
    Site("平顶山新闻网", "pdsxww.com", "豫", "平顶山日报", "平顶山"),
)
NAMES = words(
    "马治卫 何穗 王斌 寇静 田莉 白为 李欣欣 张洁 刘洋 孙涛 赵敏 陈静 周磊 吴昊 郑伟 黄婷"
    " 戚富岗 郝文杰 潘全喜 王明阳 柳真真 何五昌 杨帆 朱琳 徐鹏 高原 林晓 罗静 宋佳 唐亮"
    " 韩雪 冯涛 曹阳 彭丽 曾敏 谢婷 董杰 袁野 蒋雯 蔡明 余晨 杜鹃 叶青 程浩 苏晴 吕伟"
)
SECTIONS = words(
    "新闻中心 县域新闻 时政要闻 本地新闻 社会民生 图片新闻 政务公开 工作动态 乡镇动态 专题专栏"
    " 抗疫专题 党建 视频 评论 文化 教育 健康 经济 法治 要闻"
)
PAGES = words("商水新闻 要闻 综合新闻 县域经济 时事 社会 专版 周口·商水 政协风采 民生")
HOT_WORDS = words(
    "疫情防控 商水县 核酸检测 党员干部 志愿者 隔离点 乡村振兴 商洛市政协 春耕生产 蔬菜促销"
    " 温暖千万家 敲门行动 网格管理 脱贫攻坚 民生保障 复工复产 防疫一线 基层党建"
)
PLACES = words(
    "商水县 周口市 正阳县 傅寨乡 张庄镇 大营镇 商洛市 城关镇 谭庄镇 宝丰县 郝岗镇 化河乡"
    " 东城办事处 阳城办事处 姚集乡"
)
DEPARTMENTS = words(
    "县委宣传部 县卫健委 县融媒体中心 县政府办公室 县农业农村局 县公安局 县市场监管局"
    " 县委网信办 市政协办公室"
)
COMPANIES = words(
    "河南大象网络科技有限公司 郑州中原网络技术有限公司 西安华商数字传媒有限公司"
    " 北京拓尔思信息技术股份有限公司 商水县融媒体中心技术部"
)
WEEKDAYS = "一二三四五六日"
LUNAR_MONTHS = "冬腊正二三四五六七八九十"  # roughly the lunar month of a solar month
BRACKETS = (("[", "]"), ("【", "】"), ("(", ")"), ("（", "）"), ("［", "］"))
COLONS = (":", "：", ":", "：", ": ", "： ", " : ", " ：")
GAPS = (" ", "  ", "　", " ", "   ", "　　", " | ", " ")


def fullwidth(text: str) -> str:
    """ASCII letters, digits and punctuation in full width, spaces as ideographic spaces."""
    return "".join(
        chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in text
    )


@dataclass
class Pen:
    """What the templates of one document draw from: its site, date, people, headline."""

    rng: random.Random
    site: Site
    day: datetime.date
    reporters: list[str]
    editors: list[str]
    headline: str
    lead: str

    def pick(self, choices: Sequence[str]) -> str:
        return self.rng.choice(choices)

    def num(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)

    def digits(self, count: int) -> str:
        return str(self.rng.randint(10 ** (count - 1), 10**count - 1))

    def colon(self) -> str:
        return self.rng.choice(COLONS)

    def gap(self) -> str:
        return self.rng.choice(GAPS)

    def brackets(self) -> tuple[str, str]:
        return self.rng.choice(BRACKETS)

    def name(self) -> str:
        return self.rng.choice(NAMES)

    def names(self, count: int) -> list[str]:
        return self.rng.sample(NAMES, count)

    def other_headline(self) -> str:
        return self.rng.choice([h for h in self.rng.sample(headlines(), 3) if h != self.headline])

    def phone(self) -> str:
        area = self.pick(("0394", "0371", "0914", "0375", "010", "029", "0396"))
        return self.pick(
            (
                f"{area}-{self.digits(7)}",
                f"{area}-{self.digits(8)}",
                f"({area}){self.digits(7)}",
                f"1{self.pick('35789')}{self.digits(9)}",
                f"400-{self.digits(3)}-{self.digits(4)}",
                f"{area}—{self.digits(7)}",
            )
        )

    def email(self) -> str:
        user = self.pick(("news", "tougao", "jubao", "webmaster", "zkrb", "xinwen", "bjb"))
        return f"{user}@{self.pick((self.site.domain, '163.com', '126.com', 'qq.com'))}"

    def date(self, day: datetime.date | None = None) -> str:
        d = day or self.day
        y, m, dd = d.year, d.month, d.day
        return self.pick(
            (
                f"{y}年{m}月{dd}日",
                f"{y}年{m:02d}月{dd:02d}日",
                f"{y}-{m:02d}-{dd:02d}",
                f"{y}-{m}-{dd}",
                f"{y}/{m:02d}/{dd:02d}",
                f"{y}.{m:02d}.{dd:02d}",
            )
        )

    def time(self) -> str:
        h, mi, s = self.num(6, 23), self.num(0, 59), self.num(0, 59)
        return self.pick((f"{h:02d}:{mi:02d}", f"{h:02d}:{mi:02d}:{s:02d}", f"{h}:{mi:02d}"))

    def datetime(self) -> str:
        return f"{self.date()}{self.pick((' ', '  ', '　'))}{self.time()}"

    def weekday(self, day: datetime.date | None = None) -> str:
        d = day or self.day
        return self.pick(("星期", "周")) + WEEKDAYS[d.weekday()]

    def page(self) -> str:
        return f"{self.num(1, 16):02d}" if self.rng.random() < 0.6 else str(self.num(1, 8))

    def words(self, low: int, high: int) -> list[str]:
        return self.rng.sample(HOT_WORDS, self.num(low, high))


Template = Callable[[Pen], str]


def _copyright(p: Pen) -> list[Template]:
    s, y = p.site, p.day.year
    y0 = p.num(1998, 2012)
    return [
        lambda p: f"{s.name} 版权所有 Copyright(C) {y0}-{y} {s.domain} All Rights Reserved",
        lambda p: f"Copyright © {y0}-{y} {s.name}. All Rights Reserved.",
        lambda p: f"版权所有{p.colon()}{s.paper}{p.gap()}未经许可不得转载",
        lambda p: (
            f"本网所有文字、图片和音视频等,版权均属{s.name}所有,"
            "未经本网协议授权不得转载、链接或其他方式复制发表。"
        ),
        lambda p: f"{s.name}版权所有，未经书面授权禁止使用",
        lambda p: f"©{y} {s.name} 版权所有",
        lambda p: f"Copyright {y0} - {y} {s.domain} Inc. 保留所有权利",
        lambda p: f"未经{s.name}书面授权，任何单位及个人不得转载、摘编或以其它方式使用本网内容。",
        lambda p: f"版权声明{p.colon()}本文为{s.name}原创稿件，转载请注明出处。",
        lambda p: f"本文系{s.name}原创，转载请注明出处。",
        lambda p: f"Copyright©{y} {s.name}（{s.domain}）",
        lambda p: f"{s.paper}主办{p.gap()}版权所有{p.gap()}{p.pick(('©', '(C)', '(c)'))}{y}",
    ]


def _registration(p: Pen) -> list[Template]:
    s = p.site
    icp = f"{s.province}ICP备{p.digits(8)}号" + p.pick(("", "", f"-{p.num(1, 5)}"))
    police = f"{s.province}公网安备{p.pick(('', ' '))}{p.digits(14)}号"
    return [
        lambda p: f"备案号{p.colon()}{icp}",
        lambda p: icp,
        lambda p: police,
        lambda p: f"ICP备案号{p.colon()}{icp}{p.gap()}{police}",
        lambda p: f"互联网新闻信息服务许可证{p.colon()}{p.digits(11)}",
        lambda p: f"增值电信业务经营许可证{p.colon()}{s.province}B2-{p.digits(8)}",
        lambda p: (
            f"网络文化经营许可证{p.gap()}{s.province}网文〔{p.day.year}〕{p.digits(4)}-"
            f"{p.digits(3)}号"
        ),
        lambda p: f"信息网络传播视听节目许可证{p.colon()}{p.digits(7)}号",
        lambda p: f"{s.province}ICP证{p.digits(6)}号",
        lambda p: (
            fullwidth(icp) if p.rng.random() < 0.5 else f"{fullwidth('ICP')}备{p.digits(8)}号"
        ),
        lambda p: f"网站标识码{p.colon()}{p.digits(10)}{p.gap()}{icp}{p.gap()}{police}",
        lambda p: f"{p.pick(('[', '【', ''))}{icp}{p.pick((']', '】', ''))}",
    ]


def _share(p: Pen) -> list[Template]:
    return [
        lambda p: f"分享到{p.pick((':', '：', ''))}",
        lambda p: f"分享至{p.colon()}微信{p.gap()}微博{p.gap()}QQ空间",
        lambda p: "【打印】【关闭】",
        lambda p: f"打印本页{p.pick((' | ', '  ', '　'))}关闭窗口",
        lambda p: p.pick(
            ("扫一扫在手机上查看当前页面", "扫一扫，手机阅读更方便", "扫描二维码 关注我们")
        ),
        lambda p: f"字号{p.colon()}大 中 小",
        lambda p: f"【字体{p.colon()}大 中 小】",
        lambda p: "[我要纠错] [打印本页] [关闭窗口]",
        lambda p: "微信扫一扫 分享到朋友圈",
        lambda p: p.pick(("返回顶部", "回到顶部", "【返回顶部】")),
        lambda p: f"{p.pick(('上一篇', '下一篇', '上一条'))}{p.colon()}{p.other_headline()}",
        lambda p: f"收藏本页{p.gap()}加入收藏{p.gap()}返回首页",
        lambda p: f"分享到{p.colon()}微信 新浪微博 QQ好友 复制链接",
        lambda p: "打印 | 关闭 | 纠错",
    ]


def _editor(p: Pen) -> list[Template]:
    e, other = p.editors[0], p.editors[1]
    lb, rb = p.brackets()
    return [
        lambda p: f"(责任编辑{p.colon()}{e})",
        lambda p: f"编辑{p.colon()}{e}",
        lambda p: f"责编{p.colon()}{e}",
        lambda p: f"{lb}责任编辑{p.colon()}{e}{rb}",
        lambda p: f"责任编辑 {e}",
        lambda p: f"审核{p.colon()}{e}{p.gap()}校对{p.colon()}{other}",
        lambda p: f"编辑{p.colon()}{e} 审核{p.colon()}{other}",
        lambda p: f"值班编辑{p.colon()}{e}",
        lambda p: f"网络编辑{p.colon()}{e}",
        lambda p: f"责任编辑{p.colon()}{e} SN{p.digits(3)}",
        lambda p: f"编辑/{e} 校对/{other}",
        lambda p: f"监制{p.colon()}{other} 编辑{p.colon()}{e}",
        lambda p: f"（初审{p.colon()}{e} 复审{p.colon()}{other} 终审{p.colon()}{p.name()}）",
    ]


def _source(p: Pen) -> list[Template]:
    s, r = p.site, p.reporters[0]
    return [
        lambda p: f"{p.datetime()}{p.gap()}来源{p.colon()}{s.name}",
        lambda p: f"来源{p.colon()}{s.name}",
        lambda p: f"稿件来源{p.colon()}{s.paper}",
        lambda p: f"文章来源{p.colon()}{s.name}{p.gap()}作者{p.colon()}{r}",
        lambda p: (
            f"发布时间{p.colon()}{p.datetime()}{p.gap()}来源{p.colon()}{s.name}{p.gap()}"
            f"作者{p.colon()}{r}{p.gap()}浏览次数{p.colon()}{p.num(10, 9999)}"
        ),
        lambda p: f"时间{p.colon()}{p.date()} 作者{p.colon()}{r} 点击数{p.colon()}{p.num(1, 999)}",
        lambda p: f"来源{p.colon()}{s.name} | {p.datetime()}",
        lambda p: f"【来源{p.colon()}{s.name}】",
        lambda p: f"信息来源{p.colon()}{p.pick(DEPARTMENTS)}{p.gap()}发布日期{p.colon()}{p.date()}",
        lambda p: (
            f"来源{p.colon()}{p.pick(('新华社', '人民日报', '央视新闻', s.paper))} {p.date()}"
        ),
        lambda p: f"作者{p.colon()}{r}　来源{p.colon()}{s.name}　发布时间{p.colon()}{p.datetime()}",
        lambda p: f"{p.date()}　来源{p.colon()}{s.paper}　作者{p.colon()}{r}",
        lambda p: f"来源 : {p.pick(('www.', ''))}{s.domain}",
        lambda p: f"发布日期{p.colon()}{p.date()}{p.gap()}阅读量{p.colon()}{p.num(10, 99999)}",
    ]


def _original_title(p: Pen) -> list[Template]:
    h = p.headline
    return [
        lambda p: f"原标题{p.colon()}{h}",
        lambda p: f"（原标题{p.colon()}{h}）",
        lambda p: f"【原题{p.colon()}{h}】",
        lambda p: f"原标题{p.colon()}《{h}》",
        lambda p: f"[原标题] {h}",
        lambda p: f"原题为{p.colon()}{h}",
        lambda p: f"(原标题:{h} {p.other_headline()})",
        lambda p: f"原标题{p.colon()}{h}——{p.other_headline()}",
        lambda p: f"原标题 ：{h}",
    ]


def _disclaimer(p: Pen) -> list[Template]:
    s = p.site
    return [
        lambda p: (
            "以上文章仅代表作者个人观点,本网只是转载,如涉及作品内容、版权、稿酬问题,"
            f"请及时联系我们。电话{p.colon()}{p.phone()}"
        ),
        lambda p: "免责声明：本文来源于网络，仅供参考，如有侵权请联系删除。",
        lambda p: f"声明{p.colon()}本文转载自{s.name}，版权归原作者所有，如有侵权请联系我们删除。",
        lambda p: (
            "凡本网注明“来源：XXX（非本网）”的作品，均转载自其它媒体，转载目的在于传递更多"
            "信息，并不代表本网赞同其观点和对其真实性负责。"
        ),
        lambda p: (
            f"本{p.pick(('站', '网'))}转载此文仅出于传递更多信息之目的，"
            f"不代表本{p.pick(('站', '网'))}观点。"
        ),
        lambda p: f"{p.pick(('（', '('))}本文仅代表作者观点，不代表本平台立场{p.pick(('）', ')'))}",
        lambda p: "文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。",
        lambda p: "如涉及版权问题，请作者持权属证明与本网联系。",
        lambda p: f"图片来源于网络{p.pick(('，', ',', ' '))}侵删",
        lambda p: (
            f"特别声明{p.colon()}本文为{p.pick(('网易', '搜狐', '百家'))}号作者上传并发布，"
            "仅代表该作者观点。"
        ),
    ]


def _navigation(p: Pen) -> list[Template]:
    s1, s2, s3, s4, s5 = p.rng.sample(SECTIONS, 5)
    arrow = p.pick((" > ", ">", " >> ", " » ", " › ", " → ", " / "))
    return [
        lambda p: f"当前位置{p.colon()}首页{arrow}{s1}{arrow}{s2}",
        lambda p: f"您的位置{p.colon()}首页 >> {s1}",
        lambda p: f"首页{arrow}{s1}{arrow}正文",
        lambda p: f"首页 | {s1} | {s2} | {s3} | {s4}",
        lambda p: f"首页 {s1} {s2} {s3} {s4} {s5}",
        lambda p: f"位置{p.colon()}网站首页 › {s1}",
        lambda p: f"当前位置{p.colon()}{p.site.name}{arrow}{s1}",
        lambda p: f"网站首页 / {s1} / 正文",
        lambda p: f"您当前的位置 ：首页 → {s1} → 正文",
        lambda p: f"{p.site.name} > {s1} > 正文",
        lambda p: f"首页 · {s1} · {s2} · {s3}",
        lambda p: f"返回首页 > {s1}",
    ]


RELATED_HEADS = (
    "相关新闻",
    "【相关阅读】",
    "相关链接：",
    "延伸阅读",
    "推荐阅读",
    "热门推荐",
    "猜你喜欢",
    "为您推荐",
    "[相关新闻]",
    "相关报道:",
    "更多精彩>>",
    "相关文章",
)


def related_block(p: Pen) -> list[str]:
    """A related-links block: its heading and 2-4 headlines of other stories."""
    items = []
    style = p.num(0, 6)
    for number in range(1, p.num(2, 4) + 1):
        h = p.other_headline()
        day = p.day - datetime.timedelta(days=p.num(1, 30))
        items.append(
            (
                h,
                f"· {h}",
                f"{h} {p.date(day)}",
                f"{h}（{day.month:02d}-{day.day:02d}）",
                f"[{p.pick(SECTIONS)}] {h}",
                f"{number}. {h}",
                f"- {h}",
            )[style]
        )
    return [p.pick(RELATED_HEADS), *items]


def _hot_words(p: Pen) -> list[Template]:
    w = p.words(2, 4)
    return [
        lambda p: f"相关热词{p.colon()}{' '.join(w)}",
        lambda p: f"关键词{p.colon()}{' '.join(w)}",
        lambda p: f"标签{p.colon()}{' '.join(w)}",
        lambda p: f"Tags{p.colon()}{' '.join(w)}",
        lambda p: f"【关键字】{'；'.join(w)}",
        lambda p: f"热词{p.colon()}{'、'.join(w)}",
        lambda p: f"[标签{p.colon()}{' '.join(w)}]",
        lambda p: f"关键字 : {','.join(w)}",
        lambda p: f"本文关键词{p.colon()}{' '.join(w)}",
        lambda p: f"TAG{p.colon()}{w[0]}",
    ]


def _contact(p: Pen) -> list[Template]:
    s = p.site
    place = p.pick(PLACES)
    return [
        lambda p: f"违法和不良信息举报电话{p.colon()}{p.phone()}",
        lambda p: f"新闻热线{p.colon()}{p.phone()}{p.gap()}投稿邮箱{p.colon()}{p.email()}",
        lambda p: "联系我们 | 广告服务 | 网站地图 | 法律声明",
        lambda p: (
            f"地址{p.colon()}{place}{p.pick(('七一路', '人民路', '建设路'))}"
            f"{p.num(1, 300)}号{p.gap()}邮编{p.colon()}{p.digits(6)}"
        ),
        lambda p: f"主办{p.colon()}{s.paper}{p.gap()}承办{p.colon()}{p.pick(DEPARTMENTS)}",
        lambda p: f"技术支持{p.colon()}{p.pick(COMPANIES)}",
        lambda p: "关于我们 | 网站地图 | 联系我们 | 隐私政策",
        lambda p: f"举报邮箱{p.colon()}{p.email()}",
        lambda p: f"客服电话{p.colon()}400-{p.digits(3)}-{p.digits(4)}",
        lambda p: f"报料热线{p.colon()}1{p.pick('3589')}{p.digits(9)}（微信同号）",
        lambda p: f"主办单位{p.colon()}{s.paper}{p.gap()}网站维护{p.colon()}{p.pick(DEPARTMENTS)}",
        lambda p: f"广告热线{p.colon()}{p.phone()}{p.gap()}传真{p.colon()}{p.phone()}",
        lambda p: f"{s.name}违法和不良信息举报中心",
        lambda p: f"联系电话{p.colon()}{p.phone()}",
        lambda p: f"不良信息举报 {p.phone()}",
    ]


def _epaper(p: Pen) -> list[Template]:
    page = p.pick(PAGES)
    return [
        lambda p: f"第{p.page()}版{p.colon()}{page} PDF版",
        lambda p: f"{p.pick('ABC')}{p.page()}版{p.colon()}{page}",
        lambda p: f"第 {p.num(1, 8)} 版{p.colon()}{page}",
        lambda p: "版面导航",
        lambda p: f"上一版{p.pick(('  ', ' ', '　'))}下一版",
        lambda p: "返回目录",
        lambda p: "往期回顾",
        lambda p: f"{p.site.paper} {p.date()} 第{p.page()}版",
        lambda p: f"第{p.page()}版{p.colon()}{page}　{p.date()}",
        lambda p: p.pick(("本版新闻", "版面目录", "本版标题")),
        lambda p: f"{p.page()}版:{page}",
        lambda p: f"{page}　PDF版",
    ]


def _date_line(p: Pen) -> list[Template]:
    d = p.day
    return [
        lambda p: f"{d.year}年{d.month}月{d.day}日",
        lambda p: f"{d.year}-{d.month:02d}-{d.day:02d}",
        lambda p: f"{d.year}年{d.month}月{d.day}日 {p.weekday()}",
        lambda p: f"{d.year}/{d.month:02d}/{d.day:02d} {p.time()}",
        lambda p: f"{d.year}.{d.month:02d}.{d.day:02d}",
        lambda p: (
            fullwidth(f"{d.year}") + "年" + fullwidth(f"{d.month}") + f"月{fullwidth(str(d.day))}日"
        ),
        lambda p: f"{d.year}年{d.month:02d}月{d.day:02d}日 {p.time()}",
        lambda p: f"{d.year}-{d.month}-{d.day} {p.weekday()}",
        lambda p: (
            f"{d.year}年{d.month}月{d.day}日 {p.weekday()} 农历{LUNAR_MONTHS[d.month - 1]}月"
            f"{p.pick(('初八', '十五', '二十', '廿三', '初二'))}"
        ),
        lambda p: f"  {p.date()}  ",
    ]


def _cms(p: Pen) -> list[Template]:
    d, s = p.day, p.site
    n = p.digits(p.num(5, 7))
    return [
        lambda p: (
            f"{d.isoformat()} {p.num(1, 8)} {p.num(1, 8)} {s.paper} content_{n}.html "
            f"{p.num(1, 8)} {p.headline}"
        ),
        lambda p: f"content_{n}.htm",
        lambda p: p.pick(("${article.title}", "${content.source}", "${news.author}")),
        lambda p: p.pick(("{$content.source}", "{$article.editor}")),
        lambda p: f"node_{p.digits(4)}.htm",
        lambda p: f"index_{p.num(1, 30)}.html",
        lambda p: f"enpproperty articleid={n} date={d.isoformat()}",
        lambda p: (
            f"http://{p.pick(('www.', 'epaper.', 'news.'))}{s.domain}/html/{d.year}-"
            f"{d.month:02d}/{d.day:02d}/content_{n}.htm"
        ),
        lambda p: f"{s.paper}{d.year}年{d.month}月{d.day}日第{p.page()}版 content_{n}.html",
        lambda p: p.pick(("[!--writer--]", "[!--newstime--]", "[!--befrom--]")),
    ]


def _summary(p: Pen) -> list[Template]:
    lead = p.lead
    cut = lead[: p.num(30, 110)] + p.pick(("...", "……", "…", "")) if len(lead) > 40 else lead
    return [
        lambda p: f"[摘要] {cut}",
        lambda p: f"【导读】{cut}",
        lambda p: f"【核心提示】{cut}",
        lambda p: f"[内容提要] {cut}",
        lambda p: f"【摘要】{cut}",
        lambda p: f"摘要{p.colon()}{cut}",
        lambda p: f"［提要］{cut}",
        lambda p: f"【导读】 {lead}",
        lambda p: f"（摘要）{cut}",
    ]


def _byline(p: Pen) -> list[Template]:
    a, b, c, d = p.reporters[0], p.reporters[1], p.name(), p.name()
    return [
        lambda p: f"□记者 {a}",
        lambda p: f"□ 实习记者 {a} 记者 {b} 通讯员 {c} {d}",
        lambda p: f"■本报记者 {a} 通讯员 {b}",
        lambda p: f"记者 {a} 摄",
        lambda p: f"({a} {b})",
        lambda p: a,
        lambda p: f"文/图 记者 {a}",
        lambda p: f"本报记者 {a}",
        lambda p: f"◎ 记者 {a} 通讯员 {b}",
        lambda p: f"（记者 {a} 通讯员 {b}）",
        lambda p: f"图/{a}",
        lambda p: f"文 | {a}",
        lambda p: f"通讯员 {a} 记者 {b}",
        lambda p: f"视频/{a} {b}",
    ]


TEMPLATES: dict[str, Callable[[Pen], list[Template]]] = {
    "copyright": _copyright,
    "registration": _registration,
    "share": _share,
    "editor": _editor,
    "source": _source,
    "original-title": _original_title,
    "disclaimer": _disclaimer,
    "navigation": _navigation,
    "hot-words": _hot_words,
    "contact": _contact,
    "epaper": _epaper,
    "date-line": _date_line,
    "cms": _cms,
    "summary": _summary,
    "byline": _byline,
}
"""The boilerplate line templates by category (``related`` is :func:`related_block`)."""


def boilerplate_line(p: Pen, category: str) -> str:
    return p.rng.choice(TEMPLATES[category](p))(p)


def byline_lead(p: Pen) -> str:
    a, b = p.reporters[0], p.reporters[1]
    lb, rb = p.pick(("(", "（")), p.pick((")", "）"))
    city, m, d = p.site.city, p.day.month, p.day.day
    return p.pick(
        (
            f"本报讯{lb}记者 {a}{rb}",
            f"本报讯{lb}记者 {a} 通讯员 {b}{rb}",
            f"本报{city}电{lb}记者 {a}{rb}",
            f"新华社{city}{m}月{d}日电{lb}记者 {a} {b}{rb}",
            f"{lb}记者 {a}{rb}",
            f"本报讯 {lb}通讯员 {a}{rb}",
            f"中新网{city}{m}月{d}日电{lb}记者 {a}{rb}",
            f"本报讯{lb}见习记者 {a} 实习生 {b}{rb}",
        )
    )


def trailing_credit(p: Pen) -> str:
    a, b = p.reporters[0], p.reporters[1]
    return p.pick((f"({a})", f"（{a}）", f"({a} {b})", f"（{a} {b}）"))


# --- spam ---------------------------------------------------------------------------------

SPAM_HEADERS = (
    "澳门新葡京娱乐城_百家乐真人视讯_注册送彩金",
    "六合彩开奖结果|香港马会资料|六合宝典免费下载",
    "北京赛车pk10计划 幸运飞艇开奖直播 时时彩平台注册",
    "国产精品久久久久久 - 日韩精品一区二区 - 午夜福利影院在线播放",
    "一本道高清无码视频_亚洲色图_欧美色综合",
    "免费看片神器|成人影院在线观看|人妻熟女无删减版",
    "皇冠体育投注官网_网上赌博平台_首存返水",
    "太阳城娱乐_真人百家乐_老虎机电子游艺_捕鱼游戏",
    "香港六合彩 一肖一码 特码资料 今晚开奖记录",
    "自拍偷拍 丝袜美腿 制服诱惑 激情小说 在线看",
    "代孕中心|办证刻章|代开发票|信用卡套现",
    "快3彩票计划群_天天彩票网_时时彩全天计划免费",
    "久久爱视频在线观看_一区二区三区高清无码_AV天堂网",
    "威尼斯人官网-澳门赌场在线-真人娱乐平台-最新地址",
)
SPAM_PORN = words(
    "无码 中文字幕 一区二区三区 国产精品 久久精品 人妻 熟女 自拍偷拍 成人影院 午夜福利"
    " AV A片 三级片 伦理片 福利视频 黄色网站 色综合 丝袜美腿 约炮 裸聊"
    " 成人直播 午夜剧场 高清番号 宅男福利 看片网站 色色网 女主播 私人影院"
)
SPAM_GAMBLING = words(
    "百家乐 娱乐城 真人视讯 澳门赌场 新葡京 皇冠体育 体育投注 老虎机 送彩金 首存 返水"
    " 网上赌博 棋牌游戏 太阳城 线上赌场 真人荷官 赌博网址 电竞投注 彩金秒到 牛牛斗地主"
)
SPAM_LOTTERY = words(
    "六合彩 时时彩 北京赛车 PK10 幸运飞艇 开奖结果 开奖直播 特码 六合宝典 彩票平台 彩票计划"
    " 一肖一码 跑狗图 香港马会 澳门彩 铁算盘 四不像 快三计划"
)
"""Spam terms: most of them in the lexicon of ``data/spam.toml``, the last ones of each
list not (spam's vocabulary is open: a header must be caught by its other terms)."""
SPAM_DECOR = (
    words("免费看 在线观看 高清 最新地址 官网 注册 手机版 国语版 永久入口 下载 平台 日韩 亚洲 欧美")
    + ("",) * 2
)
SPAM_SEPARATORS = ("_", "|", " ", " - ", "｜", " | ", "_", "  ")


def spam_header(p: Pen) -> str:
    if p.rng.random() < 0.35:
        return p.pick(SPAM_HEADERS)
    pool = p.pick((SPAM_PORN, SPAM_GAMBLING, SPAM_LOTTERY, SPAM_PORN + SPAM_GAMBLING))
    segments = []
    for _ in range(p.num(3, 6)):
        terms = p.rng.sample(pool, p.num(1, 2))
        decor = p.pick(SPAM_DECOR)
        segments.append("".join(terms) + decor if p.rng.random() < 0.6 else decor + "".join(terms))
    return p.pick(SPAM_SEPARATORS).join(segments)


SPAM_STUFFED = (
    "澳门百家乐真人娱乐城官网注册送彩金首存返水",
    "点击进入：六合彩特码平码六合宝典开奖记录",
    "【推荐】无码中文字幕一区二区国产精品免费观看",
    "最新百家乐赌场网址 娱乐城 老虎机 首存送彩金",
    "加微信看福利视频 裸聊约炮一夜情",
    "北京赛车pk10幸运飞艇时时彩彩票平台彩票计划",
    "威尼斯人赌场 真人视讯 体育投注 返水",
    "国产精品久久精品人妻熟女巨乳高清在线播放",
)


def spam_stuffed(p: Pen) -> str:
    if p.rng.random() < 0.5:
        return p.pick(SPAM_STUFFED)
    pool = p.pick((SPAM_PORN, SPAM_GAMBLING, SPAM_LOTTERY))
    terms = p.rng.sample(pool, p.num(3, 5))
    return p.pick(("", "", "【推荐】", "点击进入：", "看这里→")) + "".join(
        f"{term}{p.pick(SPAM_DECOR)}" for term in terms
    )


# --- hard negatives -----------------------------------------------------------------------


def hard_negative(p: Pen) -> str:
    """A sentence of the article that mentions a boilerplate or spam word: to be kept."""
    place, name, n, m = p.pick(PLACES), p.name(), p.num(3, 60), p.num(100, 9000)
    police = p.pick(("县公安局", "警方", f"{place}派出所", "市公安局刑侦支队"))
    templates = (
        f"{police}日前破获一起利用六合彩进行网络赌博的案件，抓获犯罪嫌疑人{n}名，涉案金额{m}万余元。",
        f"警方破获一起特大网络赌博案，涉案百家乐平台资金流水达{m}万元，{n}名嫌疑人落网。",
        f"{place}版权局联合市场监管部门开展专项检查，查处侵犯版权案件{n}起。",
        f"记者在{place}隔离点看到，工作人员正有序引导群众排队进行核酸检测。",
        f"据县卫健委介绍，本轮检测样本来源覆盖全县{n}个乡镇、{m}个行政村。",
        f"县融媒体中心编辑部全体人员连续奋战，{n}天内制作抗疫短视频{m}条。",
        f"群众如发现未报备的返乡人员，可拨打举报电话{p.phone()}，经核实后给予奖励。",
        "“人命关天！”他一边打电话，一边朝村口跑去。",
        f"活动开展以来，共收到群众来信来电举报线索{n}条，已全部办结。",
        f"{name}是一名有着{n}年党龄的老党员，退休前曾任县报社编辑、记者。",
        f"为分享抗疫经验，该县组织{n}名医护人员赴{place}开展交流。",
        "联系电话和家庭住址等信息已全部登记造册，确保一户不漏。",
        f"县公安局开展严打整治行动，捣毁赌博窝点{n}个，收缴老虎机{m}台。",
        f"“来源不明的冷链食品千万不能买。”{name}叮嘱道。",
        f"{name}告诉记者：“现在每天都能通过电话联系到包村干部，心里踏实多了。”",
        "据了解，该案犯罪嫌疑人以“时时彩”“北京赛车”为名，通过网络平台组织赌博。",
        "市场监管局提醒，购买商品时要认准来源，保留好发票等凭证。",
        f"县委宣传部编辑出版了《战疫日记》一书，收录一线故事{n}篇。",
        "该县设立疫情防控举报电话和举报邮箱，24小时受理群众反映的问题。",
        f"“我们的蔬菜来源清楚、品质可靠。”合作社负责人{name}说。",
        f"县法院依法审结一起开设赌场案，被告人通过微信群组织“六合彩”投注，"
        f"被判处有期徒刑{n % 9 + 1}年。",
        f"版权保护意识不断增强，全县今年登记作品版权{m}件，同比增长{n}%。",
        f"当天，记者跟随{name}走访了{n}户困难群众，详细了解他们的生活情况。",
        f"分享会上，{n}名志愿者讲述了自己坚守一线的故事。",
        f"截至目前，{place}已累计接听群众咨询电话{m}个，回复率100%。",
        f"“有困难就打这个电话。”{name}把写有联系电话的卡片递到老人手中。",
        "民警提醒，网上所谓“百家乐”“时时彩”稳赚不赔的说法都是诈骗，切勿轻信。",
        f"据{name}介绍，这批物资来源于爱心企业捐赠，共计{m}箱。",
    )
    return p.pick(templates)


HARD_HEADLINES = (
    "警方破获特大六合彩赌博案",
    "县版权局开展打击侵权盗版专项行动",
    "张庄镇现金奖励举报“黄码”人员",
    "记者探访商水县隔离点",
    "编辑部里的战疫故事",
    "一个电话背后的坚守",
    "分享抗疫经验 凝聚奋进力量",
    "严厉打击网络赌博违法犯罪",
    "来源可追溯 吃得更放心",
    "举报有奖 全民参与疫情防控",
)


# --- documents ----------------------------------------------------------------------------

P = {
    "spam-header": 0.12,
    "navigation": 0.3,
    "epaper": 0.15,
    "date-line": 0.2,
    "headline": 0.85,
    "subtitle": 0.2,
    "original-title": 0.12,
    "source": 0.45,
    "summary": 0.15,
    "byline": 0.3,
    "share": 0.3,
    "section-head": 0.1,
    "hard-negative": 0.45,
    "hard-headline": 0.08,
    "spam-stuffed": 0.08,
    "photo-credit": 0.1,
    "body-with-byline": 0.35,
    "editor": 0.45,
    "hot-words": 0.2,
    "disclaimer": 0.25,
    "related": 0.25,
    "contact": 0.3,
    "copyright": 0.4,
    "registration": 0.3,
    "cms": 0.08,
}
"""How often each part appears in a document (one in ``len(CATEGORIES)`` documents also
gets one category for sure, so every category occurs in any run of that many)."""


class _Piece(NamedTuple):
    """A line being built: prefix, article text and suffix (only the middle is article)."""

    prefix: str
    body: str
    suffix: str
    category: str


def _plain(text: str, category: str) -> _Piece:
    if LABEL_OF[category] == ARTICLE:
        return _Piece("", text, "", category)
    return _Piece(text, "", "", category)


def make_document(rng: random.Random, must: str | None = None) -> Document:
    """One labelled document; ``must`` is a category that must occur in it."""

    def want(part: str) -> bool:
        return part == must or rng.random() < P[part]

    paragraphs = rng.sample(body_paragraphs(), rng.randint(3, 8))
    title = rng.choice(headlines())
    p = Pen(
        rng=rng,
        site=rng.choice(SITES),
        day=datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randrange(5 * 365)),
        reporters=rng.sample(NAMES, 2),
        editors=rng.sample(NAMES, 2),
        headline=title,
        lead=paragraphs[0],
    )

    def line(category: str) -> _Piece:
        return _plain(boilerplate_line(p, category), category)

    header: list[_Piece] = []
    if want("spam-header"):
        header.append(_plain(spam_header(p), "spam-header"))
    if want("cms") and rng.random() < 0.3:
        header.append(line("cms"))
    if want("navigation"):
        header.append(line("navigation"))
    if want("epaper"):
        header.append(line("epaper"))
    if want("date-line"):
        header.insert(rng.randint(0, len(header)), line("date-line"))
    if want("headline"):
        header.append(_plain(title, "headline"))
        if rng.random() < P["subtitle"]:
            header.append(_plain(p.other_headline(), "headline"))
    if want("original-title"):
        header.append(line("original-title"))
    if want("source"):
        header.append(line("source"))
    if want("summary"):
        header.append(line("summary"))
    byline_box = want("byline")
    if byline_box and rng.random() < 0.6:
        header.append(line("byline"))
        byline_box = False
    if want("share"):
        header.append(line("share"))

    body: list[_Piece] = [_Piece("", text, "", "body") for text in paragraphs]
    if want("body-with-byline"):
        kind = rng.choice(("lead", "lead", "lead", "trailing", "trailing", "both"))
        if kind in ("lead", "both"):
            lead = byline_lead(p) + rng.choice(("", "", " "))
            body[0] = _Piece(lead, paragraphs[0], "", "body-with-byline")
        if kind in ("trailing", "both"):
            credit = rng.choice(("", "", " ")) + trailing_credit(p)
            body[-1] = _Piece(body[-1].prefix, paragraphs[-1], credit, "body-with-byline")
    for _ in range(rng.choice((1, 1, 2)) if want("hard-negative") else 0):
        body.insert(rng.randint(0, len(body)), _Piece("", hard_negative(p), "", "hard-negative"))
    if rng.random() < P["hard-headline"]:
        body.insert(
            rng.randint(1, len(body)), _Piece("", rng.choice(HARD_HEADLINES), "", "hard-negative")
        )
    for index in range(len(body) - 1, 0, -1):
        if rng.random() < P["section-head"]:
            body.insert(index, _Piece("", p.other_headline(), "", "headline"))
    if want("spam-stuffed"):
        body.insert(rng.randint(1, len(body) - 1), _plain(spam_stuffed(p), "spam-stuffed"))
    if rng.random() < P["photo-credit"]:
        body.insert(rng.randint(1, len(body)), line("byline"))

    footer: list[_Piece] = []
    if byline_box:
        footer.append(line("byline"))
    for category in ("editor", "hot-words", "share", "disclaimer", "original-title"):
        if category == "original-title" and rng.random() > 0.3:
            continue
        if category in ("share", "original-title") and any(x.category == category for x in header):
            continue
        if want(category):
            footer.append(line(category))
    rng.shuffle(footer)
    if want("related"):
        footer += [_plain(text, "related") for text in related_block(p)]
    site_footer = []
    if rng.random() < 0.1:
        site_footer.append(line("navigation"))
    for category in ("contact", "copyright", "registration"):
        if want(category):
            site_footer.append(line(category))
            if rng.random() < 0.3:
                site_footer.append(line(category))
    rng.shuffle(site_footer)
    footer += site_footer
    if want("cms") and not any(x.category == "cms" for x in header):
        footer.append(line("cms"))

    return _render(rng, header + body + footer)


def _render(rng: random.Random, pieces: list[_Piece]) -> Document:
    traditional = rng.random() < P_TRADITIONAL
    convert = _s2t().convert if traditional else str
    lines = []
    for piece in pieces:
        prefix, body, suffix = (convert(part) if part else "" for part in piece[:3])
        if rng.random() < P_INDENT:
            prefix = rng.choice(("  ", "　　", " ", "\t")) + prefix
        text = prefix + body + suffix
        if not text.strip():
            continue
        label = LABEL_OF[piece.category]
        span = (len(prefix), len(prefix) + len(body)) if label == ARTICLE else (0, len(text))
        lines.append(Line(text, label, piece.category, span))
    separator = "\n" if rng.random() < P_SINGLE_NEWLINE else "\n\n"
    text = separator.join(line.text for line in lines)
    return Document(text, tuple(lines), "Traditional" if traditional else "Simplified")


@functools.cache
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def make_documents(count: int, seed: int = 0) -> list[Document]:
    """``count`` labelled documents (deterministic for a given ``seed``)."""
    rng = random.Random(seed)
    return [make_document(rng, must=CATEGORIES[i % len(CATEGORIES)]) for i in range(count)]


def non_blank_lines(text: str) -> list[str]:
    """The lines of ``text`` that the labels describe: split at ``\\n``, blank ones left out."""
    return [line for line in text.split("\n") if line.strip()]
