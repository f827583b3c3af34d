"""repair_encoding: the public entry point, and the encoding step inside clean()."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.conftest import seed_text
from textclean import CleanConfig, clean, repair_encoding, replay
from textclean.encoding.kinds import KINDS, garble

NEWS = "商水县正在实行严格的疫情防控措施，各乡镇干部下沉到村组。"


def test_bytes_are_decoded_and_their_encoding_recorded():
    result = repair_encoding(NEWS.encode("gb18030"))
    assert result.text == NEWS
    assert result.meta["encoding"] == "gb18030"


def test_str_mojibake_is_repaired_with_edits_that_replay():
    garbled = garble(NEWS, KINDS["utf-8 read as cp1252"])
    result = repair_encoding(garbled)
    assert result.text == NEWS
    assert replay(garbled, result.edits) == NEWS
    assert all(edit.step == "encoding" for edit in result.edits)


def test_other_types_are_refused():
    with pytest.raises(TypeError, match="str or bytes"):
        repair_encoding(12)  # type: ignore[arg-type]


def test_clean_repairs_encoding_first():
    garbled = garble(NEWS, KINDS["gbk read as cp1252"])
    result = clean(f"<p>{garbled}</p>")
    assert result.text == NEWS
    assert result.edits[0].step == "encoding"


def test_the_options_turn_the_passes_off():
    garbled = garble(NEWS, KINDS["gbk read as cp1252"])
    assert clean(garbled, CleanConfig(repair_mojibake=False)).text == garbled
    annotated = "關(guān)愛、協(xié)調、農(nóng)業(yè)"
    keep = CleanConfig(script_target="keep")
    assert clean(annotated, replace(keep, remove_pinyin=False)).text == annotated
    assert clean(annotated, keep).text == "關愛、協調、農業"


def test_seed_pinyin_residue_is_removed_by_clean():
    text = clean(seed_text("000"), CleanConfig(script_target="keep")).text
    assert "關(guān)" not in text
    assert "關" in text


def test_the_seeds_get_only_the_repairs_their_damage_needs():
    """No false positive on real scraped news: the only mojibake in the seeds is the two
    byte-shifted runs of seed 000; everything else the step does there is pinyin."""
    repairs = {}
    for prefix in ("000", "001", "002", "003", "004"):
        edits = clean(seed_text(prefix)).edits
        repairs[prefix] = [
            (edit.before, edit.after)
            for edit in edits
            if edit.step == "encoding" and not edit.reason.startswith("pinyin")
        ]
    assert repairs == {
        "000": [("h", ""), ("葐栴}", "問題")],
        "001": [],
        "002": [],
        "003": [],
        "004": [],
    }


def test_what_was_read_back_from_utf8_is_not_taken_for_gbk_one_byte_off():
    # 只見台上唱得盡興， as UTF-8 read as Big5 (SIGHAN cityu), its lost bytes marked "?":
    # the marks stand for UTF-8 characters lost, no GBK run after them is one byte off
    # (the unanchored byte-shift pass made 唱得盡 into 车帽)
    result = repair_encoding("?蘨閬见蝱銝𠰴眏敺㛖椘???嚗?")
    assert result.text == "?見台上唱得盡?"
    assert {edit.reason for edit in result.edits} == {"utf-8 read as big5"}


def test_a_repair_that_reads_as_clean_text_is_not_searched_again() -> None:
    # GBK read as Big5 with ? for lost bytes: the mojibake search repairs the first line,
    # and in the second leaves a run a decoder read one byte off, which the byte-shift
    # pass reads in step. Searching that repair again (its 裰行, in a document known to
    # suffer from the kind) once made cp950's 銨︽ of it and spoiled the run.
    lines = [line.strip() for prefix in ("002", "003") for line in seed_text(prefix).splitlines()]
    first = next(line for line in lines if "4月4日,商水县委书记孔阳" in line)
    second = next(line for line in lines if "清凉寺村党群服务中心" in line)
    kind = KINDS["gbk read as big5"]
    text = repair_encoding("\n".join(garble(line, kind, "?") for line in (first, second))).text
    assert "清凉寺村党?服务中心研究防疫工作的侯更辉" in text
