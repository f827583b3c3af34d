"""A labelled corpus for near-duplicate detection (MinHash + LSH).

    from dedup_corpus import generate, duplicate_pairs, containment_pairs, scale_documents

:func:`generate` makes ``stories`` distinct news stories (:func:`make_stories`: a headline
and paragraphs) and prints each of them in one or more documents, every document labelled
with its story and kind:

* ``original``: the story in Simplified script, sometimes with its own site's header and
  footer lines (source, date, navigation, editor, copyright, ...);
* ``reprint``: the same text under another site's header and footer, maybe with an SEO
  spam header;
* ``mirror``: in Traditional script (OpenCC ``s2t``) with a converter site's tone-marked
  pinyin glued after 30-100% of the Han characters (``關(guān)``), and another site's footer;
* ``truncated``: the first 85-95% of the body characters, cut at a sentence end (id suffix
  ``-k90``: 90% kept);
* ``edited``: 1-5% of the article characters substituted, inserted or deleted (id suffix
  ``-e3``: 3%);
* ``epaper``: an e-paper page (``第A03版：要闻 2020年04月10日``) printing 2-4 whole stories,
  each with its headline; ``story`` is None and ``contains`` names the stories;
* ``negative`` (hard negatives): stories printed in one identical site template (id suffix
  ``-t2``: template 2), some short, so most of their raw text is shared; each is a story of
  its own, the duplicate of nothing.

Copies differ from their original in punctuation width (``,`` or ``，``), indentation and
blank lines. Any two stories are as far apart as two real articles: the first ones take
the seeds' body paragraphs in order, each paragraph once; the rest are written by a
character model of those paragraphs (order 2, backing off to order 1), and no two stories
share a run of ``RUN`` characters.

:func:`scale_documents` streams many cheap documents (clauses of the same model) with a
share of near-copies, for speed and memory runs. Everything is drawn from
``random.Random(seed)``: same seed, same corpus.
"""

from __future__ import annotations

import collections
import datetime
import functools
import itertools
import random
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

BENCHMARKS = Path(__file__).resolve().parent
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))

import opencc  # noqa: E402
import pypinyin  # noqa: E402
from boilerplate_corpus import (  # noqa: E402
    NAMES,
    PAGES,
    SITES,
    Pen,
    Site,
    body_paragraphs,
    boilerplate_line,
    headlines,
    related_block,
    spam_header,
    trailing_credit,
)

KINDS = ("original", "reprint", "mirror", "truncated", "edited", "epaper", "negative")
VARIANTS = ("reprint", "mirror", "truncated", "edited")
P_VARIANT = {"reprint": 0.4, "mirror": 0.2, "truncated": 0.25, "edited": 0.3}
"""How often a story gets each kind of copy (one or two of them)."""
NEGATIVE_SHARE = 0.15  # of the stories: hard negatives, in templates of about 4
STORIES_PER_PAGE = 12  # one e-paper page per this many stories
RUN = 24
"""No two stories share a run of this many characters (real articles share up to ~21)."""
BACKOFF = 0.3  # the character model's chance of an order-1 step
SENTENCE_END = "。！？!?"
SENTENCE_ENDS = re.compile('[。！？!?…]+[”」』"’)）]*')
CLAUSE_ENDS = re.compile("[，,；;、]")
HAN = re.compile("[\u4e00-\u9fff]")
HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
WIDTH = {
    "full": str.maketrans(HALF_TO_FULL),
    "half": str.maketrans({v: k for k, v in HALF_TO_FULL.items()}),
}
HEADER = ("navigation", "date-line", "source", "share")
FOOTER = ("editor", "disclaimer", "hot-words", "share", "contact", "copyright", "registration")
TEMPLATE_CHARS = 420  # a hard-negative template has at least this many characters


class Story(NamedTuple):
    name: str  # "s012"
    headline: str
    paragraphs: tuple[str, ...]

    @property
    def lines(self) -> tuple[str, ...]:
        return (self.headline, *self.paragraphs)


class LabelledDocument(NamedTuple):
    id: str
    text: str
    story: str | None  # the story this document is a copy/variant of; None for e-paper pages
    kind: str  # one of KINDS
    contains: tuple[str, ...] = ()  # for 'epaper': the stories printed whole inside the page


# --- the character model ------------------------------------------------------------------


