"""`textclean run` and `textclean dedup` end to end: outputs, clusters, dropped records."""

from __future__ import annotations

import json
import shutil

import opencc
import pytest

from tests.test_cli import read_jsonl, run_cli
from textclean.document import Document


@pytest.fixture
def corpus(seeds_dir, tmp_path):
    """The seeds, an exact copy of 001, and a Traditional mirror of 000 with a footer."""
    folder = tmp_path / "in"
    shutil.copytree(seeds_dir, folder)
    (original,) = folder.glob("001_*.txt")
    shutil.copy(original, folder / "copy-of-001.txt")
    (source,) = folder.glob("000_*.txt")
    mirror = opencc.OpenCC("s2t").convert(source.read_text("utf-8"))
    (folder / "mirror-of-000.txt").write_text(mirror + "\n\n版權所有 © 2020 某某網", "utf-8")
    return folder


@pytest.fixture
def page_folder(seeds_dir, tmp_path):
    """Seed 003 (an e-paper page) as page.txt, and one of its articles as article.txt."""
    folder = tmp_path / "in"
    folder.mkdir()
    (page,) = seeds_dir.glob("003_*.txt")
    shutil.copy(page, folder / "page.txt")
    lines = page.read_text("utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("孔阳深入谭庄"))
    (folder / "article.txt").write_text("\n".join(lines[start : start + 13]), "utf-8")
    return folder


def test_run_cleans_and_keeps_one_document_per_cluster(corpus, tmp_path):
    output = tmp_path / "out" / "clean.jsonl"
    dropped = tmp_path / "out" / "dropped.jsonl"
    result = run_cli("run", str(corpus), "-o", str(output), "--dropped", str(dropped))
    assert result.returncode == 0, result.stderr
    assert "7 documents cleaned" in result.stderr
    assert "2 dropped as near-duplicates (2 clusters)" in result.stderr
    kept = read_jsonl(output)
    assert sorted(record["id"] for record in kept) == sorted(
        path.name for path in corpus.glob("0*.txt")
    )
    assert all(record["edits"] for record in kept)  # cleaned text, with its edit log
    clusters = read_jsonl(tmp_path / "out" / "clean.clusters.jsonl")
    assert {(c["kept"], len(c["members"])) for c in clusters} == {
        (next(corpus.glob("000_*")).name, 2),
        (next(corpus.glob("001_*")).name, 2),
    }
    records = {record["id"]: record for record in read_jsonl(dropped)}
    assert set(records) == {"copy-of-001.txt", "mirror-of-000.txt"}
    mirror = records["mirror-of-000.txt"]
    assert mirror["reason"] == "duplicate" and mirror["duplicate_of"].startswith("000_")
    assert mirror["similarity"] >= 0.8 and isinstance(mirror["cluster"], int)
    restored = Document.from_dict(mirror["document"])  # nothing is lost: the whole document
    assert "版權所有" in (corpus / "mirror-of-000.txt").read_text("utf-8")
    assert restored.edits and restored.meta["source"].endswith("mirror-of-000.txt")


def test_dedup_writes_the_kept_documents_as_read(corpus, tmp_path):
    output = tmp_path / "kept.jsonl"
    result = run_cli("dedup", str(corpus), "-o", str(output), "--keep", "first", "-j", "1")
    assert result.returncode == 0, result.stderr
    assert "7 documents read; 2 dropped as near-duplicates" in result.stderr
    for record in read_jsonl(output):
        assert record["text"] == (corpus / record["id"]).read_text("utf-8")
        assert record["edits"] == []
    assert len(read_jsonl(tmp_path / "kept.clusters.jsonl")) == 2


def test_drop_contained_drops_an_article_printed_inside_a_page(page_folder, tmp_path):
    folder = page_folder
    output, dropped = tmp_path / "out.jsonl", tmp_path / "dropped.jsonl"
    args = ("run", str(folder), "-o", str(output), "--dropped", str(dropped), "-j", "1")
    result = run_cli(*args, "--drop-contained")
    assert result.returncode == 0, result.stderr
    assert "1 contained in a longer one (1 dropped)" in result.stderr
    assert [record["id"] for record in read_jsonl(output)] == ["page.txt"]
    (record,) = read_jsonl(dropped)
    assert record["reason"] == "contained" and record["contained_in"] == "page.txt"
    assert record["containment"] >= 0.8


def test_clusters_go_to_stdout_runs_only_when_asked(corpus, tmp_path):
    clusters = tmp_path / "clusters.jsonl"
    result = run_cli("run", str(corpus), "-q", "--clusters", str(clusters))
    assert result.returncode == 0 and result.stderr == ""
    assert len(result.stdout.splitlines()) == 5
    assert [json.loads(line)["cluster"] for line in clusters.read_text().splitlines()] == [0, 1]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--threshold", "1.5"], "must be from 0 to 1"),
        (["--num-perm", "8"], "option 'num_perm' must be from 16 to 1024"),
        (["--keep", "newest"], "invalid choice: 'newest'"),
        (["--shingle-size", "x"], "must be a whole number"),
    ],
)
def test_bad_dedup_options_exit_2_with_one_line(corpus, tmp_path, args, message):
    result = run_cli("dedup", str(corpus), "-o", str(tmp_path / "o.jsonl"), *args)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "o.jsonl").exists()


def test_an_interrupted_dedup_leaves_no_output(corpus, tmp_path):
    (corpus / "bad.jsonl").write_text('{"text": "x"}\nnot json\n', "utf-8")
    output = tmp_path / "o.jsonl"
    result = run_cli("dedup", str(corpus), "-o", str(output), "--strict")
    assert result.returncode == 1 and "no output written" in result.stderr
    assert not output.exists() and not (tmp_path / "o.clusters.jsonl").exists()


def test_a_contained_article_that_is_kept_says_where_it_is_printed(page_folder, tmp_path):
    folder = page_folder
    output = tmp_path / "2024.04.jsonl"
    result = run_cli("run", str(folder), "-o", str(output), "-j", "1")
    assert result.returncode == 0, result.stderr
    records = {record["id"]: record for record in read_jsonl(output)}
    assert records["article.txt"]["meta"]["contained_in"] == {
        "id": "page.txt",
        "containment": 1.0,
    }
    assert "contained_in" not in records["page.txt"]["meta"]
    assert (tmp_path / "2024.04.clusters.jsonl").exists()  # the name keeps its dots


def test_two_outputs_that_are_one_file_are_refused(corpus, tmp_path):
    output = tmp_path / "o.jsonl"
    result = run_cli("run", str(corpus), "-o", str(output), "--clusters", str(output))
    assert result.returncode == 2
    assert "the output and the clusters file are the same file" in result.stderr
