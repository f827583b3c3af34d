"""The kinds of whole-span mojibake textclean repairs, and how to make each one.

Mojibake is text whose bytes were decoded with the wrong codec: the bytes of
``true`` read as ``shown``. It is undone by encoding with ``shown`` and decoding
with ``true``, when that gives back real text. :func:`garble` does the damage
(for tests and the benchmark); :mod:`textclean.encoding.mojibake` undoes it.

>>> garble("新闻", KINDS["utf-8 read as gbk"])
'鏂伴椈'
>>> garble("新闻", KINDS["gbk read as cp1252"])
'ÐÂÎÅ'
>>> garble("新闻", KINDS["utf-8 read as cp1252"])
'æ–°é—»'
"""

from __future__ import annotations

import codecs
import re
from encodings import normalize_encoding
from functools import cache
from typing import NamedTuple


class Kind(NamedTuple):
    """Bytes in ``true`` encoding that were decoded as ``shown``; ``name`` is the edit reason."""

    name: str
    true: str
    shown: str


def _latin_codec(name: str) -> codecs.CodecInfo | None:
    """A codec that encodes what a Latin-1 *or* a cp1252 reading of bytes shows.

    A page read as Latin-1 shows byte 0x80 as U+0080, read as cp1252 as ``€``: both
    encode back to 0x80. Decoding is ftfy's sloppy cp1252, which maps all 256 bytes.
    """
    if name.replace("-", "_") != CP1252.replace("-", "_"):
        return None
    sloppy = codecs.lookup("sloppy-windows-1252")
    encoding_map = {code: code for code in range(256)}
    for byte in range(0x80, 0xA0):
        try:
            encoding_map[ord(bytes([byte]).decode("cp1252"))] = byte
        except UnicodeDecodeError:
            continue  # undefined in cp1252: only its Latin-1 control character maps to it

    specials = re.compile(
        "[" + "".join(re.escape(chr(code)) for code in encoding_map if code > 0xFF) + "]"
    )

    def encode(text: str, errors: str = "strict") -> tuple[bytes, int]:
        if specials.search(text) is None:  # Latin-1's own encoder, in C, errors and all
            return text.encode("latin-1", errors), len(text)
        return codecs.charmap_encode(text, errors, encoding_map)  # type: ignore[arg-type]

    return codecs.CodecInfo(encode, sloppy.decode, name=CP1252)


CP1252 = "textclean-latin1-cp1252"
codecs.register(_latin_codec)

_FTFY_NAMES = ("utf_8_variant", "utf8_variant", "utf_8_var", "utf8_var", "cesu", "java_utf")


def _ftfy_codec(name: str) -> codecs.CodecInfo | None:
    """ftfy's codecs (``sloppy-windows-1252``, used above, and ``utf-8-variants``), its
    module imported when one of them is first asked for, not with this one: ftfy takes
    about 0.07 s to import, and most texts need none of its codecs."""
    normalized = normalize_encoding(name).lower()
    if not normalized.startswith(("sloppy_", *_FTFY_NAMES)):
        return None
    import ftfy.bad_codecs  # registers its own search function too

    return ftfy.bad_codecs.search_function(name)


codecs.register(_ftfy_codec)

BIG5_AS_CP950 = "textclean-big5-cp950"
"""Big5 as Windows (cp950) and Python's ``big5`` codec read it: decoding is cp950's, and
encoding gives what such a decoder shows the bytes it came from, Big5-HKSCS's bytes for
the rest. Their kana, box drawing and a few signs (``ぁ``, ``╰``, ``‧``) stand at other
code points than in Big5-HKSCS (``ぁ`` is C6A5 in cp950, C6E7 in Big5-HKSCS).

>>> "ぁ".encode(BIG5_AS_CP950).hex(), "ぁ".encode("big5hkscs").hex()
('c6a5', 'c6e7')
"""


@cache
def _cp950_forms() -> dict[int, str]:
    """For each character a cp950 or big5 decoder gives for bytes that Big5-HKSCS encodes
    it otherwise: the character Big5-HKSCS decodes those bytes to."""
    forms: dict[int, str] = {}
    for lead in range(0x81, 0xFF):
        for trail in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]:
            data = bytes([lead, trail])
            for codec in ("cp950", "big5"):
                shown = _decoded_char(data, codec)
                if shown is None or char_bytes(shown, "big5hkscs") == data:
                    continue
                hkscs = _decoded_char(data, "big5hkscs")
                if hkscs is not None:
                    forms.setdefault(ord(shown), hkscs)
    return forms


def shows_cp950_forms(text: str) -> bool:
    """Whether ``text`` holds a character :data:`BIG5_AS_CP950` encodes unlike Big5-HKSCS."""
    return _cp950_forms_pattern().search(text) is not None


