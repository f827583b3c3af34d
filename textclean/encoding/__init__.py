"""Encoding: bytes to text, mojibake and converter pinyin repaired."""

from textclean.encoding.decode import Decoded, decode_bytes, sniff_binary
from textclean.encoding.repair import ENCODING_STEP, repair_encoding

__all__ = ["ENCODING_STEP", "Decoded", "decode_bytes", "repair_encoding", "sniff_binary"]
