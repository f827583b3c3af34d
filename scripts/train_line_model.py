"""Train the boilerplate step's line model (``textclean/data/line_model.tsv``).

    python scripts/train_line_model.py [--documents 1000] [--l2 1.0] [--min-count 3]
                                       [--threshold 0.9] [--out textclean/data/line_model.tsv]

The examples (see :func:`zone_lines`) are the short lines of
- the real crawled pages of ``benchmarks/data/real_pages`` on the development split
  (``article`` and ``mixed`` lines as article, ``boilerplate`` and ``spam`` lines as
  furniture; captions are left out);
- the generated pages of ``benchmarks/boilerplate_corpus.py`` and of the held-out sets
  1, 2, 4 and 5 (1, 2 and 4 were used to widen the rules already). Held-out sets 3, 6
  and 7, and the real pages' held-out and fresh splits, are not read: they measure the
  model.

The shipped weights were written at adf992c. The rules and signals decide which lines the
model meets, so a run at a later commit writes a slightly different file: at 6e6f60c
(after the advert shape of spam and the headline guards) 45 fewer distinct lines, recall
within 0.1 point on held-out sets 3 to 9, and two more headlines cut on set 8; the
shipped file was kept, being the one every figure in the docs measured.

Each distinct (line, zone, label) counts once, so a seed article line that the
generators repeat a thousand times weighs as much as a template line seen once. A
logistic regression with an L2 penalty is fitted on the features that occur in at least
``--min-count`` distinct examples (scipy's L-BFGS); the features whose weight is
negligible are dropped, and the rest written one a line, heaviest first.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import numpy as np
from scipy import optimize, sparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from textclean.boilerplate import strip  # noqa: E402
from textclean.boilerplate.linemodel import (  # noqa: E402
    CATEGORY,
    EDGES,
    LAST,
    MAX_CHARS,
    MODEL_FILE,
    Place,
    edge_place,
    line_features,
    places,
)
from textclean.config import CleanConfig  # noqa: E402

GENERATED = (
    ("boilerplate_corpus", "make_documents"),
    ("boilerplate_heldout", "make_documents"),
    ("boilerplate_heldout2", "make_documents"),
    ("boilerplate_heldout4", "documents"),
    ("boilerplate_heldout5", "documents"),
)
"""The generated sets the model learns from (each module and its generator)."""
FURNITURE = ("boilerplate", "spam")
KEPT = ("article", "mixed")
"""The real pages' labels of lines that hold article text."""
ARTICLE = "article"
WITHOUT_MODEL = CleanConfig(keep_boilerplate=(CATEGORY,))

Example = tuple[str, str, int]  # the line's view, its zone, 1 for furniture


class _Recorder:
    """A signal that judges nothing and keeps what the model would be shown."""

    def __init__(self) -> None:
        self.seen: list[tuple[list[str], list[int], list[bool]]] = []

    def __call__(self, lines, views, anchors, settled, line_cues=None):
        self.seen.append((list(views), list(anchors), list(settled)))
        return []


def zone_lines(text: str, furniture: Callable[[int], bool]) -> list[tuple[int, str, list[str]]]:
    """The lines of ``text`` to learn from, with their index, stripped view and features:
    the lines the model would score, the lines the rules and the other signals cut
    (they teach the words of furniture), the short lines between paragraphs and the
    short paragraphs (they teach what short article text looks like; those at the
    body's edges as the model meets them there, in zones of their own), and the first
    line (a headline, most often). ``furniture`` says whether a line is furniture."""
    recorder = _Recorder()
    signals = strip._SIGNALS
    strip._SIGNALS = (*[s for s in signals if s[0] != CATEGORY], ("record", recorder))
    try:
        strip.classify_lines(text, WITHOUT_MODEL)
    finally:
        strip._SIGNALS = signals
    views, anchors, settled = recorder.seen[0]
    found = []
    line_places = places(views, anchors, settled, body=True, settled_too=True)
    for index in anchors:  # the body's paragraphs: what short prose looks like
        line_places[index] = Place("between", 0, False, False)
    left = list(anchors)
    for zone in EDGES:  # the paragraphs at the body's edges, as the model meets them
        while len(left) > 1:
            index = left[-1] if zone == LAST else left[0]
            line_places[index] = edge_place(index, zone, views, settled)
            if not furniture(index):
                break
            left.remove(index)
    filled = [index for index, line in enumerate(views) if line.strip()]
    if anchors and filled and filled[0] < anchors[0] and not settled[filled[0]]:
        # the first line, which the model never cuts: a headline, most often
        line_places[filled[0]] = Place("before", filled.index(anchors[0]) - 1, False, False)
    for index, place in enumerate(line_places):
        line_view = views[index].strip()
        if place is not None and len(line_view) <= MAX_CHARS:
            found.append((index, line_view, line_features(line_view, place)))
    return found


