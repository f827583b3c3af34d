"""What ``check`` reads as ``clean`` does: names that are not UTF-8, blank files, symbolic
link loops, JSONL lines over the size limit."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tracemalloc
from pathlib import Path

import pytest

from tests.check.conftest import Run
from tests.check.test_cli_check import EDITOR, STORY
from textclean.check import CheckOptions, check_files
from textclean.cli import main
from textclean.io import ReadOptions

pytestmark = pytest.mark.usefixtures("in_tmp_path")

GBK_NAME = "中文".encode("gbk") + b".txt"
SHOWN = r"in/\xd6\xd0\xce\xc4.txt"
EDITOR_FOUND = f'editor line: "{EDITOR}" [editor/editor-line]'


def _gbk_file() -> None:
    os.mkdir("in")
    with open(b"in/" + GBK_NAME, "wb") as handle:
        handle.write(f"{STORY}{EDITOR}\n".encode())


def test_a_name_that_is_not_utf8_is_checked_and_fixed_under_its_escaped_name(textclean) -> None:
    _gbk_file()
    checked = textclean("check", "in")
    assert checked == Run(1, f"{SHOWN}:3:1: TC303 {EDITOR_FOUND}\n", checked.err)
    assert checked.err == "textclean: 1 problem (TC303) in 1 of 1 file\n"
    fixed = textclean("fix", "in")
    assert fixed.code == 1 and f"textclean: fixed {SHOWN} (1 problem)\n" in fixed.err
    with open(b"in/" + GBK_NAME, "rb") as handle:
        assert handle.read() == STORY.encode()


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_a_tracked_name_that_is_not_utf8_is_indexed(capsys) -> None:
    subprocess.run(["git", "init", "-q"], check=True)
    _gbk_file()
    Path("b.txt").write_text(STORY, "utf-8")
    subprocess.run(["git", "add", "."], check=True)
    assert main(["check", "b.txt", "-j", "1", "-q"]) == 1  # the GBK file read into the index
    first = capsys.readouterr()
    assert first.out == (
        f"b.txt:1:1: TC402 near-duplicate of {SHOWN}, already in the repository (similarity 1.00)\n"
    )
    assert main(["check", "in", "-j", "1"]) == 1
    second = capsys.readouterr()
    assert f"{SHOWN}:3:1: TC303 {EDITOR_FOUND}\n" in second.out
    assert second.err.endswith("; 2 documents in the repository's index\n"), second.err


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (" \n\u3000\n".encode("utf-16"), "empty file (only whitespace)"),
    ],
    ids=["empty", "utf16-spaces"],
)
def test_an_empty_or_blank_file_is_tc100(textclean, data: bytes, reason: str) -> None:
    Path("a.txt").write_bytes(data)
    assert textclean("check", "a.txt", "-q") == Run(1, f"a.txt:1:1: TC100 {reason}\n", "")


def test_a_symbolic_link_loop_is_tc100(textclean) -> None:
    os.symlink("b.txt", "a.txt")
    os.symlink("a.txt", "b.txt")
    result = textclean("check", "a.txt", "-q")
    assert result == Run(1, "a.txt:1:1: TC100 cannot read: symbolic link loop\n", "")


def test_a_long_jsonl_line_is_tc100_never_held_and_fix_copies_it() -> None:
    """A 24 MiB line over a 1 KiB limit: reported at its line, read in chunks, written
    back as it was while the record after it is fixed."""
    long_line = b'{"text": "' + b"x" * (24 << 20) + b'"}\n'
    record = json.dumps({"text": f"{STORY}{EDITOR}"}, ensure_ascii=False).encode() + b"\n"
    Path("feed.jsonl").write_bytes(long_line + record)
    tracemalloc.start()
    try:
        report = check_files(
            ["feed.jsonl"],
            options=CheckOptions(index="", select=("TC1", "TC303")),
            fix=True,
            read_options=ReadOptions(max_document_bytes=1024),
        )
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    message = "too large for one document: 24.0 MiB > 1.0 KiB (see --max-document-mb)"
    assert [tuple(finding) for finding in report.findings] == [
        ("feed.jsonl", 1, 1, "TC100", message)
    ]
    assert report.fixed == {"feed.jsonl": 1}
    fixed = json.dumps({"text": STORY.rstrip("\n")}, ensure_ascii=False).encode() + b"\n"
    assert Path("feed.jsonl").read_bytes() == long_line + fixed
    assert peak < 8 << 20, f"{peak / 2**20:.1f} MiB"
