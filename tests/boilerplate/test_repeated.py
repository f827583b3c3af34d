"""The repeated-line corpus stage and the run's records of what it cut or dropped."""

from __future__ import annotations

import json
from contextlib import nullcontext

import pytest

from textclean import CleanConfig, Document, clean_files, replay
from textclean.boilerplate.repeated import (
    RepeatedLineCounter,
    line_keys,
    source_group,
    strip_repeated,
)
from textclean.cli import main

FOOTER = "愿您在这里度过美好的阅读时光 期待与您再次相遇"
BODIES = [
    "县委昨日召开常委会议,研究部署冬春季疫情防控工作,要求各单位压实责任。",
    "乡里开展送温暖活动,慰问困难群众一百余户,送去米面油等生活物资。",
    "记者从市场监管局获悉,节前全县市场供应充足,蔬菜价格总体平稳。",
    "县医院组织专家深入乡村开展义诊,为群众免费测量血压血糖。",
]
NO_MODEL = CleanConfig(keep_boilerplate=("model",))
"""The corpus stage alone: the model signal would take the footer in pass one."""
SPAM = "日韩无码视频免费看_亚洲综合色一区二区三区_国产成人久久AV免费看国语版"


def site(tmp_path, name="site", bodies=BODIES, footer=FOOTER):
    folder = tmp_path / name
    folder.mkdir()
    for number, body in enumerate(bodies):
        (folder / f"{number}.txt").write_text(f"{body}\n\n{footer}\n", "utf-8")
    return folder


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_a_footer_no_rule_knows_is_cut_from_every_page_of_the_site(tmp_path):
    folder = site(tmp_path)
    out = tmp_path / "out" / "clean.jsonl"
    summary = clean_files([folder], out, NO_MODEL, jobs=1)
    records = read_jsonl(out)
    assert [r["text"] for r in records] == BODIES
    assert summary.edits_by_step["boilerplate"] == len(BODIES)
    for record in records:
        source = (folder / record["id"]).read_text("utf-8")
        edits = [Document.from_dict(record).edits][0]
        assert replay(source, edits) == record["text"]
        assert record["meta"]["repeated_lines"] == 1


def test_below_the_threshold_and_across_sites_nothing_is_cut(tmp_path):
    first = site(tmp_path, "a", BODIES[:2])
    second = site(tmp_path, "b", BODIES[2:])
    out = tmp_path / "clean.jsonl"
    clean_files([first, second], out, NO_MODEL, jobs=1)
    assert all(FOOTER in r["text"] for r in read_jsonl(out))
    config = CleanConfig(repeated_line_documents=2, keep_boilerplate=("model",))
    clean_files([first, second], out, config, jobs=1)
    assert not any(FOOTER in r["text"] for r in read_jsonl(out))


def test_copies_of_one_article_do_not_count_as_a_site_template(tmp_path):
    folder = site(tmp_path, bodies=[BODIES[0]] * 4, footer="")
    out = tmp_path / "clean.jsonl"
    clean_files([folder], out, jobs=1)
    assert [r["text"] for r in read_jsonl(out)] == [BODIES[0]] * 4


def test_a_document_that_is_mostly_repeated_lines_is_left_whole():
    docs = [
        Document(str(n), f"{BODIES[0]}\n{BODIES[1]}\n第{n}期", {"source": "s/x"}) for n in range(3)
    ]
    counter = RepeatedLineCounter()
    for doc in docs:
        counter.add(line_keys(doc))
    stripped = strip_repeated(docs[0], line_keys(docs[0]), counter.repeated(3))
    assert stripped.text == docs[0].text
    assert stripped.meta["repeated_lines_kept"] == 2


def test_records_are_grouped_by_url_host():
    assert (
        source_group({"fields": {"url": "http://news.a.cn/1.html"}, "source": "x"}) == "news.a.cn"
    )
    assert source_group({"url": "not a url", "source": "d/x.jsonl"}) == "d"


def test_a_spam_document_is_dropped_and_recorded(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "news.txt").write_text(BODIES[0], "utf-8")
    (folder / "spam.txt").write_text(f"{SPAM}\n{SPAM}\n很好", "utf-8")
    out, removed = tmp_path / "clean.jsonl", tmp_path / "removed.jsonl"
    dropped = []
    summary = clean_files([folder], out, removed=removed, on_drop=dropped.append, jobs=1)
    assert [r["id"] for r in read_jsonl(out)] == ["news.txt"]
    assert summary.dropped == 1 and "1 dropped as spam" in summary.describe()
    assert [d.document.id for d in dropped] == ["spam.txt"]
    records = read_jsonl(removed)
    assert records[-1]["rule"] == "spam-document"
    assert records[-1]["document"]["id"] == "spam.txt"
    assert records[-1]["reason"].startswith("mostly spam: ")


def test_removed_records_name_every_cut(tmp_path):
    folder = site(tmp_path)
    (folder / "0.txt").write_text(f"{BODIES[0]}\n\n(责任编辑:李欣欣)\n\n{FOOTER}", "utf-8")
    out, removed = tmp_path / "clean.jsonl", tmp_path / "removed.jsonl"
    clean_files([folder], out, NO_MODEL, removed=removed, jobs=2)
    records = read_jsonl(removed)
    rules = sorted((r["id"], r["rule"]) for r in records)
    # in 0.txt the footer follows a cut editor line: the footer sweep takes it in pass one
    assert rules == sorted(
        [("0.txt", "editor-line"), ("0.txt", "footer-sweep")]
        + [(f"{n}.txt", "repeated-line") for n in range(1, 4)]
    )
    assert {r["text"] for r in records} == {"(责任编辑:李欣欣)", FOOTER}


