"""Character width: full-width letters and digits, and the style of punctuation in Chinese text.

Scraped Chinese news mixes ``２０２２年`` with ``2022年`` and ``，`` with ``,``. The
*width* step makes them one style:

- full-width ASCII letters and digits (``ＡＢＣ１２３``, U+FF10–U+FF5A) become half-width
  (``halfwidth_alnum``, on by default); a run of them is one edit;
- punctuation between Chinese characters follows ``punctuation``: ``keep`` (default),
  ``fullwidth`` (``,:;?!.`` next to a Chinese character become ``，：；？！。``, and a
  ``(...)`` holding Chinese becomes ``（...）``), or ``halfwidth`` (``，：；？！（）``
  become ASCII; ``。`` has no ASCII twin and stays).

Punctuation between two ASCII letters or digits (``3,000``, ``10:05``, ``www.a.cn``)
is never touched.

>>> from textclean.config import CleanConfig
>>> run_width("２０２２年,商水县(记者 马治卫)", CleanConfig(punctuation="fullwidth")).text
'2022年，商水县（记者 马治卫）'
"""

from __future__ import annotations

import re
from functools import cache

from textclean.config import CleanConfig
from textclean.rewrite import Rule, contains_any, rewrite
from textclean.steps import Step, StepOutput

STEP_NAME = "width"

_FULLWIDTH_ALNUM = "０-９Ａ-Ｚａ-ｚ"
_TO_HALFWIDTH = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF5B)}
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
"""Han characters (CJK Unified Ideographs, Extension A, Compatibility Ideographs)."""
_CLOSERS = "”’」』）》】〉"
_OPENERS = "“‘「『（《【〈"

_ASCII_MARKS = ",:;?!"
_FULL_MARKS = "，：；？！"
_TO_FULL = str.maketrans(_ASCII_MARKS, _FULL_MARKS)
_TO_HALF = str.maketrans(_FULL_MARKS + "（）", _ASCII_MARKS + "()")


def _halfwidth(match: re.Match[str]) -> str:
    return match.group().translate(_TO_HALFWIDTH)


@cache
def width_rules(halfwidth_alnum: bool, punctuation: str) -> tuple[Rule, ...]:
    """The rules of the width step for these options, in the order they run."""
    rules: list[Rule] = []
    if halfwidth_alnum:
        rules.append(
            Rule(
                "fullwidth-alnum",
                re.compile(f"[{_FULLWIDTH_ALNUM}]+"),
                _halfwidth,
                "full-width letters or digits to half-width",
                lambda text: re.search(f"[{_FULLWIDTH_ALNUM}]", text) is not None,
            )
        )
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
    """The width step: full-width letters and digits, and the punctuation style."""
    return StepOutput(
        *rewrite(text, width_rules(config.halfwidth_alnum, config.punctuation), STEP_NAME)
    )


WIDTH_STEP = Step(
    STEP_NAME,
    run_width,
    enabled=lambda config: config.halfwidth_alnum or config.punctuation != "keep",
)
