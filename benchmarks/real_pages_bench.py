"""Boilerplate on real crawled pages, labelled line by line by reading.

    python benchmarks/real_pages_bench.py [--split dev|heldout|fresh|all] [--misses 30]
                                          [--step-only] [--corpus] [--repeat 3] [--json]

The pages are crawler output stored in public GitHub repositories
(``benchmarks/data/real_pages/*.jsonl``; each page names its repository, path, commit and
licence, see the README there). Labelled pages have one label a line: ``article``,
``caption``, ``boilerplate``, ``spam``, ``mixed`` (article text holding furniture, whose
pieces are listed in ``furniture``) or ``""`` for a blank line.

Each page runs through ``textclean.clean`` (every step, as a user runs it), and the
characters each ``boilerplate`` edit took are traced back to the stored text through
every edit before it (``removed_by``). So the score is of the stored page, whatever
the earlier steps joined or rewrote; characters that another step removed (an HTML tag,
indentation) are not counted. Reported, overall, by script and by site:

* boilerplate recall: of the boilerplate lines, the share cut (at least ``CUT_SHARE`` of
  their characters went), and of the spam lines;
* inline recall: of the furniture pieces inside article lines, the share of their
  characters cut;
* removal precision: of the lines cut, the share labelled boilerplate or spam (captions
  are neither right nor wrong);
* article characters kept: of the article characters (article lines, and mixed lines
  without their furniture), the share left.

In the same run, the peer: the rule catalogue alone (``keep_boilerplate`` naming every
signal), scored the same way (the row ``all, rules only (peer)``), and the speed of
``strip_boilerplate`` with and without the signals on all the pages (``--repeat``).

``--corpus`` adds the corpus stage a run of ``textclean clean`` makes: lines repeated
across a site's pages, and lines of a template that recurs there (counted over all the
site's pages, labelled or not, as one source). ``--split`` picks the development pages,
the held-out ones (a quarter of the first set's labelled pages, chosen by a hash of the
page id: look at their misses only to report them), the fresh set (``fresh.jsonl``,
gathered later from other repositories, all held out), or all. ``--step-only`` runs
``strip_boilerplate`` alone on the stored text instead of ``clean``.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timing import best_time  # noqa: E402

from textclean import CleanConfig, clean, strip_boilerplate  # noqa: E402
from textclean.boilerplate.repeated import (  # noqa: E402
    TEMPLATE,
    LineKeys,
    RepeatedLineCounter,
    line_keys,
    strip_repeated,
)
from textclean.boilerplate.structure import SIGNALS  # noqa: E402
from textclean.document import Document, Edit  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "real_pages"
LABELS = ("article", "caption", "boilerplate", "spam", "mixed", "")
CUT_SHARE = 0.9
"""The share of a line's characters that must go for the line to count as cut."""
HELDOUT_EVERY = 4
FRESH_PREFIX = "fresh-"
"""The ids of the fresh set's pages (``fresh.jsonl``): held out as a whole."""
SPLITS = ("dev", "heldout", "fresh")
"""One labelled page in this many is held out (by a hash of its id)."""
STEP = "boilerplate"


@dataclass(frozen=True)
class Page:
    """One stored page and its labels (``labels`` is ``None`` for an unlabelled page)."""

    id: str
    site: str
    script: str
    text: str
    labels: tuple[str, ...] | None
    furniture: tuple[tuple[int, str], ...]
    source: str

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    @property
    def split(self) -> str:
        """``fresh`` (the later set), else ``heldout`` or ``dev`` by a hash of the id."""
        if self.id.startswith(FRESH_PREFIX):
            return "fresh"
        digest = hashlib.sha1(self.id.encode()).digest()
        return "heldout" if int.from_bytes(digest[:4], "big") % HELDOUT_EVERY == 0 else "dev"


def load_pages(data: Path = DATA) -> list[Page]:
    """Every page of every ``*.jsonl`` in ``data``, checked against its labels."""
    pages = []
    for path in sorted(data.glob("*.jsonl")):
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not raw.strip():
                continue
            record = json.loads(raw)
            page = Page(
                id=record["id"],
                site=record["site"],
                script=record["script"],
                text=record["text"],
                labels=tuple(record["labels"]) if record.get("labels") is not None else None,
                furniture=tuple((int(i), str(s)) for i, s in record.get("furniture") or ()),
                source=f"{record['repo']}:{record['path']}",
            )
            _check(page, f"{path.name}:{number}")
            pages.append(page)
    return pages


