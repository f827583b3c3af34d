"""Unanchored byte shifts: runs one stray or lost byte set one byte off are re-read in step."""

from __future__ import annotations

import random

import pytest

from textclean import repair_encoding, replay
from textclean.encoding import resync
from textclean.encoding.charsets import is_cjk
from textclean.encoding.kinds import encodable
from textclean.encoding.resync import repair_resync


def _stray(text: str, offset: int, byte: int, codec: str = "gbk", mark: str = "?") -> str:
    """``text`` in ``codec`` with ``byte`` inserted at byte ``offset``, as a decoder shows it
    (each undecodable byte as ``mark``)."""
    data = text.encode(codec)
    data = data[:offset] + bytes([byte]) + data[offset:]
    return data.decode(codec, errors="replace").replace("\ufffd", mark)


def _lost(text: str, offset: int, codec: str = "gbk", mark: str = "?") -> str:
    """``text`` in ``codec`` with the byte at ``offset`` lost, as a decoder shows it."""
    data = text.encode(codec)
    data = data[:offset] + data[offset + 1 :]
    return data.decode(codec, errors="replace").replace("\ufffd", mark)


# lines of the peers' samples (tests/encoding/peers: chardet's GB2312 and Big5 files)
LESSON = "早上的英语课就来了20几个同学"
INSPECTION = "天都會不定時、不定點抽查舍房"
ECONOMY = "中國猶如一家超大型企業，近三十年的經濟成長"
HEARING = "昨天他因此不敢把書面攻防資料交給扁，避免內容曝光"


@pytest.mark.parametrize(
    ("garbled", "repaired"),
    [
        # a stray byte inside 英; the decoder's mark at the end stands for 了
        (_stray(LESSON, 7, 0x84), "早上的英语课就来?20几个同学"),
        # the same with the mark dropped: one is put back
        (_stray(LESSON, 7, 0x84, mark=""), "早上的英语课就来?20几个同学"),
        # Big5: 定's second byte read as "w" brought the decoder back in step
        ("天都會不定時、不菮w點抽查舍房", INSPECTION),
        # Big5: a stray byte before 國 shifted it and 猶 up to 猶's second byte, "S"
        (_stray(ECONOMY, 2, 0xA4, codec="big5"), ECONOMY),
        # Big5 second bytes run 0x40-0x7E: a "|" or "~" wedged in Chinese shows the decoder
        # came back in step as well as a letter does
        (_stray(INSPECTION, 4, 0xC9, codec="big5", mark=""), INSPECTION),
        (_stray(ECONOMY, 30, 0xC9, codec="big5", mark=""), ECONOMY),
        # the example: 大家注意， read one byte off after a lost byte
        ("通知：愦蠹易⒁猓?本周六停电。", "通知：?大家注意?本周六停电。"),
        # Big5, 路's second byte lost: 落 (路's first byte, 狂's first) and 狂's second byte
        # "g" wedged before 潮 show the decoder's way back in step, though 落 is common
        (_lost("因應網路狂潮的情況", 7, codec="big5", mark=""), "因應網?狂潮的情況"),
        # Big5, 此's first byte lost: the run shows the kana ぁ (C6A5 as cp950 and big5
        # read it, C6E7 in Big5-HKSCS), re-read from the bytes it came from
        (_lost(HEARING, 9, codec="big5"), "昨天他因?不敢把書面攻防資料交給扁，避免內容曝光"),
    ],
)
def test_a_shifted_run_is_read_in_step(garbled, repaired):
    text, edits = repair_resync(garbled)
    assert text == repaired
    assert replay(garbled, edits) == text
    assert {edit.reason for edit in edits} <= {"gbk read one byte off", "big5 read one byte off"}


