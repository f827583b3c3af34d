"""What a run passed over, summarised for people and logged whole for programs.

A run can skip thousands of records for one reason (a wrong ``--text-field``, a file of
random bytes named ``.jsonl``). :class:`Notices` counts every skip, ignored file and
spam drop by its *kind* (the reason without its particulars, :func:`kind_of`), keeps the
first few places of each kind for one line on stderr (:meth:`Notices.lines`), the first
:data:`MAX_LISTED` for the manifest, and writes every one to the ``--log`` file as a JSON
line, streamed, so memory stays flat however many there are.

>>> notices = Notices()
>>> for line in (1, 2, 3, 4):
...     notices.skip(Skipped("a.jsonl", "no field 'text' (fields: body; use --text-field)", line))
>>> notices.lines()
["skipped 4: no field 'text' (fields: body; use --text-field): a.jsonl:1, a.jsonl:2, a.jsonl:3, …"]
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from textclean.io import Skipped, json_text
from textclean.io.readers import one_line
from textclean.io.writers import naming, temporary_beside

EXAMPLES = 3
"""Places named on a kind's line."""
MAX_LISTED = 1000
"""Notices the manifest lists (the counts stay exact; ``--log`` has every one)."""

_LISTING = re.compile(r" \([^()]*: [^()]*\)")  # "(fields: body, id; use --text-field)"
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def kind_of(reason: str) -> str:
    """The kind of a reason: the reason less its particulars (numbers, and a bracketed
    listing such as the fields a record has), so records that fail alike count together.

    >>> kind_of("not JSON: Expecting value (column 1)")
    'not JSON: Expecting value (column #)'
    >>> kind_of("no field 'text' (fields: body, id; use --text-field)")
    "no field 'text'"
    >>> kind_of("empty file (only whitespace)")
    'empty file (only whitespace)'
    """
    return _NUMBER.sub("#", _LISTING.sub("", reason))


@dataclass
class _Kind:
    verb: str
    reason: str  # the first one's, whole
    count: int = 0
    places: list[str] = field(default_factory=list)


class Notices:
    """Skips, ignored files and drops of one run: counted by kind, listed, logged.

    ``log`` names a JSONL file for every notice; it is written beside its final name and
    moved there when :meth:`close` is called, whatever ended the run, so a run that
    failed or was interrupted still leaves a complete log of what it saw.
    """

    def __init__(self, log: str | Path | None = None) -> None:
        self._kinds: dict[tuple[str, str], _Kind] = {}
        self.listed: list[Skipped] = []
        self.total = 0
        self.log = None if log is None else Path(log)
        self._handle: IO[bytes] | None = None
        self._temporary: Path | None = None
        if self.log is not None:
            self._temporary = temporary_beside(self.log)
            self._handle = open(self._temporary, "wb")  # noqa: SIM115 - closed by close()

    def skip(self, skip: Skipped) -> None:
        """Count a skipped input (or an ignored file: ``skip.ignored``)."""
        verb = "ignored" if skip.ignored else "skipped"
        self._add(verb, skip.reason, _place(skip))
        if len(self.listed) < MAX_LISTED:
            self.listed.append(skip)
        self._write(
            {
                "kind": verb,
                "source": skip.source,
                "line": skip.line,
                "reason": skip.reason,
            }
        )

    def drop(self, document_id: str, source: str, reason: str) -> None:
        """Count a document left out of the output as spam."""
        self._add("dropped", reason, document_id)
        self._write({"kind": "dropped", "id": document_id, "source": source, "reason": reason})

    def _add(self, verb: str, reason: str, place: str) -> None:
        self.total += 1
        key = (verb, kind_of(reason))
        kind = self._kinds.get(key)
        if kind is None:
            kind = self._kinds[key] = _Kind(verb, reason)
        kind.count += 1
        if len(kind.places) < EXAMPLES:
            kind.places.append(place)

    def _write(self, record: dict[str, Any]) -> None:
        if self._handle is not None:
            try:
                self._handle.write(json_text(record).encode("utf-8") + b"\n")
            except OSError as error:
                raise naming(error, self.log) from None

    def lines(self, verbs: tuple[str, ...] = ("skipped", "ignored", "dropped")) -> list[str]:
        """One line per kind (a single notice as it is: ``skipped a.txt: empty file``)."""
        return [_line(kind) for kind in self._kinds.values() if kind.verb in verbs]

    def kinds(self) -> Iterator[tuple[str, str, int]]:
        """``(verb, kind, count)`` of every kind, in the order first seen."""
        for (verb, kind), seen in self._kinds.items():
            yield verb, kind, seen.count

    def close(self) -> None:
        """Move the log into place (complete up to here, whatever ended the run)."""
        if self._handle is None or self._temporary is None or self.log is None:
            return
        handle, self._handle = self._handle, None
        try:
            handle.close()
        except OSError as error:
            raise naming(error, self.log) from None
        os.replace(self._temporary, self.log)

    def __enter__(self) -> Notices:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _place(skip: Skipped) -> str:
    return str(Skipped(skip.source, "", skip.line)).removesuffix(": ")


def _line(kind: _Kind) -> str:
    reason = one_line(kind.reason)  # a reason may quote what it read
    if kind.count == 1:
        return f"{kind.verb} {kind.places[0]}: {reason}"
    places = ", ".join(kind.places) + (", …" if kind.count > len(kind.places) else "")
    return f"{kind.verb} {kind.count}: {reason}: {places}"
