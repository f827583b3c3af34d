"""Tests of :func:`textclean.encoding.decode_bytes`: bytes to text, or a DecodeError."""

from __future__ import annotations

import codecs
import contextlib
import gzip
import io
import random
import struct
import zipfile
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SEEDS
from textclean.encoding import Decoded, decode_bytes
from textclean.errors import DecodeError, InputError

# Cut from seeds/001_2e14c1e4aa0b18e7.txt (simplified Chinese news, with ASCII digits and commas).
SIMPLIFIED = (
    "为认真贯彻落实正阳县委组织部在全县开展万名党员干部“战疫情、访民情、送温情”活动精神,"
    "加强疫情防控和巩固脱贫攻坚成果等重点工作的有序进行,傅寨乡精心组织,积极行动,"
    "在全乡迅速掀起了“战疫情、访民情、送温情”活动高潮。\n"
    "乡党委书记马向阳要求全体乡村干部、党员要响应党委号召,提高对疫情防控工作的重视程度,"
    "启动“党建+重点工作”和网格化管理的工作机制,动员组织全体干部党员组成党员志愿者,"
    "充分发挥干部党员的先锋模范作用,积极应对疫情、巩固脱贫攻坚成果、狠抓安全生产及烟花爆竹"
    "禁燃禁放工作,让群众过一个安乐祥和、绿色文明的春节。\n"
    "12、13日连续两天的上午9点,傅寨乡政府和14个村的党员志愿者200余人在乡党委书记马向阳、"
    "政府乡长夏有亮和所有班子成员带领下,戴着口罩,穿着红马甲,肩扛党旗,戴着党徽,"
    "排着整齐的队伍,有序走向街道人群中,分发《致全乡人民的一封信》宣传单,"
    "耐心向群众宣传普及新型冠状肺炎防治知识,劝导群众戴口罩、勤通风、勤洗手。\n"
)

# Cut from seeds/000_021f4fbb4f4e590d.txt (traditional Chinese news; pinyin notes removed).
TRADITIONAL = (
    "民之所需,政之所向。連日來,商水縣委、縣政府堅決落實“疫情要防住、經濟要穩住、"
    "發展要安全”重大要求,聚焦解決困難群眾的急難愁盼問題,聚焦解決疫情防控中遇到的具體問題,"
    "聚焦解決小微企業的生產經營難題,根據省委、市委工作部署,積極在全縣範圍內集中開展"
    "“關愛你我他(她)·溫暖千萬家”行動。\n\n"
    "一分部署,九分落實。為全面貫徹落實黨的二十大精神,積極開展“關愛你我他(她)·溫暖千萬家”"
    "行動,商水縣委、縣政府圍繞疫情防控、綠色助農、走訪慰問、愛心捐助等方面,"
    "重點解決群眾的急難愁盼問題,為孤寡老人、殘障人士、困難家庭等群體紓難解困,"
    "人民群眾的獲得感、幸福感、安全感不斷增強。\n"
)


# Korean and Japanese news sentences (written for these tests): textclean does not clean
# them, but must not decode them as Chinese.
KOREAN = (
    "서울시는 오늘 대중교통 요금을 내년부터 인상한다고 발표했다. "
    "시민들은 물가 부담이 커질 것이라며 우려를 나타냈다.\n"
)
JAPANESE = (
    "東京都は本日、来年度から公共交通の運賃を引き上げると発表した。"
    "利用者からは負担が増えるとの声が上がっている。\n"
)

CJK_CODECS = ("gb18030", "big5hkscs", "cp949", "euc_jp", "cp932")


def test_fixture_texts_are_long_enough() -> None:
    assert len(SIMPLIFIED) >= 300
    assert len(TRADITIONAL) >= 250


# --- UTF-8 ------------------------------------------------------------------------------


def test_utf8() -> None:
    decoded = decode_bytes(SIMPLIFIED.encode("utf-8"))
    assert isinstance(decoded, Decoded)
    assert decoded.text == SIMPLIFIED
    assert decoded.encoding == "utf-8"
    assert decoded.confidence == 1.0
    assert decoded.bom is False
    assert decoded.replaced == 0
    assert decoded.meta() == {"encoding": "utf-8", "encoding_confidence": 1.0}


