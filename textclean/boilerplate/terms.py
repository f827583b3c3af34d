"""Word lists as one regular expression: a trie, so that at each position one branch is tried.

>>> term_pattern({"无码", "无删减", "一区二区"}).pattern
'(?:一区二区|无(?:删减|码))'
>>> term_pattern({"av", "a片"}).findall("av a片 java")
['av', 'a片']
"""

from __future__ import annotations

import re
from typing import Any


def term_pattern(terms: set[str]) -> re.Pattern[str]:
    """One regex for ``terms``, as a trie (``无(?:码|删减)|一(?:区二区|本道)``): at each
    position at most one branch is tried, many times faster than a flat alternation.
    Terms in Latin letters match only as whole words."""
    latin = {term for term in terms if term.isascii()}
    parts = [_trie_pattern(_trie(terms - latin))] if terms - latin else []
    if latin:
        parts.append(f"(?<![a-z]){_trie_pattern(_trie(latin))}(?![a-z])")
    return re.compile("|".join(parts) or "(?!)")


def _trie(terms: set[str]) -> dict[str, Any]:
    root: dict[str, Any] = {}
    for term in terms:
        node = root
        for char in term:
            node = node.setdefault(char, {})
        node[""] = {}  # a term ends here
    return root


def _trie_pattern(node: dict[str, Any]) -> str:
    """The regex of a trie node; the longer branches are tried before a term that ends here."""
    branches = [re.escape(char) + _trie_pattern(node[char]) for char in sorted(set(node) - {""})]
    if "" in node:
        branches.append("")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
