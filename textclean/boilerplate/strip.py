"""The ``boilerplate`` step: site lines and spam out, bylines into meta, every cut an Edit.

Each line is looked at in its :func:`~textclean.boilerplate.view.view`:

1. A spam line (:func:`~textclean.boilerplate.spam.spam_verdict`) is cut wherever it is.
2. Otherwise every rule whose pattern matches, on a line no longer than the rule's
   ``max_chars``, is a candidate; the first in catalogue order that may cut where the
   line stands (see 3) decides.
3. *Anchors* are the body paragraphs that no rule matched (a clause mark or a full
   sentence, see :func:`~textclean.layout.paragraphs.is_body`). Lines before the first
   anchor are the header zone, lines after the last one the footer zone. A rule whose
   ``where`` is ``edge`` cuts only there: a sentence of the article that mentions 版权
   and stands between two anchors is never touched; nor is a body paragraph of a text
   that has no anchor at all (it may be the whole article). The first or last
   paragraph is in a zone, so the ``edge`` patterns are written narrowly (版权归本网所有,
   not 版权).

A cut line takes the blank lines after it along (or, at the end, the line break before
it), so no gap is left where it stood. Named groups of a rule's pattern go to meta:
``reporters`` (from bylines), ``editors``, ``published``, ``site``.

>>> text = "□记者 马治卫\\n\\n本报讯(记者 马治卫)4月2日,县长到隔离点调研。\\n\\n编辑: 张洁"
>>> result = strip_boilerplate(text)
>>> result.text
'4月2日,县长到隔离点调研。'
>>> [edit.reason.split(":")[0] for edit in result.edits]
['byline/byline-box', 'byline/byline-lead', 'editor/editor-line']
>>> result.meta["reporters"], result.meta["editors"]
(['马治卫'], ['张洁'])
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from textclean.boilerplate.blocks import CATEGORY as BLOCK
from textclean.boilerplate.blocks import block_verdicts
from textclean.boilerplate.chrome import Chrome, chrome_verdict
from textclean.boilerplate.inline import CATEGORY as INLINE
from textclean.boilerplate.inline import Piece, inline_pieces
from textclean.boilerplate.linemodel import CATEGORY as MODEL
from textclean.boilerplate.linemodel import model_verdicts
from textclean.boilerplate.rules import LineRule, iter_names, load_catalogue, parse_label
from textclean.boilerplate.spam import (
    contact_advert,
    keyword_list,
    may_hold_spam,
    spam_verdict,
)
from textclean.boilerplate.structure import CATEGORY as STRUCTURE
from textclean.boilerplate.structure import (
    cues,
    rules_matching,
    signal_of,
    stands_alone,
    structure_verdicts,
)
from textclean.boilerplate.view import view, view_again
from textclean.config import CleanConfig
from textclean.document import CleanResult, Edit
from textclean.layout.paragraphs import is_body
from textclean.layout.width import han_share_at_least
from textclean.steps import Step, StepOutput

STEP_NAME = "boilerplate"
SPAM_CATEGORY = "spam"
SPAM_RULE = "spam-line"
CHROME_CATEGORY = "navigation"
CHROME_RULE = "site-chrome"
ANCHOR_MIN_CHARS = 20
"""The shortest line that can anchor the body: a short line with a comma may be a label
(``更多精彩内容,请关注本站``); an article's paragraphs are longer."""
ANCHOR_MIN_HAN = 0.5
"""The least share of Chinese characters in an anchor (not a line of script code)."""

_BLANK = re.compile(r"[ \t\u3000]*")


@dataclass(slots=True)
class Cut:
    """What the step cuts from one line: ``[start, end)`` within the line, and why."""

    label: str
    start: int
    end: int
    whole_line: bool


@dataclass(slots=True)
class LineVerdict:
    """The verdict on one line of a text: kept, or cut (and by what)."""

    index: int
    offset: int
    line: str
    cut: Cut | None = None
    meta: list[tuple[str, list[str]]] = field(default_factory=list)
    spam: bool = False

    @property
    def removed(self) -> bool:
        return self.cut is not None and self.cut.whole_line