def test_the_encoding_step_repairs_a_lost_byte():
    garbled = _lost("今天下午我们一起去图书馆看书，然后回家。", 18)  # 图's first byte
    assert garbled == "今天下午我们一起去际楣菘词椋?然后回家。"
    result = repair_encoding(garbled)
    # 图 (its first byte lost) and ， (its second byte taken for a mark) stay lost
    assert result.text == "今天下午我们一起去?书馆看书?然后回家。"
    assert [edit.reason for edit in result.edits] == ["gbk read one byte off"]


CLEAN = [
    "为落实落细疫情防控工作，张庄镇采取利用无线大喇叭宣传疫情防控政策和常识。",
    "國王山努?和他的一千零一夜",  # a ? for a character the page's charset could not hold
    "仙人洞文化係話到萬年大源盆地一隻叫仙人洞嗰溶洞發現嗰史前文化",  # Cantonese
    "日韓無碼視頻免費看_亞洲綜合色一區二區三區_國產成人久久AV免費看國語版",
    "信用卡套现 花呗提现 京东白条取现 秒到账 手续费低 联系QQ 2457816633",
    "今年夏天流行穿T恤配牛仔裤，A股市场也随之走强，维生素C片热销。",
    "日本的一级行政区划单位为都道府县，部份市町村因人口较多而被指定为政令指定都市。",
    "彧、昶、珏、翀等生僻字常见于人名，如王彧、李昶。",
    "《墨子閒詁》曰︰「維，繫也」，《說文》曰︰「基，牆始也」。",
    "你吃饭了吗?我们走吧?这是真的吗?",  # ASCII question marks after Chinese
    "转发微博@人民日报称，今天全市气温~回升。",  # ASCII signs between Chinese characters
    "網友在臉書|留言說：「好|不好」都行。",
    "維他命C片、X光檢查、A股與B型肝炎",  # letters between Traditional characters
    "详见《通知》[附件]第三条，请@各部门负责人。",
    "“闫书记,我是侯更辉,人命关天,请您马上联系救护车到清凉寺村!”",
]


@pytest.mark.parametrize("line", CLEAN)
def test_clean_text_is_left_alone(line):
    assert repair_resync(line) == (line, [])
    assert repair_encoding(line).text == line


def _peer_lines(codec: str, count: int) -> list[str]:
    """``count`` lines of 10-60 characters, most of them Chinese, of the peers' Chinese
    samples (chardet's, cChardet's, uchardet's) that ``codec`` encodes."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import short_units_bench as units

    simplified, traditional = units.chinese_texts()
    lines = [
        line
        for text in (traditional if codec == "big5" else simplified)
        for line in map(str.strip, text.splitlines())
        if 10 <= len(line) <= 60
        and sum(map(is_cjk, line)) >= 0.7 * len(line)
        and encodable(line, codec)
    ]
    return lines[:: max(1, len(lines) // count)][:count]


@pytest.mark.parametrize("codec", ["gbk", "big5"])
def test_runs_left_out_for_want_of_a_word_pair_would_not_be_repaired(codec, monkeypatch):
    # resync._may_make_a_word spares the search of runs whose every re-reading lacks the
    # known word pair _judge asks for: the search without it finds exactly the same
    rng = random.Random(20)
    # Big5 lines with a lost byte where the start's second byte is dropped and the run
    # ends in the ASCII byte after it: the one character re-read pairs with the next
    garbled = ["建議阿扁十E日出庭時戴上口罩", "當時的軟體產業在]應網路狂潮的情況下"]
    for line in _peer_lines(codec, 40):
        offset = rng.randrange(len(line.encode(codec)))
        made = (
            _lost(line, offset, codec)
            if rng.random() < 0.5
            else _stray(line, offset, rng.randrange(0x81, 0xFF), codec, mark=rng.choice(["?", ""]))
        )
        garbled.append(made)
    pruned = [repair_resync(text) for text in garbled]
    monkeypatch.setattr(resync, "_may_make_a_word", lambda *args: True)
    assert [repair_resync(text) for text in garbled] == pruned
    assert sum(bool(edits) for _, edits in pruned) >= 5  # the lines do hold shifted runs
