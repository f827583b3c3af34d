"""The structure and block signals: furniture by its shape and place, not its wording.

The lines are the issue's examples, seen on real crawled pages (sina, 163, qq, gmw,
ettoday, Yahoo HK) and kept by the rules alone.
"""

import pytest

from textclean import CleanConfig, clean, strip_boilerplate
from textclean.boilerplate.rules import parse_label
from textclean.boilerplate.structure import cues, stands_alone
from textclean.boilerplate.view import view

A = "会议要求，各单位压实责任，做好疫情防控工作，确保人民群众生命安全和身体健康。"
B = "县长在调研中指出，要进一步加强隔离点管理，严格落实各项防控措施，守住底线。"


@pytest.mark.parametrize(
    ("line", "signal"),
    [
        ("编辑 | 董鑫", "structure-credit"),
        ("责编 | 宋平 栾瑞英", "structure-credit"),
        ("光明日报驻东京记者 马玉安", "structure-credit"),
        ("文、图/广州日报全媒体记者 程依伦", "structure-credit"),
        ("**撰文 | 于睿寅**", "structure-credit"),
        ("1 2 下一页", "structure-pagination"),
        ("分享让更多人看到", "structure-handle"),
        ("海量资讯、精准解读，尽在新浪财经APP", "structure-handle"),
        ("（光明日报东京5月8日电）", "structure-end-tag"),
        ("转自湖南卫视新闻联播", "structure-source"),
        ("感谢您的反馈，我们将会减少此类文章的推荐", "structure-feedback"),
        ("騰訊控股 -1.2%", "structure-ticker"),
        ("![](https://inews.gtimg.com/om_bt/OxGJHXfMKXa2rpaO91D/1000)", "structure-address"),
        ("<img>@img_id=d20bbdd992d042f5a4da77515ad386b0</img>", "structure-address"),
        ("// @TODO: 视频播放器和播放列表数据", "structure-code"),  # ifeng's player config
        (".fck_attachment_video{display: none},", "structure-code"),
        ("》》", "structure-no-words"),
        ("凤凰军事 凤凰网军评 3月28日", "structure-dated"),
        ("（Wind综合第一财经、中国基金报等）", "structure-end-tag"),
        ("_图片来源：视觉中国_", "structure-picture-source"),
        ("湖南科技大学新闻网", "structure-site-name"),
        ("南陽市人民政府門戶網站", "structure-site-name"),
        ("**图片/图虫**", "structure-picture-source"),
    ],
)
def test_furniture_after_the_body_is_cut_by_its_shape(line, signal):
    result = strip_boilerplate(f"{A}\n{B}\n{line}")
    assert result.text == f"{A}\n{B}"
    assert parse_label(result.edits[0].reason)[1] == signal


@pytest.mark.parametrize(
    "line",
    [
        "县长调研隔离点工作",  # a subheading
        "视频连线 异地办案",  # a role word before a word: a subheading between paragraphs
        "张庄镇现金奖励举报“黄码”人员",
        "。",  # the end of a sentence a crawler cut at a link
    ],
)
def test_a_short_line_between_paragraphs_stays(line):
    text = f"{A}\n{line}\n{B}"
    assert strip_boilerplate(text).text == text


def test_a_picture_source_goes_between_paragraphs_and_a_dated_headline_stays():
    assert strip_boilerplate(f"{A}\n图片来源：视觉中国\n{B}").text == f"{A}\n{B}"
    text = f"2023年7月12日 新闻联播\n{A}\n{B}"  # the first line: perhaps the headline
    assert strip_boilerplate(text).text == text


def test_a_loose_credit_is_cut_only_outside_the_body():
    assert cues(view("视频 连线")) == ("loose-credit",)
    assert strip_boilerplate(f"{A}\n{B}\n视频 连线").text == f"{A}\n{B}"


def test_the_headline_with_a_handle_word_stays():
    text = f"微信公众号新规出台\n{A}\n{B}"
    assert strip_boilerplate(text).text == text