def _check(page: Page, where: str) -> None:
    if page.labels is None:
        return
    lines = page.lines
    if len(page.labels) != len(lines):
        raise ValueError(f"{where}: {len(page.labels)} labels for {len(lines)} lines")
    for label in page.labels:
        if label not in LABELS:
            raise ValueError(f"{where}: unknown label {label!r}")
    for index, piece in page.furniture:
        if piece not in lines[index]:
            raise ValueError(f"{where}: furniture {piece!r} not in line {index}")


def removed_by_step(text: str, edits: Iterable[Edit], step: str = STEP) -> set[int]:
    """The offsets in ``text`` of the characters that edits of ``step`` removed.

    Edits are replayed in order; each carries the offsets of the text as it then was.
    Characters an edit keeps keep their origin (see ``_carried``); inserted characters
    have none.

    >>> edits = [Edit("x", "", "a", "A", 0), Edit(STEP, "", "\\ncd", "", 2)]
    >>> sorted(removed_by_step("ab\\ncd", edits))
    [2, 3, 4]
    """
    return removed_by(text, edits, step)[0]


def removed_by(text: str, edits: Iterable[Edit], step: str = STEP) -> tuple[set[int], set[int]]:
    """The offsets in ``text`` of the characters that edits of ``step`` removed, and of
    those other steps removed (markup tags, indentation: not the step's to score)."""
    origin: list[int] = list(range(len(text)))
    removed: set[int] = set()
    others: set[int] = set()
    for edit in edits:
        end = edit.start + len(edit.before)
        taken = origin[edit.start : end]
        carried = _carried(taken, edit.before, edit.after)
        if edit.step == step:
            removed.update(i for i in taken if i >= 0)
        else:
            others.update(set(taken) - set(carried) - {-1})
        origin[edit.start : end] = carried
    return removed, others - removed


def _carried(taken: list[int], before: str, after: str) -> list[int]:
    """The origins of ``after``'s characters: one to one for a replacement of the same
    length (a script conversion), else where ``after`` keeps runs of ``before`` (a moved
    headline keeps all of it, in another order)."""
    if len(before) == len(after) and sorted(before) != sorted(after):
        return list(taken)
    carried = [-1] * len(after)
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        carried[b : b + size] = taken[a : a + size]
    return carried


@dataclass
class Tally:
    """Counts for one group of labelled lines."""

    boilerplate: int = 0
    boilerplate_cut: int = 0
    spam: int = 0
    spam_cut: int = 0
    cut: int = 0
    cut_wrongly: int = 0
    article_chars: int = 0
    article_kept: int = 0
    inline_chars: int = 0
    inline_cut: int = 0
    pages: set[str] = field(default_factory=set)

    def add(self, other: Tally) -> None:
        for name, value in vars(other).items():
            if isinstance(value, set):
                self.pages |= value
            else:
                setattr(self, name, getattr(self, name) + value)

    def metrics(self) -> dict[str, float | int | None]:
        return {
            "pages": len(self.pages),
            "boilerplate_lines": self.boilerplate,
            "recall": _ratio(self.boilerplate_cut, self.boilerplate),
            "spam_lines": self.spam,
            "spam_recall": _ratio(self.spam_cut, self.spam),
            "inline_recall": _ratio(self.inline_cut, self.inline_chars),
            "precision": _ratio(self.cut - self.cut_wrongly, self.cut),
            "article_kept": _ratio(self.article_kept, self.article_chars),
        }


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


@dataclass
class Miss:
    page: str
    site: str
    label: str
    line: str
    what: str