def test_utf8_with_bom() -> None:
    decoded = decode_bytes(codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"))
    assert decoded.text == SIMPLIFIED  # the BOM is not part of the text
    assert not decoded.text.startswith("\ufeff")
    assert decoded.encoding == "utf-8"
    assert decoded.bom is True
    assert decoded.replaced == 0
    assert decoded.meta() == {"encoding": "utf-8", "encoding_confidence": 1.0, "bom": True}


def test_utf8_truncated_inside_last_character() -> None:
    assert SIMPLIFIED.rstrip("\n")[-1] == "。"
    text = SIMPLIFIED.rstrip("\n")
    data = text.encode("utf-8")
    for cut in (1, 2):  # "。" is three bytes in UTF-8: leave two of them, then one
        decoded = decode_bytes(data[:-cut])
        assert decoded.encoding == "utf-8"
        assert decoded.replaced == 1
        assert decoded.text.endswith("\ufffd")
        assert decoded.text == text[:-1] + "\ufffd"  # everything before the cut is intact
        assert decoded.meta()["replacement_characters"] == 1


def test_utf8_short_truncated_text() -> None:
    data = "新闻".encode()[:-1]
    decoded = decode_bytes(data)
    assert decoded.text == "新\ufffd"
    assert decoded.replaced == 1


# --- UTF-16 -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")],
)
def test_utf16_with_bom(bom: bytes, codec: str) -> None:
    decoded = decode_bytes(bom + SIMPLIFIED.encode(codec))
    assert decoded.text == SIMPLIFIED
    assert decoded.encoding == codec
    assert decoded.bom is True
    assert decoded.confidence == 1.0
    assert decoded.replaced == 0


def test_utf16_le_with_bom_truncated_by_one_byte() -> None:
    data = codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le")
    decoded = decode_bytes(data[:-1])
    assert decoded.encoding == "utf-16-le"
    assert decoded.text == SIMPLIFIED[:-1] + "\ufffd"
    assert decoded.replaced == 1


def test_utf16_le_without_bom() -> None:
    data = SIMPLIFIED.encode("utf-16-le")
    assert not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    decoded = decode_bytes(data)
    assert decoded.text == SIMPLIFIED
    assert decoded.encoding == "utf-16-le"
    assert decoded.bom is False
    assert decoded.replaced == 0


def test_utf16_be_without_bom() -> None:
    decoded = decode_bytes(SIMPLIFIED.encode("utf-16-be"))
    assert decoded.text == SIMPLIFIED
    assert decoded.encoding == "utf-16-be"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_ascii_in_utf16_without_bom_is_utf16_not_binary_utf8(codec: str) -> None:
    # NULs are valid UTF-8: ASCII in UTF-16 is "valid UTF-8" made of control characters
    text = "DateTime,Bid,Ask\r\n07/19/2015 21:00:15.469,1.083,1.08332\r\n" * 3
    decoded = decode_bytes(text.encode(codec))
    assert (decoded.encoding, decoded.text) == (codec, text)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_cut_inside_its_last_character(codec: str) -> None:
    decoded = decode_bytes(SIMPLIFIED.encode(codec)[:-1])  # an odd length
    assert decoded.encoding == codec
    assert decoded.text == SIMPLIFIED[:-1] + "\ufffd"
    assert decoded.meta()["replacement_characters"] == 1


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("cut", [0, 1, 3])
def test_utf32_without_bom(codec: str, cut: int) -> None:
    data = SIMPLIFIED.encode(codec)
    decoded = decode_bytes(data[: len(data) - cut])
    assert decoded.encoding == codec
    assert decoded.text == (SIMPLIFIED[:-1] + "\ufffd" if cut else SIMPLIFIED)
    assert decoded.replaced == (1 if cut else 0)


# --- legacy Chinese encodings -----------------------------------------------------------


def test_gbk_reports_gb18030_and_decodes_right() -> None:
    decoded = decode_bytes(SIMPLIFIED.encode("gbk"))
    assert decoded.encoding == "gb18030"
    assert decoded.text == SIMPLIFIED
    assert decoded.replaced == 0
    assert 0.0 < decoded.confidence <= 1.0
    assert decoded.bom is False


def test_gb18030_reports_gb18030_and_decodes_right() -> None:
    decoded = decode_bytes(SIMPLIFIED.encode("gb18030"))
    assert decoded.encoding == "gb18030"
    assert decoded.text == SIMPLIFIED


def test_big5_reports_big5hkscs_and_decodes_right() -> None:
    decoded = decode_bytes(TRADITIONAL.encode("big5"))
    assert decoded.encoding == "big5hkscs"
    assert decoded.text == TRADITIONAL
    assert decoded.replaced == 0
    assert 0.0 < decoded.confidence <= 1.0


@pytest.mark.parametrize(
    ("text", "codec", "reported"),
    [
        (SIMPLIFIED, "gbk", "gb18030"),
        (SIMPLIFIED, "gb18030", "gb18030"),
        (TRADITIONAL, "big5", "big5hkscs"),
        ("新闻标题", "gbk", "gb18030"),  # issue 20: was ﾐﾂﾎﾅｱ怵 (Shift_JIS)
        ("商水縣疫情防控指揮部", "big5", "big5hkscs"),
    ],
)
def test_chinese_cut_inside_its_last_character(text: str, codec: str, reported: str) -> None:
    text = text.rstrip("\n")
    decoded = decode_bytes(text.encode(codec)[:-1])  # a dangling lead byte
    assert (decoded.encoding, decoded.text) == (reported, text[:-1] + "\ufffd")
    assert decoded.meta()["replacement_characters"] == 1


