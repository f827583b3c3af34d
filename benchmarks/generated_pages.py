"""What the generated held-out sets 4 to 9 share: the seed articles their pages are
built around, a labelled line and page, the joining of a page's lines into its text, and
the scoring and report of a set.

Each set's module writes its own templates and pages (and must: its writer read no other
set's templates); what is the same in all of them is here, so that a set is its templates
and a :class:`HeldOutSet` naming them::

    SET = HeldOutSet(5, documents, template_count, FAMILY_NAMES, KIND_ORDER, 49, 5)
    main(SET, __doc__)
"""

from __future__ import annotations

import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from boilerplate_corpus import ARTICLE  # noqa: E402
from boilerplate_scoring import (  # noqa: E402
    SCRIPTS,
    SUMMARY_COLUMNS,
    Miss,
    Tallies,
    Tally,
    arguments,
    article_kept,
    body_zone_note,
    cause_counts,
    checked,
    kind_cells,
    line_counts,
    markdown,
    misses_json,
    peer_cells,
    percent,
    print_json,
    ratio,
    script_counts,
    scripts_text,
    share,
    show_miss_counts,
    show_misses,
    spam_header_tally,
    spread,
    summary_cells,
    textclean_outcomes,
    what_happened,
)

from textclean.boilerplate.structure import SIGNALS  # noqa: E402
from textclean.config import CleanConfig  # noqa: E402

SEED_LABELS = ROOT / "tests" / "boilerplate" / "labels"
ZONES = ("header", "body", "footer")

# --- the seed articles ------------------------------------------------------------------------

HEADLINE_MAX = 40
SENTENCE_ENDS = ("。", "！", "？", "”", "…", ")", "）")
BYLINE = re.compile(r"^本报讯\([^()]*\)")
SIGNED = re.compile(r"\([\u4e00-\u9fff ]{2,16}\)$")  # a signature: (何穗), (刘永光 夏磊)


@dataclass(frozen=True)
class SeedArticle:
    headlines: tuple[str, ...]
    paragraphs: tuple[str, ...]


def seed_articles(folder: Path = SEED_LABELS) -> list[SeedArticle]:
    """The seed lines labelled article, as articles: a run of headlines (short lines that do
    not end a sentence) and the paragraphs after it."""
    articles: list[SeedArticle] = []
    for path in sorted(folder.glob("*.tsv")):
        heads: list[str] = []
        paragraphs: list[str] = []
        for row in path.read_text(encoding="utf-8").splitlines():
            label, _, text = row.partition("\t")
            if label != ARTICLE or not text.strip():
                continue
            text = text.strip()
            if len(text) <= HEADLINE_MAX and not text.endswith(SENTENCE_ENDS):
                if paragraphs:
                    articles.append(SeedArticle(tuple(heads), tuple(paragraphs)))
                    heads, paragraphs = [], []
                heads.append(text)
            else:
                paragraphs.append(text)
        if paragraphs:
            articles.append(SeedArticle(tuple(heads), tuple(paragraphs)))
    return articles


# --- the pages --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    text: str
    label: str  # article, boilerplate or spam
    category: str  # the kind of line
    zone: str  # header, body or footer
    article: tuple[int, int] = (0, 0)  # the span of article characters of an article line


@dataclass(frozen=True)
class Document:
    family: str
    script: str
    site: str
    one_line: bool
    lines: tuple[Line, ...]
    text: str


@dataclass
class Draft:
    """A line being put together: for an article line, its article text (``core``, in the
    page's script) and the glued furniture either side."""

    label: str
    category: str
    zone: str
    core: str
    prefix: str = ""
    suffix: str = ""


def finished(indent: str, drafts: Sequence[Draft]) -> list[Line]:
    """The drafts as labelled lines, with the page's ``indent`` on paragraphs."""
    lines = []
    for draft in drafts:
        if draft.label != ARTICLE:
            lines.append(Line(draft.core, draft.label, draft.category, draft.zone))
            continue
        indent_here = indent if draft.category not in ("headline", "subhead") else ""
        start = len(indent_here) + len(draft.prefix)
        text = indent_here + draft.prefix + draft.core + draft.suffix
        lines.append(
            Line(text, ARTICLE, draft.category, draft.zone, (start, start + len(draft.core)))
        )
    return lines


Generator = Callable[[random.Random, list[SeedArticle], list[str]], Document]
"""A set's page generator: a random source, the seed articles, their headlines."""


