"""The command line under a user's mistakes and full disks: exit codes and the whole stderr."""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path

import pytest

from textclean.cli import main
from textclean.dedup.index import SignatureIndex
from textclean.report import runfiles


def lines_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_a_wrong_text_field_is_one_line_not_one_per_record(tmp_path, capsys):
    records = tmp_path / "a.jsonl"
    records.write_text(
        "".join(f'{{"id": "{n}", "body": "正文{n}"}}\n' for n in range(2000)), encoding="utf-8"
    )
    log = tmp_path / "skips.jsonl"
    code = main(["clean", str(records), "-o", str(tmp_path / "o.jsonl"), "--log", str(log)])
    assert code == 1
    assert capsys.readouterr().err == (
        f"textclean: skipped 2000: no field 'text' (fields: body, id; use --text-field): "
        f"{records}:1, {records}:2, {records}:3, …\n"
        "textclean: error: no documents could be read from the inputs: no output written\n"
    )
    logged = lines_of(log)  # a failed run still leaves its whole log
    assert len(logged) == 2000
    assert logged[1999] == {
        "kind": "skipped",
        "source": str(records),
        "line": 2000,
        "reason": "no field 'text' (fields: body, id; use --text-field)",
    }
    assert not (tmp_path / "o.jsonl").exists()


def test_kinds_are_counted_apart_and_the_manifest_has_the_counts(tmp_path, capsys):
    data = tmp_path / "in"
    data.mkdir()
    (data / "good.txt").write_text("正文。", encoding="utf-8")
    for name in ("a.txt", "b.txt"):
        (data / name).write_bytes(b"")
    (data / "r.jsonl").write_text('{"text": "记录"}\nnot json\n', encoding="utf-8")
    output = tmp_path / "o.jsonl"
    assert main(["clean", str(data), "-o", str(output), "-j", "1"]) == 0
    assert capsys.readouterr().err.splitlines()[:2] == [
        f"textclean: skipped 2: empty file: {data}/a.txt, {data}/b.txt",
        f"textclean: skipped {data}/r.jsonl:2: not JSON: Expecting value (column 1)",
    ]
    manifest = json.loads((tmp_path / "o.run.json").read_text("utf-8"))
    assert manifest["passed_over"] == [
        {"what": "skipped", "kind": "empty file", "count": 2},
        {"what": "skipped", "kind": "not JSON: Expecting value (column #)", "count": 1},
    ]
    assert len(manifest["skips"]) == 3


def test_a_missing_input_exits_1_after_the_others_are_written(tmp_path, capsys):
    good = tmp_path / "a.txt"
    good.write_text("正文。", encoding="utf-8")
    output = tmp_path / "o.jsonl"
    assert main(["clean", str(good), str(tmp_path / "nope.txt"), "-o", str(output)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"textclean: skipped {tmp_path}/nope.txt: no such file or directory",
        f"textclean: 1 document cleaned, 0 edits; 1 skipped -> {output}",
        f"textclean: error: 1 input path could not be read: {tmp_path}/nope.txt",
    ]
    assert [record["text"] for record in lines_of(output)] == ["正文。"]


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in (("a.txt", "今天北京下雨了。" * 20), ("b.txt", "今天北京下雨了。" * 20)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_an_index_that_cannot_be_written_leaves_no_output_and_says_so(
    news, tmp_path, capsys, monkeypatch
):
    def full(self: SignatureIndex) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(SignatureIndex, "commit", full)
    output = tmp_path / "out" / "o.jsonl"
    index = tmp_path / "index"
    code = main(["run", str(news), "-o", str(output), "--index", str(index), "-q", "-j", "1"])
    assert code == 1
    assert capsys.readouterr().err == (
        "textclean: error: the index (--index): database or disk is full: "
        "no output written, the index unchanged\n"
    )
    assert sorted(p.name for p in output.parent.iterdir()) == []
    monkeypatch.undo()  # the next run finds the index as it was: empty
    assert main(["run", str(news), "-o", str(output), "--index", str(index), "-q"]) == 0
    assert len(lines_of(output)) == 1


def test_a_manifest_that_cannot_be_written_leaves_no_output(news, tmp_path, capsys, monkeypatch):
    @contextmanager
    def disk_full(path, publication=None):
        raise OSError(28, "No space left on device")
        yield

    monkeypatch.setattr(runfiles, "atomic_path", disk_full)
    output = tmp_path / "out" / "o.jsonl"
    assert main(["run", str(news), "-o", str(output), "-q", "-j", "1"]) == 1
    assert capsys.readouterr().err == (
        f"textclean: error: cannot write {output}: No space left on device: no output written\n"
    )
    assert sorted(p.name for p in output.parent.iterdir()) == []


def test_the_report_must_be_named_html(news, tmp_path, capsys):
    output = tmp_path / "o.jsonl"
    assert main(["clean", str(news), "-o", str(output), "-q"]) == 0
    assert main(["report", str(output), "-o", str(tmp_path / "clean.csv")]) == 2
    assert capsys.readouterr().err == (
        f"textclean: error: the report is an HTML page: name it .html, not {tmp_path}/clean.csv\n"
    )
    assert not (tmp_path / "clean.csv").exists()


def test_a_gbk_file_name_and_a_link_loop_with_a_manifest(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    gbk = os.fsdecode("中文.txt".encode("gbk"))
    Path(gbk).write_text("今天北京下雨了。", encoding="utf-8")
    os.symlink("loop_b", "loop_a")
    os.symlink("loop_a", "loop_b")
    assert main(["clean", gbk, "loop_a", "-o", "out/o.jsonl", "-q"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "textclean: skipped loop_a: cannot read: symbolic link loop",
        "textclean: error: 1 input path could not be read: loop_a",
    ]
    (record,) = lines_of(tmp_path / "out" / "o.jsonl")
    assert record["id"] == record["meta"]["source"] == r"\xd6\xd0\xce\xc4.txt"
    manifest = json.loads((tmp_path / "out" / "o.run.json").read_text("utf-8"))
    assert manifest["inputs"] == [r"\xd6\xd0\xce\xc4.txt", "loop_a"]


def test_a_lone_surrogate_is_a_skipped_record_not_a_traceback(tmp_path, capsys):
    records = tmp_path / "r.jsonl"
    records.write_bytes(
        rb'{"id": "bad", "text": "\ud800abc"}'
        + b"\n"
        + '{"id": "good", "text": "傅寨乡党员志愿者"}\n'.encode()
    )
    reason = "holds a lone surrogate (\\ud800), not a character (JSONL must be UTF-8)"
    out = tmp_path / "o.jsonl"
    assert main(["dedup", str(records), "-o", str(out), "-q", "-j", "1"]) == 0
    assert capsys.readouterr().err == f"textclean: skipped {records}:1: {reason}\n"
    assert [record["id"] for record in lines_of(out)] == ["good"]
    assert main(["check", "--no-index", str(records)]) == 1
    result = capsys.readouterr()
    assert result.out == f"{records}:1:1: TC100 {reason}\n"
    assert "Traceback" not in result.err
