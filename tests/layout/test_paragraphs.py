from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import seed_text
from textclean import clean
from textclean.config import CleanConfig
from textclean.document import replay
from textclean.layout.paragraphs import JOIN_REASON, MOVE_REASON, run_paragraphs

NO_MARKS = CleanConfig(remove_continuation_marks=False)


def paragraphs(text: str, config: CleanConfig | None = None) -> str:
    return run_paragraphs(text, config or CleanConfig()).text


def seed_paragraph_edits(prefix: str):
    return [e for e in clean(seed_text(prefix)).edits if e.step == "paragraphs"]


@pytest.mark.parametrize(
    ("cut", "joined"),
    [
        ("是商水\n\n县正在实行", "是商水县正在实行"),
        ("俩孩\n\n子都打电话了", "俩孩子都打电话了"),
        ("和防\n\n控政策", "和防控政策"),
    ],
)
def test_the_cut_sentences_of_seed_003_are_joined(cut, joined):
    assert cut in seed_text("003")
    text = clean(seed_text("003")).text
    assert joined in text
    assert cut not in text


def test_seed_003_keeps_its_headlines_above_their_articles():
    text = clean(seed_text("003"), CleanConfig(strip_boilerplate=False)).text
    assert "孔阳深入谭庄等乡镇督导疫情防控工作\n\n本报讯(记者 马治卫)4月4日" in text
    assert "当天接令 当天筹备 当天接收\n\n商水县以超常规速度完成防疫隔离点建设\n\n本报讯" in text
    assert Counter(e.reason for e in seed_paragraph_edits("003")) == {JOIN_REASON: 16}


def test_the_headline_inside_a_sentence_of_seed_002_moves_before_it():
    text = clean(seed_text("002")).text
    assert (
        "与死神赛跑 惊心动魄20分\n\n王永刚话音未落,卫生院的救护车就已快速地朝这边驶来,"
        "因道路狭窄救护车无法通过200米的过道,巡逻队员王利清、刘亚隆"
    ) in text
    assert [e.reason for e in seed_paragraph_edits("002")] == [
        "e-paper continuation mark (上接一版)",
        MOVE_REASON,
    ]


@pytest.mark.parametrize("prefix", ["000", "001", "004"])
def test_seeds_without_cut_sentences_keep_their_paragraphs(prefix):
    assert seed_paragraph_edits(prefix) == []


@pytest.mark.parametrize(
    "text",
    [
        "孔阳深入谭庄等乡镇督导疫情防控工作\n\n本报讯(记者 马治卫)4月4日,孔阳到谭庄。",
        "堅持人民至上、生命至上\n\n一分部署,九分落實。為全面貫徹落實黨的二十大精神。",
        "严格落实以下7项举措:\n一是严格落实工作主体责任。",
        "会议还研究了其他事项。\n\n管好“菜篮子” 保障市场供应\n\n日前,我县采取有效措施。",
        "防疫工作人员拼力跑赢了死神。(何穗)\n\n下一篇文章的正文。",
        "以上文章僅代表作者個人觀點,本網只是轉載。電話:029-63903870\n\n本網所有文字,版權均屬本網。",
        "希望他們常來?!?/p>\n\n在此之前,受疫情影響,交通不暢。",
        "编辑: 张洁\n\n相关热词: 商洛市政协 疫情防控",
        "因道路狭窄,救护车无法通过\n\n孔阳深入谭庄等乡镇督导工作\n\n本报讯(记者 马治卫)4月4日。",
    ],
)
def test_breaks_that_are_not_cut_sentences_are_kept(text):
    assert run_paragraphs(text, CleanConfig()).edits == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("要严格落实,确保自身健康\n安全。", "要严格落实,确保自身健康安全。"),
        (
            "赵社会表示慰问、并叮嘱大家在做好自我防护的同时,\n\n一定要严格按照规定要求。",
            "赵社会表示慰问、并叮嘱大家在做好自我防护的同时,一定要严格按照规定要求。",
        ),
        ("全县,共计1000\n\n余人参加。", "全县,共计1000余人参加。"),
        ("他说,这是covid\n\nvaccine的效果。", "他说,这是covid vaccine的效果。"),
        (
            "县委宣传部干部职工做好中高风险地区及境\n\n外人来(返)商人员的登记工作。",
            "县委宣传部干部职工做好中高风险地区及境外人来(返)商人员的登记工作。",
        ),
        ("一是,\n\n二是,\n\n三是。", "一是,二是,三是。"),
    ],
)
def test_cut_sentences_are_joined(text, expected):
    output = run_paragraphs(text, CleanConfig())
    assert output.text == expected
    assert replay(text, output.edits) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(上接一版)会议强调,要强化保障。", "会议强调,要强化保障。"),
        ("会议强调,要强化保障。（下转第2版）\n\n下一篇", "会议强调,要强化保障。\n\n下一篇"),
        ("第一段。\n\n(下转二版)\n\n第二段。", "第一段。\n\n第二段。"),
        ("第一段。\n\n（上接A2版）", "第一段。"),
    ],
)
def test_continuation_marks_are_removed(text, expected):
    output = run_paragraphs(text, CleanConfig())
    assert output.text == expected
    assert all("continuation mark" in e.reason for e in output.edits)
    assert replay(text, output.edits) == expected


def test_both_parts_can_be_turned_off():
    text = "(上接一版)会议强调,要强化\n\n保障。"
    config = CleanConfig(rejoin_paragraphs=False, remove_continuation_marks=False)
    assert paragraphs(text, config) == text
    assert paragraphs(text, NO_MARKS) == "(上接一版)会议强调,要强化保障。"


PIECES = [
    "商水县",
    "疫情防控",
    "巡逻",
    "队员",
    "本报讯(记者 马治卫)",
    "与死神赛跑 惊心动魄20分",
    ",",
    "。",
    "、",
    ":",
    "“",
    "”",
    "(",
    ")",
    "20",
    "ab",
    "\n",
    "\n\n",
    " ",
    "孩",
    "子",
]


@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_joins_are_idempotent_replayable_and_lose_nothing(text):
    output = run_paragraphs(text, NO_MARKS)
    assert replay(text, output.edits) == output.text
    assert run_paragraphs(output.text, NO_MARKS).edits == []
    # only line breaks (and the padding around them) go; every other character stays
    assert sorted(output.text.replace("\n", "").replace(" ", "")) == sorted(
        text.replace("\n", "").replace(" ", "")
    )
