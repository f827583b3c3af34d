"""File names that are not UTF-8: read, cleaned and named in a reversible escaped form."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.io.helpers import NEWS, documents, read_all, skips
from textclean.cli import main
from textclean.io import Skipped, path_from_name, printable_name

GBK_NAME = "中文".encode("gbk") + b".txt"  # b"\xd6\xd0\xce\xc4.txt", as a Windows archive has it
SHOWN = r"\xd6\xd0\xce\xc4.txt"


@given(name=st.binary(min_size=1, max_size=40))
@settings(max_examples=200)
def test_every_bytes_name_is_written_as_utf8_and_read_back(name: bytes) -> None:
    shown = printable_name(os.fsdecode(name))
    assert printable_name(name) == shown
    shown.encode("utf-8")  # no surrogates left: JSON, SQLite and stdout can hold it
    assert os.fsdecode(codecs.escape_decode(shown.encode("utf-8"))[0]) == os.fsdecode(name)
    assert path_from_name(shown) == Path(os.fsdecode(name))
    text = name.decode("utf-8", "replace")
    if text.encode("utf-8") == name and "\\" not in text:
        assert shown == text  # a UTF-8 name without a backslash is left as it is


def test_the_escaped_form() -> None:
    assert printable_name(os.fsdecode(GBK_NAME)) == SHOWN
    assert printable_name(Path("新闻") / "a.txt") == "新闻/a.txt"
    assert printable_name("a\\xd6.txt") == "a\\\\xd6.txt"  # not the GBK byte: the backslash
    assert printable_name("\ud800.txt") == r"\xed\xa0\x80.txt"  # no file system gives this


def _gbk_tree(tmp_path: Path) -> Path:
    """``in/`` with a GBK-named text file, an empty one and a JSONL file without ids."""
    root = os.path.join(os.fsencode(tmp_path), b"in")
    os.mkdir(root)
    with open(os.path.join(root, GBK_NAME), "wb") as handle:
        handle.write(NEWS[0].encode("utf-8"))
    with open(os.path.join(root, b"\xce\xc4.txt"), "wb"):
        pass
    with open(os.path.join(root, b"\xd6\xd0.jsonl"), "wb") as handle:
        handle.write(json.dumps({"text": NEWS[1]}, ensure_ascii=False).encode("utf-8") + b"\n")
    return Path(os.fsdecode(root))


def test_a_name_that_is_not_utf8_is_read_and_named_escaped(tmp_path: Path) -> None:
    root = _gbk_tree(tmp_path)
    items = read_all(root, root / os.fsdecode(GBK_NAME))
    shown = printable_name(root)
    assert [(doc.id, doc.meta["source"], doc.text) for doc in documents(items)] == [
        (r"\xd6\xd0.jsonl:1", rf"{shown}/\xd6\xd0.jsonl", NEWS[1]),
        (SHOWN, f"{shown}/{SHOWN}", NEWS[0]),
        (f"{shown}/{SHOWN}", f"{shown}/{SHOWN}", NEWS[0]),
    ]
    assert skips(items) == [Skipped(rf"{shown}/\xce\xc4.txt", "empty file")]
    assert os.fsencode(path_from_name(f"{shown}/{SHOWN}")) == os.fsencode(root) + b"/" + GBK_NAME


def test_clean_writes_such_names_escaped(tmp_path: Path, capsys, monkeypatch) -> None:
    _gbk_tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["clean", "in", "-o", "out.jsonl", "-j", "1"]) == 0
    err = capsys.readouterr().err
    assert err.startswith("textclean: skipped in/\\xce\\xc4.txt: empty file\n"), err
    assert "internal error" not in err and "Traceback" not in err
    records = [json.loads(line) for line in Path("out.jsonl").read_text("utf-8").splitlines()]
    assert [(r["id"], r["meta"]["source"]) for r in records] == [
        (r"\xd6\xd0.jsonl:1", r"in/\xd6\xd0.jsonl"),
        (SHOWN, f"in/{SHOWN}"),
    ]
    assert main(["clean", os.fsdecode(b"in/" + GBK_NAME), "-o", "-", "-j", "1"]) == 0
    (record,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["id"] == record["meta"]["source"] == f"in/{SHOWN}"
