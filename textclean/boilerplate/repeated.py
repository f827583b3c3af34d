"""Lines repeated across a site's pages: the corpus stage that finds footers no rule knows.

Two passes. The first hashes every line of every document (:func:`line_keys`): a 64-bit
hash of the document's source (the URL host when its meta has a ``url``, else the
directory of its file) and of the line's normalised form (the matching view, without
spaces). :class:`RepeatedLineCounter` keeps only these hashes, 8 bytes per distinct line
of each document, never the texts. A line is *repeated* when it is in at least
``min_documents`` documents of one source with different texts: a copy of a text seen
before is not counted again (a set of whole-text hashes), so a site that holds an
article three times does not lose it. The second pass (:func:`strip_repeated`) cuts the
repeated lines in the header and footer zones, and short non-sentence lines anywhere;
a repeated sentence between two paragraphs of the article stays (a daily bulletin's
set phrase is text). Nothing is cut from a document when the repeated lines make up
more than half of it (then it is most likely a copy of another one: dedup's business).

>>> footer = "愿您在这里度过美好的阅读时光 期待与您再次相遇"
>>> bodies = [
...     "县委昨日召开常委会议,研究部署冬春季防疫工作。",
...     "乡里开展送温暖活动,慰问困难群众一百余户。",
...     "记者从市场监管局获悉,节前市场供应充足,价格平稳。",
... ]
>>> docs = [Document(f"{n}.txt", f"{body}\\n\\n{footer}", {"source": f"site/{n}.txt"})
...         for n, body in enumerate(bodies)]
>>> counter = RepeatedLineCounter()
>>> for doc in docs:
...     counter.add(line_keys(doc))
>>> repeated = counter.repeated(min_documents=3)
>>> strip_repeated(docs[0], line_keys(docs[0]), repeated).text
'县委昨日召开常委会议,研究部署冬春季防疫工作。'
"""

from __future__ import annotations

import hashlib
import re
from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import Any
from urllib.parse import urlsplit

import numpy as np

from textclean.boilerplate.strip import Cut, LineVerdict, is_anchor, strip_lines
from textclean.boilerplate.structure import has_sentence_end, roles, signal_label
from textclean.boilerplate.view import view
from textclean.document import Document
from textclean.layout.paragraphs import is_body
from textclean.layout.width import HAN

CATEGORY = "repeated"
RULE = "repeated-line"
MIN_LINE_CHARS = 2
"""Normalised lines shorter than this are not counted (a lone digit or mark)."""
MAX_SHARE = 0.5
"""The most of a document's characters the stage cuts; more, and it cuts nothing."""

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class LineKeys:
    """A document's line hashes (0 for a blank or too short line), its fingerprint, its
    source, and the hashes of its lines' templates (0 for a line that has none)."""

    keys: tuple[int, ...]
    fingerprint: int
    group: str
    shapes: tuple[int, ...] = ()

    def to_list(self) -> list[Any]:
        return [list(self.keys), self.fingerprint, self.group, list(self.shapes)]

    @classmethod
    def from_list(cls, record: Sequence[Any]) -> LineKeys:
        shapes = tuple(record[3]) if len(record) > 3 else ()
        return cls(tuple(record[0]), int(record[1]), str(record[2]), shapes)

    def counted(self) -> set[int]:
        """The distinct hashes a document adds to the counts: its lines' and templates'."""
        return {key for key in (*self.keys, *self.shapes) if key}


def source_group(meta: Mapping[str, Any]) -> str:
    """The site a document comes from: the host of its ``url``, else its file's directory.

    >>> source_group({"url": "https://www.gjnews.cn/a/1.html", "source": "x.jsonl"})
    'www.gjnews.cn'
    >>> source_group({"source": "crawl/gjnews/004.txt"})
    'crawl/gjnews'
    """
    fields = meta.get("fields")
    url = meta.get("url") or (fields.get("url") if isinstance(fields, dict) else None)
    if isinstance(url, str):
        host = urlsplit(url.strip()).hostname
        if host:
            return host
    source = meta.get("source")
    return str(PurePath(str(source)).parent) if source else ""


def normalize_line(line: str) -> str:
    """The form of a line that is counted: the view, without spaces.

    >>> normalize_line("各界新聞網 版權所有 Copyright 2006-2020")
    '各界新闻网版权所有copyright2006-2020'
    """
    return _SPACE.sub("", view(line))