def classify_lines(text: str, config: CleanConfig | None = None) -> list[LineVerdict]:
    """The verdict on every line of ``text`` (split at ``\\n``), in order.

    >>> [v.removed for v in classify_lines("分享到:\\n正文第一句,第二句。")]
    [True, False]
    """
    config = config or CleanConfig()
    text_view = view(text)
    look_for_spam = config.remove_spam and may_hold_spam(text_view)
    return _classify(text, text_view, config, _LineJudge(config, look_for_spam))


class LineFacts:
    """What one line is, alone (its context aside): the step's verdicts start from these.
    Its cues are read when first asked for (a line a rule settles needs none)."""

    __slots__ = ("_cues", "_line", "_view", "anchor", "chrome", "matches", "spam")

    def __init__(
        self,
        spam: str | None,
        matches: list[tuple[LineRule, re.Match[str] | None]],
        chrome: Chrome | None,
        line: str = "",
        line_view: str = "",
    ) -> None:
        self.spam = spam
        """Why the line is spam, or ``None``."""
        self.matches = matches
        """The rules that match it (none for a spam line), in catalogue order (see
        :func:`~textclean.boilerplate.structure.rules_matching`)."""
        self.chrome = chrome
        """The site chrome it is (a line no rule matched), or ``None``."""
        self.anchor = False
        """May it anchor the body? It reads as a paragraph (:func:`is_anchor`), is not
        spam or chrome, no rule cuts it whole, and it has no cue (when the structure is
        on)."""
        self._line = line
        self._view = line_view
        self._cues: tuple[str, ...] | None = None if line.strip() else ()

    @property
    def cues(self) -> tuple[str, ...]:
        """Its furniture cues (:func:`~textclean.boilerplate.structure.cues`)."""
        if self._cues is None:
            self._cues = cues(self._view, self._line)
        return self._cues


class _Cues(Sequence[tuple[str, ...]]):
    """The cues of the lines, each read when first asked for."""

    def __init__(self, facts: Sequence[LineFacts]) -> None:
        self._facts = facts

    def __len__(self) -> int:
        return len(self._facts)

    def __getitem__(self, index: int) -> tuple[str, ...]:  # an index only, no slice
        return self._facts[index].cues


_BLANK_FACTS = LineFacts(None, [], None)


class _LineJudge:
    """The facts of each line, each line judged once per call: the step looks at a text
    again after a cut, and most of its lines are as they were."""

    def __init__(self, config: CleanConfig, look_for_spam: bool) -> None:
        self.catalogue = load_catalogue(config.boilerplate_rules)
        self.look_for_spam = look_for_spam
        self.spam_on = config.remove_spam
        self.structure_on = STRUCTURE not in config.keep_boilerplate
        self._known = _known_facts(
            (config.boilerplate_rules, look_for_spam, self.spam_on, self.structure_on)
        )
        self.pieces = _known_pieces()
        """The inline pieces of each line's view (see :func:`inline_pieces`)."""

    def facts(self, line: str, line_view: str) -> LineFacts:
        key = (line, line_view)
        known = self._known.get(key)
        if known is None:
            known = self._known[key] = self._judge(line, line_view)
        return known

    def _judge(self, line: str, line_view: str) -> LineFacts:
        if not line.strip():
            return _BLANK_FACTS
        spam = spam_verdict(line_view) if self.look_for_spam else None
        if spam is None and self.spam_on:
            spam = keyword_list(line_view) or contact_advert(line_view)
        found = rules_matching(line_view, self.catalogue) if spam is None else []
        chrome = chrome_verdict(line_view) if not found and spam is None else None
        facts = LineFacts(spam, found, chrome, line, line_view)
        facts.anchor = (
            spam is None
            and chrome is None
            # a line that only a byline lead or credit matched is still a paragraph
            and all(rule.cut == "match" for rule, _ in found)
            and is_anchor(line)
            and not (self.structure_on and facts.cues)
        )
        return facts


KNOWN_LINES = 1 << 14
"""Lines whose facts (and inline pieces) the process keeps: the step looks again at
what is left after a cut and in every round of :func:`textclean.clean`, and a site's
furniture comes back page after page. Facts are of a line alone, so they hold for any
text; they are kept per set of options that change them."""

_FACTS: dict[tuple[Any, ...], dict[tuple[str, str], LineFacts]] = {}
_PIECES: dict[str, list[tuple[int, int, str, str]]] = {}


