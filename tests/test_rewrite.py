from __future__ import annotations

import re

from textclean.document import replay
from textclean.rewrite import Rule, rewrite, rewrite_until_stable


def test_rewrite_logs_offsets_that_replay_exactly():
    rules = [
        Rule("x", re.compile("ab"), "X", "ab to X"),
        Rule("y", re.compile("c+"), lambda m: str(len(m.group())), lambda m: f"{len(m.group())} c"),
    ]
    text = "abccabcccab"
    out, edits = rewrite(text, rules, step="demo")
    assert out == "X2X3X"
    assert [e.reason for e in edits] == ["ab to X"] * 3 + ["2 c", "3 c"]
    assert replay(text, edits) == out


def test_a_match_replaced_by_itself_is_not_an_edit():
    rule = Rule("same", re.compile("a"), "a", "no change")
    assert rewrite("aaa", [rule], step="demo") == ("aaa", [])


def test_rule_apply_is_the_pure_form():
    rule = Rule("nbsp", re.compile("\u00a0"), " ", "odd space")
    assert rule.apply("a\u00a0b") == rewrite("a\u00a0b", [rule], "s")[0] == "a b"


def test_rewrite_until_stable_repeats_while_removals_reveal_matches():
    tag = Rule("b", re.compile("<b>"), "", "tag")
    text = "<<<b>b>b>x"
    out, edits = rewrite_until_stable(text, [tag], step="markup")
    assert out == "x"
    assert len(edits) == 3
    assert replay(text, edits) == out
