"""Bytes to text: BOMs, UTF-8, UTF-16/32 without BOM, the CJK double-byte encodings each
read in its own language, then charset-normalizer.

>>> decode_bytes("新闻".encode("gb18030") * 8).encoding
'gb18030'
>>> decode_bytes(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")
Traceback (most recent call last):
...
textclean.errors.DecodeError: binary file (PNG image), not text
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from textclean.encoding.charsets import Score, score
from textclean.errors import DecodeError

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (also .docx/.xlsx)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"PAR1", "Parquet file (name it .parquet)"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
)

# charset-normalizer names a subset where a superset decodes the same bytes and more.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "cp936": "gb18030",
    "big5": "big5hkscs",
    "cp950": "big5hkscs",
    "euc_kr": "cp949",
}

_CHINESE = ("gb18030", "big5hkscs")
"""The Chinese encodings, scored against each other by plausibility (``_decode_cjk``)."""

_KOREAN = "cp949"
"""EUC-KR and its superset, Windows' Unified Hangul Code."""

_JAPANESE = ("euc_jp", "cp932")
"""EUC-JP, and Shift_JIS as Windows (and the web) extends it."""

FLOOR = 0.5
"""The least plausibility a decoding needs to be taken as Chinese."""

MOSTLY_UTF8 = 20
"""Non-ASCII characters a UTF-8 text needs per undecodable sequence to be read as UTF-8."""

MOSTLY_CJK = 50
"""Non-ASCII characters a CJK reading needs per undecodable sequence beyond the first (a
cut-off last character, a lost byte)."""

WORDS = 0.2
"""The word-pair share from which a Chinese reading has Chinese words in it (then the text
is not taken for Korean or Japanese): real news has about 0.5, Korean or Japanese bytes
read as GB18030 or Big5 at most 0.02."""

NO_WORDS = 0.05
MANY_PAIRS = 50
"""A Chinese reading with at least :data:`MANY_PAIRS` pairs of adjacent ideographs and a
word-pair share below :data:`NO_WORDS` is not Chinese (Thai, EUC-TW or UTF-8 Cyrillic read
as GB18030 are common characters in no known pair; real Chinese has at least 0.14)."""

LOSSY_PAIRS = 4
"""A Chinese reading with broken characters (a cut, a lost byte) and at least this many
pairs of adjacent ideographs needs a known word among them: bytes of other languages read
as GBK or Big5 break here and there too (Thai in TIS-620), and make no words."""

HANGUL_SHARE = 0.8
"""The least share of common Hangul syllables (the 2,350 of KS X 1001) among the non-ASCII
letters of a Korean reading: Korean has over 0.9, GBK read as EUC-KR about 0.5."""

SPACED = 20
SYLLABLES_PER_SPACE = 8
"""A Korean reading with fewer Hangul syllables than :data:`SPACED` must also space its
words, one space between non-ASCII characters per :data:`SYLLABLES_PER_SPACE` syllables
at least: Korean does (a word is 3 or 4 syllables), Chinese read as EUC-KR does not."""

KANA_SHARE = 0.1
"""The least share of kana among the non-ASCII letters of a Japanese reading: Japanese
has 0.2 to 0.8 (a page listing kanji 0.13), Chinese read as EUC-JP or Shift_JIS at most
0.02."""

MIN_LETTERS = 4
"""The least number of Hangul syllables or kana that can make a text Korean or Japanese."""

SAMPLE = 1000
"""About the most non-ASCII characters of a reading that are weighed (the scorer runs in
Python; a thousand characters decide as well as a whole file)."""

_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_NON_ASCII = re.compile("[^\x00-\x7f\ufffd]+(?: +[^\x00-\x7f\ufffd]+)*")
_WORD_SPACE = re.compile("(?<=[^\x00-\x7f]) +(?=[^\x00-\x7f])")
_IDEOGRAPH_PAIR = re.compile("(?=[\u3400-\u9fff\uf900-\ufaff]{2})")
_LETTER = re.compile(r"[^\W\d_a-zA-Z]")
"""A non-ASCII letter (Hangul, kana, ideographs, ...; not a symbol, digit or U+FFFD)."""
_KANA = re.compile("[\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc-\u30fe]")