def _hash(*parts: str) -> int:
    digest = hashlib.blake2b("\x00".join(parts).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little") or 1  # 0 means "not counted"


def line_keys(document: Document, templates: bool = True) -> LineKeys:
    """The hashes of ``document``'s lines (in order) for its source group, and of their
    templates (``templates``: see :func:`line_template`)."""
    group = source_group(document.meta)
    keys = []
    shapes = []
    for line in document.text.split("\n"):
        line_view = view(line) if line.strip() else ""
        normalized = _SPACE.sub("", line_view)
        keys.append(_hash(group, normalized) if len(normalized) >= MIN_LINE_CHARS else 0)
        template = line_template(line_view) if templates and normalized else None
        shapes.append(_hash(TEMPLATE, group, template) if template else 0)
    return LineKeys(tuple(keys), _hash(document.text), group, tuple(shapes) if templates else ())


TEMPLATE = "template"
TEMPLATE_MAX_CHARS = 40
"""The longest line that has a template: furniture is short."""
TEMPLATE_MIN_FIXED = 2
"""The fewest characters a template keeps as they are (besides marks): ``编辑|▢`` keeps 2."""
_NAME_RUN = re.compile(f"(?<!\\w)[{HAN}]{{2,4}}(?!\\w)")
_DIGITS = re.compile(r"\d+")
_LETTERS = re.compile(r"[^\W\d_]")
_DATELINE_LEAD = re.compile(r"0日(?:电|讯|报道|报导|消息)[:,]?$")


def line_template(line_view: str) -> str | None:
    """The template of a short line (its view): numbers become ``0``, and runs of 2–4
    Chinese characters between marks or spaces (names, places) ``▢``, unless they are
    role words or the line's first word (its label);
    ``None`` when that masks nothing, the line ends a sentence, or too little is left.

    Lines of one template recur on a site's pages though no two are equal: the editor's
    line, the dateline tag, a ticker. See :func:`strip_repeated`.

    >>> line_template(view("编辑 | 董鑫")), line_template(view("（光明日报东京5月8日电）"))
    ('编辑|▢', '(光明日报东京0月0日电)')
    >>> line_template(view("值班主任丨董鑫")), line_template(view("县长调研隔离点工作"))
    ('值班主任|▢', None)
    """
    line = line_view.strip().replace("丨", "|")  # an ideograph sites use as a bar
    if len(line) > TEMPLATE_MAX_CHARS or has_sentence_end(line):
        return None
    role_words = roles()

    def mask(run: re.Match[str]) -> str:
        # the first word is the label (值班主任丨▢), role words are the template's own
        keep = run.start() == 0 or role_words.at_end.fullmatch(run[0])
        return run[0] if keep else "▢"

    masked = _NAME_RUN.sub(mask, line)
    masked = _SPACE.sub("", _DIGITS.sub("0", masked))
    if masked == _SPACE.sub("", line):
        return None
    if _DATELINE_LEAD.search(masked):
        return None  # a dateline that opens the article (网易体育11月27日报道:) is its text
    fixed = len(_LETTERS.findall(masked.replace("▢", "")))
    return masked if fixed >= TEMPLATE_MIN_FIXED else None


class RepeatedLineCounter:
    """Counts, for each line hash, the different documents it is in (pass one).

    Memory: 8 bytes per distinct line of each document (a compact array), and a set of
    whole-text hashes (about 70 bytes per document); counting sorts one copy of the
    array. A document whose text was seen before adds nothing.
    """

    def __init__(self) -> None:
        self._keys = array("Q")
        self._texts: set[int] = set()

    def add(self, keys: LineKeys) -> None:
        if keys.fingerprint in self._texts:
            return
        self._texts.add(keys.fingerprint)
        self._keys.extend(keys.counted())

    def repeated(self, min_documents: int) -> dict[int, int]:
        """The line hashes in at least ``min_documents`` different documents, with the count."""
        if not self._keys:
            return {}
        keys = np.sort(np.frombuffer(self._keys, dtype=np.uint64))
        starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
        counts = np.diff(np.append(starts, len(keys)))
        found = counts >= min_documents
        return dict(zip(keys[starts[found]].tolist(), counts[found].tolist(), strict=True))


def strip_repeated(document: Document, keys: LineKeys, repeated: Mapping[int, int]) -> Document:
    """``document`` without its repeated lines (where they may go), each cut an Edit."""
    lines = document.text.split("\n")
    if len(lines) != len(keys.keys):
        return document
    shapes = keys.shapes if len(keys.shapes) == len(lines) else (0,) * len(lines)
    hits = [index for index, key in enumerate(keys.keys) if key in repeated]
    templated = [
        index
        for index, shape in enumerate(shapes)
        if shape in repeated and keys.keys[index] not in repeated
    ]
    if not hits and not templated:
        return document
    anchors = [
        index
        for index, line in enumerate(lines)
        if keys.keys[index] not in repeated and shapes[index] not in repeated and is_anchor(line)
    ]
    first, last = (anchors[0], anchors[-1]) if anchors else (len(lines), -1)
    hits = [i for i in hits if i < first or i > last or not is_body(lines[i].strip())]
    # a template may fit a subheading: it cuts only before or after the body
    templated = [i for i in templated if anchors and (i < first or i > last)]
    labels = {index: _repeated_label(repeated[keys.keys[index]], keys.group) for index in hits}
    for index in templated:
        labels[index] = _template_label(repeated[shapes[index]], keys.group, lines[index])
    hits = sorted(labels)
    filled = sum(len(line.strip()) for line in lines)
    cut = sum(len(lines[index].strip()) for index in hits)
    if not hits:
        return document
    if cut > MAX_SHARE * filled:
        return replace(document, meta={**document.meta, "repeated_lines_kept": len(hits)})
    verdicts = []
    offset = 0
    for index, line in enumerate(lines):
        verdict = LineVerdict(index, offset, line)
        if index in labels:
            verdict.cut = Cut(labels[index], 0, len(line), True)
        verdicts.append(verdict)
        offset += len(line) + 1
    text, edits = strip_lines(document.text, verdicts)
    meta = {**document.meta, "repeated_lines": len(hits)}
    if templated:
        meta["template_lines"] = len(templated)
    return replace(document, text=text, edits=document.edits + tuple(edits), meta=meta)


def _repeated_label(count: int, group: str) -> str:
    return f"{CATEGORY}/{RULE}: line in {count} documents of {group or 'the corpus'}"


def _template_label(count: int, group: str, line: str) -> str:
    template = line_template(view(line))
    evidence = f"line of the template {template!r}, in {count} documents of {group or 'the corpus'}"
    return signal_label(TEMPLATE, CATEGORY, "line", evidence)
