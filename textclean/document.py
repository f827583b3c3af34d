"""The document model: a :class:`Document`, the :class:`Edit` log of what changed it.

An edit log is exact provenance. Edits are kept in the order they were made, and
``start`` is the character offset in the text *as it stood just before that edit*,
so :func:`replay` rebuilds the output from the input, edit by edit:

>>> before = "新闻</p>  "
>>> edits = [
...     Edit("markup", "HTML tag", "</p>", "\\n", 2),
...     Edit("whitespace", "trailing", "  ", "", 3),
... ]
>>> replay(before, edits)
'新闻\\n'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple


class Edit(NamedTuple):
    """One change a step made: ``before`` at offset ``start`` became ``after``, because ``reason``.

    A named tuple: immutable, and cheap to create, pickle and serialise in the
    numbers a corpus produces (one document can carry thousands of edits).

    >>> Edit("whitespace", "odd space (U+00A0)", "\\u00a0", " ", 3).to_dict()["after"]
    ' '
    """

    step: str
    reason: str
    before: str
    after: str
    start: int

    def to_dict(self) -> dict[str, Any]:
        return self._asdict()

    @classmethod
    def from_dict(cls, record: Mapping[str, Any]) -> Edit:
        return cls(
            step=str(record["step"]),
            reason=str(record["reason"]),
            before=str(record["before"]),
            after=str(record["after"]),
            start=int(record["start"]),
        )


@dataclass(frozen=True, slots=True)
class Document:
    """A text with its id, its metadata and the edits that made it.

    ``id`` names the document in every output (a path relative to the input root,
    or a record's id); ``meta`` carries where it came from (``source``, ``encoding``,
    ...) and what steps found out about it.

    >>> doc = Document("a.txt", "新闻", {"source": "in/a.txt"})
    >>> Document.from_dict(doc.to_dict()) == doc
    True
    """

    id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    edits: tuple[Edit, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The output record: ``{"id", "text", "edits", "meta"}``."""
        return {
            "id": self.id,
            "text": self.text,
            "edits": [edit.to_dict() for edit in self.edits],
            "meta": self.meta,
        }

    @classmethod
    def from_dict(cls, record: Mapping[str, Any]) -> Document:
        return cls(
            id=str(record["id"]),
            text=str(record["text"]),
            meta=dict(record.get("meta") or {}),
            edits=tuple(Edit.from_dict(e) for e in record.get("edits") or ()),
        )


@dataclass(frozen=True, slots=True)
class CleanResult:
    """What :func:`textclean.clean` returns: the cleaned ``text``, its ``edits`` and ``meta``."""

    text: str
    edits: tuple[Edit, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(self.edits)


def replay(text: str, edits: Iterable[Edit]) -> str:
    """Apply ``edits`` to ``text`` in order; raise ``ValueError`` if one does not fit.

    This is how a user (or a test) checks that an edit log really explains an output.

    >>> replay("a  b", [Edit("whitespace", "run of spaces", "  ", " ", 1)])
    'a b'
    """
    for number, edit in enumerate(edits):
        end = edit.start + len(edit.before)
        if text[edit.start : end] != edit.before:
            raise ValueError(
                f"edit {number} ({edit.step}: {edit.reason}) expects {edit.before!r} at "
                f"offset {edit.start}, found {text[edit.start : end]!r}"
            )
        text = text[: edit.start] + edit.after + text[end:]
    return text
