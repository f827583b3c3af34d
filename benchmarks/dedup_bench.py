"""Near-duplicate detection (``textclean.dedup``): quality, signature speed, scale.

    python benchmarks/dedup_bench.py [--quality] [--speed] [--scale N] [--scale-run]
                                     [--scale-no-containment] [--seeds 0,1,2]
                                     [--stories 80] [--misses 8] [--speed-docs 2000]
                                     [--repeat 3] [--memory-docs 20000] [--tmp-dir DIR]

With no part named, quality and speed run (about 2 minutes on 2 cores); the scale part
runs only with ``--scale N`` (``--scale 0``: only its in-process memory measurement).
The first line names the textclean commit (and whether textclean/ has uncommitted
changes); the speed and scale parts print the load average, as other work on the
machine slows every timing.

Quality: ``dedup_corpus.generate(--stories, seed)`` for each of ``--seeds``, every
document passed as ``textclean.Document(id, text)`` with its raw text (so the view runs
the cleaning steps). Detectors:

* ``textclean defaults``: ``find_duplicates(documents)`` with ``CleanConfig()``; the
  predicted duplicate pairs are all unordered pairs inside one cluster. (A list is passed,
  so textclean can read the documents again for its exact containment checks.)
* sensitivity: the issue's settings, ``CleanConfig(shingle_size=5, dedup_threshold=0.8)``,
  and each of them changed alone (shingle 3, threshold 0.7); a setting equal to the
  defaults is not repeated;
* ``datasketch by hand``: what people write: 5-character shingles of the raw text,
  ``datasketch.MinHash(num_perm=128)`` (default SHA-1 hash, ``update_batch`` of the UTF-8
  shingles), ``MinHashLSH(threshold=0.8, num_perm=128)``; each document queried before it
  is inserted, every candidate joined (union-find, no verification), pairs = all pairs of
  a component. It does not look for containment.

Against ``duplicate_pairs`` (documents of one story; e-paper pages are nobody's
duplicate), micro-averaged over the seeds: pairwise precision, recall, F1; recall by
variant kind (true pairs with a ``reprint``/``mirror``/``truncated``/``edited`` document on
one side; edited split by the edit rate in the id, ``-e1`` .. ``-e5``); cross-script recall
(the pairs with a mirror: Traditional script with pinyin); template-sharing false
positives (predicted pairs of two ``negative`` documents, and predicted pairs with a
negative on either side: a negative duplicates nothing); the false pairs by the kinds of
their two documents. Containment (textclean only): ``found.contained`` as
``(id, contained_in)`` against ``containment_pairs`` (every document of a story against
the e-paper page printing it): precision, recall; and recall over the labelled pairs
whose document was not dropped as a duplicate (textclean looks only at kept documents, by
design). Then up to ``--misses`` missed and false pairs of ``textclean``, each with the
exact Jaccard of the two views' shingle sets and the signatures' estimate, and every
textclean setting's misses counted by cause: the signatures agreed at the threshold (so
the LSH bands never proposed the pair), the estimate fell below an exact Jaccard at the
threshold, or the views are less similar than the threshold.

Speed: one batch of ``--speed-docs`` documents of ``scale_documents(n, chars=2000)``,
views = ``fold(text)`` (computed first, not timed); the same views for every signer.
Each row is the best of ``--repeat`` runs (``timing.best_time``), the runs of all rows
taken in turns so that other work on the machine hits every row alike; a peer that needs
Python lists of shingles gets them from ``textclean.dedup.minhash.shingles(view, 5)``,
timed apart ("shingling") and added in "total" (a sum of two best times) -- the way a user
calls it. docs/s and M chars/s (of view characters) are on the total; "signing only"
leaves the shingling out. CPU/wall is the CPU time of this process and its waited-for
children over the wall time, all runs together (1.0: one core busy). "x datasketch" and
"x rensa" are total-time ratios against ``datasketch`` and ``rensa RMinHash`` (per
document): above 1 is faster. Rows: textclean ``MinHasher().signatures(views)`` (shingling
inside, in numpy); the same in 2 worker processes (chunks of 256 through
``textclean.parallel.ordered_map(jobs=2)``, the pool start-up and the pickling counted);
datasketch ``MinHash(num_perm=128).update_batch(utf-8 shingles)`` per document, and with
``hashfunc=shingle_hash`` (the same signatures as textclean: checked on a few documents);
datatrove ``MinhashDedupSignature.get_shingles`` + ``get_signature`` (16 buckets x 8
hashes = 128, 5-grams of characters; see the printed note); rensa ``RMinHash(128, 1)``
``.update(shingles)`` ``.digest()`` per document, its bulk
``RMinHash.digest_matrix_from_token_sets``, and ``CMinHash`` per document. A peer not
installed is skipped with a note. Aims (the issue): >= 10x datasketch, at least on par
with rensa per core.

Scale (``--scale N``): ``scale_documents(N, chars=2000)`` streamed to a JSONL file in a
temporary directory, then ``python -m textclean.cli dedup IN -o OUT --clusters C -q``
(and, with ``--scale-no-containment``, ``... dedup IN -o OUT --containment 0 -q``, with
``--scale-run``, ``... run IN -o OUT -q``) in a child process with the default jobs (all
cores), then the two peers of ``benchmarks/dedup_glue.py`` (datasketch ``MinHash`` of
the 5-character shingles + ``MinHashLSH(threshold=0.8)``, each record queried then
inserted, dropped when it has a candidate, in one process): "datasketch glue" on the raw
text, and "ftfy + t2s + datasketch glue" with ``ftfy.fix_text`` and OpenCC ``t2s`` first
(the glue *with cleaning*, the peer of the issue's aim: textclean at <= 0.7x its wall
time and <= 1.5x its peak memory), one after the other: wall time; peak RSS as
``ru_maxrss`` of the child from ``os.wait4`` (the largest resident set of any one
process of its tree, main or worker, not their sum) and the peak of the sum over the
tree sampled from ``/proc`` every 0.1 s; documents in and out, clusters (lines of the
``--clusters`` file), dropped; and pairwise precision/recall of the clusters against the
ids (``doc-000456-copy-of-000123`` is a near-copy of ``doc-000123``; the glues write no
clusters), the ratios of the wall time and of the one-process peak RSS to each glue's,
and how many of the near-copies among the first 5,000 documents reach the threshold at
all (exact and estimated, on ``fold(text)``). Then memory per indexed document, in this
process: ``--memory-docs`` documents signed (``sign_batch(batch, CleanConfig(),
cleaned=True)``, batches of 256, pickled as a worker would send them), then, under
``tracemalloc``, a ``DuplicateFinder(CleanConfig())`` takes them (each batch unpickled,
added, dropped): bytes per document retained (a) in all, (b) with
``finder.lsh.add_batch`` a no-op (all but the LSH tables); (a) - (b) is the LSH tables.
Aim (the docs): <= 1 KiB per document beyond the LSH tables at num_perm 128.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import importlib.metadata
import itertools
import json
import multiprocessing
import os
import pickle
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dedup_corpus import (  # noqa: E402
    VARIANTS,
    LabelledDocument,
    containment_pairs,
    duplicate_pairs,
    generate,
    scale_documents,
)
from timing import best_time  # noqa: E402

from textclean import CleanConfig, Document, find_duplicates  # noqa: E402
from textclean.dedup.finder import DuplicateFinder, SignedBatch, sign_batch  # noqa: E402
from textclean.dedup.minhash import MinHasher, jaccard, shingle_hash, shingles  # noqa: E402
from textclean.dedup.view import dedup_view, fold  # noqa: E402
from textclean.parallel import ordered_map  # noqa: E402

Pair = frozenset[str]
NUM_PERM = 128
SHINGLE = 5
CHUNK = 256  # documents per worker call in the 2-process row (the dedup stage's batch)
EDIT_RATE = re.compile(r"-e(\d+)$")
COPY_ID = re.compile(r"^doc-(\d+)(?:-copy-of-(\d+))?$")
ISSUE_SETTINGS = ((5, 0.8), (3, 0.8), (5, 0.7))
"""(shingle_size, dedup_threshold): the issue's, then one of them changed."""
QUALITY_AIMS = {"F1": 0.97, "cross-script recall": 0.95}
MEMORY_AIM = 1024  # bytes per document beyond the LSH tables


