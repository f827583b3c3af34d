"""The model signal: short lines in a zone scored by the shipped weights.

The furniture lines are of kinds the rules do not know (a masthead's links, a player's
controls, a gazette's row); the article lines are the seeds'.
"""

import pytest

from textclean import CleanConfig, strip_boilerplate
from textclean.boilerplate.linemodel import (
    LineModel,
    Place,
    headline_shaped,
    line_features,
    model_verdicts,
    parse_model,
    shipped_model,
)
from textclean.boilerplate.rules import parse_label
from textclean.boilerplate.view import view

A = "会议要求，各单位压实责任，做好疫情防控工作，确保人民群众生命安全和身体健康。"
B = "县长在调研中指出，要进一步加强隔离点管理，严格落实各项防控措施，守住底线。"
HEADLINE = "县长到隔离点调研疫情防控"


def model_cuts(text: str, config: CleanConfig | None = None) -> list[str]:
    result = strip_boilerplate(text, config)
    return [edit.before.strip() for edit in result.edits if "model-" in edit.reason]


@pytest.mark.parametrize(
    "furniture",
    [
        "只看楼主 | 返回列表 | 发新帖",
        "00:00 / 03:25 全屏 倍速",
        "公开范围：面向全社会",
    ],
)
def test_furniture_after_the_body_is_cut_with_its_evidence(furniture: str) -> None:
    text = f"{HEADLINE}\n{A}\n{B}\n{furniture}"
    result = strip_boilerplate(text)
    assert result.text == f"{HEADLINE}\n{A}\n{B}"
    (edit,) = result.edits
    category, name = parse_label(edit.reason)
    assert (category, name) == ("navigation", "model-furniture")
    assert "model: p=" in edit.reason and "after the body" in edit.reason


def test_switched_off_by_keep_boilerplate() -> None:
    text = f"{HEADLINE}\n{A}\n{B}\n只看楼主 | 返回列表 | 发新帖"
    assert model_cuts(text, CleanConfig(keep_boilerplate=("model",))) == []


def test_the_first_line_a_text_without_body_and_the_body_stay() -> None:
    assert model_cuts(f"只看楼主 | 返回列表\n{A}\n{B}") == []  # the first line: a headline?
    assert model_cuts("只看楼主 | 返回列表\n首页 | 新闻") == []  # no body: may be all article
    assert model_cuts(f"{HEADLINE}\n{A}\n{B}") == []


def test_the_first_line_goes_when_a_headline_stands_below_it() -> None:
    masthead = "江城晚报数字版 ｜ 首页"
    assert model_cuts(f"{masthead}\n{HEADLINE}\n{A}\n{B}") == [masthead]
    assert model_cuts(f"{masthead}\n{A}\n{B}") == []  # it may be the page's only headline
    (edit,) = strip_boilerplate(f"{masthead}\n{HEADLINE}\n{A}\n{B}").edits
    assert "the text's first line, a headline below it" in edit.reason


SUBHEADS = ["4.1 专家观点", "（二）以案释法", "■ 强化源头治理", "一、背景", "01 声音", "| 专家解读"]


@pytest.mark.parametrize("subhead", SUBHEADS)
def test_between_paragraphs_furniture_goes_and_subheads_stay(subhead: str) -> None:
    furniture = "只看楼主 | 返回列表"
    text = f"{HEADLINE}\n{A}\n{furniture}\n{B}\n{subhead}\n{A}"
    assert model_cuts(text) == [furniture]


def test_a_markdown_heading_and_a_line_of_prose_need_more() -> None:
    lines = ["标题", A, B, "# 只看楼主 | 返回列表", "（应受访者要求，李伟光为化名）"]
    always = LineModel({"zone:after": 10.0}, 0.0, 0.5)
    found = model_verdicts(lines, lines, [1, 2], [False] * 5, model=always)
    assert [furniture.index for furniture in found] == [4]  # the heading stays
    almost = LineModel({"zone:after": 4.0}, 0.0, 0.5)  # p = 0.982 < the prose threshold
    found = model_verdicts(lines, lines, [1, 2], [False] * 5, model=almost)
    assert found == []