def joined(lines: Sequence[Line], rng: random.Random, newlines: Sequence[str]) -> str:
    """A page's text: its lines, each followed by the newline ``rng`` chose from
    ``newlines`` for the page (``"mixed"``: one or two, chosen again for each line)."""
    newline = rng.choice(newlines)
    parts = []
    for line in lines:
        parts += [line.text, newline if newline != "mixed" else rng.choice(("\n", "\n\n"))]
    return "".join(parts)


def generated(generate: Generator, count: int, seed: int) -> list[Document]:
    """``count`` pages of a set, the same for a ``seed``."""
    rng = random.Random(seed)
    seeds = seed_articles()
    headlines = sorted({h for article in seeds for h in article.headlines})
    return [generate(rng, seeds, headlines) for _ in range(count)]


# --- a set --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HeldOutSet:
    """One generated set: its number, its pages, and the names its report lists."""

    number: int
    documents: Callable[[int, int], Sequence[Document]]
    template_count: Callable[[], tuple[int, int]]
    families: Sequence[str]
    kind_order: Sequence[str]
    boilerplate_kinds: int
    spam_kinds: int


# --- scoring ----------------------------------------------------------------------------------


def score(
    docs: Sequence[Document], config: CleanConfig | None = None
) -> tuple[Tallies[Tally], int]:
    """The tallies of textclean's outcomes on the documents' lines (with the misses), and
    how many article lines it trimmed (``config``: a peer's)."""
    tallies: Tallies[Tally] = Tallies(Tally)
    trimmed = 0
    for number, doc in enumerate(docs):
        outcomes = textclean_outcomes(doc.text, config)
        outcomes = checked(outcomes, doc.lines, f"document {number}")
        for index, (line, outcome) in enumerate(zip(doc.lines, outcomes, strict=True)):
            keys = {
                "all": "all",
                "script": doc.script,
                "family": doc.family,
                "kind": line.category,
                "zone": line.zone,
            }
            if line.category == "spam_header":
                keys.update(
                    {"header/all": "all", "header/script": doc.script, "header/family": doc.family}
                )
            tallies.add(line, outcome, keys)
            if line.label == ARTICLE and not outcome.removed:
                trimmed += article_kept(line, outcome) < line.article[1] - line.article[0]
            what = what_happened(line, outcome, "textclean")
            if what is None:
                continue
            note, root = body_zone_note(what, doc.lines, index)
            miss = Miss(
                f"document {number} {doc.family} {doc.script[0]}",
                line.label,
                line.category,
                what + note,
                line.text,
                root,
            )
            tallies.misses.append(miss)
    return tallies, trimmed


PEERS = {
    "the rules alone (no signals)": CleanConfig(keep_boilerplate=SIGNALS),
    "without the model signal": CleanConfig(keep_boilerplate=("model",)),
}
"""The peers scored in the same run."""


def summary_rows(tallies: Tallies[Tally], dimension: str, keys: Sequence[str]) -> list[list[str]]:
    """One row of figures for each key of ``dimension`` that has lines."""
    rows = []
    for key in keys:
        if not tallies.total(dimension, key).lines:
            continue
        cells = summary_cells(tallies.labels(dimension, key))
        header = spam_header_tally(tallies, dimension, key) if dimension != "zone" else Tally()
        rows.append(
            [
                key,
                cells["lines"],
                *(cells[column] for column in SUMMARY_COLUMNS),
                share(header.flagged, header.lines) if header.lines else "-",
            ]
        )
    return rows


def kind_rows(tallies: Tallies[Tally], kind_order: Sequence[str]) -> list[list[str]]:
    """One row for each kind and label that has lines."""
    rows = []
    for kind in kind_order:
        for label, tally in tallies["kind"][kind].items():
            if tally.lines:
                cells = kind_cells(tally, label)
                rows.append([kind, label, str(tally.lines), *cells.values()])
    return rows