def markdown(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    return "\n".join([*lines, *("| " + " | ".join(row) + " |" for row in rows)])


def percent(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None or precision + recall == 0:
        return None
    return 2 * precision * recall / (precision + recall)


def load_note() -> str:
    """The load average: the machine may be shared, and timings with it."""
    try:
        one, five, _ = os.getloadavg()
    except OSError:
        return "load average unknown"
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} CPUs"


def tree_state() -> str:
    """The commit of this tree, and whether textclean/ differs from it."""

    def git(*argv: str) -> str:
        done = subprocess.run(["git", *argv], cwd=ROOT, capture_output=True, text=True)
        return done.stdout.strip() if done.returncode == 0 else ""

    commit = git("rev-parse", "--short", "HEAD")
    if not commit:
        return "textclean (not a git checkout)"
    changed = git("status", "--porcelain", "--", "textclean")
    return f"textclean {commit}" + (" + uncommitted changes in textclean/" if changed else "")


def version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


# === quality ==================================================================================


class Prediction(NamedTuple):
    pairs: set[Pair]
    contained: set[tuple[str, str]] | None  # None: the detector does not look for it
    dropped: set[str]  # ids left out as duplicates


Detector = Callable[[list[LabelledDocument]], Prediction]


def component_pairs(groups: Iterable[Iterable[str]]) -> set[Pair]:
    """All unordered pairs inside each group."""
    return {frozenset(pair) for group in groups for pair in itertools.combinations(group, 2)}


def textclean_detector(config: CleanConfig) -> Detector:
    def detect(docs: list[LabelledDocument]) -> Prediction:
        found = find_duplicates([Document(doc.id, doc.text) for doc in docs], config)
        pairs = component_pairs([member.id for member in c.members] for c in found.clusters)
        contained = {(entry.id, entry.contained_in) for entry in found.contained}
        dropped = {docs[p].id for p, drop in found.dropped.items() if drop.reason == "duplicate"}
        return Prediction(pairs, contained, dropped)

    return detect


def raw_shingles(text: str) -> set[str]:
    """5-character shingles of the raw text, as a by-hand script takes them."""
    found = {text[i : i + SHINGLE] for i in range(len(text) - SHINGLE + 1)}
    return found or ({text} if text else set())


def find_root(parent: dict[str, str], item: str) -> str:
    while parent[item] != item:
        parent[item] = parent[parent[item]]
        item = parent[item]
    return item


def datasketch_detect(docs: list[LabelledDocument]) -> Prediction:
    """The by-hand baseline: datasketch on the raw text, every LSH candidate joined."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=0.8, num_perm=NUM_PERM)
    parent: dict[str, str] = {}
    for doc in docs:
        minhash = MinHash(num_perm=NUM_PERM)
        minhash.update_batch([shingle.encode("utf-8") for shingle in raw_shingles(doc.text)])
        parent[doc.id] = doc.id
        for other in lsh.query(minhash):
            parent[find_root(parent, other)] = find_root(parent, doc.id)
        lsh.insert(doc.id, minhash)
    groups: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        groups[find_root(parent, doc.id)].append(doc.id)
    return Prediction(component_pairs(groups.values()), None, set())


def settings(config: CleanConfig) -> str:
    return f"shingle {config.shingle_size}, threshold {config.dedup_threshold}"


def quality_configs() -> dict[str, CleanConfig]:
    """textclean's defaults first, then the issue's settings and one change at a time
    from them (any that equal the defaults left out)."""
    default = CleanConfig()
    configs = {f"textclean defaults ({settings(default)})": default}
    for shingle_size, threshold in ISSUE_SETTINGS:
        if (shingle_size, threshold) == (default.shingle_size, default.dedup_threshold):
            continue
        config = CleanConfig(shingle_size=shingle_size, dedup_threshold=threshold)
        issue = " (the issue's)" if (shingle_size, threshold) == ISSUE_SETTINGS[0] else ""
        configs[f"textclean {settings(config)}{issue}"] = config
    return configs


def quality_detectors(configs: dict[str, CleanConfig]) -> dict[str, Detector]:
    detectors = {name: textclean_detector(config) for name, config in configs.items()}
    return detectors | {"datasketch by hand": datasketch_detect}


def pair_groups(pair: Pair, kinds: dict[str, str]) -> set[str]:
    """The variant groups a true pair counts in: the kind of each variant side, and
    ``edited eN`` for an edited side with rate N%."""
    groups = {"all"}
    for doc_id in pair:
        kind = kinds[doc_id]
        if kind in VARIANTS:
            groups.add(kind)
        if kind == "edited" and (rate := EDIT_RATE.search(doc_id)):
            groups.add(f"edited e{rate.group(1)}")
    return groups


def kind_pair(pair: Pair, kinds: dict[str, str]) -> str:
    return "+".join(sorted(kinds[doc_id] for doc_id in pair))


@dataclass
class Score:
    """Counts of one detector, summed over the seeds."""

    actual: int = 0
    predicted: int = 0
    hits: int = 0
    group_total: Counter[str] = field(default_factory=Counter)
    group_found: Counter[str] = field(default_factory=Counter)
    false_kinds: Counter[str] = field(default_factory=Counter)
    negative_both: int = 0
    negative_any: int = 0
    contained_actual: int = 0
    contained_predicted: int = 0
    contained_hits: int = 0
    contained_kept_actual: int = 0
    contained_kept_hits: int = 0
    checks_containment: bool = False
    seed_f1: dict[int, float | None] = field(default_factory=dict)
    misses: list[tuple[int, Pair]] = field(default_factory=list)
    false: list[tuple[int, Pair]] = field(default_factory=list)
    contained_false: list[tuple[int, tuple[str, str]]] = field(default_factory=list)
    contained_missed: list[tuple[int, tuple[str, str]]] = field(default_factory=list)

    def precision(self) -> float | None:
        return ratio(self.hits, self.predicted)

    def recall(self) -> float | None:
        return ratio(self.hits, self.actual)

    def f1(self) -> float | None:
        return f1(self.precision(), self.recall())

    def group_recall(self, group: str) -> float | None:
        return ratio(self.group_found[group], self.group_total[group])

    def add(self, seed: int, docs: list[LabelledDocument], prediction: Prediction) -> None:
        kinds = {doc.id: doc.kind for doc in docs}
        truth = duplicate_pairs(docs)
        hits = truth & prediction.pairs
        self.actual += len(truth)
        self.predicted += len(prediction.pairs)
        self.hits += len(hits)
        seed_precision = ratio(len(hits), len(prediction.pairs))
        self.seed_f1[seed] = f1(seed_precision, ratio(len(hits), len(truth)))
        self.add_truth(seed, truth, hits, kinds)
        self.add_false(seed, prediction.pairs - truth, kinds)
        if prediction.contained is not None:
            self.add_containment(seed, docs, prediction)

    def add_truth(
        self, seed: int, truth: set[Pair], hits: set[Pair], kinds: dict[str, str]
    ) -> None:
        for pair in truth:
            groups = pair_groups(pair, kinds)
            self.group_total.update(groups)
            if pair in hits:
                self.group_found.update(groups)
            else:
                self.misses.append((seed, pair))

    def add_false(self, seed: int, false: set[Pair], kinds: dict[str, str]) -> None:
        for pair in false:
            self.false_kinds[kind_pair(pair, kinds)] += 1
            self.false.append((seed, pair))
            negatives = sum(kinds[doc_id] == "negative" for doc_id in pair)
            self.negative_both += negatives == 2
            self.negative_any += negatives > 0

    def add_containment(
        self, seed: int, docs: list[LabelledDocument], prediction: Prediction
    ) -> None:
        assert prediction.contained is not None
        truth = containment_pairs(docs)
        kept = {entry for entry in truth if entry[0] not in prediction.dropped}
        self.checks_containment = True
        self.contained_actual += len(truth)
        self.contained_predicted += len(prediction.contained)
        self.contained_hits += len(truth & prediction.contained)
        self.contained_kept_actual += len(kept)
        self.contained_kept_hits += len(kept & prediction.contained)
        self.contained_false += [(seed, entry) for entry in prediction.contained - truth]
        self.contained_missed += [(seed, entry) for entry in kept - prediction.contained]


class Corpus(NamedTuple):
    seed: int
    docs: list[LabelledDocument]


def score_quality(
    corpora: Sequence[Corpus], detectors: dict[str, Detector]
) -> tuple[dict[str, Score], dict[str, float]]:
    """Each detector's score over the corpora, and its run time in seconds."""
    scores = {name: Score() for name in detectors}
    seconds: Counter[str] = Counter()
    for corpus in corpora:
        for name, detect in detectors.items():
            start = time.perf_counter()
            prediction = detect(corpus.docs)
            seconds[name] += time.perf_counter() - start
            scores[name].add(corpus.seed, corpus.docs, prediction)
    return scores, dict(seconds)


def summary_row(name: str, score: Score, seconds: float) -> list[str]:
    contained = [
        percent(ratio(score.contained_hits, score.contained_predicted)),
        percent(ratio(score.contained_hits, score.contained_actual)),
        percent(ratio(score.contained_kept_hits, score.contained_kept_actual)),
    ]
    return [
        name,
        str(score.actual),
        str(score.predicted),
        str(score.hits),
        percent(score.precision()),
        percent(score.recall()),
        percent(score.f1()),
        percent(score.group_recall("mirror")),
        str(score.negative_both),
        str(score.negative_any),
        *(contained if score.checks_containment else ["-", "-", "-"]),
        f"{seconds:.1f}",
    ]


SUMMARY_HEADER = [
    "detector",
    "true pairs",
    "predicted",
    "correct",
    "precision",
    "recall",
    "F1",
    "cross-script recall",
    "FP neg+neg",
    "FP with a negative",
    "containment precision",
    "containment recall",
    "containment recall (kept docs)",
    "seconds",
]


def group_order(scores: dict[str, Score]) -> list[str]:
    groups = set().union(*(score.group_total for score in scores.values()))
    fixed = ["all", *VARIANTS]
    return [g for g in fixed if g in groups] + sorted(groups - set(fixed))


def group_rows(scores: dict[str, Score]) -> list[list[str]]:
    rows = []
    first = next(iter(scores.values()))
    for group in group_order(scores):
        cells = [
            f"{score.group_found[group]}/{score.group_total[group]} "
            f"({percent(score.group_recall(group))})"
            for score in scores.values()
        ]
        rows.append([group, str(first.group_total[group]), *cells])
    return rows


def false_rows(scores: dict[str, Score]) -> list[list[str]]:
    kinds = sorted(set().union(*(score.false_kinds for score in scores.values())))
    return [[kind, *(str(score.false_kinds[kind]) for score in scores.values())] for kind in kinds]


class Comparison(NamedTuple):
    exact: float  # Jaccard of the two views' shingle sets
    estimate: float  # the share of equal signature slots
    inside: float  # share of the first view's shingles found in the second's


class Views:
    """The textclean views and signatures of the corpora's documents, made on demand."""

    def __init__(self, corpora: Sequence[Corpus], config: CleanConfig) -> None:
        self.docs = {(c.seed, doc.id): doc for c in corpora for doc in c.docs}
        self.config = config
        self.hasher = MinHasher(config.num_perm, config.minhash_seed, config.shingle_size)
        self._made: dict[tuple[int, str], tuple[str, set[str], np.ndarray]] = {}

    def of(self, seed: int, doc_id: str) -> tuple[str, set[str], np.ndarray]:
        """The view, its shingle set and its signature."""
        if (seed, doc_id) not in self._made:
            view = dedup_view(self.docs[seed, doc_id].text, cleaned=False, config=self.config)
            made = set(shingles(view, self.config.shingle_size))
            self._made[seed, doc_id] = (view, made, self.hasher.signatures([view]).values[0])
        return self._made[seed, doc_id]

    def compare(self, seed: int, first: str, second: str) -> Comparison:
        _, one, one_signature = self.of(seed, first)
        _, two, two_signature = self.of(seed, second)
        shared = len(one & two)
        return Comparison(
            shared / max(1, len(one | two)),
            float(jaccard(one_signature, two_signature)),
            shared / max(1, len(one)),
        )

    def side(self, seed: int, doc_id: str) -> str:
        view, made, _ = self.of(seed, doc_id)
        kind = self.docs[seed, doc_id].kind
        return f"{doc_id} ({kind}, {len(view)} view chars, {len(made)} shingles)"


MISS_CAUSES = (
    "signatures agree >= threshold: LSH never proposed the pair",
    "exact Jaccard >= threshold, signature estimate below",
    "exact Jaccard of the views < threshold",
)


def miss_cause(comparison: Comparison, threshold: float) -> str:
    if comparison.estimate >= threshold:
        return MISS_CAUSES[0]
    if comparison.exact >= threshold:
        return MISS_CAUSES[1]
    return MISS_CAUSES[2]


def spread(items: list[Any], kind: Callable[[Any], str], count: int) -> list[Any]:
    """Up to ``count`` items, taken in turn from each kind."""
    by_kind: dict[str, list[Any]] = defaultdict(list)
    for item in sorted(items, key=lambda item: (item[0], sorted(item[1]))):
        by_kind[kind(item)].append(item)
    queues = [iter(by_kind[name]) for name in sorted(by_kind)]
    taken: list[Any] = []
    while queues and len(taken) < count:
        for queue in list(queues):
            item = next(queue, None)
            if item is None:
                queues.remove(queue)
            elif len(taken) < count:
                taken.append(item)
    return taken


def cause_rows(scores: dict[str, Score], views: dict[str, Views]) -> list[list[str]]:
    counts = {
        name: Counter(
            miss_cause(view.compare(seed, *sorted(pair)), view.config.dedup_threshold)
            for seed, pair in scores[name].misses
        )
        for name, view in views.items()
    }
    return [[cause, *(str(counts[name][cause]) for name in views)] for cause in MISS_CAUSES]


def show_pairs(title: str, items: list[tuple[int, Pair]], views: Views, count: int) -> None:
    """A few of the pairs, spread over their kinds, with their similarity."""
    if not items:
        print(f"\n{title}: none")
        return
    compared = {item: views.compare(item[0], *sorted(item[1])) for item in items}
    print(f"\n{title}: {len(items)}")

    def kinds(item: tuple[int, Pair]) -> str:
        return "+".join(sorted(views.docs[item[0], doc_id].kind for doc_id in item[1]))

    for item in spread(items, kinds, count):
        seed, (first, second) = item[0], sorted(item[1])
        c = compared[item]
        print(
            f"- seed {seed}: {views.side(seed, first)} ~ {views.side(seed, second)}: "
            f"exact Jaccard {c.exact:.3f}, signature estimate {c.estimate:.3f}"
        )


def show_containment(
    title: str, items: list[tuple[int, tuple[str, str]]], views: Views, count: int
) -> None:
    if not items:
        print(f"\n{title}: none")
        return
    print(f"\n{title}: {len(items)}")

    def kinds(item: tuple[int, tuple[str, str]]) -> str:
        return "+".join(views.docs[item[0], doc_id].kind for doc_id in item[1])

    for seed, (inner, outer) in spread(items, kinds, count):
        c = views.compare(seed, inner, outer)
        print(
            f"- seed {seed}: {views.side(seed, inner)} in {views.side(seed, outer)}: "
            f"{c.inside:.3f} of its shingles inside, exact Jaccard {c.exact:.3f}"
        )


def lsh_note(config: CleanConfig) -> str:
    """The bands datasketch picks for the threshold, and the chance of a candidate."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=config.dedup_threshold, num_perm=config.num_perm)
    chances = ", ".join(
        f"J={j:.2f}: {1 - (1 - j**lsh.r) ** lsh.b:.0%}" for j in (0.7, 0.8, 0.85, 0.9, 0.95)
    )
    return (
        f"MinHashLSH(threshold={config.dedup_threshold}, num_perm={config.num_perm}) uses "
        f"b={lsh.b} bands of r={lsh.r} rows; the chance that a pair becomes a candidate: "
        f"{chances}"
    )


def run_quality(args: argparse.Namespace) -> None:
    corpora = [Corpus(seed, generate(args.stories, seed)) for seed in args.seeds]
    documents = sum(len(corpus.docs) for corpus in corpora)
    kinds = Counter(doc.kind for corpus in corpora for doc in corpus.docs)
    print(f"## Quality: generate(stories={args.stories}, seed) for seeds {args.seeds}")
    print(f"{documents} documents ({', '.join(f'{n} {k}' for k, n in kinds.most_common())})\n")
    configs = quality_configs()
    scores, seconds = score_quality(corpora, quality_detectors(configs))
    print(markdown(SUMMARY_HEADER, [summary_row(n, s, seconds[n]) for n, s in scores.items()]))
    print("\nF1 per seed:")
    print(
        markdown(
            ["detector", *(f"seed {seed}" for seed in args.seeds)],
            [[n, *(percent(s.seed_f1[seed]) for seed in args.seeds)] for n, s in scores.items()],
        )
    )
    print("\nRecall by variant kind (true pairs with that kind on one side):")
    print(markdown(["pairs with", "true pairs", *scores], group_rows(scores)))
    print("\nFalse pairs by the kinds of their two documents:")
    rows = false_rows(scores)
    print(markdown(["kinds", *scores], rows) if rows else "none")
    default_name = next(iter(configs))
    ours = scores[default_name]
    print(f"\nAims ({default_name}):")
    values = {"F1": ours.f1(), "cross-script recall": ours.group_recall("mirror")}
    for name, aim in QUALITY_AIMS.items():
        value = values[name]
        met = value is not None and value >= aim
        print(f"- {name}: {percent(value)} (aim >= {percent(aim)}): {'met' if met else 'NOT met'}")
    met = "met" if ours.negative_any == 0 else "NOT met"
    print(f"- template-sharing false positives: {ours.negative_any} (aim 0): {met}")
    print()
    for threshold in sorted({config.dedup_threshold for config in configs.values()}):
        print(lsh_note(replace(CleanConfig(), dedup_threshold=threshold)))
    views = {name: Views(corpora, config) for name, config in configs.items()}
    print("\nWhy pairs were missed (on each setting's own view and signatures):")
    print(markdown(["cause", *configs], cause_rows(scores, views)))
    show_pairs(f"missed pairs, {default_name}", ours.misses, views[default_name], args.misses)
    show_pairs(f"false pairs, {default_name}", ours.false, views[default_name], args.misses)
    for title, items in (
        ("containment not labelled", ours.contained_false),
        ("containment missed (document kept)", ours.contained_missed),
    ):
        show_containment(f"{title}, {default_name}", items, views[default_name], args.misses)


# === speed ====================================================================================


class Timing(NamedTuple):
    seconds: float  # best wall time of the runs
    cpu_share: float  # CPU seconds (with waited-for children) per wall second, all runs


class Job(NamedTuple):
    """``function`` called on each of ``items`` (``timing.best_time``'s arguments)."""

    function: Callable[[Any], object]
    items: Sequence[Any]


class Plan(NamedTuple):
    """A row of the table: what it calls, and the jobs it is timed by."""

    name: str
    called: str
    signing: str  # the key of its signing job
    shingling: str | None = None  # the key of the job making its input from the views


class Peer(NamedTuple):
    plans: list[Plan]
    jobs: dict[str, Job]
    note: str


class SpeedRow(NamedTuple):
    name: str
    called: str
    signing: Timing
    shingling: Timing | None  # the peer's input made from the views, timed apart

    @property
    def total(self) -> float:
        return self.signing.seconds + (self.shingling.seconds if self.shingling else 0.0)


def cpu_seconds() -> float:
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def measure(jobs: dict[str, Job], repeat: int) -> dict[str, Timing]:
    """Each job's best of ``repeat`` runs (``timing.best_time``), the runs taken in turns
    (one of every job per round), so that other work on the machine hits all alike."""
    best = dict.fromkeys(jobs, float("inf"))
    cpu: Counter[str] = Counter()
    wall: Counter[str] = Counter()
    for _ in range(repeat):
        for key, job in jobs.items():
            cpu_start, wall_start = cpu_seconds(), time.perf_counter()
            best[key] = min(best[key], best_time(job.function, job.items, 1))
            cpu[key] += cpu_seconds() - cpu_start
            wall[key] += time.perf_counter() - wall_start
    return {key: Timing(best[key], cpu[key] / max(wall[key], 1e-9)) for key in jobs}


class Batch(NamedTuple):
    views: list[str]
    shingles: list[list[str]]  # shingles(view, 5) of each view
    encoded: list[list[bytes]]  # the same, UTF-8

    @property
    def chars(self) -> int:
        return sum(map(len, self.views))


def speed_batch(count: int) -> Batch:
    views = [fold(text) for _, text in scale_documents(count, chars=2000)]
    lists = [shingles(view, SHINGLE) for view in views]
    encoded = [[shingle.encode("utf-8") for shingle in shingle_list] for shingle_list in lists]
    return Batch(views, lists, encoded)


def shingle_list(view: str) -> list[str]:
    return shingles(view, SHINGLE)


def encoded_list(view: str) -> list[bytes]:
    return [shingle.encode("utf-8") for shingle in shingles(view, SHINGLE)]


SHINGLING = "shingles(view, 5)"
ENCODED = "utf-8 shingles(view, 5)"
SHINGLE_HASHES = "textclean shingle hashes"


def textclean_peer(batch: Batch) -> Peer:
    hasher = MinHasher(NUM_PERM, 1, SHINGLE)
    hasher.signatures(batch.views[:8])  # the permutations, once

    def two_processes(views: list[str]) -> list[np.ndarray]:
        chunks = ((views[i : i + CHUNK], None) for i in range(0, len(views), CHUNK))
        return [signed.values for signed, _ in ordered_map(hasher.signatures, chunks, jobs=2)]

    jobs = {
        "textclean 1": Job(hasher.signatures, [batch.views]),
        "textclean 2": Job(two_processes, [batch.views]),
        SHINGLE_HASHES: Job(hasher._shingle_hashes, [batch.views]),
    }
    plans = [
        Plan("textclean, 1 process", "MinHasher().signatures(views)", "textclean 1"),
        Plan(
            "textclean, 2 processes",
            f"ordered_map(MinHasher().signatures, chunks of {CHUNK}, jobs=2), pool start-up "
            f"({multiprocessing.get_start_method()}) counted",
            "textclean 2",
        ),
    ]
    return Peer(plans, jobs, "")


def datasketch_peer(batch: Batch) -> Peer:
    from datasketch import MinHash

    def default_hash(encoded: list[bytes]) -> np.ndarray:
        minhash = MinHash(num_perm=NUM_PERM)
        minhash.update_batch(encoded)
        return minhash.hashvalues

    def our_hash(shingle_list: list[str]) -> np.ndarray:
        minhash = MinHash(num_perm=NUM_PERM, hashfunc=shingle_hash)
        minhash.update_batch(shingle_list)
        return minhash.hashvalues

    checked = min(5, len(batch.views))
    ours = MinHasher(NUM_PERM, 1, SHINGLE).signatures(batch.views[:checked]).values
    same = all(
        np.array_equal(our_hash(batch.shingles[i]).astype(np.uint32), ours[i])
        for i in range(checked)
    )
    verdict = "identical" if same else "DIFFERENT (a bug: they should be identical)"
    note = (
        f"datasketch {version('datasketch')} hashfunc=shingle_hash: signatures checked "
        f"against textclean's on the first {checked} documents: {verdict}."
    )
    jobs = {
        "datasketch": Job(default_hash, batch.encoded),
        "datasketch ours": Job(our_hash, batch.shingles),
        ENCODED: Job(encoded_list, batch.views),
        SHINGLING: Job(shingle_list, batch.views),
    }
    plans = [
        Plan(
            "datasketch",
            "MinHash(num_perm=128).update_batch(utf-8 shingles), per document",
            "datasketch",
            ENCODED,
        ),
        Plan(
            "datasketch hashfunc=shingle_hash",
            "MinHash(num_perm=128, hashfunc=shingle_hash).update_batch(shingles), per document",
            "datasketch ours",
            SHINGLING,
        ),
    ]
    return Peer(plans, jobs, note)


def datatrove_step() -> tuple[Any, str]:
    """datatrove's signature step for 128 hashes (16 x 8) of 5-grams of characters."""
    from datatrove.pipeline.dedup.minhash import MinhashConfig, MinhashDedupSignature
    from datatrove.utils.word_tokenizers import WordTokenizer

    class Characters(WordTokenizer):
        """Every character a word (datatrove's own zh tokenizer is spaCy with jieba)."""

        def word_tokenize(self, text: str) -> list[str]:
            return [char for char in text if not char.isspace()]

        def sent_tokenize(self, text: str) -> list[str]:
            return [text]

        def span_tokenize(self, text: str) -> list[tuple[int, int]]:
            return [(0, len(text))]

    config = MinhashConfig(n_grams=SHINGLE, num_buckets=16, hashes_per_bucket=8)
    folder = tempfile.mkdtemp(prefix="dedup-bench-datatrove-")  # never written to
    atexit.register(shutil.rmtree, folder, True)
    step = MinhashDedupSignature(output_folder=folder, config=config, language=Characters("zh"))
    note = ""
    try:
        step.get_shingles("今天天气很好我们")
    except TypeError:  # xxhash >= 4 refuses str; datatrove's extra pins xxhash < 4
        import xxhash

        step._hash_func = lambda text: xxhash.xxh64_intdigest(text.encode("utf-8"))
        note = (
            " Its xxhash64 passes a str, which the installed xxhash "
            f"{version('xxhash')} refuses (datatrove's 'processing' extra pins xxhash<4), so "
            "step._hash_func was replaced by xxh64_intdigest of the UTF-8 bytes, which is "
            "what xxhash 3 does with a str."
        )
    return step, note


def datatrove_peer(batch: Batch) -> Peer:
    step, extra = datatrove_step()
    hashed = [step.get_shingles(view) for view in batch.views]
    note = (
        f"datatrove {version('datatrove')}: MinhashDedupSignature(config=MinhashConfig("
        "n_grams=5, num_buckets=16, hashes_per_bucket=8), language=<a WordTokenizer giving "
        "each non-space character as a word>): shingling = step.get_shingles(view) "
        "(simplify_text, tokenize, 5-gram, ' '.join, xxhash64 per n-gram, in Python), "
        "signing = step.get_signature(shingles) (numpy, 64-bit, mod 2**61-1). Its default "
        "for Chinese (language='zh') is spaCy's tokenizer with jieba words, not installed "
        "here; word 5-grams would not be comparable to character shingles anyway." + extra
    )
    jobs = {
        "datatrove": Job(step.get_signature, hashed),
        "datatrove shingles": Job(step.get_shingles, batch.views),
    }
    plan = Plan(
        "datatrove",
        "MinhashDedupSignature.get_signature(get_shingles(view)), per document",
        "datatrove",
        "datatrove shingles",
    )
    return Peer([plan], jobs, note)


def rensa_peer(batch: Batch) -> Peer:
    from rensa import CMinHash, RMinHash

    def r_one(shingle_list: list[str]) -> list[int]:
        minhash = RMinHash(num_perm=NUM_PERM, seed=1)
        minhash.update(shingle_list)
        return minhash.digest()

    def c_one(shingle_list: list[str]) -> list[int]:
        minhash = CMinHash(num_perm=NUM_PERM, seed=1)
        minhash.update(shingle_list)
        return minhash.digest()

    def r_bulk(lists: list[list[str]]) -> object:
        return RMinHash.digest_matrix_from_token_sets(lists, NUM_PERM, 1)

    jobs = {
        "rensa": Job(r_one, batch.shingles),
        "rensa bulk": Job(r_bulk, [batch.shingles]),
        "rensa c": Job(c_one, batch.shingles),
        SHINGLING: Job(shingle_list, batch.views),
    }
    plans = [
        Plan(
            "rensa RMinHash",
            "RMinHash(128, 1).update(shingles); .digest(), per document",
            "rensa",
            SHINGLING,
        ),
        Plan(
            "rensa RMinHash bulk",
            "RMinHash.digest_matrix_from_token_sets(all shingle lists, 128, 1)",
            "rensa bulk",
            SHINGLING,
        ),
        Plan(
            "rensa CMinHash",
            "CMinHash(128, 1).update(shingles); .digest(), per document",
            "rensa c",
            SHINGLING,
        ),
    ]
    note = (
        f"rensa {version('rensa')}: shingles as Python str lists, hashed inside rensa; "
        "the bulk call may use several threads (see CPU/wall)."
    )
    return Peer(plans, jobs, note)


PEERS: dict[str, Callable[[Batch], Peer]] = {
    "datasketch": datasketch_peer,
    "datatrove": datatrove_peer,
    "rensa": rensa_peer,
}


def speed_row(row: SpeedRow, batch: Batch, baselines: dict[str, float]) -> list[str]:
    docs = len(batch.views)
    versus = [
        f"{baselines[name] / row.total:.2f}x" if name in baselines else "-"
        for name in ("datasketch", "rensa RMinHash")
    ]
    return [
        row.name,
        "inside" if row.shingling is None else f"{row.shingling.seconds:.3f}",
        f"{row.signing.seconds:.3f}",
        f"{row.total:.3f}",
        f"{docs / row.total:,.0f}",
        f"{batch.chars / row.total / 1e6:.2f}",
        f"{row.signing.cpu_share:.2f}",
        *versus,
        f"{docs / row.signing.seconds:,.0f}",
    ]


SPEED_HEADER = [
    "signer",
    "shingling s",
    "signing s",
    "total s",
    "docs/s",
    "M chars/s",
    "CPU/wall",
    "x datasketch",
    "x rensa",
    "signing only docs/s",
]


def speed_aims(rows: dict[str, SpeedRow], docs: int) -> list[str]:
    ours, two = rows["textclean, 1 process"], rows["textclean, 2 processes"]
    lines = []
    if "datasketch" in rows:
        times = rows["datasketch"].total / ours.total
        lines.append(
            f"- textclean 1 process vs datasketch: {times:.1f}x (aim >= 10x): "
            + ("met" if times >= 10 else "NOT met")
        )
    for name in ("rensa RMinHash", "rensa RMinHash bulk"):
        if name not in rows:
            continue
        peer = rows[name]
        total = peer.total / ours.total
        per_core = peer.total / (two.total * 2)
        signing = ours.total / peer.signing.seconds
        lines.append(
            f"- vs {name}, shingling included: 1 process {total:.2f}x, 2 processes per core "
            f"{per_core:.2f}x (aim >= 1x): {'met' if total >= 1 else 'NOT met'}; "
            f"{name} signing pre-made shingles is {signing:.2f}x textclean's whole job"
        )
    lines.append(f"- textclean 2 processes: {docs / two.total / 2:,.0f} docs/s per core")
    return lines


def speed_peers(batch: Batch) -> tuple[list[Plan], dict[str, Job], list[str]]:
    """Every installed signer's rows and jobs, and the notes (a peer not installed: why)."""
    ours = textclean_peer(batch)
    plans, jobs, notes = list(ours.plans), dict(ours.jobs), []
    for name, make in PEERS.items():
        try:
            peer = make(batch)
        except ImportError as error:
            notes.append(f"{name}: skipped, not importable ({error}).")
            continue
        plans += peer.plans
        jobs |= peer.jobs
        notes.append(peer.note)
    return plans, jobs, notes


def run_speed(args: argparse.Namespace) -> None:
    batch = speed_batch(args.speed_docs)
    print(
        f"## Speed: {len(batch.views)} documents of scale_documents(chars=2000), "
        f"{batch.chars / len(batch.views):,.0f} view characters each on average, "
        f"{sum(map(len, batch.shingles)):,} {SHINGLE}-character shingles (textclean's default "
        f"shingle_size is {CleanConfig().shingle_size}; every signer gets {SHINGLE} here); "
        f"best of {args.repeat}, taken in turns; {load_note()}\n"
    )
    plans, jobs, notes = speed_peers(batch)
    timings = measure(jobs, args.repeat)
    rows = [
        SpeedRow(
            plan.name,
            plan.called,
            timings[plan.signing],
            timings[plan.shingling] if plan.shingling else None,
        )
        for plan in plans
    ]
    ours = timings["textclean 1"].seconds
    notes.insert(
        0,
        f"textclean: of its {ours:.3f} s, the shingle hashes alone (MinHasher._shingle_hashes, "
        f"numpy) take {timings[SHINGLE_HASHES].seconds:.3f} s.",
    )
    by_name = {row.name: row for row in rows}
    baselines = {
        name: by_name[name].total for name in ("datasketch", "rensa RMinHash") if name in by_name
    }
    print(markdown(SPEED_HEADER, [speed_row(row, batch, baselines) for row in rows]))
    print("\nWhat was timed:")
    for row in rows:
        print(f"- {row.name}: {row.called}")
    print("\nNotes:")
    for note in notes:
        print(f"- {note}")
    print(f"\nAims (after the runs: {load_note()}):")
    print("\n".join(speed_aims(by_name, len(batch.views))))


# === scale ====================================================================================


def write_corpus(path: Path, count: int) -> tuple[int, Counter[str]]:
    """``scale_documents(count, chars=2000)`` as JSONL; return the characters written and
    the number of documents of each root (:func:`root_of`)."""
    chars, roots = 0, Counter[str]()
    with path.open("w", encoding="utf-8") as out:
        for doc_id, text in scale_documents(count, chars=2000):
            chars += len(text)
            roots[root_of(doc_id)] += 1
            out.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
    return chars, roots


def tree_rss_kib(pid: int) -> int:
    """The summed VmRSS of ``pid`` and its descendants (0 once it is gone)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            tasks = Path(f"/proc/{current}/task").iterdir()
            children = [
                int(child) for task in tasks for child in (task / "children").read_text().split()
            ]
        except (OSError, ValueError):
            continue
        match = re.search(r"^VmRSS:\s+(\d+) kB", status, re.M)
        total += int(match.group(1)) if match else 0
        stack += children
    return total


def child_environment() -> dict[str, str]:
    """This process's environment, with this checkout's textclean on ``PYTHONPATH`` after
    any folder already there: the child runs the textclean whose commit the first line
    names, not whichever one the environment has installed."""
    paths = [part for part in os.environ.get("PYTHONPATH", "").split(os.pathsep) if part]
    return os.environ | {"PYTHONPATH": os.pathsep.join([*paths, str(ROOT)])}


class ChildRun(NamedTuple):
    seconds: float
    max_rss_kib: int  # ru_maxrss from os.wait4: the largest single process of the tree
    tree_kib: int  # the peak of the summed RSS of the tree, sampled
    code: int


def run_child(command: list[str], cwd: Path, log: Path) -> ChildRun:
    """Run ``command``; its wall time, peak RSS (wait4 and sampled) and exit code."""
    peak = [0]
    done = threading.Event()
    start = time.perf_counter()
    with log.open("wb") as errors:
        process = subprocess.Popen(
            command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=errors, env=child_environment()
        )

        def sample() -> None:
            while not done.is_set():
                peak[0] = max(peak[0], tree_rss_kib(process.pid))
                done.wait(0.1)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        done.set()
        sampler.join()
    return ChildRun(seconds, usage.ru_maxrss, peak[0], process.returncode)


def count_lines(path: Path) -> int | None:
    if not path.exists():
        return None
    with path.open("rb") as lines:
        return sum(1 for _ in lines)


def root_of(doc_id: str) -> str:
    """The distinct document a scale id is a copy of (itself if not a copy)."""
    match = COPY_ID.match(doc_id)
    if not match:
        return doc_id
    return f"doc-{match.group(2) or match.group(1)}"


def pairs_in(counts: Iterable[int]) -> int:
    return sum(n * (n - 1) // 2 for n in counts)


def cluster_quality(clusters: Path, roots: Counter[str]) -> tuple[float | None, float | None]:
    """Pairwise precision and recall of the clusters against the scale ids."""
    predicted = hits = 0
    with clusters.open(encoding="utf-8") as lines:
        for line in lines:
            members = [member["id"] for member in json.loads(line)["members"]]
            predicted += pairs_in([len(members)])
            hits += pairs_in(Counter(map(root_of, members)).values())
    return ratio(hits, predicted), ratio(hits, pairs_in(roots.values()))


class Ceiling(NamedTuple):
    copies: int
    estimate: int  # copies whose signature agrees with their source's >= threshold
    exact: int  # copies whose shingle set has a Jaccard >= threshold with their source's


def copy_ceiling(count: int, config: CleanConfig) -> Ceiling:
    """How many near-copies among the first ``count`` scale documents are duplicates by
    the threshold at all (on ``fold(text)``, which is the view of these markup-free
    texts up to what cleaning changes)."""
    texts = dict(scale_documents(count, chars=2000))
    hasher = MinHasher(config.num_perm, config.minhash_seed, config.shingle_size)
    copies = estimate = exact = 0
    for doc_id, text in texts.items():
        source = root_of(doc_id)
        if source == doc_id:
            continue
        views = [fold(texts[source]), fold(text)]
        sets = [set(shingles(view, config.shingle_size)) for view in views]
        signatures = hasher.signatures(views).values
        copies += 1
        estimate += jaccard(signatures[0], signatures[1]) >= config.dedup_threshold
        exact += len(sets[0] & sets[1]) / len(sets[0] | sets[1]) >= config.dedup_threshold
    return Ceiling(copies, estimate, exact)


def scale_row(
    command: str, run: ChildRun, output: Path, clusters: Path, roots: Counter[str]
) -> list[str]:
    count = sum(roots.values())
    written = count_lines(output)
    cluster_count = count_lines(clusters)
    precision = recall = None
    if cluster_count is not None:
        precision, recall = cluster_quality(clusters, roots)
    return [
        command,
        str(run.code),
        f"{run.seconds:.1f}",
        f"{count / run.seconds:,.0f}",
        f"{run.max_rss_kib / 1024:,.0f}",
        f"{run.tree_kib / 1024:,.0f}",
        "-" if written is None else str(written),
        "-" if written is None else str(count - written),
        "-" if cluster_count is None else str(cluster_count),
        percent(precision),
        percent(recall),
    ]


SCALE_HEADER = [
    "command",
    "exit",
    "wall s",
    "docs/s",
    "max RSS one process MiB",
    "peak RSS tree MiB (sampled)",
    "docs out",
    "dropped",
    "clusters",
    "pair precision",
    "pair recall",
    "wall / glue",
    "wall / glue+clean",
    "max RSS / glue",
    "max RSS / glue+clean",
]
GLUES = {"datasketch glue": [], "ftfy + t2s + datasketch glue": ["--clean"]}
"""The peers of the scale part (``benchmarks/dedup_glue.py``) and their options."""


def run_scale_commands(args: argparse.Namespace, folder: Path) -> None:
    source = folder / "in.jsonl"
    start = time.perf_counter()
    chars, roots = write_corpus(source, args.scale)
    copies = args.scale - len(roots)
    print(
        f"## Scale: {args.scale:,} documents, {chars / 1e6:.1f} M characters, "
        f"{source.stat().st_size / 1e6:.0f} MB of JSONL ({copies:,} near-copies), written in "
        f"{time.perf_counter() - start:.0f} s to {folder}; default --jobs ({os.cpu_count()} "
        f"cores); before the runs: {load_note()}\n"
    )
    commands = [["dedup"]]
    runs: list[ChildRun] = []
    if args.scale_no_containment:
        commands.append(["dedup", "--containment", "0"])
    if args.scale_run:
        commands.append(["run"])
    rows = []
    for number, command in enumerate(commands):
        name = " ".join(["textclean", *command])
        output = folder / f"out{number}-{command[0]}.jsonl"
        clusters = folder / f"out{number}-clusters.jsonl"
        argv = [sys.executable, "-m", "textclean.cli", command[0], str(source), "-o", str(output)]
        log = folder / f"out{number}.log"
        run = run_child([*argv, "--clusters", str(clusters), *command[1:], "-q"], folder, log)
        if run.code:
            print(f"{name} exited {run.code}: {log.read_text()}")
        rows.append(scale_row(name, run, output, clusters, roots))
        runs.append(run)
    for name, extra in GLUES.items():
        output = folder / f"out-{len(runs)}-glue.jsonl"
        log = folder / f"out{len(runs)}.log"
        glue = [sys.executable, str(ROOT / "benchmarks" / "dedup_glue.py"), str(source)]
        run = run_child([*glue, str(output), *extra], folder, log)
        if run.code:
            print(f"{name} exited {run.code}: {log.read_text()}")
        rows.append(scale_row(name, run, output, folder / "no-clusters", roots))
        runs.append(run)
    glue_runs = runs[-len(GLUES) :]
    for row, run in zip(rows, runs, strict=True):
        row += [f"{run.seconds / glue.seconds:.2f}" for glue in glue_runs]
        row += [f"{run.max_rss_kib / glue.max_rss_kib:.2f}" for glue in glue_runs]
    print(markdown(SCALE_HEADER, rows))
    print(f"after the runs: {load_note()}")
    config = CleanConfig()
    first = min(args.scale, 5000)
    ceiling = copy_ceiling(first, config)
    exact = percent(ratio(ceiling.exact, ceiling.copies))
    estimate = percent(ratio(ceiling.estimate, ceiling.copies))
    print(
        f"\nHow many near-copies are duplicates at the threshold at all (pair recall counts "
        f"every one): of the {ceiling.copies} near-copies in the first {first:,} documents, "
        f"{exact} have an exact shingle Jaccard >= {config.dedup_threshold} with their "
        f"source, {estimate} a signature estimate >= it (on fold(text))."
    )


class MemoryUse(NamedTuple):
    retained: int  # bytes traced after all documents are in
    peak: int  # the traced peak while adding
    signature_rows: int  # rows of the finder's signature array (its capacity)
    signature_bytes: int  # and its bytes


def signed_payloads(count: int, config: CleanConfig) -> list[bytes]:
    """The documents signed in batches of 256, pickled as a worker sends them."""
    docs = (Document(doc_id, text) for doc_id, text in scale_documents(count, seed=1))
    payloads = []
    while batch := list(itertools.islice(docs, CHUNK)):
        payloads.append(pickle.dumps(sign_batch(batch, config, cleaned=True)))
    return payloads


def traced_finder(payloads: list[bytes], config: CleanConfig, lsh: bool) -> MemoryUse:
    """The memory a finder holds after taking every payload (``lsh``: with its tables)."""
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    finder = DuplicateFinder(config)
    if not lsh:
        nothing = (np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64))
        finder.lsh.add_batch = lambda *args: nothing  # type: ignore[method-assign]
    for payload in payloads:
        batch: SignedBatch = pickle.loads(payload)
        finder.add(batch)
        del batch
    gc.collect()
    retained, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    array = np.asarray(finder.signatures)
    return MemoryUse(retained - base, peak - base, len(array), array.nbytes)


def run_memory(count: int) -> None:
    config = CleanConfig()
    start = time.perf_counter()
    payloads = signed_payloads(count, config)
    signed = time.perf_counter() - start
    everything = traced_finder(payloads, config, lsh=True)
    no_lsh = traced_finder(payloads, config, lsh=False)
    print(
        f"\n## Memory per indexed document: {count:,} documents signed in {signed:.0f} s "
        f"(sign_batch, cleaned=True), added to DuplicateFinder(CleanConfig()) under tracemalloc\n"
    )
    rows = [
        ["(a) everything", everything],
        ["(b) all but the LSH tables (lsh.add_batch a no-op)", no_lsh],
    ]
    table = [
        [
            name,
            f"{use.retained / count:,.0f}",
            f"{use.retained / 2**20:,.1f}",
            f"{use.peak / 2**20:,.1f}",
        ]
        for name, use in rows
    ]
    lsh_bytes = everything.retained - no_lsh.retained
    table.append(
        ["(a) - (b): the LSH tables", f"{lsh_bytes / count:,.0f}", f"{lsh_bytes / 2**20:,.1f}", "-"]
    )
    print(markdown(["measured", "bytes/document", "retained MiB", "traced peak MiB"], table))
    print(
        f"\nOf (b): the finder's signature array holds {no_lsh.signature_rows:,} rows, "
        f"{no_lsh.signature_bytes / count:,.0f} bytes/document at {count:,} "
        f"({config.num_perm * 4} in use)."
    )
    per_doc = no_lsh.retained / count
    met = "met" if per_doc <= MEMORY_AIM else "NOT met"
    print(f"Aim: <= {MEMORY_AIM} bytes/document beyond the LSH tables: {per_doc:,.0f}: {met}")


def run_scale(args: argparse.Namespace) -> None:
    if args.scale:
        with tempfile.TemporaryDirectory(prefix="dedup-bench-", dir=args.tmp_dir) as folder:
            run_scale_commands(args, Path(folder))
    if args.memory_docs > 0:
        run_memory(args.memory_docs)


# === main =====================================================================================


def seed_list(text: str) -> list[int]:
    return [int(part) for part in text.split(",") if part.strip()]


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quality", action="store_true", help="run the quality part")
    parser.add_argument("--speed", action="store_true", help="run the speed part")
    parser.add_argument(
        "--scale", type=int, metavar="N", help="dedup N documents (0: only the memory part)"
    )
    parser.add_argument("--scale-run", action="store_true", help="with --scale: textclean run too")
    parser.add_argument(
        "--scale-no-containment",
        action="store_true",
        help="with --scale: textclean dedup --containment 0 too",
    )
    parser.add_argument("--seeds", type=seed_list, default=[0, 1, 2], help="e.g. 0,1,2")
    parser.add_argument("--stories", type=int, default=80, help="stories per corpus")
    parser.add_argument("--misses", type=int, default=8, help="missed/false pairs to show")
    parser.add_argument("--speed-docs", type=int, default=2000, help="documents in the batch")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs (the best counts)")
    parser.add_argument(
        "--memory-docs", type=int, default=20_000, help="with --scale: documents indexed (0: off)"
    )
    parser.add_argument("--tmp-dir", help="where the scale files go (default: the system's)")
    args = parser.parse_args()
    if not (args.quality or args.speed or args.scale is not None):
        args.quality = args.speed = True
    return args


def main() -> None:
    args = arguments()
    print(
        f"versions: {tree_state()}, datasketch {version('datasketch')}, "
        f"datatrove {version('datatrove')}, rensa {version('rensa')}, numpy {np.__version__}, "
        f"Python {sys.version.split()[0]}\n"
    )
    if args.quality:
        run_quality(args)
        print()
    if args.speed:
        run_speed(args)
        print()
    if args.scale is not None:
        run_scale(args)


if __name__ == "__main__":
    main()
