"""Properties of the encoding repair on arbitrary input (hypothesis)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from textclean import DecodeError, repair_encoding, replay
from textclean.encoding.kinds import KINDS, garble

NEWS = [
    "商水县正在实行严格的疫情防控措施",
    "關(guān)愛農(nóng)民協(xié)調發展",
    "運輸?葐栴}",
    "活動??h政府",
]
TRADITIONAL = "商水縣正在實行嚴格的疫情防控措施"
GARBLED = [garble(TRADITIONAL, kind, "?") for kind in KINDS.values()]
FRAGMENTS = [*NEWS, *GARBLED, "?", "\ufffd", "锟斤拷", "(guān)", "Ã", "é", "\x85", "\n", " ", "a"]

texts = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=8), max_size=12).map("".join)


@given(texts)
def test_repair_is_idempotent_and_replays(text):
    result = repair_encoding(text)
    assert replay(text, result.edits) == result.text
    assert repair_encoding(result.text).text == result.text


@given(st.binary(max_size=200) | texts.map(lambda text: text.encode("gb18030")))
def test_any_bytes_decode_or_fail_with_a_clear_error(data):
    try:
        result = repair_encoding(data)
    except DecodeError as error:
        assert "\n" not in str(error)
    else:
        assert isinstance(result.text, str)
