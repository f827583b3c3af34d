from __future__ import annotations

import itertools
import json

import pytest

from textclean import pipeline
from textclean.config import CleanConfig
from textclean.document import Document, Edit, replay
from textclean.errors import DecodeError, InputError, UsageError
from textclean.io import Skipped
from textclean.pipeline import StepFailure, clean, clean_document, clean_files, clean_stream
from textclean.steps import Step, StepOutput


def test_clean_runs_the_steps_in_order_and_logs_every_change():
    text = "  商水新闻</p>\u00a0\n\n\n\n正文。&nbsp;"
    result = clean(text)
    assert result.text == "商水新闻\n\n正文。"
    assert [e.step for e in result.edits][:1] == ["markup"]
    assert replay(text, result.edits) == result.text


def test_clean_accepts_bytes_in_a_legacy_encoding():
    raw = "商水县积极开展关爱行动，温暖千万家。".encode("gb18030") * 4
    result = clean(raw)
    assert result.text.startswith("商水县积极开展关爱行动")
    assert result.meta["encoding"] == "gb18030"


def test_clean_rejects_what_is_not_text():
    with pytest.raises(TypeError, match="str or bytes"):
        clean(42)  # type: ignore[arg-type]
    with pytest.raises(DecodeError, match="empty"):
        clean(b"")


def test_disabled_steps_do_not_run():
    config = CleanConfig(strip_markup=False, normalize_whitespace=False)
    assert clean("正文</p>  ", config).edits == ()


def test_clean_document_extends_edits_and_meta_and_keeps_the_id():
    earlier = Edit("earlier", "a previous run", "x", "", 0)
    doc = Document("a.txt", "正文  ", {"source": "in/a.txt"}, (earlier,))
    cleaned = clean_document(doc)
    assert cleaned.id == "a.txt"
    assert cleaned.text == "正文"
    assert cleaned.edits[0] == earlier and len(cleaned.edits) == 2
    assert cleaned.meta["source"] == "in/a.txt"


def _documents(count: int):
    for number in range(count):
        yield Document(f"d{number}", f"第{number}段  \n\n\n正文")


@pytest.mark.parametrize("jobs", [1, 2])
def test_clean_stream_keeps_input_order_and_passes_skips_through(jobs):
    items: list = list(_documents(150))
    items.insert(70, Skipped("bad.txt", "empty file"))
    out = list(clean_stream(items, jobs=jobs, batch_size=16))
    assert len(out) == 151
    assert out[70] == Skipped("bad.txt", "empty file")
    ids = [item.id for item in out if isinstance(item, Document)]
    assert ids == [f"d{n}" for n in range(150)]
    assert all(item.text.endswith("段\n\n正文") for item in out if isinstance(item, Document))


def test_parallel_and_serial_give_the_same_documents():
    serial = list(clean_stream(_documents(200), jobs=1))
    parallel = list(clean_stream(_documents(200), jobs=2, batch_size=7))
    assert serial == parallel


def test_clean_stream_reads_its_input_lazily():
    consumed = itertools.count()

    def source():
        for doc in _documents(100_000):
            next(consumed)
            yield doc

    stream = clean_stream(source(), jobs=2, batch_size=10)
    next(stream)
    # at most 2 * jobs batches in flight, plus the one being formed
    assert next(consumed) <= 5 * 10 + 1
    stream.close()


def test_a_failing_step_costs_one_document_not_the_run(monkeypatch):
    def explode(text, config):
        if "boom" in text:
            raise RuntimeError("kaput")
        return StepOutput(text, [])

    monkeypatch.setattr(pipeline, "DOCUMENT_STEPS", (Step("explode", explode),))
    docs = [Document("ok", "fine"), Document("bad", "boom"), Document("ok2", "fine")]
    out = list(clean_stream(docs, jobs=1))
    assert [type(item) for item in out] == [Document, StepFailure, Document]
    assert "RuntimeError: kaput" in out[1].message


def test_clean_files_writes_and_counts(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("正文</p>\n", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_bytes(b"")
    (tmp_path / "in" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    skips: list[Skipped] = []
    output = tmp_path / "out" / "clean.jsonl"
    summary = clean_files([tmp_path / "in"], output, jobs=1, on_skip=skips.append)
    assert (summary.documents, summary.skipped, summary.ignored) == (1, 1, 1)
    assert summary.edits_by_step == {"markup": 1, "whitespace": 1}
    assert [s.reason for s in skips if not s.ignored] == ["empty file"]
    records = [json.loads(line) for line in output.read_text("utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a.txt"]
    assert (
        summary.describe()
        == "1 document cleaned, 2 edits (markup 1, whitespace 1); 1 skipped; 1 ignored"
    )


def test_clean_files_strict_stops_and_writes_nothing(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "a.txt").write_text("正文", encoding="utf-8")
    (data / "b.txt").write_bytes(b"")
    output = tmp_path / "clean.jsonl"
    with pytest.raises(InputError, match=r"b\.txt: empty file"):
        clean_files([data], output, jobs=1, strict=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]  # no output, no temp file


def test_an_output_inside_an_input_directory_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text("正文", encoding="utf-8")
    with pytest.raises(UsageError, match="inside the input directory"):
        clean_files([tmp_path], tmp_path / "clean.jsonl", jobs=1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_raw_files_are_decoded_in_the_workers(jobs):
    from textclean.io import RawFile

    items = [
        RawFile("in/a.txt", "a.txt", "商水县积极开展关爱行动。".encode("gb18030") * 3),
        RawFile("in/b.txt", "b.txt", b""),
    ]
    out = list(clean_stream(items, jobs=jobs))
    assert isinstance(out[0], Document) and out[0].meta["encoding"] == "gb18030"
    assert out[0].meta["source"] == "in/a.txt"
    assert out[1] == Skipped("in/b.txt", "empty file")


def _marking_step(looked_at: list[str]) -> Step:
    """A step that judges line by line: it marks each ``x`` as ``X``, and records what it
    was given."""

    def mark(text: str, config: CleanConfig) -> StepOutput:
        looked_at.append(text)
        edits = [Edit("mark", "x marked", "x", "X", i) for i, c in enumerate(text) if c == "x"]
        return StepOutput(text.replace("x", "X"), edits)

    return Step("mark", mark, by_line=True, nothing_new_from=frozenset({"spaces"}))


def test_a_by_line_step_looks_again_only_at_the_lines_it_has_not_seen():
    looked_at: list[str] = []
    step, config = _marking_step(looked_at), CleanConfig()
    seen = pipeline._Seen()
    seen.ran(step, "甲X\n乙")
    assert seen.settled(step, "甲X\n乙", config) and looked_at == []  # the text it left
    assert seen.settled(step, "甲X\n丙", config) and looked_at == ["丙"]  # the new line alone
    assert not seen.settled(step, "甲X\n丙x", config)  # one it would change: a whole run


def test_lines_of_a_step_that_gives_nothing_new_count_as_seen():
    looked_at: list[str] = []
    step, config = _marking_step(looked_at), CleanConfig()
    seen = pipeline._Seen()
    seen.ran(step, "甲 乙\n丙")
    seen.changed_by(Step("spaces", lambda text, c: StepOutput(text, [])), "甲乙\n丙", [step])
    assert seen.settled(step, "甲乙\n丙", config) and looked_at == []
    seen.changed_by(Step("other", lambda text, c: StepOutput(text, [])), "甲乙\n丁", [step])
    assert seen.settled(step, "甲乙\n丁", config) and looked_at == ["丁"]
