"""``textclean check`` on a commit: changed files against a repository's index.

    python benchmarks/check_bench.py [--index-docs 100000] [--changed 1000] [--chars 3000]
                                     [--layout jsonl|txt] [--workdir DIR] [--keep]
                                     [--jobs 2,1] [--repeat 3] [--no-peer] [--seed 0]
                                     [--json PATH] [--smoke]

The issue's aim: checking 1,000 changed files of ~3,000 characters against an index of
100,000 documents feels instant for a commit: < 10 s on this machine (2 cores). The full
run takes about 30-40 minutes on 2 cores (writing the repository, building textclean's
index and the peer's LSH, each once); with ``--keep`` (and the same ``--workdir``) a
second run reuses the repository, the index and the peer's signatures, and takes a few
minutes. ``--smoke`` (2,000 documents, 50 changed files, one timing each) runs in well
under a minute. Progress goes to stderr, the results to stdout as Markdown (and with
``--json PATH`` as JSON).

What it does, in a git repository under ``--workdir`` (default: a temporary folder,
removed at the end unless ``--keep``):

1. The repository: ``--index-docs`` documents of ``dedup_corpus.scale_documents(n,
   chars=--chars, seed=--seed)`` (random clauses of a character model of the seeds; 10%
   of them near-copies of earlier ones), tidied (full-width punctuation, no spaces around
   a paragraph, every paragraph ending a sentence: the text of a repository that
   ``textclean fix`` keeps clean), as
   JSONL files of 1,000 records ``{"id": ..., "text": ...}`` under ``docs/`` (``--layout
   txt``: one .txt file per document), added and committed with git.
2. The index: the first ``textclean check -j J floor.txt`` (J the largest of ``--jobs``)
   indexes the whole repository into ``.textclean/``: its wall time and documents/s.
3. The commit: ``--changed`` new .txt files under ``incoming/``, ``git add``-ed: 5% reprints
   of repository documents (as ``scale_documents`` makes its near-copies: up to 10% of
   the end cut and 1-3% of the Han characters edited; every other one also under another
   site's header and footer lines, ``dedup_corpus._reprint``), 2% new stories with a
   problem (every other one under another site's boilerplate lines, or a converter
   site's mirror: Traditional script with pinyin glued after the characters), and the
   rest new stories (``scale_documents`` of another seed, tidied). Timed as subprocesses,
   the way pre-commit calls the hook (wall clock, interpreter start-up included):
   ``textclean check --select TC4 -j J FILES`` and ``textclean check -j J FILES`` for each
   J of ``--jobs``, ``--repeat`` times in turns (best and median); and the start-up floor,
   ``textclean check floor.txt`` on one small file, with the index (git ls-files, the
   stamps of the repository's files) and with ``--no-index``. The findings are checked:
   recall (each planted reprint reported as TC402, and pointing at its source or at a
   near-copy of it in the repository), false TC401/TC402 on the new stories, and whether
   the problem files are reported (TC3xx for boilerplate, TC103 for pinyin).
4. The peer, in this process: what a user would glue together instead, on the same
   files: ``Path.read_bytes``, ``charset_normalizer.from_bytes(data).best()``,
   ``ftfy.fix_text``, ``opencc.OpenCC("t2s").convert``, ``datasketch.MinHash(num_perm=128)``
   over the UTF-8 3-character shingles of the text, and a query against a
   ``datasketch.MinHashLSH(threshold=0.7, num_perm=128)`` holding the repository's
   documents (each candidate counts as a duplicate: no verification). The LSH is built
   outside the timed part and reported apart: the signatures (ftfy, t2s and MinHash of
   each JSONL record's text, in as many worker processes as the largest ``--jobs``; ftfy
   must run on both sides, as it turns full-width punctuation into ASCII) and the inserts
   (with the growth of this process's resident memory). The peer does less: it finds
   no line positions, removes no boilerplate, converts no pinyin and reports no finding
   but "a candidate in the LSH"; the output says so. textclean's times are also given
   as a ratio to the peer's.

The first line names the textclean commit; the load average is printed, as other work on
the machine slows every timing.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import gc
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

BENCHMARKS = Path(__file__).resolve().parent
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))

from boilerplate_corpus import SITES  # noqa: E402
from dedup_bench import COPY_ID, load_note, markdown, tree_state, version  # noqa: E402
from dedup_corpus import (  # noqa: E402
    WIDTH,
    Story,
    _edit,
    _Home,
    _mirror,
    _reprint,
    markov,
    scale_documents,
)
from timing import environment_lines, remove_made, say  # noqa: E402

from textclean.parallel import ordered_map  # noqa: E402

AIM_SECONDS = 10.0
PER_FILE = 1000  # records per JSONL file, documents per folder of the txt layout
PEER_NUM_PERM = 128
PEER_THRESHOLD = 0.7
PEER_SHINGLE = 3
PEER_BATCH = 256  # documents per worker call when the peer signs the repository
PEER_STAGES = ("read", "charset_normalizer", "ftfy", "opencc t2s", "MinHash", "LSH query")
PARAGRAPH_END = re.compile("[，,；;、：:]$", re.M)
EDGE_SPACES = re.compile("^[ \u3000]+|[ \u3000]+$", re.M)
FINDING = re.compile(
    r"^(?P<path>[^\n]+?):(?P<line>\d+):(?P<column>\d+): (?P<code>TC\d{3}) (?P<message>.*)$", re.M
)
INDEXED = re.compile(r"(\d+) documents in the repository's index")
TC402_TARGET = re.compile(r"near-duplicate of (.+), already in the repository")
FLOOR_TEXT = "本文件只用来测量启动时间。\n"
GIT = (
    "git", "-c", "user.name=check-bench", "-c", "user.email=check-bench@example.invalid",
    "-c", "gc.auto=0", "-c", "commit.gpgsign=false", "-c", "core.autocrlf=false",
)  # fmt: skip
CHECKS = (("--select TC4", ("--select", "TC4")), ("all codes", ()))
"""The two checks timed: duplicates only, and every code (the pre-commit hook's default)."""
EXPECTED = {"reprint": ("TC402",), "boilerplate": ("TC30", "TC310"), "pinyin": ("TC103",)}
"""The codes (or prefixes) a planted file of each kind must be reported with."""


@dataclass(frozen=True)
class Settings:
    """What one benchmark run builds and times."""

    index_docs: int = 100_000
    changed: int = 1000
    chars: int = 3000
    layout: str = "jsonl"
    seed: int = 0
    jobs: tuple[int, ...] = (2, 1)
    repeat: int = 3
    peer: bool = True
    floors: bool = True  # time the start-up floor too
    reprint_share: float = 0.05
    problem_share: float = 0.02

    def repository_key(self) -> dict[str, Any]:
        """What the repository (and its index) depends on: a kept one is reused if equal."""
        return {
            "index_docs": self.index_docs,
            "chars": self.chars,
            "layout": self.layout,
            "seed": self.seed,
            "per_file": PER_FILE,
            "build_jobs": max(self.jobs),
        }


SMOKE = Settings(index_docs=2000, changed=50, repeat=1)


# === the repository ===========================================================================


def tidy(text: str) -> str:
    """A ``scale_documents`` text as a kept-clean repository holds it: full-width
    punctuation, no spaces around a paragraph, every paragraph ending a sentence."""
    return PARAGRAPH_END.sub("。", EDGE_SPACES.sub("", text.translate(WIDTH["full"])))


def git(folder: Path, *argv: str) -> str:
    done = subprocess.run([*GIT, *argv], cwd=folder, capture_output=True, text=True, check=False)
    if done.returncode:
        raise RuntimeError(f"git {' '.join(argv[:2])} failed: {done.stderr.strip()}")
    return done.stdout


def document_place(index: int, layout: str) -> tuple[str, int | None]:
    """Where repository document ``index`` is: its file, and its line in a JSONL file."""
    if layout == "jsonl":
        return f"docs/part-{index // PER_FILE:05d}.jsonl", index % PER_FILE + 1
    return f"docs/{index // PER_FILE:03d}/doc-{index:06d}.txt", None


def document_of(name: str, layout: str) -> int | None:
    """The repository document an index id names (``docs/part-00007.jsonl:18`` is document
    7,017), or None."""
    if layout == "jsonl":
        match = re.search(r"part-(\d+)\.jsonl:(\d+)$", name)
        return int(match.group(1)) * PER_FILE + int(match.group(2)) - 1 if match else None
    match = re.search(r"doc-(\d+)\.txt$", name)
    return int(match.group(1)) if match else None


def write_documents(folder: Path, settings: Settings) -> tuple[list[int], int]:
    """The repository's documents under ``folder/docs``; return the root of each (the
    distinct document it is a near-copy of, itself if none) and the characters written."""
    roots: list[int] = []
    chars = 0
    handle = None
    try:
        documents = scale_documents(settings.index_docs, chars=settings.chars, seed=settings.seed)
        for index, (doc_id, raw) in enumerate(documents):
            match = COPY_ID.match(doc_id)
            assert match, doc_id
            roots.append(int(match.group(2) or match.group(1)))
            text = tidy(raw)
            chars += len(text)
            name, line = document_place(index, settings.layout)
            path = folder / name
            if line is None:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text + "\n", encoding="utf-8")
                continue
            if line == 1:
                if handle is not None:
                    handle.close()
                path.parent.mkdir(parents=True, exist_ok=True)
                handle = path.open("w", encoding="utf-8")
            assert handle is not None
            handle.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
    finally:
        if handle is not None:
            handle.close()
    return roots, chars


