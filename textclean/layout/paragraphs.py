"""Paragraphs: sentences cut by e-paper column and page breaks, joined again.

An e-paper page is set in columns; scraped, each column end becomes a paragraph
break, often in the middle of a word (``俩孩`` / ``子都打电话了``), and a headline of
the next article can land inside a sentence of this one. The *paragraphs* step reads
each break between two non-blank lines (its *pieces*) and decides:

- **join** when the first piece does not end a sentence and the second continues it:
  the first is body text (it holds a clause mark ``，,；;`` or ends in one), or it
  is a fragment whose last character and the next piece's first form a known word;
  the second piece must not open a new article (``本报讯``, ``□记者``, ...);
- **move a headline**: body text cut off, then a headline-like line (short, no clause
  mark, no final punctuation), then the rest of the sentence: the sentence is joined
  and the headline goes before it, as its own paragraph;
- otherwise **keep** the break: a headline stays above its article, two paragraphs
  stay two.

It also removes e-paper continuation marks (``(上接一版)``, ``（下转第2版）``).
Every join, move and removal is an :class:`~textclean.document.Edit` of step
``"paragraphs"``; the step runs after the whitespace step (lines trimmed).

>>> from textclean.config import CleanConfig
>>> run_paragraphs("彭秀平说,我给在外打工的俩孩\\n\\n子都打电话了。", CleanConfig()).text
'彭秀平说,我给在外打工的俩孩子都打电话了。'
>>> text = "因道路狭窄,巡逻\\n\\n与死神赛跑 惊心动魄20分\\n\\n队员王利清一路小跑过来。"
>>> print(run_paragraphs(text, CleanConfig()).text)
与死神赛跑 惊心动魄20分
<BLANKLINE>
因道路狭窄,巡逻队员王利清一路小跑过来。
"""

from __future__ import annotations

import re
from typing import NamedTuple

from textclean.config import CleanConfig
from textclean.document import Edit
from textclean.encoding.charsets import is_word_pair
from textclean.layout.width import HAN
from textclean.rewrite import Rule, rewrite
from textclean.steps import Step, StepOutput

STEP_NAME = "paragraphs"

CLOSERS = "”’」』\"'"
CLAUSE_MARKS = "，,；;"
"""Marks that only body text has; headlines are set without them (``、`` they may have)."""
HEADLINE_MAX = 32
"""The longest line (in characters) still taken for a headline."""
REJOIN_MAX_ROUNDS = 3

_ARTICLE_START = re.compile(
    r"(?:本报讯|本報訊|本报|本報|新华社|新華社|中新社|中新网|中新網|据悉|據悉|□|■|●|◆|▲|【"
    r"|[(（]?(?:记者|記者|通讯员|通訊員|实习记者|實習記者))"
)
"""How a new article or a byline starts: a break before one is never a cut sentence."""

_CONTINUATION_MARK = (
    r"[(（]\s*(?:上|下|紧|緊|接)?\s*(?:接|转|轉|续|續)\s*(?:第\s*)?[A-Za-z]?\s*"
    r"[0-9０-９一二三四五六七八九十百零〇]+\s*(?:版|页|頁)\s*[)）]"
)
_PAD = "[ \\t\u3000]*"
_MARK_CORE = re.compile(
    r"[接转轉续續]\s*(?:第\s*)?[A-Za-z]?\s*[0-9０-９一二三四五六七八九十百零〇]+\s*[版页頁]"
)
"""What every continuation mark holds (``接第2版``): one search for it decides whether
the mark's rules need to scan the text (7 times faster than the first of them: on news,
``接`` and ``转`` are everywhere)."""


def _continuation_rule(name: str, pattern: str) -> Rule:
    return Rule(
        name,
        re.compile(pattern, re.MULTILINE),
        lambda m: m.groupdict().get("indent") or "",
        lambda m: f"e-paper continuation mark {m.group().strip()}",
    )


