"""What the benchmarks share, and what is light to import (a child process of a benchmark
imports no more than it measures): timing, progress lines, their working folder."""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path


def best_time(function: Callable[[str], object], texts: Iterable[str], repeat: int = 3) -> float:
    """Best wall time, in seconds, of ``repeat`` runs of ``function`` over ``texts``."""
    texts = list(texts)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            function(text)
        best = min(best, time.perf_counter() - start)
    return best


def say(message: str) -> None:
    """Progress on stderr, with the time of day (the benchmarks that run for minutes)."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def remove_made(workdir: Path, created: bool, names: Iterable[str]) -> None:
    """Remove what a benchmark made: the whole ``workdir`` if it made it, else the files
    and folders ``names`` in it (a ``--workdir`` of the user's is left otherwise as it was)."""
    if created:
        shutil.rmtree(workdir, ignore_errors=True)
        return
    for name in names:
        path = workdir / name
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


def environment_lines(results: dict) -> list[str]:
    """The first lines of a benchmark's Markdown: what ran, and how loaded the machine was
    (``results`` holds ``textclean``, ``python``, ``versions``, ``cpus``, ``load_before``
    and ``load_after``)."""
    versions = ", ".join(f"{name} {value}" for name, value in results["versions"].items())
    return [
        f"versions: {results['textclean']}, Python {results['python']}, {versions}",
        f"machine: {results['cpus']} CPUs; before: {results['load_before']}; after: "
        f"{results['load_after']}",
    ]
