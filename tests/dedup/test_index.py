"""The persistent index: duplicates across runs, added incrementally, never half-written."""

from __future__ import annotations

import pytest

import textclean
from tests.dedup.test_finder import SITE_FOOTER, article, mirror
from tests.test_cli import read_jsonl, run_cli
from textclean import CleanConfig, ConfigError, Document, find_duplicates
from textclean.dedup.index import SignatureIndex


def indexed(folder) -> int:
    with SignatureIndex.open(folder, CleanConfig()) as index:
        return len(index)


def test_a_document_of_an_earlier_run_is_found_as_the_duplicate_of_a_new_one(tmp_path):
    first = find_duplicates([Document("old", article("001"))], index=tmp_path)
    assert first.clusters == [] and indexed(tmp_path) == 1
    copy = mirror(article("001")) + SITE_FOOTER
    later = find_duplicates(
        [Document("new", article("000")), Document("reprint", copy)], index=tmp_path
    )
    (cluster,) = later.clusters
    assert cluster.kept == "old" and cluster.indexed
    assert [member.id for member in cluster.members] == ["old", "reprint"]
    assert later.dropped[1].duplicate_of == "old"
    assert 0 not in later.dropped
    assert indexed(tmp_path) == 2  # the new story; the reprint's view is the original's


def test_exact_copies_are_found_by_key_and_not_indexed_again(tmp_path):
    text = article("002")
    find_duplicates([Document("a", text)], index=tmp_path)
    found = find_duplicates([Document("b", text), Document("c", text)], index=tmp_path)
    assert {drop.duplicate_of for drop in found.dropped.values()} == {"a"}
    assert found.dropped[0].similarity == 1.0
    assert indexed(tmp_path) == 1


def test_a_run_that_fails_leaves_the_index_as_it_was(tmp_path):
    find_duplicates([Document("a", article("000"))], index=tmp_path)

    def documents():
        yield Document("b", article("001"))
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        find_duplicates(documents(), index=tmp_path, batch_size=1)
    assert indexed(tmp_path) == 1


def test_an_index_made_with_other_options_is_refused(tmp_path):
    find_duplicates(["一篇报道的全文。"], index=tmp_path)
    with pytest.raises(ConfigError, match=r"shingle_size 3 \(now 5\)"):
        find_duplicates(["一篇报道的全文。"], CleanConfig(shingle_size=5), index=tmp_path)


def test_the_cli_drops_a_reprint_of_an_article_indexed_by_an_earlier_run(seeds_dir, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir(), second.mkdir()
    (source,) = seeds_dir.glob("001_*.txt")
    (first / "original.txt").write_text(source.read_text("utf-8"), "utf-8")
    (second / "reprint.txt").write_text(mirror(article("001")) + SITE_FOOTER, "utf-8")
    (second / "other.txt").write_text(article("000"), "utf-8")
    index = tmp_path / "index"
    for folder in (first, second):
        output = tmp_path / f"{folder.name}.jsonl"
        result = run_cli("run", str(folder), "-o", str(output), "--index", str(index), "-j", "1")
        assert result.returncode == 0, result.stderr
    assert [record["id"] for record in read_jsonl(tmp_path / "second.jsonl")] == ["other.txt"]
    (cluster,) = read_jsonl(tmp_path / "second.clusters.jsonl")
    assert cluster["kept"] == "original.txt" and cluster["kept_in_index"] is True


def test_an_index_path_that_is_a_file_is_one_line_of_error(seeds_dir, tmp_path):
    blocker = tmp_path / "index"
    blocker.write_text("not a folder")
    output = tmp_path / "o.jsonl"
    result = run_cli("dedup", str(seeds_dir), "-o", str(output), "--index", str(blocker))
    assert result.returncode == 2
    assert "cannot open the index" in result.stderr and "Traceback" not in result.stderr
    assert not output.exists()


def test_only_the_documents_a_run_keeps_are_indexed(tmp_path):
    text = article("001")
    found = find_duplicates(
        [Document("a", text), Document("b", text[:-30]), Document("c", "")], index=tmp_path
    )
    assert set(found.dropped) == {1}
    assert "1 with no text to compare (kept)" in found.describe()
    with SignatureIndex.open(tmp_path, CleanConfig()) as index:
        assert len(index) == 1 and index.exact(b"missing") is None


def test_a_kept_later_exact_copy_is_indexed_under_fewest_edits(tmp_path):
    text = article("001")
    edit = textclean.Edit("markup", "tag", "<p>", "", 0)
    documents = [Document("a", text, edits=(edit,)), Document("b", text)]
    config = CleanConfig(keep="fewest-edits")
    found = find_duplicates(documents, config, cleaned=True, index=tmp_path)
    assert found.clusters[0].kept == "b"
    with SignatureIndex.open(tmp_path, config) as index:
        assert len(index) == 1 and index.candidates(found_signature(text))[0].id == "b"


def found_signature(text: str):
    from textclean.dedup.minhash import MinHasher
    from textclean.dedup.view import fold

    return MinHasher().signatures([fold(text)]).values[0]


def test_an_index_made_before_the_shingle_hash_was_recorded_is_refused(tmp_path):
    with SignatureIndex.open(tmp_path, CleanConfig()) as index:
        index._db.execute("DELETE FROM settings WHERE name = 'shingle_hash'")
        index.commit()
    with pytest.raises(ConfigError, match="another shingle hash") as refused:
        SignatureIndex.open(tmp_path, CleanConfig())
    message = str(refused.value)
    assert "\n" not in message and "poly64/1, unrecorded, now poly64-fmix64/2" in message
    assert f"delete {tmp_path / 'index.sqlite'} and run again" in message