def _known_facts(options: tuple[Any, ...]) -> dict[tuple[str, str], LineFacts]:
    """The facts known of lines under ``options``; emptied when they grow too many."""
    known = _FACTS.setdefault(options, {})
    if len(known) > KNOWN_LINES:
        known.clear()
    return known


def forget_known_lines() -> None:
    """Forget every line's facts kept so far (and :func:`stands_alone`'s answers): for a
    benchmark that cleans the same texts again, which a corpus never does."""
    _FACTS.clear()
    _PIECES.clear()
    stands_alone.cache_clear()


def _known_pieces() -> dict[str, list[tuple[int, int, str, str]]]:
    if len(_PIECES) > KNOWN_LINES:
        _PIECES.clear()
    return _PIECES


def _classify(
    text: str, text_view: str, config: CleanConfig, judge: _LineJudge
) -> list[LineVerdict]:
    lines = text.split("\n")
    views = text_view.split("\n")  # the view keeps the length, so the lines line up
    facts = [judge.facts(line, line_view) for line, line_view in zip(lines, views, strict=True)]
    verdicts: list[LineVerdict] = []
    offset = 0
    for index, (line, line_facts) in enumerate(zip(lines, facts, strict=True)):
        verdict = LineVerdict(index, offset, line)
        offset += len(line) + 1
        if line_facts.spam is not None:
            verdict.spam = True
            label = f"{SPAM_CATEGORY}/{SPAM_RULE}: {line_facts.spam}"
            verdict.cut = Cut(label, 0, len(line), True)
        verdicts.append(verdict)
    anchors = [index for index, line_facts in enumerate(facts) if line_facts.anchor]
    anchors = _without_trailing_items(anchors, lines)
    first_anchor = anchors[0] if anchors else len(lines)
    last_anchor = anchors[-1] if anchors else -1
    rest_from: tuple[int, LineRule] | None = None
    # the article goes on to its last sentence no rule knows, after its last paragraph
    # (a subhead, then a short sentence): the footer starts after it
    last_anchor = max(last_anchor, _last_sentence(lines, facts, last_anchor))
    for verdict, line_facts in zip(verdicts, facts, strict=True):
        found = line_facts.matches
        page = line_facts.chrome
        if not found and page is None:
            continue  # nothing for a rule or the chrome check to decide
        in_edge = verdict.index < first_anchor or verdict.index > last_anchor
        edge_may_cut = in_edge and (bool(anchors) or not is_body(verdict.line))
        if page is not None and (edge_may_cut or not page.sections_only):
            label = f"{CHROME_CATEGORY}/{CHROME_RULE}: {page.reason}"
            verdict.cut = Cut(label, 0, len(verdict.line), True)
        for rule, match in found:  # the first rule that may cut here decides
            if rule.where == "edge" and not edge_may_cut:
                continue
            if rule.cut == "rest":
                if verdict.index <= last_anchor:
                    continue
                rest_from = rest_from or (verdict.index, rule)
            else:
                verdict.cut = _cut(rule, match, verdict.line)
                if match is not None:
                    verdict.meta = list(iter_names(_groups(match, verdict.line)))
            break
    if rest_from is not None:
        first, rule = rest_from
        for verdict in verdicts[first:]:
            if verdict.line.strip() and not verdict.removed:
                verdict.cut = Cut(rule.label, 0, len(verdict.line), True)
                verdict.meta = []
    line_cues = _Cues(facts)
    for signal, verdicts_of in _SIGNALS:
        if signal == MODEL and anchors:
            _sweep_footer(verdicts[last_anchor + 1 :])  # the sweep's evidence first
        if signal in config.keep_boilerplate:
            continue
        settled = [verdict.cut is not None or not verdict.line.strip() for verdict in verdicts]
        for furniture in verdicts_of(lines, views, anchors, settled, line_cues):
            line = verdicts[furniture.index].line
            verdicts[furniture.index].cut = Cut(furniture.label, 0, len(line), True)
    if config.keep_boilerplate:
        _keep(verdicts, set(config.keep_boilerplate))
    return verdicts


