"""Boilerplate and spam removal (the *boilerplate* step), line by line, on labelled text.

    python benchmarks/boilerplate_bench.py [--documents 2000] [--seed 0] [--repeat 3]
                                           [--misses 20] [--json]

Two sets of labelled lines, each run through ``textclean.boilerplate.classify_lines``:

* the five seeds, as ``clean(seed, CleanConfig(strip_boilerplate=False))`` gives them,
  against their hand labels (``tests/boilerplate/labels/NNN.tsv``);
* ``--documents`` generated documents (``boilerplate_corpus.make_documents``: the seeds'
  article paragraphs wrapped in site headers and footers from templates, SEO spam and
  hard negatives; about 30% in Traditional script; see that module).

A line counts as removed when its verdict is ``removed`` (the whole line cut). Reported,
overall, by script and by category:

* removal precision: of the removed lines, the share labelled boilerplate or spam;
* recall: of the boilerplate lines, and of the spam lines, the share removed; for spam
  also the share flagged ``verdict.spam``;
* article characters kept: of the article lines' characters (without a byline lead such
  as ``本报讯(记者 …)`` or a trailing credit ``(何穗)``, which may go), the share left after
  the cuts; a removed line keeps none;
* seed lines that differ from the hand labels (spam if flagged, boilerplate if removed,
  else article): should be 0;
* throughput of ``strip_boilerplate`` on the generated corpus, MB/s of UTF-8 input, best of
  ``--repeat`` runs (``timing.best_time``).

Next to it, in the same run, a naive baseline: drop every line that contains any of
版权|ICP|编辑|来源|分享|举报|电话|记者 (or its Traditional form), scored the same way.

Aims (from the issue): boilerplate recall >= 98%, spam headers 100% (removed and flagged),
>= 99.5% of article characters kept, seeds exactly as hand-labelled. The misses (up to
``--misses``, spread over the categories) say what happened to each line, and which rule
matched, so the rules can be improved. ``--json`` prints the results as JSON instead.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from boilerplate_corpus import (  # noqa: E402
    CATEGORIES,
    LABEL_OF,
    SEED_PREFIXES,
    Document,
    Line,
    article_span,
    make_documents,
    non_blank_lines,
    seed_labels,
)
from boilerplate_scoring import (  # noqa: E402
    ARTICLE,
    BOILERPLATE,
    SPAM,
    SUMMARY_COLUMNS,
    Detector,
    Miss,
    Outcome,
    Tallies,
    Tally,
    arguments,
    body_zone_note,
    category_rank,
    cause_counts,
    checked,
    kind_cells,
    line_counts,
    markdown,
    percent,
    print_json,
    ratio,
    rule_name,
    script_counts,
    scripts_text,
    show_miss_counts,
    show_misses,
    spread,
    summary_cells,
    textclean_outcomes,
    what_happened,
    why_kept,
)
from timing import best_time  # noqa: E402

import textclean  # noqa: E402
from textclean.boilerplate import strip_boilerplate  # noqa: E402

SEED_CONFIG = textclean.CleanConfig(strip_boilerplate=False)
NAIVE_NAME = "naive baseline"
NAIVE = re.compile("版权|版權|ICP|编辑|編輯|来源|來源|分享|举报|舉報|电话|電話|记者|記者", re.I)
"""The naive baseline: a line holding any of these words is boilerplate."""
SPAM_HEADER = "spam-header"
AIMS = {
    "boilerplate recall": 0.98,
    "spam-header recall (removed and flagged)": 1.0,
    "article characters kept": 0.995,
}


# --- the detectors (textclean's is ``boilerplate_scoring.textclean_outcomes``) -------------


def naive_outcomes(text: str) -> list[Outcome]:
    return [
        Outcome(True, reason="naive: a listed word") if NAIVE.search(line) else Outcome(False)
        for line in non_blank_lines(text)
    ]


def naive_strip(text: str) -> str:
    """The naive baseline as a text-to-text step (for throughput)."""
    return "\n\n".join(line for line in non_blank_lines(text) if not NAIVE.search(line))


def predicted_label(outcome: Outcome) -> str:
    return SPAM if outcome.spam else BOILERPLATE if outcome.removed else ARTICLE


# --- scores -------------------------------------------------------------------------------


def score(
    items: Iterable[tuple[str, str, Sequence[Line], str]], detectors: dict[str, Detector]
) -> dict[str, Tallies[Tally]]:
    """Run each detector over ``(source, script, lines, text)`` items: tallies by script and
    by category, and the misses."""
    scores = {name: Tallies(Tally) for name in detectors}
    for source, script, lines, text in items:
        for name, detector in detectors.items():
            tallies = scores[name]
            outcomes = checked(detector(text), lines, f"boilerplate_bench: {source}")
            for index, (line, outcome) in enumerate(zip(lines, outcomes, strict=True)):
                keys = {"all": "all", "script": script, "category": line.category}
                tallies.add(line, outcome, keys)
                what = what_happened(line, outcome, name)
                if what is None:
                    continue
                note, root = body_zone_note(what, lines, index)
                miss = Miss(source, line.label, line.category, what + note, line.text, root)
                tallies.misses.append(miss)
    return scores


# --- the seeds ----------------------------------------------------------------------------


def seed_items() -> tuple[list[tuple[str, str, list[Line], str]], list[Miss]]:
    """The seeds as labelled lines, and any line whose text is not the hand-labelled one."""
    items, mismatched = [], []
    for prefix in SEED_PREFIXES:
        (path,) = (ROOT / "seeds").glob(f"{prefix}_*.txt")
        text = textclean.clean(path.read_bytes(), SEED_CONFIG).text
        labels = seed_labels(prefix)
        found = non_blank_lines(text)
        lines = []
        for index, line in enumerate(found):
            label, expected = labels[index] if index < len(labels) else ("article", "")
            if expected != line:
                what = "hand labels out of step with the seed's text"
                mismatched.append(Miss(f"seed {prefix}", label, "seed", what, line))
            span = article_span(line) if label == ARTICLE else (0, len(line))
            lines.append(Line(line, label, label, span))
        if len(labels) != len(found):
            what = f"{len(labels)} hand labels for {len(found)} lines"
            mismatched.append(Miss(f"seed {prefix}", "-", "seed", what, ""))
        items.append((f"seed {prefix}", "Simplified", lines, text))
    return items, mismatched


def seed_differences(items: list[tuple[str, str, list[Line], str]]) -> list[Miss]:
    """The seed lines whose textclean verdict is not their hand label."""
    differ = []
    for source, _, lines, text in items:
        for line, outcome in zip(lines, textclean_outcomes(text), strict=True):
            got = predicted_label(outcome)
            if got != line.label:
                what = f"hand label {line.label}, got {got}"
                if outcome.reason:
                    what += f" ({rule_name(outcome.reason)})"
                elif line.label != ARTICLE:
                    what += f" ({why_kept(line.text)})"
                differ.append(Miss(source, line.label, "seed", what, line.text))
    return differ


# --- the report ---------------------------------------------------------------------------


def summary_row(
    name: str, detector: str, tallies: Tallies[Tally], script: str | None = None
) -> list[str]:
    cells = summary_cells(tallies.labels("script", script))
    if detector != "textclean":
        cells["spam flagged"] = "-"
    return [name, detector, *(cells[column] for column in SUMMARY_COLUMNS)]


def category_row(category: str, scores: dict[str, Tallies[Tally]]) -> list[str]:
    label = LABEL_OF[category]
    ours = scores["textclean"].total("category", category)
    naive = kind_cells(scores[NAIVE_NAME].total("category", category), label)
    cells = kind_cells(ours, label)
    return [
        category,
        label,
        str(ours.lines),
        cells["removed"],
        cells["spam flagged"],
        cells["article chars kept"],
        naive["removed"],
        naive["article chars kept"],
    ]


def report_misses(title: str, misses: list[Miss], count: int) -> None:
    per_category = Counter(miss.category for miss in misses)
    order = sorted(per_category, key=category_rank)
    causes = cause_counts(misses)
    show_miss_counts(title, len(misses), [(c, per_category[c]) for c in order], causes.items())
    roots = Counter(miss.root for miss in misses if miss.root)
    if roots:
        print(
            "  lines kept in a body zone stretched by an unremoved line of: "
            + ", ".join(f"{name} {n}" for name, n in roots.most_common())
        )
    show_misses(spread(misses, count, category_rank))


def main() -> None:
    parser = arguments(__doc__, documents=2000, misses=20)
    parser.add_argument("--repeat", type=int, default=3, help="timing runs (the best counts)")
    args = parser.parse_args()

    detectors: dict[str, Detector] = {
        "textclean": textclean_outcomes,
        NAIVE_NAME: naive_outcomes,
    }

    seeds, mismatched = seed_items()
    seed_scores = score(seeds, detectors)
    differ = mismatched + seed_differences(seeds)
    seed_lines = sum(len(lines) for _, _, lines, _ in seeds)

    documents: list[Document] = make_documents(args.documents, args.seed)
    items = [
        (f"document {index}", doc.script, doc.lines, doc.text)
        for index, doc in enumerate(documents)
    ]
    scores = score(items, detectors)

    texts = [doc.text for doc in documents]
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    ours_time = best_time(strip_boilerplate, texts, args.repeat)
    naive_time = best_time(naive_strip, texts, args.repeat)

    ours = scores["textclean"]
    header_tally = ours.total("category", SPAM_HEADER)
    header_recall = ratio(header_tally.flagged, header_tally.lines)
    overall = ours.metrics()
    seed_metrics = seed_scores["textclean"].metrics()
    aims = {
        "boilerplate recall": overall["boilerplate_recall"],
        "spam-header recall (removed and flagged)": header_recall,
        "article characters kept": overall["article_chars_kept"],
    }
    met = {name: value is not None and value >= AIMS[name] for name, value in aims.items()}
    met["seed lines as hand-labelled"] = not differ

    scripts = script_counts(documents)
    shown = spread(ours.misses, args.misses, category_rank)
    if args.json:
        result = {
            "documents": args.documents,
            "seed": args.seed,
            "scripts": scripts,
            "megabytes": round(megabytes, 3),
            "seeds": {
                "lines": seed_lines,
                "differ": len(differ),
                "differences": [asdict(miss) for miss in differ],
                "textclean": seed_metrics,
                NAIVE_NAME: seed_scores[NAIVE_NAME].metrics(),
            },
            "generated": {
                name: {
                    "overall": s.metrics(),
                    "by_script": {script: s.metrics("script", script) for script in scripts},
                    "by_category": {c: asdict(s.total("category", c)) for c in CATEGORIES},
                    "misses": len(s.misses),
                }
                for name, s in scores.items()
            },
            "throughput_mb_s": {
                "textclean strip_boilerplate": megabytes / ours_time,
                "naive baseline": megabytes / naive_time,
            },
            "aims": {
                name: {"value": aims.get(name, len(differ)), "met": ok} for name, ok in met.items()
            },
            "miss_causes": dict(cause_counts(ours.misses)),
            "misses": [asdict(miss) for miss in shown],
        }
        print_json(result)
        return

    print(
        f"seeds: 5 documents, {seed_lines} hand-labelled lines; generated: {len(documents)}"
        f" documents ({scripts_text(scripts)}), {line_counts(ours.labels())}, {megabytes:.2f} MB"
    )
    print()
    header = ["set", "detector", *SUMMARY_COLUMNS]
    rows = []
    for name, detector_scores in (("seeds", seed_scores), ("generated", scores)):
        for detector in detectors:
            rows.append(summary_row(name, detector, detector_scores[detector]))
    for script in scripts:
        for detector in detectors:
            rows.append(summary_row(f"generated, {script}", detector, scores[detector], script))
    print(markdown(header, rows))

    print()
    header = [
        "category",
        "label",
        "lines",
        "textclean removed",
        "textclean spam flagged",
        "textclean article chars kept",
        "naive removed",
        "naive article chars kept",
    ]
    print(markdown(header, [category_row(category, scores) for category in CATEGORIES]))

    print()
    print(
        markdown(
            ["throughput (generated corpus)", "MB", f"best of {args.repeat}, s", "MB/s"],
            [
                [
                    "textclean strip_boilerplate",
                    f"{megabytes:.2f}",
                    f"{ours_time:.2f}",
                    f"{megabytes / ours_time:.1f}",
                ],
                [
                    "naive baseline",
                    f"{megabytes:.2f}",
                    f"{naive_time:.3f}",
                    f"{megabytes / naive_time:.1f}",
                ],
            ],
        )
    )

    print(f"\nseed lines that differ from the hand labels: {len(differ)} of {seed_lines}")
    for miss in differ:
        print(f"- [{miss.source}] {miss.what}: {miss.line[:90]!r}")
    print("\naims:")
    for name, ok in met.items():
        value = aims.get(name)
        shown_value = percent(value) if name in aims else f"{len(differ)} differ"
        target = f">= {percent(AIMS[name])}" if name in AIMS else "0 differ"
        print(f"- {name}: {shown_value} (aim {target}): {'met' if ok else 'NOT met'}")
    report_misses("textclean misses on the generated corpus", ours.misses, args.misses)


if __name__ == "__main__":
    main()
