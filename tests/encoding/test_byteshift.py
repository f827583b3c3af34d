"""Byte-shift mojibake: runs decoded one byte off are re-decoded in step."""

from __future__ import annotations

import re

import pytest

from tests.conftest import seed_text
from textclean import CleanConfig, clean, replay
from textclean.encoding.byteshift import repair_byte_shift

NEWS = "为落实落细疫情防控工作，张庄镇采取利用无线大喇叭在全乡大张旗鼓宣传疫情防控政策和常识。"


def _lose_first_byte_of(text: str, index: int) -> str:
    """``text`` in GBK with the first byte of character ``index`` lost, as a decoder shows it."""
    data = bytearray(text.encode("gbk"))
    offset = len(text[:index].encode("gbk"))
    data[offset] = ord("?")
    return bytes(data).decode("gbk", errors="replace").replace("\ufffd", "?")


def test_the_seed_examples():
    text, edits = repair_byte_shift("品和原料運輸?葐栴}。蔬菜促銷活動??h政府辦")
    assert text == "品和原料運輸?問題。蔬菜促銷活動??政府辦"
    assert [edit.reason for edit in edits] == ["gbk read one byte off"] * 2


def test_seed_000_after_clean():
    text = clean(seed_text("000"), CleanConfig(script_target="keep")).text
    assert "運輸?問題" in text
    assert "活動??政府" in text
    assert "shù)" not in text


def _only_lost_characters_missing(repaired: str, original: str) -> bool:
    """``repaired`` is ``original`` with at most two characters lost, each shown as ``?``."""
    pattern = "".join(f"(?:{re.escape(char)}|\\?+)" for char in original)
    kept = len(repaired) - repaired.count("?")
    return re.fullmatch(pattern, repaired) is not None and kept >= len(original) - 2


@pytest.mark.parametrize("index", [1, 5, 18, 26, 33, 38])
def test_a_run_is_recovered_except_the_destroyed_characters(index):
    garbled = _lose_first_byte_of(NEWS, index)
    repaired, edits = repair_byte_shift(garbled)
    assert edits
    assert replay(garbled, edits) == repaired
    assert _only_lost_characters_missing(repaired, NEWS)


def test_most_positions_of_a_paragraph_are_recovered():
    recovered = 0
    positions = range(len(NEWS) - 1)
    for index in positions:
        repaired, _ = repair_byte_shift(_lose_first_byte_of(NEWS, index))
        recovered += _only_lost_characters_missing(repaired, NEWS)
    # the rest are runs of one or two characters: too short to tell shifted from real
    assert recovered / len(positions) >= 0.7


@pytest.mark.parametrize(
    "clean_text",
    ["你吃了吗?我吃了?好的。", "你说什么?我?", "What?你好。", "吗?h", "问题?? 不是"],
)
def test_question_marks_in_clean_text_are_left_alone(clean_text):
    assert repair_byte_shift(clean_text) == (clean_text, [])


def test_once_one_run_is_repaired_short_runs_in_the_same_document_follow():
    long_run = _lose_first_byte_of(NEWS, 5)
    short = _lose_first_byte_of("担当作为。", 1)  # 担?弊魑?: too short alone
    assert repair_byte_shift(short) == (short, [])
    repaired, edits = repair_byte_shift(f"{long_run}\n{short}")
    assert len(edits) == 2
    assert repaired.splitlines()[1] == "担?作?。"


def test_a_realignment_that_yields_ascii_is_not_a_shift():
    # Big5's second bytes include A-Z: "、實施" one byte later would read "B實施"
    text = "確?!?、實施“十大戰略”、奮力譜寫新時代商水更加出彩絢麗篇章的強大力量。"
    assert repair_byte_shift(text, trusted=True) == (text, [])


@pytest.mark.parametrize(
    "text",
    [
        # cChardet's wikipediaTw_One_Thousand_and_One_Nights_GB2312 (MIT): ? stands for a
        # character the GB2312 page could not hold; what lies between the marks is real
        "古代印度与中国之?有一?桑国，国王山鲁亚尔",
        "故事方法吸引国王，?夜?到最精彩?，允?下一夜",
        "8 外部连结\r\n[??]性描写\r\n",
        "着名作家?吉布·?哈富??：",
        "麥康姆?X（Malcolm X）",
    ],
)
def test_text_that_lost_characters_as_question_marks_is_left_alone(text: str) -> None:
    assert repair_byte_shift(text) == (text, [])


def test_lost_bytes_inside_ascii_lost_no_double_byte_text() -> None:
    # chardet's GB2312 cnblog.org page (LGPL): a URL whose characters a GB2312 page lost
    text = '<a href="/index.php/???&shy;???é">Wiki</a>'
    assert repair_byte_shift(text) == (text, [])


def test_a_run_found_elsewhere_cuts_no_common_characters_between_marks():
    # text read back in step around lost characters (UTF-8 read as Big5 and repaired)
    # has real characters between its marks: one run re-decoded elsewhere in the
    # document is no evidence against them (a second repair used to cut 張, 府 and read
    # 防輸 as 垒); the short run of rarer characters still follows (see the test above)
    long_run = _lose_first_byte_of(NEWS, 5)
    in_step = "縣委?府?常?精準防?置?結?防輸?人?張?院,孔陽?"
    repaired, edits = repair_byte_shift(f"{long_run}\n{in_step}")
    assert repaired.splitlines()[1] == in_step
    assert len(edits) == 1
