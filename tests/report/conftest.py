"""A small real run with duplicates (the seeds and generated news), and its report."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from textclean.cli import main

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))

import dedup_corpus  # noqa: E402


@pytest.fixture(scope="session")
def run_dir(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    """``textclean run seeds news.jsonl -o run/out.jsonl --report run/report.html``."""
    root = tmp_path_factory.mktemp("report-run")
    news = root / "news.jsonl"
    with open(news, "w", encoding="utf-8") as handle:
        for document in dedup_corpus.generate(30, seed=5):
            handle.write(json.dumps({"id": document.id, "text": document.text}) + "\n")
        handle.write("{not json\n")  # a skip the report lists
    out = root / "run"
    code = main(
        [
            "run",
            str(seeds_dir),
            str(news),
            "-o",
            str(out / "out.jsonl"),
            "--report",
            str(out / "report.html"),
            "-q",
            "-j",
            "1",
        ]
    )
    assert code == 0
    return out
