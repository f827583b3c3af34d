"""Character width: full-width letters and digits, and the style of punctuation in Chinese text.

Scraped Chinese news mixes ``２０２２年`` with ``2022年`` and ``，`` with ``,``. Two steps
make them one style:

- *width* (right after the characters step, before markup, so that ``<ｐ>`` or
  ``A２０-->`` is seen as the markup it becomes): full-width ASCII letters and digits
  (``ＡＢＣ１２３``, U+FF10–U+FF5A) become half-width (``halfwidth_alnum``, on by
  default); a run of them is one edit;
- *punctuation* (after the whitespace step, once tags are gone and cannot stand between
  a mark and its neighbours): punctuation between Chinese characters follows
  ``punctuation``: ``keep`` (default), ``fullwidth`` (``,:;?!.`` next to a Chinese
  character become ``，：；？！。``, and a ``(...)`` holding Chinese becomes ``（...）``),
  or ``halfwidth`` (``，：；？！（）`` become ASCII; ``。`` has no ASCII twin and stays).
  It also converts the full-width letters an HTML entity (``&#65297;``) brought in.

Punctuation between two ASCII letters or digits (``3,000``, ``10:05``, ``www.a.cn``)
is never touched.

>>> from textclean.config import CleanConfig
>>> config = CleanConfig(punctuation="fullwidth")
>>> run_punctuation(run_width("２０２２年,商水县(记者 马治卫)", config).text, config).text
'2022年，商水县（记者 马治卫）'
"""

from __future__ import annotations

import re
from functools import cache

from textclean.config import CleanConfig
from textclean.rewrite import Rule, contains_any, rewrite
from textclean.steps import Step, StepOutput

STEP_NAME = "width"
PUNCTUATION_STEP_NAME = "punctuation"

_FULLWIDTH_ALNUM = "０-９Ａ-Ｚａ-ｚ"
_TO_HALFWIDTH = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF5B)}
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
"""Han characters (CJK Unified Ideographs, Extension A, Compatibility Ideographs)."""
HAN_RUN = re.compile(f"[{HAN}]+")
"""A run of Chinese characters (of the BMP blocks in ``HAN``)."""


def han_share_at_least(text: str, share: float) -> bool:
    """Are at least ``share`` of the characters of ``text`` Chinese (``HAN``)?

    Counted in UTF-8, three times as fast as the runs of ``HAN_RUN``: the lead bytes
    E4–E9 are U+4000–U+9FFF, nearly all Han; E3 and EF lead the rest of ``HAN`` and also
    the CJK and full-width marks, so they bound the count from above, and only a text
    between the bounds (or with the Yijing hexagrams U+4DC0–U+4DFF) is counted in runs.

    >>> han_share_at_least("新闻, news", 0.25), han_share_at_least("新闻, news", 0.5)
    (True, False)
    """
    need = share * len(text)
    encoded = text.encode()
    certain = len(encoded.translate(None, _NOT_MIDDLE_LEAD))
    if b"\xe4\xb7" in encoded:  # a hexagram (or a Han character of U+4DC0's lead pair)
        return sum(map(len, HAN_RUN.findall(text))) >= need
    if certain >= need:
        return True
    if certain + encoded.count(b"\xe3") + encoded.count(b"\xef") < need:
        return False
    return certain + len(_EDGE_HAN.findall(encoded)) >= need


_NOT_MIDDLE_LEAD = bytes(byte for byte in range(256) if not 0xE4 <= byte <= 0xE9)
_EDGE_HAN = re.compile(rb"\xe3[\x90-\xbf]|\xef[\xa4-\xab]")
"""The UTF-8 of U+3400–U+3FFF and U+F900–U+FAFF: the Han characters outside E4–E9."""
_CLOSERS = "”’」』）》】〉"
_OPENERS = "“‘「『（《【〈"

_ASCII_MARKS = ",:;?!"
_FULL_MARKS = "，：；？！"
_TO_FULL = str.maketrans(_ASCII_MARKS, _FULL_MARKS)
_TO_HALF = str.maketrans(_FULL_MARKS + "（）", _ASCII_MARKS + "()")


def _halfwidth(match: re.Match[str]) -> str:
    return match.group().translate(_TO_HALFWIDTH)


ALNUM_RULE = Rule(
    "fullwidth-alnum",
    re.compile(f"[{_FULLWIDTH_ALNUM}]+"),
    _halfwidth,
    "full-width letters or digits to half-width",
    lambda text: re.search(f"[{_FULLWIDTH_ALNUM}]", text) is not None,
)


@cache
def punctuation_rules(halfwidth_alnum: bool, punctuation: str) -> tuple[Rule, ...]:
    """The rules of the punctuation step for these options, in the order they run."""
    rules: list[Rule] = [ALNUM_RULE] if halfwidth_alnum else []
    if punctuation == "fullwidth":
        chinese_before = f"(?<=[{HAN}{_CLOSERS}])"
        chinese_after = f"(?=[{HAN}{_OPENERS}])"
        rules += [
            # parentheses first: the marks rule reads their full-width form as Chinese
            Rule(
                "fullwidth-parentheses",
                # innermost pairs only: "((新))" is left as "(（新）)", and stays so
                re.compile(f"\\(([^()（）\\n]*[{HAN}][^()（）\\n]*)\\)"),
                lambda m: f"（{m.group(1)}）",
                "parentheses around Chinese to full-width",
                contains_any("("),
            ),
            Rule(
                "fullwidth-punctuation",
                # a mark with a Chinese character on either side; a full stop only after
                # one, and never in a run of dots (an ellipsis, a version number)
                re.compile(
                    f"{chinese_before}[,:;?!]|[,:;?!]{chinese_after}|{chinese_before}\\.(?![.\\w])"
                ),
                lambda m: m.group().translate(_TO_FULL) if m.group() != "." else "。",
                "punctuation between Chinese characters to full-width",
                contains_any(*_ASCII_MARKS, "."),
            ),
        ]
    elif punctuation == "halfwidth":
        rules.append(
            Rule(
                "halfwidth-punctuation",
                re.compile("[，：；？！（）]+"),
                lambda m: m.group().translate(_TO_HALF),
                "full-width punctuation to half-width",
                contains_any(*_FULL_MARKS, "（", "）"),
            )
        )
    return tuple(rules)


def run_width(text: str, config: CleanConfig) -> StepOutput:
    """The width step: full-width letters and digits to half-width."""
    if not config.halfwidth_alnum:
        return StepOutput(text, [])
    return StepOutput(*rewrite(text, (ALNUM_RULE,), STEP_NAME))


def run_punctuation(text: str, config: CleanConfig) -> StepOutput:
    """The punctuation step: the punctuation style (and letters an entity brought in)."""
    rules = punctuation_rules(config.halfwidth_alnum, config.punctuation)
    return StepOutput(*rewrite(text, rules, PUNCTUATION_STEP_NAME))


# both look at a character and its neighbours in the line: each line on its own
WIDTH_STEP = Step(STEP_NAME, run_width, enabled=lambda config: config.halfwidth_alnum, by_line=True)
PUNCTUATION_STEP = Step(
    PUNCTUATION_STEP_NAME,
    run_punctuation,
    enabled=lambda config: config.halfwidth_alnum or config.punctuation != "keep",
    by_line=True,
)