def test_a_related_list_goes_with_its_label_wherever_it_stands():
    text = f"{A}\n此前报道\n抗癌厨房被质疑：网友起底哭穷史\n河南慈善总会回应“公益账户”：不符合要求"
    result = strip_boilerplate(text)
    assert result.text == A
    assert {edit.reason.split(":")[0] for edit in result.edits} == {"related/block-list"}


def test_a_related_list_stops_at_the_heading_of_the_next_text():
    text = f"{A}\n延伸閱讀\n捷運新線通車首日 旅客量創新高\n商水縣堅決築牢外防輸入堅實防線\n{B}"
    assert strip_boilerplate(text).text == f"{A}\n商水縣堅決築牢外防輸入堅實防線\n{B}"


def test_each_signal_can_be_switched_off():
    text = f"{A}\n{B}\n编辑 | 董鑫\n此前报道\n抗癌厨房被质疑"
    kept = CleanConfig(keep_boilerplate=("structure", "block", "model"))
    assert strip_boilerplate(text, kept).text == text
    only_blocks = strip_boilerplate(text, CleanConfig(keep_boilerplate=("structure", "model")))
    assert only_blocks.text == f"{A}\n{B}\n编辑 | 董鑫"


def test_furniture_is_not_joined_to_the_next_line_by_the_paragraphs_step():
    assert stands_alone("原标题:胆大包天！官员竟如此干扰巡视组")
    text = f"原标题:胆大包天！官员竟如此干扰巡视组\n{A}"
    assert clean(text).text == A


def test_a_footer_a_rule_knows_is_not_glued_to_an_unfinished_last_paragraph():
    # people.com.cn: the last paragraph ends without a sentence end, the footer is
    # letter-spaced; both footer lines stand alone and the rules cut them
    last = "今天，本版选登3篇读者来稿，讲述你们家门口的文物故事。——编  者"
    footer = "人 民 网 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用\n\t\t\n"
    footer += "Copyright © 1997-2026 by www.people.com.cn all rights reserved"
    assert clean(f"{A}\n{last}\n\t\t\n{footer}").text == f"{A}\n{last}"


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("德國總理梅克爾和法國總統馬克宏意見相左。 （路透）歐盟各國領袖舉行餐會。", " （路透）"),
        (f"{A}【编辑:王五】", "【编辑:王五】"),
        (f"{A}（编译/王栋栋）", "（编译/王栋栋）"),
        (
            "▲雲林土庫國中。（圖／土庫國中官網）校長圖利廠商被判刑。",
            "▲雲林土庫國中。（圖／土庫國中官網）",
        ),
        (
            f"原标题：港辱国前议员未按期归还薪津新华社香港5月8日电，立法会表示未收到申请。{A}",
            "原标题：港辱国前议员未按期归还薪津",
        ),
        (
            f"编者按：本文来自微信公众号“爱范儿”，36氪经授权发布。{A}",
            "编者按：本文来自微信公众号“爱范儿”，36氪经授权发布。",
        ),
        (f"{A}【其他新聞】►狂按電鈴又對警施暴", "【其他新聞】►狂按電鈴又對警施暴"),
        (f"习近平发表重要讲话。 新华社记者 鞠鹏 摄 同志们：{A}", " 新华社记者 鞠鹏 摄"),
        (
            "▲英国士兵在雪地训练。图据《每日邮报》据报道，一名士兵起诉国防部。",
            "▲英国士兵在雪地训练。图据《每日邮报》",
        ),
        # ebc.net.tw and cna.com.tw, from the fresh real pages
        (
            f"{A}▼醫師表示，巴拉刈毒性強。（圖／東森新聞）{B}",
            "▼醫師表示，巴拉刈毒性強。（圖／東森新聞）",
        ),
        (f"{A} ★最新社會動態快追蹤【東森新聞IG】 {B}", " ★最新社會動態快追蹤【東森新聞IG】"),
        (f"{A}●以上言論不代表東森新聞立場。", "●以上言論不代表東森新聞立場。"),
        (f"{A}（編輯：蘇志宗）1081021", "（編輯：蘇志宗）1081021"),
    ],
)
def test_inline_furniture_is_cut_exactly(text, cut):
    result = strip_boilerplate(text)
    assert [edit.before for edit in result.edits] == [cut]
    assert parse_label(result.edits[0].reason)[1].startswith("inline-")
    assert result.text == text.replace(cut, "", 1)
    assert strip_boilerplate(result.text).edits == ()  # nothing more to cut


