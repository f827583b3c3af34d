"""The boilerplate step: what it cuts, what it keeps, and the record of every cut."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import seed_text
from textclean import CleanConfig, clean, replay, strip_boilerplate
from textclean.boilerplate import classify_lines
from textclean.boilerplate.rules import parse_label

ARTICLE = (
    "4月7日,商洛市商州区增加一名新冠肺炎确诊病例,疫情防控形势异常严峻。\n\n"
    "连日来,商洛市政协机关把疫情防控作为首要任务,共克时艰。"
)


def cut_rules(text: str, config: CleanConfig | None = None) -> list[str]:
    return [parse_label(edit.reason)[1] for edit in strip_boilerplate(text, config).edits]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "各界新闻网 版权所有 Copyright(C) 2006-2020 gjnews.cn All Rights Reserved",
            "copyright-notice",
        ),
        (
            "本网所有文字、图片和音视频等,版权均属各界新闻网所有,未经本网协议授权不得转载。",
            "rights-reserved",
        ),
        ("备案号:陕ICP备13008241号-1", "icp-number"),
        ("京公网安备 11010502030143号", "icp-number"),
        ("京网文﹝2023﹞4325-128号互联网新闻信息服务许可编号：11220180001", "licence-number"),
        ("电信业务审批[2001]字第379号", "licence-number"),
        ("分享到:", "share-bar"),
        ("【打印】 【关闭】", "share-bar"),
        ("(责任编辑:李欣欣)", "editor-line"),
        ("编辑: 张洁", "editor-line"),
        ("来源:各界新闻网", "source-line"),
        ("2022-04-14 10:05:38  来源:各界新闻网", "source-line"),
        ("原标题:商水县创新实施入户管理服务机制", "original-title"),
        (
            "以上文章仅代表作者个人观点,本网只是转载,如涉及作品内容、版权问题,请及时联系我们。",
            "reprint-disclaimer",
        ),
        ("当前位置:首页 > 新闻中心 > 正文", "breadcrumb"),
        ("相关热词: 商洛市政协 疫情防控", "hot-words"),
        ("违法和不良信息举报电话:029-63903870", "report-contact"),
        ("第04版:商水新闻 PDF版", "epaper-page"),
        ("2022年12月13日", "date-line"),
        ("2022-12-13 1 1 周口日报 content_191852.html 1 商水:积极开展行动", "cms-residue"),
        ("[摘要] 4月7日,商洛市商州区增加一名新冠肺炎确诊病例。...", "summary-block"),
        ("□记者 马治卫", "byline-box"),
        ("记者 马治卫 摄", "byline-credit"),
        ("(王明阳 柳真真)", "byline-names"),
    ],
)
def test_each_category_is_cut_in_the_footer(line, rule):
    assert cut_rules(f"{ARTICLE}\n\n{line}") == [rule]
    assert strip_boilerplate(f"{ARTICLE}\n\n{line}").text == ARTICLE


@pytest.mark.parametrize(
    "line",
    [
        "各界新聞網 版權所有 Copyright(C) 2006-2020 gjnews.cn All Rights Reserved",
        "（責任編輯：李欣欣）",
        "備案號：陝ICP備13008241號-1",
        "當前位置：首頁 > 新聞中心",
    ],
)
def test_traditional_and_fullwidth_lines_match_the_same_rules(line):
    assert strip_boilerplate(f"{ARTICLE}\n\n{line}").text == ARTICLE


def test_a_sentence_of_the_article_that_mentions_copyright_or_source_stays():
    middle = "据了解,该书版权归出版社所有,侵犯版权所有人权益的将被追究,资金来源:县财政。"
    text = f"{ARTICLE}\n\n{middle}\n\n{ARTICLE}"
    assert strip_boilerplate(text).edits == ()
    assert strip_boilerplate(middle).edits == ()  # no article around it: it may be one


def test_a_boxed_subhead_is_not_a_byline_box():
    # ■ marks a newspaper's subheads as well as its bylines (held-out set 6 lost 46 of them)
    text = f"{ARTICLE}\n■ 强化源头治理\n{ARTICLE}\n■ 记者手记\n{ARTICLE}"
    assert strip_boilerplate(text).text == text
    assert cut_rules(f"{ARTICLE}\n■文/图 本报记者 张三\n{ARTICLE}") == ["byline-box"]


def test_a_numbered_subhead_before_the_last_short_sentence_is_the_article():
    # the article goes on after its last paragraph to a sentence no rule knows
    text = f"{ARTICLE}\n1. 为什么是现在\n会议还研究了其他事项。"
    assert strip_boilerplate(text).text == text


def test_a_related_headline_long_enough_to_anchor_the_body_is_the_footers():
    """After the body's last sentence, a line of fewer than 40 characters that ends none
    anchors the body no longer; an article line ending in a credit still ends one."""
    related = "苏州这些博物馆周末免费开放，还能预约讲解 2023/05/12"
    assert strip_boilerplate(f"{ARTICLE}\n\n{related}").text == ARTICLE
    last = "目前，全县疫情防控形势总体平稳、可控。"
    assert last in strip_boilerplate(f"{ARTICLE}\n\n{last}（完）").text
    cut_off = "县委书记强调，要坚决守住不发生规模性疫情的底线，确保"  # a crawl's cut paragraph
    assert strip_boilerplate(f"{ARTICLE}\n\n{cut_off}").text.endswith(cut_off)


def test_a_policy_document_number_is_not_a_licence():
    text = f"{ARTICLE}\n\n国务院关于印发《方案》的通知 国发〔2020〕7号"
    assert strip_boilerplate(text).edits == ()


def test_a_long_line_is_never_cut_by_a_rule_for_short_lines():
    long_line = "编辑:" + "这是一段很长的正文内容,讲述了记者的见闻。" * 5
    assert strip_boilerplate(f"{ARTICLE}\n\n{long_line}").edits == ()


def test_a_footer_glued_to_a_page_stored_as_one_line_goes_without_the_article():
    page = "商水县坚决筑牢外防输入防线。本报讯 3月29日,县领导深入化河乡督导疫情防控工作。"
    footer = "\u3000Copyright © 2020 商水县融媒体中心 豫ICP备12345678号"
    result = strip_boilerplate(page + footer)
    assert result.text == page
    assert [edit.before for edit in result.edits] == [footer]


def test_a_weather_headline_is_not_the_page_weather():
    headline = "天文台：明日最高氣溫25度"
    assert strip_boilerplate(f"{headline}\n{ARTICLE}").text == f"{headline}\n{ARTICLE}"
    assert cut_rules(f"北京 今日天气 多云 13~25℃\n{ARTICLE}") == ["weather-line"]


def test_related_links_take_the_rest_of_the_footer():
    text = f"{ARTICLE}\n\n相关新闻:\n\n商水县召开会议\n\n周口市举行活动"
    result = strip_boilerplate(text)
    assert result.text == ARTICLE
    assert cut_rules(text) == ["related-links"] * 3


def test_a_byline_lead_is_cut_and_the_sentence_kept():
    text = "本报讯(记者 马治卫 通讯员 戚富岗)“疫情虽然来势汹汹,但关键时刻有干部在身边。”"
    result = strip_boilerplate(text)
    assert result.text == "“疫情虽然来势汹汹,但关键时刻有干部在身边。”"
    assert result.meta["reporters"] == ["马治卫", "戚富岗"]


def test_removed_lines_leave_no_gap_and_the_edits_replay():
    text = f"分享到:\n\n{ARTICLE}\n\n编辑: 张洁\n\n相关热词: 政协\n分享到:"
    result = strip_boilerplate(text)
    assert result.text == ARTICLE
    assert replay(text, result.edits) == result.text
    assert all(edit.step == "boilerplate" and edit.after == "" for edit in result.edits)


def test_a_text_of_boilerplate_only_becomes_empty():
    text = "分享到:\n\n(责任编辑:李欣欣)"
    assert strip_boilerplate(text).text == ""


def test_the_step_can_be_turned_off():
    text = f"{ARTICLE}\n\n(责任编辑:李欣欣)"
    assert clean(text, CleanConfig(strip_boilerplate=False)).text == text


def test_seed_004_loses_its_header_and_footer_and_keeps_its_article():
    result = clean(seed_text("004"))
    lines = [line for line in result.text.split("\n") if line]
    assert lines[0] == "勠力同心战疫情 勇挑重担展风采——商洛市政协助力疫情防控工作小记"
    assert lines[1].startswith("4月7日,商洛市商州区增加一名新冠肺炎确诊病例")
    assert lines[-1].startswith("疫情无情人有情")
    meta = result.meta
    assert meta["reporters"] == ["寇静", "王斌", "田莉", "白为"]
    assert meta["editors"] == ["张洁"]
    assert meta["site"] == ["各界新闻网"]
    assert meta["published"] == ["2022-04-14 10:05:38"]
    assert meta["spam_lines"] == 1


def test_seed_000_loses_its_epaper_header_and_cms_line():
    result = clean(seed_text("000"))
    assert result.text.startswith(
        "商水:积极开展“关爱你我他(她)·温暖千万家”行动\n\n又一个冬天来临了。"
    )
    assert "content_191852" not in result.text
    assert result.meta["published"] == ["2022年12月13日"]


def test_classify_lines_gives_a_verdict_per_line():
    verdicts = classify_lines(f"分享到:\n{ARTICLE}")
    assert len(verdicts) == 4
    assert [verdict.removed for verdict in verdicts] == [True, False, False, False]


LABELS = Path(__file__).parent / "labels"


def hand_labels(prefix: str) -> list[tuple[str, str]]:
    rows = LABELS.joinpath(f"{prefix}.tsv").read_text("utf-8").splitlines()
    return [tuple(row.split("\t", 1)) for row in rows if not row.startswith("#")]  # type: ignore[misc]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_the_seeds_get_exactly_their_hand_labels(prefix):
    text = clean(seed_text(prefix), CleanConfig(strip_boilerplate=False)).text
    verdicts = [v for v in classify_lines(text) if v.line.strip()]
    found = [
        ("spam" if v.spam else "boilerplate" if v.removed else "article", v.line) for v in verdicts
    ]
    assert found == hand_labels(prefix)


def test_a_page_header_between_the_halves_of_a_cut_sentence_goes_and_they_join():
    text = "县委书记孔阳表示,要坚持人民至上、\n\n第04版:商水新闻 PDF版\n\n生命至上,扎实开展活动。"
    result = clean(text)
    assert result.text == "县委书记孔阳表示,要坚持人民至上、生命至上,扎实开展活动。"
    assert replay(text, result.edits) == result.text