class Markov:
    """A character model of some paragraphs: order 2, an order-1 step ``BACKOFF`` of the
    time (so that it copies runs of a few characters, not whole sentences)."""

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self.starts = [p[:2] for p in paragraphs if len(p) >= 2]
        self.next1: dict[str, list[str]] = collections.defaultdict(list)
        self.next2: dict[str, list[str]] = collections.defaultdict(list)
        for p in paragraphs:
            for i in range(1, len(p)):
                self.next1[p[i - 1]].append(p[i])
                if i >= 2:
                    self.next2[p[i - 2 : i]].append(p[i])

    def text(self, rng: random.Random, length: int) -> str:
        """About ``length`` characters (at least that many), ending a sentence."""
        out = list(rng.choice(self.starts))
        while len(out) < length or out[-1] not in SENTENCE_END:
            if len(out) > length + 200:
                out.append("。")
                break
            context = "" if rng.random() < BACKOFF else out[-2] + out[-1]
            successors = self.next2.get(context) or self.next1.get(out[-1])
            out.extend(rng.choice(successors) if successors else rng.choice(self.starts))
        return "".join(out)

    def headline(self, rng: random.Random) -> str:
        """A clause of 6-20 characters without punctuation."""
        while True:
            clause = re.split(r"[^\u4e00-\u9fff0-9]", self.text(rng, 8))[0]
            if 6 <= len(clause) <= 20:
                return clause


@functools.cache
def markov() -> Markov:
    return Markov(body_paragraphs())


# --- stories ------------------------------------------------------------------------------


