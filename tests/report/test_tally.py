"""Exact counts and a sample with an example of every kind."""

from __future__ import annotations

from textclean.report.tally import LOST_EXAMPLES, Sample, Tally, length_before, reason_key


def _record(doc_id: str, text: str, edits: list[tuple[str, str, str, str]], script: str) -> dict:
    return {
        "id": doc_id,
        "text": text,
        "edits": [
            {"step": s, "reason": r, "before": b, "after": a, "start": 0} for s, r, b, a in edits
        ],
        "meta": {"script": script},
    }


def test_counts_documents_characters_and_edits() -> None:
    tally = Tally()
    repeated = ("boilerplate", "repeated/repeated-line: line in 3 documents of a", "菜单\n", "")
    tally.add_document(
        _record("a", "国家", [("script", "t2s", "國", "国"), repeated], "traditional")
    )
    tally.add_document(
        _record("b", "新闻", [repeated, repeated], "simplified"), dropped="duplicate"
    )
    assert (tally.documents_in, tally.documents_out) == (2, 1)
    assert tally.characters_in == 5 + 8 and tally.characters_out == 2
    assert tally.dropped == {"duplicate": 1} and tally.dropped_characters == {"duplicate": 2}
    counts = tally.edits[("boilerplate", "repeated/repeated-line")]
    assert (counts.edits, counts.documents, counts.removed, counts.changed) == (3, 2, 9, 9)
    assert tally.repeated_lines == {"菜单": 2}  # documents, each counted once
    assert tally.script_before == {"traditional": 1, "simplified": 1}
    assert tally.script_after == {"simplified": 1}  # the dropped document is not written
    assert tally.by_step()["boilerplate"].edits == 3


def test_clusters_count_sizes_and_the_similarity_of_members_left_out() -> None:
    tally = Tally()
    members = [{"id": "a", "similarity": 1.0}, {"id": "b", "similarity": 0.8}]
    tally.add_cluster({"cluster": 0, "kept": "a", "members": members})
    assert tally.cluster_sizes == {2: 1}
    assert sum(tally.similarity) == 1


def test_length_before_undoes_the_edits() -> None:
    edits = [{"before": "abc", "after": "d"}, {"before": "", "after": "xy"}]
    assert length_before("12345", edits) == 5 + 2 - 2


def test_reason_keys_group_edits_of_one_kind() -> None:
    assert reason_key("encoding", "gbk read 1 byte off") == reason_key(
        "encoding", "gbk read 2 byte off"
    )
    assert reason_key("script", "Traditional → Simplified (OpenCC t2s)").endswith("t2s)")


def test_the_sample_is_the_same_whatever_the_order_and_covers_every_kind() -> None:
    offers = [(f"doc{n}", ["common"] + (["rare"] if n == 77 else []), n) for n in range(500)]
    first, second = Sample(overall=10, per_kind=2), Sample(overall=10, per_kind=2)
    for doc_id, kinds, item in offers:
        first.offer(doc_id, kinds, item)
    for doc_id, kinds, item in reversed(offers):
        second.offer(doc_id, kinds, item)
    assert first.items() == second.items()
    assert 77 in first.items()
    assert len(first.items()) <= 10 + 2 + 2


def test_lost_characters_are_counted_in_written_documents_with_the_first_as_examples() -> None:
    tally = Tally()
    for number in range(LOST_EXAMPLES + 2):
        tally.add_document(_record(f"d{number}", "标题\n发射\ufffd颗，锟斤拷", [], "simplified"))
    tally.add_document(_record("x", "\ufffd", [], "simplified"), dropped="duplicate")
    tally.add_document(_record("y", "干净的文字。", [], "simplified"))
    assert (tally.lost_documents, tally.lost_characters) == (LOST_EXAMPLES + 2, 3 * 12)
    assert [example.id for example in tally.lost_examples] == [f"d{n}" for n in range(10)]
    assert tally.lost_examples[0][2:] == (3, "发射", "\ufffd", "颗，锟斤拷")


def test_encodings_are_counted_over_every_document_with_the_decoders_confidence() -> None:
    tally = Tally()
    metas = [
        {"encoding": "gb18030", "encoding_confidence": 0.9},
        {"encoding": "gb18030", "encoding_confidence": 0.6, "replacement_characters": 2},
        {"encoding": "utf-8", "encoding_confidence": 1.0, "bom": True},
        {"encoding": "utf-8", "source": "a.jsonl", "line": 1},  # JSONL: no confidence
        {"encoding": "big5hkscs", "encoding_confidence": 1.0, "mojibake_unrecovered": 3},
        {"encoding_confidence": "high"},  # a record from elsewhere: no encoding, odd values
    ]
    for number, meta in enumerate(metas):
        record = {"id": str(number), "text": "正文", "edits": [], "meta": meta}
        tally.add_document(record, dropped="duplicate" if number == 1 else None)
    assert {name: counts.documents for name, counts in tally.encodings.items()} == {
        "gb18030": 2,  # the dropped one too
        "utf-8": 2,
        "big5hkscs": 1,
        "(not recorded)": 1,
    }
    gbk, utf8 = tally.encodings["gb18030"], tally.encodings["utf-8"]
    assert (gbk.measured, gbk.min_confidence) == (2, 0.6)
    assert gbk.mean_confidence is not None and abs(gbk.mean_confidence - 0.75) < 1e-12
    assert (gbk.replaced, gbk.replaced_documents, gbk.bom) == (2, 1, 0)
    assert (utf8.measured, utf8.mean_confidence, utf8.bom) == (1, 1.0, 1)
    assert tally.encodings["big5hkscs"].unrecovered == 3
    assert tally.encodings["(not recorded)"].mean_confidence is None
