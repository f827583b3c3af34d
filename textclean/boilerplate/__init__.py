"""Boilerplate and spam: the site around an article, cut line by line, every cut an Edit.

- :mod:`~textclean.boilerplate.rules`: the rule catalogue (``data/boilerplate.toml``).
- :mod:`~textclean.boilerplate.spam`: spam lines by lexicon (``data/spam.toml``) and shape.
- :mod:`~textclean.boilerplate.strip`: the ``boilerplate`` document step.
- :mod:`~textclean.boilerplate.repeated`: the corpus stage that removes lines repeated
  across many documents of one site.
"""

from textclean.boilerplate.strip import BOILERPLATE_STEP, classify_lines, strip_boilerplate

__all__ = ["BOILERPLATE_STEP", "classify_lines", "strip_boilerplate"]