CONTINUATION_RULES = (
    # a mark on a line of its own goes with the line break after it, or before it at the end
    _continuation_rule("continuation-last-line", f"\\n+{_PAD}{_CONTINUATION_MARK}{_PAD}\\Z"),
    _continuation_rule("continuation-line", f"^{_PAD}{_CONTINUATION_MARK}{_PAD}(?:\\n+|\\Z)"),
    # inside a line: with the spaces before it; at the start, the spaces after it
    _continuation_rule(
        "continuation-mark",
        f"^(?P<indent>{_PAD}){_CONTINUATION_MARK}{_PAD}|{_PAD}{_CONTINUATION_MARK}",
    ),
)


def ends_sentence(piece: str) -> bool:
    """Is ``piece`` complete? Only a piece that ends in a Chinese character, a letter or
    digit, a clause mark or an opening bracket is open; so is one that ends in a closing
    quote right after a Chinese character (``叫“新机制”``). Anything else (final
    punctuation, a closing bracket, residue such as ``/p>``) ends it.

    >>> ends_sentence("他说:“好。”"), ends_sentence("(王明阳 柳真真)"), ends_sentence("叫“新机制”")
    (True, True, False)
    """
    if not piece:
        return True
    last = piece[-1]
    if last in CLOSERS and len(piece) > 1:
        return not _HAN.match(piece[-2])
    return not (_HAN.match(last) or _is_latin(last) or last in OPEN_ENDS)


OPEN_ENDS = "，,、；;“「『(（《【-—"
"""Marks a sentence can be cut after (clause marks, opening brackets, a hyphen)."""
_HAN = re.compile(f"[{HAN}]")


def is_body(piece: str) -> bool:
    """Does ``piece`` read as body text? It holds a clause mark or a full sentence, quotes
    speech (``说:“``), or opens an article (``本报讯``): headlines do none of these.

    >>> is_body("控政策,县委书记"), is_body("医生说:“病"), is_body("孔阳深入谭庄等乡镇督导工作")
    (True, True, False)
    """
    return (
        _BODY_MARK.search(piece, 0, len(piece) - 1) is not None
        or _BODY_END.search(piece, max(len(piece) - 2, 0)) is not None
        or _NEWS_LEAD.match(piece) is not None
    )


_SPEECH = '[:：][“「"]'
_BODY_MARK = re.compile(f"[{CLAUSE_MARKS}。！？!?]|{_SPEECH}")
"""A clause mark, a full stop or speech before a piece's last character (one search in
C: the paragraphs step asks it at every break)."""
_BODY_END = re.compile(f"[{CLAUSE_MARKS}]\\Z|{_SPEECH}\\Z")
"""A clause mark as a piece's last character, or speech that ends it."""
_NEWS_LEAD = re.compile("本报讯|本報訊|新华社|新華社|中新社|中新网|中新網")


def looks_like_headline(piece: str) -> bool:
    """A headline, byline or label: short, without clause marks, not ending a sentence.

    >>> looks_like_headline("与死神赛跑 惊心动魄20分"), looks_like_headline("控政策,县委书记")
    (True, False)
    """
    return len(piece) <= HEADLINE_MAX and not is_body(piece) and not ends_sentence(piece)


def opens_article(piece: str) -> bool:
    """Does ``piece`` start a new article or a byline (``本报讯``, ``□记者 马治卫``)?"""
    return _ARTICLE_START.match(piece) is not None


def cut_inside_word(first: str, second: str) -> bool:
    """Does the break between ``first`` and ``second`` fall inside a word? The characters
    on either side of it form a known word pair, and either side alone ends (or starts)
    mid-word: ``俩孩`` / ``子都``, ``相关负责`` / ``人表示``. A headline ends on a whole word,
    and the paragraph after it starts on one (``至上`` / ``一分`` is two words).

    >>> cut_inside_word("俩孩", "子都打电话了"), cut_inside_word("生命至上", "一分部署")
    (True, False)
    """
    return is_word_pair(first[-1:] + second[:1]) and not (
        is_word_pair(first[-2:]) and is_word_pair(second[:2])
    )


