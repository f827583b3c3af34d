from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textclean.config import CleanConfig
from textclean.document import replay
from textclean.layout.width import HAN_RUN, han_share_at_least, run_punctuation, run_width


def both_steps(text: str, config: CleanConfig):
    """The width step then the punctuation step, as :func:`textclean.clean` runs them."""
    first = run_width(text, config)
    second = run_punctuation(first.text, config)
    return second.text, first.edits + second.edits


def width(text: str, **options) -> str:
    return both_steps(text, CleanConfig(**options))[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("２０２２年１２月１３日", "2022年12月13日"),
        ("ＣＯＶＩＤ－１９", "COVID－19"),  # the full-width hyphen is punctuation: kept
        ("商水新闻", "商水新闻"),
    ],
)
def test_fullwidth_letters_and_digits_become_halfwidth(text, expected):
    assert width(text) == expected


def test_a_run_of_fullwidth_characters_is_one_edit():
    output = run_width("第０４版", CleanConfig())
    assert [(e.before, e.after) for e in output.edits] == [("０４", "04")]


def test_halfwidth_alnum_can_be_turned_off():
    assert width("第０４版", halfwidth_alnum=False) == "第０４版"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("连日来,我县把疫情防控作为重要工作来抓。", "连日来，我县把疫情防控作为重要工作来抓。"),
        ("来源:各界新闻网", "来源：各界新闻网"),
        ("他问:你是从外地回来的吗?", "他问：你是从外地回来的吗？"),
        ("(记者 马治卫)4月4日", "（记者 马治卫）4月4日"),
        ("全县,2020年", "全县，2020年"),
        ("共有3,000人", "共有3,000人"),
        ("2022-04-14 10:05:38", "2022-04-14 10:05:38"),
        ("网址www.gjnews.cn", "网址www.gjnews.cn"),
        ("俺可放心...", "俺可放心..."),
        ("血压180/85mm/Hg", "血压180/85mm/Hg"),
    ],
)
def test_fullwidth_punctuation_between_chinese_characters(text, expected):
    assert width(text, punctuation="fullwidth") == expected


def test_halfwidth_punctuation_keeps_the_chinese_full_stop():
    text = "连日来，我县（商水）把防控作为首要任务：抓！"
    assert width(text, punctuation="halfwidth") == "连日来,我县(商水)把防控作为首要任务:抓!"
    assert width("完成。", punctuation="halfwidth") == "完成。"


def test_punctuation_is_kept_by_default():
    text = "连日来,我县（商水）把防控作为首要任务：抓!"
    assert width(text) == text


marks = st.sampled_from([*",.:;?!()，。：；？！（）“”", "新", "闻", "a", "1", " ", "\n"])


@given(st.lists(marks, max_size=30).map("".join), st.sampled_from(["fullwidth", "halfwidth"]))
def test_width_is_idempotent_and_replayable(text, punctuation):
    config = CleanConfig(punctuation=punctuation)
    output, edits = both_steps(text, config)
    assert replay(text, edits) == output
    assert both_steps(output, config)[1] == []


def test_letters_an_entity_brings_in_are_made_halfwidth_by_the_punctuation_step():
    assert run_punctuation("第１版", CleanConfig()).text == "第1版"


_HAN_EDGES = [
    chr(code)
    for low, high in [(0x33F0, 0x3410), (0x4DB0, 0x4E10), (0x9FF0, 0xA010), (0xF8F0, 0xFB10)]
    for code in range(low, high)
] + ["，", "。", "：", "a", " ", "1", "😀", "\U00020000", "\u3000"]


@given(
    st.lists(st.sampled_from(_HAN_EDGES), max_size=30).map("".join),
    st.sampled_from([0.0, 0.3, 0.5, 0.8, 1.0]),
)
def test_han_share_counts_as_the_runs_do(text: str, share: float) -> None:
    """The UTF-8 count agrees with counting ``HAN_RUN``'s runs, at the blocks' edges too."""
    counted = sum(map(len, HAN_RUN.findall(text)))
    assert han_share_at_least(text, share) == (counted >= share * len(text))
