"""The document-step interface.

A document step is a pure function ``(text, config) -> StepOutput``: the new text,
the edits that explain it, and what the step learned about the document (``meta``,
e.g. the detected script). It never raises on any ``str``, never changes text it
has no reason to change, and is idempotent. The counts in its ``meta`` add up when it
runs again on the same document (:func:`merge_meta`). :class:`Step` names the function and
says when the config turns it on; the pipeline runs the steps in a fixed order.

>>> def shout(text, config):
...     return StepOutput(text.upper(), [])
>>> Step("shout", shout, enabled=lambda config: True).name
'shout'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from textclean.config import CleanConfig
from textclean.document import Edit


class StepOutput(NamedTuple):
    """What a step returns: ``text``, ``edits`` (in order), ``meta`` to add to the document's."""

    text: str
    edits: list[Edit]
    meta: dict[str, Any] = {}  # noqa: RUF012 - never mutated; a NamedTuple default


StepFunction = Callable[[str, CleanConfig], StepOutput]


@dataclass(frozen=True)
class Step:
    """A named document step: ``run(text, config)`` when ``enabled(config)`` is true."""

    name: str
    run: StepFunction
    enabled: Callable[[CleanConfig], bool] = field(default=lambda config: True)
    by_line: bool = False
    """Does the step judge each line on its own (with what the whole text shows, such as
    its script or its kind of mojibake)? Then when the steps run again over a text, it
    first looks at the lines it has not seen (those the steps after it changed or
    joined), and runs on the whole text only if it would change one of them."""
    nothing_new_from: frozenset[str] = frozenset()
    """The steps whose changes give a ``by_line`` step nothing new to do: a line they
    changed counts as seen (the whitespace step's, for the encoding step)."""


def merge_meta(meta: dict[str, Any], learned: dict[str, Any], again: bool = False) -> None:
    """Add what a step ``learned`` to ``meta``: counts (ints) add up; any other value
    replaces the one before, unless the step runs ``again`` on a document it has seen:
    then the first finding stands (the script of the input, not of the step's output).

    >>> meta = {"mojibake_unrecovered": 2, "script": "traditional"}
    >>> merge_meta(meta, {"mojibake_unrecovered": 1, "script": "simplified"}, again=True)
    >>> meta
    {'mojibake_unrecovered': 3, 'script': 'traditional'}
    """
    for key, value in learned.items():
        before = meta.get(key)
        if type(value) is int and type(before) is int:
            meta[key] = before + value
        elif not (again and key in meta):
            meta[key] = value
