"""The dedup stage inside clean_files and dedup_files, called from Python."""

from __future__ import annotations

import shutil

from tests.test_cli import read_jsonl
from textclean import CleanConfig
from textclean.pipeline import clean_files, dedup_files


def test_a_run_without_the_repeated_line_stage_still_deduplicates(seeds_dir, tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(seeds_dir, folder)
    (original,) = folder.glob("002_*.txt")
    shutil.copy(original, folder / "again.txt")
    output = tmp_path / "out.jsonl"
    config = CleanConfig(repeated_line_documents=0)
    summary = clean_files([folder], output, config, jobs=1, dedup=True)
    assert summary.documents == 6 and summary.duplicates is not None
    assert len(summary.duplicates.dropped) == 1
    assert len(read_jsonl(output)) == 5


def test_dedup_files_counts_what_it_skips(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("同一篇稿件的全文在这里出现。", "utf-8")
    (folder / "b.txt").write_text("同一篇稿件的全文在这里出现！", "utf-8")
    (folder / "c.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    skipped = []
    summary = dedup_files([folder], tmp_path / "o.jsonl", jobs=1, on_skip=skipped.append)
    assert summary.documents == 2 and summary.skipped == 1 and len(skipped) == 1
    assert summary.describe() == (
        "2 documents read; 1 dropped as near-duplicates (1 cluster); 1 skipped"
    )