def report(
    held_out: HeldOutSet,
    docs: Sequence[Document],
    tallies: Tallies[Tally],
    trimmed: int,
    shown: Sequence[Miss],
    seconds: tuple[float, float],
    peers: dict[str, Tallies[Tally]],
) -> None:
    templates, with_slots = held_out.template_count()
    header = spam_header_tally(tallies, "all", "all")
    overall = tallies.metrics(spam_header=header, article_lines_trimmed=trimmed)
    families = Counter(doc.family for doc in docs)
    print(f"# Boilerplate held-out set {held_out.number}: generated Chinese news pages\n")
    print(
        f"{len(docs)} documents ({scripts_text(script_counts(docs))};"
        f" {sum(doc.one_line for doc in docs)} stored as one line),"
        f" {line_counts(tallies.labels())}"
    )
    print("families: " + ", ".join(f"{name} {families[name]}" for name in held_out.families))
    print(
        f"{templates} templates ({with_slots} with slots), {held_out.boilerplate_kinds} kinds of"
        f" boilerplate, {held_out.spam_kinds} of spam; generated in {seconds[0]:.1f}s,"
        f" scored in {seconds[1]:.1f}s"
    )
    print("\n## Overall\n")
    labels = tallies.labels()
    cells = summary_cells(labels)
    for name in ("removal precision", "boilerplate recall", "spam recall", "spam flagged"):
        print(f"- {name}: {cells[name]}")
    print(f"- spam-header recall (removed and flagged): {share(header.flagged, header.lines)}")
    print(f"- article chars kept: {percent(overall['article_chars_kept'])}")
    print(
        f"- article lines removed: {overall['article_lines_removed']}/{labels[ARTICLE].lines},"
        f" trimmed: {trimmed}"
    )
    for name, peer in peers.items():
        print(f"- peer in the same run, {name}: {peer_cells(peer)}")
    columns = ["", "lines (a/b/s)", *SUMMARY_COLUMNS, "spam-header recall"]
    for title, dimension, keys in (
        ("By script", "script", SCRIPTS),
        ("By site family", "family", held_out.families),
        ("By zone", "zone", ZONES),
    ):
        print(f"\n## {title}\n")
        print(markdown(columns, summary_rows(tallies, dimension, keys)))
    print("\n## By kind\n")
    print(
        markdown(
            ["kind", "label", "lines", "removed", "spam flagged", "article chars kept"],
            kind_rows(tallies, held_out.kind_order),
        )
    )
    misses = tallies.misses
    show_miss_counts(
        "Misses",
        len(misses),
        Counter(miss.category for miss in misses).most_common(),
        cause_counts(misses).most_common(),
    )
    show_misses(shown)


def results(
    held_out: HeldOutSet,
    tallies: Tallies[Tally],
    trimmed: int,
    shown: Sequence[Miss],
    docs: Sequence[Document],
    peers: dict[str, Tallies[Tally]],
) -> dict[str, Any]:
    header = spam_header_tally(tallies, "all", "all")
    by: dict[str, Any] = {}
    dimensions = (("script", SCRIPTS), ("family", held_out.families), ("zone", ZONES))
    for dimension, keys in dimensions:
        by[dimension] = {
            key: tallies.metrics(
                dimension,
                key,
                spam_header=spam_header_tally(tallies, dimension, key)
                if dimension != "zone"
                else None,
            )
            for key in keys
            if tallies.total(dimension, key).lines
        }
    kinds = {
        kind: {
            "label": label,
            "lines": tally.lines,
            "removed": ratio(tally.removed, tally.lines),
            "flagged": ratio(tally.flagged, tally.lines),
            "article_chars_kept": ratio(tally.article_kept, tally.article_chars),
        }
        for kind in held_out.kind_order
        for label, tally in tallies["kind"][kind].items()
        if tally.lines
    }
    templates, with_slots = held_out.template_count()
    return {
        "documents": len(docs),
        "scripts": script_counts(docs),
        "templates": templates,
        "templates_with_slots": with_slots,
        "overall": tallies.metrics(spam_header=header, article_lines_trimmed=trimmed),
        **{f"by_{dimension}": values for dimension, values in by.items()},
        "by_kind": kinds,
        "peers": {
            name: peer.metrics(spam_header=spam_header_tally(peer, "all", "all"))
            for name, peer in peers.items()
        },
        **misses_json(tallies.misses, shown, cause_counts(tallies.misses)),
    }


def main(held_out: HeldOutSet, description: str) -> None:
    """Generate the set's pages, score them and print the report (``--json``: the results)."""
    args = arguments(description, documents=1000, misses=30).parse_args()
    started = time.perf_counter()
    docs = held_out.documents(args.documents, args.seed)
    generated = time.perf_counter()
    tallies, trimmed = score(docs)
    scored = time.perf_counter()
    order = held_out.kind_order
    shown = spread(
        tallies.misses, args.misses, lambda kind: order.index(kind) if kind in order else len(order)
    )
    peers = {name: score(docs, config)[0] for name, config in PEERS.items()}
    if args.json:
        print_json(results(held_out, tallies, trimmed, shown, docs, peers))
    else:
        seconds = (generated - started, scored - generated)
        report(held_out, docs, tallies, trimmed, shown, seconds, peers)
