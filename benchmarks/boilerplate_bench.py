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

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from boilerplate_corpus import (  # noqa: E402
    ARTICLE,
    BOILERPLATE,
    CATEGORIES,
    LABEL_OF,
    SEED_PREFIXES,
    SPAM,
    Document,
    Line,
    article_span,
    make_documents,
    non_blank_lines,
    seed_labels,
)
from timing import best_time  # noqa: E402

import textclean  # noqa: E402
from textclean.boilerplate import classify_lines, strip_boilerplate  # noqa: E402
from textclean.boilerplate.rules import load_catalogue, parse_label  # noqa: E402
from textclean.boilerplate.spam import lexicon, spam_verdict  # noqa: E402
from textclean.boilerplate.strip import ANCHOR_MIN_CHARS  # noqa: E402
from textclean.boilerplate.view import view  # noqa: E402
from textclean.layout.paragraphs import is_body  # noqa: E402

SEED_CONFIG = textclean.CleanConfig(strip_boilerplate=False)
NAIVE_NAME = "naive baseline"
NAIVE = re.compile("版权|版權|ICP|编辑|編輯|来源|來源|分享|举报|舉報|电话|電話|记者|記者", re.I)
"""The naive baseline: a line holding any of these words is boilerplate."""
SPAM_HEADER = "spam-header"
EDGE = "it is an edge rule and the line is in the body zone"
REST = "it cuts only after the body zone (cut=rest)"
AIMS = {
    "boilerplate recall": 0.98,
    "spam-header recall (removed and flagged)": 1.0,
    "article characters kept": 0.995,
}


# --- what a detector did to each line -----------------------------------------------------


class Outcome(NamedTuple):
    """What a detector did to one non-blank line."""

    removed: bool
    spam: bool = False
    cut: tuple[int, int] | None = None  # the part cut from a kept line
    reason: str = ""  # the Edit's reason: "category/rule: why"


Detector = Callable[[str], list[Outcome]]


def textclean_outcomes(text: str) -> list[Outcome]:
    outcomes = []
    for verdict in classify_lines(text):
        if not verdict.line.strip():
            continue
        cut = verdict.cut
        partial = (cut.start, cut.end) if cut is not None and not cut.whole_line else None
        reason = cut.label if cut is not None else ""
        outcomes.append(Outcome(verdict.removed, verdict.spam, partial, reason))
    return outcomes


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


def article_kept(line: Line, outcome: Outcome) -> int:
    """How many of the line's article characters the detector left."""
    start, end = line.article
    if outcome.removed:
        return 0
    if outcome.cut is None:
        return end - start
    lost = max(0, min(end, outcome.cut[1]) - max(start, outcome.cut[0]))
    return end - start - lost


# --- explaining a miss --------------------------------------------------------------------


def rule_name(reason: str) -> str:
    category, name = parse_label(reason)
    return f"{category}/{name}"


def why_kept(text: str) -> str:
    """Why textclean kept a line it should have removed: the rule that matches, if any."""
    line_view = view(text)
    for rule in load_catalogue().rules:
        if rule.pattern.search(line_view) is None:
            continue
        name = f"{rule.category}/{rule.name}"
        if len(text) > rule.max_chars:
            return f"kept: {name} matches, but the line is over its max_chars {rule.max_chars}"
        if rule.cut == "rest":
            return f"kept: {name} matches, but {REST}"
        if rule.where == "edge":
            return f"kept: {name} matches, but {EDGE}"
        return f"kept: {name} matches, yet the line was kept"
    return "kept: no rule matches"


def why_not_spam(text: str) -> str:
    terms = lexicon()
    line_view = view(text)
    if not hasattr(terms, "strong") or not hasattr(terms, "reporting"):
        return "not spam by lexicon and shape"
    strong = terms.strong.findall(line_view)
    reporting = terms.reporting.findall(line_view)
    words = f"strong terms {strong or 'none'}" + (
        f", reporting words {reporting}" if reporting else ""
    )
    return f"not spam by lexicon and shape ({words})"


