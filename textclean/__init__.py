"""textclean: scraped Chinese news files in, clean text out, every change recorded.

>>> import textclean
>>> result = textclean.clean("商水新闻</p>\\u00a0")
>>> result.text
'商水新闻'
>>> for edit in result.edits:
...     print(f"{edit.step}: {edit.reason}: {edit.before!r} -> {edit.after!r}")
markup: HTML tag <p> (paragraph break kept): '</p>' -> '\\n'
whitespace: odd space U+00A0 NO-BREAK SPACE: '\\xa0' -> ' '
whitespace: trailing whitespace: ' ' -> ''
whitespace: line breaks at the end: '\\n' -> ''
"""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from textclean.boilerplate import strip_boilerplate
    from textclean.check import CheckOptions, CheckReport, Finding, check_files
    from textclean.config import CleanConfig
    from textclean.dedup import Duplicates, find_duplicates
    from textclean.distributed import run_on_ray
    from textclean.document import CleanResult, Document, Edit, replay
    from textclean.encoding import repair_encoding
    from textclean.errors import (
        BackendError,
        ConfigError,
        DecodeError,
        InputError,
        TextcleanError,
        UsageError,
    )
    from textclean.io import ReadOptions, Skipped, read_documents, write_documents
    from textclean.pipeline import RunSummary, clean, clean_document, clean_files, clean_stream
    from textclean.report import write_report
    from textclean.script import detect_script, unify_script

_HOMES = {
    "strip_boilerplate": "textclean.boilerplate",
    "CheckOptions": "textclean.check",
    "CheckReport": "textclean.check",
    "Finding": "textclean.check",
    "check_files": "textclean.check",
    "CleanConfig": "textclean.config",
    "Duplicates": "textclean.dedup",
    "find_duplicates": "textclean.dedup",
    "run_on_ray": "textclean.distributed",
    "CleanResult": "textclean.document",
    "Document": "textclean.document",
    "Edit": "textclean.document",
    "replay": "textclean.document",
    "repair_encoding": "textclean.encoding",
    "BackendError": "textclean.errors",
    "ConfigError": "textclean.errors",
    "DecodeError": "textclean.errors",
    "InputError": "textclean.errors",
    "TextcleanError": "textclean.errors",
    "UsageError": "textclean.errors",
    "ReadOptions": "textclean.io",
    "Skipped": "textclean.io",
    "read_documents": "textclean.io",
    "write_documents": "textclean.io",
    "RunSummary": "textclean.pipeline",
    "clean": "textclean.pipeline",
    "clean_document": "textclean.pipeline",
    "clean_files": "textclean.pipeline",
    "clean_stream": "textclean.pipeline",
    "write_report": "textclean.report",
    "detect_script": "textclean.script",
    "unify_script": "textclean.script",
}
"""Where each public name lives: imported on first use (PEP 562), so that ``import
textclean`` and the command's start cost little until a name is asked for."""


def __getattr__(name: str) -> _typing.Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'textclean' has no attribute {name!r}")
    value = getattr(_importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__version__ = "0.1.0"

__all__ = [
    "BackendError",
    "CheckOptions",
    "CheckReport",
    "CleanConfig",
    "CleanResult",
    "ConfigError",
    "DecodeError",
    "Document",
    "Duplicates",
    "Edit",
    "Finding",
    "InputError",
    "ReadOptions",
    "RunSummary",
    "Skipped",
    "TextcleanError",
    "UsageError",
    "__version__",
    "check_files",
    "clean",
    "clean_document",
    "clean_files",
    "clean_stream",
    "detect_script",
    "find_duplicates",
    "read_documents",
    "repair_encoding",
    "replay",
    "run_on_ray",
    "strip_boilerplate",
    "unify_script",
    "write_documents",
    "write_report",
]