@cache
def _common_hangul() -> re.Pattern[str]:
    """Matches one of the 2,350 Hangul syllables of KS X 1001 (EUC-KR's rows 0xB0-0xC8)."""
    syllables = bytes(
        byte for lead in range(0xB0, 0xC9) for trail in range(0xA1, 0xFF) for byte in (lead, trail)
    ).decode("euc_kr")
    return re.compile(f"[{syllables}]")


@dataclass(frozen=True)
class Decoded:
    """Decoded text and how it was decoded.

    ``confidence`` is 1.0 for a BOM or valid UTF-8; for GB18030 or Big5-HKSCS the lead
    of its plausibility over the other one (capped at 1); for EUC-KR (``cp949``) the
    share of Hangul, for EUC-JP or Shift_JIS (``cp932``) the share of kana in it; 0.9
    for UTF-16 or UTF-32 without BOM; else charset-normalizer's ``1 - chaos``.
    ``replaced`` counts the U+FFFD characters put in for undecodable byte sequences (a
    cut-off last character is one).
    """

    text: str
    encoding: str
    confidence: float
    bom: bool = False
    replaced: int = 0

    def meta(self) -> dict[str, Any]:
        meta: dict[str, Any] = {"encoding": self.encoding, "encoding_confidence": self.confidence}
        if self.bom:
            meta["bom"] = True
        if self.replaced:
            meta["replacement_characters"] = self.replaced
        return meta


