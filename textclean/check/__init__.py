"""``textclean check`` and ``textclean fix``: textclean as a linter for repositories of text.

:func:`check_files` is the entry point (docs/precommit.md has the command line and the
hooks); the codes are in :mod:`textclean.check.codes`.
"""

from textclean.check.findings import Finding
from textclean.check.runner import CheckOptions, CheckReport, check_files

__all__ = ["CheckOptions", "CheckReport", "Finding", "check_files"]