def repository_texts(folder: Path, indices: Iterable[int], layout: str) -> dict[int, str]:
    """The texts of some repository documents, read back from their files."""
    wanted: dict[str, dict[int, int]] = defaultdict(dict)
    for index in indices:
        name, line = document_place(index, layout)
        wanted[name][line or 1] = index
    texts = {}
    for name, lines in wanted.items():
        path = folder / name
        if layout == "txt":
            texts[lines[1]] = path.read_text(encoding="utf-8").removesuffix("\n")
            continue
        with path.open(encoding="utf-8") as records:
            for number, record in enumerate(records, start=1):
                if number in lines:
                    texts[lines[number]] = json.loads(record)["text"]
    return texts


def iter_repository(folder: Path, settings: Settings) -> Iterator[str]:
    """Every repository document's text, in order."""
    for start in range(0, settings.index_docs, PER_FILE):
        name, line = document_place(start, settings.layout)
        if line is not None:
            with (folder / name).open(encoding="utf-8") as records:
                yield from (json.loads(record)["text"] for record in records)
            continue
        for index in range(start, min(start + PER_FILE, settings.index_docs)):
            yield (folder / document_place(index, settings.layout)[0]).read_text("utf-8")


@dataclass
class Repository:
    """The benchmark's git repository, and what building it cost."""

    folder: Path
    settings: Settings
    roots: list[int]
    built: dict[str, Any] = field(default_factory=dict)  # writing, committing, the index
    reused: bool = False


