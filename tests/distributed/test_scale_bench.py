"""The scale benchmark (``benchmarks/scale_bench.py``) in its smoke mode, as a user runs it:
a child process per configuration (local jobs=1, and a Ray of its own with num_cpus=2) on
100 generated news documents, the Markdown table printed, the same kept ids on both
backends. How fast Ray is against the local run is the benchmark's job, not this test's.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "scale_bench.py"


def test_smoke_run_prints_the_table_and_the_same_ids(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCHMARK), "--smoke", "--workdir", str(tmp_path / "work")],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )

    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    table = done.stdout
    assert "| configuration | process s | Ray start-up s | run s | docs/s | MB/s |" in table
    rows = [line for line in table.splitlines() if line.startswith(("| local ", "| ray "))]
    assert len(rows) == 2, table
    local, ray = rows
    assert local.startswith("| local clean_files jobs=1 |") and local.endswith("| reference |")
    assert ray.startswith("| ray run_on_ray num_cpus=2 |") and ray.endswith("| yes |")
    assert "MISMATCH" not in table and "FAILED" not in table
    assert "every run kept the same" in table
    assert not (tmp_path / "work" / "corpus").exists()  # the benchmark cleans up after itself
