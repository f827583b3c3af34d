"""What ``fix`` leaves alone when codes are left out, and the files it does not check."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.check.conftest import Run, findings
from tests.check.test_cli_check import EDITOR, STORY
from textclean import clean
from textclean.check.repo import open_repository_index, synchronize, tracked_files
from textclean.config import CleanConfig
from textclean.io import ReadOptions

pytestmark = pytest.mark.usefixtures("in_tmp_path")


def test_ignoring_one_boilerplate_code_keeps_its_lines(tmp_path: Path, textclean) -> None:
    text = f"{STORY}{EDITOR}\n"
    (tmp_path / "a.txt").write_text(text, "utf-8")
    assert textclean("check", "a.txt", "-q", "--ignore", "TC303") == Run(0, "", "")
    assert textclean("fix", "a.txt", "-q", "--ignore", "TC303") == Run(0, "", "")
    assert (tmp_path / "a.txt").read_text("utf-8") == text
    assert textclean("fix", "a.txt", "-q").code == 1  # without --ignore: the line goes
    assert (tmp_path / "a.txt").read_text("utf-8") == STORY


def test_keep_boilerplate_is_a_cleaning_option_too() -> None:
    config = CleanConfig.from_mapping({"keep-boilerplate": ["editor"]})
    assert clean(f"{STORY}{EDITOR}", config).text == f"{STORY}{EDITOR}"
    assert clean(f"{STORY}{EDITOR}").text == STORY.rstrip("\n")


def test_ignoring_tc104_keeps_the_encoding_even_with_to_utf8(tmp_path: Path, textclean) -> None:
    data = f"{STORY}{EDITOR}\n".encode("gb18030")
    (tmp_path / "a.txt").write_bytes(data)
    assert textclean("fix", "a.txt", "-q", "--to-utf8", "--ignore", "TC104").code == 1
    assert (tmp_path / "a.txt").read_bytes() == STORY.encode("gb18030")
    kept = textclean("fix", "a.txt", "-q", "--to-utf8", "--no-to-utf8")  # the last one wins
    assert kept.code == 1 and "TC104 encoded as gb18030, not UTF-8" in kept.out  # reported
    assert (tmp_path / "a.txt").read_bytes() == STORY.encode("gb18030")


def test_parquet_and_other_suffixes_are_ignored_named_or_in_a_directory(
    tmp_path: Path, textclean
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.parquet").write_bytes(b"PAR1")
    (tmp_path / "in" / "b.txt").write_text(STORY, "utf-8")
    (tmp_path / "c.parquet").write_bytes(b"PAR1")
    (tmp_path / "notes.md").write_text(f"{STORY}{EDITOR}\n", "utf-8")  # named: not read either
    parquet = "Parquet is not checked (check and fix read .txt and .jsonl files)"
    assert textclean("check", "in", "c.parquet", "notes.md") == Run(
        0,
        "",
        f"textclean: ignored 2: {parquet}: in/a.parquet, c.parquet\n"
        "textclean: ignored notes.md: .md is not an input suffix "
        "(.txt, .jsonl, .jsonl.gz, .parquet)\n"
        "textclean: no problems in 1 file; 3 ignored\n",
    )
    assert textclean("fix", "in", "c.parquet", "notes.md", "-q") == Run(0, "", "")
    assert (tmp_path / "notes.md").read_text("utf-8") == f"{STORY}{EDITOR}\n"


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_a_touched_gzipped_jsonl_file_is_not_read_again(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    with gzip.open(tmp_path / "a.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"text": STORY}, ensure_ascii=False) + "\n")
    subprocess.run(["git", "add", "a.jsonl.gz"], cwd=tmp_path, check=True)
    config = CleanConfig()

    def sync() -> int:
        with open_repository_index(tmp_path / ".textclean", config) as index:
            read = synchronize(
                index, tmp_path, tracked_files(tmp_path), (), config, ReadOptions(), 1, print
            )
            index.commit()
            return read

    assert sync() == 1
    os.utime(tmp_path / "a.jsonl.gz", ns=(1, 1))
    assert sync() == 0


@pytest.mark.parametrize("name", ["a.txt", "a.jsonl"])
def test_a_file_that_cannot_be_written_is_reported_and_left(
    tmp_path: Path, textclean, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    import textclean.check.inspect as inspect

    def refuse(path):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(inspect, "atomic_path", refuse)
    text = f"{STORY}{EDITOR}\n"
    content = text if name == "a.txt" else json.dumps({"text": text}, ensure_ascii=False) + "\n"
    (tmp_path / name).write_text(content, "utf-8")
    result = textclean("fix", name, "-q")
    assert result.code == 1
    assert f"{name}:1:1: TC100 not fixed: cannot write it: Permission denied" in result.out
    assert (tmp_path / name).read_text("utf-8") == content


def test_per_file_ignores_keep_a_folder_of_traditional_sources(tmp_path: Path, textclean) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.textclean.check]\nper-file-ignores = { "tw/*" = ["TC201"] }\n', "utf-8"
    )
    traditional = "縣委書記說，要把溫暖送到每一戶人家。\n"
    (tmp_path / "tw").mkdir()
    (tmp_path / "tw" / "a.txt").write_text(traditional, "utf-8")
    (tmp_path / "b.txt").write_text(traditional, "utf-8")
    checked = textclean("check", "tw/a.txt", "b.txt", "-q", "--ignore", "TC4")  # the same text
    assert [f[:4] for f in findings(checked.out)] == [("b.txt", 1, 1, "TC201")]
    assert textclean("fix", "tw/a.txt", "b.txt", "-q", "--ignore", "TC4").code == 1
    assert (tmp_path / "tw" / "a.txt").read_text("utf-8") == traditional
    assert (tmp_path / "b.txt").read_text("utf-8") == "县委书记说，要把温暖送到每一户人家。\n"


def test_per_file_ignores_with_an_unknown_code_is_a_config_error(tmp_path: Path, textclean) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.textclean.check]\nper-file-ignores = { "tw/*" = ["TC9"] }\n', "utf-8"
    )
    (tmp_path / "a.txt").write_text("正文。\n", "utf-8")
    result = textclean("check", "a.txt")
    assert result.code == 2 and "unknown code 'TC9'" in result.err
