"""The scorer's data: generated files are current, and the scorer separates text from mojibake."""

from __future__ import annotations

import runpy
from pathlib import Path

from tests.conftest import seed_text
from textclean.encoding.charsets import bigram_share, plausibility
from textclean.encoding.kinds import KINDS, garble

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
