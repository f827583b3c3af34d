"""Throughput of the foundation pipeline, measured against peers in the same process.

    python benchmarks/pipeline_bench.py [--documents 2000]

Builds a corpus from the seed files (each document a seed with scraped-page noise:
NBSP, indentation, blank-line runs, leftover tags), then reports:

* ``clean()`` in one process, in MB/s of UTF-8 input, against a peer that does
  the same kind of work without the edit log (``Rule.apply``, the pure regexes),
  so the ratio is the cost of recording every change;
* the same against ``json.loads``/``json.dumps`` of each document, a floor that
  any pipeline writing JSONL pays;
* ``clean_files`` end to end (read .txt, decode, clean, write JSONL) with 1 and 2
  worker processes, and the speed-up of 2 over 1.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timing import best_time  # noqa: E402

from textclean import CleanConfig, clean, clean_files  # noqa: E402
from textclean.layout import character_rules, whitespace_rules  # noqa: E402
from textclean.markup import markup_rules  # noqa: E402

NOISE = ["\u00a0\u00a0", "</p>", "<br/>", "&nbsp;", "\n\n\n\n", "  ", "\u3000\u3000", "\r\n"]


def make_corpus(count: int, seed: int = 7) -> list[str]:
    """``count`` noisy documents built from the seeds' lines (deterministic)."""
    rng = random.Random(seed)
    lines = [
        line
        for path in sorted((ROOT / "seeds").glob("*.txt"))
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    ]
    corpus = []
    for _ in range(count):
        picked = rng.sample(lines, k=min(len(lines), rng.randint(8, 30)))
        corpus.append("".join(line + rng.choice(NOISE) + "\n" for line in picked))
    return corpus


def pure_rules(text: str) -> str:
    for rule in (*character_rules(), *markup_rules(), *whitespace_rules(True, 1)):
        text = rule.apply(text)
    return text


def json_round_trip(text: str) -> str:
    return json.loads(json.dumps({"id": "x", "text": text}, ensure_ascii=False))["text"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    args = parser.parse_args()
    corpus = make_corpus(args.documents)
    megabytes = sum(len(text.encode("utf-8")) for text in corpus) / 1e6
    config = CleanConfig()
    print(f"corpus: {len(corpus)} documents, {megabytes:.1f} MB UTF-8")

    ours = best_time(lambda text: clean(text, config), corpus)
    peer = best_time(pure_rules, corpus)
    floor = best_time(json_round_trip, corpus)
    print(f"{'clean() one process':26s} {megabytes / ours:8.1f} MB/s")
    for label, seconds in (("pure rules, no edit log", peer), ("JSON round trip (floor)", floor)):
        print(f"{label:26s} {megabytes / seconds:8.1f} MB/s  (clean takes {ours / seconds:.2f}x)")

    with tempfile.TemporaryDirectory() as folder:
        inputs = Path(folder, "in")
        inputs.mkdir()
        for number, text in enumerate(corpus):
            Path(inputs, f"{number:06d}.txt").write_text(text, encoding="utf-8")
        walls = {}
        for jobs in (1, 2):
            start = time.perf_counter()
            summary = clean_files([inputs], Path(folder, f"out{jobs}.jsonl"), config, jobs=jobs)
            walls[jobs] = time.perf_counter() - start
            print(
                f"clean_files jobs={jobs}          {megabytes / walls[jobs]:8.1f} MB/s"
                f"  ({summary.documents} docs, {summary.edits} edits)"
            )
        print(f"speed-up of 2 jobs over 1  {walls[1] / walls[2]:8.2f}x")
        # The repeated-line stage makes the run two passes (spool, count, read back).
        one_pass = replace(config, repeated_line_documents=0)
        start = time.perf_counter()
        clean_files([inputs], Path(folder, "one_pass.jsonl"), one_pass, jobs=2)
        wall = time.perf_counter() - start
        print(
            f"clean_files jobs=2, one pass {megabytes / wall:6.1f} MB/s"
            f"  (the second pass costs {walls[2] / wall:.2f}x)"
        )


if __name__ == "__main__":
    main()
