"""Short garbled units (4-10 characters) alone, and clean short strings (issue 20, part 4)."""

from __future__ import annotations

import pytest

from textclean.encoding.kinds import KINDS, garble
from textclean.encoding.mojibake import repair_mojibake


@pytest.mark.parametrize(
    ("kind", "unit"),
    [
        # units of chardet's and cChardet's Chinese test samples
        ("gbk read as big5", "北部九州"),
        ("gbk read as big5", "保加利亚公司"),
        ("utf-8 read as gbk", "再由他笔"),
        ("utf-8 read as gbk", "和太鼓等"),
        ("big5 read as gbk", "徐子涵的在"),
    ],
)
def test_a_short_garbled_unit_alone_is_repaired(kind: str, unit: str) -> None:
    assert repair_mojibake(garble(unit, KINDS[kind]))[0] == unit


@pytest.mark.parametrize(
    "clean",
    # no known word pair among common characters, and each reads back as something
    ["朱輪華轂", "假模假式", "疏不間親", "蟻穴潰堤", "啊啊啊啊啊啊啊啊", "徐子涵", "客途異旅"],
)
def test_a_short_clean_string_without_known_words_is_left_alone(clean: str) -> None:
    assert repair_mojibake(clean) == (clean, [], {})


def test_a_long_line_is_not_judged_for_want_of_words() -> None:
    line = "朱輪華轂" + "，新闻发布会在北京举行" * 4
    assert repair_mojibake(line) == (line, [], {})