def is_anchor(text: str) -> bool:
    """Does the line anchor the body (as ``classify_lines`` decides: no rule matches, not
    spam, long enough, reads as body text)? For the notes on misses only."""
    stripped = text.strip()
    if len(stripped) < ANCHOR_MIN_CHARS or not is_body(stripped):
        return False
    line_view = view(text)
    if spam_verdict(line_view) is not None:
        return False
    return not any(
        len(text) <= rule.max_chars and rule.pattern.search(line_view)
        for rule in load_catalogue().rules
    )


def body_zone_culprit(lines: Sequence[Line], index: int) -> int | None:
    """For a line kept because an edge rule does not reach it: the nearest line that is not
    article yet anchors the body (by this benchmark's reckoning), stretching the zone."""
    wrong = [i for i, line in enumerate(lines) if line.label != ARTICLE and is_anchor(line.text)]
    return min(wrong, key=lambda i: (abs(i - index), i)) if wrong else None


def what_happened(line: Line, outcome: Outcome, detector: str) -> str | None:
    """How the detector went wrong on the line; None if it did right."""
    if line.label == ARTICLE:
        if outcome.removed:
            return f"removed by {rule_name(outcome.reason)}"
        if outcome.spam:
            return "flagged spam"
        lost = line.article[1] - line.article[0] - article_kept(line, outcome)
        if lost:
            return f"trimmed by {rule_name(outcome.reason)}: {lost} article characters lost"
        return None
    if line.label == SPAM and outcome.removed and not outcome.spam:
        return f"removed by {rule_name(outcome.reason)} but not flagged spam"
    if outcome.removed:
        return None
    if detector != "textclean":
        return "kept"
    if outcome.cut is not None:
        left = len(line.text) - (outcome.cut[1] - outcome.cut[0])
        return f"trimmed by {rule_name(outcome.reason)}, {left} characters left"
    if line.label == SPAM:
        kept = why_kept(line.text)
        return f"{why_not_spam(line.text)}; {kept}"
    return why_kept(line.text)


# --- scores -------------------------------------------------------------------------------


@dataclass
class Tally:
    lines: int = 0
    removed: int = 0
    flagged: int = 0  # removed as spam (``verdict.spam``)
    article_chars: int = 0
    article_kept: int = 0


@dataclass
class Miss:
    source: str  # "seed 003", "document 17"
    label: str
    category: str
    what: str
    line: str
    root: str = ""  # for a line kept in the body zone: the category of the line anchoring it


@dataclass
class Score:
    """One detector's tallies on one set of labelled lines."""

    by_category: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_script: dict[str, dict[str, Tally]] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)

    def add(
        self, line: Line, outcome: Outcome, source: str, detector: str, script: str
    ) -> Miss | None:
        for tally in (
            self.by_category[line.category],
            self.by_script.setdefault(script, defaultdict(Tally))[line.label],
        ):
            tally.lines += 1
            tally.removed += outcome.removed
            tally.flagged += outcome.spam and outcome.removed
            if line.label == ARTICLE:
                tally.article_chars += line.article[1] - line.article[0]
                tally.article_kept += article_kept(line, outcome)
        what = what_happened(line, outcome, detector)
        if what is None:
            return None
        self.misses.append(Miss(source, line.label, line.category, what, line.text))
        return self.misses[-1]

    def by_label(self, script: str | None = None) -> dict[str, Tally]:
        """Tallies by label, over all scripts or one."""
        scripts = [script] if script else list(self.by_script)
        total: dict[str, Tally] = defaultdict(Tally)
        for name in scripts:
            for label, tally in self.by_script.get(name, {}).items():
                for key, value in asdict(tally).items():
                    setattr(total[label], key, getattr(total[label], key) + value)
        return total

    def metrics(self, script: str | None = None) -> dict[str, Any]:
        labels = self.by_label(script)
        article, boilerplate, spam = labels[ARTICLE], labels[BOILERPLATE], labels[SPAM]
        removed = article.removed + boilerplate.removed + spam.removed
        return {
            "lines": {label: labels[label].lines for label in (ARTICLE, BOILERPLATE, SPAM)},
            "removed": removed,
            "precision": ratio(boilerplate.removed + spam.removed, removed),
            "boilerplate_recall": ratio(boilerplate.removed, boilerplate.lines),
            "spam_recall": ratio(spam.removed, spam.lines),
            "spam_flagged": ratio(spam.flagged, spam.lines),
            "article_lines_removed": article.removed,
            "article_chars_kept": ratio(article.article_kept, article.article_chars),
        }


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def percent(value: float | None, part: int | None = None, whole: int | None = None) -> str:
    if value is None:
        return "-"
    shown = f"{100 * value:.1f}%" if value < 0.9995 or value == 1 else f"{100 * value:.2f}%"
    return f"{shown} ({part}/{whole})" if whole is not None else shown


