"""The boilerplate benchmark's corpus (``benchmarks/boilerplate_corpus.py``): deterministic,
every category present, one label per line. textclean's scores are the benchmark's job."""

from __future__ import annotations

import datetime
import random
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import boilerplate_corpus as corpus  # noqa: E402

COUNT = 50


@pytest.fixture(scope="module")
def documents() -> list[corpus.Document]:
    return corpus.make_documents(COUNT, seed=11)


def test_the_corpus_is_deterministic(documents):
    assert corpus.make_documents(COUNT, seed=11) == documents
    assert corpus.make_documents(COUNT, seed=12) != documents


def test_every_category_and_both_scripts_occur(documents):
    found = {line.category for document in documents for line in document.lines}
    assert found == set(corpus.CATEGORIES)
    assert {document.script for document in documents} == {"Simplified", "Traditional"}


def test_labels_line_up_with_the_lines(documents):
    for document in documents:
        assert corpus.non_blank_lines(document.text) == [line.text for line in document.lines]
        for line in document.lines:
            assert "\n" not in line.text and line.text.strip()
            assert line.label == corpus.LABEL_OF[line.category]
            start, end = line.article
            assert 0 <= start < end <= len(line.text)
            if line.label != corpus.ARTICLE:
                assert (start, end) == (0, len(line.text))


def test_article_bodies_come_from_the_seeds_hand_labels(documents):
    bodies = set(corpus.body_paragraphs())
    assert bodies
    for document in documents:
        if document.script != "Simplified":
            continue
        for line in document.lines:
            if line.category in ("body", "body-with-byline"):
                assert line.text[slice(*line.article)].strip() in bodies


def test_every_boilerplate_category_has_at_least_eight_templates():
    rng = random.Random(0)
    pen = corpus.Pen(
        rng=rng,
        site=corpus.SITES[0],
        day=datetime.date(2022, 4, 14),
        reporters=["马治卫", "何穗"],
        editors=["张洁", "李欣欣"],
        headline="商水县坚决筑牢外防输入坚实防线",
        lead=corpus.body_paragraphs()[0],
    )
    assert set(corpus.TEMPLATES) | {"related"} == set(corpus.BOILERPLATE_CATEGORIES)
    for category, templates in corpus.TEMPLATES.items():
        assert len(templates(pen)) >= 8, category
    assert len(corpus.RELATED_HEADS) >= 8
    assert len(corpus.SPAM_HEADERS) >= 8 and len(corpus.SPAM_STUFFED) >= 8