def generated_examples(count: int) -> Iterator[tuple[list[str], int, str]]:
    """(features, label, line view) of the zone lines of the generated sets."""
    for module_name, maker in GENERATED:
        module = importlib.import_module(module_name)
        for document in getattr(module, maker)(count, 0):
            filled = [i for i, line in enumerate(document.text.split("\n")) if line.strip()]
            labels = zip(filled, document.lines, strict=True)
            label_at = {index: line.label for index, line in labels}
            lines = zone_lines(document.text, lambda i, at=label_at: at.get(i) in FURNITURE)
            for index, line_view, features in lines:
                label = label_at.get(index)
                if label in FURNITURE or label == ARTICLE:
                    yield features, int(label != ARTICLE), line_view


def real_examples() -> Iterator[tuple[list[str], int, str]]:
    """(features, label, line view) of the zone lines of the real pages' development split."""
    from real_pages_bench import load_pages

    for page in load_pages():
        if page.labels is None or page.split != "dev":
            continue
        labels = page.labels
        lines = zone_lines(page.text, lambda i, at=labels: at[i] in FURNITURE)
        for index, line_view, features in lines:
            label = labels[index]
            if label in FURNITURE or label in KEPT:
                yield features, int(label in FURNITURE), line_view


def distinct(examples: Iterator[tuple[list[str], int, str]]) -> list[tuple[list[str], int]]:
    """Each (features, label) once."""
    seen: dict[tuple[tuple[str, ...], int], None] = {}
    for features, label, _ in examples:
        seen.setdefault((tuple(features), label), None)
    return [(list(features), label) for features, label in seen]


def design(
    examples: Sequence[tuple[list[str], int]], min_count: int
) -> tuple[sparse.csr_matrix, np.ndarray, list[str]]:
    """The feature matrix (binary), the labels and the feature names."""
    counts: dict[str, int] = {}
    for features, _ in examples:
        for feature in set(features):
            counts[feature] = counts.get(feature, 0) + 1
    names = sorted(feature for feature, count in counts.items() if count >= min_count)
    column = {name: index for index, name in enumerate(names)}
    rows, cols = [], []
    for row, (features, _) in enumerate(examples):
        for feature in set(features):
            if feature in column:
                rows.append(row)
                cols.append(column[feature])
    matrix = sparse.csr_matrix(
        (np.ones(len(rows)), (rows, cols)), shape=(len(examples), len(names))
    )
    labels = np.array([label for _, label in examples], dtype=float)
    return matrix, labels, names


def fit(matrix: sparse.csr_matrix, labels: np.ndarray, l2: float) -> tuple[np.ndarray, float]:
    """Logistic regression weights and bias (L2 on the weights, not the bias)."""
    signs = 2 * labels - 1

    def loss(params: np.ndarray) -> tuple[float, np.ndarray]:
        weights, bias = params[:-1], params[-1]
        margins = signs * (matrix @ weights + bias)
        value = np.logaddexp(0, -margins).sum() + 0.5 * l2 * weights @ weights
        slope = -signs / (1 + np.exp(margins))
        gradient = np.append(matrix.T @ slope + l2 * weights, slope.sum())
        return value, gradient

    start = np.zeros(matrix.shape[1] + 1)
    result = optimize.minimize(loss, start, jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return result.x[:-1], float(result.x[-1])


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--threshold", type=float, default=0.9)
    parser.add_argument("--out", type=Path, default=ROOT / "textclean" / "data" / MODEL_FILE)
    args = parser.parse_args(argv)
    examples = distinct(generated_examples(args.documents))
    generated = len(examples)
    examples += distinct(real_examples())
    matrix, labels, names = design(examples, args.min_count)
    weights, bias = fit(matrix, labels, args.l2)
    weighed = zip(names, weights, strict=True)
    kept = sorted((item for item in weighed if abs(item[1]) >= 0.01), key=lambda item: -item[1])
    furniture = int(labels.sum())
    header = [
        "# The boilerplate step's line model: written by scripts/train_line_model.py",
        f"# {len(examples)} distinct zone lines ({generated} generated, "
        f"{len(examples) - generated} real), {furniture} furniture;",
        f"# l2 {args.l2}, features in at least {args.min_count} lines; "
        f"{len(kept)} of {len(names)} weights kept",
        f"bias\t{bias:.4f}",
        f"threshold\t{args.threshold}",
    ]
    body = [f"{name}\t{weight:.4f}" for name, weight in kept]
    args.out.write_text("\n".join([*header, *body]) + "\n", encoding="utf-8")
    print("\n".join(header), file=sys.stderr)


if __name__ == "__main__":
    main()
