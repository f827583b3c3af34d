"""The hooks of .pre-commit-hooks.yaml, run by the real pre-commit in a real git repository.

The project's tree as it is now (committed or not) is copied into a snapshot repository,
which a data repository then uses as its hook repository: pre-commit installs textclean
from it into an environment of its own (from the package registry, as a user's machine
would), and `git commit` runs the hooks. A commit of mojibake, of spam or of a reprint of
an article already in the repository is blocked; a clean story goes in. `pre-commit
try-repo` runs the same hook on files named on its command line.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from textclean import clean

PROJECT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(
    shutil.which("git") is None, reason="git is not installed (pre-commit needs it)"
)


def _git(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", "-c", "user.name=test", "-c", "user.email=test@example.com", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )


def _pre_commit(folder: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"}
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )


def _snapshot(target: Path) -> str:
    """A git repository holding the project's files as they are now; its commit."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=PROJECT,
        capture_output=True,
        check=True,
    )
    for name in listed.stdout.decode().split("\0"):
        source = PROJECT / name
        if name and source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    _git(target, "init", "-q")
    _git(target, "add", "-A")
    assert _git(target, "commit", "-q", "-m", "snapshot").returncode == 0
    return _git(target, "rev-parse", "HEAD").stdout.strip()


def _story(seed: str) -> str:
    """A seed story, cleaned: a file the hook has nothing to say about."""
    return clean((SEEDS / seed).read_bytes()).text + "\n"


@pytest.fixture(scope="module")
def hooked(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path, str]:
    """A data repository with the textclean-check hook installed, one story committed."""
    base = tmp_path_factory.mktemp("precommit")
    hooks, data, home = base / "textclean", base / "data", base / "cache"
    hooks.mkdir()
    data.mkdir()
    revision = _snapshot(hooks)
    _git(data, "init", "-q")
    (data / "news").mkdir()
    (data / "news" / "story.txt").write_text(_story("002_ce56ae106d2f8521.txt"), "utf-8")
    (data / ".pre-commit-config.yaml").write_text(
        "repos:\n"
        f"  - repo: {hooks.as_posix()}\n"
        f"    rev: {revision}\n"
        "    hooks:\n"
        "      - id: textclean-check\n",
        "utf-8",
    )
    _git(data, "add", "-A")
    assert _git(data, "commit", "-q", "-m", "a first story").returncode == 0
    installed = _pre_commit(data, home, "install", "--install-hooks")
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return data, hooks, home, revision


def _commit(data: Path, name: str, content: bytes) -> subprocess.CompletedProcess[str]:
    path = data / "news" / name
    path.write_bytes(content)
    _git(data, "add", str(path))
    return _git(data, "commit", "-q", "-m", f"add {name}")


def _undo(data: Path, name: str) -> None:
    _git(data, "rm", "-q", "--cached", f"news/{name}")
    (data / "news" / name).unlink()


MOJIBAKE = "今天上午，商水县召开疫情防控工作会议，研究部署下一步工作。"


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        (
            "mojibake.txt",
            # GBK bytes read as cp1252 and saved as UTF-8: the scraper's classic
            ("春耕生产正在进行。\n" + MOJIBAKE.encode("gbk").decode("latin-1") + "\n").encode(),
            "TC102",
        ),
        (
            "spam.txt",
            (SEEDS / "004_1d929acfa9c4a8fd.txt").read_bytes().split(b"\n", 1)[0]
            + b"\n"
            + _story("003_afa80538d5efd96b.txt").encode(),
            "TC310",
        ),
        (
            "reprint.txt",
            # the story already committed, with one sentence changed
            _story("002_ce56ae106d2f8521.txt").replace("。", "，", 1).encode(),
            "TC402",
        ),
    ],
)
def test_a_commit_of_bad_text_is_blocked(
    hooked: tuple[Path, Path, Path, str], name: str, content: bytes, code: str
) -> None:
    data = hooked[0]
    try:
        committed = _commit(data, name, content)
        output = committed.stdout + committed.stderr
        assert committed.returncode != 0, output
        assert f"news/{name}:" in output and code in output, output
        assert _git(data, "log", "--oneline").stdout.count("\n") == 1  # nothing went in
    finally:
        _undo(data, name)


def test_a_commit_of_a_clean_story_goes_in(hooked: tuple[Path, Path, Path, str]) -> None:
    data = hooked[0]
    committed = _commit(data, "clean.txt", _story("003_afa80538d5efd96b.txt").encode())
    assert committed.returncode == 0, committed.stdout + committed.stderr
    assert "add clean.txt" in _git(data, "log", "--oneline").stdout
    assert (data / ".textclean" / ".gitignore").is_file()  # the index is kept out of git
    assert _git(data, "status", "--porcelain").stdout == ""


def test_try_repo_runs_the_hooks_on_named_files(hooked: tuple[Path, Path, Path, str]) -> None:
    data, hooks, home, _ = hooked
    bad = data / "bad.txt"
    bad.write_text("正文。\n(责任编辑:李欣欣)\n", "utf-8")
    try:
        tried = _pre_commit(
            data, home, "try-repo", str(hooks), "textclean-check", "--files", "bad.txt"
        )
        assert tried.returncode == 1, tried.stdout + tried.stderr
        assert "bad.txt:2:1: TC303 editor line" in tried.stdout
        fixed = _pre_commit(
            data, home, "try-repo", str(hooks), "textclean-fix", "--files", "bad.txt"
        )
        assert fixed.returncode == 1, fixed.stdout + fixed.stderr  # a fixer that fixed fails
        assert bad.read_text("utf-8") == "正文。\n"
    finally:
        bad.unlink()
