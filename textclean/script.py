"""The script step: Simplified or Traditional detected, and converted by OpenCC.

:func:`detect_script` counts *evidence* characters: characters that only one script
writes (see :func:`evidence`). The verdict and the share of evidence that decided it go
to ``meta``. The text is then converted to ``config.script_target`` span by span: only
the sentences and quotes that hold evidence of the other script are passed to OpenCC,
so a Traditional quote in Simplified news is converted alone, and text that is already
in the target script (or not Chinese at all) is never touched. Each converted span is
one :class:`~textclean.document.Edit` of step ``"script"``.

>>> result = unify_script("新闻：“這是我們的家。”记者说。")
>>> result.text
'新闻：“这是我们的家。”记者说。'
>>> [(edit.before, edit.after, edit.start) for edit in result.edits]
[('“這是我們的家。”', '“这是我们的家。”', 3)]
>>> result.meta
{'script': 'mixed', 'script_share': 0.6, 'script_converted': 2}
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, NamedTuple

import opencc

from textclean.config import SCRIPT_TARGETS, CleanConfig
from textclean.document import CleanResult, Edit
from textclean.errors import ConfigError
from textclean.layout.width import HAN
from textclean.steps import Step, StepOutput

STEP_NAME = "script"

Script = Literal["none", "neutral", "simplified", "traditional", "mixed"]
Evidence = Literal["traditional", "simplified"]

TRADITIONAL_SHARE = 0.9
"""A text is ``traditional`` when at least this share of its evidence is Traditional,
``simplified`` when at most ``1 - TRADITIONAL_SHARE`` is, else ``mixed``."""

HAN_BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
"""CJK Extension A, the Unified Ideographs and the Compatibility Ideographs: the
characters that can be evidence (OpenCC's conversions live almost entirely here)."""

_HAN = re.compile(f"[{HAN}\U00020000-\U0003134f]")
"""Any Han character, the supplementary-plane extensions included (for ``none``)."""

KEPT_BY_OPENCC: dict[Evidence, str] = {
    "traditional": "剋劄扞昇氾濛祕脩蒐谿釐陞",
    "simplified": "广叶恒",
}
"""Characters OpenCC converts on their own but keeps inside some of its phrases, so
that they stand in its output: ``t2s`` writes 畢昇 → 毕昇 (a name) and 束脩 (a
classical word); ``s2t`` writes 广部 (the radical), 叶韵 and 恒生 (a name). They are
valid in the other script, so they are not evidence: counting them would call the
step's own output mixed and make a second run convert them again. Found by converting
the keys of OpenCC 1.4.2’s dictionaries (``t2s``, ``s2t``, ``s2twp``,
``s2hk``) and keeping the evidence characters that come out. Characters a phrase keeps
by a slip of the dictionary (計 in 不可貲計 → 不可赀計, 别 in ``s2twp``'s 類别範本, the
HK name forms 郭偉强) stay evidence: :func:`_convert_span` converts them one by one."""


@dataclass(frozen=True)
class Target:
    """A script target: the OpenCC config that writes it and the evidence it converts."""

    name: str
    opencc_config: str | None
    source: Evidence | None
    """The evidence that marks text to convert: the script this target is not."""
    reason: str


TARGETS: dict[str, Target] = {
    "simplified": Target(
        "simplified", "t2s", "traditional", "Traditional → Simplified (OpenCC t2s)"
    ),
    "traditional": Target(
        "traditional", "s2t", "simplified", "Simplified → Traditional (OpenCC s2t)"
    ),
    "taiwan": Target(
        "taiwan", "s2twp", "simplified", "Simplified → Traditional, Taiwan (OpenCC s2twp)"
    ),
    "hongkong": Target(
        "hongkong", "s2hk", "simplified", "Simplified → Traditional, Hong Kong (OpenCC s2hk)"
    ),
    "keep": Target("keep", None, None, "detect only"),
}


class ScriptGuess(NamedTuple):
    """What :func:`detect_script` found: the verdict, the share of evidence that agrees
    with it (0.0 when there is no evidence), and the evidence counts."""

    script: Script
    share: float
    traditional: int
    simplified: int


@cache
def converter(config: str) -> opencc.OpenCC:
    """The OpenCC converter for ``config`` (``"t2s"``, ``"s2t"``, ...), built once per process."""
    return opencc.OpenCC(config)


@cache
def _candidates() -> tuple[str, ...]:
    """The characters of :data:`HAN_BLOCKS`, without the compatibility ideographs that
    are duplicates of unified ones (NFC maps them away; OpenCC normalises them in any
    direction, so they are evidence of nothing)."""
    return tuple(
        char
        for first, last in HAN_BLOCKS
        for char in map(chr, range(first, last + 1))
        if unicodedata.normalize("NFC", char) == char
    )


@cache
def _converted(config: str) -> tuple[str, ...]:
    """Each candidate character as OpenCC ``config`` converts it alone (one call)."""
    chars = _candidates()
    out = converter(config).convert("\n".join(chars)).split("\n")
    if len(out) != len(chars):  # pragma: no cover - OpenCC never joins or splits lines
        raise RuntimeError(f"OpenCC {config} changed the number of lines")
    return tuple(out)


def _encodable(char: str, codec: str) -> bool:
    try:
        char.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


@cache
def _raw_evidence(kind: Evidence) -> frozenset[str]:
    config, codec = ("t2s", "gb2312") if kind == "traditional" else ("s2t", "big5")
    return frozenset(
        char
        for char, out in zip(_candidates(), _converted(config), strict=True)
        if out != char and not _encodable(char, codec)
    )


@cache
def evidence(kind: Evidence) -> frozenset[str]:
    """The characters that only the ``kind`` script writes.

    Traditional evidence: OpenCC ``t2s`` changes the character and GB2312 (the
    Simplified standard) cannot encode it: 國, 們, 這, 關; not 乾 or 著, which GB2312 has.
    Simplified evidence: ``s2t`` changes it and Big5 (the Traditional standard) cannot
    encode it: 国, 们, 这; not 干, 范, 后, 台, 里, which are Traditional characters too.
    Left out: a few variants both conversions change (藴, 醖), :data:`KEPT_BY_OPENCC`,
    and characters that the conversion itself writes for another one (``t2s`` turns 薴
    into 苧, which ``t2s`` would convert again).

    >>> sorted(evidence("traditional") & set("國們這關乾著干"))
    ['們', '國', '這', '關']
    >>> sorted(evidence("simplified") & set("国们这干范后台里"))
    ['们', '国', '这']
    """
    other: Evidence = "simplified" if kind == "traditional" else "traditional"
    own = _raw_evidence(kind) - _raw_evidence(other) - set(KEPT_BY_OPENCC[kind])
    config = "t2s" if kind == "traditional" else "s2t"
    pairs = zip(_candidates(), _converted(config), strict=True)
    written = {c for char, out in pairs if char in own for c in out}
    return frozenset(own - written)


def _char_class(chars: frozenset[str]) -> re.Pattern[str]:
    # a class of single code points (no ranges, nothing to escape): matched in C
    return re.compile("[" + "".join(sorted(chars)) + "]")


@cache
def _evidence_pattern(kind: Evidence) -> re.Pattern[str]:
    return _char_class(evidence(kind))


@cache
def _source_pattern(target: str) -> re.Pattern[str]:
    """The evidence that ``target`` converts: the other script's evidence characters that
    its OpenCC config changes (``s2hk`` keeps 温, 脱, 强: Hong Kong writes them)."""
    spec = TARGETS[target]
    if spec.source is None or spec.opencc_config is None:
        raise ValueError(f"target {target!r} converts nothing")
    chars = evidence(spec.source)
    if spec.opencc_config not in ("t2s", "s2t"):
        outputs = _converted(spec.opencc_config)
        pairs = zip(_candidates(), outputs, strict=True)
        chars = frozenset(char for char, out in pairs if char in chars and out != char)
    return _char_class(chars)


def detect_script(text: str) -> ScriptGuess:
    """The script of ``text``, by its evidence characters (:func:`evidence`).

    ``none``: no Han character at all. ``neutral``: Han characters, but no evidence
    either way (中央人民). Else, with *t* Traditional and *s* Simplified evidence
    characters, ``traditional`` when t/(t+s) ≥ 0.9, ``simplified`` when ≤ 0.1, and
    ``mixed`` in between; ``share`` is the share of the evidence that agrees with the
    verdict (for ``mixed``, the larger side's).

    >>> detect_script("這是我們的家")
    ScriptGuess(script='traditional', share=1.0, traditional=2, simplified=0)
    >>> detect_script("中央人民").script, detect_script("Hello, 세계").script
    ('neutral', 'none')
    """
    traditional = len(_evidence_pattern("traditional").findall(text))
    simplified = len(_evidence_pattern("simplified").findall(text))
    total = traditional + simplified
    if not total:
        return ScriptGuess("neutral" if _HAN.search(text) else "none", 0.0, 0, 0)
    share = traditional / total
    if share >= TRADITIONAL_SHARE:
        return ScriptGuess("traditional", share, traditional, simplified)
    if share <= 1 - TRADITIONAL_SHARE:
        return ScriptGuess("simplified", 1 - share, traditional, simplified)
    return ScriptGuess("mixed", max(share, 1 - share), traditional, simplified)


SEGMENT = re.compile(
    "[“「『][^“”「」『』\n\ud800-\udfff]*[”」』]?"  # a quote, to its closing mark
    "|[^“”「」『』\n\ud800-\udfff。！？；!?;]+[。！？；!?;]*"  # a sentence, with its end marks
    "|[。！？；!?;]+"  # end marks after a quote
    "|[”」』]"  # a closing mark without its opening one
    "|[\n\ud800-\udfff]+"  # line breaks (and lone surrogates, which OpenCC cannot take)
)
"""The pieces a text is converted in: sentences and quotes, never across a line break."""

_BARRIER = re.compile("[\n\ud800-\udfff]")


def _spans(text: str, source: re.Pattern[str], other: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each run of segments to convert: segments holding ``source``
    evidence, joined across the evidence-free segments between them. A segment with
    evidence of the other script (a quote already in the target script), a line break
    or a lone surrogate ends a run."""
    start = end = -1
    for match in SEGMENT.finditer(text):
        segment = match.group()
        if source.search(segment):
            if start < 0:
                start = match.start()
            end = match.end()
        elif start >= 0 and (other.search(segment) or _BARRIER.match(segment)):
            yield start, end
            start = -1
    if start >= 0:
        yield start, end


def _convert_span(span: str, opencc_config: str, source: re.Pattern[str]) -> str:
    """``span`` converted as a whole (OpenCC's phrases see their context); a character a
    phrase left unconverted by a slip of the dictionary is then converted alone, so the
    result holds no evidence to convert and a second run changes nothing."""
    convert = converter(opencc_config).convert
    out = convert(span)
    if source.search(out):
        out = source.sub(lambda match: convert(match.group()), out)
    return out


def _changed_chars(before: str, after: str) -> int:
    """How many characters an edit changed. A phrase such as B超 → 超音波 can change the
    length (rarely): then the middle between the common prefix and suffix counts."""
    if len(before) != len(after):
        shorter = min(len(before), len(after))
        head = tail = 0
        while head < shorter and before[head] == after[head]:
            head += 1
        while tail < shorter - head and before[-1 - tail] == after[-1 - tail]:
            tail += 1
        return max(len(before), len(after)) - head - tail
    # the code points XORed as one big integer, then its zero code units counted: all in C
    # (a Python loop over the characters costs more than the OpenCC conversion)
    xor = _as_integer(before) ^ _as_integer(after)
    return len(before) - array("I", xor.to_bytes(4 * len(before), "little")).count(0)


def _as_integer(text: str) -> int:
    return int.from_bytes(text.encode("utf-32-le", "surrogatepass"), "little")


def convert_script(text: str, target: str) -> tuple[str, list[Edit]]:
    """``text`` converted to ``target`` span by span, with one edit per converted span
    (the pure core of the step; ``keep`` converts nothing)."""
    spec = _target(target)
    if spec.source is None or spec.opencc_config is None:
        return text, []
    source = _source_pattern(target)
    if not source.search(text):  # the usual case: nothing to convert, nothing to split
        return text, []
    other: Evidence = "simplified" if spec.source == "traditional" else "traditional"
    pieces: list[str] = []
    edits: list[Edit] = []
    done = 0  # text[:done] is in pieces
    shift = 0  # how much longer the output is than the input so far
    for start, end in _spans(text, source, _evidence_pattern(other)):
        span = text[start:end]
        converted = _convert_span(span, spec.opencc_config, source)
        if converted == span:
            continue
        edits.append(Edit(STEP_NAME, spec.reason, span, converted, start + shift))
        pieces += (text[done:start], converted)
        done = end
        shift += len(converted) - len(span)
    pieces.append(text[done:])
    return "".join(pieces), edits


def to_simplified(text: str) -> str:
    """``text`` with its Traditional spans in Simplified (a view for comparing texts).

    >>> to_simplified("關於我們: About us")
    '关于我们: About us'
    """
    return convert_script(text, "simplified")[0]


def run_script(text: str, config: CleanConfig) -> StepOutput:
    """The script step: the script of ``text`` recorded, ``text`` converted to
    ``config.script_target``.

    ``meta``: ``script`` (the verdict of :func:`detect_script` on the text the step
    got), ``script_share`` (its share, 3 decimals) and ``script_converted`` (how many
    characters the step changed).
    """
    guess = detect_script(text)
    out, edits = convert_script(text, config.script_target)
    meta: dict[str, Any] = {
        "script": guess.script,
        "script_share": round(guess.share, 3),
        "script_converted": sum(_changed_chars(e.before, e.after) for e in edits),
    }
    return StepOutput(out, edits, meta)


SCRIPT_STEP = Step(STEP_NAME, run_script, enabled=lambda config: True)
"""Always on: with ``script_target = "keep"`` it only records the script."""


def _target(target: str) -> Target:
    spec = TARGETS.get(target) if isinstance(target, str) else None
    if spec is None:
        raise ConfigError(
            f"script target must be one of {', '.join(SCRIPT_TARGETS)}; got {target!r}"
        )
    return spec


def unify_script(text: str, target: str = "simplified") -> CleanResult:
    """Run the script step alone: ``text`` in the ``target`` script, with its edits and
    ``meta`` (see :func:`run_script`). ``target`` is one of ``simplified``,
    ``traditional``, ``taiwan``, ``hongkong``, ``keep``.

    >>> unify_script("软件和鼠标", "taiwan").text
    '軟體和滑鼠'
    >>> unify_script("新闻", "pinyin")
    Traceback (most recent call last):
    ...
    textclean.errors.ConfigError: script target must be one of simplified, traditional, taiwan, hongkong, keep; got 'pinyin'
    """  # noqa: E501
    _target(target)
    output = run_script(text, CleanConfig(script_target=target))
    return CleanResult(output.text, tuple(output.edits), output.meta)
