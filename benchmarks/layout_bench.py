"""Paragraph rejoin (the *paragraphs* step) on e-paper layout breaks: rejoined, wrong joins.

    python benchmarks/layout_bench.py [--quick] [--cases 2000] [--show-failures 10]

Cases come from ``layout_corpus.make_cases`` (the seeds' whole paragraphs, Simplified and
Traditional, cut at random inside sentences, with headlines between paragraphs and dropped
inside cut sentences; see that module). Each joiner's output is scored from its text alone,
by finding the text on either side of every cut (each occurs once):

* breaks rejoined: a sentence cut in two is whole again (``left + right`` in the output);
* headlines moved: a sentence cut by a headline is whole again and the headline is a
  paragraph of its own, right before the paragraph of that sentence;
* wrong joins: two real paragraphs (or a headline and a paragraph) ended on one line;
* documents exact: the output's paragraphs (non-blank lines) are the expected ones.

Aim: at least 95% rejoined, at most 1% wrong joins. The joiners: textclean's
``run_paragraphs(text, CleanConfig())`` (when it exists), a naive baseline that joins every
line not ending in sentence-final punctuation to the next non-blank line, and the input as
is. Throughput is MB/s of UTF-8 input, best of 3 runs: the paragraphs step on the cases;
OpenCC ``t2s`` and ``s2t`` and textclean's ``run_script`` (when it exists) on the seeds'
text in each script, repeated to about 1 MB (0.25 MB with ``--quick``).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import opencc  # noqa: E402
from layout_corpus import (  # noqa: E402
    READ_CONFIG,
    TRADITIONAL_SEEDS,
    Case,
    Label,
    ends_sentence,
    make_cases,
    paragraphs_of,
)
from timing import best_time  # noqa: E402

import textclean  # noqa: E402

AFTER_HEADLINE = "boundary after a headline"


# --- joiners ------------------------------------------------------------------------------


def naive_join(text: str) -> str:
    """Join every line that does not end a sentence to the next non-blank line."""
    paragraphs, current = [], ""
    for line in text.split("\n"):
        current += line.strip()
        if current and ends_sentence(current):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


def load(module: str, name: str, missing: str) -> Callable[..., object] | None:
    """``module.name``, or None (saying ``missing`` and why) while it does not exist."""
    try:
        return getattr(importlib.import_module(module), name)
    except Exception as error:  # not written yet, or half-written: go on without it
        print(f"{missing} ({type(error).__name__}: {error})")
        return None


# --- scoring ------------------------------------------------------------------------------


class Verdict(NamedTuple):
    ok: bool  # break/headline: fixed; boundary: kept apart
    what: str  # what happened, for --show-failures


def find_once(text: str, part: str) -> int | None:
    start = text.find(part)
    return start if start >= 0 and text.find(part, start + 1) < 0 else None


def gap(output: str, label: Label) -> str | None:
    """The output between ``label.left`` and ``label.right``; None if either is not found
    exactly once, or ``right`` comes before the end of ``left``."""
    left, right = find_once(output, label.left), find_once(output, label.right)
    if left is None or right is None or right < left + len(label.left):
        return None
    return output[left + len(label.left) : right]


def judge(output: str, paragraphs: list[str], label: Label) -> Verdict:
    between = gap(output, label)
    if between is None:
        return Verdict(label.kind == "boundary", "text lost, repeated or reordered")
    if label.kind == "break":
        return Verdict(between == "", "joined" if between == "" else f"left apart by {between!r}")
    if label.kind == "boundary":
        joined = "\n" not in between
        return Verdict(not joined, f"joined by {between!r}" if joined else "kept apart")
    if between != "":
        return Verdict(False, f"sentence left apart by {between!r}")
    if paragraphs.count(label.headline) != 1:
        return Verdict(False, "sentence joined; headline not a paragraph of its own")
    sentence = next(i for i, p in enumerate(paragraphs) if label.left + label.right in p)
    headline = paragraphs.index(label.headline)
    if headline + 1 != sentence:
        where = "after" if headline > sentence else f"{sentence - headline} paragraphs before"
        return Verdict(False, f"sentence joined; headline {where} its paragraph")
    return Verdict(True, "joined, headline before it")


class Score:
    def __init__(self) -> None:
        self.total: Counter[str] = Counter()
        self.good: Counter[str] = Counter()
        self.documents = self.exact = 0
        self.failures: list[tuple[Case, Label, Verdict, str]] = []

    def add(self, case: Case, output: str) -> None:
        paragraphs = paragraphs_of(output)
        self.documents += 1
        self.exact += paragraphs == paragraphs_of(case.expected)
        for label in case.labels:
            verdict = judge(output, paragraphs, label)
            kinds = [label.kind]
            if label.kind == "boundary" and label.headline:
                kinds.append(AFTER_HEADLINE)
            for kind in kinds:
                self.total[kind] += 1
                self.good[kind] += verdict.ok
            if not verdict.ok:
                self.failures.append((case, label, verdict, output))

    def share(self, kind: str, wrong: bool = False) -> str:
        total, good = self.total[kind], self.good[kind]
        part = total - good if wrong else good
        return f"{100 * part / total:.1f}% ({part}/{total})" if total else "-"

    def row(self, name: str) -> list[str]:
        exact = f"{100 * self.exact / self.documents:.1f}% ({self.exact}/{self.documents})"
        return [
            name,
            self.share("break"),
            self.share("headline-in-sentence"),
            self.share("boundary", wrong=True),
            exact,
        ]


def markdown(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    return "\n".join([*lines, *("| " + " | ".join(row) + " |" for row in rows)])


def context(output: str, label: Label, width: int = 24) -> str:
    """The output around ``label.left`` (or ``right``), line breaks shown as ⏎."""
    at = output.find(label.left)
    at = output.find(label.right) if at < 0 else at + len(label.left)
    if at < 0:
        return "(neither side found)"
    return output[max(0, at - width) : at + width].replace("\n", "⏎")


def show_failures(name: str, score: Score, count: int) -> None:
    print(f"\n{name}: {len(score.failures)} failing labels; the first {count}:")
    for case, label, verdict, output in score.failures[:count]:
        headline = f" headline {label.headline!r}" if label.headline else ""
        print(f"  [{label.kind}, {case.script}] {label.left!r} | {label.right!r}{headline}")
        print(f"      {verdict.what}; output: …{context(output, label)}…")


# --- throughput ---------------------------------------------------------------------------


def seed_corpora(megabytes: float) -> dict[str, list[str]]:
    """The seeds' text by script (the other script's seeds converted by OpenCC), repeated
    to about ``megabytes`` MB of UTF-8 each."""
    s2t, t2s = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")
    native: dict[str, list[str]] = {"Simplified": [], "Traditional": []}
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        script = "Traditional" if path.name[:3] in TRADITIONAL_SEEDS else "Simplified"
        native[script].append(textclean.clean(path.read_bytes(), READ_CONFIG).text)
    corpora = {
        "Simplified": native["Simplified"] + [t2s.convert(t) for t in native["Traditional"]],
        "Traditional": native["Traditional"] + [s2t.convert(t) for t in native["Simplified"]],
    }
    for script, texts in corpora.items():
        size = sum(len(text.encode("utf-8")) for text in texts)
        corpora[script] = texts * max(1, round(megabytes * 1e6 / size))
    return corpora


def speed(function: Callable[[str], object], texts: list[str]) -> list[str]:
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    return [f"{megabytes:.2f}", f"{megabytes / best_time(function, texts):.1f}"]


# --- running ------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000, help="documents generated")
    parser.add_argument("--seed", type=int, default=0, help="of the generator")
    parser.add_argument("--quick", action="store_true", help="200 cases: a smoke run")
    parser.add_argument(
        "--show-failures", type=int, default=0, metavar="K", help="failing labels shown"
    )
    args = parser.parse_args()
    count = 200 if args.quick else args.cases
    config = textclean.CleanConfig()

    run_paragraphs = load(
        "textclean.layout.paragraphs",
        "run_paragraphs",
        "textclean paragraphs step not available yet",
    )
    run_script = load("textclean.script", "run_script", "textclean script step not available yet")

    cases = make_cases(count, args.seed)
    labels = Counter(label.kind for case in cases for label in case.labels)
    labels[AFTER_HEADLINE] = sum(
        label.kind == "boundary" and bool(label.headline) for case in cases for label in case.labels
    )
    scripts = Counter(case.script for case in cases)
    print(
        f"{len(cases)} documents ({scripts['Simplified']} Simplified,"
        f" {scripts['Traditional']} Traditional); labels: {labels['break']} breaks,"
        f" {labels['headline-in-sentence']} headlines in a sentence,"
        f" {labels['boundary']} real boundaries"
        f" ({labels[AFTER_HEADLINE]} after a headline)"
    )

    crashed: dict[str, str] = {}

    def ours(text: str) -> str:
        """``run_paragraphs(text, CleanConfig()).text``; a crash leaves the text as it was."""
        try:
            return run_paragraphs(text, config).text  # type: ignore[misc, attr-defined]
        except Exception as error:  # a crash is a finding, not the end of the run
            crashed[text] = f"{type(error).__name__}: {error}"
            return text

    joiners: dict[str, Callable[[str], str]] = {}
    if run_paragraphs is not None:
        joiners["textclean"] = ours
    joiners["naive baseline"] = naive_join
    joiners["input as is"] = lambda text: text

    scores = {name: Score() for name in joiners}
    check = Score()
    for case in cases:
        for name, joiner in joiners.items():
            scores[name].add(case, joiner(case.text))
        check.add(case, case.expected)
    if check.failures or check.exact != check.documents:
        show_failures("expected (self-check)", check, 5)
        sys.exit("layout_bench: the scoring fails the expected documents: a bug in the benchmark")

    print()
    header = ["joiner", "breaks rejoined", "headlines moved", "wrong joins", "documents exact"]
    print(markdown(header, [score.row(name) for name, score in scores.items()]))
    print(
        "\nwrong joins after a headline (the hard boundaries): "
        + ", ".join(
            f"{name} {score.share(AFTER_HEADLINE, wrong=True)}" for name, score in scores.items()
        )
    )
    print("self-check: the expected documents score 100% with 0 wrong joins")
    if crashed:
        print(f"run_paragraphs raised on {len(crashed)} documents, e.g.")
        for text, error in list(crashed.items())[:3]:
            print(f"    {error}\n      on {text[:60]!r}")

    texts = [case.text for case in cases]
    rows = []
    if run_paragraphs is not None:
        rows.append(["run_paragraphs (the cases)", *speed(ours, texts)])
    rows.append(["naive baseline (the cases)", *speed(naive_join, texts)])
    corpora = seed_corpora(0.25 if args.quick else 1.0)
    for code, script in (("t2s", "Traditional"), ("s2t", "Simplified")):
        rows.append(
            [
                f"OpenCC {code} (seeds, {script})",
                *speed(opencc.OpenCC(code).convert, corpora[script]),
            ]
        )
    if run_script is not None:
        for script, seed_texts in corpora.items():
            rows.append(
                [
                    f"run_script, target simplified (seeds, {script})",
                    *speed(lambda t: run_script(t, config), seed_texts),
                ]
            )
    print()
    print(markdown(["throughput", "MB", "MB/s"], rows))

    if args.show_failures:
        name = "textclean" if "textclean" in scores else "naive baseline"
        show_failures(name, scores[name], args.show_failures)


if __name__ == "__main__":
    main()
