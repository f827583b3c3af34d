from __future__ import annotations

import pytest

from textclean.document import CleanResult, Document, Edit, replay


def test_document_round_trips_through_its_record():
    doc = Document(
        "a/b.txt",
        "新闻",
        {"source": "in/a/b.txt", "encoding": "gb18030"},
        (Edit("markup", "HTML tag <p>", "</p>", "\n", 2),),
    )
    record = doc.to_dict()
    assert list(record) == ["id", "text", "edits", "meta"]
    assert record["edits"][0] == {
        "step": "markup",
        "reason": "HTML tag <p>",
        "before": "</p>",
        "after": "\n",
        "start": 2,
    }
    assert Document.from_dict(record) == doc


def test_replay_applies_edits_in_order_at_their_offsets():
    edits = [
        Edit("s", "first", "ab", "x", 0),  # "abcd" -> "xcd"
        Edit("s", "second", "cd", "yz", 1),  # offsets refer to the text after the first edit
    ]
    assert replay("abcd", edits) == "xyz"


def test_replay_rejects_an_edit_that_does_not_fit():
    with pytest.raises(ValueError, match="expects 'zz' at offset 1"):
        replay("abcd", [Edit("s", "wrong", "zz", "", 1)])


def test_clean_result_reports_whether_anything_changed():
    assert not CleanResult("x").changed
    assert CleanResult("x", (Edit("s", "r", "y", "x", 0),)).changed