def score_page(
    page: Page,
    removed: set[int],
    tally: Tally,
    misses: list[Miss],
    others: frozenset[int] = frozenset(),
) -> None:
    """Add one labelled page to ``tally``; note the lines it got wrong in ``misses``.
    Characters in ``others`` (removed by other steps) are not counted."""
    assert page.labels is not None
    tally.pages.add(page.id)
    pieces: dict[int, list[tuple[int, int]]] = defaultdict(list)
    offset = 0
    starts = []
    for line in page.lines:
        starts.append(offset)
        offset += len(line) + 1
    for index, piece in page.furniture:
        at = page.lines[index].find(piece)
        pieces[index].append((at, at + len(piece)))
    for index, (line, label) in enumerate(zip(page.lines, page.labels, strict=True)):
        chars = [
            starts[index] + i
            for i, c in enumerate(line)
            if not c.isspace() and starts[index] + i not in others
        ]
        if not chars or not label:
            continue
        gone = sum(1 for i in chars if i in removed)
        whole_cut = gone >= CUT_SHARE * len(chars)
        if whole_cut:
            tally.cut += 1
            tally.cut_wrongly += label in ("article", "mixed")
        if label == "boilerplate":
            tally.boilerplate += 1
            tally.boilerplate_cut += whole_cut
            if not whole_cut:
                what = f"kept ({gone}/{len(chars)} cut)"
                misses.append(Miss(page.id, page.site, label, line, what))
        elif label == "spam":
            tally.spam += 1
            tally.spam_cut += whole_cut
            if not whole_cut:
                misses.append(Miss(page.id, page.site, label, line, "spam kept"))
        elif label in ("article", "mixed"):
            inside = {starts[index] + i for a, b in pieces[index] for i in range(a, b)}
            article = [i for i in chars if i not in inside]
            furniture = [i for i in chars if i in inside]
            kept = sum(1 for i in article if i not in removed)
            tally.article_chars += len(article)
            tally.article_kept += kept
            tally.inline_chars += len(furniture)
            tally.inline_cut += sum(1 for i in furniture if i in removed)
            if kept < len(article):
                lost = "".join(page.text[i] for i in article if i in removed)
                misses.append(Miss(page.id, page.site, label, line, f"article cut: {lost[:60]!r}"))
            for a, b in pieces[index]:
                if not all(starts[index] + i in removed for i in range(a, b)):
                    misses.append(Miss(page.id, page.site, "inline", line[a:b], "inline kept"))


Cleaner = Callable[[str], tuple[str, Sequence[Edit]]]