def _last_sentence(lines: Sequence[str], facts: Sequence[LineFacts], last_anchor: int) -> int:
    """The last line after ``last_anchor`` that ends a sentence and that nothing knows as
    furniture (no rule, spam, chrome or cue), or ``-1``."""
    if last_anchor < 0:
        return -1
    for index in range(len(lines) - 1, last_anchor, -1):
        line_facts = facts[index]
        line = lines[index].strip()
        if (
            len(line) >= 6
            and _ENDS.search(line[-1:])
            and not line_facts.matches
            and line_facts.spam is None
            and line_facts.chrome is None
            and not line_facts.cues
        ):
            return index
    return -1


_SIGNALS = (
    (BLOCK, block_verdicts),
    (STRUCTURE, structure_verdicts),
    (MODEL, model_verdicts),
)
"""The signals beside the rules, in order: each judges the lines the ones before left;
the footer sweep runs before the model, which judges what is left last."""


def kept(label: str, categories: Collection[str]) -> bool:
    """Does ``keep_boilerplate`` keep a cut of this label (its category, or its signal)?

    >>> kept("editor/structure-credit: structure: …", ["structure"]), kept("share/x: y", ["editor"])
    (True, False)
    """
    category, name = parse_label(label)
    return category in categories or signal_of(name) in categories


def _keep(verdicts: Sequence[LineVerdict], categories: set[str]) -> None:
    """Take back the cuts of these categories or signals (``keep_boilerplate``)."""
    for verdict in verdicts:
        if verdict.cut is not None and kept(verdict.cut.label, categories):
            verdict.cut = None
            verdict.meta = []
            verdict.spam = False


def _sweep_footer(footer: Sequence[LineVerdict]) -> None:
    """Cut the short lines that stand among footer lines after the article.

    After the last paragraph, a page holds its footer: once a rule or the chrome check
    has cut a line there, a short line that ends no sentence, after the first cut line
    and after the last sentence left, is part of it: a related headline, a tag list, a
    credit no rule knows. The article's end is sentences (with a subheading among them),
    and stays.
    """
    filled = [verdict for verdict in footer if verdict.line.strip()]
    cut_at = [position for position, verdict in enumerate(filled) if verdict.removed]
    if not cut_at:
        return
    sentences = [
        position
        for position, verdict in enumerate(filled)
        if verdict.cut is None and _ENDS.search(verdict.line)
    ]
    start = max(cut_at[0], sentences[-1] if sentences else -1) + 1
    for verdict in filled[start:]:
        line = verdict.line.strip()
        if verdict.cut is None and len(line) <= SWEEP_MAX_CHARS and not _ENDS.search(line):
            verdict.cut = Cut(SWEEP_LABEL, 0, len(verdict.line), True)


SWEEP_MAX_CHARS = 40
"""The longest line the footer sweep cuts."""
SWEEP_LABEL = "footer/footer-sweep: short line among the footer lines after the article"
_ENDS = re.compile("[。!?！？]")
TRAILING_ITEM_MAX_CHARS = 40
"""The longest anchor after the body's last sentence that is taken for an item of the
footer when it ends no sentence (a related headline), not for the article's last
paragraph: the generated sets' article paragraphs cut off mid-sentence are longer."""
_ENDS_SENTENCE = re.compile(
    r"[。!?！？…][”」』\"'’）)]*(?:（[^（）]*）|\([^()]*\)|【[^【】]*】|——[^。!?！？]{1,16})?\d*$"
)


def _without_trailing_items(anchors: list[int], lines: Sequence[str]) -> list[int]:
    """The anchors less those at the end, after the last that ends a sentence, shorter
    than :data:`TRAILING_ITEM_MAX_CHARS` and ending none: a related headline long enough
    to anchor the body (``洛阳周末去哪儿？这74个地方免费开放 2021/10/26``) is the footer's.
    A sentence ends before a closing quote, a credit in brackets or a signature too
    (``…可控。（完）``, ``…推送。（编辑：薛佳）``, ``…文物故事。——编  者``).

    >>> paragraph = "会议要求，各单位压实责任，确保安全。"
    >>> _without_trailing_items([0, 1], [paragraph, "苏州这些博物馆周末免费开放 2023/05/12"])
    [0]
    """
    ends = [index for index in anchors if _ENDS_SENTENCE.search(lines[index].strip())]
    if not ends:
        return anchors
    kept = list(anchors)
    while kept and kept[-1] > ends[-1] and len(lines[kept[-1]].strip()) < TRAILING_ITEM_MAX_CHARS:
        kept.pop()
    return kept


