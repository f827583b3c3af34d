"""The report benchmark (``benchmarks/report_bench.py``) at a tiny size: a real run of 100
generated documents, its output replicated to 1,050 documents, both reports written and
opened in Chromium. The replicated files must be a coherent run output, and every check
of the benchmark must pass; how fast the report is at 100,000 documents is the
benchmark's job, not this test's.

Without Chromium or Playwright this test is skipped, except in CI (``CI`` set), whose
``.ci/run`` installs both and must run it.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))

import report_bench  # noqa: E402

SETTINGS = replace(
    report_bench.SMOKE, documents=1_050, base=100, per_file=50, sample=10, per_kind=1
)
"""Smaller than ``--smoke``: 10 copies of the base run and half of one, and a drill-down
of 10 documents and one of each kind, as ``textclean report --sample 10 --per-kind 1``
makes it."""

_PROBLEM = report_bench.chromium_problem(SETTINGS.chromium)
if _PROBLEM is not None and not os.environ.get("CI"):
    pytest.skip(_PROBLEM, allow_module_level=True)


def _records(path: Path) -> list[dict[str, Any]]:
    with path.open("rb") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="module")
def benchmark(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Path]:
    """The benchmark's results, and its workdir (the base run and the replicated one)."""
    workdir = tmp_path_factory.mktemp("report-bench")
    return report_bench.run_benchmark(SETTINGS, workdir), workdir


def test_smoke_run_passes_its_checks(benchmark: tuple[dict[str, Any], Path]) -> None:
    results, _ = benchmark

    assert report_bench.problems(results) == []
    small, large = results["runs"]
    assert large["documents"] == large["reported_documents"] == SETTINGS.documents
    assert small["reported_documents"] == results["base"]["documents"] == SETTINGS.base
    for run in (small, large):
        assert run["page"]["errors"] == []
        assert run["page"]["rows"] == run["sampled"] > 0
        assert run["page"]["charts"] > 0
        assert 0 <= run["page"]["rows_ms"] <= run["page"]["load_ms"]
    table = report_bench.render(results)
    assert "| **report / peer** |" in table
    assert "every check passed" in table


def test_the_replicated_files_are_a_coherent_run_output(
    benchmark: tuple[dict[str, Any], Path],
) -> None:
    results, workdir = benchmark
    folder = workdir / "replicated"
    files = {kind: _records(path) for kind, path in report_bench.run_paths(folder).items()}

    assert results["replicated"]["copies"] == 10
    assert results["replicated"]["partial"] == 50
    kept = [record["id"] for record in files["output"]]
    dropped = [record["id"] for record in files["dropped"]]
    everyone = set(kept) | set(dropped)
    assert len(kept) + len(dropped) == len(everyone) == SETTINGS.documents  # every id once
    numbers = [record["cluster"] for record in files["clusters"]]
    assert len(set(numbers)) == len(numbers)
    clusters = {record["cluster"]: record for record in files["clusters"]}
    for record in files["clusters"]:
        assert record["kept"] in set(kept)
        assert {member["id"] for member in record["members"]} <= everyone
    for record in files["dropped"]:
        assert record["document"]["id"] == record["id"]
        if record["reason"] == "duplicate":
            cluster = clusters[record["cluster"]]
            assert record["duplicate_of"] == cluster["kept"]
            assert record["id"] in {member["id"] for member in cluster["members"]}
    for record in files["output"]:
        where = record["meta"].get("contained_in")
        if where:
            assert where["id"] in everyone
    assert {record["id"] for record in files["removed"]} <= everyone
    copies = Counter(doc_id.partition("#")[2] for doc_id in everyone)
    assert copies[""] == copies["1"] == copies["9"] == SETTINGS.base  # copy 0: the run's ids
    assert copies["10"] == 50  # the partial copy
    manifest = json.loads((folder / "out.run.json").read_text("utf-8"))
    assert manifest["summary"]["documents"] == SETTINGS.documents
    assert manifest["summary"]["duplicates"]["clusters"] == len(numbers)
