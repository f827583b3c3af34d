"""The command line under signals: real processes, real signals, the whole stderr asserted.

Each run starts in a session of its own, so that its workers can be found (and, if a
test fails, killed) by the session id, whoever their parent is by then.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import seed_text

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")


def session_members(session: int) -> list[int]:
    """The processes of a session (field 6 of /proc/PID/stat), zombies left out."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if fields[0] != "Z" and int(fields[3]) == session:
            members.append(int(entry.name))
    return members


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.fixture
def records(tmp_path: Path) -> Path:
    """About 3 MB of news records: a few seconds of work for two workers."""
    texts = [seed_text(prefix) for prefix in ("000", "001", "002", "003", "004")]
    path = tmp_path / "news.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for number in range(320):
            text = texts[number % len(texts)] + f"\n第{number}号。"
            handle.write(json.dumps({"id": f"d{number}", "text": text}, ensure_ascii=False))
            handle.write("\n")
    return path


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "textclean.cli", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


@pytest.fixture
def sessions() -> Iterator[list[int]]:
    """Sessions a test started: whatever is left of them is killed at its end."""
    started: list[int] = []
    yield started
    for session in started:
        for pid in session_members(session):
            os.kill(pid, signal.SIGKILL)


def running_with_workers(process: subprocess.Popen[str]) -> None:
    """Wait until the run's two workers are up, then a little into their work."""
    assert wait_for(lambda: len(session_members(process.pid)) >= 3, 30), "no workers started"
    time.sleep(0.5)


@pytest.mark.parametrize(
    ("command", "number", "code", "word"),
    [
        ("dedup", signal.SIGINT, 130, "interrupted"),  # the workers of the dedup stage
        ("clean", signal.SIGTERM, 143, "terminated"),
    ],
)
def test_a_signal_stops_the_run_with_one_line_and_leaves_the_old_output(
    records, tmp_path, sessions, command, number, code, word
):
    output = tmp_path / "out" / "clean.jsonl"
    output.parent.mkdir()
    output.write_text("the previous output\n", encoding="utf-8")
    process = start(command, str(records), "-o", str(output), "-j", "2", "-q")
    sessions.append(process.pid)
    running_with_workers(process)
    os.killpg(process.pid, number)  # as a terminal's Ctrl-C reaches the whole group
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == code
    assert stderr == f"textclean: {word}: no output written\n"
    assert wait_for(lambda: not session_members(process.pid), 5), "workers outlived the run"
    assert output.read_text("utf-8") == "the previous output\n"
    assert sorted(p.name for p in output.parent.iterdir()) == ["clean.jsonl"]


def test_workers_exit_when_the_run_is_killed_and_the_next_run_removes_its_temporary(
    records, tmp_path, sessions
):
    output = tmp_path / "out" / "clean.jsonl"
    process = start("clean", str(records), "-o", str(output), "-j", "2", "-q")
    sessions.append(process.pid)
    running_with_workers(process)
    process.kill()
    process.communicate(timeout=30)  # stderr is closed by every holder: none is left
    assert wait_for(lambda: not session_members(process.pid), 5), "workers outlived the run"
    (left,) = output.parent.iterdir()
    assert left.name.startswith(f".clean.jsonl.{process.pid}-") and left.suffix == ".tmp"
    small = tmp_path / "one.txt"
    small.write_text("正文。", encoding="utf-8")
    again = subprocess.run(
        [sys.executable, "-m", "textclean.cli", "clean", str(small), "-o", str(output), "-q"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert again.returncode == 0, again.stderr
    assert sorted(p.name for p in output.parent.iterdir()) == ["clean.jsonl", "clean.run.json"]


def catches(pid: int, number: int) -> bool:
    """Whether process ``pid`` has a handler for signal ``number`` (/proc's SigCgt)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    (mask,) = (line.split()[1] for line in status.splitlines() if line.startswith("SigCgt"))
    return bool(int(mask, 16) >> (number - 1) & 1)


def test_an_interrupt_while_the_command_starts_is_one_line_too(records, tmp_path, sessions):
    process = subprocess.Popen(
        [sys.executable, "-m", "textclean", "clean", str(records), "-o", str(tmp_path / "o.jsonl")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    sessions.append(process.pid)
    # Python catches SIGINT from its own start; textclean's handlers are in place once
    # SIGTERM is caught too (installed with SIGINT's, before the modules load)
    assert wait_for(lambda: catches(process.pid, signal.SIGTERM), 10)
    os.killpg(process.pid, signal.SIGINT)  # while it loads its modules, or soon after
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130
    assert stderr in ("textclean: interrupted\n", "textclean: interrupted: no output written\n")
