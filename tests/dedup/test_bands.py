"""The band tables propose exactly the candidates datasketch's MinHashLSH does."""

from __future__ import annotations

import numpy as np
from datasketch import MinHashLSH
from hypothesis import given, settings
from hypothesis import strategies as st

from textclean.dedup.bands import BandTables
from textclean.dedup.minhash import to_minhash


def pool_of(bands: int, width: int = 16) -> np.ndarray:
    """Six signatures of few distinct slot values, so that bands are often shared."""
    return np.random.RandomState(bands).randint(0, 3, size=(6, width)).astype(np.uint32)


@settings(max_examples=40, deadline=None)
@given(
    picks=st.lists(st.integers(0, 5), min_size=1, max_size=60),
    bands=st.integers(2, 8),
    batch=st.integers(1, 9),
)
def test_batches_propose_what_datasketchs_lsh_does_one_document_at_a_time(picks, bands, batch):
    rows = 16 // bands
    pool = pool_of(bands)
    tables = BandTables(bands, rows)
    lsh = MinHashLSH(num_perm=16, params=(bands, rows))
    expected = set()
    for position, pick in enumerate(picks):
        minhash = to_minhash(pool[pick])
        expected |= {(position, earlier) for earlier in lsh.query(minhash)}
        lsh.insert(position, minhash, check_duplication=False)
    found = []
    for begin in range(0, len(picks), batch):
        positions = np.arange(begin, min(begin + batch, len(picks)))
        later, earlier = tables.add_batch(pool[picks[begin : begin + batch]], positions)
        found += list(zip(later.tolist(), earlier.tolist(), strict=True))
    assert found == sorted(expected)  # each pair once, in order
    assert len(tables) == len(picks)


@settings(max_examples=30, deadline=None)
@given(picks=st.lists(st.integers(0, 5), min_size=1, max_size=40), bands=st.integers(2, 8))
def test_query_and_insert_one_at_a_time_are_datasketchs(picks, bands):
    rows = 16 // bands
    pool = pool_of(bands)
    tables = BandTables(bands, rows)
    lsh = MinHashLSH(num_perm=16, params=(bands, rows))
    for key, pick in enumerate(picks):
        signature = pool[pick]
        assert tables.query(signature).tolist() == sorted(lsh.query(to_minhash(signature)))
        tables.insert(key, signature)
        lsh.insert(key, to_minhash(signature), check_duplication=False)
    assert len(tables) == len(picks)


def test_runs_stay_few_and_sorted_as_batches_pile_up():
    tables = BandTables(bands=4, rows=2)
    signatures = np.random.RandomState(0).randint(0, 50, size=(5000, 8)).astype(np.uint32)
    for begin in range(0, 5000, 100):
        tables.add_batch(signatures[begin : begin + 100], np.arange(begin, begin + 100))
    assert len(tables._runs) <= 7  # about log2(5000 / 100) + 1
    assert tables.nbytes == 5000 * 4 * 12
    for hashes, positions in tables._runs:
        assert np.all(hashes[1:] >= hashes[:-1])
        same = hashes[1:] == hashes[:-1]
        assert np.all(positions[1:][same] > positions[:-1][same])
