"""The diff view's segments explain both texts: as read and as written."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textclean.document import Edit, replay
from textclean.report.diff import LONG_DOCUMENT, marked_segments


@st.composite
def edited(draw: st.DrawFn) -> tuple[str, str, list[dict]]:
    """A text, the edits made to it one after the other, and the text they give."""
    text = original = draw(st.text("甲乙丙丁 \n關关", max_size=40))
    edits = []
    for _ in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        after = draw(st.text("戊己\n", max_size=3))
        edit = Edit("step", "reason", text[start:end], after, start)
        edits.append(edit.to_dict())
        text = replay(text, [edit])
    return original, text, edits


@given(edited())
def test_segments_hold_the_text_as_read_and_as_written(case: tuple[str, str, list[dict]]) -> None:
    original, written, edits = case
    segments = marked_segments(written, edits)
    assert "".join(part for kind, part, _ in segments if kind != "removed") == written
    assert "".join(part for kind, part, _ in segments if kind != "added") == original
    for kind, part, number in segments:
        assert part
        assert (number >= 0) == (kind in ("removed", "added"))


def test_text_put_in_and_taken_out_again_is_not_shown() -> None:
    edits = [
        {"step": "a", "reason": "r", "before": "x", "after": "yy", "start": 1},
        {"step": "b", "reason": "r", "before": "yy", "after": "", "start": 1},
    ]
    assert marked_segments("甲乙", edits) == [
        ("same", "甲", -1),
        ("removed", "x", 0),
        ("same", "乙", -1),
    ]


def test_long_unchanged_runs_are_elided_in_long_documents() -> None:
    text = "甲" * (LONG_DOCUMENT + 10)
    edits = [{"step": "a", "reason": "r", "before": "广告", "after": "", "start": 5}]
    segments = marked_segments(text, edits)
    kinds = [kind for kind, _, _ in segments]
    assert kinds == ["same", "removed", "same", "elided", "same"]
    assert sum(len(part) for kind, part, _ in segments if kind != "elided") < 1_000


def test_edits_that_do_not_fit_raise() -> None:
    with pytest.raises(ValueError, match="runs past the text"):
        marked_segments("甲", [{"step": "a", "reason": "r", "before": "", "after": "", "start": 9}])


def test_a_long_diff_view_is_capped_and_the_rest_counted() -> None:
    from textclean.report.diff import capped

    text = "甲乙" * 5_000
    edits = [
        {"step": "encoding", "reason": "pinyin", "before": "(jiǎ)", "after": "", "start": n}
        for n in range(0, 10_000, 2)
    ]
    segments = marked_segments(text, edits)
    shown, characters, more_edits = capped(segments, max_segments=100)
    assert len(shown) == 100
    assert characters == sum(len(part) for _, part, _ in segments[100:])
    assert more_edits == len(edits) - len({n for _, _, n in shown if n >= 0})