def continues(first: str, second: str, after: str = "") -> bool:
    """Is ``second`` the rest of the sentence that ``first`` leaves unfinished?

    >>> continues("彭秀平口中的“新机制”,是商水", "县正在实行的入户管理机制。")
    True
    >>> continues("孔阳深入谭庄等乡镇督导疫情防控工作", "本报讯(记者 马治卫)4月4日,孔阳到谭庄。")
    False
    """
    if ends_sentence(first) or opens_article(second):
        return False
    if _is_latin(first[-1]) and not (_is_latin(second[0]) or second[0] in AFTER_NUMBER):
        return False  # a phone number, a code, a year: cut before a new sentence
    # without any clause mark: the start of a first clause, or a headline
    # ``after`` (the piece after ``second``): a sentence cut twice goes on from there
    open_sentence = (
        first[-1] in OPEN_ENDS
        or is_body(first)
        or (
            is_fragment(first, second)
            and (
                is_body(second)
                or ends_sentence(second)
                or bool(after and is_fragment(second, after))
            )
        )
    )
    # a credit, a link or a label: site furniture, not half a sentence (asked last: it
    # costs the most, and only a break that would be joined needs the answer)
    return open_sentence and not furniture(first, second)


STANDS_ALONE_MAX = 80
"""Furniture is short: a longer piece is not looked at for it."""


def furniture(*pieces: str) -> bool:
    """Is one of ``pieces`` site furniture that is never joined to text (see
    :func:`textclean.boilerplate.structure.stands_alone`)? Imported when first asked:
    the boilerplate package reads this module."""
    from textclean.boilerplate.structure import stands_alone

    return any(len(piece) <= STANDS_ALONE_MAX and stands_alone(piece) for piece in pieces)


def is_fragment(piece: str, following: str) -> bool:
    """Is ``piece`` the start of a clause that ``following`` goes on with? It is cut
    inside a word, or ends on a word that needs one after it (``今年63岁的``, ``会议还``),
    and it has none of the spaces, colons or dashes between phrases of a headline."""
    if _HEADLINE_SHAPE.search(piece):
        return False
    return cut_inside_word(piece, following) or dangles(piece)


DANGLING = (
    "的地得和与與及或是对對把被将將从從向给給让讓于於并並但都就还還又再很最更其之所该該这這那每各"
)
"""Function words that a headline does not end on: a piece ending on one goes on below."""


def dangles(piece: str) -> bool:
    """Does ``piece`` end on a function word (one that is not the end of a longer word)?

    >>> dangles("今年63岁的"), dangles("会议还"), dangles("不文明行为"), dangles("防控工作")
    (True, True, False, False)
    """
    return piece[-1:] in DANGLING and (piece[-1] == "的" or not is_word_pair(piece[-2:]))


AFTER_NUMBER = "年月日时時分秒万萬亿億元余餘多个個名人次件岁歲米%％"
"""Characters that go on after a number: a break between them cuts a sentence."""

_HEADLINE_SHAPE = re.compile("[ \u3000:：—_|]|--")


class Piece(NamedTuple):
    """A non-blank line: its text, and the text between it and the next piece."""

    text: str
    gap: str


def _pieces(text: str) -> tuple[str, list[Piece]]:
    """``text`` as the blank text before its first piece, and its pieces (at least one)."""
    parts = _GAP.split(text)  # piece, gap, piece, ..., piece: the first and last may be ""
    head = ""
    if parts[0] == "" and len(parts) > 1:
        head, parts = parts[1], parts[2:]
    pieces = [Piece(parts[i], parts[i + 1]) for i in range(0, len(parts) - 1, 2)]
    if parts[-1] or not pieces:
        pieces.append(Piece(parts[-1], ""))
    return head, pieces


_GAP = re.compile(r"(\s*\n\s*)")


def _joiner(first: str, second: str) -> str:
    """What replaces a break inside a sentence: nothing, or a space between two Latin words."""
    return " " if _is_latin(first[-1:]) and _is_latin(second[:1]) else ""


