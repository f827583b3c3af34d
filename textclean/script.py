"""The script step: Simplified or Traditional detected, and converted by OpenCC.

:func:`detect_script` counts *evidence* characters: characters that only one script
writes (see :func:`evidence`). The verdict and the share of evidence that decided it go
to ``meta``. The text is then converted to ``config.script_target`` span by span: only
the sentences and quotes that hold evidence of the other script are passed to OpenCC,
so a Traditional quote in Simplified news is converted alone, and text that is already
in the target script (or not Chinese at all) is never touched. Japanese and Korean text
keeps its characters: a document that is not Chinese is not converted (its verdict says
so), nor is a line or a quote in Japanese or Korean (see :func:`foreign_pieces`); what
was left is counted in ``meta["script_left"]``. Each converted span is one
:class:`~textclean.document.Edit` of step ``"script"``.

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
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, NamedTuple, get_args

import numpy as np
import opencc

from textclean.cache import cached, file_stamp
from textclean.config import SCRIPT_TARGETS, CleanConfig
from textclean.document import CleanResult, Edit
from textclean.encoding.kinds import encodable
from textclean.errors import ConfigError
from textclean.layout.width import HAN
from textclean.steps import Step, StepOutput

STEP_NAME = "script"

Script = Literal[
    "none", "neutral", "simplified", "traditional", "mixed", "japanese", "korean", "other"
]
Evidence = Literal["traditional", "simplified"]
Foreign = Literal["japanese", "korean", "other"]
_FOREIGN_SCRIPTS: dict[str, Foreign] = {kind: kind for kind in get_args(Foreign)}

TRADITIONAL_SHARE = 0.9
"""A text is ``traditional`` when at least this share of its evidence is Traditional,
``simplified`` when at most ``1 - TRADITIONAL_SHARE`` is, else ``mixed``."""

HAN_BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
"""CJK Extension A, the Unified Ideographs and the Compatibility Ideographs: the
characters that can be evidence (OpenCC's conversions live almost entirely here)."""

_HAN = re.compile(f"[{HAN}\U00020000-\U0003134f]")
"""Any Han character, the supplementary-plane extensions included (for ``none``)."""

KANA = "\u3041-\u3096\u30a1-\u30fa\u31f0-\u31ff\uff66-\uff6f\uff71-\uff9d"
"""Hiragana and katakana letters, half-width ones included; not the marks ・ and ー (Chinese
text writes ・ in foreign names) nor the iteration marks ゝゞヽヾ (kaomoji use ヽ and ヾ)."""
HANGUL = "\u1100-\u11ff\u3131-\u318e\ua960-\ua97f\uac00-\ud7a3\ud7b0-\ud7ff\uffa0-\uffdc"
"""Hangul syllables and jamo (modern, archaic, compatibility and half-width)."""
_HAN_RUN = re.compile(f"[{HAN}\U00020000-\U0003134f]+")
_KANA_RUN = re.compile(f"[{KANA}]+")
_HANGUL_RUN = re.compile(f"[{HANGUL}]+")
_FOREIGN = re.compile(f"[{KANA}{HANGUL}]")
_WORD = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u10ff\u1200-\u1fff]+")
"""A word of another alphabet: Latin, Greek, Cyrillic, Hebrew, Arabic, Indic, Thai..."""

FOREIGN_SHARE = 0.2
"""A text, line or quote is Japanese (Korean) when kana (hangul) make at least this share
of its Han, kana and hangul characters. In the test files of chardet and cChardet: 0.27
to 0.92 in 64 Japanese documents, hangul 0.95 and more in 14 Korean ones with Han, kana
0.007 at most in 48 Chinese ones."""
OTHER_SHARE = 0.05
"""A text with Han characters is ``other`` (not Chinese) when they are fewer than this
share of its Han characters and words of other alphabets (a Chinese character weighs
about a word). The Chinese documents of those test files, feeds full of markup and
English, have 0.14 and more; the seeds 0.99."""

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


def t2s(text: str) -> str:
    """``text`` in Simplified by OpenCC's ``t2s`` alone, with no look at its script (a
    view for comparing and scoring; :func:`to_simplified` leaves no foreign span out).

    >>> t2s("羣裏說話")
    '群里说话'
    """
    return converter("t2s").convert(text)


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