def test_the_removed_file_is_not_written_when_the_run_fails(tmp_path):
    out, removed = tmp_path / "clean.jsonl", tmp_path / "removed.jsonl"
    with pytest.raises(Exception, match="no documents"):
        clean_files([tmp_path / "empty"], out, removed=removed)
    assert not removed.exists() and not out.exists()


def test_the_cli_takes_rules_removed_and_repeated_lines(tmp_path, capsys):
    folder = site(tmp_path, bodies=BODIES[:2])
    rules = tmp_path / "rules.toml"
    rules.write_text(
        '[[rule]]\nname = "our-footer"\ncategory = "contact"\nreason = "site footer"\n'
        "pattern = '^愿您在这里度过'\nwhere = \"anywhere\"\n",
        "utf-8",
    )
    out, removed = tmp_path / "clean.jsonl", tmp_path / "removed.jsonl"
    code = main(
        [
            "clean",
            str(folder),
            "-o",
            str(out),
            "--rules",
            str(rules),
            "--removed",
            str(removed),
            "--repeated-lines",
            "0",
            "-q",
        ]
    )
    assert code == 0
    assert [r["text"] for r in read_jsonl(out)] == BODIES[:2]
    assert {r["rule"] for r in read_jsonl(removed)} == {"our-footer"}


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--repeated-lines", "1"], "must be 0 (off) or 2 or more"),
        (["--rules", "nope.toml"], "cannot read rule file"),
    ],
)
def test_the_cli_refuses_wrong_stage_options(tmp_path, capsys, arguments, message):
    folder = site(tmp_path)
    with pytest.raises(SystemExit) if "--repeated-lines" in arguments else nullcontext():
        code = main(["clean", str(folder), "-o", str(tmp_path / "o.jsonl"), *arguments])
        assert code == 2
    assert message in capsys.readouterr().err


def test_a_set_phrase_between_paragraphs_of_bulletins_stays():
    phrase = "截至目前,全县累计报告确诊病例为零,无症状感染者为零。"
    docs = [
        Document(
            str(n), f"{body}\n\n{phrase}\n\n{BODIES[(n + 1) % 4]}\n\n{FOOTER}", {"source": "s/x"}
        )
        for n, body in enumerate(BODIES[:3])
    ]
    counter = RepeatedLineCounter()
    for doc in docs:
        counter.add(line_keys(doc))
    repeated = counter.repeated(3)
    stripped = strip_repeated(docs[0], line_keys(docs[0]), repeated)
    assert phrase in stripped.text
    assert FOOTER not in stripped.text


def test_a_text_seen_before_adds_nothing_to_the_counts():
    doc = Document("a", f"{BODIES[0]}\n\n{FOOTER}", {"source": "s/a"})
    counter = RepeatedLineCounter()
    for _ in range(5):
        counter.add(line_keys(doc))
    assert counter.repeated(2) == {}


def test_a_run_of_spam_only_writes_an_empty_output_and_the_records(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "spam.txt").write_text(f"{SPAM}\n{SPAM}", "utf-8")
    out, removed = tmp_path / "clean.jsonl", tmp_path / "removed.jsonl"
    summary = clean_files([folder], out, removed=removed, jobs=1)
    assert summary.documents == 0 and summary.dropped == 1
    assert out.read_text("utf-8") == ""
    (record,) = read_jsonl(removed)
    assert record["text"] == f"{SPAM}\n{SPAM}"


EDITORS = ["董鑫", "宋平", "马玉安", "程依伦"]


def templated(editors=EDITORS):
    """A site whose pages end with an editor line no rule knows, in one template (the
    editor's name differs), and hold a line of that template between two paragraphs."""
    return [
        Document(
            f"{n}.txt",
            f"{body}\n值班主任丨{editor}\n{BODIES[(n + 1) % 4]}\n值班主任丨{editor}",
            {"source": f"site/{n}.txt"},
        )
        for n, (body, editor) in enumerate(zip(BODIES, editors, strict=True))
    ]


def test_lines_of_one_template_are_cut_after_the_body_though_no_two_are_equal():
    docs = templated()
    counter = RepeatedLineCounter()
    for doc in docs:
        counter.add(line_keys(doc))
    repeated = counter.repeated(min_documents=3)
    stripped = strip_repeated(docs[0], line_keys(docs[0]), repeated)
    assert stripped.text == f"{BODIES[0]}\n值班主任丨董鑫\n{BODIES[1]}"  # only after the body
    (edit,) = stripped.edits
    assert edit.reason.startswith(
        "repeated/template-line: template: line of the template '值班主任|▢'"
    )
    assert stripped.meta["template_lines"] == 1


def test_templates_are_not_counted_when_switched_off():
    docs = templated()
    counter = RepeatedLineCounter()
    for doc in docs:
        counter.add(line_keys(doc, templates=False))
    repeated = counter.repeated(min_documents=3)
    assert strip_repeated(docs[0], line_keys(docs[0], templates=False), repeated) == docs[0]
