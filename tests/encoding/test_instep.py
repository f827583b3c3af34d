"""GBK that a Big5 decoder read with losses, read back whole in step (textclean.encoding.instep).

The lines come from the peers' GB2312 and GB18030 samples (tests/encoding/peers: chardet,
cChardet, uchardet; their licences are there).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import tomllib

from textclean import repair_encoding
from textclean.encoding.instep import read_in_step
from textclean.encoding.kinds import KINDS, encodable

PEERS = Path(__file__).parent / "peers"
SHOWN = {"gbk read as big5": "big5hkscs", "gbk read as cp950": KINDS["gbk read as cp950"].shown}


def _peer_lines() -> list[str]:
    """Lines of the peers' Simplified samples with ten Han characters or more, and no kana
    (GBK's kana read as cp950 come back as other kana: ``_decoded_forms``)."""
    manifest = tomllib.loads((PEERS / "MANIFEST.toml").read_text("utf-8"))
    lines = []
    for entry in manifest["file"]:
        if entry["kind"] != "sample" or entry["encoding"] not in ("gb2312", "gb18030"):
            continue
        text = (PEERS / entry["path"]).read_bytes().decode(entry["encoding"])
        for line in text.splitlines():
            line = line.strip()
            if len(re.findall("[\u4e00-\u9fff]", line)) < 10 or re.search("[?\u3040-\u30ff]", line):
                continue
            if encodable(line, "gbk"):
                lines.append(line)
    return lines


def _matches(reading: str, truth: str) -> bool:
    """Whether ``reading`` is ``truth`` with some characters lost (a mark for each run)."""
    pattern = "".join(".+" if char in "?\ufffd" else re.escape(char) for char in reading)
    return re.fullmatch(pattern, truth) is not None


@pytest.mark.parametrize("kind", sorted(SHOWN))
@pytest.mark.parametrize("mark", ["\ufffd", "?"])
def test_peer_lines_read_back_but_for_their_lost_characters(kind: str, mark: str) -> None:
    lines = _peer_lines()
    garbled = [line.encode("gbk").decode(SHOWN[kind], errors="replace") for line in lines]
    lossy = [(line, shown) for line, shown in zip(lines, garbled, strict=True) if "\ufffd" in shown]
    assert len(lossy) > 100
    for line, shown in lossy:
        reading = read_in_step(shown.replace("\ufffd", mark), "gb18030", SHOWN[kind])
        assert reading is not None and len(reading) == len(line), line
        # every character comes back but those that lost a byte, each a U+FFFD
        assert all(got in (want, "\ufffd") for got, want in zip(reading, line, strict=True)), line


def test_each_mark_costs_one_character() -> None:
    # 人 lost its first byte, 民 its second; 佸 is 人's second byte and 民's first
    line = "独立、人民".encode("gbk").decode("big5hkscs", errors="replace")
    assert line == "黃蕾﹜\ufffd佸\ufffd"
    assert read_in_step(line, "gb18030", "big5hkscs") == "独立、\ufffd\ufffd"


def test_a_character_of_two_byte_pairs_is_read_from_the_pair_that_makes_words() -> None:
    # 人's first byte lost, the decoder goes on one byte off: 护世 (BBA4 CAC0) shows 卅
    # for A4CA, which the encoder gives A2CE (维虎卫界); 平's second byte is lost at the end
    shown = "人维护世界和平".encode("gbk").decode("big5hkscs", errors="replace")
    assert shown == "\ufffd冼牴卅擠蝥芢\ufffd"
    assert read_in_step(shown, "gb18030", "big5hkscs") == "\ufffd维护世界和\ufffd"


@pytest.mark.parametrize(
    ("line", "reading"),
    [
        ("陔貌扦暮\ufffd", "新华社记\ufffd"),  # 者 cut after its first byte
        ("陔貌扦暮?", "新华社记?"),  # the same, or a question: the ? stays
        ("?1陔貌", "?1新华"),  # a ? before no second byte (1) stands for no first byte
        ("新华社记者?", None),  # Simplified text: Big5 has no bytes for it
    ],
)
def test_marks_that_stand_for_no_lost_byte(line: str, reading: str | None) -> None:
    assert read_in_step(line, "gb18030", "big5hkscs") == reading


@pytest.mark.parametrize("mark", ["\ufffd", "?"])
def test_a_lossy_document_comes_back_but_for_its_lost_characters(mark: str) -> None:
    lines = _peer_lines()[:150]
    garbled = "\n".join(
        line.encode("gbk").decode("big5hkscs", errors="replace").replace("\ufffd", mark)
        for line in lines
    )
    repaired = repair_encoding(garbled).text.split("\n")
    assert len(repaired) == len(lines)
    lossy = [
        (got, want)
        for got, want, shown in zip(repaired, lines, garbled.split("\n"), strict=True)
        if mark in shown
    ]
    assert len(lossy) > 20
    # every line that lost bytes comes back but for the characters lost (a line without
    # a loss may stay: 啊啊啊 read as Big5, 陛陛陛, has no word to tell it by)
    assert all(_matches(got, want) for got, want in lossy)


def test_a_question_mark_that_starts_the_line_may_be_a_real_one() -> None:
    # read as a lost first byte, a real ? puts the rest one byte off (?趟\ue196h正在);
    # read as itself, the rest reads into words
    line = "商水縣正在實行嚴格的疫情防控措施".encode("gbk").decode("big5hkscs", "replace")
    assert read_in_step("?" + line.replace("\ufffd", "?"), "gb18030", "big5hkscs").startswith(
        "?商水縣正在"
    )


def test_a_line_with_both_marks_reads_the_question_marks_as_lost_bytes_where_that_reads_better():
    line = "商水縣正在實行嚴格的疫情防控措施".encode("gbk").decode("big5hkscs", "replace")
    mixed = line.replace("\ufffd", "?") + "\ufffd"
    reading = read_in_step(mixed, "gb18030", "big5hkscs")
    assert reading is not None and "格的疫情防控" in reading
