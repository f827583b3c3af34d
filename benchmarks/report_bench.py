"""The HTML report (``textclean.report``) of a large run: its cost against one plain read.

    python benchmarks/report_bench.py [--documents 100000] [--base 3000] [--per-file 500]
                                      [--seed 0] [--jobs 2] [--repeat 1] [--sample N]
                                      [--per-kind N] [--no-manifest] [--page-repeat 3]
                                      [--chromium /usr/bin/chromium] [--profile]
                                      [--workdir DIR] [--keep] [--json PATH] [--smoke]

At the defaults it takes about 4-5 minutes on 2 cores (1 of them for the base run) and
writes about 2 GB under ``--workdir`` (default: a temporary folder, removed at the end
unless ``--keep``; a kept base run of the same settings is reused). ``--smoke`` (200
documents replicated to 2,000, each page opened once) skips nothing, in seconds.

The run output, honestly made, then replicated:

* the base run: the first ``--base`` documents of ``dedup_corpus.generate(stories,
  --seed)`` (news stories, reprints under other sites' boilerplate, Traditional-script
  mirrors with pinyin glued in, truncated and edited copies, e-paper pages, hard
  negatives: about 2.3 documents per story), written as JSONL files of ``--per-file``
  records, cleaned and deduplicated by the real pipeline, ``textclean run CORPUS -o
  out.jsonl --clusters ... --dropped ... --removed ... -j JOBS -q`` in a child process
  (so its memory is not this process's). The CLI writes the run's manifest
  (``out.run.json``) beside the output;
* the large output is **replicated, not cleaned**: the base run's four files (output,
  clusters, dropped, removed) are copied record by record until they hold ``--documents``
  documents (written + dropped). Copy 0 is the base run's lines as they are; copy ``k``
  gives every id the suffix ``#k`` (a record's ``id``, a dropped record's
  ``duplicate_of``/``contained_in`` and its document's id, a cluster's ``kept`` and its
  members' ids, ``meta.contained_in.id``) and adds ``k`` times the base run's largest
  cluster number plus one to every cluster number, so the files stay a coherent run
  output: every id unique, every cluster's kept document in the output, every member of
  it in the output or the dropped records. The last copy is partial: whole groups of
  linked documents (a cluster with its members, an e-paper page with the stories found
  in it, ...) until the count is reached. A manifest is written for it with
  ``textclean.report.write_manifest``, unless ``--no-manifest`` (the report works without
  one: it then notes that skipped inputs are unknown); its counts (documents, edits by
  step, clusters, duplicates, contained) are counted from the replicated records, by
  rules checked first against the base run's own manifest.

What is measured, in this process, for the base run's output and the replicated one:

* ``peer``: one plain pass reading every record of the run's four files (binary lines,
  ``json.loads`` of each) -- the floor any report that reads the records must pay;
* ``write_report(run_output, report.html, limits=Limits(...))`` (``Limits()`` unless
  ``--sample`` or ``--per-kind`` is given, as ``textclean report`` takes them): seconds,
  and its ratio to
  the peer (the best of ``--repeat`` runs of each, taken in turns); the size of the HTML
  (MiB), the documents sampled for the drill-down and the clusters shown side by side;
* memory: "peak RSS during write_report" is ``getrusage(RUSAGE_SELF).ru_maxrss`` after
  the process's peak was reset (``/proc/self/clear_refs``, 5) just before the call, with
  the RSS at that moment beside it: it is still a process peak (what the process held
  before the call, freed or not, is in it), of the time of the report alone. Without
  that reset (not permitted) it is the process's peak since it started, as is the
  "process peak RSS" printed under the table (the base run's records and the
  replication included);
* the page, opened from its file in headless Chromium (Playwright, ``--chromium``, a
  fresh browser context each time; each page ``--page-repeat`` times in turns with the
  other, the best kept): the ``load`` event (the navigation entry's ``loadEventStart``),
  the first row of ``#document-table tbody`` (seen by a MutationObserver installed before
  the page's scripts run; it fires after the page's script has drawn the table), both
  in ms from the navigation's start; the wall time of ``page.goto(..., wait_until=
  "load")``; a click on the first row until the diff view shows it; the console errors
  and page errors of every opening (there must be none); the ``svg.chart`` elements and
  the rows of ``#document-table tbody``.

The checks (a failed one is printed as **PROBLEM** and the benchmark exits 1): each
report counts as many documents as its files hold; its table has a row for every
sampled document; no console error; every member of a cluster shown has its text; the
page carries no note that the manifest's counts differ from the files'; both pages have
the same charts; the manifest's recount rules reproduce the base run's own summary.

Progress goes to stderr, the results to stdout as Markdown (``--json PATH``: also as
JSON), with the load average before and after: the machine has 2 cores, and other work
on it slows every timing. ``--profile`` adds a cProfile of one more ``write_report`` on
the replicated output (the 25 functions of most own time).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import hashlib
import io
import json
import os
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

BENCHMARKS = Path(__file__).resolve().parent
ROOT = BENCHMARKS.parent
for _folder in (BENCHMARKS, ROOT):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))

from timing import environment_lines, remove_made, say  # noqa: E402

KINDS = ("output", "clusters", "dropped", "removed")
STEM = "out"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PAGE_TIMEOUT_MS = 120_000
MISMATCH_NOTE = "have no record here"  # page.py's note when the manifest counts more documents


@dataclass(frozen=True)
class Settings:
    """What one benchmark run makes and measures."""

    documents: int = 100_000  # in the replicated output (written + dropped)
    base: int = 3_000  # generated and cleaned for real
    per_file: int = 500
    seed: int = 0
    jobs: int = 2
    repeat: int = 1  # runs of the peer and of write_report, in turns; the best kept
    page_repeat: int = 3
    manifest: bool = True  # write a manifest for the replicated output
    chromium: str = CHROMIUM
    profile: bool = False
    sample: int | None = None  # Limits.documents (None: its default)
    per_kind: int | None = None  # Limits.per_kind (None: its default)

    def limits(self) -> Any:  # textclean.report.Limits
        from textclean.report import Limits

        given = {"documents": self.sample, "per_kind": self.per_kind}
        return Limits(**{name: value for name, value in given.items() if value is not None})

    def base_key(self) -> dict[str, Any]:
        """What the base run depends on: a kept one is reused if equal."""
        return {"base": self.base, "per_file": self.per_file, "seed": self.seed}


SMOKE = Settings(documents=2_000, base=200, per_file=100, page_repeat=1)


def run_paths(folder: Path) -> dict[str, Path]:
    """The four files of a run in ``folder`` (the names ``textclean report`` finds beside
    the output, manifest or not)."""
    return {
        kind: folder / (f"{STEM}.jsonl" if kind == "output" else f"{STEM}.{kind}.jsonl")
        for kind in KINDS
    }


# === the base run: generated, cleaned for real ================================================


def prepare_base(workdir: Path, settings: Settings) -> dict[str, Any]:
    """The corpus and the real run of it under ``workdir`` (a kept one of the same
    settings is reused); what they were."""
    import scale_bench

    state = workdir / "base.json"
    folder = workdir / "base"
    with contextlib.suppress(OSError, ValueError):
        kept = json.loads(state.read_text(encoding="utf-8"))
        if kept.get("key") == settings.base_key() and all(
            path.is_file() for path in run_paths(folder).values()
        ):
            say(f"reusing the base run in {folder}")
            return {**kept["base"], "reused": True}
    state.unlink(missing_ok=True)
    shutil.rmtree(workdir / "corpus", ignore_errors=True)
    shutil.rmtree(folder, ignore_errors=True)
    say(f"writing {settings.base:,} documents of dedup_corpus.generate")
    corpus = scale_bench.write_corpus(
        workdir / "corpus",
        scale_bench.Settings(
            documents=settings.base, per_file=settings.per_file, seed=settings.seed
        ),
    )
    folder.mkdir(parents=True)
    paths = run_paths(folder)
    command = [
        sys.executable,
        "-m",
        "textclean.cli",
        "run",
        str(corpus.folder),
        "-o",
        str(paths["output"]),
        *(part for kind in KINDS[1:] for part in (f"--{kind}", str(paths[kind]))),
        "-j",
        str(settings.jobs),
        "-q",
    ]
    say(f"textclean run of {corpus.documents:,} documents, -j {settings.jobs} (a child process)")
    paths_before = os.environ.get("PYTHONPATH")
    python_path = str(ROOT) + (os.pathsep + paths_before if paths_before else "")
    environment = {**os.environ, "PYTHONPATH": python_path}  # this checkout's textclean
    start = time.perf_counter()
    subprocess.run(command, check=True, cwd=workdir, env=environment)
    seconds = time.perf_counter() - start
    base = {
        "documents": corpus.documents,
        "stories": corpus.stories,
        "corpus_bytes": corpus.bytes,
        "kinds": corpus.kinds,
        "run_seconds": seconds,
        "reused": False,
    }
    state.write_text(json.dumps({"key": settings.base_key(), "base": base}), "utf-8")
    say(f"  {seconds:.1f} s, {corpus.documents / seconds:.0f} documents/s")
    return base


# === the replication ==========================================================================


def read_lines(path: Path) -> list[bytes]:
    with path.open("rb") as handle:
        return [line for line in handle if line.strip()]


def _suffixed(value: Any, suffix: str) -> str:
    return f"{value}{suffix}"


def _moved_document(document: dict[str, Any], suffix: str) -> dict[str, Any]:
    """A document record (``{id, text, edits, meta}``) under its id in copy ``suffix``."""
    meta = document.get("meta")
    if isinstance(meta, dict) and isinstance(meta.get("contained_in"), dict):
        where = meta["contained_in"]
        meta = {**meta, "contained_in": {**where, "id": _suffixed(where["id"], suffix)}}
    return {**document, "id": _suffixed(document["id"], suffix), "meta": meta}


def moved(kind: str, record: dict[str, Any], suffix: str, shift: int) -> dict[str, Any]:
    """``record`` of the file ``kind`` as copy ``suffix`` has it: every id suffixed, every
    cluster number shifted."""
    if kind == "output":
        return _moved_document(record, suffix)
    if kind == "clusters":
        members = [{**m, "id": _suffixed(m["id"], suffix)} for m in record["members"]]
        return {
            **record,
            "cluster": record["cluster"] + shift,
            "kept": _suffixed(record["kept"], suffix),
            "members": members,
        }
    result = {**record, "id": _suffixed(record["id"], suffix)}
    for name in ("duplicate_of", "contained_in"):
        if record.get(name) is not None:
            result[name] = _suffixed(record[name], suffix)
    if record.get("cluster") is not None:
        result["cluster"] = record["cluster"] + shift
    if isinstance(record.get("document"), dict):
        result["document"] = _moved_document(record["document"], suffix)
    return result


class BaseRun:
    """The base run's records, parsed once: which document each belongs to, and the
    groups of linked documents (a cluster and its members, a document and the one it is
    contained in), so a partial copy can take whole groups."""

    def __init__(self, paths: dict[str, Path]) -> None:
        from textclean.boilerplate.removed import DROPPED_RULE

        self.lines = {kind: read_lines(paths[kind]) for kind in KINDS}
        self.records = {
            kind: [json.loads(line) for line in lines] for kind, lines in self.lines.items()
        }
        self.stride = 1 + max((int(r["cluster"]) for r in self.records["clusters"]), default=-1)
        self.spam = [
            r for r in self.records["removed"] if r.get("rule") == DROPPED_RULE and "document" in r
        ]
        self.documents = [str(r["id"]) for r in (*self.records["output"], *self.records["dropped"])]
        self.documents += [str(r["document"]["id"]) for r in self.spam]
        parent = {doc_id: doc_id for doc_id in self.documents}

        def find(item: str) -> str:
            parent.setdefault(item, item)
            while parent[item] != item:
                parent[item] = parent[parent[item]]
                item = parent[item]
            return item

        def join(first: str, second: str) -> None:
            parent[find(first)] = find(second)

        for record in self.records["clusters"]:
            for member in record["members"]:
                join(str(member["id"]), str(record["kept"]))
        for record in self.records["output"]:
            where = record["meta"].get("contained_in")
            if isinstance(where, dict):
                join(str(record["id"]), str(where["id"]))
        for record in self.records["dropped"]:
            for name in ("duplicate_of", "contained_in"):
                if record.get(name) is not None:
                    join(str(record["id"]), str(record[name]))
            where = record.get("document", {}).get("meta", {}).get("contained_in")
            if isinstance(where, dict):
                join(str(record["id"]), str(where["id"]))
        groups: dict[str, list[str]] = {}
        for doc_id in self.documents:
            groups.setdefault(find(doc_id), []).append(doc_id)
        self.groups = list(groups.values())
        self._find = find

    def partial(self, wanted: int) -> set[str]:
        """Ids of whole groups holding ``wanted`` documents (or as close below as the
        groups allow): the largest that fit first."""
        chosen: set[str] = set()
        left = wanted
        for group in sorted(self.groups, key=lambda g: (-len(g), g[0])):
            if len(group) <= left:
                chosen.update(group)
                left -= len(group)
            if not left:
                break
        return chosen

    def owner(self, kind: str, record: dict[str, Any]) -> str:
        """The document a record goes with (a cluster: its kept document)."""
        return str(record["kept"] if kind == "clusters" else record["id"])


@dataclass
class Replicated:
    documents: int
    copies: int  # whole copies
    partial: int  # documents of the partial copy
    records: dict[str, int]
    bytes: dict[str, int]
    seconds: float
    counts: dict[str, Any]  # the manifest's, counted from the records written


def replicate(base: BaseRun, folder: Path, documents: int) -> Replicated:
    """Write ``folder``'s four files: the base run's records copied until they hold
    ``documents`` documents (see the module's docstring)."""
    from textclean.io.writers import json_text

    start = time.perf_counter()
    size = len(base.documents)
    copies, rest = divmod(documents, size)
    partial = base.partial(rest) if rest else set()
    plan = [(k, None) for k in range(copies)] + ([(copies, partial)] if partial else [])
    folder.mkdir(parents=True, exist_ok=True)
    paths = run_paths(folder)
    written = Counter[str]()
    recount = Recount()
    for kind in KINDS:
        with paths[kind].open("wb") as handle:
            for copy, only in plan:
                suffix, shift = ("", 0) if copy == 0 else (f"#{copy}", copy * base.stride)
                for line, record in zip(base.lines[kind], base.records[kind], strict=True):
                    if only is not None and base.owner(kind, record) not in only:
                        continue
                    recount.add(kind, record)
                    written[kind] += 1
                    if copy == 0:
                        handle.write(line if line.endswith(b"\n") else line + b"\n")
                    else:
                        handle.write(json_text(moved(kind, record, suffix, shift)).encode())
                        handle.write(b"\n")
    return Replicated(
        documents=copies * size + len(partial),
        copies=copies,
        partial=len(partial),
        records=dict(written),
        bytes={kind: paths[kind].stat().st_size for kind in KINDS},
        seconds=time.perf_counter() - start,
        counts=recount.summary(),
    )


class Recount:
    """A run's summary counted from its records, for the manifest of a replicated output.

    The rules (checked against the base run's own manifest): documents = output +
    dropped records; spam = removed records of dropped documents; edits by step over the
    output's and the dropped records' documents; duplicates = dropped records of reason
    ``duplicate``; contained = documents with ``meta.contained_in`` and dropped records
    of another reason; empty = documents whose dedup view is empty."""

    def __init__(self) -> None:
        from textclean.boilerplate.removed import DROPPED_RULE
        from textclean.dedup.view import fold

        self._rule = DROPPED_RULE
        self._fold = fold
        self._empty: dict[str, bool] = {}  # a document's text → its view is empty
        self.counts = Counter[str]()
        self.edits = Counter[str]()

    def _document(self, document: dict[str, Any]) -> None:
        self.counts["documents"] += 1
        self.edits.update(edit["step"] for edit in document["edits"])
        if isinstance(document["meta"].get("contained_in"), dict):
            self.counts["contained"] += 1
        text = document["text"]
        if len(text) < 200:  # a long text has a view; a short one is folded to see
            empty = self._empty.get(text)
            if empty is None:
                empty = self._empty[text] = not self._fold(text)
            self.counts["empty"] += empty

    def add(self, kind: str, record: dict[str, Any]) -> None:
        if kind == "output":
            self._document(record)
        elif kind == "clusters":
            self.counts["clusters"] += 1
        elif kind == "dropped":
            self._document(record["document"])
            if record.get("reason") == "duplicate":
                self.counts["duplicates"] += 1
            else:
                self.counts["contained"] += 1
                self.counts["contained_dropped"] += 1
        elif record.get("rule") == self._rule and "document" in record:
            self.counts["spam"] += 1

    def summary(self) -> dict[str, Any]:
        counts = self.counts
        return {
            "documents": counts["documents"],
            "dropped_as_spam": counts["spam"],
            "edits_by_step": dict(sorted(self.edits.items())),
            "duplicates": {
                "documents": counts["documents"],
                "empty": counts["empty"],
                "clusters": counts["clusters"],
                "duplicates": counts["duplicates"],
                "contained": counts["contained"],
                "contained_dropped": counts["contained_dropped"],
            },
        }


def recount_base(base: BaseRun) -> dict[str, Any]:
    recount = Recount()
    for kind in KINDS:
        for record in base.records[kind]:
            recount.add(kind, record)
    return recount.summary()


def summary_differences(recounted: dict[str, Any], manifest: dict[str, Any]) -> list[str]:
    """Where the recount of the base run differs from the run's own summary."""
    summary = manifest.get("summary") or {}
    found = []
    for name in ("documents", "dropped_as_spam", "edits_by_step", "duplicates"):
        if recounted[name] != summary.get(name):
            found.append(f"{name}: recounted {recounted[name]}, the run's {summary.get(name)}")
    return found


def write_replicated_manifest(
    folder: Path, base_manifest: dict[str, Any], replicated: Replicated
) -> Path:
    """The manifest of the replicated output, with ``write_manifest``."""
    from textclean.config import CleanConfig
    from textclean.dedup.finder import DuplicateCounts
    from textclean.pipeline import RunSummary
    from textclean.report import write_manifest

    counts = replicated.counts
    summary = RunSummary(
        documents=counts["documents"],
        dropped=counts["dropped_as_spam"],
        edits_by_step=Counter(counts["edits_by_step"]),
        duplicates=DuplicateCounts(**counts["duplicates"]),
    )
    paths = run_paths(folder)
    started = time.time() - replicated.seconds
    return write_manifest(
        paths["output"],
        command=f"run (output replicated to {replicated.documents:,} documents by "
        "benchmarks/report_bench.py, not cleaned)",
        inputs=base_manifest.get("inputs", []),
        outputs={kind: paths[kind] for kind in KINDS},
        config=CleanConfig(**base_manifest["config"]),
        summary=summary,
        skips=[],
        started=started,
    )


# === the measurements =========================================================================


def peer_pass(paths: Iterable[Path]) -> tuple[float, int]:
    """One plain pass: every record of the files, ``json.loads`` of each line; seconds and
    records."""
    start = time.perf_counter()
    records = 0
    loads = json.loads
    for path in paths:
        with path.open("rb") as handle:
            for line in handle:
                if line.strip():
                    loads(line)
                    records += 1
    return time.perf_counter() - start, records


def reset_peak() -> bool:
    """Reset this process's peak RSS (``VmHWM``, and ``ru_maxrss`` with it) to its current
    RSS; False when the kernel does not let it."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def current_rss_mib() -> float:
    """This process's resident set now (``VmRSS``)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


@dataclass
class ReportRun:
    """The measurements of one run output's report."""

    label: str
    documents: int  # in the files (written + dropped)
    files_bytes: int
    records: int = 0
    peer_seconds: list[float] = field(default_factory=list)
    report_seconds: list[float] = field(default_factory=list)
    report_peak_mib: float = 0.0
    rss_before_mib: float = 0.0  # at the start of the report of the peak
    peak_reset: bool = False
    html_bytes: int = 0
    reported_documents: int = 0
    sampled: int = 0
    clusters_shown: int = 0
    html: str = ""
    page: dict[str, Any] = field(default_factory=dict)

    @property
    def peer(self) -> float:
        return min(self.peer_seconds)

    @property
    def report(self) -> float:
        return min(self.report_seconds)


def measure_report(run: ReportRun, folder: Path, destination: Path, settings: Settings) -> None:
    """The peer and ``write_report`` on the run output in ``folder``, ``settings.repeat``
    times in turns."""
    from textclean.report import write_report

    paths = run_paths(folder)
    limits = settings.limits()
    for attempt in range(settings.repeat):
        seconds, records = peer_pass(paths.values())
        run.peer_seconds.append(seconds)
        run.records = records
        say(f"  {run.label}: peer {seconds:.2f} s ({records:,} records), run {attempt + 1}")
        gc_collect()
        run.peak_reset = reset_peak()
        before = current_rss_mib()
        start = time.perf_counter()
        summary = write_report(paths["output"], destination, limits=limits)
        seconds = time.perf_counter() - start
        run.report_seconds.append(seconds)
        if peak_rss_mib() > run.report_peak_mib:
            run.report_peak_mib, run.rss_before_mib = peak_rss_mib(), before
        say(f"  {run.label}: write_report {seconds:.2f} s: {summary.describe()}")
    run.html_bytes = summary.bytes
    run.reported_documents = summary.documents
    run.sampled = summary.sampled
    run.clusters_shown = summary.clusters_shown
    run.html = str(destination)


def gc_collect() -> None:
    import gc

    gc.collect()


def profile_report(folder: Path, destination: Path, settings: Settings, top: int = 25) -> str:
    """cProfile of one ``write_report``: the ``top`` functions of most own time."""
    from textclean.report import write_report

    profiler = cProfile.Profile()
    output = run_paths(folder)["output"]
    profiler.runcall(write_report, output, destination, limits=settings.limits())
    buffer = io.StringIO()
    stats = pstats.Stats(profiler, stream=buffer)
    stats.sort_stats("tottime").print_stats(top)
    text = buffer.getvalue()
    return text[text.index("   ncalls") :] if "   ncalls" in text else text


# === the page =================================================================================

ROWS_OBSERVER = """
(() => {
  const observer = new MutationObserver(() => {
    if (document.querySelector("#document-table tbody tr")) {
      window.__rowsAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();
"""
PAGE_TIMES = """() => {
  const entry = performance.getEntriesByType("navigation")[0];
  return {
    load: entry.loadEventStart,
    content: entry.domContentLoadedEventEnd,
    rows: window.__rowsAt === undefined ? null : window.__rowsAt,
  };
}"""
MEMBERS_WITHOUT_TEXT = """() => {
  const data = JSON.parse(document.getElementById("report-data").textContent);
  return data.clusters.flatMap((c) => c.members).filter((m) => m.text == null).length;
}"""


def chromium_problem(chromium: str) -> str | None:
    """Why the page cannot be opened here (None: it can)."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed"
    if not (os.access(chromium, os.X_OK) or shutil.which(chromium)):
        return f"no Chromium at {chromium}"
    return None


def open_pages(runs: Sequence[ReportRun], chromium: str, repeat: int) -> None:
    """Open each run's page ``repeat`` times, in turns; keep the best timings and every
    error in ``run.page``."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            for attempt in range(repeat):
                for run in runs:
                    seen = open_page(browser, Path(run.html))
                    say(
                        f"  page of {run.label} ({attempt + 1}): load {seen['load_ms']:.0f} ms,"
                        f" rows {_num(seen['rows_ms'], 0)} ms, {len(seen['errors'])} errors"
                    )
                    run.page = _best(run.page, seen)
        finally:
            browser.close()


def _best(kept: dict[str, Any], seen: dict[str, Any]) -> dict[str, Any]:
    if not kept:
        return {**seen, "openings": 1}
    best = seen if seen["load_ms"] < kept["load_ms"] else kept
    return {
        **best,
        "errors": kept["errors"] + seen["errors"],
        "openings": kept["openings"] + 1,
    }


def open_page(browser: Any, path: Path) -> dict[str, Any]:
    """Open ``path`` once, in a fresh context: timings, errors, what it shows."""
    context = browser.new_context()
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on(
            "console",
            lambda message: (
                errors.append(f"console: {message.text}") if message.type == "error" else None
            ),
        )
        page.on("pageerror", lambda error: errors.append(f"page error: {error}"))
        page.add_init_script(ROWS_OBSERVER)
        start = time.perf_counter()
        page.goto(path.resolve().as_uri(), wait_until="load", timeout=PAGE_TIMEOUT_MS)
        goto_ms = (time.perf_counter() - start) * 1000
        times = page.evaluate(PAGE_TIMES)
        rows = page.locator("#document-table tbody tr")
        row_count = rows.count()
        click_ms = None
        first_id = None
        if row_count:
            first_id = rows.first.locator("td").first.text_content()
            start = time.perf_counter()
            rows.first.click()
            page.wait_for_function(
                "(id) => document.querySelector('#diff h3')?.textContent === id",
                arg=first_id,
                timeout=PAGE_TIMEOUT_MS,
            )
            click_ms = (time.perf_counter() - start) * 1000
        return {
            "load_ms": times["load"],
            "content_ms": times["content"],
            "rows_ms": times["rows"],
            "goto_ms": goto_ms,
            "click_ms": click_ms,
            "charts": page.locator("svg.chart").count(),
            "rows": row_count,
            "members_without_text": page.evaluate(MEMBERS_WITHOUT_TEXT),
            "errors": errors,
        }
    finally:
        context.close()


# === the benchmark ============================================================================


def source_digest() -> str:
    """A digest of textclean's sources: an edit during the benchmark changes it."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "textclean").rglob("*.py")):
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    for path in sorted((ROOT / "textclean" / "report" / "assets").iterdir()):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def run_benchmark(settings: Settings, workdir: Path) -> dict[str, Any]:
    from dedup_bench import load_note, tree_state, version

    results: dict[str, Any] = {
        "settings": asdict(settings),
        "textclean": f"{tree_state()}, sources {source_digest()}",
        "sources": source_digest(),
        "python": sys.version.split()[0],
        "versions": {name: version(name) for name in ("matplotlib", "playwright")},
        "cpus": os.cpu_count(),
        "load_before": load_note(),
    }
    base_info = prepare_base(workdir, settings)
    results["base"] = base_info
    base_folder = workdir / "base"
    base_manifest = json.loads((base_folder / f"{STEM}.run.json").read_text("utf-8"))

    summary = base_manifest["summary"]
    read = summary["documents"] + summary["dropped_as_spam"]  # what the run says it read
    small = ReportRun(
        f"base run ({read:,} documents, cleaned)",
        read,
        sum(path.stat().st_size for path in run_paths(base_folder).values()),
    )
    say(f"the report of {small.label}")
    measure_report(small, base_folder, workdir / "base-report.html", settings)

    say("reading the base run's records")
    base = BaseRun(run_paths(base_folder))
    results["recount_differences"] = summary_differences(recount_base(base), base_manifest)

    large_folder = workdir / "replicated"
    shutil.rmtree(large_folder, ignore_errors=True)
    say(f"replicating the base run's records to {settings.documents:,} documents")
    replicated = replicate(base, large_folder, settings.documents)
    say(
        f"  {replicated.documents:,} documents ({replicated.copies} copies + "
        f"{replicated.partial:,}), {sum(replicated.bytes.values()) / 2**20:,.0f} MiB, "
        f"in {replicated.seconds:.1f} s"
    )
    results["replicated"] = asdict(replicated)
    if settings.manifest:
        write_replicated_manifest(large_folder, base_manifest, replicated)
    del base  # its records are not the report's memory
    gc_collect()
    results["process_peak_before_mib"] = peak_rss_mib()

    large = ReportRun(
        f"replicated ({replicated.documents:,} documents)",
        replicated.documents,
        sum(replicated.bytes.values()),
    )
    say(f"the report of {large.label}")
    measure_report(large, large_folder, workdir / "replicated-report.html", settings)
    runs = [small, large]

    problem = chromium_problem(settings.chromium)
    results["page_problem"] = problem
    if problem is None:
        say(f"opening the pages in headless Chromium ({settings.page_repeat} times each)")
        open_pages(runs, settings.chromium, settings.page_repeat)
    else:
        say(f"the pages are not opened: {problem}")
    for run in runs:  # what the page says that it should not
        page_text = Path(run.html).read_text("utf-8")
        run.page["mismatch_note"] = MISMATCH_NOTE in page_text
    if settings.profile:
        say("profiling one more write_report of the replicated output")
        results["profile"] = profile_report(
            large_folder, workdir / "profiled-report.html", settings
        )
    results["runs"] = [asdict(run) for run in runs]
    results["load_after"] = load_note()
    results["textclean_after"] = f"{tree_state()}, sources {source_digest()}"
    results["sources_after"] = source_digest()
    return results


# === the results ==============================================================================


def _num(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value:,.{digits}f}"


def _mib(value: float | None) -> str:
    return "-" if value is None else f"{value / 2**20:,.1f}"


def problems(results: dict[str, Any]) -> list[str]:
    """Every failed check, loudly."""
    found = [
        f"the manifest's recount rules do not reproduce the base run's summary: {difference}"
        for difference in results["recount_differences"]
    ]
    runs = results["runs"]
    for run in runs:
        name = run["label"]
        if run["reported_documents"] != run["documents"]:
            found.append(
                f"{name}: the report counts {run['reported_documents']:,} documents; the files "
                f"hold {run['documents']:,}"
            )
        page = run["page"]
        if page.get("mismatch_note"):
            found.append(f"{name}: the page says the manifest's counts differ from the files'")
        if results["page_problem"] is not None:
            continue
        if page["errors"]:
            found.append(f"{name}: console errors: {'; '.join(sorted(set(page['errors'])))}")
        if page["rows"] != run["sampled"]:
            found.append(
                f"{name}: the table has {page['rows']} rows for {run['sampled']} documents sampled"
            )
        if page["members_without_text"]:
            found.append(
                f"{name}: {page['members_without_text']} members of the clusters shown have no text"
            )
        if page["rows_ms"] is None:
            found.append(f"{name}: the table's rows were never seen")
    if results["page_problem"] is None and len({run["page"]["charts"] for run in runs}) > 1:
        charts = ", ".join(str(run["page"]["charts"]) for run in runs)
        found.append(f"the pages have different numbers of charts: {charts}")
    return found


def render(results: dict[str, Any]) -> str:
    """The results as Markdown: the table, the verdict, the checks."""
    from dedup_bench import markdown

    settings, base, replicated = results["settings"], results["base"], results["replicated"]
    small, large = results["runs"]
    opened = results["page_problem"] is None

    def page(key: str) -> Callable[[dict[str, Any]], str]:
        return lambda run: _num(run["page"].get(key), 0) if opened else "-"

    def errors(run: dict[str, Any]) -> str:
        return str(len(run["page"]["errors"])) if opened else "-"

    peak = (
        "peak RSS during write_report, MiB (peak reset before it; RSS then)"
        if small["peak_reset"]
        else "process peak RSS after write_report, MiB (the peak could not be reset)"
    )
    measures: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
        ("documents in the files (written + dropped)", lambda r: f"{r['documents']:,}"),
        ("records in the four files", lambda r: f"{r['records']:,}"),
        ("the four files, MiB", lambda r: _mib(r["files_bytes"])),
        ("**peer**: one json.loads pass, s", lambda r: _num(min(r["peer_seconds"]), 2)),
        ("**write_report**, s", lambda r: _num(min(r["report_seconds"]), 2)),
        (
            "**report / peer**",
            lambda r: f"{min(r['report_seconds']) / min(r['peer_seconds']):.1f}x",
        ),
        (
            "write_report, documents/s",
            lambda r: f"{r['documents'] / min(r['report_seconds']):,.0f}",
        ),
        ("HTML, MiB", lambda r: _mib(r["html_bytes"])),
        ("documents sampled", lambda r: f"{r['sampled']:,}"),
        ("clusters shown side by side", lambda r: str(r["clusters_shown"])),
        (peak, lambda r: f"{r['report_peak_mib']:,.0f} ({r['rss_before_mib']:,.0f})"),
        ("page: `load` event, ms", page("load_ms")),
        ("page: documents table has rows, ms", page("rows_ms")),
        ("page: goto(wait_until=load), wall ms", page("goto_ms")),
        ("page: click the first row → its diff view, ms", page("click_ms")),
        ("page: console errors", errors),
        ("page: `svg.chart` elements", page("charts")),
        ("page: `#document-table tbody tr` rows", page("rows")),
    ]
    rows = [[label, cell(small), cell(large)] for label, cell in measures]

    copies = f"{replicated['copies']} copies" + (
        f" + {replicated['partial']:,} documents" if replicated["partial"] else ""
    )
    lines = [
        *environment_lines(results),
        "",
        f"## The HTML report of a run of {base['documents']:,} documents, and of its output "
        f"replicated to {replicated['documents']:,}",
        "",
        f"Base run: {base['documents']:,} documents of dedup_corpus.generate (seed "
        f"{settings['seed']}, {base['stories']:,} stories, {base['corpus_bytes'] / 1e6:.1f} MB "
        f"of JSONL) cleaned and deduplicated by `textclean run -j {settings['jobs']}` in "
        + f"{base['run_seconds']:.1f} s ({base['documents'] / base['run_seconds']:.0f} "
        + ("documents/s; a kept run, reused)" if base["reused"] else "documents/s)")
        + f". Replicated ({copies}; records copied with new ids, **not cleaned**) in "
        f"{replicated['seconds']:.1f} s"
        + (", with a manifest (write_manifest)" if settings["manifest"] else ", no manifest")
        + ".",
        "",
        markdown(["", small["label"], large["label"]], rows),
        "",
        f"Best of {settings['repeat']} run(s) of the peer and of write_report, in turns, in "
        f"this process; each page opened {settings['page_repeat']} time(s), the best kept "
        "(page times in ms from the navigation's start). Process peak RSS before the "
        f"replicated report (corpus, base records, replication): "
        f"{results['process_peak_before_mib']:,.0f} MiB. Timings on a shared machine of "
        f"{results['cpus']} cores: see the load average above.",
    ]
    if not opened:
        lines += ["", f"The pages were not opened: {results['page_problem']}."]
    lines += ["", verdict(results), ""]
    found = problems(results)
    lines += ["### Checks", ""]
    if found:
        lines += [f"- **PROBLEM**: {problem}" for problem in found]
    else:
        lines.append(
            "- each report counts every document of its files; its table has a row per "
            "sampled document; every member of the clusters shown has its text; no "
            "console error; both pages have the same charts; the manifest's recount rules "
            "reproduce the base run's summary"
        )
    if results["sources_after"] != results["sources"]:
        lines.append(
            f"- **textclean's sources changed during the benchmark** (at the end: "
            f"{results['textclean_after']}): the reports may not have timed the same code"
        )
    elif results["textclean_after"] != results["textclean"]:
        lines.append(
            f"- the same sources, committed during the benchmark: {results['textclean_after']}"
        )
    if results.get("profile"):
        lines += ["", "### Profile of write_report (replicated output), by own time", ""]
        lines += ["```", results["profile"].rstrip(), "```"]
    return "\n".join(lines)


def verdict(results: dict[str, Any]) -> str:
    small, large = results["runs"]
    ratio = min(large["report_seconds"]) / min(large["peer_seconds"])
    text = (
        f"**Verdict**: the report of {large['documents']:,} documents took "
        f"{min(large['report_seconds']):.1f} s, {ratio:.1f}x one json.loads pass over the run's "
        f"files ({min(large['peer_seconds']):.1f} s), at a peak RSS of "
        f"{large['report_peak_mib']:,.0f} MiB ({large['rss_before_mib']:,.0f} before it); the "
        f"page is {large['html_bytes'] / 2**20:.1f} MiB"
    )
    if results["page_problem"] is None:
        growth = large["page"]["load_ms"] / max(small["page"]["load_ms"], 1.0)
        text += (
            f" and loads in {large['page']['load_ms']:.0f} ms against "
            f"{small['page']['load_ms']:.0f} ms for the {small['documents']:,}-document run "
            f"({growth:.2f}x: "
            + ("the page's cost does not grow with the corpus" if growth < 1.5 else "it GROWS")
            + ")"
        )
    found = problems(results)
    return text + (f"; {len(found)} PROBLEM(S)." if found else "; every check passed.")


# === main =====================================================================================


NUMBERS = ("documents", "base", "per_file", "jobs", "repeat", "page_repeat", "sample", "per_kind")
"""The options that take a number of at least 1."""


def arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    default = Settings()
    parser.add_argument(
        "--documents",
        type=int,
        help=f"documents in the replicated output (default {default.documents:,})",
    )
    parser.add_argument(
        "--base", type=int, help=f"documents generated and cleaned for real ({default.base:,})"
    )
    parser.add_argument("--per-file", type=int, help=f"records per input file ({default.per_file})")
    parser.add_argument("--seed", type=int, help="the corpus's seed (default 0)")
    parser.add_argument("--jobs", type=int, help=f"the base run's -j ({default.jobs})")
    parser.add_argument(
        "--repeat", type=int, help="runs of the peer and of write_report, in turns (default 1)"
    )
    parser.add_argument(
        "--page-repeat", type=int, help=f"openings of each page ({default.page_repeat})"
    )
    parser.add_argument(
        "--no-manifest", action="store_true", help="no manifest for the replicated output"
    )
    parser.add_argument(
        "--sample", type=int, help="Limits.documents: documents to drill into (default 200)"
    )
    parser.add_argument(
        "--per-kind", type=int, help="Limits.per_kind: examples of each kind (default 5)"
    )
    parser.add_argument("--chromium", help=f"the browser (default {CHROMIUM})")
    parser.add_argument(
        "--profile", action="store_true", help="cProfile one more report of the replicated output"
    )
    parser.add_argument("--workdir", type=Path, help="where the runs go (default: temp)")
    parser.add_argument("--keep", action="store_true", help="keep the workdir for a later run")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the results as JSON")
    parser.add_argument(
        "--smoke", action="store_true", help="200 documents replicated to 2,000, pages opened once"
    )
    args = parser.parse_args(argv)
    for name in NUMBERS:
        if getattr(args, name) is not None and getattr(args, name) < 1:
            parser.error(f"--{name.replace('_', '-')} must be at least 1")
    return args


def settings_of(args: argparse.Namespace) -> Settings:
    settings = SMOKE if args.smoke else Settings()
    given = {
        name: getattr(args, name) for name in (*NUMBERS, "seed") if getattr(args, name) is not None
    }
    if args.chromium:
        given["chromium"] = args.chromium
    return replace(
        settings,
        **given,
        manifest=settings.manifest and not args.no_manifest,
        profile=args.profile or settings.profile,
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = arguments(argv)
    settings = settings_of(args)
    created = args.workdir is None or not args.workdir.exists()
    workdir = (args.workdir or Path(tempfile.mkdtemp(prefix="report-bench-"))).resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    say(f"workdir {workdir}{' (kept)' if args.keep else ''}")
    try:
        results = run_benchmark(settings, workdir)
    finally:
        if not args.keep:
            remove_made(
                workdir,
                created,
                (
                    "corpus",
                    "base",
                    "replicated",
                    "base.json",
                    "base-report.html",
                    "replicated-report.html",
                    "profiled-report.html",
                ),
            )
    print(render(results))
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    found = problems(results)
    for problem in found:
        print(f"PROBLEM: {problem}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
