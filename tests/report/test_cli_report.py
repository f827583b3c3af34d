"""``textclean run --report`` and ``textclean report``: the files, the numbers, the errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from textclean.cli import main


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def _data(page: str) -> dict:
    """The drill-down's JSON, as the page's script reads it."""
    match = re.search(r'<script id="report-data" type="application/json">(.*?)</script>', page)
    assert match is not None
    return json.loads(match.group(1))


def test_a_run_with_report_writes_the_records_it_drills_into(run_dir: Path) -> None:
    names = sorted(path.name for path in run_dir.iterdir())
    assert names == [
        "out.clusters.jsonl",
        "out.dropped.jsonl",
        "out.jsonl",
        "out.removed.jsonl",
        "out.run.json",
        "report.html",
    ]
    manifest = json.loads((run_dir / "out.run.json").read_text("utf-8"))
    assert manifest["outputs"] == {
        "output": "out.jsonl",
        "clusters": "out.clusters.jsonl",
        "dropped": "out.dropped.jsonl",
        "removed": "out.removed.jsonl",
    }
    assert manifest["summary"]["skipped"] == 1
    assert manifest["skips"][0]["reason"].startswith("not JSON")
    written = len(_records(run_dir / "out.jsonl"))
    dropped = len(_records(run_dir / "out.dropped.jsonl"))
    assert manifest["summary"]["documents"] == written + dropped


def test_the_totals_are_the_runs_numbers(run_dir: Path) -> None:
    page = (run_dir / "report.html").read_text("utf-8")
    output = _records(run_dir / "out.jsonl")
    dropped = _records(run_dir / "out.dropped.jsonl")
    edits = sum(len(r["edits"]) for r in output) + sum(len(r["document"]["edits"]) for r in dropped)
    characters_out = sum(len(r["text"]) for r in output)
    for label, value in [
        ("documents read", len(output) + len(dropped)),
        ("documents written", len(output)),
        ("edits", edits),
        ("characters written", characters_out),
        ("inputs skipped", 1),
    ]:
        assert f"<span>{label}</span><strong>{value:,}</strong>" in page, label
    assert page.count('<svg class="chart"') >= 6
    assert 'id="lost"' not in page and 'href="#lost"' not in page  # none: no section
    data = _data(page)
    assert len(data["documents"]) == len(output) + len(dropped)  # under the sample size: all
    assert data["clusters"]
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", page)  # nothing to fetch
    assert "@import" not in page and not re.search(r"url\(\s*['\"]?[a-z]+:", page)


def test_report_rewrites_the_same_page_from_the_files(run_dir: Path) -> None:
    again = run_dir / "again.html"
    from_manifest = run_dir / "from-manifest.html"
    try:
        assert main(["report", str(run_dir / "out.jsonl"), "-o", str(again), "-q"]) == 0
        assert again.read_bytes() == (run_dir / "report.html").read_bytes()
        manifest = run_dir / "out.run.json"
        assert main(["report", str(manifest), "-o", str(from_manifest), "-q"]) == 0
        assert from_manifest.read_bytes() == again.read_bytes()
    finally:  # the run's folder is shared by the other tests
        again.unlink(missing_ok=True)
        from_manifest.unlink(missing_ok=True)


def test_a_smaller_sample_keeps_an_example_of_every_kind(run_dir: Path, tmp_path: Path) -> None:
    small = tmp_path / "small.html"
    code = main(["report", str(run_dir / "out.jsonl"), "-o", str(small), "--sample", "3"])
    assert code == 0
    shown = _data(small.read_text("utf-8"))["documents"]
    everything = _data((run_dir / "report.html").read_text("utf-8"))["documents"]
    assert len(shown) < len(everything)
    kinds = {(k[0], k[1]) for doc in everything for k in doc["kinds"]}
    assert kinds == {(k[0], k[1]) for doc in shown for k in doc["kinds"]}
    assert {doc["fate"] for doc in shown} == {doc["fate"] for doc in everything}


def test_without_the_other_files_the_report_says_what_it_cannot_show(
    run_dir: Path, tmp_path: Path
) -> None:
    lonely = tmp_path / "lonely.jsonl"
    lonely.write_bytes((run_dir / "out.jsonl").read_bytes())
    page_path = tmp_path / "lonely.html"
    assert main(["report", str(lonely), "-o", str(page_path), "-q"]) == 0
    page = page_path.read_text("utf-8")
    assert "no run manifest: skipped inputs are unknown" in page
    assert "no clusters file" in page
    assert "No clusters: no near-duplicates." in page


def test_bad_input_is_one_line(
    run_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "r.html"
    assert main(["report", str(tmp_path / "missing.jsonl"), "-o", str(target)]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "no such run output" in error
    assert main(["report", str(run_dir / "out.jsonl"), "-o", str(target), "--dropped", "x"]) == 1
    assert "x: no such file (--dropped)" in capsys.readouterr().err
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "a", "text": "x", "edits": [], "meta": {}}\n[1]\n', "utf-8")
    assert main(["report", str(broken), "-o", str(target)]) == 0
    assert "unreadable record" in capsys.readouterr().err
    assert "1 unreadable records left out" in target.read_text("utf-8")
    assert main(["run", str(run_dir / "out.jsonl"), "--report", str(target)]) == 2
    assert "--report needs the output in a file" in capsys.readouterr().err


def test_a_document_whose_edits_do_not_fit_is_shown_with_why(tmp_path: Path) -> None:
    record = {
        "id": "a",
        "text": "正文",
        "edits": [{"step": "x", "reason": "y", "before": "abc", "after": "zz", "start": 5}],
        "meta": {},
    }
    output = tmp_path / "out.jsonl"
    output.write_text(json.dumps(record) + "\n", "utf-8")
    assert main(["report", str(output), "-o", str(tmp_path / "r.html"), "-q"]) == 0
    (document,) = _data((tmp_path / "r.html").read_text("utf-8"))["documents"]
    assert document["problem"].startswith("edits do not replay")


def test_documents_with_lost_characters_have_a_section_with_examples(tmp_path: Path) -> None:
    texts = {
        "a": "标题\n新华社报道\ufffd我国成功发射\ufffd颗卫星。",
        "b": "干净。",
        "c": "锟斤拷<b>",
    }
    output = tmp_path / "out.jsonl"
    output.write_text(
        "".join(
            json.dumps({"id": key, "text": text, "edits": [], "meta": {"source": f"{key}.txt"}})
            + "\n"
            for key, text in texts.items()
        ),
        "utf-8",
    )
    assert main(["report", str(output), "-o", str(tmp_path / "r.html"), "-q"]) == 0
    page = (tmp_path / "r.html").read_text("utf-8")
    assert '<a href="#lost">Lost characters</a>' in page
    section = re.search(r'<section id="lost">.*?</section>', page)
    assert section is not None
    assert "2 documents written keep 4 lost characters" in section.group()
    assert "<td>a</td><td>a.txt</td><td>2</td>" in section.group()
    assert "新华社报道<mark>\ufffd</mark>我国成功发射\ufffd颗卫星。" in section.group()
    assert "<mark>锟斤拷</mark>&lt;b&gt;" in section.group()  # escaped


def test_the_report_never_overwrites_the_runs_files(
    run_dir: Path, seeds_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = run_dir / "out.jsonl"
    before = output.read_bytes()
    assert main(["report", str(output), "-o", str(output)]) == 2
    assert main(["report", str(output), "-o", str(run_dir / "out.run.json")]) == 2
    assert "the report is an HTML page: name it .html" in capsys.readouterr().err
    out = tmp_path / "c.jsonl"
    for report in (out, tmp_path / "c.run.json", tmp_path / "c.clusters.jsonl"):
        assert main(["run", str(seeds_dir), "-o", str(out), "--report", str(report), "-q"]) == 2
        assert "is another output of the run" in capsys.readouterr().err
    seed = next(seeds_dir.iterdir())
    assert main(["run", str(seed), "-o", str(out), "--report", str(seed), "-q"]) == 2
    assert output.read_bytes() == before and not out.exists()


def test_records_that_are_not_a_runs_are_counted_and_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = tmp_path / "plain.jsonl"
    plain.write_text("".join(f'{{"id": "{n}", "text": "正文"}}\n' for n in range(30)), "utf-8")
    assert main(["report", str(plain), "-o", str(tmp_path / "r.html")]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 12  # ten named, the rest counted, then the error
    assert "not a record of this kind: no edits, meta (fields: id, text)" in lines[0]
    assert lines[10] == "textclean: ... 20 more unreadable records"
    assert "no textclean records in it (30 unreadable)" in lines[11]
    assert not (tmp_path / "r.html").exists()


def test_a_dedup_runs_report(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "kept.jsonl"
    report = tmp_path / "dedup.html"
    assert main(["dedup", str(seeds_dir), "-o", str(out), "--report", str(report), "-q"]) == 0
    page = report.read_text("utf-8")
    assert "<small>as read</small>" in page  # dropped documents were not cleaned
    assert "no --removed records" not in page  # a dedup run drops no spam
    assert "unknown" not in page  # the script of uncleaned text is tested on it
    assert "<span>documents read</span><strong>5</strong>" in page


def test_ids_that_repeat_are_documents_of_their_own(tmp_path: Path) -> None:
    shards = tmp_path / "shards"
    shards.mkdir()
    for shard in ("a", "b"):  # sharded scrapes number their records from 0 in each file
        lines = [json.dumps({"id": str(n), "text": f"{shard}第{n}篇新闻正文。"}) for n in range(30)]
        (shards / f"{shard}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    report = tmp_path / "r.html"
    assert (
        main(["clean", str(shards), "-o", str(tmp_path / "o.jsonl"), "--report", str(report)]) == 0
    )
    shown = _data(report.read_text("utf-8"))["documents"]
    assert len(shown) == 60
    assert len({(doc["id"], doc["source"]) for doc in shown}) == 60


def test_a_kept_document_dropped_as_contained_shows_its_text_and_fate(
    run_dir: Path, tmp_path: Path
) -> None:
    inputs = [line for line in (run_dir.parent / "news.jsonl").read_text("utf-8").splitlines()]
    news = tmp_path / "news.jsonl"
    news.write_text("\n".join(inputs[:-1]) + "\n", "utf-8")  # without the line that is not JSON
    out = tmp_path / "out.jsonl"
    report = tmp_path / "r.html"
    args = ["run", str(news), "-o", str(out), "--drop-contained", "--report", str(report), "-q"]
    assert main(args) == 0
    contained = {
        r["id"] for r in _records(tmp_path / "out.dropped.jsonl") if r["reason"] == "contained"
    }
    clusters = _records(tmp_path / "out.clusters.jsonl")
    assert contained & {cluster["kept"] for cluster in clusters}, "the corpus has the case"
    for cluster in _data(report.read_text("utf-8"))["clusters"]:
        for member in cluster["members"]:
            assert member["text"] is not None
            if member["kept"] and member["id"] in contained:
                assert member["fate"] == "contained"


def test_records_of_the_wrong_shape_are_left_out_not_a_traceback(tmp_path: Path) -> None:
    good = {"id": "a", "text": "正文", "edits": [], "meta": {}}
    odd = [
        {**good, "id": "b", "meta": None},
        {**good, "id": "c", "edits": [{"step": "x"}]},
        {**good, "id": "d", "text": 7},
    ]
    output = tmp_path / "out.jsonl"
    output.write_text("".join(json.dumps(r) + "\n" for r in [good, *odd]), "utf-8")
    assert main(["report", str(output), "-o", str(tmp_path / "r.html"), "-q"]) == 0
    page = (tmp_path / "r.html").read_text("utf-8")
    assert "3 unreadable records left out" in page
    assert [doc["id"] for doc in _data(page)["documents"]] == ["a"]
