"""Shared fixtures: the seed files, a hypothesis profile that fits CI's time, and the
groups of tests that pytest-xdist runs whole on one worker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

settings.register_profile(
    "textclean", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("textclean")


@pytest.fixture(scope="session", autouse=True)
def _cache_dir(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The tables textclean keeps between runs (:mod:`textclean.cache`) go to a folder of
    the session, not the user's cache; subprocesses inherit it."""
    import os

    os.environ.setdefault("TEXTCLEAN_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


def seed_text(prefix: str) -> str:
    """The text of the seed file whose name starts with ``prefix`` (e.g. ``"001"``)."""
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text("utf-8")


XDIST_GROUPS = {
    # a local Ray of two CPUs for the session (and the scale benchmark's child starts a
    # Ray of its own): one worker runs every Ray test, so one Ray at a time on CI's two
    # cores, started once. A test that needs Ray belongs in tests/distributed.
    "tests/distributed/": "ray",
    # its module fixture builds a pre-commit environment (from the package registry), and
    # try-repo is the suite's longest test: built once, and started early (the scheduler
    # hands out the largest groups first)
    "tests/check/test_precommit.py": "precommit",
    # module fixtures: a benchmark run of two reports opened in Chromium; Chromium
    "tests/report/test_report_bench.py": "report-bench",
    "tests/report/test_browser.py": "browser",
}
"""Node-id prefix -> group: with ``--dist loadgroup`` (pyproject.toml's addopts) the tests
of a group run on one worker, in order, and the other tests are handed out one by one."""


@pytest.hookimpl(optionalhook=True)  # pytest-xdist's hook; unknown under -p no:xdist
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """``--dist loadgroup``, its groups found by :data:`XDIST_GROUPS`.

    The groups are read from the node ids here, in the controller. ``xdist_group`` marks
    are not enough: xdist passes a mark's group on by appending ``@group`` to the node id
    on the worker, which pytest 9.2's node ids ignore, so with pytest-xdist 3.8 every
    test was a group of its own and both workers started a Ray (pytest-xdist issue
    #1386). Where that works again, marks add groups of their own.
    """
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadGroupScheduling

    class PathGroupScheduling(LoadGroupScheduling):
        def _split_scope(self, nodeid: str) -> str:
            for prefix, group in XDIST_GROUPS.items():
                if nodeid.startswith(prefix):
                    return group
            return super()._split_scope(nodeid)

    return PathGroupScheduling(config, log)
