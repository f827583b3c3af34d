"""Throughput of ``clean()`` and of a run, on real news, against the glue in the same run.

    python benchmarks/speed_bench.py [--documents N] [--profile] [--files-mb 20]

The articles are `data/news_speed/articles.jsonl.gz` (1,666 real articles from three
crawler repositories: see its README). Four inputs are made of them:

* **Simplified**: the 1,033 Simplified articles as crawled;
* **Traditional**: the same articles in Traditional script (OpenCC ``s2t``), so that the
  script step converts every line back (the default target is Simplified);
* **Taiwan news**: the 633 Traditional articles as crawled (udn, chinatimes);
* **10% garbled**: the Simplified articles, one in ten garbled whole by one kind of
  mojibake (:func:`textclean.encoding.kinds.garble`, lossy kinds with ``?``; a fixed seed).

For each, the CPU time (``time.process_time``, best of ``--repeat``) of ``textclean.clean``
with the default config against the glue a user writes instead, on the same documents:
``opencc.OpenCC("t2s").convert(ftfy.fix_text(text))``. The ratio is textclean's time over
the glue's (the issue's aims: at most 0.7x, 0.8x and 1.5x for Simplified, Traditional and
garbled). Then each step's share of ``clean()``'s time (the steps timed one by one, in the
first run and in the reruns), the boilerplate step's own speed on the text it is given,
and ``clean_files`` end to end on a JSONL of the articles repeated to ``--files-mb``
(1 and 2 worker processes, MB/s of input and the peak RSS of the run's processes).
``--profile`` prints a cProfile summary of ``clean()`` on the Simplified input.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import json
import pstats
import random
import resource
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import ftfy  # noqa: E402
import opencc  # noqa: E402

import textclean.pipeline as pipeline  # noqa: E402
from textclean import CleanConfig, clean, clean_files  # noqa: E402
from textclean.boilerplate.strip import forget_known_lines  # noqa: E402
from textclean.encoding.kinds import KINDS, Kind, garble  # noqa: E402

ARTICLES = ROOT / "benchmarks" / "data" / "news_speed" / "articles.jsonl.gz"
GARBLED_SHARE = 0.1
AIMS = {"Simplified": 0.7, "Traditional": 0.8, "10% garbled": 1.5}


def load_articles(path: Path = ARTICLES) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def garbled(texts: Sequence[str], share: float = GARBLED_SHARE, seed: int = 1) -> list[str]:
    """``texts`` with about ``share`` of them garbled whole, each by a kind picked at
    random (lossy kinds lose their undecodable bytes to ``?``, as real decoders do)."""
    rng = random.Random(seed)
    kinds = list(KINDS.values())
    s2t = opencc.OpenCC("s2t")
    out = []
    for text in texts:
        if rng.random() < share:
            text = _garbled_by_some_kind(text, rng.sample(kinds, len(kinds)), s2t)
        out.append(text)
    return out


def _garbled_by_some_kind(text: str, kinds: Sequence[Kind], s2t: opencc.OpenCC) -> str:
    """``text`` garbled by the first of ``kinds`` whose true codec holds it (a Big5 page
    is in Traditional script: the text is converted first)."""
    for kind in kinds:
        source = s2t.convert(text) if kind.true.startswith("big5") else text
        try:
            return garble(source, kind, lossy_mark="?")
        except UnicodeEncodeError:
            continue
    return text


def inputs(documents: int | None) -> dict[str, list[str]]:
    articles = load_articles()
    simplified = [a["text"] for a in articles if a["script"] == "simplified"][:documents]
    native = [a["text"] for a in articles if a["script"] == "traditional"][:documents]
    s2t = opencc.OpenCC("s2t")
    return {
        "Simplified": simplified,
        "Traditional": [s2t.convert(text) for text in simplified],
        "Taiwan news": native,
        "10% garbled": garbled(simplified),
    }


def cpu_seconds(function: Callable[[str], object], texts: Sequence[str], repeat: int) -> float:
    """Best CPU time of ``repeat`` runs of ``function`` over ``texts``. What textclean
    keeps of lines it has seen is forgotten before each run: a corpus does not come twice
    (lines repeated across its pages do gain from it, as they should)."""
    best = float("inf")
    for _ in range(repeat):
        forget_known_lines()
        start = time.process_time()
        for text in texts:
            function(text)
        best = min(best, time.process_time() - start)
    return best


def megabytes(texts: Sequence[str]) -> float:
    return sum(len(text.encode("utf-8", "surrogatepass")) for text in texts) / 1e6


def compare(corpora: dict[str, list[str]], repeat: int) -> None:
    config = CleanConfig()
    t2s = opencc.OpenCC("t2s")

    def glue(text: str) -> str:
        return t2s.convert(ftfy.fix_text(text))

    def ours(text: str) -> object:
        return clean(text, config)

    for texts in corpora.values():  # warm: the catalogues, tables and models load once
        for text in texts[:20]:
            ours(text)
            glue(text)
    print(f"{'input':14s} {'MB':>5s} {'textclean':>10s} {'glue':>10s} {'ratio':>6s}  aim")
    for name, texts in corpora.items():
        size = megabytes(texts)
        # interleaved, best of each: a loaded machine slows both alike
        ours_best = glue_best = float("inf")
        for _ in range(repeat):
            ours_best = min(ours_best, cpu_seconds(ours, texts, 1))
            glue_best = min(glue_best, cpu_seconds(glue, texts, 1))
        ratio = ours_best / glue_best
        aim = AIMS.get(name)
        verdict = "" if aim is None else f"<= {aim}x {'met' if ratio <= aim else 'NOT met'}"
        print(
            f"{name:14s} {size:5.2f} {size / ours_best:6.2f} MB/s {size / glue_best:5.2f} MB/s"
            f" {ratio:5.2f}x  {verdict}"
        )


def step_shares(texts: Sequence[str]) -> None:
    """Each step's CPU time in ``clean()`` over ``texts``, first run and reruns apart."""
    spent: Counter[tuple[str, bool]] = Counter()
    rerun = [False]

    def timed(step: pipeline.Step) -> pipeline.Step:
        run = step.run

        def run_timed(text: str, config: CleanConfig) -> pipeline.StepOutput:
            start = time.process_time()
            output = run(text, config)
            spent[step.name, rerun[0]] += time.process_time() - start
            return output

        return replace(step, run=run_timed)

    original_steps, original_run = pipeline.DOCUMENT_STEPS, pipeline._run_steps

    def run_steps(*args: object, again: bool = False) -> object:
        rerun[0] = again
        return original_run(*args, again=again)  # type: ignore[arg-type]

    pipeline.DOCUMENT_STEPS = tuple(timed(step) for step in original_steps)
    pipeline._run_steps = run_steps  # type: ignore[assignment]
    try:
        forget_known_lines()
        start = time.process_time()
        for text in texts:
            pipeline.clean(text)
        total = time.process_time() - start
    finally:
        pipeline.DOCUMENT_STEPS, pipeline._run_steps = original_steps, original_run
    size = megabytes(texts)
    print(f"steps of clean() on Simplified ({size / total:.2f} MB/s in all):")
    names = sorted({name for name, _ in spent}, key=lambda n: -(spent[n, False] + spent[n, True]))
    for name in names:
        first, again = spent[name, False], spent[name, True]
        speed = size / first if first else float("inf")
        print(
            f"  {name:12s} {100 * (first + again) / total:5.1f}%  first run "
            f"{first:5.2f} s ({speed:7.1f} MB/s), reruns {again:5.2f} s"
        )


