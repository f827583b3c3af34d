"""Clean text must come out unchanged: cases from tests/cases/clean_text.txt and seed 001."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import seed_text
from textclean import CleanConfig, clean, detect_script


def load_cases(path: Path) -> list[str]:
    lines = [line for line in path.read_text("utf-8").splitlines() if not line.startswith("#")]
    return [case.strip("\n") for case in "\n".join(lines).split("\n---\n")]


CASES = load_cases(Path(__file__).parent / "cases" / "clean_text.txt")


@pytest.mark.parametrize("text", CASES, ids=[case[:12] for case in CASES])
def test_clean_text_is_left_alone(text):
    result = clean(text, CleanConfig(script_target="keep"))
    assert result.edits == ()
    assert result.text == text


@pytest.mark.parametrize("text", CASES, ids=[case[:12] for case in CASES])
def test_by_default_clean_text_changes_only_its_script(text):
    result = clean(text)
    assert {edit.step for edit in result.edits} <= {"script"}
    assert bool(result.edits) == (detect_script(text).script in ("traditional", "mixed"))


def test_seed_001_is_clean_news_and_only_its_credit_and_editor_line_go():
    text = seed_text("001")
    result = clean(text)
    assert [edit.before for edit in result.edits] == ["(刘永光 夏磊 伍冠军)", "\n(责任编辑:李欣欣)"]
    assert {edit.step for edit in result.edits} == {"boilerplate"}
    assert result.meta["reporters"] == ["刘永光", "夏磊", "伍冠军"]
    assert result.meta["editors"] == ["李欣欣"]