def score(
    items: Iterable[tuple[str, str, Sequence[Line], str]], detectors: dict[str, Detector]
) -> dict[str, Score]:
    """Run each detector over ``(source, script, lines, text)`` items."""
    scores = {name: Score() for name in detectors}
    for source, script, lines, text in items:
        for name, detector in detectors.items():
            outcomes = detector(text)
            if len(outcomes) != len(lines):
                sys.exit(f"boilerplate_bench: {source}: {len(outcomes)} verdicts for {len(lines)}")
            for index, (line, outcome) in enumerate(zip(lines, outcomes, strict=True)):
                miss = scores[name].add(line, outcome, source, name, script)
                if miss is not None and (EDGE in miss.what or REST in miss.what):
                    culprit = body_zone_culprit(lines, index)
                    if culprit is not None:
                        root = lines[culprit]
                        miss.root = root.category
                        miss.what += (
                            f" (line {culprit}, {root.label}/{root.category}, anchors the body:"
                            f" {root.text[:30]!r})"
                        )
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


def markdown(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    return "\n".join([*lines, *("| " + " | ".join(row) + " |" for row in rows)])


def summary_row(name: str, detector: str, score: Score, script: str | None = None) -> list[str]:
    labels = score.by_label(script)
    m = score.metrics(script)
    article, boilerplate, spam = labels[ARTICLE], labels[BOILERPLATE], labels[SPAM]
    hits = boilerplate.removed + spam.removed
    return [
        name,
        detector,
        percent(m["precision"], hits, m["removed"]),
        percent(m["boilerplate_recall"], boilerplate.removed, boilerplate.lines),
        percent(m["spam_recall"], spam.removed, spam.lines),
        percent(m["spam_flagged"], spam.flagged, spam.lines) if detector == "textclean" else "-",
        f"{article.removed}/{article.lines}",
        percent(m["article_chars_kept"]),
    ]


def category_row(category: str, scores: dict[str, Score]) -> list[str]:
    ours, naive = (
        scores["textclean"].by_category[category],
        scores[NAIVE_NAME].by_category[category],
    )
    label = LABEL_OF[category]

    def removed(tally: Tally) -> str:
        return percent(ratio(tally.removed, tally.lines), tally.removed, tally.lines)

    def kept(tally: Tally) -> str:
        return percent(ratio(tally.article_kept, tally.article_chars)) if label == ARTICLE else "-"

    flagged = percent(ratio(ours.flagged, ours.lines)) if label == SPAM else "-"
    return [
        category,
        label,
        str(ours.lines),
        removed(ours),
        flagged,
        kept(ours),
        removed(naive),
        kept(naive),
    ]


def spread(misses: list[Miss], count: int) -> list[Miss]:
    """Up to ``count`` misses, taken in turn from each category, distinct ways first."""
    by_category: dict[str, list[Miss]] = defaultdict(list)
    for miss in misses:
        by_category[miss.category].append(miss)
    queues = []
    for category in sorted(
        by_category, key=lambda c: CATEGORIES.index(c) if c in CATEGORIES else -1
    ):
        seen: set[str] = set()
        first, again = [], []
        for miss in by_category[category]:
            way = miss.what.split(" (line ")[0]  # without the note on the body zone
            (again if way in seen else first).append(miss)
            seen.add(way)
        queues.append(first + again)
    chosen: list[Miss] = []
    while len(chosen) < count and any(queues):
        for queue in queues:
            if queue and len(chosen) < count:
                chosen.append(queue.pop(0))
    return chosen


def cause(miss: Miss) -> str:
    """The kind of a miss, for the tally of causes."""
    if miss.label == ARTICLE:
        return "article cut"
    if EDGE in miss.what:
        return "edge rule, line in the body zone"
    if REST in miss.what:
        return "related block not after the body zone"
    if "max_chars" in miss.what:
        return "line over max_chars"
    if "no rule matches" in miss.what:
        return "no rule matches"
    return "other"


def show_misses(title: str, misses: list[Miss], count: int) -> None:
    per_category: dict[str, int] = defaultdict(int)
    for miss in misses:
        per_category[miss.category] += 1
    order = sorted(per_category, key=lambda c: CATEGORIES.index(c) if c in CATEGORIES else -1)
    counts = ", ".join(f"{category} {per_category[category]}" for category in order)
    print(f"\n{title}: {len(misses)}" + (f" ({counts})" if counts else ""))
    causes: dict[str, int] = defaultdict(int)
    roots: dict[str, int] = defaultdict(int)
    for miss in misses:
        causes[cause(miss)] += 1
        if miss.root:
            roots[miss.root] += 1
    print("  by cause: " + ", ".join(f"{name} {n}" for name, n in causes.items()))
    if roots:
        ranked = sorted(roots.items(), key=lambda item: -item[1])
        print(
            "  lines kept in a body zone stretched by an unremoved line of: "
            + ", ".join(f"{name} {n}" for name, n in ranked)
        )
    for miss in spread(misses, count):
        print(f"- [{miss.source}] {miss.label}/{miss.category}: {miss.what}")
        print(f"      {miss.line[:90]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000, help="documents generated")
    parser.add_argument("--seed", type=int, default=0, help="of the generator")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs (the best counts)")
    parser.add_argument("--misses", type=int, default=20, metavar="K", help="misses listed")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
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
    header_tally = ours.by_category[SPAM_HEADER]
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

    scripts = {
        script: sum(doc.script == script for doc in documents)
        for script in ("Simplified", "Traditional")
    }
    shown = spread(ours.misses, args.misses)
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
                    "by_script": {script: s.metrics(script) for script in scripts},
                    "by_category": {c: asdict(s.by_category[c]) for c in CATEGORIES},
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
            "miss_causes": {
                name: sum(cause(miss) == name for miss in ours.misses)
                for name in dict.fromkeys(cause(miss) for miss in ours.misses)
            },
            "misses": [asdict(miss) for miss in shown],
        }
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return

    labels = ours.by_label()
    print(
        f"seeds: 5 documents, {seed_lines} hand-labelled lines; generated: {len(documents)}"
        f" documents ({scripts['Simplified']} Simplified, {scripts['Traditional']} Traditional),"
        f" {sum(t.lines for t in labels.values())} lines ({labels[ARTICLE].lines} article,"
        f" {labels[BOILERPLATE].lines} boilerplate, {labels[SPAM].lines} spam), {megabytes:.2f} MB"
    )
    print()
    header = [
        "set",
        "detector",
        "removal precision",
        "boilerplate recall",
        "spam recall",
        "spam flagged",
        "article lines removed",
        "article chars kept",
    ]
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
    show_misses("textclean misses on the generated corpus", ours.misses, args.misses)


if __name__ == "__main__":
    main()
