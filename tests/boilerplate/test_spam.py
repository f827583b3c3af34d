"""Spam lines: the seed's SEO header and its kind go, news about spam stays."""

from __future__ import annotations

import pytest

from tests.conftest import seed_text
from textclean import clean, strip_boilerplate
from textclean.boilerplate.spam import contact_advert, spam_verdict
from textclean.boilerplate.view import view

SPAM = [
    "日韩无码视频免费看_亚洲综合色一区二区三区_国产成人久久AV免费看国语版_A人片中文字幕一区二区",
    "日韓無碼視頻免費看_亞洲綜合色一區二區三區_國產成人久久AV免費看國語版",
    "澳门新葡京百家乐 真人娱乐 送彩金 首存返水",
    "六合彩开奖结果|特码|平码|香港马会资料大全",
    "最新六合彩开奖结果查询,时时彩计划,百家乐技巧",
    "无码中文字幕一区二区三区在线观看",
]
NEWS = [
    "警方捣毁网络赌场 抓获百家乐赌博团伙",
    "公安机关打击六合彩、百家乐、时时彩等赌博活动。",
    "在全乡迅速掀起了“战疫情、访民情、送温情”活动高潮。",
    "国产大飞机C919完成首飞_中国航空工业_新闻频道",
    "市民在影院观看国产高清电影,免费观看的场次座无虚席。",
    "该县开展整治非法办证刻章专项行动,查处违法案件12起。",
]


@pytest.mark.parametrize("line", SPAM)
def test_spam_lines_are_spam(line):
    assert spam_verdict(view(line)) is not None


@pytest.mark.parametrize("line", NEWS)
def test_news_that_names_spam_is_not_spam(line):
    assert spam_verdict(view(line)) is None


def test_a_spam_line_anywhere_is_cut_and_scored():
    text = "商水县召开会议,部署疫情防控工作。\n\n" + SPAM[2] + "\n\n会议要求,各单位压实责任。"
    result = strip_boilerplate(text)
    assert SPAM[2] not in result.text
    assert result.edits[0].reason.startswith("spam/spam-line: SEO spam header")
    assert 0 < result.meta["spam_share"] < 0.5


def test_a_document_of_spam_scores_one():
    result = clean("\n\n".join(SPAM))
    assert result.text == ""
    assert result.meta["spam_share"] == 1.0


def test_seed_004_loses_its_spam_header():
    result = clean(seed_text("004"))
    assert "无码" not in result.text
    assert result.meta["spam_share"] < 0.05


def test_a_scam_advert_is_spam_and_news_of_scams_is_not():
    """The line a new user saw kept (issue 21), and sentences of the same words."""
    advert = "热门推荐：点击这里领取红包 免费领取 加微信 赚钱"
    page = f"会议要求，各单位压实责任。\n{advert}\n做好防控工作。"
    result = strip_boilerplate(page)
    assert [edit.reason for edit in result.edits] == [
        "spam/spam-line: SEO spam header (5 spam terms)"
    ]
    for sentence in (
        "市民可通过支付宝领取红包，活动持续到月底。",
        "警方提醒：声称日赚千元的刷单兼职都是诈骗。",
    ):
        assert spam_verdict(view(sentence)) is None


@pytest.mark.parametrize(
    ("line", "spam"),
    [
        ("星空,星空官網,星空app,星空平臺,星空娛樂,星空下載", True),
        ("必威娱乐 必威官网 必威平台 必威注册 必威登录 必威app 必威开户", True),
        ("湛江新闻网 | 湛江新闻 | 湛江在线 | 湛江首页", False),  # a site's menu
        ("疫情防控,疫情数据,疫情地图,疫情动态", False),  # a tag list
    ],
)
def test_an_seo_keyword_list_is_spam_by_its_shape_alone(line, spam):
    article = "会议要求，各单位压实责任，做好疫情防控工作，确保人民群众生命安全。"
    result = strip_boilerplate(f"{article}\n{line}")
    assert (result.meta.get("spam_lines") == 1) is spam


@pytest.mark.parametrize(
    "advert",
    [
        "大同上门服务 大同外围 大同约 电话18682348497",
        "加微信btxmt5350，看全部视频，同城约，私密服务",
        "足球投注 串关 滚球 高赔率 注册即送61元 rwz2523.net",
        "出售銀行卡 四件套 對公賬戶 支付寶實名 飛機：@zepvx",
    ],
)
def test_an_advert_with_a_contact_is_spam_without_the_lexicon(advert):
    assert contact_advert(view(advert)) is not None


@pytest.mark.parametrize(
    "line",
    [
        "社址：大同市建设大道69号　总机：0968-6107976",  # the site's own contact
        "预约挂号电话：0999-4845321　急诊电话：120",
        "市民可拨打热线12345反映问题。",  # a sentence of the article
        "警方提醒：加微信btxmt5350的是骗子 切勿转账",  # reporting
        "R_qqnOsstaxImglX1iyRaJdOIAAA/1000)",  # a picture's address
        "Polycom：本土化要规则更要情谊：http://software.it168.com/a2015/1020/1769.shtml",
    ],
)
def test_a_contact_line_of_a_site_or_the_article_is_no_advert(line):
    assert contact_advert(view(line)) is None
