"""The start of textclean, against what the hand-glued peer pays at start.

Prints, each the best of ``--repeat`` runs (5) in fresh subprocesses:

- ``import textclean``;
- ``textclean check`` on one small file: inside a temporary git repository (the first
  run, which builds the repository's index, and a repeat, with the index built) and
  outside any repository (first and repeat); "first" runs start with an empty cache
  folder (``TEXTCLEAN_CACHE_DIR``), repeats with the one the first run filled;
- the peer: ``python -c "import ftfy, opencc, datasketch"``;

and the ratios of each to the peer. ``python benchmarks/startup_bench.py [--repeat N]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXT = "今天天气很好。\n"


def _run(command: list[str], cwd: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def best(command: list[str], cwd: Path, env: dict[str, str], repeat: int, reset=None) -> float:
    """The fastest of ``repeat`` runs; ``reset()`` before each (a first run again)."""
    times = []
    for _ in range(repeat):
        if reset is not None:
            reset()
        times.append(_run(command, cwd, env))
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat
    work = Path(tempfile.mkdtemp(prefix="textclean-startup-"))
    try:
        cache = work / "cache"
        env = {**os.environ, "PYTHONPATH": str(ROOT), "TEXTCLEAN_CACHE_DIR": str(cache)}
        repo, outside = work / "repo", work / "outside"
        for folder in (repo, outside):
            folder.mkdir()
            (folder / "one.txt").write_text(TEXT, encoding="utf-8")
        git = ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.com"]
        subprocess.run([*git, "init", "-q", str(repo)], check=True)
        subprocess.run([*git, "-C", str(repo), "add", "one.txt"], check=True)
        subprocess.run([*git, "-C", str(repo), "commit", "-qm", "one"], check=True)
        python = [sys.executable]
        check = [*python, "-m", "textclean", "check", "one.txt"]

        def first_in(folder: Path):
            def reset() -> None:
                shutil.rmtree(cache, ignore_errors=True)
                shutil.rmtree(folder / ".textclean", ignore_errors=True)

            return reset

        rows = [
            ("import textclean", best([*python, "-c", "import textclean"], work, env, repeat)),
            ("check, in a repo, first", best(check, repo, env, repeat, first_in(repo))),
            ("check, in a repo, repeat", best(check, repo, env, repeat)),
            ("check, outside, first", best(check, outside, env, repeat, first_in(outside))),
            ("check, outside, repeat", best(check, outside, env, repeat)),
        ]
        peer = best([*python, "-c", "import ftfy, opencc, datasketch"], work, env, repeat)
        print(f"best of {repeat}, seconds (ratio to the peer's imports)")
        for name, seconds in rows:
            print(f"{name:32} {seconds:6.3f}  ({seconds / peer:.2f}x)")
        print(f"{'peer: import ftfy, opencc, datasketch':32} {peer:6.3f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
