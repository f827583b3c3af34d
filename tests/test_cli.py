"""The command line, end to end: exit codes, messages and the output schema."""

from __future__ import annotations

import json
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from textclean.cli import main
from textclean.document import Document, replay


def run_cli(*args: str, cwd=None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "textclean.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_clean_on_the_seeds_writes_one_record_per_file(seeds_dir, tmp_path):
    output = tmp_path / "out" / "clean.jsonl"
    result = run_cli("clean", str(seeds_dir), "-o", str(output))
    assert result.returncode == 0, result.stderr
    assert "5 documents cleaned" in result.stderr
    records = read_jsonl(output)
    assert sorted(r["id"] for r in records) == sorted(p.name for p in seeds_dir.glob("*.txt"))
    for record in records:
        assert list(record) == ["id", "text", "edits", "meta"]
        assert record["meta"]["encoding"] == "utf-8"
        assert record["meta"]["source"].endswith(record["id"])
        for edit in record["edits"]:
            assert set(edit) == {"step", "reason", "before", "after", "start"}
        original = (seeds_dir / record["id"]).read_text("utf-8")
        assert replay(original, Document.from_dict(record).edits) == record["text"]
    by_id = {r["id"]: r for r in records}
    assert not by_id["000_021f4fbb4f4e590d.txt"]["text"].endswith("/enpproperty-->")
    assert "\u00a0" not in by_id["004_1d929acfa9c4a8fd.txt"]["text"]


def test_parquet_output_has_the_same_records(seeds_dir, tmp_path):
    jsonl, parquet = tmp_path / "c.jsonl", tmp_path / "c.parquet"
    assert main(["clean", str(seeds_dir), "-o", str(jsonl), "-q", "-j", "1"]) == 0
    assert main(["clean", str(seeds_dir), "-o", str(parquet), "-q", "-j", "1"]) == 0
    table = pq.read_table(parquet).to_pylist()
    for row, record in zip(table, read_jsonl(jsonl), strict=True):
        assert row["id"] == record["id"] and row["text"] == record["text"]
        assert row["edits"] == record["edits"]
        assert json.loads(row["meta"]) == record["meta"]


def test_stdout_is_the_default_output(tmp_path):
    (tmp_path / "a.txt").write_text("正文</p>", encoding="utf-8")
    result = run_cli("clean", str(tmp_path / "a.txt"), "-q")
    assert result.returncode == 0
    record = json.loads(result.stdout)
    assert record["id"] == (tmp_path / "a.txt").as_posix()
    assert record["text"] == "正文"
    assert result.stderr == ""


def test_bad_inputs_are_skipped_with_one_line_each_and_counted(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "good.txt").write_text("正文。", encoding="utf-8")
    (data / "empty.txt").write_bytes(b"")
    (data / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (data / "records.jsonl").write_text(
        '{"id": "r1", "text": "记录一"}\nnot json\n{"body": "x"}\n', encoding="utf-8"
    )
    output = tmp_path / "out.jsonl"
    missing = tmp_path / "missing"
    result = run_cli("clean", str(data), str(missing), "-o", str(output))
    assert result.returncode == 1, result.stderr  # the missing path, once the rest is written
    lines = result.stderr.splitlines()
    assert any("empty.txt: empty file" in line for line in lines)
    assert any("image.txt: binary file (PNG image)" in line for line in lines)
    assert any("records.jsonl:2: not JSON" in line for line in lines)
    assert any("records.jsonl:3: no field 'text'" in line for line in lines)
    assert any("missing: no such file or directory" in line for line in lines)
    assert lines[-2].startswith("textclean: 2 documents cleaned")
    assert "5 skipped" in lines[-2]
    assert lines[-1] == f"textclean: error: 1 input path could not be read: {missing}"
    assert "Traceback" not in result.stderr
    assert [r["id"] for r in read_jsonl(output)] == ["good.txt", "r1"]


def test_strict_makes_a_skip_fatal(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "a.txt").write_text("正文", encoding="utf-8")
    (data / "b.txt").write_bytes(b"")
    output = tmp_path / "out.jsonl"
    result = run_cli("clean", str(data), "-o", str(output), "--strict")
    assert result.returncode == 1
    assert "b.txt: empty file (--strict: no output written)" in result.stderr
    assert not output.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["clean", "seeds", "-o", "out.csv"], "must end in .jsonl, .jsonl.gz, .parquet"),
        (["clean", "seeds", "-j", "0"], "must be 1 or more"),
        (["clean"], "the following arguments are required: INPUT"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_usage_errors_exit_2(args, message, tmp_path):
    result = run_cli(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_refuses_to_overwrite_an_input(tmp_path):
    records = tmp_path / "in.jsonl"
    records.write_text('{"text": "x"}\n', encoding="utf-8")
    result = run_cli("clean", str(records), "-o", str(records))
    assert result.returncode == 2
    assert "refusing to overwrite the input" in result.stderr
    assert records.read_text("utf-8") == '{"text": "x"}\n'


def test_nothing_readable_is_an_error(tmp_path):
    result = run_cli("clean", str(tmp_path / "nope"), "-o", str(tmp_path / "o.jsonl"))
    assert result.returncode == 1
    assert "no documents could be read" in result.stderr
    assert not (tmp_path / "o.jsonl").exists()


def test_config_from_pyproject_and_from_flag(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.textclean]\nstrip-markup = false\n")
    (tmp_path / "a.txt").write_text("正文</p>", encoding="utf-8")
    (tmp_path / "plain.toml").write_text("strip_markup = true\n")
    found = run_cli("clean", "a.txt", cwd=tmp_path)
    assert json.loads(found.stdout)["text"] == "正文</p>"
    assert f"options from {tmp_path / 'pyproject.toml'}" in found.stderr
    flagged = run_cli("clean", "a.txt", "-q", "--config", "plain.toml", cwd=tmp_path)
    assert json.loads(flagged.stdout)["text"] == "正文"
    (tmp_path / "bad.toml").write_text("strip_markp = true\n")
    bad = run_cli("clean", "a.txt", "--config", "bad.toml", cwd=tmp_path)
    assert bad.returncode == 2
    assert "unknown option 'strip_markp'" in bad.stderr and "did you mean" in bad.stderr


def test_script_and_punctuation_flags_override_the_config(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.textclean]\nscript-target = "keep"\n')
    (tmp_path / "a.txt").write_text("這是我們的家,商水縣。", encoding="utf-8")
    kept = run_cli("clean", "a.txt", "-q", cwd=tmp_path)
    assert json.loads(kept.stdout)["text"] == "這是我們的家,商水縣。"
    assert json.loads(kept.stdout)["meta"]["script"] == "traditional"
    flagged = run_cli(
        "clean", "a.txt", "-q", "--script", "simplified", "--punctuation", "fullwidth", cwd=tmp_path
    )
    assert json.loads(flagged.stdout)["text"] == "这是我们的家，商水县。"
    wrong = run_cli("clean", "a.txt", "--script", "zh-cn", cwd=tmp_path)
    assert wrong.returncode == 2 and "invalid choice: 'zh-cn'" in wrong.stderr


def test_a_closed_pipe_is_not_a_traceback(seeds_dir):
    pipe = subprocess.Popen(
        [sys.executable, "-m", "textclean.cli", "clean", str(seeds_dir), "-q", "-j", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert pipe.stdout is not None and pipe.stderr is not None
    pipe.stdout.read(10)
    pipe.stdout.close()
    stderr = pipe.stderr.read().decode()
    pipe.stderr.close()
    assert pipe.wait() in (0, 1)
    assert "Traceback" not in stderr


def test_cleaning_our_own_output_again_keeps_its_history(seeds_dir, tmp_path):
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    assert main(["clean", str(seeds_dir), "-o", str(first), "-q", "-j", "1"]) == 0
    again = run_cli("clean", str(first), "-o", str(second), "-j", "1")
    assert again.returncode == 0
    assert "5 documents cleaned, 0 edits" in again.stderr  # the carried-over edits are not new
    before, after = read_jsonl(first), read_jsonl(second)
    assert [r["text"] for r in after] == [r["text"] for r in before]  # idempotent
    assert [r["edits"] for r in after] == [r["edits"] for r in before]
    assert [r["meta"]["source"] for r in after] == [r["meta"]["source"] for r in before]


def test_jsonl_fields_and_gzip_input(tmp_path):
    import gzip

    path = tmp_path / "news.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"doc": "n1", "body": "正文 ", "url": "http://x"}) + "\n")
    result = run_cli("clean", str(path), "--text-field", "body", "--id-field", "doc", "-q")
    record = json.loads(result.stdout)
    assert record["id"] == "n1" and record["text"] == "正文"
    assert record["meta"]["fields"] == {"url": "http://x"}


def test_an_unwritable_output_is_one_line_not_a_traceback(seeds_dir, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    result = run_cli("clean", str(seeds_dir), "-o", str(blocker / "out.jsonl"))
    assert result.returncode == 1
    assert result.stderr.startswith("textclean: error: cannot write")
    assert "Traceback" not in result.stderr


def test_max_document_mb(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "big.txt").write_text("新闻" * 1000, encoding="utf-8")
    result = run_cli(
        "clean", str(data), "--max-document-mb", "0.001", "-o", str(tmp_path / "o.jsonl")
    )
    assert result.returncode == 1  # nothing left to clean
    assert "big.txt: too large for one document: 5.9 KiB > 1.0 KiB" in result.stderr
    bad = run_cli("clean", str(data), "--max-document-mb", "0")
    assert bad.returncode == 2 and "must be more than 0" in bad.stderr


LOST_RECORDS = [
    {"id": "a", "text": "新华社报道，我国成功发射\ufffd颗卫星。"},
    {"id": "b", "text": "一条干净的新闻，没有任何问题。"},
    {"id": "c", "text": "锟斤拷另一条新闻的内容\ufffd。"},  # 锟斤拷: two U+FFFD read as GBK
]


@pytest.mark.parametrize(
    ("command", "more"),
    [
        ("clean", []),  # counted as the second pass writes them
        ("clean", ["--repeated-lines", "0"]),  # counted in the workers
        ("dedup", []),  # counted as the dedup stage writes the kept ones
    ],
)
def test_the_summary_line_and_manifest_count_lost_characters(
    tmp_path, capsys, command, more
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in LOST_RECORDS), "utf-8")
    output = tmp_path / "out.jsonl"
    assert main([command, str(source), "-o", str(output), "-j", "1", *more]) == 0
    line = capsys.readouterr().err.splitlines()[-1]
    assert line.endswith(f"; 2 documents keep 4 lost characters (U+FFFD) -> {output}")
    summary = json.loads((tmp_path / "out.run.json").read_text("utf-8"))["summary"]
    assert (summary["lost_documents"], summary["lost_characters"]) == (2, 4)
    source.write_text(json.dumps(LOST_RECORDS[1]) + "\n", "utf-8")
    assert main([command, str(source), "-o", str(output), "-j", "1", *more]) == 0
    assert "lost character" not in capsys.readouterr().err  # only when there are some
