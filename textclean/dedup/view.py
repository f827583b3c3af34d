"""The normalised view that duplicate detection compares: never the raw text.

Two copies of one article differ in ways a reader does not care about: one site prints
it in Traditional with converter pinyin glued on (``關(guān)``), another adds its own
header and footer, a third uses half-width punctuation. The view takes all that away:
the document steps (:func:`textclean.clean`: pinyin, markup, boilerplate, ...) unless
the text is cleaned already, then NFKC, Simplified (OpenCC ``t2s``), lower case, and
only letters, digits and Han characters (no punctuation, no whitespace).

>>> dedup_view("關(guān)愛農(nóng)民，協(xié)調發展", cleaned=False)
'关爱农民协调发展'
>>> dedup_view("Ｎｅｗｓ 新聞：第1版", cleaned=True)
'news新闻第1版'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from textclean.config import CleanConfig
from textclean.script import t2s

_NOT_A_WORD_CHARACTER = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """``text`` in NFKC, Simplified, lower case, with only letters, digits and Han kept.

    >>> fold("「臺灣」 Taiwan, 2020！")
    '台湾taiwan2020'
    """
    text = unicodedata.normalize("NFKC", text)
    text = t2s(text)
    return _NOT_A_WORD_CHARACTER.sub("", text.lower())


def view_config(config: CleanConfig | None) -> CleanConfig:
    """The steps a view of raw text needs: those whose changes :func:`fold` would not
    undo. Width, script and paragraph joins it makes moot (NFKC, ``t2s``, no spaces)."""
    return replace(
        config or CleanConfig(),
        halfwidth_alnum=False,
        script_target="keep",
        rejoin_paragraphs=False,
        remove_continuation_marks=False,
    )


def dedup_view(text: str, *, cleaned: bool, config: CleanConfig | None = None) -> str:
    """The view of ``text`` that signatures are computed on.

    ``cleaned``: the text is the output of :func:`textclean.clean` already, so only
    :func:`fold` is left to do. Otherwise the document steps run first, with ``config``.
    """
    if not cleaned:
        from textclean.pipeline import clean  # the pipeline imports dedup: import it late

        text = clean(text, config).text
    return fold(text)
