"""The dedup benchmark's corpus (``benchmarks/dedup_corpus.py``): its labels hold (copies
of one story, e-paper pages that print stories whole, hard negatives that share only their
template), and it is deterministic. How well textclean finds the duplicates is the
benchmark's job."""

from __future__ import annotations

import collections
import itertools
import re
import sys
from pathlib import Path

import opencc
import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import dedup_corpus as corpus  # noqa: E402

STORIES, SEED = 30, 1
PINYIN = re.compile("[\u4e00-\u9fff]\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\\)")
PAGE_HEADER = re.compile("第[AB]?[0-9]+版[:：].*")
HALF = str.maketrans(dict(zip("，：；？！（）", ",:;?!()", strict=True)))


@pytest.fixture(scope="module")
def documents() -> list[corpus.LabelledDocument]:
    return corpus.generate(STORIES, seed=SEED)


@pytest.fixture(scope="module")
def stories() -> dict[str, corpus.Story]:
    return {story.name: story for story in corpus.make_stories(STORIES, seed=SEED)}


def squeeze(text: str) -> str:
    """The text without whitespace and with half-width punctuation."""
    return "".join(text.split()).translate(HALF)


def runs(text: str, length: int) -> set[str]:
    return {text[i : i + length] for i in range(len(text) - length + 1)}


def of_kind(documents: list[corpus.LabelledDocument], kind: str) -> list[corpus.LabelledDocument]:
    return [doc for doc in documents if doc.kind == kind]


def test_ids_are_unique_and_every_kind_occurs(documents):
    assert len({doc.id for doc in documents}) == len(documents)
    assert {doc.kind for doc in documents} == set(corpus.KINDS)


def test_the_corpus_is_deterministic(documents):
    assert corpus.generate(STORIES, seed=SEED) == documents
    assert corpus.generate(STORIES, seed=SEED + 1) != documents


def test_every_story_has_one_original_that_prints_it(documents, stories):
    originals = [doc for doc in documents if doc.kind in ("original", "negative")]
    assert sorted(doc.story for doc in originals) == sorted(stories)
    for doc in originals:
        assert squeeze("".join(stories[doc.story].lines)) in squeeze(doc.text)


def test_duplicate_pairs_are_all_the_pairs_within_a_story(documents):
    pairs = corpus.duplicate_pairs(documents)
    story_of = {doc.id: doc.story for doc in documents}
    assert pairs
    for pair in pairs:
        first, second = pair
        assert story_of[first] == story_of[second] is not None
    sizes = collections.Counter(doc.story for doc in documents if doc.story is not None)
    assert len(pairs) == sum(n * (n - 1) // 2 for n in sizes.values())


def test_epaper_pages_print_whole_stories_that_have_an_original(documents, stories):
    originals = {doc.story: doc for doc in of_kind(documents, "original")}
    pages = of_kind(documents, "epaper")
    assert pages
    for page in pages:
        assert page.story is None and len(page.contains) >= 2
        header = PAGE_HEADER.search(page.text)
        assert header
        for name in page.contains:
            article = squeeze("".join(stories[name].lines))
            assert article in squeeze(originals[name].text)
            assert article in squeeze(page.text[header.end() :])
    expected = {
        (doc.id, page.id) for page in pages for doc in documents if doc.story in page.contains
    }
    assert corpus.containment_pairs(documents) == expected


def test_mirrors_are_traditional_with_glued_pinyin(documents):
    t2s = opencc.OpenCC("t2s")
    for mirror in of_kind(documents, "mirror"):
        assert t2s.convert(mirror.text) != mirror.text
        han = len(re.findall("[\u4e00-\u9fff]", mirror.text))
        assert len(PINYIN.findall(mirror.text)) >= 0.2 * han


def test_copies_keep_their_story(documents, stories):
    for doc in documents:
        story = stories.get(doc.story or "")
        if doc.kind == "reprint":
            assert squeeze("".join(story.lines)) in squeeze(doc.text)
        elif doc.kind == "truncated":
            kept = int(doc.id.rsplit("-k", 1)[1])
            assert 85 <= kept <= 95
            assert squeeze(story.headline + story.paragraphs[0]) in squeeze(doc.text)
            assert squeeze(story.paragraphs[-1]) not in squeeze(doc.text)
        elif doc.kind == "edited":
            assert 1 <= int(doc.id.rsplit("-e", 1)[1]) <= 5
            article = runs(squeeze("".join(story.lines)), 5)
            assert 0.6 <= len(article & runs(squeeze(doc.text), 5)) / len(article) < 1


def test_hard_negatives_share_their_template_not_their_articles(documents):
    groups = collections.defaultdict(list)
    for doc in of_kind(documents, "negative"):
        groups[doc.id.rsplit("-t", 1)[1]].append(doc)
    short = 0
    for docs in groups.values():
        assert len(docs) >= 2
        lines = [set(doc.text.split("\n")) - {""} for doc in docs]
        template = set.intersection(*lines)
        assert sum(map(len, template)) >= 400
        articles = ["\n".join(sorted(own - template)) for own in lines]
        for first, second in itertools.combinations(articles, 2):
            assert not runs(first, 30) & runs(second, 30)
        short += sum(200 <= len(article) <= 520 for article in articles)
    assert short


def test_stories_share_no_more_than_chance(stories):
    texts = ["\n".join(story.lines) for story in stories.values()]
    shingles = [runs(text, 5) for text in texts]
    similarities = [len(a & b) / len(a | b) for a, b in itertools.combinations(shingles, 2)]
    assert max(similarities) < 0.05
    assert sum(similarities) / len(similarities) < 0.02
    long_runs = [runs(text, corpus.RUN) for text in texts]
    for first, second in itertools.combinations(long_runs, 2):
        assert not first & second


def test_stories_have_the_asked_shape(stories):
    negatives = list(stories.values())[-corpus.negative_count(STORIES) :]
    shapes = set()
    for story in stories.values():
        length, count = sum(map(len, story.paragraphs)), len(story.paragraphs)
        if 400 <= length <= 3000 and 3 <= count <= 8:
            shapes.add("long")
        else:
            assert story in negatives and 200 <= length <= 500 and count <= 2
            shapes.add("short")
    assert shapes == {"long", "short"}


def test_scale_documents_stream_documents_of_about_the_asked_length():
    docs = list(corpus.scale_documents(200, chars=2000, seed=3))
    assert len(docs) == 200 and len({doc_id for doc_id, _ in docs}) == 200
    lengths = [len(text) for _, text in docs]
    assert 1800 <= sum(lengths) / len(lengths) <= 2200
    assert all(1200 <= length <= 2800 for length in lengths)
    copies = [doc_id for doc_id, _ in docs if "-copy-of-" in doc_id]
    assert 5 <= len(copies) <= 40
