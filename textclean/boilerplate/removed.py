"""What a run cut, as records: one per removed line, one per dropped document.

``textclean clean --removed removed.jsonl`` writes these records, so that nothing the
boilerplate step, the repeated-line stage or the spam filter takes out is lost:

>>> from textclean import clean_document, Document
>>> doc = Document("a.txt", "正文第一句,第二句。\\n(责任编辑:李欣欣)", {"source": "in/a.txt"})
>>> doc = clean_document(doc)
>>> record = removed_records(doc, doc.edits)[0]
>>> record["rule"], record["text"]
('editor-line', '(责任编辑:李欣欣)')
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from textclean.boilerplate.rules import parse_label
from textclean.boilerplate.strip import STEP_NAME
from textclean.config import CleanConfig
from textclean.document import Document, Edit

DROPPED_RULE = "spam-document"


def removed_records(document: Document, edits: Iterable[Edit]) -> list[dict[str, Any]]:
    """A record for each boilerplate edit in ``edits`` (the others are repairs, not cuts)."""
    records = []
    for edit in edits:
        if edit.step != STEP_NAME:
            continue
        category, rule = parse_label(edit.reason)
        records.append(
            {
                "id": document.id,
                "source": document.meta.get("source", document.id),
                "category": category,
                "rule": rule,
                "reason": edit.reason,
                "text": edit.before.strip("\n"),
                "before": edit.before,
                "start": edit.start,
            }
        )
    return records


def drop_reason(document: Document, config: CleanConfig) -> str | None:
    """Why a run leaves ``document`` out (its lines were mostly spam), or ``None``.

    >>> drop_reason(Document("a", "", {"spam_share": 0.8}), CleanConfig())
    'mostly spam: 80% of its characters were in spam lines (drop_spam_share 0.5)'
    """
    share = document.meta.get("spam_share", 0)
    if not config.remove_spam or not isinstance(share, float) or share < config.drop_spam_share:
        return None
    return (
        f"mostly spam: {share:.0%} of its characters were in spam lines "
        f"(drop_spam_share {config.drop_spam_share})"
    )


def dropped_record(document: Document, reason: str) -> dict[str, Any]:
    """The record of a dropped document: its text as it came in (the spam lines too),
    why it was dropped, and the cleaned document with its edits.

    >>> doc = Document("a", "正文", {}, (Edit("boilerplate", "spam", "无码_一区二区\\n", "", 0),))
    >>> dropped_record(doc, "mostly spam")["text"]
    '无码_一区二区\\n正文'
    """
    return {
        "id": document.id,
        "source": document.meta.get("source", document.id),
        "category": "spam",
        "rule": DROPPED_RULE,
        "reason": reason,
        "text": undo(document.text, document.edits),
        "document": document.to_dict(),
    }


def undo(text: str, edits: Sequence[Edit]) -> str:
    """The text before ``edits`` were made: :func:`~textclean.document.replay` backwards."""
    for edit in reversed(edits):
        text = text[: edit.start] + edit.before + text[edit.start + len(edit.after) :]
    return text