@cache
def _cp950_forms_pattern() -> re.Pattern[str]:
    """Matches a character of :func:`_cp950_forms` (one scan in C: a translation looks
    each character up)."""
    moved = sorted(code for code, form in _cp950_forms().items() if chr(code) != form)
    return re.compile("[" + "".join(re.escape(chr(code)) for code in moved) + "]")


def may_show(codec: str, text: str) -> bool:
    """Whether encoding ``text`` back with ``codec`` may give other bytes than another
    reading of the same codec family: :data:`BIG5_AS_CP950` is told from Big5-HKSCS only
    by the characters they encode differently (:func:`shows_cp950_forms`); elsewhere the
    same run is read twice for nothing.

    >>> may_show(BIG5_AS_CP950, "皜ぁ"), may_show(BIG5_AS_CP950, "皜"), may_show("gb18030", "皜")
    (True, False, True)
    """
    return codec != BIG5_AS_CP950 or shows_cp950_forms(text)


def _decoded_char(data: bytes, codec: str) -> str | None:
    """The one character ``data`` decodes to in ``codec``; None if not exactly one."""
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return text if len(text) == 1 else None


def _big5_as_cp950_codec(name: str) -> codecs.CodecInfo | None:
    if name.replace("_", "-") != BIG5_AS_CP950:
        return None
    hkscs = codecs.lookup("big5hkscs")

    def encode(text: str, errors: str = "strict") -> tuple[bytes, int]:
        if shows_cp950_forms(text):  # the few such characters replaced where they stand (a
            # translation looks every character up: 25 µs a line against 2 for the encoder)
            forms = _cp950_forms()
            text = _cp950_forms_pattern().sub(lambda found: forms[ord(found.group())], text)
        return hkscs.encode(text, errors)

    return codecs.CodecInfo(encode, codecs.lookup("cp950").decode, name=BIG5_AS_CP950)


codecs.register(_big5_as_cp950_codec)

KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind("utf-8 read as gbk", "utf-8", "gb18030"),
        Kind("gbk read as cp1252", "gb18030", CP1252),
        Kind("utf-8 read as cp1252", "utf-8", CP1252),
        Kind("utf-8 read as big5", "utf-8", "big5hkscs"),
        Kind("big5 read as gbk", "big5hkscs", "gb18030"),
        Kind("gbk read as big5", "gb18030", "big5hkscs"),
        # the same bytes as Windows and Python's big5 codec show them: GB2312's 起 前 情
        # 请 去 全 (leads C6-C7) come out as kana, and Big5-HKSCS has those elsewhere
        Kind("gbk read as cp950", "gb18030", BIG5_AS_CP950),
    )
}
"""Every kind, by name (the reason its repairs carry)."""

DOUBLE_BYTE = ("gb18030", "big5hkscs")
"""The true encodings whose text a decoder can go on reading one byte off after a loss."""

LOSSY_MARKS = ("\ufffd", "?")
"""What a decoder puts for bytes it cannot decode: U+FFFD (Python, browsers) or ``?``."""


def garble(text: str, kind: Kind, lossy_mark: str | None = None) -> str:
    """``text`` as it looks after ``kind`` of mojibake.

    By default only a text the wrong codec can decode whole (a lossless case) is
    garbled; otherwise :class:`UnicodeDecodeError`. With ``lossy_mark`` (``"\\ufffd"``
    or ``"?"``), undecodable bytes become that mark, as real decoders do, and are lost.

    >>> garble("新闻", KINDS["utf-8 read as big5"], lossy_mark="?")
    '?鰵?鉟'
    """
    data = text.encode(kind.true)
    if lossy_mark is None:
        return data.decode(kind.shown)
    shown = data.decode(kind.shown, errors="replace")
    return shown if lossy_mark == "\ufffd" else shown.replace("\ufffd", lossy_mark)


@cache
def char_bytes(char: str, codec: str) -> bytes | None:
    """The bytes of one character in ``codec``; None when the codec has none for it.

    >>> char_bytes("这", "gb18030"), char_bytes("这", "big5")
    (b'\\xd5\\xe2', None)
    """
    try:
        return char.encode(codec)
    except UnicodeEncodeError:
        return None


def byte_width(char: str, codec: str) -> int:
    """How many bytes ``char`` takes in ``codec``; 0 when the codec has none for it."""
    data = char_bytes(char, codec)
    return 0 if data is None else len(data)


def encodable(text: str, codec: str) -> bool:
    """Whether ``codec`` has bytes for every character of ``text``.

    >>> encodable("這是", "big5"), encodable("这是", "big5")
    (True, False)
    """
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True