def sniff_binary(data: bytes) -> str | None:
    """What kind of binary file ``data`` starts like (``"PNG image"``), or ``None``."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            # "MZ" and "BZh" are also how a text may start: trust them only with a NUL nearby.
            if signature in (b"MZ", b"BZh") and b"\x00" not in data[:512]:
                continue
            return kind
    return None


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` as text; raise :class:`~textclean.errors.DecodeError` if it is not text.

    Order: BOM; strict UTF-8 (also when only the last character is cut off); UTF-8 with
    a few broken sequences; UTF-32 or UTF-16 without BOM; the CJK double-byte encodings
    (GB18030, Big5-HKSCS, EUC-KR, EUC-JP, Shift_JIS), each read in its own language, a
    few broken characters allowed (a cut, a lost byte); then charset-normalizer,
    preferring GB18030 over GBK/GB2312 and Big5-HKSCS over Big5 (supersets that decode
    the same bytes).

    >>> decoded = decode_bytes("新闻标题".encode("gbk")[:-1])  # cut inside its last character
    >>> decoded.encoding, decoded.text == "新闻标\\ufffd", decoded.meta()["replacement_characters"]
    ('gb18030', True, 1)
    >>> decode_bytes("한국어 뉴스 기사입니다".encode("euc_kr")).encoding
    'cp949'
    """
    if not data:
        raise DecodeError("empty file")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            text, replaced = _decode_counting(data[len(bom) :], encoding)
            return Decoded(text, encoding, 1.0, bom=True, replaced=replaced)
    kind = sniff_binary(data)
    if kind:
        raise DecodeError(f"binary file ({kind}), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data" and error.start >= len(data) - 3:
            # a UTF-8 file cut inside its last character: keep all but that character
            return Decoded(data[: error.start].decode("utf-8") + "\ufffd", "utf-8", 1.0, replaced=1)
    else:
        if b"\x00" in data and _controls(text):
            # NULs are valid UTF-8, and ASCII in UTF-16 or UTF-32 is made of little else
            return _decode_wide(data) or _not_binary(Decoded(text, "utf-8", 1.0))
        if b"\x1b$" in data:
            # 7-bit ISO-2022 (mail, old Japanese and Korean pages) is ASCII with escapes
            iso2022 = _decode_iso2022(data)
            if iso2022 is not None:
                return iso2022
        return _not_binary(Decoded(text, "utf-8", 1.0))
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    if b"\x00" in data:
        wide = _decode_wide(data)
        if wide:
            return wide
        if data.count(0) > len(data) // 1000:  # (one stray NUL in a long text is a lost byte)
            raise DecodeError("binary file (contains NUL bytes), not text")
    return _decode_cjk(data) or _decode_guessed(data)


ISO2022 = (("iso2022_jp_2", b"\x1b$B"), ("iso2022_jp_2", b"\x1b$@"), ("iso2022_kr", b"\x1b$)C"))
"""The 7-bit ISO-2022 encodings, by the escape sequence that switches to their double bytes."""


def _decode_iso2022(data: bytes) -> Decoded | None:
    """ISO-2022-JP (or -KR), when its escape sequence is there and the whole decodes (but
    for one character: a file cut inside a pair) into text without control characters.

    >>> _decode_iso2022("日本語のテキスト".encode("iso2022_jp")).encoding
    'iso2022_jp_2'
    """
    for encoding, escape in ISO2022:
        if escape in data:
            text, replaced = _decode_counting(data, encoding)
            if replaced <= 1 and not _CONTROL.search(text):  # one: a file cut inside a pair
                return Decoded(text, encoding, 1.0, replaced=replaced)
    return None


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few stray bytes (a byte flipped, a cut made inside a character): at
    least :data:`MOSTLY_UTF8` characters decode to non-ASCII text for each sequence that
    does not. Text in another encoding fails far more often than that (GBK or Big5 bytes
    are invalid UTF-8 nearly every other byte).

    >>> decoded = _mostly_utf8("新闻正文".encode() * 40 + b"\\xff" + "。".encode())
    >>> decoded.encoding, decoded.replaced
    ('utf-8', 1)
    """
    text, replaced = _decode_counting(data, "utf-8")
    good = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")
    if replaced and good >= MOSTLY_UTF8 * replaced and not _controls(text):
        return Decoded(text, "utf-8", round(1 - replaced / max(good, 1), 3), replaced=replaced)
    return None


def _decode_counting(data: bytes, encoding: str) -> tuple[str, int]:
    text = data.decode(encoding, errors="replace")
    marks = text.count("\ufffd")
    if not marks:
        return text, 0
    return text, marks - data.decode(encoding, errors="ignore").count("\ufffd")


def _decode_wide(data: bytes) -> Decoded | None:
    """UTF-32 or UTF-16 without BOM, possibly cut at the end; None if neither.

    >>> decoded = _decode_wide("新闻 News".encode("utf-32-be")[:-1])
    >>> decoded.encoding, decoded.text == "新闻 New\\ufffd", decoded.replaced
    ('utf-32-be', True, 1)
    """
    return _decode_utf32_without_bom(data) or _decode_utf16_without_bom(data)


def _decode_utf32_without_bom(data: bytes) -> Decoded | None:
    """UTF-32: every code point is below 0x110000, so one byte in four is NUL and its
    neighbour at most 0x10 (the fourth and third bytes little-endian, the first and second
    big-endian). A cut-off last character is replaced."""
    cut = len(data) % 4
    whole = data[: len(data) - cut]
    if not whole:
        return None
    for encoding, nul, plane in (("utf-32-le", 3, 2), ("utf-32-be", 0, 1)):
        if whole[nul::4].strip(b"\x00") or max(whole[plane::4]) > 0x10:
            continue
        return _wide_text(whole, encoding, cut)
    return None


def _decode_utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 that decodes into text, the byte order with more NULs in the high bytes
    (ASCII's) tried first. A cut-off last byte or surrogate pair is replaced."""
    cut = len(data) % 2
    whole = data[: len(data) - cut]
    if not whole:
        return None
    orders = ("utf-16-le", "utf-16-be")
    if whole[0::2].count(0) > whole[1::2].count(0):
        orders = orders[::-1]
    for encoding in orders:
        decoded = _wide_text(whole, encoding, cut)
        if decoded:
            return decoded
    return None


def _wide_text(whole: bytes, encoding: str, cut: int) -> Decoded | None:
    text, replaced = _decode_counting(whole, encoding)
    if cut:
        text, replaced = text + "\ufffd", replaced + 1
    if replaced > 1 or _controls(text) or not _looks_like_text(text):
        return None
    return Decoded(text, encoding, 0.9, replaced=replaced)


def _looks_like_text(text: str) -> bool:
    """Mostly printable characters: few unassigned, private-use or control code points."""
    if not text:
        return False
    usual = sum(1 for char in text if char.isprintable() or char in "\t\n\r")
    return usual / len(text) >= 0.95


def _decode_guessed(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes  # the last resort: imported when asked

    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("not text in any encoding textclean knows (binary data?)")
    encoding = _SUPERSETS.get(best.encoding, best.encoding)
    text, replaced = _decode_counting(data, encoding)
    confidence = round(max(0.0, 1.0 - best.chaos), 3)
    return _not_binary(Decoded(text, encoding, confidence, replaced=replaced))


def _not_binary(decoded: Decoded) -> Decoded:
    """``decoded``, unless control characters make up more than 1% of it (and more than
    two): bytes that decode as text but are data (``\\x00\\x01\\x02…`` is valid UTF-8).

    >>> _not_binary(Decoded("\\x01\\x02\\x03\\x04", "utf-8", 1.0))
    Traceback (most recent call last):
    ...
    textclean.errors.DecodeError: binary data (4 control characters as utf-8), not text
    """
    controls = _controls(decoded.text)
    if controls:
        raise DecodeError(
            f"binary data ({controls} control characters as {decoded.encoding}), not text"
        )
    return decoded


def _controls(text: str) -> int:
    """The number of control characters in ``text`` if more than 1% of it (and more than
    two), else 0."""
    controls = len(_CONTROL.findall(text))
    return controls if controls > max(2, len(text) // 100) else 0


@dataclass(frozen=True)
class _Reading:
    """``data`` decoded in one encoding, broken sequences replaced: ``characters`` counts its
    non-ASCII characters (replacements left out), ``sample`` is what is weighed of it."""

    encoding: str
    text: str
    replaced: int
    characters: int
    sample: str

    def decoded(self, confidence: float) -> Decoded:
        confidence = round(min(1.0, confidence), 3)
        return Decoded(self.text, self.encoding, confidence, replaced=self.replaced)


def _read(data: bytes, encoding: str) -> _Reading | None:
    """``data`` in ``encoding``, or None when too much of it does not decode (more than one
    broken sequence per :data:`MOSTLY_CJK` characters, the first one free) or it holds
    more control characters than text does.

    >>> reading = _read("新闻标题".encode("gbk")[:-1], "gb18030")
    >>> reading.text == "新闻标\\ufffd", reading.replaced, reading.characters
    (True, 1, 3)
    >>> _read("新闻标题".encode("gbk"), "utf-8") is None
    True
    """
    text, replaced = _decode_counting(data, encoding)
    characters = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")
    if replaced > 1 + characters // MOSTLY_CJK or _controls(text):
        return None
    return _Reading(encoding, text, replaced, characters, _sample(text))


def _sample(text: str) -> str:
    """The runs of non-ASCII characters in ``text`` (spaced words one run; replacement
    characters left out), one per line, up to about :data:`SAMPLE` characters.

    >>> _sample("<p>新闻\\ufffd标题</p> <p>正文</p> 한국어 뉴스")
    '新闻\\n标题\\n正文\\n한국어 뉴스'
    """
    runs: list[str] = []
    size = 0
    for run in _NON_ASCII.finditer(text):
        runs.append(run.group())
        size += len(runs[-1])
        if size >= SAMPLE:
            break
    return "\n".join(runs)


def _decode_cjk(data: bytes) -> Decoded | None:
    """``data`` read in the CJK double-byte encoding whose language it reads like; None
    when it reads like none of them.

    Each encoding decodes most bytes of the others without an error (EUC-KR bytes are
    valid GBK, EUC-JP's kana rows are common Big5 characters), so the readings are judged
    by their language. Korean and Japanese need evidence of their own (``_korean``,
    ``_japanese``), and no Chinese reading may have Chinese words in it (:data:`WORDS`):
    the GB18030 reading of Korean is common characters, but in pairs no Chinese word has.
    Otherwise Chinese (``_chinese``).

    >>> _decode_cjk("商水新闻".encode("gbk")).text
    '商水新闻'
    >>> _decode_cjk("日本語のニュース記事です".encode("euc_jp")).encoding
    'euc_jp'
    """
    chinese: list[tuple[Score, _Reading]] = []
    for encoding in _CHINESE:
        reading = _read(data, encoding)
        scored = score(reading.sample) if reading else None
        if reading and scored:
            chinese.append((scored, reading))
    if not any((scored.word_pairs or 0.0) >= WORDS for scored, _ in chinese):
        other = _korean(data) or _japanese(data)
        if other:
            return other
    return _chinese(chinese)


def _chinese(chinese: list[tuple[Score, _Reading]]) -> Decoded | None:
    """The Chinese reading that scores highest and reads like Chinese: plausibility at
    least :data:`FLOOR`; known words where there are many pairs (:data:`MANY_PAIRS`); and
    at least one known word if some bytes did not decode (a cut, a lost byte: bytes of
    other languages read as GBK or Big5 break here and there too). A short headline has
    no statistics to go by: the scorer decides between GB18030 and Big5-HKSCS.

    ``confidence`` is the winner's lead over the other reading (or over :data:`FLOOR`).
    """
    chinese.sort(key=lambda pair: pair[0].value, reverse=True)
    for rank, (scored, reading) in enumerate(chinese):
        words = scored.word_pairs or 0.0
        pairs = len(_IDEOGRAPH_PAIR.findall(reading.sample))
        if (
            scored.value < FLOOR
            or (reading.replaced and pairs >= LOSSY_PAIRS and not words)
            or (pairs >= MANY_PAIRS and words < NO_WORDS)
        ):
            continue
        others = [other.value for other, _ in chinese[:rank] + chinese[rank + 1 :]]
        return reading.decoded(scored.value - max(others, default=FLOOR))
    return None


def _korean(data: bytes) -> Decoded | None:
    """The EUC-KR reading of ``data`` if it is mostly common Hangul syllables
    (:data:`HANGUL_SHARE`), at least :data:`MIN_LETTERS` of them, with its words spaced
    unless it has :data:`SPACED` syllables or more.

    >>> _korean("서울시 대중교통 요금 인상".encode("euc_kr")).text
    '서울시 대중교통 요금 인상'
    >>> _korean("商水新闻".encode("gbk")) is None
    True
    """
    reading = _read(data, _KOREAN)
    if reading is None:
        return None
    hangul = len(_common_hangul().findall(reading.sample))
    letters = len(_LETTER.findall(reading.sample))
    if hangul < MIN_LETTERS or hangul < HANGUL_SHARE * letters:
        return None
    spaces = len(_WORD_SPACE.findall(reading.sample))
    if hangul < SPACED and spaces * SYLLABLES_PER_SPACE < hangul:
        return None
    return reading.decoded(hangul / letters)


def _japanese(data: bytes) -> Decoded | None:
    """The EUC-JP or Shift_JIS reading of ``data`` with the larger share of kana, if it has
    at least :data:`MIN_LETTERS` kana and :data:`KANA_SHARE` of its letters."""
    best: tuple[float, _Reading] | None = None
    for encoding in _JAPANESE:
        reading = _read(data, encoding)
        if reading is None:
            continue
        kana = len(_KANA.findall(reading.sample))
        letters = len(_LETTER.findall(reading.sample))
        if kana >= MIN_LETTERS and kana >= KANA_SHARE * letters:
            share = kana / letters
            if best is None or share > best[0]:
                best = (share, reading)
    return best[1].decoded(best[0]) if best else None


def as_text(text: str | bytes, caller: str) -> tuple[str, dict[str, Any]]:
    """``text`` as ``str`` (bytes decoded by :func:`decode_bytes`) and the meta of decoding.

    ``caller`` names the public function in the :class:`TypeError` for other types.

    >>> as_text("新闻".encode("gbk"), "clean")[1]["encoding"]
    'gb18030'
    """
    if isinstance(text, bytes):
        decoded = decode_bytes(text)
        return decoded.text, decoded.meta()
    if not isinstance(text, str):
        raise TypeError(f"{caller}() takes str or bytes, not {type(text).__name__}")
    return text, {}
