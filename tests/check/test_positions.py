"""Edits carried back to the text as read: any log of edits, checked character by character."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SEEDS
from textclean import clean
from textclean.check.findings import TextPlaces, edit_findings
from textclean.check.positions import Lines, original_starts
from textclean.document import Edit, replay
from textclean.encoding import decode_bytes


@st.composite
def edit_logs(draw: st.DrawFn) -> tuple[str, list[Edit], list[int | None]]:
    """A text, random edits made one after another, and for each edit where the character
    at its start came from in the first text (None: a character an edit wrote)."""
    text = draw(st.text(alphabet="abcdef\n", min_size=1, max_size=40))
    origin: list[int | None] = list(range(len(text)))
    edits, expected = [], []
    for _ in range(draw(st.integers(0, 12))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 5)))
        after = draw(st.text(alphabet="XYZ", max_size=4))
        edits.append(Edit("s", "r", text[start:end], after, start))
        expected.append(origin[start] if start < len(text) and start < end else None)
        text = text[:start] + after + text[end:]
        origin = origin[:start] + [None] * len(after) + origin[end:]
    return text, edits, expected


@given(edit_logs())
def test_each_edit_is_carried_back_to_the_character_it_changed(
    log: tuple[str, list[Edit], list[int | None]],
) -> None:
    _, edits, expected = log
    for found, wanted in zip(original_starts(edits), expected, strict=True):
        if wanted is not None:  # an edit of a character that was read: exactly there
            assert found == wanted


def test_the_seeds_findings_point_at_what_the_edits_removed() -> None:
    """On Simplified seeds (no script edits before the cuts), every boilerplate finding's
    quote is in the file at its line and column."""
    checked = 0
    for name in ("001_2e14c1e4aa0b18e7.txt", "002_ce56ae106d2f8521.txt"):
        text = decode_bytes((SEEDS / name).read_bytes()).text
        lines = text.split("\n")
        for finding in edit_findings(name, text, clean(text).edits, TextPlaces(text)):
            if finding.code.startswith("TC30"):
                quoted = finding.message.split('"')[1].rstrip("…")
                assert lines[finding.line - 1][finding.column - 1 :].startswith(quoted), finding
                checked += 1
    assert checked >= 4


def test_replay_agrees_with_the_starts_of_a_whole_seed() -> None:
    text = decode_bytes((SEEDS / "000_021f4fbb4f4e590d.txt").read_bytes()).text
    edits = clean(text).edits
    starts = original_starts(edits)
    assert len(starts) == len(edits) and all(0 <= start <= len(text) for start in starts)
    assert replay(text, edits) == clean(text).text
    # the first pinyin annotation of the file is where the file has it
    first = next(i for i, edit in enumerate(edits) if edit.reason == "pinyin annotation")
    assert text[starts[first] :].startswith(edits[first].before)


def test_lines_and_columns_count_characters_from_one() -> None:
    lines = Lines("第一行\n\n第三行")
    assert [lines.position(offset) for offset in (0, 2, 3, 4, 5, 7)] == [
        (1, 1), (1, 3), (1, 4), (2, 1), (3, 1), (3, 3),
    ]  # fmt: skip


def test_the_space_a_repair_leaves_is_not_a_finding_of_its_own() -> None:
    """``</p>`` becomes a line break, which with the blank line after it is one blank line
    too many for the whitespace step; ``&nbsp;`` becomes an odd space. The tag and the
    entity are the findings, not the whitespace they leave."""
    text = "商水县召开会议</p>\n\n正文第一句讲的是春耕&nbsp;生产。\n\n\n\n第二段。"
    found = edit_findings("a.txt", text, clean(text).edits, TextPlaces(text))
    assert [(f.line, f.column, f.code) for f in found] == [
        (1, 8, "TC305"), (3, 11, "TC305"), (4, 1, "TC501"),  # the real run of blank lines
    ]  # fmt: skip