def is_anchor(line: str) -> bool:
    """Does ``line`` read as a paragraph of the article (long enough, body-shaped, Chinese)?

    >>> is_anchor("4月7日,商洛市商州区增加一名新冠肺炎确诊病例。"), is_anchor("更多精彩,请关注本站")
    (True, False)
    """
    line = line.strip()
    return (
        len(line) >= ANCHOR_MIN_CHARS and is_body(line) and han_share_at_least(line, ANCHOR_MIN_HAN)
    )


def _cut(rule: LineRule, match: re.Match[str] | None, line: str) -> Cut:
    """What ``rule`` cuts of ``line``."""
    if match is None:
        return Cut(rule.label, 0, len(line), True)
    if rule.cut == "line":
        return _glued(rule, match, line)
    start, end = match.span()
    if not line[:start].strip():
        start = 0
    if not line[end:].strip():
        end = len(line)
    whole = start == 0 and end == len(line)
    return Cut(rule.label, start, end, whole)


def _glued(rule: LineRule, match: re.Match[str], line: str) -> Cut:
    """The whole line, unless article text stands before the match (a page stored as
    one line, its footer glued on): then only what follows the last sentence before it
    (``…做好防控工作。 Copyright … ICP备…号``).

    >>> rule = next(r for r in load_catalogue().rules if r.name == "icp-number")
    >>> line = "县长到隔离点调研，要求严格落实防控措施。 京ICP备11012345号"
    >>> cut = _glued(rule, rule.pattern.search(view(line)), line)
    >>> line[cut.start :], cut.whole_line
    (' 京ICP备11012345号', False)
    """
    ends = [found.end() for found in _ENDS.finditer(line, 0, match.start())]
    if not ends or not is_anchor(line[: ends[-1]]):
        return Cut(rule.label, 0, len(line), True)
    return Cut(rule.label, ends[-1], len(line), False)


def _groups(match: re.Match[str], line: str) -> Iterator[tuple[str, str]]:
    """The named groups that matched, as text of the line itself (not of its view)."""
    for name in match.re.groupindex:
        if match.group(name):
            yield name, line[match.start(name) : match.end(name)]


def strip_lines(text: str, verdicts: Sequence[LineVerdict]) -> tuple[str, list[Edit]]:
    """Apply the cuts of ``verdicts`` to ``text``; return the text and the edits.

    A removed line takes the line break and blank lines after it along; a removed line
    with nothing kept after it takes the line break before it instead.
    """
    spans = list(_spans(text, verdicts))
    edits: list[Edit] = []
    pieces: list[str] = []
    done = 0
    shift = 0
    for start, end, label in spans:
        pieces.append(text[done:start])
        edits.append(Edit(STEP_NAME, label, text[start:end], "", start - shift))
        shift += end - start
        done = end
    pieces.append(text[done:])
    return "".join(pieces), edits


def _spans(text: str, verdicts: Sequence[LineVerdict]) -> Iterator[tuple[int, int, str]]:
    filled = [v for v in verdicts if not _BLANK.fullmatch(v.line)]
    kept_after = [False] * len(filled)
    seen_kept = False
    for position in range(len(filled) - 1, -1, -1):
        kept_after[position] = seen_kept
        seen_kept = seen_kept or not filled[position].removed
    previous_end = 0
    for position, verdict in enumerate(filled):
        line_end = verdict.offset + len(verdict.line)
        cut = verdict.cut
        if cut is not None and not cut.whole_line:
            yield verdict.offset + cut.start, verdict.offset + cut.end, cut.label
        elif cut is not None:
            if kept_after[position]:
                following = filled[position + 1].offset
                yield verdict.offset, following, cut.label
            else:
                yield previous_end, line_end, cut.label
        previous_end = line_end