@pytest.mark.parametrize(
    "text",
    [
        "新华社北京5月8日电（记者 张三）会议要求，各单位压实责任。",  # a dateline lead stays
        "〔記者簡惠茹／台北報導〕台灣ＡＩ人才缺口如何補足？",
        "德國總理梅克爾（左）和法國總統馬克宏意見相左。",
        "会议指出，要加强合作。记者 张三 李四 摄于北京的照片显示，现场座无虚席。",
        f"原标题：美国驻乌克兰特使辞职美国驻乌克兰特使于9月27日辞职。{A}",  # no lead: end unknown
        "外交部表示，该议员的言论不代表美国政府立场。",  # reporting, not a disclaimer
    ],
)
def test_inline_leaves_leads_and_ordinary_brackets(text):
    assert strip_boilerplate(text).edits == ()


def test_inline_can_be_switched_off():
    text = f"{A}【编辑:王五】"
    assert strip_boilerplate(text, CleanConfig(keep_boilerplate=("inline",))).text == text


def test_a_kept_kind_is_kept_whichever_signal_finds_it():
    text = f"{A}\n{B}\n编辑 | 董鑫\n{A}【编辑:王五】"
    assert strip_boilerplate(text, CleanConfig(keep_boilerplate=("editor",))).text == text
    reasons = [edit.reason for edit in strip_boilerplate(text).edits]
    assert [parse_label(reason) for reason in reasons] == [
        ("editor", "structure-credit"),
        ("editor", "inline-photo-credit"),
    ]


def test_a_ticker_box_goes_with_its_label():
    box = "在這篇文章中:\n騰訊控股\n0700.HK\n-1.20%\n阿里巴巴\n9988.HK\n+0.50%"
    result = strip_boilerplate(f"{A}\n{B}\n{box}")
    assert result.text == f"{A}\n{B}"
    assert strip_boilerplate(f"{A}\n今年前三季度，公司营收同比增长16.8%\n{B}").edits == ()


@pytest.mark.parametrize(
    "headline",
    [
        "视频｜常德启动全民健身月活动",  # a column's tag, not a picture's source
        "2021年7月20日 听令而行同心战疫",  # a date over a headline, not a meta line
        "党员宣传 干部联户 切块管理 网格落实（组图）",  # four-character words, not names
        "3.15在行动：临沂查处950起消费纠纷",  # a date, not a list's number
    ],
)
def test_a_tagged_or_dated_headline_above_the_body_stays(headline):
    kept = strip_boilerplate(f"{headline}\n{A}\n{B}").text.split("\n")
    assert kept[0] in headline and len(kept[0]) >= len(headline) - 4  # (组图) may go inline


def test_a_ticker_box_above_the_headline_takes_quotes_not_the_headline():
    box = "相关股票：招商银行（600036）\n600036 招商银行 876.77 +2.22%"
    text = f"{box}\n当天接令 当天筹备 当天接收\n商水县以超常规速度完成防疫隔离点建设\n{A}\n{B}"
    result = strip_boilerplate(text)
    assert result.text.startswith("当天接令 当天筹备 当天接收\n")


def test_a_reporter_s_notes_subhead_is_no_end_tag():
    assert "end-tag" not in cues(view("【记者手记】"))
    assert "end-tag" in cues(view("【记者 王五】"))
