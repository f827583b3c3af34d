"""find_duplicates: clusters across scripts and sites, containment, and the edge cases."""

from __future__ import annotations

import opencc
import pytest
from pypinyin import Style, pinyin

import textclean
from tests.conftest import seed_text
from textclean import CleanConfig, Document
from textclean.dedup.finder import DuplicateFinder, find_duplicates, sign_batch


def article(prefix: str = "001") -> str:
    return textclean.clean(seed_text(prefix)).text


def mirror(text: str) -> str:
    """A converter site's copy: Traditional, with pinyin glued after every Han character."""
    traditional = opencc.OpenCC("s2t").convert(text)
    glossed = []
    for char in traditional:
        glossed.append(char)
        if "\u4e00" <= char <= "\u9fff":
            glossed.append(f"({pinyin(char, style=Style.TONE)[0][0]})")
    return "".join(glossed)


SITE_FOOTER = (
    "\n\n责任编辑:李欣欣\n版权所有 © 2020 某某网 豫ICP备12345678号\n分享到:微信 微博 QQ空间"
)
SITE_HEADER = "首页 > 新闻中心 > 本地新闻\n\n"


def ids_of_clusters(found) -> list[list[str]]:
    return [[member.id for member in cluster.members] for cluster in found.clusters]


def test_a_traditional_pinyin_mirror_with_another_sites_footer_is_a_duplicate():
    original = article("001")
    copy = SITE_HEADER + mirror(original) + SITE_FOOTER
    found = find_duplicates([Document("original", original), Document("mirror", copy)])
    assert ids_of_clusters(found) == [["original", "mirror"]]
    assert found.dropped[1].duplicate_of == "original"
    assert found.dropped[1].similarity >= 0.9


def test_different_stories_in_one_site_template_are_not_duplicates():
    template = SITE_HEADER + "{}" + SITE_FOOTER * 3
    stories = [line for line in article("001").split("\n") if len(line) > 100][:4]
    found = find_duplicates([Document(str(i), template.format(s)) for i, s in enumerate(stories)])
    assert found.clusters == []


def test_light_edits_and_truncations_join_one_cluster():
    original = article("000")
    edited = original.replace("疫情", "疫症", 2)
    cut = original[: int(len(original) * 0.92)]
    found = find_duplicates([Document("a", original), Document("b", edited), Document("c", cut)])
    assert ids_of_clusters(found) == [["a", "b", "c"]]


def test_thousands_of_identical_copies_are_one_cluster_found_by_their_exact_key():
    text = article("002")
    finder = DuplicateFinder(CleanConfig())
    batch = sign_batch([Document("x", text)], CleanConfig(), cleaned=True)
    for _ in range(3000):
        finder.add(batch)
    found = finder.finish()
    assert len(found.clusters) == 1 and len(found.clusters[0].members) == 3000
    assert len(found.dropped) == 2999
    assert len(finder.lsh) == 1  # the copies were not indexed again


@pytest.mark.parametrize(
    "texts",
    [
        ["", "", ""],
        ["好", "好", "。"],
        ["<p></p>", "\u00a0\n\n", "   "],
        ["新闻", "新闻联播", ""],
    ],
)
def test_empty_and_short_documents_are_handled_without_error(texts):
    found = find_duplicates(texts)
    assert found.documents == len(texts)
    for cluster in found.clusters:  # only equal non-empty views are ever joined
        views = {
            textclean.dedup.view.dedup_view(texts[int(m.id)], cleaned=False)
            for m in cluster.members
        }
        assert len(views) == 1 and views != {""}


def test_empty_views_are_counted_and_never_clustered():
    found = find_duplicates(["", "。。。", "<br>"])
    assert found.empty == 3 and found.clusters == []


@pytest.mark.parametrize(
    ("policy", "kept"), [("longest", "long"), ("first", "short"), ("fewest-edits", "short")]
)
def test_the_keep_policy_chooses_the_kept_document(policy, kept):
    text = article("001")
    documents = [
        Document("short", text[:-40]),
        Document("long", text, edits=(textclean.Edit("markup", "tag", "<p>", "", 0),)),
    ]
    found = find_duplicates(documents, CleanConfig(keep=policy), cleaned=True)
    assert found.clusters[0].kept == kept


def test_an_article_inside_an_epaper_page_is_contained_in_it():
    page = article("003")
    lines = page.split("\n")
    start = lines.index(next(line for line in lines if line.startswith("孔阳深入谭庄")))
    inside = "\n".join(lines[start : start + 13])
    documents = [Document("page", page), Document("article", inside)]
    found = find_duplicates(documents, cleaned=True)
    assert found.clusters == []
    assert [(c.id, c.contained_in) for c in found.contained] == [("article", "page")]
    assert found.contained[0].containment == 1.0  # a list can be read again: exact
    assert 1 not in found.dropped
    streamed = find_duplicates(iter(documents), cleaned=True).contained  # estimated
    assert [c.id for c in streamed] == ["article"] and 0.8 <= streamed[0].containment <= 1
    dropped = find_duplicates(documents, CleanConfig(drop_contained=True), cleaned=True).dropped
    assert dropped[1].duplicate_of == "page" and dropped[1].reason == "contained"


def test_containment_can_be_turned_off():
    page = article("003")
    found = find_duplicates(
        [Document("page", page), Document("part", page[:1500])],
        CleanConfig(containment_threshold=0),
        cleaned=True,
    )
    assert found.contained == []


def test_the_result_does_not_depend_on_the_batch_size():
    texts = [article(p) for p in ("000", "001", "002")]
    documents = [Document(f"{i}-{j}", t[j * 7 :]) for i, t in enumerate(texts) for j in range(3)]
    results = [find_duplicates(documents, batch_size=size, cleaned=True) for size in (1, 4, 256)]
    assert results[0] == results[1] == results[2]
    assert len(results[0].clusters) == 3


def test_clusters_serialise_to_the_documented_record():
    found = find_duplicates(
        ["同一篇稿件的全文在这里出现了两次。", "同一篇稿件的全文在这里出现了两次。"]
    )
    assert found.clusters[0].to_dict() == {
        "cluster": 0,
        "kept": "0",
        "members": [{"id": "0", "similarity": 1.0}, {"id": "1", "similarity": 1.0}],
    }


def test_exact_verification_confirms_the_same_clusters_on_shingle_sets():
    original = article("000")
    documents = [
        Document("a", original),
        Document("b", original.replace("疫情", "疫症", 3)),
        Document("c", article("001")),
    ]
    exact = find_duplicates(documents, CleanConfig(exact_verification=True), cleaned=True)
    assert ids_of_clusters(exact) == [["a", "b"]]
    assert exact == find_duplicates(documents, cleaned=True)


def test_the_exact_check_reads_the_views_it_compares():
    from textclean.dedup.verify import ExactShingles

    read = []
    views = ["今天天气很好我们去公园", "今天天气很好"]
    exact = ExactShingles(lambda p: read.append(p) or views[p], shingle_size=3)
    assert exact.containment(1, 0) == 1.0 and exact.containment(0, 1) == 4 / 9
    assert read == [1, 0]  # each view made once, then cached


def test_one_text_instead_of_many_is_a_clear_error():
    with pytest.raises(TypeError, match="not one text"):
        find_duplicates("一篇报道")
