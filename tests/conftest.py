"""Shared fixtures: the seed files, and a hypothesis profile that fits CI's time."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

settings.register_profile(
    "textclean", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("textclean")


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


def seed_text(prefix: str) -> str:
    """The text of the seed file whose name starts with ``prefix`` (e.g. ``"001"``)."""
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text("utf-8")
