"""Encoding: bytes to text. (Mojibake and pinyin-annotation repair come here too.)"""

from textclean.encoding.decode import Decoded, decode_bytes, sniff_binary

__all__ = ["Decoded", "decode_bytes", "sniff_binary"]