def boilerplate_speed(texts: Sequence[str], repeat: int) -> None:
    """The boilerplate step alone, on the text it is given in ``clean()`` (every step
    before it run first)."""
    config = CleanConfig()
    before = [step for step in pipeline.DOCUMENT_STEPS if step.name != "boilerplate"]
    step = next(step for step in pipeline.DOCUMENT_STEPS if step.name == "boilerplate")
    given = []
    for text in texts:
        for earlier in before:
            text = earlier.run(text, config).text
        given.append(text)
    seconds = cpu_seconds(lambda text: step.run(text, config), given, repeat)
    print(f"boilerplate step alone: {megabytes(given) / seconds:.2f} MB/s (aim >= 10)")


def files_speed(texts: Sequence[str], target_mb: float) -> None:
    """``clean_files`` on a JSONL of ``texts`` repeated to ``target_mb``, with 1 and 2
    workers: MB/s of input (wall), and the peak RSS of the parent and of the workers."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder, "articles.jsonl")
        written = 0
        with source.open("w", encoding="utf-8") as out:
            number = 0
            while written < target_mb * 1e6:
                for text in texts:
                    line = json.dumps({"id": f"a{number}", "text": text}, ensure_ascii=False)
                    out.write(line + "\n")
                    written += len(line.encode("utf-8")) + 1
                    number += 1
        size = written / 1e6
        walls = {}
        for jobs in (1, 2):
            start = time.perf_counter()
            clean_files([source], Path(folder, f"out{jobs}.jsonl"), CleanConfig(), jobs=jobs)
            walls[jobs] = time.perf_counter() - start
            parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(
                f"clean_files -j {jobs}: {size:.0f} MB in {walls[jobs]:.1f} s = "
                f"{size / walls[jobs]:.2f} MB/s; peak RSS so far: parent {parent:.0f} MiB, "
                f"largest worker {workers:.0f} MiB"
            )
        print(f"speed-up of -j 2 over -j 1: {walls[1] / walls[2]:.2f}x (aim >= 1.8)")


def profile(texts: Sequence[str], top: int) -> None:
    config = CleanConfig()
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        clean(text, config)
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, help="at most this many of each input")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--files-mb", type=float, default=20.0, help="0: no clean_files run")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    corpora = inputs(args.documents)
    compare(corpora, args.repeat)
    step_shares(corpora["Simplified"])
    boilerplate_speed(corpora["Simplified"], args.repeat)
    if args.files_mb:
        files_speed(corpora["Simplified"] + corpora["Taiwan news"], args.files_mb)
    if args.profile:
        profile(corpora["Simplified"], 30)


if __name__ == "__main__":
    main()
