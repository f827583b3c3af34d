"""Scoring and report helpers shared by the boilerplate benchmarks.

``boilerplate_bench.py`` and the held-out sets (``boilerplate_heldout.py``,
``boilerplate_heldout2.py``, ``boilerplate_heldout3.py``) score the boilerplate step the same
way, line by line, each on its own labelled lines; what they share is here:

* what a detector did to each line (``Outcome``; ``textclean_outcomes`` runs
  ``textclean.boilerplate.classify_lines``), how many article characters it left
  (``article_kept``) and, for a line it got wrong, what happened and why (``what_happened``,
  ``body_zone_note``, ``cause``);
* the tallies: ``Tally`` (lines, removed, flagged spam, article characters and those kept)
  and ``Tallies``, tallies by dimension (all, script, kind, zone …), key and label, with
  ``metrics`` (removal precision, recall, share of article characters kept …);
* the report: ``ratio``, ``percent``, ``share``, markdown tables, the cells of a summary row
  and of a kind's row, the misses (``spread``, ``show_miss_counts``, ``show_misses``), the
  common command line and the JSON output.

Only the scoring lives here: each set's lines, templates and generator stay in its own file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any, Generic, NamedTuple, Protocol, TypeVar

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from boilerplate_corpus import ARTICLE, BOILERPLATE, CATEGORIES, LABELS, SPAM  # noqa: E402

from textclean import CleanConfig  # noqa: E402
from textclean.boilerplate import classify_lines  # noqa: E402
from textclean.boilerplate.rules import load_catalogue, parse_label  # noqa: E402
from textclean.boilerplate.spam import lexicon, spam_verdict  # noqa: E402
from textclean.boilerplate.strip import ANCHOR_MIN_CHARS  # noqa: E402
from textclean.boilerplate.view import view  # noqa: E402
from textclean.layout.paragraphs import is_body  # noqa: E402

EDGE = "it is an edge rule and the line is in the body zone"
REST = "it cuts only after the body zone (cut=rest)"
SCRIPTS = ("Simplified", "Traditional")


class Labelled(Protocol):
    """A labelled line, as the scoring reads it (each set has its own ``Line``)."""

    @property
    def text(self) -> str: ...

    @property
    def label(self) -> str: ...  # article, boilerplate or spam

    @property
    def category(self) -> str: ...  # the kind of line

    @property
    def article(self) -> tuple[int, int]: ...  # the span of an article line to keep


class Explained(Protocol):
    """A miss, as ``spread`` and ``show_misses`` read it."""

    @property
    def source(self) -> str: ...

    @property
    def category(self) -> str: ...

    @property
    def label(self) -> str: ...

    @property
    def what(self) -> str: ...

    @property
    def line(self) -> str: ...


M = TypeVar("M", bound=Explained)


# --- what a detector did to each line -----------------------------------------------------


class Outcome(NamedTuple):
    """What a detector did to one non-blank line."""

    removed: bool
    spam: bool = False
    cut: tuple[int, int] | None = None  # the part cut from a kept line
    reason: str = ""  # the Edit's reason: "category/rule: why"


Detector = Callable[[str], list[Outcome]]


def textclean_outcomes(text: str, config: CleanConfig | None = None) -> list[Outcome]:
    outcomes = []
    for verdict in classify_lines(text, config):
        if not verdict.line.strip():
            continue
        cut = verdict.cut
        partial = (cut.start, cut.end) if cut is not None and not cut.whole_line else None
        reason = cut.label if cut is not None else ""
        outcomes.append(Outcome(verdict.removed, verdict.spam, partial, reason))
    return outcomes


def checked(outcomes: list[Outcome], lines: Sequence[object], where: str) -> list[Outcome]:
    """The outcomes, one a labelled line; if they are not, exit saying ``where``."""
    if len(outcomes) != len(lines):
        sys.exit(f"{where}: {len(outcomes)} verdicts for {len(lines)} lines")
    return outcomes


def article_kept(line: Labelled, outcome: Outcome) -> int:
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


def body_zone_culprit(lines: Sequence[Labelled], index: int) -> int | None:
    """For a line kept because an edge rule does not reach it: the nearest line that is not
    article yet anchors the body (by this benchmark's reckoning), stretching the zone."""
    wrong = [i for i, line in enumerate(lines) if line.label != ARTICLE and is_anchor(line.text)]
    return min(wrong, key=lambda i: (abs(i - index), i)) if wrong else None


def body_zone_note(what: str, lines: Sequence[Labelled], index: int) -> tuple[str, str]:
    """For a miss kept in the body zone (``what`` says an edge or cut=rest rule matched): a
    note naming the line that anchors the body though it is not article, and that line's
    category; ``("", "")`` for other misses, or where no such line is found."""
    if EDGE not in what and REST not in what:
        return "", ""
    culprit = body_zone_culprit(lines, index)
    if culprit is None:
        return "", ""
    root = lines[culprit]
    note = f" (line {culprit}, {root.label}/{root.category}, anchors the body: {root.text[:30]!r})"
    return note, root.category


def what_happened(line: Labelled, outcome: Outcome, detector: str) -> str | None:
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


@dataclass
class Miss:
    source: str  # "seed 003", "document 17"
    label: str
    category: str
    what: str
    line: str
    root: str = ""  # for a line kept in the body zone: the category of the line anchoring it


def cause(miss: Explained) -> str:
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


# --- tallies ------------------------------------------------------------------------------


@dataclass
class Tally:
    lines: int = 0
    removed: int = 0
    flagged: int = 0  # removed as spam (``verdict.spam``)
    article_chars: int = 0
    article_kept: int = 0

    def add(self, line: Labelled, outcome: Outcome) -> None:
        self.lines += 1
        self.removed += outcome.removed
        self.flagged += outcome.spam and outcome.removed
        if line.label == ARTICLE:
            self.article_chars += line.article[1] - line.article[0]
            self.article_kept += article_kept(line, outcome)


T = TypeVar("T", bound=Tally)


class Tallies(Generic[T]):
    """Tallies of lines by dimension, key and label (``tallies["zone"]["body"][ARTICLE]``),
    and the misses found while scoring them. Every line is added under ``"all"``."""

    def __init__(self, tally: type[T]) -> None:
        self.tally = tally
        self.by: defaultdict[str, defaultdict[str, defaultdict[str, T]]] = defaultdict(
            lambda: defaultdict(lambda: defaultdict(tally))
        )
        self.misses: list[Any] = []

    def __getitem__(self, dimension: str) -> defaultdict[str, defaultdict[str, T]]:
        return self.by[dimension]

    def add(self, line: Labelled, outcome: Outcome, keys: Mapping[str, str]) -> None:
        """Count the line under each ``dimension: key`` and its label."""
        for dimension, key in keys.items():
            self.by[dimension][key][line.label].add(line, outcome)

    def labels(self, dimension: str = "all", key: str | None = None) -> dict[str, T]:
        """The tallies by label (article, boilerplate, spam) of one key of a dimension; with
        no key, of all lines."""
        tallies = self.by[dimension][key] if key is not None else self.by["all"]["all"]
        return {label: tallies[label] for label in LABELS}

    def total(self, dimension: str, key: str) -> T:
        """One key's tallies added over the labels."""
        total = self.tally()
        for tally in self.by[dimension][key].values():
            for name in (f.name for f in fields(total)):
                setattr(total, name, getattr(total, name) + getattr(tally, name))
        return total

    def metrics(
        self,
        dimension: str = "all",
        key: str | None = None,
        *,
        spam_header: Tally | None = None,
        article_lines_trimmed: int | None = None,
    ) -> dict[str, Any]:
        """The scores of one key of a dimension (of all lines with no key); with
        ``spam_header``, the share of those spam headers removed and flagged too, and with
        ``article_lines_trimmed``, that count."""
        labels = self.labels(dimension, key)
        article, boilerplate, spam = labels[ARTICLE], labels[BOILERPLATE], labels[SPAM]
        removed = article.removed + boilerplate.removed + spam.removed
        result: dict[str, Any] = {
            "lines": {label: labels[label].lines for label in LABELS},
            "removed": removed,
            "precision": ratio(boilerplate.removed + spam.removed, removed),
            "boilerplate_recall": ratio(boilerplate.removed, boilerplate.lines),
            "spam_recall": ratio(spam.removed, spam.lines),
            "spam_flagged": ratio(spam.flagged, spam.lines),
        }
        if spam_header is not None:
            result["spam_header_recall"] = ratio(spam_header.flagged, spam_header.lines)
        result["article_lines_removed"] = article.removed
        if article_lines_trimmed is not None:
            result["article_lines_trimmed"] = article_lines_trimmed
        result["article_chars_kept"] = ratio(article.article_kept, article.article_chars)
        return result


def script_counts(documents: Iterable[Any]) -> dict[str, int]:
    """How many documents are in each script."""
    documents = list(documents)
    return {script: sum(doc.script == script for doc in documents) for script in SCRIPTS}


# --- the report ---------------------------------------------------------------------------


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def percent(value: float | None, part: int | None = None, whole: int | None = None) -> str:
    if value is None:
        return "-"
    shown = f"{100 * value:.1f}%" if value < 0.9995 or value == 1 else f"{100 * value:.2f}%"
    return f"{shown} ({part}/{whole})" if whole is not None else shown


def share(part: int, whole: int) -> str:
    """``part`` of ``whole`` as a percentage, with the counts: ``97.5% (39/40)``."""
    return percent(ratio(part, whole), part, whole)


def markdown(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    return "\n".join([*lines, *("| " + " | ".join(row) + " |" for row in rows)])


def line_counts(labels: Mapping[str, Tally]) -> str:
    """``N lines (A article, B boilerplate, S spam)``."""
    return (
        f"{sum(t.lines for t in labels.values())} lines ({labels[ARTICLE].lines} article,"
        f" {labels[BOILERPLATE].lines} boilerplate, {labels[SPAM].lines} spam)"
    )


def scripts_text(counts: Mapping[str, int]) -> str:
    """``N Simplified, M Traditional``."""
    return ", ".join(f"{count} {script}" for script, count in counts.items())


SUMMARY_COLUMNS = [
    "removal precision",
    "boilerplate recall",
    "spam recall",
    "spam flagged",
    "article lines removed",
    "article chars kept",
]
"""The columns of a summary row that every set shows (of the cells of ``summary_cells``)."""


def summary_cells(labels: Mapping[str, Tally]) -> dict[str, str]:
    """The cells of a summary row, by column, from the tallies by label of a set of lines."""
    article, boilerplate, spam = labels[ARTICLE], labels[BOILERPLATE], labels[SPAM]
    hits = boilerplate.removed + spam.removed
    return {
        "lines": f"{article.lines}/{boilerplate.lines}/{spam.lines}",
        "removal precision": share(hits, hits + article.removed),
        "bp+spam recall": share(hits, boilerplate.lines + spam.lines),
        "boilerplate recall": share(boilerplate.removed, boilerplate.lines),
        "spam recall": share(spam.removed, spam.lines),
        "spam flagged": share(spam.flagged, spam.lines),
        "article lines removed": f"{article.removed}/{article.lines}",
        "article chars kept": percent(ratio(article.article_kept, article.article_chars)),
    }


def kind_cells(tally: Tally, label: str) -> dict[str, str]:
    """The cells of a row for one kind of line (of one label), by column."""
    return {
        "removed": share(tally.removed, tally.lines),
        "spam flagged": percent(ratio(tally.flagged, tally.lines)) if label == SPAM else "-",
        "article chars kept": percent(ratio(tally.article_kept, tally.article_chars))
        if label == ARTICLE
        else "-",
    }


def category_rank(category: str) -> int:
    """The place of a category in the benchmark corpus's list (others first)."""
    return CATEGORIES.index(category) if category in CATEGORIES else -1


def spread(misses: Sequence[M], count: int, rank: Callable[[str], Any]) -> list[M]:
    """Up to ``count`` misses, taken in turn from each category (in the order ``rank``
    gives), distinct ways first."""
    by_category: dict[str, list[M]] = defaultdict(list)
    for miss in misses:
        by_category[miss.category].append(miss)
    queues = []
    for category in sorted(by_category, key=rank):
        seen: set[str] = set()
        first, again = [], []
        for miss in by_category[category]:
            way = miss.what.split(" (line ")[0]  # without the note on the body zone
            (again if way in seen else first).append(miss)
            seen.add(way)
        queues.append(first + again)
    chosen: list[M] = []
    while len(chosen) < count and any(queues):
        for queue in queues:
            if queue and len(chosen) < count:
                chosen.append(queue.pop(0))
    return chosen


def counted(counts: Iterable[tuple[str, int]]) -> str:
    return ", ".join(f"{name} {n}" for name, n in counts)


def show_miss_counts(
    title: str,
    total: int,
    kinds: Iterable[tuple[str, int]],
    causes: Iterable[tuple[str, int]] | None = None,
) -> None:
    """``title: total (kind n, …)`` after a blank line, then the misses by cause."""
    listed = counted(kinds)
    print(f"\n{title}: {total}" + (f" ({listed})" if listed else ""))
    if causes is not None:
        print("  by cause: " + counted(causes))


def show_misses(
    misses: Iterable[M],
    where: Callable[[M], str] = lambda miss: miss.source,
    what: Callable[[M], str] = lambda miss: f"{miss.label}/{miss.category}",
) -> None:
    """Each miss: where, what line, what happened, and the line's start."""
    for miss in misses:
        print(f"- [{where(miss)}] {what(miss)}: {miss.what}")
        print(f"      {miss.line[:90]!r}")


def cause_counts(misses: Iterable[M], cause: Callable[[M], str] = cause) -> Counter[str]:
    """The misses by cause, in the order each cause first comes."""
    return Counter(cause(miss) for miss in misses)


# --- the command line and JSON --------------------------------------------------------------


def arguments(doc: str, documents: int, misses: int) -> argparse.ArgumentParser:
    """The options all the boilerplate benchmarks take."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--documents", type=int, default=documents, help="documents generated")
    parser.add_argument("--seed", type=int, default=0, help="of the generator")
    parser.add_argument("--misses", type=int, default=misses, metavar="K", help="misses listed")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    return parser


def misses_json(
    misses: Sequence[Any], shown: Iterable[Any], causes: Mapping[str, int]
) -> dict[str, Any]:
    """The misses in JSON: how many, by cause, and those listed."""
    return {
        "misses": len(misses),
        "miss_causes": dict(causes),
        "shown_misses": [asdict(miss) for miss in shown],
    }


def print_json(result: Mapping[str, Any]) -> None:
    print(json.dumps(result, ensure_ascii=False, indent=2))


# --- spam headers and peers (sets 4 and 5) --------------------------------------------------


def spam_header_tally(tallies: Tallies[Tally], dimension: str, key: str) -> Tally:
    """The spam headers' tally (the tallies keyed ``header/<dimension>``)."""
    return tallies[f"header/{dimension}"][key][SPAM]


def peer_cells(peer: Tallies[Tally]) -> str:
    """A peer's overall figures, in one line."""
    cells = summary_cells(peer.labels())
    header = spam_header_tally(peer, "all", "all")
    return (
        f"removal precision {cells['removal precision']}, boilerplate recall"
        f" {cells['boilerplate recall']}, spam-header recall {share(header.flagged, header.lines)}"
    )
