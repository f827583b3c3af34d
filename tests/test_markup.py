from __future__ import annotations

import pytest

from tests.conftest import seed_text
from textclean import clean
from textclean.config import CleanConfig
from textclean.document import replay
from textclean.markup import run_markup, strip_markup


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第一段</p>", "第一段\n"),
        ("第一段<br/>第二段", "第一段\n第二段"),
        ('<p class="content" style="x">正文</p>', "\n正文\n"),
        ('<img src="a.jpg" alt="新闻图片">配图', "配图"),
        ("<STRONG>加粗</STRONG>", "加粗"),
        ("正文<!-- 广告位 -->继续", "正文继续"),
        ("正文<!--enpcontent", "正文"),
        ("标题 /enpproperty-->", "标题 "),
        ("正文/enpproperty-->", "正文"),  # glued to Chinese text
        ("<script>var a = 1 < 2;</script>正文", "正文"),
        ("A&nbsp;B &amp; C &#26032;&#x95fb;", "A\u00a0B & C 新闻"),
        ("&amp;nbsp;", "\u00a0"),  # doubly escaped: one level per pass until stable
        ("一行&#13;&#10;二行&#x0D;&#x0A;三行", "一行\n二行\n三行"),
    ],
)
def test_markup_is_removed(text, expected):
    assert strip_markup(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "<人民日报>报道",
        "a<b 且 c>d",
        "如果 x<p 且 y>q",
        "你我他(她)",
        "Copyright(C) 2006-2020",
        "A --> B",
        "价格 < 100 元 & 优惠",
        "&新闻;",
        "<<中国青年报>>",
    ],
)
def test_text_that_only_looks_like_markup_is_kept(text):
    assert strip_markup(text) == text


def test_seed_000_loses_its_cms_comment_tail_and_nothing_else():
    text = seed_text("000")
    output = run_markup(text, CleanConfig())
    assert [(e.before, e.reason) for e in output.edits] == [
        ("/enpproperty-->", "end of an HTML comment left by the CMS")
    ]
    assert replay(text, output.edits) == output.text
    assert output.text.endswith("溫暖千萬家”行動 ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("正文<\u200bp>后", "正文\n后"),  # the invisible character hid a tag
        ("&\u200bnbsp;x", "x"),  # ... or an entity
        ("a<\x01br>b", "a\nb"),
        ("x&#8203;y&#13;z", "xy\nz"),  # entities never bring back what the characters step removed
    ],
)
def test_markup_hidden_by_invisible_characters_is_removed_in_one_run(text, expected):
    once = clean(text).text
    assert once == expected
    assert clean(once).text == once


def test_edits_name_the_tag():
    edits = run_markup("正文</p><span>x</span>", CleanConfig()).edits
    assert [e.reason for e in edits] == [
        "HTML tag <p> (paragraph break kept)",
        "HTML tag <span>",
        "HTML tag <span>",
    ]
