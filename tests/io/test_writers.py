"""Tests of :mod:`textclean.io.writers`: formats round-trip, writes are atomic."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tests.io.helpers import EDITS, META, NEWS, documents, jsonl_bytes, read_all, write_jsonl
from textclean.document import Document
from textclean.errors import UsageError
from textclean.io import (
    check_not_an_input,
    open_writer,
    output_format,
    write_documents,
)

# --- writing ----------------------------------------------------------------------------


def sample_documents() -> list[Document]:
    return [
        Document("in/a.txt", NEWS[0], dict(META), EDITS),
        Document("in/b.txt", NEWS[1], {"encoding": "utf-8", "encoding_confidence": 1.0}),
        Document("feed.jsonl:3", NEWS[2] + "\n\n" + NEWS[3], {"fields": {"tags": ["党建"]}}),
    ]


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz", ".parquet"])
def test_write_and_read_back(tmp_path: Path, suffix: str) -> None:
    originals = sample_documents()
    out = tmp_path / f"cleaned{suffix}"
    assert write_documents(originals, out) == len(originals)
    assert sorted(os.listdir(tmp_path)) == [out.name]  # no temporary file left behind
    items = read_all(out)
    assert all(isinstance(item, Document) for item in items)
    assert len(items) == len(originals)
    for back, original in zip(items, originals, strict=True):
        assert back.id == original.id
        assert back.text == original.text
        assert back.edits == original.edits
        # a textclean record keeps its meta; where it was read from only fills a gap
        assert back.meta == {"source": str(out), **original.meta}


def test_written_files_have_the_right_format(tmp_path: Path) -> None:
    docs = sample_documents()
    write_documents(docs, tmp_path / "o.jsonl")
    write_documents(docs, tmp_path / "o.jsonl.gz")
    write_documents(docs, tmp_path / "o.parquet")
    lines = (tmp_path / "o.jsonl").read_bytes().splitlines()
    assert len(lines) == len(docs)
    assert NEWS[0].encode("utf-8") in lines[0]  # UTF-8, not \u escapes
    assert json.loads(lines[0]) == docs[0].to_dict()
    assert gzip.decompress((tmp_path / "o.jsonl.gz").read_bytes()).splitlines() == lines
    table = pq.read_table(tmp_path / "o.parquet")
    assert table.column_names == ["id", "text", "edits", "meta"]
    assert table.column("text").to_pylist() == [doc.text for doc in docs]


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz", ".parquet"])
def test_write_no_documents(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"empty{suffix}"
    assert write_documents([], out) == 0
    assert out.exists()
    assert read_all(out) == []


def test_output_format() -> None:
    assert output_format("out.jsonl") == ".jsonl"
    assert output_format("out/CLEAN.JSONL.GZ") == ".jsonl.gz"
    assert output_format(Path("x.parquet")) == ".parquet"
    assert output_format("-") == ".jsonl"


@pytest.mark.parametrize("name", ["out.csv", "out.txt", "out", "out.json", "out.gz"])
def test_output_format_rejects_other_suffixes(name: str) -> None:
    with pytest.raises(UsageError) as raised:
        output_format(name)
    assert name in str(raised.value)
    assert ".jsonl" in str(raised.value)


def test_open_writer_rejects_csv_before_creating_anything(tmp_path: Path) -> None:
    with pytest.raises(UsageError), open_writer(tmp_path / "out.csv"):
        pass
    assert os.listdir(tmp_path) == []


class Interrupted(Exception):
    pass


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz", ".parquet"])
def test_open_writer_is_atomic_for_a_new_target(tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"out{suffix}"
    with pytest.raises(Interrupted), open_writer(target) as writer:
        for doc in sample_documents():
            writer.write(doc)
        assert not target.exists()  # nothing visible while writing
        raise Interrupted
    assert not target.exists()
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz", ".parquet"])
def test_open_writer_is_atomic_over_an_existing_target(tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"out{suffix}"
    write_documents(sample_documents()[:1], target)
    old = target.read_bytes()
    with pytest.raises(Interrupted), open_writer(target) as writer:
        for doc in sample_documents():
            writer.write(doc)
        assert target.read_bytes() == old
        raise Interrupted
    assert target.read_bytes() == old
    assert os.listdir(tmp_path) == [target.name]
    assert [doc.id for doc in documents(read_all(target))] == ["in/a.txt"]


def test_open_writer_replaces_the_target_when_done(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "er" / "out.jsonl"  # missing folders are made
    write_documents(sample_documents(), target)
    write_documents(sample_documents()[2:], target)
    assert [doc.id for doc in documents(read_all(target))] == ["feed.jsonl:3"]
    assert os.listdir(target.parent) == ["out.jsonl"]


def test_open_writer_on_keyboard_interrupt(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    with pytest.raises(KeyboardInterrupt), open_writer(target) as writer:
        writer.write(sample_documents()[0])
        raise KeyboardInterrupt
    assert os.listdir(tmp_path) == []


def test_check_not_an_input_refuses_an_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed = write_jsonl(tmp_path / "feed.jsonl", [{"text": NEWS[0]}])
    with pytest.raises(UsageError, match="refusing to overwrite"):
        check_not_an_input(feed, [tmp_path / "other.txt", feed])
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UsageError):
        check_not_an_input("./feed.jsonl", [str(feed)])
    with pytest.raises(UsageError):
        check_not_an_input(feed, ["sub/../feed.jsonl"])
    assert feed.read_bytes() == jsonl_bytes([{"text": NEWS[0]}])


def test_check_not_an_input_refuses_an_input_through_a_symlink(tmp_path: Path) -> None:
    feed = write_jsonl(tmp_path / "feed.jsonl", [{"text": NEWS[0]}])
    link = tmp_path / "link.jsonl"
    link.symlink_to(feed)
    with pytest.raises(UsageError):
        check_not_an_input(link, [feed])


def test_check_not_an_input_allows_other_outputs(tmp_path: Path) -> None:
    feed = write_jsonl(tmp_path / "feed.jsonl", [{"text": NEWS[0]}])
    check_not_an_input(tmp_path / "cleaned.jsonl", [feed])
    check_not_an_input("-", [feed])


def test_check_not_an_input_refuses_an_input_file_inside_an_input_directory(
    tmp_path: Path,
) -> None:
    """``textclean in/ -o in/feed.jsonl`` would replace in/feed.jsonl, which it reads."""
    root = tmp_path / "in"
    feed = write_jsonl(root / "feed.jsonl", [{"id": "a", "text": NEWS[0]}])
    assert [doc.id for doc in documents(read_all(root))] == ["a"]  # it is an input
    with pytest.raises(UsageError):
        check_not_an_input(feed, [root])


def test_output_is_readable_by_others_as_umask_allows(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        write_documents([Document("a", NEWS[0])], tmp_path / "out.jsonl")
    finally:
        os.umask(previous)
    assert (tmp_path / "out.jsonl").stat().st_mode & 0o777 == 0o644


def test_a_full_disk_names_the_file_that_could_not_be_written(tmp_path, monkeypatch):
    import io

    import textclean.io.writers as writers

    class Full(io.BytesIO):
        def write(self, data):
            raise OSError(28, "No space left on device")  # as a write names no file

    monkeypatch.setattr(writers, "open", lambda *args: Full(), raising=False)
    target = tmp_path / "dropped.jsonl"
    with pytest.raises(OSError) as raised, writers.open_record_writer(target) as write:
        write({"id": "a"})
    assert raised.value.filename == str(target)
    assert list(tmp_path.iterdir()) == []  # the temporary is gone too
    assert writers.target_of(str(tmp_path / ".o.jsonl.42-abcd1234.tmp")) == str(
        tmp_path / "o.jsonl"
    )
