"""A local Ray of two CPUs for the whole session (starting one takes seconds).

Without Ray installed these tests are skipped, except in CI (``CI`` set), which
installs ``textclean[ray]`` and must run them.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator

import pytest

if os.environ.get("CI"):
    ray = importlib.import_module("ray")
else:
    ray = pytest.importorskip("ray", reason="the ray extra is not installed")


@pytest.fixture(scope="session")
def local_ray() -> Iterator[None]:
    from textclean.distributed.session import ray_session

    with ray_session(num_cpus=2):
        yield
