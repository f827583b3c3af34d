from __future__ import annotations

import pytest

from tests.conftest import seed_text
from textclean.config import CleanConfig
from textclean.document import replay
from textclean.layout import normalize_whitespace, run_whitespace


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第一行\r\n第二行\r第三行", "第一行\n第二行\n第三行"),
        ("正文  \t\n下一行\u3000\u3000", "正文\n下一行"),
        ("  □ 實習記者 寇靜\n\u3000\u3000正文", "□ 實習記者 寇靜\n正文"),
        ("第一段\n\n\n\n\n第二段", "第一段\n\n第二段"),
        ("\n\n\n标题\n\n", "标题"),
        ("时间\u00a0\u00a0来源", "时间  来源"),
        ("新\u200b闻\ufeff", "新闻"),
        ("新\x00闻\x0c", "新闻"),
        ("空格行\n \u00a0 \n下一段", "空格行\n\n下一段"),
    ],
)
def test_whitespace_is_normalised(text, expected):
    assert normalize_whitespace(text) == expected


def test_ideographic_space_inside_a_line_is_kept():
    assert normalize_whitespace("中国\u3000北京") == "中国\u3000北京"


def test_options_change_indentation_and_blank_lines():
    text = "  第一段\n\n\n第二段"
    assert normalize_whitespace(text, strip_indent=False) == "  第一段\n\n第二段"
    assert normalize_whitespace(text, max_blank_lines=0) == "第一段\n第二段"
    assert normalize_whitespace(text, max_blank_lines=2) == "第一段\n\n\n第二段"


def test_a_run_of_odd_spaces_is_one_edit():
    output = run_whitespace("时间\u00a0\u00a0\u00a0来源", CleanConfig())
    assert len(output.edits) == 1
    assert output.edits[0].reason == "odd space U+00A0 NO-BREAK SPACE"


def test_seed_001_is_clean_and_stays_unchanged():
    text = seed_text("001")
    output = run_whitespace(text, CleanConfig())
    assert output.text == text
    assert output.edits == []


def test_seed_004_edits_replay_to_the_output():
    text = seed_text("004")
    output = run_whitespace(text, CleanConfig())
    assert "\u00a0" not in output.text
    assert not any(line.startswith(" ") for line in output.text.splitlines())
    assert replay(text, output.edits) == output.text
    assert {e.reason for e in output.edits} >= {"indentation", "odd space U+00A0 NO-BREAK SPACE"}