@pytest.mark.parametrize(("text", "codec"), [(SIMPLIFIED, "gbk"), (TRADITIONAL, "big5")])
@pytest.mark.parametrize("where", [0.1, 0.5, 0.9])
def test_chinese_with_a_lost_byte(text: str, codec: str, where: float) -> None:
    data = text.encode(codec)
    at = next(i for i in range(int(len(data) * where), len(data)) if data[i] > 0x7F)
    line = text.encode(codec).index(b"\n", at)  # the decoder is back in step by the next line
    decoded = decode_bytes(data[:at] + data[at + 1 :])
    assert decoded.encoding == ("gb18030" if codec == "gbk" else "big5hkscs")
    assert decoded.text.startswith(data[: at - 1].decode(codec, errors="ignore"))
    assert decoded.text.endswith(data[line:].decode(codec))


@pytest.mark.parametrize(("text", "codec"), [(SIMPLIFIED, "gbk"), (TRADITIONAL, "big5")])
def test_chinese_with_a_broken_byte(text: str, codec: str) -> None:
    data = bytearray(text.encode(codec))
    at = next(i for i in range(len(data) // 2, len(data)) if data[i] > 0x7F)
    data[at] = 0xFF  # no lead byte in GBK or Big5
    decoded = decode_bytes(bytes(data))
    assert decoded.encoding == ("gb18030" if codec == "gbk" else "big5hkscs")
    assert decoded.replaced >= 1
    assert decoded.meta()["replacement_characters"] == decoded.replaced
    assert decoded.text.endswith(text[-100:])


def test_a_stray_nul_in_a_long_text_is_a_lost_byte_not_binary() -> None:
    data = bytearray((SIMPLIFIED * 3).encode("gbk"))
    data[len(data) // 2] = 0
    assert decode_bytes(bytes(data)).encoding == "gb18030"


# --- Korean and Japanese ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "codec", "reported"),
    [
        (KOREAN, "euc_kr", "cp949"),
        (KOREAN, "cp949", "cp949"),
        (JAPANESE, "euc_jp", "euc_jp"),
        (JAPANESE, "shift_jis", "cp932"),
        (JAPANESE, "cp932", "cp932"),
    ],
)
def test_korean_and_japanese_decode_as_themselves(text: str, codec: str, reported: str) -> None:
    # EUC-KR bytes are valid GBK (issue 20: 32 of 32 pages were read as GB18030), EUC-JP's
    # kana rows are common Big5 characters
    data = text.encode(codec)
    decoded = decode_bytes(data)
    assert (decoded.encoding, decoded.text, decoded.replaced) == (reported, text, 0)
    cut = text.rstrip("\n.。")
    decoded = decode_bytes(cut.encode(codec)[:-1])
    assert (decoded.encoding, decoded.text) == (reported, cut[:-1] + "\ufffd")
    assert decoded.replaced == 1


@pytest.mark.parametrize("headline", ["서울시 대중교통 요금 인상", "내년부터 요금 인상 발표"])
def test_a_short_spaced_korean_headline_is_korean(headline: str) -> None:
    assert decode_bytes(headline.encode("euc_kr")).encoding == "cp949"


@pytest.mark.parametrize(("text", "codec"), [(SIMPLIFIED, "gbk"), (TRADITIONAL, "big5")])
def test_chinese_is_never_taken_for_korean_or_japanese(text: str, codec: str) -> None:
    for size in (2, 3, 5, 8, 13, 21, 34):
        for start in range(0, len(text) - size, 5):
            window = text[start : start + size]
            with contextlib.suppress(DecodeError):
                encoding = decode_bytes(window.encode(codec)).encoding
                assert encoding not in ("cp949", "euc_jp", "cp932"), window


def test_thai_is_not_taken_for_chinese() -> None:
    # TIS-620 pairs read as GB18030 are common characters, broken where a word ends
    thai = "กรุงเทพมหานครเป็นเมืองหลวงของประเทศไทย มีประชากรมากกว่าแปดล้านคน "
    assert decode_bytes(thai.encode("tis-620")).encoding not in CJK_CODECS


# --- not text ---------------------------------------------------------------------------


def test_empty_bytes() -> None:
    with pytest.raises(DecodeError, match="empty"):
        decode_bytes(b"")


def test_decode_error_is_an_input_error() -> None:
    with pytest.raises(InputError):
        decode_bytes(b"")


def _png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\x00"))
        + chunk(b"IEND", b"")
    )


def _pdf() -> bytes:
    # A PDF is mostly ASCII: only its signature tells it apart from text.
    return (
        b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n"
        b"%%EOF\n"
    )


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("news.txt", SIMPLIFIED)
    return buffer.getvalue()


def _gzip() -> bytes:
    return gzip.compress(SIMPLIFIED.encode("utf-8"))


@pytest.mark.parametrize(
    ("make", "kind"),
    [(_png, "PNG"), (_pdf, "PDF"), (_zip, "ZIP"), (_gzip, "gzip")],
    ids=["png", "pdf", "zip", "gzip"],
)
def test_binary_signatures(make, kind: str) -> None:
    with pytest.raises(DecodeError) as raised:
        decode_bytes(make())
    message = str(raised.value)
    assert kind in message
    assert "binary" in message
    assert "\n" not in message


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("size", [4096, 4097])
def test_random_binary_with_nuls(seed: int, size: int) -> None:
    data = bytearray(random.Random(seed).randbytes(size))
    data[100] = data[2000] = 0  # certainly some NULs
    with pytest.raises(DecodeError):
        decode_bytes(bytes(data))


def test_control_bytes_that_are_valid_utf8_are_binary_not_text() -> None:
    with pytest.raises(DecodeError, match="control characters as utf-8"):
        decode_bytes(bytes(range(32)) * 16)
    # a stray control character in real text stays text (the characters step drops it)
    assert decode_bytes(("新闻" * 200 + "\x0b" + "正文").encode()).encoding == "utf-8"


def test_utf8_with_a_stray_byte_is_utf8_with_one_replacement() -> None:
    decoded = decode_bytes(SIMPLIFIED.encode()[:60] + b"\xff" + SIMPLIFIED.encode()[60:])
    assert (decoded.encoding, decoded.replaced) == ("utf-8", 1)
    assert decoded.text.replace("\ufffd", "") == SIMPLIFIED


def test_utf8_with_a_byte_broken_into_a_control_character_is_utf8() -> None:
    data = bytearray(SIMPLIFIED.encode())
    at = SIMPLIFIED.encode().index("战".encode())
    data[at + 2] = 0x01  # "战" is now two bytes of three, then U+0001
    decoded = decode_bytes(bytes(data))
    assert (decoded.encoding, decoded.replaced) == ("utf-8", 1)


@pytest.mark.parametrize("encoding", ["gb18030", "big5hkscs"])
def test_chinese_encodings_are_never_taken_for_utf8_with_stray_bytes(encoding: str) -> None:
    for seed in sorted(SEEDS.iterdir()):
        data = seed.read_text("utf-8").encode(encoding, errors="ignore")
        for size in (4, 10, 40, 400, len(data)):
            if data[:size].isascii():
                continue
            # a prefix cut inside a character may be no text at all (DecodeError)
            with contextlib.suppress(DecodeError):
                decoded = decode_bytes(data[:size])
                # (a prefix of a few bytes may be valid UTF-8 as it is: that is not the case)
                assert not (decoded.encoding == "utf-8" and decoded.replaced), (seed, size)


def test_every_byte_value_repeated() -> None:
    with pytest.raises(DecodeError):
        decode_bytes(bytes(range(256)) * 8)


# --- property ---------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_decode_or_raise_decode_error(data: bytes) -> None:
    try:
        decoded = decode_bytes(data)
    except DecodeError:
        return
    assert isinstance(decoded, Decoded)
    assert isinstance(decoded.text, str)
    assert isinstance(decoded.encoding, str)
    assert decoded.replaced >= 0


@pytest.mark.parametrize(
    ("headline", "encoding"),
    [
        ("商水新闻", "gbk"),
        ("县委书记孔阳到隔离点慰问一线人员", "gbk"),
        ("新聞", "big5"),
        ("商水縣疫情防控指揮部", "big5"),
        ("政府", "gb18030"),
    ],
)
def test_a_short_gbk_or_big5_headline_decodes_right(headline: str, encoding: str) -> None:
    decoded = decode_bytes(headline.encode(encoding))
    assert decoded.text == headline
    assert decoded.encoding == ("big5hkscs" if encoding == "big5" else "gb18030")
    assert 0 < decoded.confidence <= 1


def test_latin1_text_is_left_to_charset_normalizer() -> None:
    decoded = decode_bytes("Café crème brûlée, naïve résumé".encode("cp1252"))
    # not read as Chinese; which Latin code page it is stays charset-normalizer's guess
    assert decoded.encoding not in ("gb18030", "big5hkscs")
    assert decoded.text.startswith("Café cr")
