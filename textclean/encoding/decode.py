"""Bytes to text: BOMs, strict UTF-8, then charset-normalizer with Chinese-aware choices.

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
from typing import Any

from charset_normalizer import from_bytes

from textclean.encoding.charsets import plausibility
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
}

_CHINESE = ("gb18030", "big5hkscs")
"""The Chinese encodings tried before charset-normalizer guesses (see ``_decode_chinese``)."""

FLOOR = 0.5
MOSTLY_UTF8 = 20
"""Non-ASCII characters a UTF-8 text needs per undecodable sequence to be read as UTF-8."""
"""The least plausibility a decoding needs to be taken as Chinese."""

_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Decoded:
    """Decoded text and how it was decoded.

    ``confidence`` is 1.0 for a BOM or valid UTF-8; for GB18030 or Big5-HKSCS the lead
    of its plausibility over the other one (capped at 1); else charset-normalizer's
    ``1 - chaos``; ``replaced`` counts the U+FFFD characters put in for undecodable
    byte sequences (a cut-off last character is one).
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

    Order: BOM; strict UTF-8 (also when only the last character is cut off);
    UTF-16 without BOM; GB18030 or Big5-HKSCS, whichever reads more like Chinese;
    then charset-normalizer, preferring GB18030 over GBK/GB2312 and Big5-HKSCS over
    Big5 (supersets that decode the same bytes).
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
        return _not_binary(Decoded(data.decode("utf-8"), "utf-8", 1.0))
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data" and error.start >= len(data) - 3:
            # a UTF-8 file cut inside its last character: keep all but that character
            return Decoded(data[: error.start].decode("utf-8") + "\ufffd", "utf-8", 1.0, replaced=1)
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    if b"\x00" in data:
        utf16 = _decode_utf16_without_bom(data)
        if utf16:
            return utf16
        raise DecodeError("binary file (contains NUL bytes), not text")
    return _decode_guessed(data)


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
    good = sum(1 for char in text if char > "\x7f") - text.count("\ufffd")
    if replaced and good >= MOSTLY_UTF8 * replaced and not _CONTROL.search(text):
        return Decoded(text, "utf-8", round(1 - replaced / max(good, 1), 3), replaced=replaced)
    return None


def _decode_counting(data: bytes, encoding: str) -> tuple[str, int]:
    text = data.decode(encoding, errors="replace")
    replaced = text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")
    return text, replaced


def _decode_utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 without BOM: accept the byte order that decodes cleanly into text."""
    if len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _CONTROL.search(text) and _looks_like_text(text):
            return Decoded(text, encoding, 0.9)
    return None


def _looks_like_text(text: str) -> bool:
    """Mostly printable characters: few unassigned, private-use or control code points."""
    if not text:
        return False
    usual = sum(1 for char in text if char.isprintable() or char in "\t\n\r")
    return usual / len(text) >= 0.95


def _decode_guessed(data: bytes) -> Decoded:
    chinese = _decode_chinese(data)
    if chinese is not None:
        return chinese
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
    controls = len(_CONTROL.findall(decoded.text))
    if controls > max(2, len(decoded.text) // 100):
        raise DecodeError(
            f"binary data ({controls} control characters as {decoded.encoding}), not text"
        )
    return decoded


def _decode_chinese(data: bytes) -> Decoded | None:
    """GB18030 or Big5-HKSCS, whichever decodes ``data`` whole into text that reads like
    Chinese (the plausibility scorer); None when neither does.

    charset-normalizer guesses from byte statistics, which a headline of ten characters
    does not have: it takes a short GBK text for Big5. Both decodings are tried and
    scored instead. ``confidence`` is the winner's lead over the other decoding (or over
    the least plausible Chinese, when only one decodes), capped at 1.
    """
    scored: list[tuple[float, str, str]] = []
    for encoding in _CHINESE:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = plausibility(text)
        if score is not None and not _CONTROL.search(text):
            scored.append((score, encoding, text))
    if not scored:
        return None
    scored.sort(reverse=True)
    score, encoding, text = scored[0]
    if score < FLOOR:
        return None
    runner_up = scored[1][0] if len(scored) > 1 else FLOOR
    return Decoded(text, encoding, round(min(1.0, score - runner_up), 3))


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
