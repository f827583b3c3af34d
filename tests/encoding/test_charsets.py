"""The scorer's data: generated files are current, and the scorer separates text from mojibake."""

from __future__ import annotations

import runpy
from pathlib import Path
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import seed_text
from textclean.encoding import scores as scores_module
from textclean.encoding.charsets import (
    bigram_share,
    char_weight,
    odd_character_pattern,
    plausibility,
    score,
)
from textclean.encoding.kinds import KINDS, encodable, garble
from textclean.encoding.scores import scores

ROOT = Path(__file__).resolve().parents[2]


def test_the_shipped_charsets_are_what_the_script_generates():
    script = runpy.run_path(str(ROOT / "scripts" / "build_charsets.py"))
    shipped = (ROOT / "textclean" / "data" / "charsets.toml").read_text("utf-8")
    assert shipped == script["render"]()


def test_clean_seed_paragraphs_score_well_above_their_mojibake():
    for prefix in ("001", "002", "003"):
        paragraphs = [p for p in seed_text(prefix).splitlines() if len(p) >= 20]
        for paragraph in paragraphs[:10]:
            clean_score = plausibility(paragraph)
            assert clean_score is not None
            assert clean_score > 1.0
            for kind in KINDS.values():
                try:
                    garbled = garble(paragraph, kind)
                except UnicodeError:
                    continue
                assert plausibility(garbled) < clean_score - 0.5, kind.name


def test_real_text_has_known_pairs_mojibake_almost_none():
    assert bigram_share("商水县正在实行严格的疫情防控措施") >= 0.2
    assert bigram_share("商水縣正在實行嚴格的疫情防控措施") >= 0.2
    assert bigram_share(garble("商水县正在实行严格的疫情防控措施", KINDS["gbk read as big5"])) < 0.1


def test_hong_kong_and_taiwan_characters_are_less_common_not_rare():
    # HKSCS (深水埗, 屋邨, Cantonese 嘅) and cp950's Eten extension (宏碁) stand in real
    # text; cp950's reading of Big5 A14E (﹑) is punctuation, as Python's big5 ､ is
    assert [char_weight(char) for char in "埗邨嘅碁"] == [0.0] * 4
    assert char_weight("﹑") == char_weight("､") == 1.0
    assert char_weight("𩂰") == -1.0  # HKSCS beyond the BMP stays rare (see the script)


def test_one_supplement_character_is_no_sign_of_mojibake_by_itself():
    # a character of negative weight makes both repair passes judge its line; one HKSCS
    # character in clean Hong Kong news no longer does (two less common ones still do)
    assert odd_character_pattern().search("記者昨查察發現，李鄭屋邨旁邊有一條明渠。") is None
    assert odd_character_pattern().search("深水埗") is None


SCORED = st.text(
    alphabet=st.sampled_from("新闻发布会的了在是鏂伴椈ÐÂÎÅ羣裏說埗𠀀𥪯ぶ╮ \u3000\n\ufffd?abc，。"),
    max_size=40,
)


@settings(max_examples=60, deadline=None)
@given(st.lists(SCORED, max_size=6))
def test_many_texts_scored_at_once_score_as_each_alone(texts: list[str]) -> None:
    with patch.object(scores_module, "FEW_CHARACTERS", 0):  # numpy however few they are
        assert scores(texts) == [score(text) for text in texts]


def test_seed_lines_and_their_mojibake_score_at_once_as_alone():
    lines = [line for line in seed_text("001").splitlines() if line][:40]
    texts = lines + [
        garble(line, kind, "\ufffd")
        for line in lines
        for kind in KINDS.values()
        if encodable(line, kind.true)
    ]
    assert scores(texts) == [score(text) for text in texts]