@cache
def _raw_evidence(kind: Evidence) -> frozenset[str]:
    config, codec = ("t2s", "gb2312") if kind == "traditional" else ("s2t", "big5")
    return frozenset(
        char
        for char, out in zip(_candidates(), _converted(config), strict=True)
        if out != char and not encodable(char, codec)
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

    Derived once and kept in the user's cache (:mod:`textclean.cache`): it converts
    every Han character with two OpenCC converters, about a fifth of a second.
    """
    return cached(f"script-evidence-{kind}", _derived_key(), lambda: _derive_evidence(kind))


def _derived_key() -> tuple[object, ...]:
    """What the tables derived from OpenCC depend on, besides textclean's version."""
    return (
        opencc.__version__,
        unicodedata.unidata_version,
        HAN_BLOCKS,
        sorted(KEPT_BY_OPENCC.items()),
        file_stamp(__file__),
    )


def _derive_evidence(kind: Evidence) -> frozenset[str]:
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
        config = spec.opencc_config

        def derive() -> frozenset[str]:
            pairs = zip(_candidates(), _converted(config), strict=True)
            return frozenset(char for char, out in pairs if char in chars and out != char)

        chars = cached(f"script-source-{target}", (*_derived_key(), config), derive)
    return _char_class(chars)


def detect_script(text: str) -> ScriptGuess:
    """The script of ``text``, by its evidence characters (:func:`evidence`).

    ``none``: no Han character at all. ``japanese``, ``korean``: kana, or hangul, make at
    least :data:`FOREIGN_SHARE` of the Han, kana and hangul characters (and are at least
    two). ``other``: the Han characters are under :data:`OTHER_SHARE` of the Han characters
    and words of other alphabets (English with a Chinese name in it). ``neutral``: Han
    characters, but no evidence either way (中央人民). Else, with *t* Traditional and *s*
    Simplified evidence characters, ``traditional`` when t/(t+s) ≥ 0.9, ``simplified``
    when ≤ 0.1, and ``mixed`` in between; ``share`` is the share of the evidence that
    agrees with the verdict (for ``mixed``, the larger side's; for ``japanese``,
    ``korean`` and ``other``, the share of kana, hangul or words).

    >>> detect_script("這是我們的家")
    ScriptGuess(script='traditional', share=1.0, traditional=2, simplified=0)
    >>> detect_script("中央人民").script, detect_script("Hello, 세계").script
    ('neutral', 'none')
    >>> detect_script("顔を伏せて場に置きます").script
    'japanese'
    """
    traditional = len(_evidence_pattern("traditional").findall(text))
    simplified = len(_evidence_pattern("simplified").findall(text))
    total = traditional + simplified
    if not total and not _HAN.search(text):
        return ScriptGuess("none", 0.0, 0, 0)
    foreign = _not_chinese(text, total)
    if foreign is not None:
        return ScriptGuess(foreign[0], foreign[1], traditional, simplified)
    if not total:
        return ScriptGuess("neutral", 0.0, 0, 0)
    share = traditional / total
    if share >= TRADITIONAL_SHARE:
        return ScriptGuess("traditional", share, traditional, simplified)
    if share <= 1 - TRADITIONAL_SHARE:
        return ScriptGuess("simplified", 1 - share, traditional, simplified)
    return ScriptGuess("mixed", max(share, 1 - share), traditional, simplified)


def _foreign_kind(text: str, least: int, han: int | None = None) -> tuple[Foreign, float] | None:
    """``("japanese", share)`` when kana make :data:`FOREIGN_SHARE` of the Han, kana and
    hangul of ``text`` and are at least ``least``; ``("korean", share)`` likewise for
    hangul; else ``None``. ``han``: the Han count, if known."""
    kana = _count(_KANA_RUN, text)
    hangul = _count(_HANGUL_RUN, text)
    letters = kana + hangul + (_count(_HAN_RUN, text) if han is None else han)
    kind: Foreign = "japanese" if kana >= hangul else "korean"
    most = max(kana, hangul)
    if most < least or most < FOREIGN_SHARE * letters:
        return None
    return kind, most / letters


def _count(run: re.Pattern[str], text: str) -> int:
    """How many characters of ``text`` the runs of ``run`` cover (runs: fewer objects made
    than one per character, about 5 times faster on Chinese text)."""
    return sum(map(len, run.findall(text)))


def _not_chinese(text: str, evidence: int) -> tuple[Foreign, float] | None:
    """The verdict and its share if ``text`` (with Han characters, ``evidence`` of them
    evidence) is Japanese, Korean or ``other`` (see :func:`detect_script`); else ``None``.
    Han are counted only when the cheap tests leave the question open."""
    han: int | None = None
    if _FOREIGN.search(text):  # rare: most texts have no kana or hangul at all
        han = _count(_HAN_RUN, text)
        found = _foreign_kind(text, 2, han)
        if found is not None:
            return found
    # ``other`` needs more than 19 words per Han character, and every evidence character
    # is Han: in Chinese text with evidence the rest is too short to hold them, and the
    # words are not even counted
    limit = evidence * (1 - OTHER_SHARE) / OTHER_SHARE
    if len(text) - evidence <= limit:
        return None
    words = len(_WORD.findall(text))
    if words <= limit:
        return None
    han = _count(_HAN_RUN, text) if han is None else han
    if han >= OTHER_SHARE * (han + words):
        return None
    return "other", words / (han + words)


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


def _convert_spans(spans: list[str], opencc_config: str, source: re.Pattern[str]) -> list[str]:
    """Each of ``spans`` (none holds a line break) as :func:`_convert_span` converts it,
    all in one call of OpenCC: a phrase never spans a line break, so the spans joined by
    line breaks convert as each alone (16,000 calls a megabyte cost more than the
    conversion)."""
    if len(spans) < 2:
        return [_convert_span(span, opencc_config, source) for span in spans]
    converted = converter(opencc_config).convert("\n".join(spans)).split("\n")
    if len(converted) != len(spans):  # a dictionary that maps across a line break
        return [_convert_span(span, opencc_config, source) for span in spans]
    convert = converter(opencc_config).convert
    return [
        source.sub(lambda match: convert(match.group()), out) if source.search(out) else out
        for out in converted
    ]


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


def _changed_in(edits: Sequence[Edit]) -> int:
    """How many characters ``edits`` changed in all (:func:`_changed_chars` of each):
    the edits that kept their length compared at once, code point by code point.

    >>> _changed_in([Edit("script", "", "國家", "国家", 0), Edit("script", "", "B超", "超音波", 3)])
    4
    """
    same = [edit for edit in edits if len(edit.before) == len(edit.after)]
    changed = sum(_changed_chars(e.before, e.after) for e in edits if len(e.before) != len(e.after))
    if same:
        before = "".join(edit.before for edit in same).encode("utf-32-le", "surrogatepass")
        after = "".join(edit.after for edit in same).encode("utf-32-le", "surrogatepass")
        codes = np.frombuffer(before, dtype="<u4") != np.frombuffer(after, dtype="<u4")
        changed += int(np.count_nonzero(codes))
    return changed


def _as_integer(text: str) -> int:
    return int.from_bytes(text.encode("utf-32-le", "surrogatepass"), "little")


QUOTES = ("「」", "『』", "《》", "〈〉", "“”", "（）", "()")
"""The quotation and title marks whose content :func:`foreign_pieces` looks at."""

_QUOTED = tuple(
    re.compile(f"{re.escape(mark[0])}[^{re.escape(mark)}\n]*{re.escape(mark[1])}")
    for mark in QUOTES
)


def foreign_pieces(text: str) -> list[tuple[int, int, Foreign]]:
    """``(start, end, kind)`` of the Japanese and Korean lines and quotes of ``text``: the
    pieces the step leaves as they are (sorted, not overlapping).

    A line is Japanese when it holds at least two kana and they make at least
    :data:`FOREIGN_SHARE` of its Han, kana and hangul characters (so a lone の, as Chinese
    writes it for 的, does not count); Korean likewise with hangul. In other lines, a quote
    or title (see :data:`QUOTES`) is Japanese when its kana make that share, one being
    enough: 《君が代》 and 『鬼滅の刃』 are names.

    >>> text = "顔を伏せて場に置きます。\\n動畫《鬼滅の刃》在臺灣上映。\\n我の日記"
    >>> [(text[start:end], kind) for start, end, kind in foreign_pieces(text)]
    [('顔を伏せて場に置きます。', 'japanese'), ('《鬼滅の刃》', 'japanese')]
    """
    pieces: list[tuple[int, int, Foreign]] = []
    found = _FOREIGN.search(text)
    while found is not None:
        start = text.rfind("\n", 0, found.start()) + 1
        end = text.find("\n", found.end())
        end = len(text) if end < 0 else end
        line = _foreign_kind(text[start:end], 2)
        if line is not None:
            pieces.append((start, end, line[0]))
        else:
            quoted = []
            for quote in _QUOTED:
                for match in quote.finditer(text, start, end):
                    kind = _foreign_kind(match.group(), 1)
                    if kind is not None:
                        quoted.append((match.start(), match.end(), kind[0]))
            for piece in sorted(quoted):  # a quote inside another that is left: left with it
                if not pieces or piece[0] >= pieces[-1][1]:
                    pieces.append(piece)
        found = _FOREIGN.search(text, end)
    return pieces


def _unfold(
    span: tuple[int, int], pieces: list[tuple[int, int, Foreign]], ends: list[int]
) -> Iterator[tuple[int, int, Foreign | None]]:
    """``span`` cut at the ``pieces`` that overlap it: ``(start, end, kind)``, with ``kind``
    ``None`` for the parts to convert. ``ends``: the ends of the pieces (found by
    bisection, so that a text of many spans and pieces is not quadratic)."""
    start, end = span
    for index in range(bisect_right(ends, start), len(pieces)):
        first, last, kind = pieces[index]
        if first >= end:
            break
        if first > start:
            yield start, first, None
        yield max(first, start), min(last, end), kind
        start = min(last, end)
    if start < end:
        yield start, end, None


def convert_script(text: str, target: str, leave_foreign: bool = True) -> tuple[str, list[Edit]]:
    """``text`` converted to ``target`` span by span, with one edit per converted span
    (the pure core of the step; ``keep`` converts nothing). With ``leave_foreign``, a
    document that is not Chinese and the pieces of :func:`foreign_pieces` are left as
    they are.

    >>> convert_script("國家《鬼滅の刃》", "simplified")[0]
    '国家《鬼滅の刃》'
    >>> convert_script("國家《鬼滅の刃》", "simplified", leave_foreign=False)[0]
    '国家《鬼灭の刃》'
    """
    out, edits, _ = _convert(text, target, leave_foreign)
    return out, edits


def _convert(
    text: str, target: str, leave_foreign: bool, script: Script | None = None
) -> tuple[str, list[Edit], dict[str, int]]:
    """:func:`convert_script`, and the characters it left unconverted by kind of text:
    how many the conversion would have changed in each (none listed at 0). ``script``:
    the verdict of :func:`detect_script` on ``text``, if known."""
    spec = _target(target)
    if spec.source is None or spec.opencc_config is None:
        return text, [], {}
    source = _source_pattern(target)
    if not source.search(text):  # the usual case: nothing to convert, nothing to split
        return text, [], {}
    other = _evidence_pattern("simplified" if spec.source == "traditional" else "traditional")
    pieces: list[tuple[int, int, Foreign]] = []
    if leave_foreign:
        script = detect_script(text).script if script is None else script
        whole = _FOREIGN_SCRIPTS.get(script)
        if whole is not None:  # not Chinese: the whole text is left
            pieces = [(0, len(text), whole)]
        elif _FOREIGN.search(text):
            pieces = foreign_pieces(text)
    ends = [piece[1] for piece in pieces]
    out: list[str] = []
    edits: list[Edit] = []
    left: dict[str, int] = {}
    done = 0  # text[:done] is in out
    shift = 0  # how much longer the output is than the input so far
    places = [
        place
        for span in _spans(text, source, other)
        for place in (_unfold(span, pieces, ends) if pieces else ((*span, None),))
    ]
    parts = [text[start:end] for start, end, _ in places]
    for (start, end, kind), part, converted in zip(
        places, parts, _convert_spans(parts, spec.opencc_config, source), strict=True
    ):
        if converted == part:
            continue
        if kind is not None:
            left[kind] = left.get(kind, 0) + _changed_chars(part, converted)
            continue
        edits.append(Edit(STEP_NAME, spec.reason, part, converted, start + shift))
        out += (text[done:start], converted)
        done = end
        shift += len(converted) - len(part)
    out.append(text[done:])
    return "".join(out), edits, left


def to_simplified(text: str) -> str:
    """``text`` with its Traditional spans in Simplified (a view for comparing texts:
    Japanese kanji are converted too).

    >>> to_simplified("關於我們: About us")
    '关于我们: About us'
    """
    return convert_script(text, "simplified", leave_foreign=False)[0]


def run_script(text: str, config: CleanConfig) -> StepOutput:
    """The script step: the script of ``text`` recorded, ``text`` converted to
    ``config.script_target``, Japanese and Korean text left as it is.

    ``meta``: ``script`` (the verdict of :func:`detect_script` on the text the step
    got), ``script_share`` (its share, 3 decimals) and ``script_converted`` (how many
    characters the step changed); ``script_left`` when the step left characters it would
    have converted: how many, by the kind of text they are in (``japanese``, ``korean``,
    ``other``). A dict, so that like ``script`` it stays as first found when the step runs
    again (an int would add up).

    >>> run_script("國家：《鬼滅の刃》", CleanConfig()).meta["script_left"]
    {'japanese': 1}
    """
    guess = detect_script(text)
    out, edits, left = _convert(text, config.script_target, True, guess.script)
    meta: dict[str, Any] = {
        "script": guess.script,
        "script_share": round(guess.share, 3),
        "script_converted": _changed_in(edits),
    }
    if left:
        meta["script_left"] = left
    return StepOutput(out, edits, meta)


SCRIPT_STEP = Step(STEP_NAME, run_script, enabled=lambda config: True, by_line=True)
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
