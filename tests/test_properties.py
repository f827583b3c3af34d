"""Properties every document step must keep, on arbitrary text (hypothesis)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from textclean import CleanConfig, clean, replay

# Pieces that exercise the rules, mixed with arbitrary characters.
FRAGMENTS = [
    "</p>",
    "<p>",
    "<br/>",
    "<P class='a'>",
    "<b>",
    "<",
    ">",
    "&nbsp;",
    "&amp;",
    "&#26032;",
    "<!--",
    "-->",
    "/enpproperty-->",
    "<script>",
    "</script>",
    "\u00a0",
    "\u3000",
    "\u200b",
    "\r\n",
    "\r",
    "\n",
    "\n\n\n",
    "  ",
    "\t",
    "\x00",
    "新闻",
    "商水縣",
    "。",
    "(她)",
    "分享到:",
    "(责任编辑:李欣欣)",
    "□记者 马治卫",
    "版权所有",
    "无码_一区二区_免费看",
    "相关新闻",
    "第04版:",
    "本报讯(记者 马治卫)",
    "a",
    ",",
    "(上接一版)",
    "本报讯(记者 马治卫)",
    "与死神赛跑 惊心动魄20分",
    "俩孩",
    "子",
    "２０",
    "關(guān)",
    "國們",
]
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=5)), max_size=40).map(
    "".join
)
configs = st.builds(
    CleanConfig,
    strip_markup=st.booleans(),
    normalize_whitespace=st.booleans(),
    strip_indent=st.booleans(),
    max_blank_lines=st.integers(0, 3),
    punctuation=st.sampled_from(["keep", "fullwidth", "halfwidth"]),
    rejoin_paragraphs=st.booleans(),
    strip_boilerplate=st.booleans(),
)


@given(texts, configs)
def test_clean_is_idempotent(text, config):
    once = clean(text, config).text
    assert clean(once, config).text == once


@given(texts, configs)
def test_the_edit_log_explains_the_output(text, config):
    result = clean(text, config)
    assert replay(text, result.edits) == result.text


@given(st.text())
def test_clean_never_raises_on_any_str(text):
    result = clean(text)
    assert isinstance(result.text, str)