def _is_latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


def rejoin(text: str) -> tuple[str, list[Edit]]:
    """One pass of joins and headline moves over ``text``; the new text and its edits."""
    head, pieces = _pieces(text)
    edits: list[Edit] = []
    done: list[str] = [head]  # text that no later decision changes
    done_length = len(head)
    current, gap = pieces[0]
    index = 1
    while index < len(pieces):
        following, following_gap = pieces[index]
        if _cut_by(current, pieces, index):
            moved = _moved_headline(current, pieces, index)
            if moved is not None:
                headline, headline_gap, rest, rest_gap = moved
                joiner = _joiner(current, rest)
                before = current + gap + headline + headline_gap
                after = headline + gap + current + joiner
                edits.append(Edit(STEP_NAME, MOVE_REASON, before, after, done_length))
                done.append(headline + gap)
                done_length += len(headline) + len(gap)
                current += joiner + rest
                gap = rest_gap
                index += 2
                continue
        elif continues(current, following, _text_after(pieces, index)):
            joiner = _joiner(current, following)
            start = done_length + len(current)
            edits.append(Edit(STEP_NAME, JOIN_REASON, gap, joiner, start))
            current += joiner + following
            gap = following_gap
            index += 1
            continue
        done.append(current + gap)
        done_length += len(current) + len(gap)
        current, gap = following, following_gap
        index += 1
    done.append(current + gap)
    return "".join(done), edits


JOIN_REASON = "sentence cut by a column or page break, joined"
MOVE_REASON = "headline inside a sentence moved before it"


def _cut_by(current: str, pieces: list[Piece], index: int) -> bool:
    """Does a headline-like line interrupt ``current``, rather than continue it?"""
    following = pieces[index].text
    if ends_sentence(current) or not looks_like_headline(following):
        return False
    after = _text_after(pieces, index)
    if after and is_fragment(following, after):
        return False  # a short piece cut inside a word at its end: a fragment
    # a word across the break to the headline may be chance ("不计得" / "志愿者"); one
    # across it to the piece after the headline ("得" / "失") says where the sentence goes
    return not cut_inside_word(current, following) or bool(
        after and cut_inside_word(current, after)
    )


def _text_after(pieces: list[Piece], index: int) -> str:
    return pieces[index + 1].text if index + 1 < len(pieces) else ""


def _moved_headline(
    current: str, pieces: list[Piece], index: int
) -> tuple[str, str, str, str] | None:
    """``(headline, gap after it, rest, gap after the rest)`` when ``pieces[index]`` is a
    headline dropped inside the sentence ``current`` leaves unfinished, else None."""
    if index + 1 >= len(pieces):
        return None
    headline, headline_gap = pieces[index]
    rest, rest_gap = pieces[index + 1]
    if opens_article(rest) or not (
        is_body(rest) or ends_sentence(rest) or is_fragment(rest, _text_after(pieces, index + 1))
    ):
        return None
    if not (is_body(current) or is_fragment(current, rest)):
        return None
    # the headline stays a headline where it lands: above the joined sentence
    if continues(headline, current + rest):
        return None
    if furniture(current, rest):
        return None  # furniture is never joined to text
    return headline, headline_gap, rest, rest_gap


def run_paragraphs(text: str, config: CleanConfig) -> StepOutput:
    """The paragraphs step: continuation marks out, cut sentences joined, until stable."""
    edits: list[Edit] = []
    if config.remove_continuation_marks and _MARK_CORE.search(text):
        text, edits = rewrite(text, CONTINUATION_RULES, STEP_NAME)
    if config.rejoin_paragraphs:
        for _ in range(REJOIN_MAX_ROUNDS):
            text, found = rejoin(text)
            if not found:
                break
            edits.extend(found)
    return StepOutput(text, edits)


PARAGRAPHS_STEP = Step(
    STEP_NAME,
    run_paragraphs,
    enabled=lambda config: config.rejoin_paragraphs or config.remove_continuation_marks,
)