def test_features_name_shape_place_and_words() -> None:
    features = line_features("第2页", Place("after", 0, True, False))
    assert {"zone:after", "previous:cut", "next:kept", "w:第0", "w:页$"} <= set(features)


def test_parse_model_rejects_a_malformed_line() -> None:
    with pytest.raises(ValueError, match="line 2"):
        parse_model("bias\t0.5\nno weight here\n")


def test_the_shipped_model_is_read_and_sane() -> None:
    model = shipped_model()
    assert 0.5 < model.threshold < 1
    assert len(model.weights) > 1000


def test_a_paragraph_shaped_line_ending_the_body_may_be_furniture() -> None:
    comment = "网友评论：说得好！ 点赞 128 回复 12"  # reads as a paragraph: it anchored the body
    assert model_cuts(f"{HEADLINE}\n{A}\n{B}\n{comment}") == [comment]
    prose = "按照规定，网站转载新闻必须注明来源，不得歪曲、篡改标题和新闻内容的原意。"
    assert model_cuts(f"{HEADLINE}\n{A}\n{B}\n{prose}") == []  # prose at the edge stays
    assert model_cuts(f"{HEADLINE}\n{comment}") == []  # one paragraph is left, always


@pytest.mark.parametrize(
    ("line", "shaped"),
    [
        ("晚间新闻｜合肥出台措施支持中小企业发展", True),
        ("【时评】商水：积极开展“关爱你我他（她）·温暖千万家”行动", True),
        ("广州队客场4比4战胜新疆广汇 | 一线直击", True),
        ("晚间新闻｜我县“三红”织密疫情防控网", True),  # a headline may end in 网
        ("湄潭县人民政府门户网站 ｜ 专题频道", False),  # a site's name under its tag
        ("西班牙华人网｜巴黎华人生活门户", False),
    ],
)
def test_a_headline_under_a_column_tag_is_headline_shaped(line: str, shaped: bool) -> None:
    assert headline_shaped(view(line).strip()) is shaped


def test_the_model_leaves_the_page_a_headline() -> None:
    masthead, headline = "江城晚报数字版 ｜ 首页", "晚间新闻播报｜2025/01/19"
    text = f"{masthead}\n{headline}\n{A}\n{B}"
    assert headline in strip_boilerplate(text).text


def test_a_sentence_of_furniture_after_the_body_ends_no_article() -> None:
    furniture = "只看楼主 | 返回列表"
    after = f"{HEADLINE}\n{A}\n{B}\n{furniture}"
    assert model_cuts(f"{after}\n转载本网站信息请注明出处。") == [furniture]
    # the article goes on below: the lines above its last sentence are judged as lines
    # between paragraphs (0.99, and never a subhead or a line that reads as prose)
    going_on = f"{HEADLINE}\n{A}\n{B}\n{{}}\n会议还研究了其他事项。"
    assert model_cuts(going_on.format(furniture)) == [furniture]
    assert model_cuts(going_on.format("防控要点")) == []
    assert model_cuts(going_on.format("一、防控要点")) == []


def test_a_menu_of_many_words_is_not_headline_shaped() -> None:
    assert not headline_shaped("即时新闻 社区 侨社 移民 地产 生活")
    assert headline_shaped("党员宣传 干部联户 切块管理 网格落实")


def test_a_quotation_or_a_short_sentence_after_the_body_stays() -> None:
    for line in ["“值！”", "「不要再來了啦！」", "现场秩序井然。"]:
        assert model_cuts(f"{HEADLINE}\n{A}\n{B}\n{line}") == []


def test_score_line_is_the_score_of_the_features() -> None:
    model = shipped_model()
    for line in ["只看楼主 | 返回列表", "第2页 共5页", HEADLINE]:
        place = Place("after", 1, True, False)
        expected = model.score(line_features(line, place))
        assert model.score_line(line, place) == pytest.approx(expected, abs=1e-12)