def run(pages: Sequence[Page], cleaner: Cleaner) -> tuple[dict[str, Tally], list[Miss]]:
    """Score ``pages`` with ``cleaner``: totals under ``all``, by script and by site."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    misses: list[Miss] = []
    for page in pages:
        _, edits = cleaner(page.text)
        tally = Tally()
        removed, others = removed_by(page.text, edits)
        score_page(page, removed, tally, misses, frozenset(others))
        for key in ("all", f"script {page.script}", f"site {page.site}"):
            tallies[key].add(tally)
    return dict(tallies), misses


def clean_edits(text: str, config: CleanConfig | None = None) -> tuple[str, Sequence[Edit]]:
    result = clean(text, config or CleanConfig())
    return result.text, result.edits


def step_edits(text: str, config: CleanConfig | None = None) -> tuple[str, Sequence[Edit]]:
    result = strip_boilerplate(text, config or CleanConfig())
    return result.text, result.edits


def corpus_cleaner(pages: Sequence[Page], config: CleanConfig | None = None) -> Cleaner:
    """A cleaner that runs ``clean`` and then the corpus stage of repeated lines and
    templates, counted over every page of each page's site (labelled or not), as
    ``clean_files`` does for one source."""
    config = config or CleanConfig()
    cleaned: dict[str, Document] = {}
    counter = RepeatedLineCounter()
    keys: dict[str, LineKeys] = {}
    for page in pages:
        result = clean(page.text, config)
        document = Document(
            page.id, result.text, {"source": f"{page.site}/{page.id}"}, result.edits
        )
        cleaned[page.text] = document
        keys[page.text] = line_keys(document, TEMPLATE not in config.keep_boilerplate)
        counter.add(keys[page.text])
    repeated = counter.repeated(config.repeated_line_documents)

    def cleaner(text: str) -> tuple[str, Sequence[Edit]]:
        stripped = strip_repeated(cleaned[text], keys[text], repeated)
        return stripped.text, stripped.edits

    return cleaner


def selected(pages: Iterable[Page], split: str) -> list[Page]:
    labelled = [page for page in pages if page.labels is not None]
    if split == "all":
        return labelled
    return [page for page in labelled if page.split == split]


def report(tallies: dict[str, Tally]) -> Iterator[str]:
    header = ["group", "pages", "boilerplate lines", "recall", "spam"]
    header += ["inline recall", "precision", "article kept"]
    yield "| " + " | ".join(header) + " |"
    yield "|" + "---|" * len(header)
    order = sorted(tallies, key=lambda key: (key != "all", not key.startswith("script"), key))
    for key in order:
        m = tallies[key].metrics()
        cells = [
            key,
            str(m["pages"]),
            str(m["boilerplate_lines"]),
            _cell(m["recall"]),
            f"{tallies[key].spam_cut}/{tallies[key].spam}" if tallies[key].spam else "–",
            _cell(m["inline_recall"]),
            _cell(m["precision"]),
            _cell(m["article_kept"], 4),
        ]
        yield "| " + " | ".join(cells) + " |"


def _cell(value: float | int | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


RULES_ONLY = CleanConfig(keep_boilerplate=SIGNALS)
"""The peer in the same run: the rule catalogue alone, every signal switched off."""


def cleaner_for(pages: Sequence[Page], args: argparse.Namespace, config: CleanConfig) -> Cleaner:
    if args.corpus:
        return corpus_cleaner(pages, config)
    step = step_edits if args.step_only else clean_edits
    return lambda text: step(text, config)


def speed(pages: Sequence[Page], repeat: int) -> tuple[float, float]:
    """MB/s of ``strip_boilerplate`` with the signals and with the rules alone, on the
    pages as the steps before it leave them (best of ``repeat``, the same process)."""
    texts = [clean(page.text, CleanConfig(strip_boilerplate=False)).text for page in pages]
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    rates = []
    for config in (CleanConfig(), RULES_ONLY):
        seconds = best_time(
            lambda text, config=config: strip_boilerplate(text, config), texts, repeat
        )
        rates.append(megabytes / seconds)
    return rates[0], rates[1]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="dev")
    parser.add_argument("--misses", type=int, default=30, help="misses to show (0: none)")
    parser.add_argument("--step-only", action="store_true", help="strip_boilerplate alone")
    parser.add_argument(
        "--corpus",
        action="store_true",
        help="then the corpus stage (repeated lines, templates) over each site's pages",
    )
    parser.add_argument("--repeat", type=int, default=3, help="timed runs (0: no timing)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    pages = load_pages()
    chosen = selected(pages, args.split)
    tallies, misses = run(chosen, cleaner_for(pages, args, CleanConfig()))
    peer, _ = run(chosen, cleaner_for(pages, args, RULES_ONLY))
    rates = speed(pages, args.repeat) if args.repeat else None
    if args.json:
        result = {key: tally.metrics() for key, tally in tallies.items()}
        result["rules only"] = peer["all"].metrics()
        if rates:
            result["MB/s"] = {"signals": round(rates[0], 2), "rules only": round(rates[1], 2)}
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return
    sites = Counter(page.site for page in pages)
    print(f"{len(pages)} pages from {len(sites)} sites; ", end="")
    print(f"{len(chosen)} labelled pages in split {args.split!r}\n")
    print("\n".join(report({**tallies, "all, rules only (peer)": peer["all"]})))
    if rates:
        print(
            f"\nstrip_boilerplate on all {len(pages)} pages: {rates[0]:.2f} MB/s with the signals, "
            f"{rates[1]:.2f} MB/s with the rules only ({rates[1] / rates[0]:.2f}x faster)"
        )
    if args.misses:
        kinds = Counter(miss.what.split(" ")[0] for miss in misses)
        print(f"\nmisses: {dict(kinds)}")
        for miss in misses[: args.misses]:
            print(f"  {miss.page} [{miss.label}] {miss.line[:70]!r}: {miss.what}")


if __name__ == "__main__":
    main()
