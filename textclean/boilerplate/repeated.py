"""Lines repeated across a site's pages: the corpus stage that finds footers no rule knows.

Two passes. The first hashes every line of every document (:func:`line_keys`): a 64-bit
hash of the document's source (the URL host when its meta has a ``url``, else the
directory of its file) and of the line's normalised form (the matching view, without
spaces, every digit as ``0``). :class:`RepeatedLineCounter` keeps only these hashes, 16
bytes per line with the document's fingerprint, never the texts. A line is *repeated*
when it is in at least ``min_documents`` documents of one source with different texts:
copies of one article do not count twice (the fingerprint is a hash of the whole text),
so a site that holds an article three times does not lose it. The second pass
(:func:`strip_repeated`) cuts the repeated lines, unless they make up more than half of
a document (then it is most likely a copy of another one: that is dedup's business).

>>> footer = "扫码关注本站公众号 获取更多资讯"
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

from textclean.boilerplate.strip import Cut, LineVerdict, strip_lines
from textclean.boilerplate.view import view
from textclean.document import Document

CATEGORY = "repeated"
RULE = "repeated-line"
MIN_LINE_CHARS = 2
"""Normalised lines shorter than this are not counted (a lone digit or mark)."""
MAX_SHARE = 0.5
"""The most of a document's characters the stage cuts; more, and it cuts nothing."""

_SPACE = re.compile(r"\s+")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class LineKeys:
    """A document's line hashes (0 for a blank or too short line), its fingerprint, its source."""

    keys: tuple[int, ...]
    fingerprint: int
    group: str

    def to_list(self) -> list[Any]:
        return [list(self.keys), self.fingerprint, self.group]

    @classmethod
    def from_list(cls, record: Sequence[Any]) -> LineKeys:
        return cls(tuple(record[0]), int(record[1]), str(record[2]))


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
    """The form of a line that is counted: the view, no spaces, digits as ``0``.

    >>> normalize_line("各界新聞網 版權所有 2006-2020")
    '各界新闻网版权所有0000-0000'
    """
    return _DIGIT.sub("0", _SPACE.sub("", view(line)))


def _hash(*parts: str) -> int:
    digest = hashlib.blake2b("\x00".join(parts).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little") or 1  # 0 means "not counted"


def line_keys(document: Document) -> LineKeys:
    """The hashes of ``document``'s lines (in order) for its source group."""
    group = source_group(document.meta)
    keys = []
    for line in document.text.split("\n"):
        normalized = normalize_line(line) if line.strip() else ""
        keys.append(_hash(group, normalized) if len(normalized) >= MIN_LINE_CHARS else 0)
    return LineKeys(tuple(keys), _hash(document.text), group)


class RepeatedLineCounter:
    """Counts, for each line hash, the different documents it is in (pass one).

    Memory is 16 bytes per distinct line of each document, in two compact arrays.
    """

    def __init__(self) -> None:
        self._keys = array("Q")
        self._fingerprints = array("Q")

    def add(self, keys: LineKeys) -> None:
        distinct = {key for key in keys.keys if key}
        self._keys.extend(distinct)
        self._fingerprints.extend([keys.fingerprint] * len(distinct))

    def repeated(self, min_documents: int) -> dict[int, int]:
        """The line hashes in at least ``min_documents`` different documents, with the count."""
        if not self._keys:
            return {}
        keys = np.frombuffer(self._keys, dtype=np.uint64)
        fingerprints = np.frombuffer(self._fingerprints, dtype=np.uint64)
        order = np.lexsort((fingerprints, keys))
        keys, fingerprints = keys[order], fingerprints[order]
        first_of_pair = np.ones(len(keys), dtype=bool)
        first_of_pair[1:] = (keys[1:] != keys[:-1]) | (fingerprints[1:] != fingerprints[:-1])
        unique, counts = np.unique(keys[first_of_pair], return_counts=True)
        found = counts >= min_documents
        return dict(zip(unique[found].tolist(), counts[found].tolist(), strict=True))


def strip_repeated(document: Document, keys: LineKeys, repeated: Mapping[int, int]) -> Document:
    """``document`` without its repeated lines, each cut recorded as an Edit."""
    lines = document.text.split("\n")
    hits = [index for index, key in enumerate(keys.keys) if key in repeated]
    if not hits or len(lines) != len(keys.keys):
        return document
    filled = sum(len(line.strip()) for line in lines)
    cut = sum(len(lines[index].strip()) for index in hits)
    if cut > MAX_SHARE * filled:
        return replace(document, meta={**document.meta, "repeated_lines_kept": len(hits)})
    verdicts = []
    offset = 0
    for index, line in enumerate(lines):
        verdict = LineVerdict(index, offset, line)
        key = keys.keys[index]
        if key in repeated:
            label = (
                f"{CATEGORY}/{RULE}: line in {repeated[key]} documents of "
                f"{keys.group or 'the corpus'}"
            )
            verdict.cut = Cut(label, 0, len(line), True)
        verdicts.append(verdict)
        offset += len(line) + 1
    text, edits = strip_lines(document.text, verdicts)
    meta = {**document.meta, "repeated_lines": len(hits)}
    return replace(document, text=text, edits=document.edits + tuple(edits), meta=meta)
