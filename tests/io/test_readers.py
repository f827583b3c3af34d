"""Tests of :mod:`textclean.io.readers`: what cannot be read is a Skipped, never an error."""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import signal
import tracemalloc
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.io.helpers import (
    EDITS,
    META,
    NEWS,
    PNG_HEADER,
    documents,
    jsonl_bytes,
    read_all,
    skips,
    write_jsonl,
)
from textclean.document import Document
from textclean.io import (
    RawFile,
    ReadOptions,
    Skipped,
    bounded_lines,
    iter_input_files,
    read_documents,
)

# --- directories and text files ---------------------------------------------------------


@pytest.fixture
def news_tree(tmp_path: Path) -> Path:
    root = tmp_path / "scraped"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "a.txt").write_bytes(NEWS[0].encode("utf-8"))
    (root / "sub" / "b.txt").write_bytes((NEWS[1] + "\n" + NEWS[2]).encode("gbk"))
    (root / "sub" / "deeper" / "c").write_bytes(NEWS[3].encode("utf-8"))  # no suffix: text
    (root / "sub" / "D.TXT").write_bytes(NEWS[4].encode("utf-8"))  # suffix case is ignored
    (root / ".hidden.txt").write_bytes(NEWS[5].encode("utf-8"))
    (root / ".git" / "config.txt").write_bytes(NEWS[6].encode("utf-8"))
    (root / "notes.md").write_bytes(NEWS[7].encode("utf-8"))
    (root / "sub" / "page.html").write_bytes(b"<p>hello</p>")
    return root


def test_directory_is_read_recursively_with_ids_relative_to_root(news_tree: Path) -> None:
    items = read_all(news_tree)
    docs = documents(items)
    assert [doc.id for doc in docs] == ["a.txt", "sub/D.TXT", "sub/b.txt", "sub/deeper/c"]
    by_id = {doc.id: doc for doc in docs}
    assert by_id["a.txt"].text == NEWS[0]
    assert by_id["sub/b.txt"].text == NEWS[1] + "\n" + NEWS[2]
    assert by_id["sub/deeper/c"].text == NEWS[3]
    assert by_id["sub/D.TXT"].text == NEWS[4]
    assert by_id["a.txt"].meta["source"] == str(news_tree / "a.txt")
    assert by_id["a.txt"].meta["encoding"] == "utf-8"
    assert by_id["sub/b.txt"].meta["source"] == str(news_tree / "sub" / "b.txt")
    assert by_id["sub/b.txt"].meta["encoding"] == "gb18030"
    assert all(doc.edits == () for doc in docs)


def test_directory_passes_over_hidden_files_and_directories(news_tree: Path) -> None:
    items = read_all(news_tree)
    for item in items:
        where = item.meta["source"] if isinstance(item, Document) else item.source
        assert ".hidden" not in where
        assert ".git" not in where
    assert all(NEWS[5] != doc.text and NEWS[6] != doc.text for doc in documents(items))


def test_directory_yields_other_suffixes_as_ignored(news_tree: Path) -> None:
    ignored = skips(read_all(news_tree))
    assert [Path(skip.source).name for skip in ignored] == ["notes.md", "page.html"]
    for skip in ignored:
        assert skip.ignored is True
        assert skip.line is None
    assert ignored[0].source == str(news_tree / "notes.md")
    assert ".md" in ignored[0].reason
    assert ".html" in ignored[1].reason


def test_iter_input_files_orders_and_names(news_tree: Path) -> None:
    found = [item for item in iter_input_files([news_tree]) if not isinstance(item, Skipped)]
    assert [name for _, name in found] == ["a.txt", "sub/D.TXT", "sub/b.txt", "sub/deeper/c"]
    assert all(path.is_file() for path, _ in found)


def test_several_paths_are_read_in_the_order_given(tmp_path: Path) -> None:
    first = tmp_path / "z.txt"
    second = tmp_path / "a.txt"
    first.write_text(NEWS[0], encoding="utf-8")
    second.write_text(NEWS[1], encoding="utf-8")
    docs = documents(read_all(first, second))
    assert [doc.text for doc in docs] == [NEWS[0], NEWS[1]]


