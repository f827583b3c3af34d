"""The repository's index in .textclean/: built when missing, read again only where changed."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from textclean import clean
from textclean.check.repo import open_repository_index, synchronize, tracked_files
from textclean.check.runner import CheckOptions, check_files
from textclean.config import CleanConfig
from textclean.io import ReadOptions

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

STORIES = ("001_2e14c1e4aa0b18e7.txt", "002_ce56ae106d2f8521.txt", "003_afa80538d5efd96b.txt")


def _git(folder: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=folder,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository of three cleaned seed stories (one in a JSONL file), committed."""
    _git(tmp_path, "init", "-q")
    (tmp_path / "news").mkdir()
    for seed in STORIES[:2]:
        (tmp_path / "news" / seed).write_text(clean((SEEDS / seed).read_bytes()).text + "\n")
    record = {"id": "s3", "text": clean((SEEDS / STORIES[2]).read_bytes()).text}
    (tmp_path / "news" / "more.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n")
    (tmp_path / "notes.md").write_text("# not indexed\n", "utf-8")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-q", "-m", "stories")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _sync(root: Path, skip: tuple[str, ...] = ()) -> tuple[int, int]:
    """Files read again, documents indexed after."""
    with open_repository_index(root / ".textclean", CleanConfig()) as index:
        tracked = tracked_files(root)
        read = synchronize(
            index, root, tracked, skip, CleanConfig(), ReadOptions(), 1, lambda _: None
        )
        index.commit()
        return read, len(index)


def _reprint(root: Path, seed: str = STORIES[0]) -> Path:
    text = (root / "news" / seed).read_text("utf-8").replace("。", "，", 2)
    path = root / "reprint.txt"
    path.write_text(text, "utf-8")
    return path


def test_a_reprint_of_a_committed_story_is_found_in_the_index(repository: Path) -> None:
    reprint = _reprint(repository)
    report = check_files(["reprint.txt"], options=CheckOptions(select=("TC4",)))
    assert [(f.path, f.code) for f in report.findings] == [("reprint.txt", "TC402")]
    assert f"near-duplicate of news/{STORIES[0]}" in report.findings[0].message
    assert report.indexed == 3  # reprint.txt is not tracked: compared, not indexed
    reprint.unlink()
    story = clean((SEEDS / STORIES[2]).read_bytes()).text.replace("。", "，", 2)
    (repository / "news" / "copy.txt").write_text(story + "\n", "utf-8")
    report = check_files(["news/copy.txt"], options=CheckOptions(select=("TC4",)))
    assert "near-duplicate of news/more.jsonl:1" in report.findings[0].message  # a record


def test_a_tracked_file_is_not_a_duplicate_of_itself(repository: Path) -> None:
    report = check_files([f"news/{STORIES[0]}"], options=CheckOptions(select=("TC4",)))
    assert report.findings == [] and report.indexed == 3


def test_the_index_is_built_once_and_read_again_only_where_files_changed(
    repository: Path,
) -> None:
    assert _sync(repository) == (3, 3)  # two story files, one JSONL file of one record
    assert (repository / ".textclean" / ".gitignore").read_text().endswith("*\n")
    assert _sync(repository) == (0, 3)
    story = repository / "news" / STORIES[0]
    os.utime(story, ns=(1, 1))  # touched: the same bytes, stamped again, not read
    assert _sync(repository) == (0, 3)
    story.write_text("另一篇完全不同的报道。\n", "utf-8")
    assert _sync(repository) == (1, 3)
    (repository / "news" / STORIES[1]).unlink()  # deleted, not yet staged
    assert _sync(repository)[1] == 2
    shutil.rmtree(repository / ".textclean")
    assert _sync(repository) == (2, 2)  # rebuilt when missing


def test_a_staged_new_file_is_indexed_for_the_next_check(repository: Path) -> None:
    _reprint(repository)
    _git(repository, "add", "reprint.txt")
    check_files(["reprint.txt"])
    assert _sync(repository)[1] == 4
    (repository / "other.txt").write_text((repository / "reprint.txt").read_text())
    report = check_files(["other.txt"], options=CheckOptions(select=("TC4",)))
    assert {f.code for f in report.findings} == {"TC402"}


def test_outside_a_git_repository_there_is_no_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    (tmp_path / "a.txt").write_text("正文。\n", "utf-8")
    report = check_files(["a.txt"])
    assert report.indexed is None and not (tmp_path / ".textclean").exists()


@pytest.mark.parametrize("damage", ["other options", "not a database", "an older hash"])
def test_an_index_that_cannot_serve_is_built_again(repository: Path, damage: str) -> None:
    _sync(repository)
    database = repository / ".textclean" / "index.sqlite"
    if damage == "not a database":
        database.write_bytes(b"garbage" * 100)
    if damage == "an older hash":  # made before the shingle hash was recorded
        with closing(sqlite3.connect(database)) as connection, connection:
            connection.execute("DELETE FROM settings WHERE name = 'shingle_hash'")
    config = CleanConfig(num_perm=64 if damage == "other options" else 128)
    notes: list[str] = []
    report = check_files(["news/more.jsonl"], config, note=notes.append)
    assert report.indexed == 3
    assert notes[0].startswith("building the index again:")
    assert ("num_perm 128 (now 64)" in notes[0]) is (damage == "other options")
    assert ("another shingle hash" in notes[0]) is (damage == "an older hash")
    assert "delete" not in notes[0]  # the remedy of an --index folder: check rebuilds its own
