"""A run on Ray writes what a local run writes: same documents, clusters and records.

The corpus: the seeds, and about 2,000 generated news documents (``dedup_corpus``:
reprints, Traditional mirrors with pinyin, truncated and edited copies, e-paper pages
holding whole stories, hard negatives) as JSONL, Parquet, and ``.txt`` files, some in
GB18030.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pyarrow
import pyarrow.parquet
import pytest

from textclean.config import CleanConfig
from textclean.distributed import run_on_ray
from textclean.distributed.shards import shard_paths
from textclean.pipeline import clean_files

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import dedup_corpus  # noqa: E402

OUTPUTS = ("output", "clusters", "dropped", "removed")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    shutil.copytree(seeds_dir, root / "seeds")
    documents = dedup_corpus.generate(900, seed=8)
    half, three_quarters = len(documents) // 2, len(documents) * 3 // 4
    with open(root / "news.jsonl", "w", encoding="utf-8") as handle:
        for document in documents[:half]:
            record = {"id": document.id, "text": document.text, "kind": document.kind}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        handle.write("{not json\n")  # a skip, reported by both
        lost = {"id": "lost", "text": "本报讯：昨日召开的座谈会上，\ufffd\ufffd代表们发言踊跃。"}
        handle.write(json.dumps(lost) + "\n")  # lost characters, counted by both
    parquet = documents[half:three_quarters]
    table = {"id": [d.id for d in parquet], "text": [d.text for d in parquet]}
    pyarrow.parquet.write_table(pyarrow.table(table), root / "wire.parquet")
    folder = root / "pages"
    folder.mkdir()
    for number, document in enumerate(documents[three_quarters:]):
        encoding = "gb18030" if number % 5 == 0 else "utf-8"
        (folder / f"{document.id}.txt").write_bytes(document.text.encode(encoding))
    return root


def _records(path: Path) -> list[dict]:
    """The JSONL records of a file, or of a directory of shards in name order."""
    files = shard_paths(path) if path.is_dir() else [path]
    return [json.loads(line) for file in files for line in file.read_text("utf-8").splitlines()]


def _run_both(
    inputs: list[Path], tmp_path: Path, config: CleanConfig
) -> tuple[dict, dict, list, list]:
    local = {name: tmp_path / "local" / f"{name}.jsonl" for name in OUTPUTS}
    ray = {name: tmp_path / "ray" / name for name in OUTPUTS}
    local_skips: list = []
    ray_skips: list = []
    local_summary = clean_files(
        inputs,
        local["output"],
        config,
        dedup=True,
        on_skip=local_skips.append,
        clusters=local["clusters"],
        dropped=local["dropped"],
        removed=local["removed"],
    )
    ray_summary = run_on_ray(
        inputs,
        ray["output"],
        config,
        on_skip=ray_skips.append,
        clusters=ray["clusters"],
        dropped=ray["dropped"],
        removed=ray["removed"],
    )
    assert ray_summary.describe() == local_summary.describe()
    assert (ray_summary.lost_documents, ray_summary.lost_characters) == (1, 2)
    assert sorted(map(str, ray_skips)) == sorted(map(str, local_skips))
    return local, ray, local_skips, ray_skips


@pytest.mark.usefixtures("local_ray")
def test_ray_writes_what_a_local_run_writes(corpus: Path, tmp_path: Path) -> None:
    inputs = [corpus / "seeds", corpus / "news.jsonl", corpus / "wire.parquet", corpus / "pages"]
    local, ray, skips, _ = _run_both(inputs, tmp_path, CleanConfig())
    assert len(skips) == 1
    for name in OUTPUTS:
        assert _records(ray[name]) == _records(local[name]), name
    clusters = _records(local["clusters"])
    dropped = _records(local["dropped"])
    kept = _records(local["output"])
    # the corpus has what the comparison is about
    assert len(clusters) > 100 and len(dropped) > 200
    assert any(len(cluster["members"]) > 3 for cluster in clusters)
    assert sum("contained_in" in document["meta"] for document in kept) > 20
    assert any(record["category"] == "repeated" for record in _records(local["removed"]))


@pytest.mark.usefixtures("local_ray")
def test_exact_verification_decides_the_same_pairs(corpus: Path, tmp_path: Path) -> None:
    """With ``exact_verification`` the pairs near the threshold are decided on the
    views' exact shingle sets, on Ray as locally."""
    config = CleanConfig(exact_verification=True, drop_contained=True)
    local, ray, _, _ = _run_both([corpus / "news.jsonl"], tmp_path, config)
    for name in OUTPUTS:
        assert _records(ray[name]) == _records(local[name]), name
    assert len(_records(local["clusters"])) > 50
    assert any(record["reason"] == "contained" for record in _records(local["dropped"]))