def test_file_named_directly_keeps_the_path_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "in").mkdir()
    path = tmp_path / "in" / "news.txt"
    path.write_bytes(NEWS[0].encode("utf-8"))

    (doc,) = read_all(path)
    assert isinstance(doc, Document)
    assert doc.id == path.as_posix()
    assert doc.text == NEWS[0]

    monkeypatch.chdir(tmp_path)
    (doc,) = read_all("in/news.txt")
    assert isinstance(doc, Document)
    assert doc.id == "in/news.txt"
    assert doc.meta["source"] == "in/news.txt"


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "news.txt"
    (skip,) = read_all(missing)
    assert isinstance(skip, Skipped)
    assert skip.source == str(missing)
    assert skip.reason == "no such file or directory"
    assert skip.ignored is False
    assert skip.line is None
    assert str(skip) == f"{missing}: no such file or directory"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_bytes(NEWS[0].encode("utf-8"))
    path.chmod(0)
    try:
        (skip,) = read_all(path)
    finally:
        path.chmod(0o644)
    assert isinstance(skip, Skipped)
    assert skip.source == str(path)
    assert skip.reason.startswith("cannot read")
    assert "Permission denied" in skip.reason


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root chmod 000 does not stop a read: make the read fail as it would for a user."""
    locked = tmp_path / "locked.txt"
    locked.write_bytes(NEWS[0].encode("utf-8"))
    fine = tmp_path / "fine.txt"
    fine.write_bytes(NEWS[1].encode("utf-8"))
    real_read_bytes = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    items = read_all(tmp_path)
    assert [doc.id for doc in documents(items)] == ["fine.txt"]
    (skip,) = skips(items)
    assert skip.source == str(locked)
    assert skip.reason == "cannot read: Permission denied"
    assert skip.ignored is False


def test_broken_symlink_in_a_directory(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_bytes(NEWS[0].encode("utf-8"))
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    items = read_all(tmp_path)
    assert [doc.id for doc in documents(items)] == ["good.txt"]
    (skip,) = skips(items)
    assert skip.source == str(tmp_path / "gone.txt")
    assert skip.reason.startswith("cannot read")
    assert skip.ignored is False


def test_named_fifo_is_not_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (skip,) = read_all(fifo)
    assert isinstance(skip, Skipped)
    assert skip.reason == "not a regular file"


def test_named_fifo_inside_a_directory_is_skipped_not_read(tmp_path: Path) -> None:
    """A FIFO found in a directory must not block the run (reading it waits for a writer)."""
    (tmp_path / "a.txt").write_bytes(NEWS[0].encode("utf-8"))
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    class Blocked(Exception):  # not an OSError: the reader must not turn it into a Skipped
        pass

    def on_alarm(signum: int, frame: object) -> None:
        raise Blocked(f"read_documents blocked reading the FIFO {fifo}")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(3)
    try:
        items = read_all(tmp_path)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert [doc.id for doc in documents(items)] == ["a.txt"]
    (skip,) = skips(items)
    assert skip.source == str(fifo)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    (skip,) = read_all(path)
    assert isinstance(skip, Skipped)
    assert skip.source == str(path)
    assert skip.reason == "empty file"
    assert skip.ignored is False
    assert str(skip) == f"{path}: empty file"


def test_png_named_txt(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(PNG_HEADER + bytes(range(256)))
    (skip,) = read_all(path)
    assert isinstance(skip, Skipped)
    assert skip.source == str(path)
    assert "PNG" in skip.reason
    assert skip.ignored is False


def test_text_file_with_bom_and_utf16(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + NEWS[0].encode("utf-8"))
    (tmp_path / "wide.txt").write_bytes(b"\xff\xfe" + NEWS[1].encode("utf-16-le"))
    bom, wide = documents(read_all(tmp_path))
    assert bom.text == NEWS[0]
    assert bom.meta["bom"] is True
    assert wide.text == NEWS[1]
    assert wide.meta["encoding"] == "utf-16-le"


def test_read_without_decoding_gives_raw_files(tmp_path: Path) -> None:
    data = (NEWS[0] + "\n" + NEWS[1]).encode("gbk")
    (tmp_path / "a.txt").write_bytes(data)
    (tmp_path / "empty.txt").write_bytes(b"")
    write_jsonl(tmp_path / "feed.jsonl", [{"id": "j", "text": NEWS[2]}])
    raw_a, raw_empty, doc = read_documents([tmp_path], decode=False)
    assert isinstance(raw_a, RawFile)
    assert (raw_a.path, raw_a.name, raw_a.data) == (str(tmp_path / "a.txt"), "a.txt", data)
    decoded = raw_a.decode()
    assert isinstance(decoded, Document)
    assert decoded.id == "a.txt"
    assert decoded.text == NEWS[0] + "\n" + NEWS[1]
    assert decoded.meta["encoding"] == "gb18030"
    assert isinstance(raw_empty, RawFile)
    assert raw_empty.decode() == Skipped(str(tmp_path / "empty.txt"), "empty file")
    assert isinstance(doc, Document)  # records are not deferred
    assert doc.id == "j"


def test_jsonl_good_records(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "feed.jsonl",
        [{"id": f"n{i}", "text": text} for i, text in enumerate(NEWS[:3])],
    )
    docs = read_all(path)
    assert all(isinstance(doc, Document) for doc in docs)
    assert [doc.id for doc in docs] == ["n0", "n1", "n2"]
    assert [doc.text for doc in docs] == NEWS[:3]
    assert [doc.meta for doc in docs] == [
        {"source": str(path), "line": 1, "encoding": "utf-8"},
        {"source": str(path), "line": 2, "encoding": "utf-8"},
        {"source": str(path), "line": 3, "encoding": "utf-8"},
    ]
    assert all(doc.edits == () for doc in docs)


def test_jsonl_numeric_and_zero_ids_become_strings(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "feed.jsonl", [{"id": 0, "text": NEWS[0]}, {"id": 42, "text": NEWS[1]}]
    )
    assert [doc.id for doc in documents(read_all(path))] == ["0", "42"]


def read_between_good_lines(tmp_path: Path, line: bytes) -> tuple[Path, list[Any]]:
    """A feed of a good record, ``line`` and a good record, and what the reader makes of it."""
    path = tmp_path / "feed.jsonl"
    path.write_bytes(
        jsonl_bytes([{"id": "a", "text": NEWS[0]}])
        + line
        + jsonl_bytes([{"id": "c", "text": NEWS[2]}])
    )
    return path, read_all(path)


@pytest.mark.parametrize(
    ("bad_line", "reason"),
    [
        (b'{"id": "b", "text": "\xe6\x96\xb0\xe9\x97\xbb\n', "not JSON"),
        (
            json.dumps({"id": "b", "text": NEWS[1]}, ensure_ascii=False).encode("gbk") + b"\n",
            "line is not UTF-8",
        ),
    ],
    ids=["not-json", "not-utf8"],
)
def test_a_bad_jsonl_line_is_skipped_and_the_next_is_read(
    tmp_path: Path, bad_line: bytes, reason: str
) -> None:
    path, items = read_between_good_lines(tmp_path, bad_line)
    assert [type(item) for item in items] == [Document, Skipped, Document]
    skip = items[1]
    assert isinstance(skip, Skipped)
    assert (skip.source, skip.line) == (str(path), 2)
    assert str(skip).startswith(f"{path}:2: {reason}")
    assert [doc.text for doc in documents(items)] == [NEWS[0], NEWS[2]]


@pytest.mark.parametrize(
    ("line", "kind"),
    [([NEWS[0], NEWS[1]], "array"), (NEWS[0], "string"), (7, "number"), (None, "null")],
    ids=["array", "string", "number", "null"],
)
def test_jsonl_line_that_is_not_an_object(tmp_path: Path, line: Any, kind: str) -> None:
    path = write_jsonl(tmp_path / "feed.jsonl", [line, {"id": "ok", "text": NEWS[2]}])
    skip, doc = read_all(path)
    assert isinstance(skip, Skipped)
    assert skip.line == 1
    assert skip.reason == f"a JSON {kind}, not an object"
    assert isinstance(doc, Document)
    assert doc.text == NEWS[2]


def test_jsonl_record_missing_the_text_field(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "feed.jsonl",
        [{"url": "http://example.cn/1", "content": NEWS[0], "title": "傅寨乡"}],
    )
    (skip,) = read_all(path)
    assert isinstance(skip, Skipped)
    assert skip.line == 1
    assert "'text'" in skip.reason
    assert "content, title, url" in skip.reason
    assert "--text-field" in skip.reason


def test_jsonl_empty_object(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "feed.jsonl", [{}])
    (skip,) = read_all(path)
    assert isinstance(skip, Skipped)
    assert "'text'" in skip.reason
    assert "none" in skip.reason


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        (None, "null"),
        (12, "a number"),
        (1.5, "a number"),
        (True, "a boolean"),
        ([NEWS[0]], "an array"),
        ({"zh": NEWS[0]}, "an object"),
    ],
)
def test_jsonl_text_not_a_string(tmp_path: Path, value: Any, kind: str) -> None:
    path = write_jsonl(tmp_path / "feed.jsonl", [{"id": "x", "text": value}])
    (skip,) = read_all(path)
    assert isinstance(skip, Skipped)
    assert skip.line == 1
    assert skip.reason == f"field 'text' is {kind}, not a string"


def test_jsonl_custom_text_and_id_fields(tmp_path: Path) -> None:
    record = {"url": "http://example.cn/1", "content": NEWS[0], "title": "傅寨乡", "id": 9}
    path = write_jsonl(tmp_path / "feed.jsonl", [record])
    (doc,) = read_all(path, options=ReadOptions(text_field="content", id_field="url"))
    assert isinstance(doc, Document)
    assert doc.id == "http://example.cn/1"
    assert doc.text == NEWS[0]
    assert doc.meta == {
        "source": str(path),
        "line": 1,
        "encoding": "utf-8",
        "fields": {"title": "傅寨乡", "id": 9},
    }


def test_jsonl_missing_id_gives_name_and_line(tmp_path: Path) -> None:
    root = tmp_path / "in"
    path = write_jsonl(
        root / "sub" / "feed.jsonl",
        [{"text": NEWS[0]}, {"id": None, "text": NEWS[1]}, {"id": "kept", "text": NEWS[2]}],
    )
    assert [doc.id for doc in documents(read_all(root))] == [
        "sub/feed.jsonl:1",
        "sub/feed.jsonl:2",
        "kept",
    ]
    assert [doc.id for doc in documents(read_all(path))] == [
        f"{path.as_posix()}:1",
        f"{path.as_posix()}:2",
        "kept",
    ]


def test_jsonl_extra_fields_go_to_meta_fields(tmp_path: Path) -> None:
    record = {
        "id": "n1",
        "text": NEWS[0],
        "title": "傅寨乡“战疫情、访民情、送温情”",
        "published": "2020-02-13",
        "tags": ["疫情防控", "党建"],
    }
    path = write_jsonl(tmp_path / "feed.jsonl", [record])
    (doc,) = read_all(path)
    assert isinstance(doc, Document)
    assert doc.meta["fields"] == {
        "title": "傅寨乡“战疫情、访民情、送温情”",
        "published": "2020-02-13",
        "tags": ["疫情防控", "党建"],
    }
    assert doc.meta["source"] == str(path)
    assert doc.meta["line"] == 1


def test_jsonl_without_extra_fields_has_no_meta_fields(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "feed.jsonl", [{"id": "n1", "text": NEWS[0]}])
    (doc,) = read_all(path)
    assert isinstance(doc, Document)
    assert "fields" not in doc.meta


def test_jsonl_textclean_output_record_keeps_its_edits_and_meta(tmp_path: Path) -> None:
    record = {
        "id": "in/a.txt",
        "text": NEWS[0],
        "edits": [edit.to_dict() for edit in EDITS],
        "meta": {**META, "source": "in/a.txt"},
    }
    path = write_jsonl(tmp_path / "cleaned.jsonl", [record])
    (doc,) = read_all(path)
    assert isinstance(doc, Document)
    assert doc.id == "in/a.txt"
    assert doc.text == NEWS[0]
    assert doc.edits == EDITS
    assert "fields" not in doc.meta
    # its own meta, whole: where it first came from, not the line of this file
    assert doc.meta == {**META, "source": "in/a.txt"}


def test_jsonl_blank_lines_are_ignored_but_counted(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    good = jsonl_bytes([{"text": NEWS[0]}])
    path.write_bytes(b"\n" + good + b"   \n\r\n" + good.replace(b"\n", b"\r\n") + b"\n\n")
    items = read_all(path)
    assert all(isinstance(item, Document) for item in items)
    assert [doc.meta["line"] for doc in items] == [2, 5]
    assert [doc.text for doc in items] == [NEWS[0], NEWS[0]]


def test_jsonl_empty_file_has_no_documents(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b"")
    assert read_all(path) == []


def test_jsonl_with_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + jsonl_bytes([{"id": "a", "text": NEWS[0]}]))
    (doc,) = read_all(path)
    assert isinstance(doc, Document)
    assert doc.text == NEWS[0]


# --- JSONL, gzipped ---------------------------------------------------------------------


def many_records(count: int = 400) -> list[dict[str, str]]:
    rng = random.Random(7)
    records = []
    for number in range(count):
        sentences = rng.sample(NEWS, 3)
        records.append({"id": f"rec{number}", "text": "".join(sentences) + f"(第{number}条)"})
    return records


def test_jsonl_gz_good(tmp_path: Path) -> None:
    records = many_records(50)
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress(jsonl_bytes(records)))
    docs = read_all(path)
    assert all(isinstance(doc, Document) for doc in docs)
    assert [(doc.id, doc.text) for doc in docs] == [(r["id"], r["text"]) for r in records]
    assert docs[-1].meta == {"source": str(path), "line": 50, "encoding": "utf-8"}


def test_jsonl_gz_found_in_a_directory(tmp_path: Path) -> None:
    (tmp_path / "FEED.JSONL.GZ").write_bytes(gzip.compress(jsonl_bytes([{"text": NEWS[0]}])))
    (doc,) = read_all(tmp_path)
    assert isinstance(doc, Document)
    assert doc.id == "FEED.JSONL.GZ:1"
    assert doc.text == NEWS[0]


def test_jsonl_gz_truncated(tmp_path: Path) -> None:
    records = many_records()
    data = gzip.compress(jsonl_bytes(records))
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    items = read_all(path)
    *docs, last = items
    assert docs, "the lines before the cut are read"
    assert all(isinstance(doc, Document) for doc in docs)
    assert len(docs) < len(records)
    assert [(doc.id, doc.text) for doc in docs] == [
        (r["id"], r["text"]) for r in records[: len(docs)]
    ]
    assert isinstance(last, Skipped)
    assert last.source == str(path)
    assert last.line == len(docs) + 1
    assert "truncated" in last.reason
    assert last.ignored is False


def test_jsonl_gz_that_is_not_gzip(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(jsonl_bytes([{"text": NEWS[0]}]))
    (skip,) = read_all(path)
    assert isinstance(skip, Skipped)
    assert skip.source == str(path)


# --- Parquet ----------------------------------------------------------------------------


def test_parquet_input(tmp_path: Path) -> None:
    path = tmp_path / "feed.parquet"
    table = pa.table(
        {
            "id": ["p1", None, "p3"],
            "text": NEWS[:3],
            "title": ["傅寨乡", "马向阳", "党员志愿者"],
        }
    )
    pq.write_table(table, path)
    docs = read_all(path)
    assert all(isinstance(doc, Document) for doc in docs)
    assert [doc.id for doc in docs] == ["p1", f"{path.as_posix()}:2", "p3"]
    assert [doc.text for doc in docs] == NEWS[:3]
    assert docs[0].meta == {
        "source": str(path),
        "line": 1,
        "encoding": "utf-8",
        "fields": {"title": "傅寨乡"},
    }


def test_parquet_custom_text_field(tmp_path: Path) -> None:
    path = tmp_path / "feed.parquet"
    pq.write_table(pa.table({"url": ["u1", "u2"], "body": NEWS[:2]}), path)
    docs = read_all(path, options=ReadOptions(text_field="body", id_field="url"))
    assert [(doc.id, doc.text) for doc in documents(docs)] == [("u1", NEWS[0]), ("u2", NEWS[1])]


def test_parquet_missing_text_column(tmp_path: Path) -> None:
    path = tmp_path / "feed.parquet"
    pq.write_table(pa.table({"id": ["p1"], "content": [NEWS[0]]}), path)
    (skip,) = read_all(path)
    assert isinstance(skip, Skipped)
    assert skip.source == str(path)
    assert "'text'" in skip.reason
    assert "id, content" in skip.reason
    assert "--text-field" in skip.reason


def test_parquet_null_text(tmp_path: Path) -> None:
    path = tmp_path / "feed.parquet"
    pq.write_table(pa.table({"id": ["p1", "p2"], "text": [None, NEWS[1]]}), path)
    skip, doc = read_all(path)
    assert isinstance(skip, Skipped)
    assert skip.line == 1
    assert skip.reason == "field 'text' is null, not a string"
    assert isinstance(doc, Document)
    assert doc.text == NEWS[1]


def test_parquet_that_is_not_parquet(tmp_path: Path) -> None:
    path = tmp_path / "feed.parquet"
    path.write_bytes(NEWS[0].encode("utf-8"))
    (skip,) = read_all(path)
    assert isinstance(skip, Skipped)
    assert skip.source == str(path)
    assert "Parquet" in skip.reason


# --- Skipped ----------------------------------------------------------------------------


def test_skipped_str() -> None:
    assert str(Skipped("in/a.txt", "empty file")) == "in/a.txt: empty file"
    assert str(Skipped("in/f.jsonl", "not JSON", 7)) == "in/f.jsonl:7: not JSON"


def test_every_skipped_is_one_line(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "empty.txt").write_bytes(b"")
    (root / "photo.txt").write_bytes(PNG_HEADER)
    (root / "noise.txt").write_bytes(bytes(range(256)) * 4)
    (root / "notes.md").write_text(NEWS[0], encoding="utf-8")
    (root / "feed.jsonl").write_bytes(
        b"{not json\n[1, 2]\n"
        + jsonl_bytes([{"content": NEWS[0]}, {"text": None}])
        + '{"text": "新闻"}\n'.encode("gbk")
        + b'{"text": "line\\nbreak\n'
    )
    data = gzip.compress(jsonl_bytes(many_records()))
    (root / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    (root / "bad.parquet").write_bytes(b"PAR1 but not really\nat all\nPAR1")
    pq.write_table(pa.table({"body": [NEWS[0]]}), root / "notext.parquet")
    (root / "gone.txt").symlink_to(root / "deleted.txt")
    items = list(read_documents([root, tmp_path / "missing.txt"]))
    skipped = skips(items)
    assert len(skipped) >= 13
    for skip in skipped:
        text = str(skip)
        assert "\n" not in text and "\r" not in text, repr(text)
        assert text.startswith(skip.source)


def test_skipped_is_one_line_for_a_file_name_with_a_line_break(tmp_path: Path) -> None:
    """Scraped file names can hold anything; the CLI prints one line per message."""
    (tmp_path / "bad\nname.txt").write_bytes(b"")
    (skip,) = skips(read_documents([tmp_path]))
    assert "\n" not in str(skip), repr(str(skip))


def test_broken_symlink_named_directly(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "deleted.txt")
    (skip,) = read_all(link)
    assert skip.reason == "cannot read: broken symbolic link"


def test_symlinked_directory_is_noted_not_followed(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_bytes(NEWS[0].encode("utf-8"))
    (tmp_path / "root").mkdir()
    (tmp_path / "root" / "link").symlink_to(tmp_path / "real", target_is_directory=True)
    (skip,) = read_all(tmp_path / "root")
    assert skip.ignored and skip.reason == "symbolic link to a directory, not followed"


def test_a_file_or_line_over_the_size_limit_is_skipped_not_loaded(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_bytes(("新闻" * 100).encode("utf-8"))
    (tmp_path / "small.txt").write_bytes("新闻".encode())
    write_jsonl(
        tmp_path / "feed.jsonl", [{"id": "big", "text": "新闻" * 100}, {"id": "ok", "text": "x"}]
    )
    items = read_all(tmp_path, options=ReadOptions(max_document_bytes=100))
    assert [doc.id for doc in documents(items)] == ["ok", "small.txt"]
    reasons = [(Path(s.source).name, s.line, s.reason) for s in skips(items)]
    assert reasons[0] == (
        "big.txt",
        None,
        "too large for one document: 600 bytes > 100 bytes (see --max-document-mb)",
    )
    assert reasons[1][:2] == ("feed.jsonl", 1)
    assert reasons[1][2].startswith("too large for one document:")


@given(
    data=st.binary(max_size=3000),
    suffix=st.sampled_from([".txt", ".jsonl", ".jsonl.gz", ".parquet", ""]),
)
@settings(max_examples=150)
def test_reading_arbitrary_bytes_never_raises(tmp_path_factory, data: bytes, suffix: str) -> None:
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    if suffix == ".jsonl.gz" and data[:1] < b"\x80":  # half the time: valid gzip of junk
        data = gzip.compress(data)
    path.write_bytes(data)
    items = read_all(path)
    assert all(isinstance(item, Document | Skipped) for item in items)
    for skip in skips(items):
        assert "\n" not in str(skip)


# --- issue 22: one suffix rule, blank files, long lines, messages, loops -----------------


def test_a_file_named_directly_is_read_by_the_same_suffix_rule(tmp_path: Path) -> None:
    (tmp_path / "table.csv").write_text(NEWS[0], encoding="utf-8")
    (tmp_path / "story").write_text(NEWS[1], encoding="utf-8")
    items = read_all(tmp_path / "table.csv", tmp_path / "story")
    reason = ".csv is not an input suffix (.txt, .jsonl, .jsonl.gz, .parquet)"
    assert items[0] == Skipped(str(tmp_path / "table.csv"), reason, ignored=True)
    assert [doc.text for doc in documents(items)] == [NEWS[1]]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t\r\n", "empty file (only whitespace)"),
        (" \n\u3000".encode("utf-16"), "empty file (only whitespace)"),  # with its BOM
        (b"\xef\xbb\xbf", "empty file"),  # a byte-order mark and nothing else
    ],
    ids=["empty", "spaces", "utf16-spaces", "bom"],
)
def test_an_empty_or_blank_text_file_is_skipped(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(data)
    assert read_all(path) == [Skipped(str(path), reason)]
    assert RawFile(str(path), "blank.txt", data).decode() == Skipped(str(path), reason)


@given(
    lines=st.lists(st.binary(max_size=12).map(lambda b: b.replace(b"\n", b"")), max_size=8),
    last_break=st.booleans(),
    limit=st.integers(1, 8),
)
@settings(max_examples=100)
def test_bounded_lines_keeps_the_short_lines_and_spills_the_long_ones(
    lines: list[bytes], last_break: bool, limit: int
) -> None:
    data = b"\n".join(lines) + (b"\n" if last_break and lines else b"")
    spilled: list[bytes] = []
    read = list(bounded_lines(io.BytesIO(data), limit, spilled.append))
    *ended, last = data.split(b"\n")
    whole = [line + b"\n" for line in ended] + ([last] if last else [])
    assert [line.size for line in read] == [len(line) for line in whole]
    assert [line.data for line in read] == [line if len(line) <= limit else None for line in whole]
    assert b"".join(spilled) == b"".join(line for line in whole if len(line) > limit)


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz"])
def test_a_long_jsonl_line_is_skipped_unread_and_the_lines_after_it_keep_their_numbers(
    tmp_path: Path, suffix: str
) -> None:
    """A 24 MiB line over a 1 KiB limit: read in chunks and dropped, never held whole."""
    data = (
        jsonl_bytes([{"id": "a", "text": NEWS[0]}])
        + b"x" * (24 << 20)
        + b"\n\n"
        + jsonl_bytes([{"id": "c", "text": "x"}])
    )
    path = tmp_path / f"feed{suffix}"
    path.write_bytes(gzip.compress(data, 1) if suffix.endswith(".gz") else data)
    del data
    tracemalloc.start()
    try:
        items = read_all(path, options=ReadOptions(max_document_bytes=1024))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    too_large = "too large for one document: 24.0 MiB > 1.0 KiB (see --max-document-mb)"
    assert items[1] == Skipped(str(path), too_large, 2)
    assert [(doc.id, doc.meta["line"]) for doc in documents(items)] == [("a", 1), ("c", 4)]
    assert peak < 4 << 20, f"{peak / 2**20:.1f} MiB"


def test_a_json_error_names_its_column_once(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b'{"text": "a\tb"}\n{"text": \n')
    assert read_all(path) == [
        Skipped(str(path), "not JSON: Invalid control character (column 12)", 1),
        Skipped(str(path), "not JSON: Expecting value (column 10)", 2),  # the line's end
    ]


def test_a_symbolic_link_loop_is_named_so(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    loop = "cannot read: symbolic link loop"
    assert read_all(tmp_path / "a.txt", tmp_path) == [
        Skipped(str(tmp_path / "a.txt"), loop),
        Skipped(str(tmp_path / "a.txt"), loop),
        Skipped(str(tmp_path / "b.txt"), loop),
        Skipped(str(tmp_path / "self.txt"), loop),
    ]


def test_an_unterminated_string_is_named_so_not_by_its_line_break(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b'{"text": "abc\n{"text": "abc\r\n{"text": "abc')
    unterminated = "not JSON: Unterminated string starting (column 10)"
    assert read_all(path) == [Skipped(str(path), unterminated, n) for n in (1, 2, 3)]


LONE_SURROGATE = "holds a lone surrogate (\\{}), not a character (JSONL must be UTF-8)"


@pytest.mark.parametrize(
    ("line", "first"),
    [
        (rb'{"id": "s", "text": "\ud800abc"}', "ud800"),
        (rb'{"id": "\uDC00", "text": "abc"}', "udc00"),
        (rb'{"text": "abc", "tags": [{"a": "\udbff\ud83d\ude00"}, "\ud801"]}', "udbff"),
        (rb'{"text": "abc", "\ud83d": 1}', "ud83d"),
        (rb'{"text": "\ude00\ud83d"}', "ude00"),  # the wrong order is no pair
    ],
    ids=["text", "id", "nested-field", "key", "reversed-pair"],
)
def test_a_record_with_a_lone_surrogate_is_skipped_and_the_others_are_read(
    tmp_path: Path, line: bytes, first: str
) -> None:
    path, items = read_between_good_lines(tmp_path, line + b"\n")
    assert items[1] == Skipped(str(path), LONE_SURROGATE.format(first), 2)
    assert [(doc.id, doc.meta["line"]) for doc in documents(items)] == [("a", 1), ("c", 3)]


def test_a_surrogate_pair_is_one_character_and_read(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(rb'{"id": "\ud83d\ude00", "text": "\ud83d\uDE00 \\ud800"}' + b"\n")
    (doc,) = read_all(path)
    assert isinstance(doc, Document)
    assert (doc.id, doc.text) == ("\U0001f600", "\U0001f600 \\ud800")


def test_a_surrogate_encoded_in_the_bytes_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b'{"text": "\xed\xa0\x80"}\n')
    assert read_all(path) == [Skipped(str(path), "line is not UTF-8 (JSONL must be UTF-8)", 1)]
