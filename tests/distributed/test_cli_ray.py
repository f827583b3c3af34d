"""``textclean run --backend ray``: outputs, and a one-line error for each wrong call."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from textclean.cli import main
from textclean.distributed.shards import shard_paths
from textclean.io import read_documents

pytestmark = pytest.mark.usefixtures("local_ray")


def _run(*args: str) -> int:
    return main(["run", *args, "--backend", "ray", "-q"])


def _ids(directory: Path) -> list[str]:
    return [
        json.loads(line)["id"]
        for shard in shard_paths(directory)
        for line in shard.read_text("utf-8").splitlines()
    ]


def test_run_writes_shards_and_replaces_an_earlier_run(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "docs"
    assert _run(str(seeds_dir), "-o", str(out), "--dropped", str(tmp_path / "dropped")) == 0
    first = _ids(out)
    assert len(first) == 5
    assert (tmp_path / "out" / "docs.clusters").is_dir()  # the default clusters directory
    assert (tmp_path / "dropped").is_dir()
    # again into the same directories: replaced, not added to
    assert _run(str(seeds_dir), "-o", str(out), "--dropped", str(tmp_path / "dropped")) == 0
    assert _ids(out) == first
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".")]  # no temporaries


def test_parquet_shards_hold_the_same_documents(seeds_dir: Path, tmp_path: Path) -> None:
    jsonl, pq = tmp_path / "jsonl", tmp_path / "pq"
    assert _run(str(seeds_dir), "-o", str(jsonl), "--report", str(tmp_path / "jsonl.html")) == 0
    shards = ["--shard-format", "parquet", "--report", str(tmp_path / "pq.html")]
    assert _run(str(seeds_dir), "-o", str(pq), *shards) == 0
    assert all(path.suffix == ".parquet" for path in shard_paths(pq))
    from_jsonl = list(read_documents([jsonl]))
    from_parquet = list(read_documents([pq]))
    assert [d.text for d in from_parquet] == [d.text for d in from_jsonl]
    assert [d.edits for d in from_parquet] == [d.edits for d in from_jsonl]
    # the reports read the shard directories the manifests name: the same but for the header
    manifest = json.loads((tmp_path / "pq.run.json").read_text("utf-8"))
    assert manifest["outputs"]["dropped"] == "pq.dropped"
    pages = [
        re.sub(r"<title>.*</header>", "", (tmp_path / name).read_text("utf-8"), flags=re.S)
        for name in ("jsonl.html", "pq.html")
    ]
    assert pages[0] == pages[1]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["-o", "-"], "writes a directory of shards"),
        (["-o", "OUT", "--index", "IDX"], "--index is not available with --backend ray"),
    ],
)
def test_calls_it_cannot_do_are_one_line_errors(
    seeds_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    extra = [str(tmp_path / part) if part in ("OUT", "IDX") else part for part in extra]
    assert _run(str(seeds_dir), *extra) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_an_output_that_is_not_a_shard_directory_is_left_alone(
    seeds_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me", "utf-8")
    assert _run(str(seeds_dir), "-o", str(folder)) == 2
    assert "not shards (notes.txt" in capsys.readouterr().err
    assert (folder / "notes.txt").read_text("utf-8") == "keep me"
    a_file = tmp_path / "file.jsonl"
    a_file.write_text("", "utf-8")
    assert _run(str(seeds_dir), "-o", str(a_file)) == 2
    assert "this is a file" in capsys.readouterr().err


def test_an_output_inside_the_inputs_is_refused(
    seeds_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text("今天上午，市政协召开常委会议。", "utf-8")
    assert _run(str(inputs), "-o", str(inputs / "out")) == 2
    assert "overlaps the input" in capsys.readouterr().err


def test_no_readable_document_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "image.txt").write_bytes(bytes(range(256)) * 8)
    assert main(["run", str(inputs), "-o", str(tmp_path / "out"), "--backend", "ray"]) == 1
    err = capsys.readouterr().err
    assert "empty.txt: empty file" in err
    assert "no documents could be read" in err
    assert not (tmp_path / "out").exists()


def test_strict_stops_at_the_first_skip(
    seeds_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.jsonl").write_text('{"text": "正文一段。"}\n{oops\n', "utf-8")
    assert _run(str(inputs), "-o", str(tmp_path / "out"), "--strict") == 1
    assert "--strict: no output written" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_without_ray_the_error_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from textclean.distributed.session import require_ray
    from textclean.errors import UsageError

    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(UsageError, match=r"pip install 'textclean\[ray\]'"):
        require_ray()


def test_outputs_inside_one_another_are_refused(
    seeds_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert _run(str(seeds_dir), "-o", str(out), "--dropped", str(out / "dropped")) == 2
    assert "overlap: give each its own directory" in capsys.readouterr().err
    assert not out.exists()


def test_the_current_directory_as_output(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "here").mkdir()
    monkeypatch.chdir(tmp_path / "here")
    assert _run(str(seeds_dir), "-o", ".") == 0
    assert len(_ids(tmp_path / "here")) == 5
    assert (tmp_path / "here.clusters").is_dir()
