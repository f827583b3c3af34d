"""What the check tests share: ``textclean`` run in this process, and its output parsed."""

from __future__ import annotations

import re
from typing import NamedTuple

import pytest

from textclean.cli import main

FINDING = re.compile(
    r"^(?P<path>.+?):(?P<line>\d+):(?P<column>\d+): (?P<code>TC\d{3}) (?P<message>.*)$"
)


class Run(NamedTuple):
    code: int
    out: str
    err: str


@pytest.fixture
def in_tmp_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def textclean(capsys):
    """``textclean COMMAND ARGS --no-index -j 1`` in this process: exit code, stdout, stderr."""

    def run(command: str, *args: str) -> Run:
        code = main([command, *args, "--no-index", "-j", "1"])
        out, err = capsys.readouterr()
        return Run(code, out, err)

    return run


def findings(out: str) -> list[tuple[str, int, int, str, str]]:
    """The ``path:line:col: CODE message`` lines of the text output, parsed."""
    parsed = []
    for line in out.splitlines():
        match = FINDING.match(line)
        assert match, f"not a finding line: {line!r}"
        parsed.append(
            (
                match["path"],
                int(match["line"]),
                int(match["column"]),
                match["code"],
                match["message"],
            )
        )
    return parsed


def places(out: str) -> list[tuple[str, int, int, str]]:
    return [finding[:4] for finding in findings(out)]
