"""Site chrome, the newer rules and the anchors: what goes, and the sentences that stay."""

from __future__ import annotations

import pytest

from textclean import strip_boilerplate
from textclean.boilerplate.chrome import chrome_verdict
from textclean.boilerplate.rules import parse_label
from textclean.boilerplate.strip import is_anchor
from textclean.boilerplate.view import view

A = "4月7日,商洛市商州区增加一名新冠肺炎确诊病例,疫情防控形势异常严峻。"
B = "连日来,商洛市政协机关把疫情防控作为首要任务,共克时艰,守护群众健康。"


def rules_cut(text: str) -> list[str]:
    return [parse_label(edit.reason)[1] for edit in strip_boilerplate(text).edits]


@pytest.mark.parametrize(
    "line",
    [
        "分享 | 收藏 | 打印 | 关闭",
        "【字号 大 中 小】 【打印】 【关闭】",
        "登录 注册 | 手机版 | 客户端下载",
        "分享  Facebook  LINE  列印  字級  A  A  A",
        "广告 ×",
        "【返回列表】",
    ],
)
def test_page_tools_are_cut_even_between_paragraphs(line):
    (rule,) = rules_cut(f"{A}\n\n{line}\n\n{B}")
    assert rule in {"share-bar", "site-chrome"}  # a rule that knows the bar, or chrome


def test_a_menu_of_section_words_goes_only_before_or_after_the_article():
    menu = "新闻 图片 视频 直播 专题 评论"
    assert rules_cut(f"{menu}\n\n{A}\n\n{B}") == ["site-chrome"]
    assert rules_cut(f"{A}\n\n国际新闻\n\n{B}") == []  # may be a subheading
    assert chrome_verdict(view("党员宣传 干部联户 切块管理 网格落实")) is None


def test_a_chrome_word_alone_is_chrome_only_when_it_is_never_text():
    assert chrome_verdict(view("广告")) is not None
    assert chrome_verdict(view("新闻")) is None


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("已有0人参与", "comment-box"),
        ("(资料图)", "photo-credit"),
        ("图片来源:视觉中国", "photo-credit"),
        ("五常市融媒体记者 张丽桂 郭秀军", "byline-outlet"),
        ("打开APP,阅读更多精彩内容", "app-promo"),
        ("本文转自:光明网", "reprinted-from"),
        ("点击数:1234", "meta-fields"),
        ("公安机关备案号:41162302000127", "icp-number"),
        ("document.write('<script src=/js/count.js></script>');", "code-residue"),
        ("2024-05-09 第06版 副刊", "epaper-page"),
        ("今天是2022年10月7日 星期五 农历九月十二", "date-line"),
    ],
)
def test_newer_rules_cut_their_lines_after_the_article(line, rule):
    assert rules_cut(f"{A}\n\n{B}\n\n{line}") == [rule]


@pytest.mark.parametrize(
    "sentence",
    [
        "他在网上发表评论后,引来数百名网友参与讨论,相关部门随即作出回应。",
        "网安民警介绍,网站的ICP备案号可以在工信部网站查询真伪,市民上网时要多留个心眼。",
        "法官在庭审中特别指出,“图片来源于网络”的说法并不能免除侵权责任。",
        "上一篇报道中提到的那位独居老人,如今已经顺利出院,村干部每天都会上门看望。",
        "市民可通过手机阅读本报电子版,了解最新资讯。",
        "群众如发现未报备的返乡人员,可拨打举报电话12345,经核实后给予奖励。",
    ],
)
def test_sentences_with_trigger_words_stay_first_middle_and_last(sentence):
    for text in (
        f"{sentence}\n\n{A}\n\n{B}",
        f"{A}\n\n{sentence}\n\n{B}",
        f"{A}\n\n{B}\n\n{sentence}",
    ):
        assert strip_boilerplate(text).edits == ()


def test_an_anchor_is_chinese_prose_of_twenty_characters():
    assert is_anchor(A)
    assert not is_anchor("更多精彩内容,请关注本站")
    assert not is_anchor("var a = 1, b = 2; if (a) { show('会议'); }")


def test_a_paragraph_with_a_byline_lead_anchors_the_body():
    text = f"未经本网授权不得转载。\n\n本报讯(记者 马治卫){A}"
    assert strip_boilerplate(text).text == A


def test_a_spam_advert_with_a_contact_hook_is_spam():
    line = "加微信包过六级证书,教师资格证,会计证,一手货源,学信网可查!"
    assert rules_cut(f"{A}\n\n{line}\n\n{B}") == ["spam-line"]


def test_the_footer_sweep_takes_short_lines_after_the_first_footer_cut():
    text = f"{A}\n\n{B}\n\n(责任编辑:李欣欣)\n\n商水县召开会议\n\n#防疫 #民生"
    result = strip_boilerplate(text)
    assert result.text == f"{A}\n\n{B}"
    assert rules_cut(text) == ["editor-line", "footer-sweep", "footer-sweep"]


def test_the_footer_sweep_keeps_the_end_of_the_article():
    short_end = "会议还研究了其他事项。"  # a sentence after a cut credit: the article goes on
    text = f"{A}\n\n{B}\n\n(资料图)\n\n防控要点\n\n{short_end}"
    assert strip_boilerplate(text).text == f"{A}\n\n{B}\n\n防控要点\n\n{short_end}"
    assert rules_cut(f"{A}\n\n{B}\n\n商水县召开会议") == []  # no footer cut: no sweep
