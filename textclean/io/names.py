r"""File names as text that UTF-8 can hold, and back: ids, sources and finding paths.

A file name on Linux is bytes. Python gives a name that is not UTF-8 (a GBK-named
``中文.txt`` from a Windows archive) as a ``str`` with surrogate escapes, which no UTF-8
output (JSON, SQLite, stdout) can hold. :func:`printable_name` writes every name in one
reversible form: each byte that is not part of valid UTF-8 as ``\xNN``, each backslash as
``\\``, the rest as it is. A name that is valid UTF-8 and has no backslash (nearly every
name) is unchanged. :func:`path_from_name` gives the path back:

>>> name = printable_name(os.fsdecode(b"in/\xd6\xd0\xce\xc4.txt"))
>>> print(name)
in/\xd6\xd0\xce\xc4.txt
>>> os.fsencode(path_from_name(name))
b'in/\xd6\xd0\xce\xc4.txt'
"""

from __future__ import annotations

import os
import re
from pathlib import Path

_ESCAPED = re.compile(rb"\\(\\|x[0-9a-fA-F]{2})")
r"""An escape that :func:`printable_name` writes: ``\\`` or ``\xNN``."""


def printable_name(name: str | bytes | os.PathLike[str] | os.PathLike[bytes]) -> str:
    r"""``name`` (a path, or its ``str`` or ``bytes``) as text without surrogates.

    >>> printable_name("新闻/a.txt")
    '新闻/a.txt'
    >>> print(printable_name(b"\xd6\xd0\xce\xc4.txt"), printable_name("a\\b.txt"))
    \xd6\xd0\xce\xc4.txt a\\b.txt
    """
    return _name_bytes(name).replace(b"\\", b"\\\\").decode("utf-8", "backslashreplace")


def path_from_name(name: str) -> Path:
    r"""The path that :func:`printable_name` wrote as ``name``.

    >>> path_from_name(r"a\\b.txt") == Path("a\\b.txt")
    True
    """
    raw = _ESCAPED.sub(_unescape, name.encode("utf-8", "surrogatepass"))
    return Path(os.fsdecode(raw))


def _name_bytes(name: str | bytes | os.PathLike[str] | os.PathLike[bytes]) -> bytes:
    """The bytes of a file name; a ``str`` no file system could give (a lone surrogate
    other than a surrogate escape) as UTF-8 with its surrogates written out."""
    name = os.fspath(name)
    if isinstance(name, bytes):
        return name
    try:
        return os.fsencode(name)
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogatepass")


def _unescape(match: re.Match[bytes]) -> bytes:
    escape = match.group(1)
    return b"\\" if escape == b"\\" else bytes([int(escape[1:], 16)])