def test_a_title_shaped_as_a_headline_goes_above_the_headline_but_a_dateline_stays() -> None:
    for masthead in ["中国钢结构网  English", "江苏省高级人民法院  网上诉讼服务中心"]:
        assert model_cuts(f"{masthead}\n{HEADLINE}\n{A}\n{B}") == [masthead]
    dateline = "新华社哈尔滨11月23日电 题："
    assert model_cuts(f"{dateline}\n{HEADLINE}\n{A}\n{B}") == []


def test_a_paragraph_above_the_headline_is_the_page_header() -> None:
    """A masthead that reads as a paragraph (``…！今天是…``) anchors the body no longer
    when a headline stands between it and the article."""
    masthead = "欢迎访问中国乡村振兴网！今天是2022年6月12日 星期日"
    assert model_cuts(f"{masthead}\n{HEADLINE}\n{A}\n{B}") == [masthead]
    assert model_cuts(f"{masthead}\n{A}\n{B}") == []  # no headline: it may be the article's


@pytest.mark.parametrize("line", ["无障碍", "海口 阴 23~27℃", "切换城市 [湛江]"])
def test_short_furniture_above_a_sure_headline_needs_less(line: str) -> None:
    """Above a headline the model is sure of, a short line needs 0.5 (these score
    0.76-0.84); with no headline below, it needs the model's threshold (0.9)."""
    assert line in model_cuts(f"物流头条\n{line}\n{HEADLINE}\n{A}\n{B}")
    assert line not in model_cuts(f"物流头条\n{line}\n{A}\n{B}")


def test_a_short_line_shaped_as_a_headline_above_a_sure_one_needs_the_threshold() -> None:
    """Shaped as a headline, it would need 0.99 above the page's headline; with under ten
    Chinese characters above a headline the model is sure of, it needs 0.9 (0.96 here)."""
    line = "在浏览器中查看"
    assert headline_shaped(line)
    assert line in model_cuts(f"物流头条\n{line}\n{HEADLINE}\n{A}\n{B}")
    assert line not in model_cuts(f"物流头条\n{line}\n{A}\n{B}")


def test_a_headline_over_its_subtitles_stays() -> None:
    headline = "红党旗指方向 红袖章亮身份 红马甲显担当 | 乡村振兴进行时"
    text = f"沭阳县人民政府门户网站\n{headline}\n抗击疫情 我们始终在一起\n{A}\n{B}"
    assert headline not in model_cuts(text)


@pytest.mark.parametrize("title", ["夜读｜故乡的年味", "早读｜乡村新气象"])
def test_a_title_not_shaped_as_a_headline_under_one_of_furniture_stays(title: str) -> None:
    """A mail's ``如果…请点击这里`` is shaped as a headline; the column's title under it
    is the page's headline all the same, and needs 0.999 (it scores 0.99-0.999)."""
    text = f"如果邮件无法正常显示，请点击此处\n转发给好友\n每周精选\n{title}\n{A}\n{B}"
    assert title not in model_cuts(text)


@pytest.mark.parametrize("line", ["特约撰稿人 李晓明", "阅读时间约3分钟", "订阅“时评”栏目"])
def test_a_line_shaped_as_a_headline_under_a_sure_one_needs_the_threshold(line: str) -> None:
    """Under the headline the model is sure of, a meta row shaped as a headline needs
    0.9, not 0.99; with no headline above it, it may be the headline and stays."""
    assert line in model_cuts(f"物流头条\n{HEADLINE}\n{line}\n{A}\n{B}")
    assert line not in model_cuts(f"{line}\n{A}\n{B}")


def test_a_masthead_goes_above_a_headline_not_shaped_as_one() -> None:
    """A headline with a bracket (``…（持续更新）``) is not shaped as one, but may be the
    page's headline: the first line above it is judged (it stayed before)."""
    masthead, headline = "江城科普网·天文", "江城暴雨最新消息（持续更新）"
    assert not headline_shaped(headline)
    assert model_cuts(f"{masthead}\n{headline}\n{A}\n{B}") == [masthead]
    assert model_cuts(f"{headline}\n{A}\n{B}") == []
