"""MinHash signatures: exactly datasketch's, for any batch of views."""

from __future__ import annotations

import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH
from hypothesis import given, settings
from hypothesis import strategies as st

from textclean.dedup import minhash
from textclean.dedup.minhash import EMPTY, MinHasher, jaccard, shingle_hash, shingles, to_minhash

VIEWS = st.lists(st.text(alphabet="新闻联播今天天气很好abc123臺灣𠀀", max_size=40), max_size=8)


def datasketch_signature(view: str, hasher: MinHasher) -> np.ndarray:
    minhash = MinHash(num_perm=hasher.num_perm, seed=hasher.seed, hashfunc=shingle_hash)
    minhash.update_batch(shingles(view, hasher.shingle_size))
    return minhash.hashvalues


@settings(max_examples=60, deadline=None)
@given(views=VIEWS, size=st.integers(1, 6), seed=st.integers(0, 2**31))
def test_a_batch_gives_datasketchs_signature_for_every_view(views, size, seed):
    hasher = MinHasher(num_perm=16, seed=seed, shingle_size=size)
    batch = hasher.signatures(views)
    for view, signature, distinct in zip(views, batch.values, batch.sizes, strict=True):
        assert np.array_equal(signature, datasketch_signature(view, hasher))
        assert distinct == len(set(shingles(view, size)))


@pytest.mark.parametrize("codes_per_pass", [None, 5])
def test_a_signature_does_not_depend_on_its_batch(codes_per_pass, monkeypatch):
    if codes_per_pass:  # a batch signed in many groups of views
        monkeypatch.setattr(minhash, "CODES_PER_PASS", codes_per_pass)
    views = ["今天天气很好我们去公园散步", "一", "", "新闻" * 5000, "二三", "四五六七", ""]
    alone = [MinHasher().signatures([view]) for view in views]
    together = MinHasher().signatures(views)
    assert all(np.array_equal(a.values[0], b) for a, b in zip(alone, together.values, strict=True))
    assert together.sizes.tolist() == [a.sizes[0] for a in alone]
    hashes, owners = MinHasher()._shingle_hashes(views)
    assert hashes.tolist() == [shingle_hash(s) for view in views for s in shingles(view, 3)]
    assert owners.tolist() == [i for i, view in enumerate(views) for _ in shingles(view, 3)]


def test_signatures_work_in_datasketchs_lsh():
    hasher = MinHasher()
    views = [
        "今天天气很好我们去公园散步看花" * 3,
        "今天天气很好我们去公园散步看花" * 3 + "吧",
        "全然不同的一篇",
    ]
    batch = hasher.signatures(views)
    lsh = MinHashLSH(threshold=0.8, num_perm=hasher.num_perm)
    for key, signature in enumerate(batch.values):
        lsh.insert(key, hasher.minhash(signature))
    assert sorted(lsh.query(to_minhash(batch.values[0]))) == [0, 1]


def test_an_empty_view_has_the_empty_signature_and_resembles_nothing():
    batch = MinHasher(num_perm=8).signatures(["", ""])
    assert (batch.values == EMPTY).all()
    assert batch.sizes.tolist() == [0, 0]
    assert jaccard(batch.values[0], batch.values[1]) == 0.0


def test_similar_views_estimate_their_jaccard():
    base = "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(2000))
    edited = base[:1000] + base[1100:]
    true = len(set(shingles(base, 5)) & set(shingles(edited, 5))) / len(
        set(shingles(base, 5)) | set(shingles(edited, 5))
    )
    batch = MinHasher(num_perm=256).signatures([base, edited])
    assert abs(jaccard(*batch.values) - true) < 0.08


def test_bad_parameters_are_refused():
    with pytest.raises(ValueError, match="num_perm"):
        MinHasher(num_perm=0)


def test_distinct_shingles_are_counted_exactly_for_long_and_short_views():
    from tests.conftest import SEEDS

    views = [path.read_text("utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    for batch_views in (views, [*views, *("一二", "", "三")], ["一二", "", "三"]):
        sizes = MinHasher().signatures(batch_views).sizes
        assert sizes.tolist() == [len(set(shingles(view, 3))) for view in batch_views]


def test_shingle_hashes_collide_as_often_as_a_random_32_bit_hash():
    # every 3-gram of 100 consecutive hanzi (the worst case of a bare polynomial, which
    # gave 180,980 collisions here): 10**6 shingles, about n**2 / 2**33 = 116 by chance
    chars = [chr(0x4E00 + i) for i in range(100)]
    grams = "".join(a + b + c for a in chars for b in chars for c in chars)
    hashes, _ = MinHasher()._shingle_hashes([grams])
    hashes = np.sort(hashes[::3])  # the windows that start at a 3-gram
    collisions = np.count_nonzero(hashes[1:] == hashes[:-1])
    expected = len(hashes) ** 2 / 2**33
    assert expected / 2 < collisions < expected * 2
    assert shingle_hash("le ") != shingle_hash("lpo")


@pytest.mark.parametrize("num_perm", [16, 128, 1024])
@pytest.mark.parametrize("seed", [0, 1, 2**32 - 1])
def test_the_permutations_are_datasketchs(num_perm, seed):
    ours = MinHasher(num_perm=num_perm, seed=seed).permutations
    theirs = MinHash(num_perm=num_perm, seed=seed).permutations
    assert all(o.dtype == np.uint32 for o in ours)
    assert np.array_equal(ours[0], theirs[0]) and np.array_equal(ours[1], theirs[1])


def test_the_known_bands_are_datasketchs():
    from textclean.dedup.index import KNOWN_BANDS, LSH_WEIGHTS

    for (threshold, num_perm), bands in KNOWN_BANDS.items():
        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm, weights=LSH_WEIGHTS)
        assert (lsh.b, lsh.r) == bands, (threshold, num_perm)
