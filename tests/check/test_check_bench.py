"""The check benchmark (``benchmarks/check_bench.py``) on a small repository: it builds the
index, stages the changed files, times the real ``textclean check``, and finds every
planted reprint as TC402; its peer (datasketch by hand) finds a copy in its LSH. How fast
textclean is at 100,000 documents is the benchmark's job, not this test's."""

from __future__ import annotations

import shutil
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from tests.conftest import seed_text

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import check_bench  # noqa: E402

SETTINGS = replace(
    check_bench.SMOKE, index_docs=300, changed=40, jobs=(1,), repeat=1, peer=False, floors=False
)
"""The smoke mode, smaller: 300 documents, 40 changed files (2 reprints, 2 problem files),
one run of each check with -j 1; the peer is tested apart (below)."""


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_smoke_run_reports_the_planted_reprints(tmp_path: Path) -> None:
    results = check_bench.run_benchmark(SETTINGS, tmp_path)

    assert results["repository"]["indexed"] == SETTINGS.index_docs
    assert results["changed"]["reprint"] == 2
    for name, quality in results["quality"].items():
        assert quality["reprints"] == 2, name
        assert quality["reprints_found"] == quality["reprints"], (name, quality["missed"])
        assert quality["right_target"] == quality["reprints"], name
        assert quality["false_duplicates"] == 0, (name, quality["false"])
    everything = results["quality"]["textclean check all codes -j 1"]
    assert everything["problems_found"] == everything["problems"] == 2
    assert everything["clean_with_findings"] == 0
    table = check_bench.render(results)
    assert "| textclean check --select TC4 -j 1 | 40 files |" in table


def test_the_peer_finds_a_reprint_in_its_lsh(tmp_path: Path) -> None:
    from datasketch import LeanMinHash, MinHash, MinHashLSH

    repository = [seed_text(prefix) for prefix in ("001", "002")]
    lsh = MinHashLSH(threshold=check_bench.PEER_THRESHOLD, num_perm=check_bench.PEER_NUM_PERM)
    scheme = MinHash(num_perm=check_bench.PEER_NUM_PERM).scheme
    for position, row in enumerate(check_bench.peer_signatures(repository)):
        lsh.insert(position, LeanMinHash(seed=1, hashvalues=row, scheme=scheme))
    (tmp_path / "copy.txt").write_text(repository[1] + "\n（责任编辑：王明）\n", encoding="utf-8")
    (tmp_path / "new.txt").write_text(seed_text("003"), encoding="gb18030")
    planted = [
        check_bench.Planted("copy.txt", "reprint", 1),
        check_bench.Planted("new.txt", "new"),
    ]

    peer = check_bench.peer_check(tmp_path, [item.name for item in planted], lsh)

    assert peer.candidates == {"copy.txt": [1], "new.txt": []}
    assert set(peer.stages) == set(check_bench.PEER_STAGES)
    quality = check_bench.judge_peer(planted, peer.candidates, roots=[0, 1])
    assert (quality.reprints_found, quality.right_target, quality.false_duplicates) == (1, 1, 0)