class _Runs:
    """The ``RUN``-character runs of the stories accepted so far."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    @staticmethod
    def of(text: str) -> Iterator[str]:
        return (text[i : i + RUN] for i in range(len(text) - RUN + 1))

    def fresh(self, text: str) -> bool:
        return not any(run in self.seen for run in self.of(text))

    def add(self, story: Story) -> None:
        for line in story.lines:
            self.seen.update(self.of(line))


class _StoryMaker:
    """Distinct stories: the seeds' paragraphs first (in order, each once), then the model's."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.runs = _Runs()
        self.seed_paragraphs = collections.deque(body_paragraphs())
        self.headlines = collections.deque(rng.sample(headlines(), len(headlines())))
        self.used: set[str] = set()

    def story(self, name: str, short: bool = False) -> Story:
        """3-8 paragraphs of 400-3000 characters (``short``: 1-2 of 200-500) and a headline."""
        paragraphs = None if short else self._seed_paragraphs()
        story = Story(name, self._headline(), paragraphs or self._model_paragraphs(short))
        self.runs.add(story)
        return story

    def _seed_paragraphs(self) -> tuple[str, ...] | None:
        """3-8 of the seeds' next paragraphs (400 characters at least), or None: used up."""
        count, taken = self.rng.randint(3, 8), []
        while self.seed_paragraphs and len(taken) < 8:
            if len(taken) >= count and sum(map(len, taken)) >= 400:
                return tuple(taken)
            paragraph = self.seed_paragraphs.popleft()
            if self.runs.fresh(paragraph):
                taken.append(paragraph)
        if len(taken) < 3 or sum(map(len, taken)) < 400:
            self.seed_paragraphs.clear()
            return None
        return tuple(taken)

    def _model_paragraphs(self, short: bool) -> tuple[str, ...]:
        low, high, fewest, most = (200, 500, 1, 2) if short else (400, 3000, 3, 8)
        while True:
            weights = [self.rng.uniform(0.5, 1.5) for _ in range(self.rng.randint(fewest, most))]
            total = self.rng.randint(low, high * 4 // 5)
            lengths = [max(30, round(total * weight / sum(weights))) for weight in weights]
            paragraphs = tuple(map(self._model_paragraph, lengths))
            if low <= sum(map(len, paragraphs)) <= high:
                return paragraphs

    def _model_paragraph(self, length: int) -> str:
        paragraph = markov().text(self.rng, length)
        while not self.runs.fresh(paragraph):
            paragraph = markov().text(self.rng, length)
        return paragraph

    def _headline(self) -> str:
        while self.headlines:
            headline = self.headlines.popleft()
            if self.runs.fresh(headline):
                self.used.add(headline)
                return headline
        headline = markov().headline(self.rng)
        while headline in self.used or not self.runs.fresh(headline):
            headline = markov().headline(self.rng)
        self.used.add(headline)
        return headline


def negative_count(stories: int) -> int:
    """How many of ``stories`` are hard negatives (the last ones)."""
    return max(4, round(stories * NEGATIVE_SHARE))


def make_stories(count: int, seed: int = 0) -> list[Story]:
    """The ``count`` stories of ``generate(count, seed)``, named ``s001``...: the last
    :func:`negative_count` are the hard negatives, every other one of them short."""
    if count < 12:
        raise ValueError("a corpus needs 12 stories at least")
    maker = _StoryMaker(random.Random(f"stories-{seed}"))
    first_negative = count - negative_count(count)
    width = max(3, len(str(count)))
    return [
        maker.story(f"s{i:0{width}d}", short=i > first_negative and i % 2 == 0)
        for i in range(1, count + 1)
    ]


# --- noise --------------------------------------------------------------------------------


def _punctuation(rng: random.Random, lines: Iterable[str]) -> list[str]:
    """The lines as a copying site prints them: punctuation kept, or all full or half width."""
    mode = rng.choice(("keep", "keep", "full", "half"))
    return [line if mode == "keep" else line.translate(WIDTH[mode]) for line in lines]


def _join(rng: random.Random, lines: Iterable[str]) -> str:
    """The lines joined with blank lines or not, maybe indented, with stray spaces."""
    separator = rng.choice(("\n", "\n\n", "\n\n", "\n \n"))
    indent = rng.choice(("", "", "", "　　", "  "))
    parts = []
    for line in lines:
        parts.append(indent + line + (" " if rng.random() < 0.05 else ""))
        if rng.random() < 0.05:
            parts.append("")
    return separator.join(parts)


@functools.cache
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


@functools.cache
def _pinyin(char: str) -> str | None:
    reading = pypinyin.pinyin(char, style=pypinyin.Style.TONE)[0][0]
    return reading if reading != char else None


def _annotate(rng: random.Random, text: str, share: float) -> str:
    """Tone-marked pinyin glued after ``share`` of the Han characters: ``關(guān)``."""
    out = []
    for char in text:
        out.append(char)
        reading = _pinyin(char) if HAN.match(char) and rng.random() < share else None
        if reading:
            out.append(f"({reading})")
    return "".join(out)


@functools.cache
def _common_characters() -> tuple[str, ...]:
    """The 600 most frequent Han characters of the seeds' paragraphs."""
    counts = collections.Counter(HAN.findall("".join(body_paragraphs())))
    return tuple(char for char, _ in counts.most_common(600))


def _edit(rng: random.Random, text: str, rate: float) -> str:
    """``rate`` of the Han characters edited: mostly substituted by other common
    characters, a few characters inserted or deleted."""
    chars = list(text)
    han = [i for i, char in enumerate(chars) if HAN.match(char)]
    common = _common_characters()
    for i in sorted(rng.sample(han, max(1, round(len(han) * rate))), reverse=True):
        roll = rng.random()
        if roll < 0.1:
            del chars[i]
        elif roll < 0.2:
            chars.insert(i, rng.choice(common))
        else:
            chars[i] = rng.choice([c for c in rng.sample(common, 2) if c != chars[i]])
    return "".join(chars)


def _cuts(paragraphs: Sequence[str], ends: re.Pattern[str]) -> list[tuple[int, int, int]]:
    """``(characters kept, paragraph, offset in it)`` of every place ``ends`` allows a cut."""
    cuts, before = [], 0
    for index, paragraph in enumerate(paragraphs):
        cuts += [(before + end.end(), index, end.end()) for end in ends.finditer(paragraph)]
        before += len(paragraph)
    return cuts


def _truncate(rng: random.Random, paragraphs: Sequence[str]) -> tuple[list[str], int]:
    """The paragraphs cut at the sentence end nearest to 85-95% of their characters (at a
    clause end if no sentence ends there), and the share kept in percent."""
    total = sum(map(len, paragraphs))
    target = total * rng.uniform(0.85, 0.95)
    cuts = [
        [cut for cut in _cuts(paragraphs, ends) if 0.85 <= cut[0] / total <= 0.95]
        for ends in (SENTENCE_ENDS, CLAUSE_ENDS)
    ]
    fallback = [cut for cut in _cuts(paragraphs, SENTENCE_ENDS) if cut[0] < total]
    kept, index, end = min(cuts[0] or cuts[1] or fallback, key=lambda cut: abs(cut[0] - target))
    return [*paragraphs[:index], paragraphs[index][:end]], round(100 * kept / total)


# --- site lines ---------------------------------------------------------------------------


def _pen(rng: random.Random, site: Site, story: Story, day: datetime.date) -> Pen:
    return Pen(
        rng=rng,
        site=site,
        day=day,
        reporters=rng.sample(NAMES, 2),
        editors=rng.sample(NAMES, 2),
        headline=story.headline,
        lead=story.paragraphs[0],
    )


def _lines(p: Pen, categories: Sequence[str], share: float) -> list[str]:
    return [boilerplate_line(p, category) for category in categories if p.rng.random() < share]


def _light_lines(p: Pen) -> tuple[list[str], list[str]]:
    """A site's own few header and footer lines (none a third of the time)."""
    if p.rng.random() < 0.33:
        return [], []
    return _lines(p, HEADER, 0.35), _lines(p, FOOTER, 0.35)


def _reprint_lines(p: Pen) -> tuple[list[str], list[str]]:
    """A reprinting site's header (with a source line, maybe a spam header and the
    original title) and footer (with its copyright, maybe a related-links block)."""
    header = [spam_header(p)] if p.rng.random() < 0.25 else []
    header += _lines(p, ("navigation", "date-line"), 0.5)
    header += [boilerplate_line(p, "source"), *_lines(p, ("original-title", "share"), 0.3)]
    footer = _lines(p, FOOTER, 0.5)
    if p.rng.random() < 0.4:
        footer += related_block(p)
    return header, [*footer, boilerplate_line(p, "copyright")]


def _other_site(rng: random.Random, site: Site) -> Site:
    return rng.choice([s for s in SITES if s != site])


# --- the documents of a story -------------------------------------------------------------


class _Home(NamedTuple):
    """Where and when a story first appeared."""

    site: Site
    day: datetime.date


def _document(
    rng: random.Random, doc_id: str, story: Story, kind: str, parts: Sequence[Sequence[str]]
) -> LabelledDocument:
    lines = [line for part in parts for line in part]
    return LabelledDocument(doc_id, _join(rng, lines), story.name, kind)


def _original(rng: random.Random, story: Story, home: _Home) -> LabelledDocument:
    header, footer = _light_lines(_pen(rng, home.site, story, home.day))
    return _document(
        rng, f"{story.name}-original", story, "original", (header, story.lines, footer)
    )


def _later(rng: random.Random, home: _Home) -> datetime.date:
    return home.day + datetime.timedelta(days=rng.randint(0, 5))


def _reprint(rng: random.Random, story: Story, home: _Home, number: int) -> LabelledDocument:
    p = _pen(rng, _other_site(rng, home.site), story, _later(rng, home))
    header, footer = _reprint_lines(p)
    article = _punctuation(rng, story.lines)
    return _document(
        rng, f"{story.name}-reprint-{number}", story, "reprint", (header, article, footer)
    )


def _mirror(rng: random.Random, story: Story, home: _Home, number: int) -> LabelledDocument:
    p = _pen(rng, _other_site(rng, home.site), story, _later(rng, home))
    share = rng.uniform(0.3, 1.0)
    s2t = _s2t().convert
    article = [_annotate(rng, s2t(line), share) for line in _punctuation(rng, story.lines)]
    header = [spam_header(p)] if rng.random() < 0.3 else []
    footer = [s2t(line) for line in [*_lines(p, FOOTER, 0.5), boilerplate_line(p, "copyright")]]
    return _document(
        rng, f"{story.name}-mirror-{number}", story, "mirror", (header, article, footer)
    )


def _truncated(rng: random.Random, story: Story, home: _Home, number: int) -> LabelledDocument:
    site = home.site if rng.random() < 0.5 else _other_site(rng, home.site)
    p = _pen(rng, site, story, _later(rng, home))
    header, footer = _light_lines(p) if site == home.site else _reprint_lines(p)
    paragraphs, kept = _truncate(rng, story.paragraphs)
    article = _punctuation(rng, [story.headline, *paragraphs])
    doc_id = f"{story.name}-truncated-{number}-k{kept}"
    return _document(rng, doc_id, story, "truncated", (header, article, footer))


def _edited(rng: random.Random, story: Story, home: _Home, number: int) -> LabelledDocument:
    site = home.site if rng.random() < 0.5 else _other_site(rng, home.site)
    p = _pen(rng, site, story, _later(rng, home))
    header, footer = _light_lines(p) if site == home.site else _reprint_lines(p)
    percent = rng.randint(1, 5)
    article = _edit(rng, "\n".join(story.lines), percent / 100).split("\n")
    doc_id = f"{story.name}-edited-{number}-e{percent}"
    return _document(rng, doc_id, story, "edited", (header, _punctuation(rng, article), footer))


MAKERS = {"reprint": _reprint, "mirror": _mirror, "truncated": _truncated, "edited": _edited}


def _story_documents(
    rng: random.Random, story: Story, home: _Home, must: str | None
) -> list[LabelledDocument]:
    """The story's original and a random set of copies (``must``: one of that kind)."""
    docs = [_original(rng, story, home)]
    for kind in VARIANTS:
        copies = 1 if kind == must else 0
        if rng.random() < P_VARIANT[kind]:
            copies = rng.choice((1, 1, 1, 2))
        docs += [MAKERS[kind](rng, story, home, n) for n in range(1, copies + 1)]
    return docs


# --- e-paper pages ------------------------------------------------------------------------


def _page_header(rng: random.Random, site: Site, day: datetime.date) -> list[str]:
    """``第A03版：要闻 2020年04月10日``, maybe with the paper's name before."""
    page = f"{rng.choice(('', 'A', 'B'))}{rng.randint(1, 16):02d}"
    date = rng.choice((f"{day.year}年{day.month:02d}月{day.day:02d}日", day.isoformat()))
    colon = rng.choice(("：", ":", "："))
    header = [f"第{page}版{colon}{rng.choice(PAGES)} {date}"]
    if rng.random() < 0.4:
        header.insert(0, f"{site.paper} {date}")
    return header


def _epaper(
    rng: random.Random, number: int, stories: Sequence[Story], homes: dict[str, _Home]
) -> LabelledDocument:
    """A page printing ``stories`` whole, one after another, maybe each with a credit."""
    home = homes[stories[0].name]
    lines = _page_header(rng, home.site, home.day)
    for story in stories:
        lines += story.lines
        if rng.random() < 0.3:
            lines.append(trailing_credit(_pen(rng, home.site, story, home.day)))
    if rng.random() < 0.5:
        lines.append(rng.choice(("上一版　下一版", "返回目录", "版面导航")))
    names = tuple(story.name for story in stories)
    return LabelledDocument(f"page-{number:02d}", _join(rng, lines), None, "epaper", names)


def _epapers(
    rng: random.Random, stories: Sequence[Story], homes: dict[str, _Home]
) -> list[LabelledDocument]:
    """One page for every ``STORIES_PER_PAGE`` stories, each page with 2-4 of them (a story
    is on one page at most)."""
    sizes = [rng.randint(2, 4) for _ in range(max(1, len(stories) // STORIES_PER_PAGE))]
    chosen = iter(rng.sample(list(stories), sum(sizes)))
    return [
        _epaper(rng, number, list(itertools.islice(chosen, size)), homes)
        for number, size in enumerate(sizes, 1)
    ]


# --- hard negatives -----------------------------------------------------------------------


def _template(rng: random.Random, stories: Sequence[Story]) -> tuple[list[str], list[str]]:
    """One site's header and footer lines (with a related-links block naming none of
    ``stories``), ``TEMPLATE_CHARS`` characters at least."""
    day = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randrange(5 * 365))
    p = _pen(rng, rng.choice(SITES), stories[0], day)
    header = [boilerplate_line(p, category) for category in HEADER]
    related = related_block(p)
    while any(story.headline in line for line in related for story in stories):
        related = related_block(p)
    footer = [boilerplate_line(p, "editor"), *related]
    categories = itertools.cycle(("contact", "copyright", "registration", "disclaimer"))
    while sum(map(len, header + footer)) < TEMPLATE_CHARS:
        line = boilerplate_line(p, next(categories))
        if line not in header + footer:
            footer.append(line)
    return header, footer


def _negatives(rng: random.Random, stories: Sequence[Story]) -> list[LabelledDocument]:
    """The stories in templates of about 4, every story of a group in the same lines."""
    groups = max(1, len(stories) // 4)
    docs = []
    for number in range(1, groups + 1):
        members = stories[number - 1 :: groups]
        header, footer = _template(rng, members)
        separator = rng.choice(("\n", "\n\n"))
        docs += [
            LabelledDocument(
                f"{story.name}-negative-t{number}",
                separator.join((*header, *story.lines, *footer)),
                story.name,
                "negative",
            )
            for story in members
        ]
    return docs


# --- the corpus ---------------------------------------------------------------------------


def generate(stories: int = 80, seed: int = 0) -> list[LabelledDocument]:
    """The labelled documents of ``stories`` stories (:func:`make_stories`), in random order."""
    rng = random.Random(seed)
    pool = make_stories(stories, seed)
    cut = stories - negative_count(stories)
    regular, negatives = pool[:cut], pool[cut:]
    start = datetime.date(2019, 1, 1)
    homes = {
        story.name: _Home(rng.choice(SITES), start + datetime.timedelta(days=rng.randrange(1800)))
        for story in regular
    }
    docs = []
    for index, story in enumerate(regular):
        must = VARIANTS[index] if index < len(VARIANTS) else None
        docs += _story_documents(rng, story, homes[story.name], must)
    docs += _epapers(rng, regular, homes)
    docs += _negatives(rng, negatives)
    rng.shuffle(docs)
    return docs


def duplicate_pairs(docs: Iterable[LabelledDocument]) -> set[frozenset[str]]:
    """Every unordered pair of ids of two documents of the same story (no e-paper pages)."""
    by_story: dict[str, list[str]] = collections.defaultdict(list)
    for doc in docs:
        if doc.story is not None:
            by_story[doc.story].append(doc.id)
    return {frozenset(pair) for ids in by_story.values() for pair in itertools.combinations(ids, 2)}


def containment_pairs(docs: Iterable[LabelledDocument]) -> set[tuple[str, str]]:
    """``(document of story S, e-paper page printing S)`` for every such pair."""
    docs = list(docs)
    pages = [(doc.id, set(doc.contains)) for doc in docs if doc.kind == "epaper"]
    return {(doc.id, page) for doc in docs for page, names in pages if doc.story in names}


# --- a large corpus for speed and memory --------------------------------------------------


def _clauses(rng: random.Random, count: int) -> list[str]:
    """About ``count`` clauses (ending with their punctuation) of the character model."""
    text = markov().text(rng, count * 12)
    return [clause for clause in re.split("(?<=[，。、；！？,;!?])", text) if len(clause) > 1]


def _scale_text(rng: random.Random, clauses: Sequence[str], count: int) -> str:
    """``count`` random clauses, in paragraphs of 4-12."""
    picked = rng.choices(clauses, k=count)
    paragraphs, start = [], 0
    while start < count:
        end = start + rng.randint(4, 12)
        paragraphs.append("".join(picked[start:end]))
        start = end
    return "\n\n".join(paragraphs)


def scale_documents(
    n: int, chars: int = 2000, duplicate_share: float = 0.1, seed: int = 0
) -> Iterator[tuple[str, str]]:
    """``(id, text)`` of ``n`` documents of about ``chars`` characters, streamed: distinct
    ones (``doc-000123``: random clauses of the character model) and, ``duplicate_share``
    of the time, a near-copy of an earlier one (``doc-000456-copy-of-000123``: up to 10% of
    its end cut, 1-3% of its Han characters edited)."""
    rng = random.Random(seed)
    clauses = _clauses(rng, 20_000)
    per_doc = max(1, round(chars / (sum(map(len, clauses)) / len(clauses))))
    sample: list[tuple[int, str]] = []  # a uniform sample of the distinct documents so far
    distinct = 0
    for index in range(n):
        if sample and rng.random() < duplicate_share:
            source, text = rng.choice(sample)
            text = _edit(
                rng, text[: round(len(text) * rng.uniform(0.9, 1.0))], rng.uniform(0.01, 0.03)
            )
            yield f"doc-{index:06d}-copy-of-{source:06d}", text
            continue
        text = _scale_text(rng, clauses, per_doc)
        distinct += 1
        if len(sample) < 1000:
            sample.append((index, text))
        elif (slot := rng.randrange(distinct)) < 1000:
            sample[slot] = (index, text)
        yield f"doc-{index:06d}", text


def main() -> None:
    """Print the sizes of ``generate()`` by kind and its pairs."""
    docs = generate()
    print(collections.Counter(doc.kind for doc in docs))
    print(f"{len(docs)} documents, {len(duplicate_pairs(docs))} duplicate pairs,", end=" ")
    print(f"{len(containment_pairs(docs))} containment pairs")


if __name__ == "__main__":
    main()