def manifest_path(workdir: Path) -> Path:
    return workdir / "manifest.json"


def load_manifest(workdir: Path) -> dict[str, Any]:
    try:
        return json.loads(manifest_path(workdir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def save_manifest(workdir: Path, manifest: dict[str, Any]) -> None:
    manifest_path(workdir).write_text(json.dumps(manifest), encoding="utf-8")


def prepare_repository(workdir: Path, settings: Settings) -> Repository:
    """The repository with its index built: a kept one of the same settings, or a new one."""
    folder = workdir / "repo"
    manifest = load_manifest(workdir)
    index_file = folder / ".textclean" / "index.sqlite"
    jobs = max(settings.jobs)
    if manifest.get("key") == settings.repository_key() and index_file.exists():
        say(f"reusing the repository and index in {folder}; bringing the index up to date")
        sync = run_textclean(folder, ["-j", str(jobs), "floor.txt"])  # textclean may be newer
        if sync.code not in (0, 1):
            raise RuntimeError(f"textclean check exited {sync.code}: {sync.stderr}")
        built = {**manifest["built"], "reuse_sync_seconds": sync.seconds}
        return Repository(folder, settings, manifest["roots"], built, reused=True)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    manifest_path(workdir).unlink(missing_ok=True)
    say(f"writing {settings.index_docs:,} documents ({settings.layout}) to {folder}")
    start = time.perf_counter()
    roots, chars = write_documents(folder, settings)
    written = time.perf_counter() - start
    say(f"written in {written:.0f} s; git add and commit")
    start = time.perf_counter()
    git(folder, "init", "-q", "-b", "main")
    git(folder, "add", "docs")
    git(folder, "commit", "-q", "-m", "the repository's documents")
    committed = time.perf_counter() - start
    size = sum(path.stat().st_size for path in (folder / "docs").rglob("*") if path.is_file())
    (folder / "floor.txt").write_text(FLOOR_TEXT, encoding="utf-8")
    say(f"committed in {committed:.0f} s; first textclean check (-j {jobs}): the index")
    build = run_textclean(folder, ["-j", str(jobs), "floor.txt"])
    if build.code not in (0, 1):
        raise RuntimeError(f"the first textclean check exited {build.code}: {build.stderr}")
    found = INDEXED.search(build.stderr)
    built = {
        "documents": settings.index_docs,
        "characters": chars,
        "bytes": size,
        "write_seconds": written,
        "commit_seconds": committed,
        "index_jobs": jobs,
        "index_seconds": build.seconds,
        "index_docs_per_second": settings.index_docs / build.seconds,
        "index_max_rss_mib": build.max_rss_mib,
        "indexed": int(found.group(1)) if found else None,
        "index_bytes": index_file.stat().st_size if index_file.exists() else None,
        "when": datetime.datetime.now().isoformat(timespec="seconds"),
        "textclean": tree_state(),
    }
    say(f"index built in {build.seconds:.0f} s ({built['indexed']} documents)")
    save_manifest(workdir, {"key": settings.repository_key(), "roots": roots, "built": built})
    return Repository(folder, settings, roots, built)


# === the changed files ========================================================================


class Planted(NamedTuple):
    """A changed file: its name in the repository, its kind (``new``, ``reprint``,
    ``boilerplate``, ``pinyin``) and, for a reprint, the repository document it copies."""

    name: str
    kind: str
    source: int | None = None


def _story(rng: random.Random, name: str, text: str) -> Story:
    """A text as a story (a headline of the character model, its paragraphs), for the
    corpus's site templates."""
    paragraphs = tuple(part for part in text.split("\n\n") if part.strip())
    return Story(name, markov().headline(rng), paragraphs)


def _home(rng: random.Random) -> _Home:
    day = datetime.date(2020, 1, 1) + datetime.timedelta(days=rng.randrange(1800))
    return _Home(rng.choice(SITES), day)


def plant_changes(repository: Repository) -> list[Planted]:
    """Write the changed files under ``incoming/`` (the same for the same settings) and
    stage them; a kept repository's earlier ones are removed first."""
    settings, folder = repository.settings, repository.folder
    rng = random.Random(f"changes-{settings.seed}")
    reprints = max(1, round(settings.changed * settings.reprint_share))
    problems = max(2, round(settings.changed * settings.problem_share))
    fresh = settings.changed - reprints
    if fresh < problems:
        raise ValueError(f"--changed {settings.changed} leaves no room for the new stories")
    git(folder, "rm", "-r", "-q", "--cached", "--ignore-unmatch", "incoming")
    shutil.rmtree(folder / "incoming", ignore_errors=True)
    (folder / "incoming").mkdir()
    distinct = [index for index, root in enumerate(repository.roots) if root == index]
    sources = rng.sample(distinct, reprints)
    originals = repository_texts(folder, sources, settings.layout)
    stories = scale_documents(fresh, settings.chars, duplicate_share=0.0, seed=settings.seed + 1)
    kinds = ["reprint"] * reprints + ["boilerplate", "pinyin"] * (problems // 2)
    kinds += ["boilerplate"] * (problems % 2) + ["new"] * (fresh - problems)
    rng.shuffle(kinds)
    planted, texts = [], []
    copies = iter(sources)
    for number, kind in enumerate(kinds, start=1):
        name = f"incoming/story-{number:04d}.txt"
        source = None
        if kind == "reprint":
            source = next(copies)
            original = originals[source]
            cut = original[: round(len(original) * rng.uniform(0.9, 1.0))]
            text = tidy(_edit(rng, cut, rng.uniform(0.01, 0.03)))
            if number % 2:  # under another site's header and footer lines
                text = _reprint(rng, _story(rng, name, text), _home(rng), 1).text
        else:
            text = tidy(next(stories)[1])
            if kind == "boilerplate":
                text = _reprint(rng, _story(rng, name, text), _home(rng), 1).text
            elif kind == "pinyin":
                text = _mirror(rng, _story(rng, name, text), _home(rng), 1).text
        planted.append(Planted(name, kind, source))
        texts.append(text)
    for item, text in zip(planted, texts, strict=True):
        (folder / item.name).write_text(text + "\n", encoding="utf-8")
    git(folder, "add", "incoming")
    return planted


# === running textclean ========================================================================


class Run(NamedTuple):
    """One subprocess: wall time, the peak RSS of its largest process, exit code, output."""

    seconds: float
    max_rss_mib: float
    code: int
    stdout: str
    stderr: str


def textclean_command() -> list[str]:
    """The console script beside this interpreter (what pre-commit runs), else ``-m``."""
    script = Path(sys.executable).with_name("textclean")
    return [str(script)] if script.exists() else [sys.executable, "-m", "textclean.cli"]


def run_textclean(folder: Path, argv: Sequence[str]) -> Run:
    """``textclean check ARGV`` in ``folder``: the wall clock from start to exit."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(
            [*textclean_command(), "check", *argv], cwd=folder, stdout=out, stderr=err
        )
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = (
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
        )
    return Run(seconds, usage.ru_maxrss / 1024, process.returncode, stdout, stderr)


@dataclass
class Timing:
    """The runs of one command line."""

    label: str
    argv: list[str]
    files: int
    runs: list[Run] = field(default_factory=list)

    @property
    def best(self) -> float:
        return min(run.seconds for run in self.runs)

    @property
    def median(self) -> float:
        return statistics.median(run.seconds for run in self.runs)

    def summary(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "argv": [
                "textclean",
                "check",
                *self.argv[:6],
                *(["..."] if len(self.argv) > 6 else []),
            ],
            "files": self.files,
            "seconds": [round(run.seconds, 3) for run in self.runs],
            "best": round(self.best, 3),
            "median": round(self.median, 3),
            "max_rss_mib": round(max(run.max_rss_mib for run in self.runs), 1),
            "exit_codes": sorted({run.code for run in self.runs}),
            "summary_line": self.runs[-1].stderr.strip().splitlines()[-1:] or [""],
        }


def time_checks(
    repository: Repository, planted: Sequence[Planted]
) -> tuple[list[Timing], dict[str, list[dict[str, Any]]]]:
    """Every timed command, ``repeat`` times in turns; and the findings of each check (by
    its label, from its last run)."""
    settings = repository.settings
    names = [item.name for item in planted]
    timings = [
        Timing(f"textclean check {label} -j {jobs}", [*select, "-j", str(jobs), *names], len(names))
        for label, select in CHECKS
        for jobs in settings.jobs
    ]
    if settings.floors:
        timings += [
            Timing("start-up floor: check floor.txt -j 1", ["-j", "1", "floor.txt"], 1),
            Timing("start-up floor: check --no-index floor.txt", ["--no-index", "floor.txt"], 1),
        ]
    for repeat in range(settings.repeat):
        for timing in timings:
            say(f"run {repeat + 1}/{settings.repeat}: {timing.label}")
            run = run_textclean(repository.folder, timing.argv)
            if run.code not in (0, 1):
                raise RuntimeError(f"{timing.label} exited {run.code}: {run.stderr[-2000:]}")
            timing.runs.append(run)
    findings = {timing.label: parse_findings(timing.runs[-1].stdout) for timing in timings}
    return timings, findings


def parse_findings(output: str) -> list[dict[str, Any]]:
    """The ``path:line:col: CODE message`` lines of a check."""
    return [
        {**match.groupdict(), "line": int(match["line"]), "column": int(match["column"])}
        for match in FINDING.finditer(output)
    ]


# === judging the findings =====================================================================


@dataclass
class Quality:
    """How the findings of one check match what was planted."""

    reprints: int = 0
    reprints_found: int = 0  # reported as TC402
    right_target: int = 0  # ... pointing at the source or a near-copy of it
    fresh: int = 0  # files that copy nothing (new stories, problem files)
    false_duplicates: int = 0  # of those, reported as TC401 or TC402
    problems: int = 0
    problems_found: int = 0  # boilerplate files with TC3xx, pinyin files with TC103
    clean_stories: int = 0  # new stories without a problem
    clean_with_findings: int = 0  # ... reported with something all the same
    unexpected: list[str] = field(default_factory=list)  # those findings, as printed
    codes: dict[str, int] = field(default_factory=dict)  # every finding, by code
    missed: list[str] = field(default_factory=list)  # reprints not reported as TC402
    false: list[str] = field(default_factory=list)  # the false TC401/TC402, as printed


def judge(
    planted: Sequence[Planted],
    findings: Sequence[dict[str, Any]],
    roots: Sequence[int],
    layout: str,
    all_codes: bool,
) -> Quality:
    """Recall on the reprints, false duplicates on the other files, and (``all_codes``)
    the problem files reported with their codes."""
    by_path: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for finding in findings:
        by_path[finding["path"]].append(finding)
    quality = Quality(codes=dict(Counter(finding["code"] for finding in findings)))
    for item in planted:
        found = by_path.get(item.name, [])
        codes = {finding["code"] for finding in found}
        if item.kind == "reprint":
            quality.reprints += 1
            hits = [finding for finding in found if finding["code"] == "TC402"]
            quality.reprints_found += bool(hits)
            targets = {_target(finding["message"], roots, layout) for finding in hits}
            quality.right_target += item.source in targets
            if not hits:
                quality.missed.append(f"{item.name} (a copy of document {item.source})")
            continue
        quality.fresh += 1
        duplicates = [finding for finding in found if finding["code"] in ("TC401", "TC402")]
        quality.false_duplicates += bool(duplicates)
        quality.false += [f"{d['path']}: {d['code']} {d['message']}" for d in duplicates]
        if item.kind == "new":
            quality.clean_stories += 1
            quality.clean_with_findings += bool(found)
            quality.unexpected += [
                f"{f['path']}:{f['line']}: {f['code']} {f['message']}" for f in found
            ]
        elif all_codes:
            quality.problems += 1
            expected = EXPECTED[item.kind]
            quality.problems_found += any(code.startswith(expected) for code in codes)
    return quality


def _target(message: str, roots: Sequence[int], layout: str) -> int | None:
    """The root of the repository document a TC402 message names."""
    match = TC402_TARGET.search(message)
    index = document_of(match.group(1), layout) if match else None
    return roots[index] if index is not None and index < len(roots) else None


# === the peer =================================================================================


@functools.cache
def _t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def peer_shingles(text: str) -> list[bytes]:
    """The UTF-8 3-character shingles of ``text``, as a user would make them."""
    if len(text) < PEER_SHINGLE:
        return [text.encode("utf-8")] if text else []
    return [text[i : i + PEER_SHINGLE].encode("utf-8") for i in range(len(text) - 2)]


def peer_signatures(texts: list[str]) -> np.ndarray:
    """The peer's MinHash values of repository texts (a worker's call): ftfy, t2s, MinHash;
    the texts are decoded already (JSONL)."""
    import ftfy
    from datasketch import MinHash

    rows = np.empty((len(texts), PEER_NUM_PERM), dtype=np.uint32)
    for row, text in enumerate(texts):
        minhash = MinHash(num_perm=PEER_NUM_PERM)
        minhash.update_batch(peer_shingles(_t2s().convert(ftfy.fix_text(text))))
        rows[row] = minhash.hashvalues
    return rows


def rss_mib() -> float:
    """This process's resident set, in MiB."""
    status = Path("/proc/self/status").read_text()
    match = re.search(r"^VmRSS:\s+(\d+) kB", status, re.M)
    return int(match.group(1)) / 1024 if match else float("nan")


def _batches(texts: Iterable[str], size: int) -> Iterator[tuple[list[str], None]]:
    batch: list[str] = []
    for text in texts:
        batch.append(text)
        if len(batch) == size:
            yield batch, None
            batch = []
    if batch:
        yield batch, None


def peer_index(workdir: Path, repository: Repository) -> tuple[Any, dict[str, Any]]:
    """The peer's ``MinHashLSH`` of the repository's documents; its signatures are kept in
    the workdir (``peer-minhashes.npy``) for a later run of the same repository."""
    from datasketch import LeanMinHash, MinHash, MinHashLSH

    settings = repository.settings
    cache = workdir / "peer-minhashes.npy"
    manifest = load_manifest(workdir)
    info: dict[str, Any] = {}
    peer_key = {**settings.repository_key(), "num_perm": PEER_NUM_PERM, "shingle": PEER_SHINGLE}
    if cache.exists() and manifest.get("peer", {}).get("key") == peer_key:
        signatures = np.load(cache)
        info |= manifest["peer"]["signing"] | {"signatures_reused": True}
        say(f"peer: reusing {len(signatures):,} signatures from {cache}")
    else:
        jobs = max(settings.jobs)
        say(f"peer: signing {settings.index_docs:,} repository documents in {jobs} processes")
        start = time.perf_counter()
        batches = _batches(iter_repository(repository.folder, settings), PEER_BATCH)
        signed = ordered_map(peer_signatures, batches, jobs)
        signatures = np.concatenate([rows for rows, _ in signed])
        signing = {"sign_seconds": time.perf_counter() - start, "sign_jobs": jobs}
        np.save(cache, signatures)
        manifest["peer"] = {"key": peer_key, "signing": signing}
        save_manifest(workdir, manifest)
        info |= signing | {"signatures_reused": False}
    scheme = MinHash(num_perm=PEER_NUM_PERM).scheme
    gc.collect()
    before = rss_mib()
    start = time.perf_counter()
    lsh = MinHashLSH(threshold=PEER_THRESHOLD, num_perm=PEER_NUM_PERM)
    for position, row in enumerate(signatures):
        lsh.insert(position, LeanMinHash(seed=1, hashvalues=row, scheme=scheme))
    info["insert_seconds"] = time.perf_counter() - start
    gc.collect()
    info["lsh_rss_growth_mib"] = rss_mib() - before
    info["signatures_mib"] = signatures.nbytes / 2**20
    info["bands"] = [lsh.b, lsh.r]
    say(f"peer: LSH of {len(signatures):,} documents in {info['insert_seconds']:.0f} s")
    return lsh, info


class PeerResult(NamedTuple):
    seconds: float
    stages: dict[str, float]
    candidates: dict[str, list[int]]  # by file: the LSH's candidates


def peer_check(folder: Path, names: Sequence[str], lsh: Any) -> PeerResult:
    """The hand-glued pipeline on the changed files, timed (one process, as written)."""
    import charset_normalizer
    import ftfy
    import opencc
    from datasketch import MinHash

    stages = dict.fromkeys(PEER_STAGES, 0.0)
    candidates = {}
    start = time.perf_counter()
    t2s = opencc.OpenCC("t2s")
    for name in names:
        t0 = time.perf_counter()
        data = (folder / name).read_bytes()
        t1 = time.perf_counter()
        best = charset_normalizer.from_bytes(data).best()
        text = str(best) if best is not None else data.decode("utf-8", "replace")
        t2 = time.perf_counter()
        text = ftfy.fix_text(text)
        t3 = time.perf_counter()
        text = t2s.convert(text)
        t4 = time.perf_counter()
        minhash = MinHash(num_perm=PEER_NUM_PERM)
        minhash.update_batch(peer_shingles(text))
        t5 = time.perf_counter()
        candidates[name] = sorted(lsh.query(minhash))
        t6 = time.perf_counter()
        times = (t0, t1, t2, t3, t4, t5, t6)
        for stage, begin, end in zip(PEER_STAGES, times, times[1:], strict=False):
            stages[stage] += end - begin
    return PeerResult(time.perf_counter() - start, stages, candidates)


def judge_peer(
    planted: Sequence[Planted], candidates: dict[str, list[int]], roots: Sequence[int]
) -> Quality:
    """The peer's recall and false duplicates: a candidate of the LSH counts as found."""
    quality = Quality()
    for item in planted:
        found = candidates.get(item.name, [])
        if item.kind == "reprint":
            quality.reprints += 1
            quality.reprints_found += bool(found)
            quality.right_target += item.source in {roots[index] for index in found}
            if not found:
                quality.missed.append(f"{item.name} (a copy of document {item.source})")
        else:
            quality.fresh += 1
            quality.false_duplicates += bool(found)
    return quality


# === the whole run ============================================================================


def run_benchmark(settings: Settings, workdir: Path) -> dict[str, Any]:
    """Build (or reuse) the repository and its index, plant the changes, time textclean and
    the peer; return the results (what ``--json`` writes)."""
    load_before = load_note()
    repository = prepare_repository(workdir, settings)
    planted = plant_changes(repository)
    say(f"{len(planted)} changed files staged: {dict(Counter(item.kind for item in planted))}")
    timings, findings = time_checks(repository, planted)
    quality = {}
    for label, select in CHECKS:
        for jobs in settings.jobs:
            name = f"textclean check {label} -j {jobs}"
            result = judge(planted, findings[name], repository.roots, settings.layout, not select)
            quality[name] = asdict(result)
    results: dict[str, Any] = {
        "settings": asdict(settings),
        "textclean": tree_state(),
        "versions": {
            name: version(name)
            for name in ("datasketch", "charset-normalizer", "ftfy", "opencc", "numpy")
        },
        "python": sys.version.split()[0],
        "cpus": os.cpu_count(),
        "load_before": load_before,
        "repository": {**repository.built, "reused": repository.reused},
        "changed": dict(Counter(item.kind for item in planted)),
        "timings": [timing.summary() for timing in timings],
        "quality": quality,
        "same_findings_for_jobs": {
            label: len({_key(findings[f"textclean check {label} -j {j}"]) for j in settings.jobs})
            == 1
            for label, _ in CHECKS
        },
    }
    if settings.peer:
        lsh, built = peer_index(workdir, repository)
        say("peer: the changed files")
        peer = peer_check(repository.folder, [item.name for item in planted], lsh)
        del lsh
        results["peer"] = {
            "build": built,
            "seconds": peer.seconds,
            "stages": peer.stages,
            "quality": asdict(judge_peer(planted, peer.candidates, repository.roots)),
        }
    results["load_after"] = load_note()
    return results


def _key(findings: list[dict[str, Any]]) -> str:
    return json.dumps(sorted(findings, key=lambda f: (f["path"], f["line"], f["code"])))


# === the report ===============================================================================


def _seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole}" if whole else "-"


def render(results: dict[str, Any]) -> str:
    """The results as Markdown: the timings, then the findings judged, then notes."""
    settings, built = results["settings"], results["repository"]
    peer = results.get("peer")
    peer_seconds = peer["seconds"] if peer else None
    lines = [
        *environment_lines(results),
        "",
        f"## textclean check: {sum(results['changed'].values()):,} changed .txt files "
        f"({', '.join(f'{count} {kind}' for kind, count in results['changed'].items())}) "
        f"of ~{settings['chars']:,} "
        f"characters against a repository of {built['documents']:,} documents "
        f"({settings['layout']}, {built['bytes'] / 2**20:,.0f} MiB)",
        "",
    ]
    index_row = [
        f"first check: index the repository (-j {built['index_jobs']})",
        f"{built['documents']:,} docs",
        _seconds(built["index_seconds"]),
        "-",
        f"{built['index_docs_per_second']:,.0f} docs/s",
        f"{built['index_max_rss_mib']:,.0f}",
        "-",
    ]
    rows = [index_row]
    for timing in results["timings"]:
        rate = f"{timing['files'] / timing['best']:,.0f} files/s" if timing["files"] > 1 else "-"
        compared = peer_seconds and timing["files"] > 1
        ratio = f"{timing['best'] / peer_seconds:.2f}" if compared else "-"
        rows.append(
            [
                timing["label"],
                f"{timing['files']:,} files",
                _seconds(timing["best"]),
                _seconds(timing["median"]),
                rate,
                f"{timing['max_rss_mib']:,.0f}",
                ratio,
            ]
        )
    if peer:
        rows.append(
            [
                "peer: charset_normalizer + ftfy + opencc + datasketch (in-process, 1 core)",
                f"{sum(results['changed'].values()):,} files",
                _seconds(peer_seconds),
                "-",
                f"{sum(results['changed'].values()) / peer_seconds:,.0f} files/s",
                "-",
                "1.00",
            ]
        )
    header = ["run", "input", "wall s (best)", "median", "rate", "max RSS MiB", "÷ peer"]
    lines += [markdown(header, rows), ""]
    lines.append(
        f"Repository written in {built['write_seconds']:.0f} s, committed in "
        f"{built['commit_seconds']:.0f} s; index {(built['index_bytes'] or 0) / 2**20:,.0f} MiB, "
        f"{built['indexed']} documents"
        + (
            f"; reused from an earlier run (built {built['when']} with {built['textclean']}; "
            f"brought up to date in {built['reuse_sync_seconds']:.1f} s)"
            if built["reused"]
            else ""
        )
        + ". Best and median of "
        + f"{settings['repeat']} run(s); the wall clock of the subprocess, start-up included; "
        "max RSS of its largest process. '÷ peer': textclean's best time over the peer's."
    )
    lines += ["", "### Findings judged", ""]
    quality_rows = []
    for name, quality in results["quality"].items():
        quality_rows.append(
            [
                name.removeprefix("textclean check "),
                _share(quality["reprints_found"], quality["reprints"]),
                _share(quality["right_target"], quality["reprints"]),
                _share(quality["false_duplicates"], quality["fresh"]),
                _share(quality["problems_found"], quality["problems"]),
                _share(quality["clean_with_findings"], quality["clean_stories"]),
                ", ".join(f"{code} ×{count}" for code, count in sorted(quality["codes"].items())),
            ]
        )
    if peer:
        quality = peer["quality"]
        quality_rows.append(
            [
                "peer (an LSH candidate = a duplicate)",
                _share(quality["reprints_found"], quality["reprints"]),
                _share(quality["right_target"], quality["reprints"]),
                _share(quality["false_duplicates"], quality["fresh"]),
                "-",
                "-",
                "-",
            ]
        )
    quality_header = [
        "check",
        "reprints found (TC402)",
        "pointing at the source",
        "false TC401/TC402 on the others",
        "problem files reported",
        "clean new stories with a finding",
        "findings by code",
    ]
    lines += [markdown(quality_header, quality_rows), ""]
    for name, quality in results["quality"].items():
        for missed in quality["missed"][:5]:
            lines.append(f"- {name}: missed {missed}")
        for false in quality["false"][:5]:
            lines.append(f"- {name}: false {false}")
        for unexpected in quality["unexpected"][:8]:
            lines.append(f"- {name}: on a clean new story: {unexpected[:160]}")
    same = results["same_findings_for_jobs"]
    lines.append(
        "- Same findings with every -j: "
        + ", ".join(f"{label}: {'yes' if equal else 'NO'}" for label, equal in same.items())
    )
    if peer:
        build = peer["build"]
        stages = ", ".join(f"{stage} {seconds:.2f} s" for stage, seconds in peer["stages"].items())
        reused = " (reused from an earlier run)" if build["signatures_reused"] else ""
        lines += [
            "",
            "### The peer",
            "",
            "- Not the same work: it finds no line positions, removes no boilerplate, strips "
            "no pinyin, verifies no candidate (each LSH candidate counts as a duplicate) and "
            "reports nothing else; textclean reports every edit at its line and column, and "
            "indexes the checked files for the next check.",
            f"- Its time on the changed files: {peer['seconds']:.2f} s ({stages}); in this "
            "process, imports not counted.",
            f"- Its LSH (outside the timed part): the repository's {built['documents']:,} "
            f"documents signed (ftfy + t2s + MinHash) in {build['sign_seconds']:.0f} s with "
            f"{build['sign_jobs']} processes{reused}; inserted in "
            f"{build['insert_seconds']:.0f} s (bands × rows {build['bands'][0]} × "
            f"{build['bands'][1]}), this process's RSS grew by "
            f"{build['lsh_rss_growth_mib']:,.0f} MiB (the signatures, "
            f"{build['signatures_mib']:,.0f} MiB, held apart).",
        ]
    lines += ["", "### Aim: < 10 s for the changed files", ""]
    for timing in results["timings"]:
        if timing["files"] > 1:
            met = "met" if timing["best"] < AIM_SECONDS else "NOT met"
            lines.append(f"- {timing['label']}: {timing['best']:.2f} s (best): {met}")
    return "\n".join(lines)


# === main =====================================================================================


def job_list(text: str) -> tuple[int, ...]:
    jobs = tuple(int(part) for part in text.split(",") if part.strip())
    if not jobs or min(jobs) < 1:
        raise argparse.ArgumentTypeError("jobs must be whole numbers >= 1, e.g. 2,1")
    return jobs


def arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    default = Settings()
    parser.add_argument("--index-docs", type=int, help=f"default {default.index_docs:,}")
    parser.add_argument("--changed", type=int, help=f"changed files (default {default.changed:,})")
    parser.add_argument("--chars", type=int, help=f"characters per document ({default.chars:,})")
    parser.add_argument("--layout", choices=("jsonl", "txt"), help="default jsonl")
    parser.add_argument("--jobs", type=job_list, help="the -j values timed (default 2,1)")
    parser.add_argument("--repeat", type=int, help="runs per command (default 3)")
    parser.add_argument("--seed", type=int, help="the corpus's seed (default 0)")
    parser.add_argument("--no-peer", action="store_true", help="leave the peer out")
    parser.add_argument("--workdir", type=Path, help="where the repository goes (default: temp)")
    parser.add_argument("--keep", action="store_true", help="keep the workdir for a later run")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the results as JSON")
    parser.add_argument(
        "--smoke", action="store_true", help="2,000 documents, 50 changed files, one run each"
    )
    return parser.parse_args(argv)


def settings_of(args: argparse.Namespace) -> Settings:
    settings = SMOKE if args.smoke else Settings()
    given = {
        name: getattr(args, name)
        for name in ("index_docs", "changed", "chars", "layout", "jobs", "repeat", "seed")
        if getattr(args, name) is not None
    }
    return replace(settings, **given, peer=not args.no_peer)


def main(argv: Sequence[str] | None = None) -> None:
    args = arguments(argv)
    settings = settings_of(args)
    created = args.workdir is None or not args.workdir.exists()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="check-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    say(f"workdir {workdir}{' (kept)' if args.keep else ''}")
    try:
        results = run_benchmark(settings, workdir)
    finally:
        if not args.keep:
            remove_made(workdir, created, ("repo", "manifest.json", "peer-minhashes.npy"))
    print(render(results))
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
