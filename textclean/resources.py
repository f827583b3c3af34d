"""Data files shipped in ``textclean/data/``, read lazily and once per process.

>>> "p" in load_toml("markup.toml")["block"]
True
"""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


@cache
def load_toml(name: str) -> dict[str, Any]:
    """The parsed TOML file ``textclean/data/<name>``."""
    return tomllib.loads(read_text(name))


def read_text(name: str) -> str:
    """The text of the file ``textclean/data/<name>`` (UTF-8)."""
    return resources.files("textclean.data").joinpath(name).read_text("utf-8")


def read_bytes(name: str) -> bytes:
    """The bytes of the file ``textclean/data/<name>``."""
    return resources.files("textclean.data").joinpath(name).read_bytes()