def run_boilerplate(text: str, config: CleanConfig) -> StepOutput:
    """The ``boilerplate`` step (see the module docs).

    A cut of part of a line (a byline lead, an inline piece) can leave a line that
    another rule knows, so the step looks again until nothing is cut (a few rounds at
    most): the lines are judged until a round cuts whole lines only, then the inline
    pieces are cut, and if there were any, the lines are judged again."""
    edits: list[Edit] = []
    meta: dict[str, Any] = {}
    text_view = view(text)
    # cuts only take text away: a strong spam term the text did not hold could only
    # form across a cut piece, which is not worth a scan of the text every round
    judge = _LineJudge(config, config.remove_spam and may_hold_spam(text_view))
    inline = INLINE not in config.keep_boilerplate
    for _ in range(MAX_ROUNDS):
        verdicts = _classify(text, text_view, config, judge)
        if any(verdict.cut for verdict in verdicts):
            seen = text, text_view
            text, round_edits = strip_lines(text, verdicts)
            text_view = view_again(text, *seen)
            edits.extend(round_edits)
            _add_meta(meta, _meta(verdicts))
            if not all(verdict.cut is None or verdict.removed for verdict in verdicts):
                continue  # part of a line went: judge what is left of it
        pieces = inline_pieces(text, text_view, judge.pieces) if inline else []
        if config.keep_boilerplate:
            pieces = [piece for piece in pieces if not kept(piece.label, config.keep_boilerplate)]
        if not pieces:
            break  # whole lines only, and nothing inside them: what is left was seen
        seen = text, text_view
        text, inline_edits = strip_pieces(text, pieces)
        text_view = view_again(text, *seen)
        edits.extend(inline_edits)
        _add_meta(meta, {"boilerplate_pieces": len(inline_edits)})
    return StepOutput(text, edits, meta)


def _add_meta(meta: dict[str, Any], found: dict[str, Any]) -> None:
    """Fold one round's findings into the step's meta: lists grow, counts add up, other
    values stay as the first round found them (the spam share of the text as it came)."""
    for key, value in found.items():
        if isinstance(value, list):
            known = meta.setdefault(key, [])
            known.extend(item for item in value if item not in known)
        elif isinstance(value, int):
            meta[key] = meta.get(key, 0) + value
        else:
            meta.setdefault(key, value)


def strip_pieces(text: str, pieces: Sequence[Piece]) -> tuple[str, list[Edit]]:
    """Cut ``pieces`` (in order, not overlapping) from ``text``; the text and the edits.

    >>> strip_pieces("ab（路透）cd（完）", inline_pieces("ab（路透）cd（完）"))[0]
    'abcd'
    """
    edits: list[Edit] = []
    kept: list[str] = []
    done = 0
    removed = 0
    for piece in pieces:
        kept.append(text[done : piece.start])
        edits.append(Edit(STEP_NAME, piece.label, piece.text, "", piece.start - removed))
        removed += piece.end - piece.start
        done = piece.end
    kept.append(text[done:])
    return "".join(kept), edits


MAX_ROUNDS = 6
"""The most times the step looks at a text it has cut part of a line from."""


def _meta(verdicts: Sequence[LineVerdict]) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    removed = sum(1 for v in verdicts if v.removed and not v.spam)
    if removed:
        meta["boilerplate_lines"] = removed
    spam = [v for v in verdicts if v.spam]
    if spam:
        filled = sum(len(v.line.strip()) for v in verdicts)
        meta["spam_lines"] = len(spam)
        meta["spam_share"] = round(sum(len(v.line.strip()) for v in spam) / filled, 3)
    for verdict in verdicts:
        for key, values in verdict.meta:
            known = meta.setdefault(key, [])
            known.extend(value for value in values if value not in known)
    return meta


BOILERPLATE_STEP = Step(STEP_NAME, run_boilerplate, enabled=lambda config: config.strip_boilerplate)


def strip_boilerplate(text: str, config: CleanConfig | None = None) -> CleanResult:
    """Cut site boilerplate and spam lines from ``text``; bylines go to meta.

    ``text`` should be cleaned already (one line per paragraph); :func:`textclean.clean`
    runs this as its ``boilerplate`` step.

    >>> strip_boilerplate("正文第一句,第二句。\\n(责任编辑:李欣欣)").text
    '正文第一句,第二句。'
    """
    output = run_boilerplate(text, config or CleanConfig())
    return CleanResult(output.text, tuple(output.edits), dict(output.meta))
