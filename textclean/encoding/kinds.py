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
from functools import cache
from typing import NamedTuple

import ftfy.bad_codecs  # noqa: F401 - registers "sloppy-windows-1252", used below


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

    def encode(text: str, errors: str = "strict") -> tuple[bytes, int]:
        return codecs.charmap_encode(text, errors, encoding_map)  # type: ignore[arg-type]

    return codecs.CodecInfo(encode, sloppy.decode, name=CP1252)


CP1252 = "textclean-latin1-cp1252"
codecs.register(_latin_codec)

KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind("utf-8 read as gbk", "utf-8", "gb18030"),
        Kind("gbk read as cp1252", "gb18030", CP1252),
        Kind("utf-8 read as cp1252", "utf-8", CP1252),
        Kind("utf-8 read as big5", "utf-8", "big5hkscs"),
        Kind("big5 read as gbk", "big5hkscs", "gb18030"),
        Kind("gbk read as big5", "gb18030", "big5hkscs"),
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
