"""``textclean check`` and ``textclean fix``: textclean as a linter for repositories of text.

See docs/precommit.md. :func:`~textclean.check.runner.check_files` is the entry point;
the codes are in :mod:`textclean.check.codes`.
"""
