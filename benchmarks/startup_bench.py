"""The start of textclean, against what the hand-glued peer pays at start.

Prints, each the best of ``--repeat`` runs (5) in fresh subprocesses:

- ``import textclean``;
- ``textclean check`` on one small file: inside a temporary git repository (the first
  run, which builds the repository's index, and a repeat, with the index built) and
  outside any repository (first and repeat), with the user's cache folder
  (``TEXTCLEAN_CACHE_DIR``, a temporary one) filled by an earlier run; and the very
  first run, with an empty cache folder too (in a repository, and outside);
- the peer: ``python -c "import ftfy, opencc, datasketch"``;

and the ratios of each to the peer. ``python benchmarks/startup_bench.py [--repeat N]``.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXT = "今天天气很好。\n"


def _run(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds, and the CPU seconds (user and system) of the process and its children
    (steadier than the wall time on a machine busy with other work)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def best(
    command: list[str], cwd: Path, env: dict[str, str], repeat: int, reset=None
) -> tuple[float, float]:
    """The fastest wall and CPU time of ``repeat`` runs; ``reset()`` before each (a first
    run again)."""
    times = []
    for _ in range(repeat):
        if reset is not None:
            reset()
        times.append(_run(command, cwd, env))
    return min(wall for wall, _ in times), min(cpu for _, cpu in times)


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

        def first_in(folder: Path, empty_cache: bool = False):
            def reset() -> None:
                if empty_cache:
                    shutil.rmtree(cache, ignore_errors=True)
                shutil.rmtree(folder / ".textclean", ignore_errors=True)

            return reset

        rows = [
            ("import textclean", best([*python, "-c", "import textclean"], work, env, repeat)),
            ("check, in a repo, empty cache", best(check, repo, env, repeat, first_in(repo, True))),
            (
                "check, outside, empty cache",
                best(check, outside, env, repeat, first_in(outside, True)),
            ),
            ("check, in a repo, first", best(check, repo, env, repeat, first_in(repo))),
            ("check, in a repo, repeat", best(check, repo, env, repeat)),
            ("check, outside, first", best(check, outside, env, repeat, first_in(outside))),
            ("check, outside, repeat", best(check, outside, env, repeat)),
        ]
        peer = best([*python, "-c", "import ftfy, opencc, datasketch"], work, env, repeat)
        print(f"best of {repeat}, seconds: wall (ratio to the peer's imports), cpu (ratio)")
        for name, (wall, cpu) in rows:
            print(
                f"{name:38} {wall:6.3f} ({wall / peer[0]:.2f}x)  {cpu:6.3f} ({cpu / peer[1]:.2f}x)"
            )
        print(
            f"{'peer: import ftfy, opencc, datasketch':38} {peer[0]:6.3f}          {peer[1]:6.3f}"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
