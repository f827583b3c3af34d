"""Tests of :func:`textclean.encoding.pinyin.remove_pinyin_annotations`."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import seed_text
from textclean.document import Edit, replay
from textclean.encoding.pinyin import (
    PAREN_LOST_REASON,
    PINYIN_REASON,
    is_reading,
    remove_pinyin_annotations,
)

# Three converter annotations on common characters: enough to make a document residue.
RESIDUE = "關(guān)愛、協(xié)調、農(nóng)業(yè)。"
RESIDUE_CLEAN = "關愛、協調、農業。"
ANNOTATION = re.compile(r"(.)[(（]([^()（）]{1,10})[)）]")


def clean(text: str) -> str:
    return remove_pinyin_annotations(text)[0]


def valid_annotations(text: str) -> list[str]:
    return [m.group() for m in ANNOTATION.finditer(text) if is_reading(m[1], m[2])]


# --- the examples -------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [("關(guān)愛", "關愛"), ("協(xié)調(diào)", "協調"), ("農(nóng)業(yè)", "農業")],
)
def test_examples_in_a_residue_document(before: str, after: str) -> None:
    assert clean(RESIDUE + before) == RESIDUE_CLEAN + after


def test_edits() -> None:
    text, edits = remove_pinyin_annotations("關(guān)愛、協(xié)調(diào)")
    assert text == "關愛、協調"
    assert edits == [
        Edit("encoding", PINYIN_REASON, "(guān)", "", 1),
        Edit("encoding", PINYIN_REASON, "(xié)", "", 4),
        Edit("encoding", PINYIN_REASON, "(diào)", "", 5),
    ]
    assert replay("關(guān)愛、協(xié)調(diào)", edits) == text


# --- the seeds ------------------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["000", "004"])
def test_seed(prefix: str) -> None:
    original = seed_text(prefix)
    text, edits = remove_pinyin_annotations(original)
    assert replay(original, edits) == text
    assert valid_annotations(text) == []
    assert sum(edit.reason == PINYIN_REASON for edit in edits) > 20
    assert all(edit.step == "encoding" and edit.after == "" for edit in edits)


def test_seed_000_keeps_genuine_parentheses() -> None:
    text = clean(seed_text("000"))
    assert text.count("關愛你我他(她)·溫暖千萬家") == 8
    assert "運輸?葐栴}" in text
    assert "確保困難群眾" in text


def test_seed_004_keeps_copyright() -> None:
    text = clean(seed_text("004"))
    assert "Copyright(C) 2006-2020" in text
    assert "商洛市政協機關" in text


@pytest.mark.parametrize("prefix", ["001", "002", "003"])
def test_seeds_without_annotations_are_unchanged(prefix: str) -> None:
    original = seed_text(prefix)
    assert remove_pinyin_annotations(original) == (original, [])


# --- what is kept ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "genuine",
    [
        "你我他(她)",
        "Copyright(C)",
        "讯(记者 张三)",
        "人工智能(AI)",
        "去年(2023)",
        "中(an)",  # a pinyin syllable, but not a reading of 中
        "中(guān)",  # the reading of another character
        "安(an)",  # the reading of 安, but without its tone
        "(guān)",  # no character before it
        "a(guān)",
    ],
)
def test_genuine_parentheses_are_kept_even_in_a_residue_document(genuine: str) -> None:
    assert clean(RESIDUE + genuine) == RESIDUE_CLEAN + genuine


def test_a_single_gloss_is_kept() -> None:
    text = "新生儿取名“彧(yù)”的越来越多,彧字读作yù,意为有文采。"
    assert remove_pinyin_annotations(text) == (text, [])


def test_a_single_annotation_on_a_common_character_is_kept() -> None:
    text = "“关(guān)”字的本义是门闩。"
    assert remove_pinyin_annotations(text) == (text, [])


def test_two_annotations_are_kept() -> None:
    text = "關(guān)愛、協(xié)調"
    assert remove_pinyin_annotations(text) == (text, [])


def test_glosses_on_rare_characters_are_kept() -> None:
    text = "这些名字用字容易读错:彧(yù)、翀(chōng)、喆(zhé)、犇(bēn)、淼(miǎo)。"
    assert remove_pinyin_annotations(text) == (text, [])


def test_a_list_of_often_misread_readings_is_kept() -> None:
    text = "这些字你读对了吗:给(jǐ)予、龟(jūn)裂、说(shuì)服、拓(tà)片、解(xiè)数。"
    assert remove_pinyin_annotations(text) == (text, [])


# --- residue --------------------------------------------------------------------------


def test_residue_document_loses_rare_character_annotations_too() -> None:
    assert clean(RESIDUE + "文彧(yù)") == RESIDUE_CLEAN + "文彧"


def test_full_width_parentheses() -> None:
    assert clean("關（guān）愛、協（xié）調、農（nóng）業") == "關愛、協調、農業"


def test_tone_digits() -> None:
    assert clean("關(guan1)愛、協(xie2)調、農(nong2)業(ye4)") == "關愛、協調、農業"


@pytest.mark.parametrize("written", ["lǜ", "lv4", "lü4", "lu:4", "LÜ4", "Lǜ"])
def test_u_umlaut_spellings(written: str) -> None:
    assert clean(RESIDUE + f"綠({written})色") == RESIDUE_CLEAN + "綠色"


@pytest.mark.parametrize("written", ["le", "le5"])
def test_neutral_tone(written: str) -> None:
    assert clean(RESIDUE + f"來了({written})") == RESIDUE_CLEAN + "來了"


def test_combining_tone_mark() -> None:
    assert clean(RESIDUE + "關(gua\u0304n)心") == RESIDUE_CLEAN + "關心"


def test_repeated_annotation_on_one_character() -> None:
    text, edits = remove_pinyin_annotations(RESIDUE + "關(guān)(guan1)心")
    assert text == RESIDUE_CLEAN + "關心"
    assert [edit.before for edit in edits[-2:]] == ["(guān)", "(guan1)"]


# --- a "(" lost in a garbled run ------------------------------------------------------


def test_lost_paren_in_a_residue_document() -> None:
    original = RESIDUE + "運輸?shù)葐栴}"
    text, edits = remove_pinyin_annotations(original)
    assert text == RESIDUE_CLEAN + "運輸?葐栴}"
    assert edits[-1] == Edit("encoding", PAREN_LOST_REASON, "shù)", "", len(RESIDUE_CLEAN) + 3)
    assert replay(original, edits) == text


def test_lost_paren_after_replacement_character() -> None:
    assert clean(RESIDUE + "運\ufffdshu4)等") == RESIDUE_CLEAN + "運\ufffd等"


def test_lost_paren_is_kept_in_a_normal_document() -> None:
    text = "协调解决产品和原料运输?shù)葐栴}。"
    assert remove_pinyin_annotations(text) == (text, [])


@pytest.mark.parametrize("kept", ["?ok)", "?abc)", "?shu)", "x shù)"])
def test_lost_paren_needs_a_toned_syllable_right_after_the_question_mark(kept: str) -> None:
    assert clean(RESIDUE + kept) == RESIDUE_CLEAN + kept


def test_lost_paren_does_not_count_towards_residue() -> None:
    text = "運輸?shù)葐?shù)栴?shù)題"
    assert remove_pinyin_annotations(text) == (text, [])


# --- properties -----------------------------------------------------------------------

SYLLABLES = ["guān", "guan1", "xié", "le", "yù", "shù", "an", "AI", "2023", "lv4", "u:"]
PIECES = st.sampled_from([*"關协農業彧的了中t a()（）?\ufffd", *SYLLABLES])
PINYIN_LIKE = st.lists(PIECES, max_size=40).map("".join)


@given(st.one_of(PINYIN_LIKE, PINYIN_LIKE.map(lambda s: RESIDUE + s)))
def test_idempotent_and_replayable(original: str) -> None:
    text, edits = remove_pinyin_annotations(original)
    assert replay(original, edits) == text
    assert remove_pinyin_annotations(text) == (text, [])


@given(st.text())
def test_never_raises(original: str) -> None:
    text, edits = remove_pinyin_annotations(original)
    assert replay(original, edits) == text


def test_clean_text_is_returned_as_is() -> None:
    text = "新闻" * 1000
    assert remove_pinyin_annotations(text)[0] is text
