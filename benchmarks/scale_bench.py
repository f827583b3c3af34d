"""Throughput of a whole run (clean + dedup): the local backend against the Ray backend.

    python benchmarks/scale_bench.py [--documents 3000] [--configs local:1,local:2,ray:1,ray:2]
                                     [--repeat 1] [--per-file 500] [--seed 0] [--records]
                                     [--timeout 600] [--ray-stats] [--workdir DIR] [--keep]
                                     [--json PATH] [--smoke]

What is measured: documents per second and MB of input per second of

* the local backend, ``textclean.pipeline.clean_files(INPUT, out.jsonl, dedup=True,
  jobs=J, clusters=...)`` for each ``local:J`` of ``--configs``;
* the Ray backend, ``textclean.distributed.run_on_ray(INPUT, out/, num_cpus=N,
  clusters=...)`` for each ``ray:N``, on a local Ray of N CPUs started for that run alone;

with ``--records`` both also write ``dropped`` and ``removed``. At 3,000 documents the
four configurations take about 4-8 minutes on 2 cores (a run that hangs takes
``--timeout``); ``--smoke`` (100 documents, ``local:1`` and ``ray:2``) about 40 s.

The corpus: ``dedup_corpus.generate(stories, --seed)``: news stories printed as originals,
reprints under other sites' boilerplate, Traditional-script mirrors with pinyin glued in,
truncated and edited copies, e-paper pages printing whole stories, and hard negatives in
one site template (about 2.3 documents and 5.8 KB per story), shuffled; the first
``--documents`` of them are written as JSONL files of ``--per-file`` records ``{"id",
"text"}`` under ``--workdir`` (default: a temporary folder, removed at the end unless
``--keep``; a kept corpus of the same settings is reused). ``scale_documents`` is not
used: its texts are clauses without boilerplate, pinyin or scripts to convert, so most
of the cleaning steps would have nothing to do.

How: every run is a child process of its own (``python scale_bench.py --child SPEC``),
so each Ray run starts its own Ray with its own ``num_cpus`` (``RAY_ADDRESS`` is taken
out of the child's environment), and no run inherits another's warm workers; with
``--repeat R`` the configurations are taken in turns, R times, and the best run (least
``run s``) is shown. What the child measures:

* ``run s``: the ``clean_files`` or ``run_on_ray`` call alone. docs/s and MB/s (input
  JSONL, 10^6 bytes) are on it, and "x local:1" is the run's docs/s over that of
  ``local:1`` in the same benchmark (the peer run beside it);
* ``Ray start-up s``: ``textclean.distributed.session.ray_session(num_cpus=N)``, entered
  by the child before ``run_on_ray`` (``ray.init`` with the backend's own settings, and
  the Ray Data context); ``run_on_ray`` reuses that Ray. The "with start-up" columns are
  on start-up + run; Ray's shutdown is in the JSON;
* ``process s``: the child's wall clock as this process sees it (interpreter, imports,
  Ray start-up and shutdown included);
* the stages: timers wrapped, in the child only (textclean is not edited), around the
  backends' own functions. Local: the dedup stage's ``consume`` and ``write_outcome``
  (the rest is reading, cleaning and the repeated-line pass). Ray: ``_Run.clean``
  (reading, cleaning, with the repeated-line stage apart), ``_Run.deduplicate`` (signing,
  clusters, containment, the fate of each document) with ``_clusters``,
  ``connected_components`` and ``find_contained`` apart, and ``_Run.write``. A function
  that textclean has renamed is left alone and its timer missing. Each stage's start is
  logged in the child's log, so a run that hangs is reported with the stage it was in.
  ``--ray-stats`` appends Ray Data's ``Dataset.stats()`` of every materialized dataset
  to ``WORKDIR/logs/ray-stats-*.txt`` (and keeps the workdir).

Memory and CPU are sampled every 0.25 s from ``/proc`` over the child's process tree (the
Ray processes it starts are in it: GCS, raylet, Ray's actors and workers). "peak RSS one
process": the largest ``VmHWM`` seen (not ``os.wait4``'s ``ru_maxrss``: Linux counts in
it the resident set of this process, which the child is forked from). "peak PSS all":
the peak of the summed proportional set sizes (shared pages, such as Ray's object store,
split among the processes that map them; object-store pages no process maps are not in
it). "CPU / process s": the tree's user + system CPU seconds (the larger of the sampled
sum and ``os.wait4``'s, which misses the Ray workers that the raylet does not reap) per
second of ``process s``: 2.0 keeps both cores busy; the CPU of each kind of process is
listed under the table. "others' CPU / s": the machine's busy CPU seconds (``/proc/stat``)
not spent by the tree, per second: other work that slowed the run.

The check: each run's kept document ids (in output order; a Ray output read shard by shard
in name order) must be those of the first configuration's output, and so must its
records (output and clusters, compared as parsed JSON). A mismatch, or a run that failed
or ran past ``--timeout`` (its process tree is then ended), is printed as ``MISMATCH`` or
``FAILED``, and the benchmark exits 1. Progress goes to stderr, the results to stdout as
Markdown (and with ``--json PATH`` as JSON); the load average is printed before and
after, and a change to textclean's sources during the benchmark is reported.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import math
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple

BENCHMARKS = Path(__file__).resolve().parent
ROOT = BENCHMARKS.parent
for _folder in (BENCHMARKS, ROOT):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))

from timing import environment_lines, remove_made, say  # noqa: E402

# The corpus (dedup_corpus: opencc, pypinyin) and the report's helpers (dedup_bench) are
# imported where they are used, in this process only: a child imports no more than its
# backend needs, so that its memory and start-up are the backend's.

DOCS_PER_STORY = 2.2  # generate() makes about 2.3 documents per story
SAMPLE_SECONDS = 0.25
REFERENCE = "local:1"
OUTPUTS = ("output", "clusters")
RECORD_OUTPUTS = ("dropped", "removed")
CONFIG = re.compile(r"^(local|ray):(\d+)$")
STAGE_START = "stage starts:"
RAY_SERVICES = ("Actor", "Agent", "Stats", "Autoscal", "Dashboard", "RuntimeEnv")
"""Words in the names of Ray's own actors and agents (comm is cut at 15 characters)."""
BUSY_FIELDS = slice(0, 8)  # /proc/stat cpu: user nice system idle iowait irq softirq steal


class Config(NamedTuple):
    """One configuration timed: ``local:J`` (clean_files jobs=J) or ``ray:N`` (num_cpus=N)."""

    backend: str
    workers: int

    @property
    def name(self) -> str:
        return f"{self.backend}:{self.workers}"

    @property
    def label(self) -> str:
        if self.backend == "local":
            return f"local clean_files jobs={self.workers}"
        return f"ray run_on_ray num_cpus={self.workers}"


def config_list(text: str) -> tuple[Config, ...]:
    configs = []
    for part in (piece.strip() for piece in text.split(",")):
        if not part:
            continue
        match = CONFIG.match(part)
        if not match or int(match.group(2)) < 1:
            raise argparse.ArgumentTypeError(
                f"{part!r}: configurations are local:J or ray:N (J, N >= 1), e.g. local:1,ray:2"
            )
        configs.append(Config(match.group(1), int(match.group(2))))
    if not configs or len(set(configs)) != len(configs):
        raise argparse.ArgumentTypeError("give each configuration once, e.g. local:1,ray:2")
    return tuple(configs)


@dataclass(frozen=True)
class Settings:
    """What one benchmark run writes and times."""

    documents: int = 3000
    per_file: int = 500
    seed: int = 0
    configs: tuple[Config, ...] = config_list("local:1,local:2,ray:1,ray:2")
    repeat: int = 1
    records: bool = False  # write dropped and removed too
    ray_stats: bool = False
    timeout: float = 600.0  # seconds per run; a run still going then is ended and FAILED

    def corpus_key(self) -> dict[str, Any]:
        """What the corpus depends on: a kept one is reused if equal."""
        return {"documents": self.documents, "per_file": self.per_file, "seed": self.seed}


SMOKE = Settings(documents=100, per_file=40, configs=config_list("local:1,ray:2"), timeout=240)


# === the corpus ===============================================================================


@dataclass
class Corpus:
    folder: Path
    documents: int
    files: int
    bytes: int
    kinds: dict[str, int]
    stories: int
    seconds: float
    reused: bool = False


def write_corpus(folder: Path, settings: Settings) -> Corpus:
    """The first ``settings.documents`` of ``generate(stories, seed)`` as JSONL files."""
    from dedup_corpus import generate

    start = time.perf_counter()
    stories = max(12, math.ceil(settings.documents / DOCS_PER_STORY))  # its minimum
    documents = generate(stories, settings.seed)
    while len(documents) < settings.documents:  # a seed that makes fewer copies than usual
        stories = math.ceil(stories * 1.1 * settings.documents / len(documents))
        documents = generate(stories, settings.seed)
    documents = documents[: settings.documents]
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    files = 0
    for first in range(0, len(documents), settings.per_file):
        path = folder / f"news-{first // settings.per_file:05d}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for document in documents[first : first + settings.per_file]:
                record = {"id": document.id, "text": document.text}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        files += 1
    size = sum(path.stat().st_size for path in folder.iterdir())
    kinds = dict(Counter(document.kind for document in documents).most_common())
    seconds = time.perf_counter() - start
    return Corpus(folder, len(documents), files, size, kinds, stories, seconds)


def prepare_corpus(workdir: Path, settings: Settings) -> Corpus:
    """The corpus under ``workdir/corpus``: a kept one of the same settings, or a new one."""
    manifest = workdir / "corpus.json"
    folder = workdir / "corpus"
    try:
        kept = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        kept = {}
    if kept.get("key") == settings.corpus_key() and folder.is_dir():
        say(f"reusing the corpus in {folder}")
        return Corpus(**{**kept["corpus"], "folder": folder, "reused": True})
    manifest.unlink(missing_ok=True)
    say(f"writing {settings.documents:,} documents of dedup_corpus.generate to {folder}")
    corpus = write_corpus(folder, settings)
    record = {name: value for name, value in asdict(corpus).items() if name != "folder"}
    manifest.write_text(json.dumps({"key": settings.corpus_key(), "corpus": record}), "utf-8")
    say(
        f"{corpus.documents:,} documents ({corpus.stories:,} stories), {corpus.files} files, "
        f"{corpus.bytes / 1e6:.1f} MB, in {corpus.seconds:.1f} s"
    )
    return corpus


# === the child: one configuration, once =======================================================


class _Timers:
    """Wall time per stage, summed over calls, wrapped around functions of a module or
    class (in this process only)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def wrap(self, owner: Any, attribute: str, name: str) -> None:
        original = getattr(owner, attribute, None)
        if original is None or not callable(original):
            return  # renamed in textclean: no timer
        timers = self.seconds

        def timed(*args: Any, **kwargs: Any) -> Any:
            say(f"{STAGE_START} {name}")  # in the child's log: where a hung run is
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                timers[name] = timers.get(name, 0.0) + time.perf_counter() - start

        setattr(owner, attribute, timed)


def _ray_stats_recorder(log: Path) -> None:
    """Append ``Dataset.stats()`` of every materialized dataset to ``log``."""
    from ray.data import Dataset

    original = Dataset.materialize
    count = [0]

    def materialize(self: Any, *args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        result = original(self, *args, **kwargs)
        seconds = time.perf_counter() - start
        count[0] += 1
        with log.open("a", encoding="utf-8") as handle:
            handle.write(f"\n===== materialize #{count[0]}: {seconds:.2f} s =====\n")
            handle.write(result.stats() + "\n")
        return result

    Dataset.materialize = materialize


def child(spec_path: Path) -> None:
    """Run one configuration as ``spec_path`` says; write what it measured beside it."""
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    outputs = spec["outputs"]
    extra = {name: outputs[name] for name in (*OUTPUTS, *RECORD_OUTPUTS)[1:] if name in outputs}
    timers = _Timers()
    result: dict[str, Any] = {}
    start = time.perf_counter()
    if spec["backend"] == "local":
        from textclean import pipeline
        from textclean.dedup import stage as dedup_stage
        from textclean.pipeline import clean_files

        timers.wrap(dedup_stage.DedupStage, "consume", "dedup consume")
        timers.wrap(pipeline, "write_outcome", "dedup write outcome")
        result["import_seconds"] = time.perf_counter() - start
        begin = time.perf_counter()
        summary = clean_files(
            spec["inputs"], outputs["output"], dedup=True, jobs=spec["workers"], **extra
        )
        result["run_seconds"] = time.perf_counter() - begin
    else:
        import ray  # noqa: F401  (timed with the imports, not the start-up)

        from textclean.distributed import run as ray_run
        from textclean.distributed import run_on_ray
        from textclean.distributed.session import ray_session

        for attribute, name in (
            ("clean", "clean"),
            ("_repeated_lines", "clean: repeated lines"),
            ("deduplicate", "deduplicate"),
            ("_clusters", "deduplicate: clusters"),
            ("write", "write"),
        ):
            timers.wrap(getattr(ray_run, "_Run", None), attribute, name)
        timers.wrap(ray_run, "connected_components", "deduplicate: clusters: components")
        timers.wrap(ray_run, "find_contained", "deduplicate: containment")
        if spec.get("ray_stats"):
            _ray_stats_recorder(Path(spec["ray_stats"]))
        result["import_seconds"] = time.perf_counter() - start
        begin = time.perf_counter()
        with ray_session(num_cpus=spec["workers"]):
            result["startup_seconds"] = time.perf_counter() - begin
            begin = time.perf_counter()
            summary = run_on_ray(
                spec["inputs"], outputs["output"], num_cpus=spec["workers"], **extra
            )
            result["run_seconds"] = time.perf_counter() - begin
            begin = time.perf_counter()
        result["shutdown_seconds"] = time.perf_counter() - begin
    result["stages"] = timers.seconds
    result["summary"] = summary.describe()
    Path(spec["result"]).write_text(json.dumps(result), encoding="utf-8")


# === the parent: sampling a child's process tree ==============================================

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def _tree(pid: int) -> list[int]:
    """``pid`` and its living descendants."""
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        try:
            tasks = list(Path(f"/proc/{current}/task").iterdir())
            children = [int(c) for task in tasks for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
        found.append(current)
        stack += children
    return found


def _status_kib(text: str, key: str) -> int:
    match = re.search(rf"^{key}:\s+(\d+) kB", text, re.M)
    return int(match.group(1)) if match else 0


def machine_busy_seconds() -> float:
    """CPU seconds the whole machine has been busy (all processes, all cores)."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    ticks = [int(value) for value in fields[BUSY_FIELDS]]
    return (sum(ticks) - ticks[3] - ticks[4]) / CLOCK_TICKS  # less idle and iowait


def end_tree(pid: int) -> None:
    """End a child that ran out of time, and every process it started (Ray's raylet and
    workers included), one by one by id: the tree is listed first, as a Ray worker whose
    raylet is gone leaves the tree."""
    for member in _tree(pid):
        with contextlib.suppress(ProcessLookupError):
            os.kill(member, signal.SIGKILL)


def last_stage(log: Path) -> str:
    try:
        lines = log.read_text(errors="replace").splitlines()
    except OSError:
        return ""
    starts = [line for line in lines if STAGE_START in line]
    return starts[-1].split(STAGE_START, 1)[1].strip() if starts else ""


class Sampler:
    """Peak memory and CPU time of a process tree, sampled from ``/proc``."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.max_hwm_kib = 0
        self.peak_pss_kib = 0
        self.cpu_ticks: dict[tuple[int, int], int] = {}  # (pid, start time) -> utime + stime
        self.processes: set[tuple[int, int]] = set()
        self.names: dict[tuple[int, int], str] = {}  # the process's role, at its last sample
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._done.is_set():
            self.sample()
            self._done.wait(SAMPLE_SECONDS)

    def sample(self) -> None:
        pss = 0
        for pid in _tree(self.pid):
            try:
                status = Path(f"/proc/{pid}/status").read_text()
                stat = Path(f"/proc/{pid}/stat").read_text()
                rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            key = (pid, int(fields[19]))  # field 22: the start time, against reused pids
            self.processes.add(key)
            self.names[key] = self._role(pid, stat)
            self.cpu_ticks[key] = int(fields[11]) + int(fields[12])  # utime, stime
            self.max_hwm_kib = max(self.max_hwm_kib, _status_kib(status, "VmHWM"))
            pss += _status_kib(rollup, "Pss")
        self.peak_pss_kib = max(self.peak_pss_kib, pss)

    def _role(self, pid: int, stat: str) -> str:
        """What a process of the tree is: the child itself, a Ray worker running tasks, or
        its own name (raylet, gcs_server, ray::_StatsActor, a pool worker: python)."""
        if pid == self.pid:
            return "the child (driver)"
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        if name.startswith("ray::") and not any(word in name for word in RAY_SERVICES):
            return "ray::<task workers>"
        return name

    @property
    def cpu_seconds(self) -> float:
        return sum(self.cpu_ticks.values()) / CLOCK_TICKS

    def cpu_by_role(self) -> dict[str, float]:
        """CPU seconds per role, the largest first."""
        roles: Counter[str] = Counter()
        for key, ticks in self.cpu_ticks.items():
            roles[self.names[key]] += ticks / CLOCK_TICKS
        return dict(roles.most_common())


@dataclass
class Run:
    """One configuration, run once: what the child and the sampler measured."""

    config: str
    label: str
    repeat: int
    exit: int = 0
    timed_out: bool = False
    last_stage: str = ""  # the last stage the child started (from its log)
    process_seconds: float = 0.0
    others_cpu: float | None = None  # CPU seconds of other processes on the machine, per second
    import_seconds: float | None = None
    startup_seconds: float | None = None
    run_seconds: float | None = None
    shutdown_seconds: float | None = None
    stages: dict[str, float] = field(default_factory=dict)
    summary: str = ""
    max_rss_mib: float = 0.0
    peak_pss_mib: float = 0.0
    cpu_seconds: float = 0.0
    processes: int = 0
    cpu_by_role: dict[str, float] = field(default_factory=dict)
    kept: int | None = None
    reference: bool = False  # the output the others are compared with
    same_ids: bool | None = None
    same_records: bool | None = None
    difference: str = ""
    log: str = ""


def _output_paths(folder: Path, config: Config, records: bool) -> dict[str, str]:
    names = (*OUTPUTS, *RECORD_OUTPUTS) if records else OUTPUTS
    suffix = ".jsonl" if config.backend == "local" else ""  # ray: directories of shards
    return {name: str(folder / f"{name}{suffix}") for name in names}


def run_config(
    config: Config, repeat: int, corpus: Corpus, workdir: Path, settings: Settings
) -> tuple[Run, dict[str, str]]:
    """Run ``config`` in a child process; return what it measured and its outputs."""
    slug = f"{config.backend}-{config.workers}-r{repeat}"
    folder = workdir / "out" / slug
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    logs = workdir / "logs"
    logs.mkdir(exist_ok=True)
    outputs = _output_paths(folder, config, settings.records)
    spec = {
        "backend": config.backend,
        "workers": config.workers,
        "inputs": [str(corpus.folder)],
        "outputs": outputs,
        "result": str(folder / "result.json"),
    }
    if settings.ray_stats and config.backend == "ray":
        stats = logs / f"ray-stats-{slug}.txt"
        stats.unlink(missing_ok=True)
        spec["ray_stats"] = str(stats)
    spec_path = folder / "spec.json"
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    log = logs / f"{slug}.log"
    environment = {**os.environ, "PYTHONUNBUFFERED": "1"}
    environment.pop("RAY_ADDRESS", None)  # a local Ray of its own, never a running cluster
    command = [sys.executable, str(Path(__file__).resolve()), "--child", str(spec_path)]
    run = Run(config.name, config.label, repeat, log=str(log))
    busy = machine_busy_seconds()
    start = time.perf_counter()
    with log.open("wb") as errors:
        process = subprocess.Popen(
            command, cwd=workdir, stdin=subprocess.DEVNULL, stdout=errors, stderr=errors,
            env=environment,
        )  # fmt: skip
        with Sampler(process.pid) as sampler:
            while True:
                pid, status, usage = os.wait4(process.pid, os.WNOHANG)
                if pid:
                    break
                if time.perf_counter() - start > settings.timeout:
                    run.timed_out = True
                    end_tree(process.pid)
                    _, status, usage = os.wait4(process.pid, 0)
                    break
                time.sleep(0.1)
            run.process_seconds = time.perf_counter() - start
            process.returncode = os.waitstatus_to_exitcode(status)
    busy = machine_busy_seconds() - busy
    run.exit = process.returncode
    run.last_stage = last_stage(log)
    run.max_rss_mib = sampler.max_hwm_kib / 1024  # not ru_maxrss: see the docstring
    run.peak_pss_mib = sampler.peak_pss_kib / 1024
    run.cpu_seconds = max(sampler.cpu_seconds, usage.ru_utime + usage.ru_stime)
    run.processes = len(sampler.processes)
    run.cpu_by_role = sampler.cpu_by_role()
    run.others_cpu = max(0.0, busy - run.cpu_seconds) / run.process_seconds
    result_path = Path(spec["result"])
    if run.exit == 0 and result_path.exists():
        measured = json.loads(result_path.read_text(encoding="utf-8"))
        for name, value in measured.items():
            setattr(run, name, value)
    elif run.exit == 0:
        run.exit = -1  # exited 0 without its result: count it as a failure
    return run, outputs


# === the check ================================================================================


class Output(NamedTuple):
    ids: list[str]
    digests: dict[str, str]  # output name -> sha256 of its records, parsed, in order


def _record_lines(path: Path) -> Iterator[str]:
    """The lines of a JSONL file, or of a directory of shards in name order."""
    if path.is_dir():
        files = sorted(item for item in path.iterdir() if item.name.startswith("part-"))
    else:
        files = [path] if path.exists() else []
    for file in files:
        with file.open(encoding="utf-8") as lines:
            yield from (line for line in lines if line.strip())


def read_output(outputs: dict[str, str]) -> Output:
    ids: list[str] = []
    digests = {}
    for name, path in outputs.items():
        digest = hashlib.sha256()
        for line in _record_lines(Path(path)):
            record = json.loads(line)
            if name == "output":
                ids.append(str(record["id"]))
            digest.update(json.dumps(record, ensure_ascii=False, sort_keys=True).encode())
            digest.update(b"\n")
        digests[name] = digest.hexdigest()
    return Output(ids, digests)


def compare(run: Run, output: Output, reference: Output) -> None:
    """Set ``run``'s check against the reference output (the first configuration's)."""
    run.kept = len(output.ids)
    run.same_ids = output.ids == reference.ids
    run.same_records = run.same_ids and output.digests == reference.digests
    if not run.same_ids:
        first = next(
            (
                index
                for index, (ours, theirs) in enumerate(zip(output.ids, reference.ids, strict=False))
                if ours != theirs
            ),
            min(len(output.ids), len(reference.ids)),
        )
        missing = sorted(set(reference.ids) - set(output.ids))
        extra = sorted(set(output.ids) - set(reference.ids))
        run.difference = (
            f"{len(output.ids)} kept against {len(reference.ids)}; first difference at "
            f"position {first} ({_at(output.ids, first)} against {_at(reference.ids, first)}); "
            f"{len(missing)} missing ({', '.join(missing[:5])}), {len(extra)} extra "
            f"({', '.join(extra[:5])})"
        )
    elif not run.same_records:
        differing = [
            name for name in output.digests if output.digests[name] != reference.digests.get(name)
        ]
        run.difference = f"same kept ids, but different records in: {', '.join(differing)}"


def _at(ids: list[str], index: int) -> str:
    return ids[index] if index < len(ids) else "(end)"


def source_digest() -> str:
    """A digest of textclean's sources: an edit during the benchmark changes it."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "textclean").rglob("*.py")):
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


# === the benchmark ============================================================================


def run_benchmark(settings: Settings, workdir: Path) -> dict[str, Any]:
    from dedup_bench import load_note, tree_state, version

    results: dict[str, Any] = {
        "settings": {**asdict(settings), "configs": [c.name for c in settings.configs]},
        "textclean": f"{tree_state()}, sources {source_digest()}",
        "python": sys.version.split()[0],
        "versions": {name: version(name) for name in ("ray", "numpy", "pyarrow")},
        "cpus": os.cpu_count(),
        "load_before": load_note(),
    }
    corpus = prepare_corpus(workdir, settings)
    results["corpus"] = {name: value for name, value in asdict(corpus).items() if name != "folder"}
    reference: Output | None = None
    runs: list[Run] = []
    for repeat in range(settings.repeat):
        for config in settings.configs:
            say(f"{config.label} (run {repeat + 1} of {settings.repeat})")
            run, outputs = run_config(config, repeat, corpus, workdir, settings)
            if run.exit == 0:
                output = read_output(outputs)
                if reference is None:
                    reference = output
                    run.reference = True
                compare(run, output, reference)
                say(
                    f"  {run.process_seconds:.1f} s in all, run {run.run_seconds:.1f} s; "
                    f"{run.kept} kept; same ids: {run.same_ids}"
                )
            else:
                how = f"timed out after {settings.timeout:.0f} s" if run.timed_out else "exit"
                how += "" if run.timed_out else f" {run.exit}"
                say(f"  FAILED: {how}, in {run.last_stage or '-'}; see {run.log}")
            if not settings.ray_stats:
                for path in outputs.values():
                    shutil.rmtree(path, ignore_errors=True)
                    Path(path).unlink(missing_ok=True)
            runs.append(run)
    results["runs"] = [asdict(run) for run in runs]
    results["load_after"] = load_note()
    results["textclean_after"] = f"{tree_state()}, sources {source_digest()}"
    return results


# === the report ===============================================================================


def _num(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value:,.{digits}f}"


def best_runs(results: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Per configuration (in the order given), its best run: the least run s; a failed
    configuration's first run."""
    best: dict[str, dict[str, Any]] = {}
    for run in results["runs"]:
        kept = best.get(run["config"])
        if kept is None or (
            run["run_seconds"] is not None
            and (kept["run_seconds"] is None or run["run_seconds"] < kept["run_seconds"])
        ):
            best[run["config"]] = run
    return best


def _failure(run: dict[str, Any]) -> str:
    """How a run failed, in a few words."""
    where = f" in {run['last_stage']}" if run["last_stage"] else ""
    if run["timed_out"]:
        return f"timed out after {run['process_seconds']:.0f} s{where}"
    return f"exit {run['exit']}{where}"


def _check_cell(run: dict[str, Any]) -> str:
    if run["exit"] or run["timed_out"]:
        return f"**FAILED** ({_failure(run)})"
    if run["reference"]:
        return "reference"
    if not run["same_ids"]:
        return "**NO: MISMATCH**"
    return "yes" if run["same_records"] else "ids yes, records **NO**"


def render(results: dict[str, Any]) -> str:
    """The results as Markdown: the table, then the stages, then the checks."""
    from dedup_bench import markdown

    settings, corpus = results["settings"], results["corpus"]
    megabytes = corpus["bytes"] / 1e6
    documents = corpus["documents"]
    best = best_runs(results)
    baseline = best.get(REFERENCE) or next(iter(best.values()))
    base_rate = (
        documents / baseline["run_seconds"] if baseline["run_seconds"] else None
    )  # docs/s of the peer
    base_with = (
        documents / (baseline["run_seconds"] + (baseline["startup_seconds"] or 0))
        if baseline["run_seconds"]
        else None
    )
    kinds = ", ".join(f"{count} {kind}" for kind, count in corpus["kinds"].items())
    lines = [
        *environment_lines(results),
        "",
        f"## Clean + dedup of {documents:,} news documents ({megabytes:.1f} MB of JSONL in "
        f"{corpus['files']} files; {kinds})",
        "",
    ]
    header = [
        "configuration",
        "process s",
        "Ray start-up s",
        "run s",
        "docs/s",
        "MB/s",
        f"x {baseline['config']}",
        "docs/s with start-up",
        "x with start-up",
        "CPU / process s",
        "others' CPU / s",
        "peak RSS one process MiB",
        "peak PSS all MiB",
        "kept",
        "same kept ids",
    ]
    rows = []
    for name, run in best.items():
        seconds = run["run_seconds"]
        rate = documents / seconds if seconds else None
        with_startup = seconds + (run["startup_seconds"] or 0) if seconds else None
        rate_with = documents / with_startup if with_startup else None
        runs = [r["run_seconds"] for r in results["runs"] if r["config"] == name]
        timed = [value for value in runs if value is not None]
        median = f" (median {statistics.median(timed):.1f})" if len(timed) > 1 else ""
        rows.append(
            [
                run["label"],
                _num(run["process_seconds"]),
                _num(run["startup_seconds"]),
                _num(seconds) + median,
                _num(rate),
                _num(megabytes / seconds if seconds else None, 2),
                _num(rate / base_rate if rate and base_rate else None, 2),
                _num(rate_with),
                _num(rate_with / base_with if rate_with and base_with else None, 2),
                _num(run["cpu_seconds"] / run["process_seconds"], 2),
                _num(run["others_cpu"], 2),
                _num(run["max_rss_mib"], 0),
                _num(run["peak_pss_mib"], 0),
                "-" if run["kept"] is None else f"{run['kept']:,}",
                _check_cell(run),
            ]
        )
    lines += [markdown(header, rows), ""]
    if results["textclean_after"] != results["textclean"]:
        lines += [
            f"**textclean changed during the benchmark** (at the end: "
            f"{results['textclean_after']}): the runs may not have timed the same code.",
            "",
        ]
    repeat = settings["repeat"]
    lines.append(
        f"Each configuration in a child process of its own, {repeat} time(s) in turns, the "
        "best run shown. 'run s': the clean_files / run_on_ray call alone; docs/s and MB/s "
        f"(input, 10^6 bytes) on it; 'x {baseline['config']}': docs/s over that of "
        f"{baseline['label']} in this benchmark. 'Ray start-up s': ray_session(num_cpus=N) "
        "entered before run_on_ray (which reuses it). 'process s': the child's wall clock "
        "(interpreter, imports, Ray start-up and shutdown included). 'CPU / process s': user "
        "+ system CPU of the child's process tree per second; 'others' CPU / s': the rest of "
        f"the machine's. Memory sampled every {SAMPLE_SECONDS} s: the largest VmHWM of one "
        "process, and the peak of the summed PSS of the tree (Ray's processes included)."
    )
    lines += ["", "### Where the time goes", ""]
    for run in best.values():
        if run["exit"]:
            continue
        parts = [f"imports {_num(run['import_seconds'])} s"]
        if run["startup_seconds"] is not None:
            parts.append(f"Ray start-up {_num(run['startup_seconds'])} s")
        parts.append(f"run {_num(run['run_seconds'])} s")
        stages = ", ".join(f"{stage} {seconds:.1f} s" for stage, seconds in run["stages"].items())
        if stages:
            parts.append(f"in the run: {stages}")
        if run["shutdown_seconds"] is not None:
            parts.append(f"Ray shutdown {_num(run['shutdown_seconds'])} s")
        roles = ", ".join(
            f"{role} {seconds:.1f}" for role, seconds in list(run["cpu_by_role"].items())[:6]
        )
        parts.append(
            f"{run['processes']} processes seen, CPU {run['cpu_seconds']:.1f} s (sampled, by "
            f"process: {roles})"
        )
        lines.append(f"- {run['label']}: " + "; ".join(parts) + ".")
    summaries = {run["summary"] for run in best.values() if not run["exit"]}
    lines += ["", "### Checks", ""]
    for summary in sorted(summaries):
        lines.append(f"- summary: {summary}")
    if len(summaries) > 1:
        lines.append("- **the runs' summaries differ**")
    failures = problems(results)
    if not failures:
        lines.append(
            f"- every run kept the same {baseline['kept']:,} document ids as "
            f"{reference_label(results)}, with the same records (output and clusters"
            + (", dropped, removed" if settings["records"] else "")
            + ")"
        )
    lines += [f"- {failure}" for failure in failures]
    return "\n".join(lines)


def reference_label(results: dict[str, Any]) -> str:
    return next((run["label"] for run in results["runs"] if run["reference"]), "-")


def problems(results: dict[str, Any]) -> list[str]:
    """Every failed run and every mismatch, loudly."""
    found = []
    for run in results["runs"]:
        where = f"{run['label']} (run {run['repeat'] + 1})"
        if run["exit"] or run["timed_out"]:
            found.append(f"**FAILED**: {where}: {_failure(run)}; its log: {run['log']}")
        elif not run["same_ids"]:
            found.append(f"**MISMATCH** of kept ids: {where}: {run['difference']}")
        elif not run["same_records"]:
            found.append(f"**MISMATCH** of records: {where}: {run['difference']}")
    return found


def _log_tail(path: str, lines: int = 30) -> str:
    try:
        return "\n".join(Path(path).read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


# === main =====================================================================================


def arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    default = Settings()
    parser.add_argument("--documents", type=int, help=f"default {default.documents:,}")
    parser.add_argument("--per-file", type=int, help=f"records per JSONL file ({default.per_file})")
    parser.add_argument(
        "--configs",
        type=config_list,
        help="what to time, in order; the first is the reference of the check "
        "(default local:1,local:2,ray:1,ray:2)",
    )
    parser.add_argument("--repeat", type=int, help="runs per configuration, in turns (default 1)")
    parser.add_argument("--seed", type=int, help="the corpus's seed (default 0)")
    parser.add_argument(
        "--timeout",
        type=float,
        help=f"seconds per run before it is ended as FAILED (default {default.timeout:.0f})",
    )
    parser.add_argument(
        "--records", action="store_true", help="write dropped and removed too (both backends)"
    )
    parser.add_argument(
        "--ray-stats",
        action="store_true",
        help="Ray Data's stats of every materialized dataset to WORKDIR/logs (keeps WORKDIR)",
    )
    parser.add_argument("--workdir", type=Path, help="where the corpus goes (default: temp)")
    parser.add_argument("--keep", action="store_true", help="keep the workdir for a later run")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the results as JSON")
    parser.add_argument(
        "--smoke", action="store_true", help="100 documents, local:1 and ray:2, once each"
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    for name in ("documents", "per_file", "repeat", "timeout"):
        if getattr(args, name) is not None and getattr(args, name) < 1:
            parser.error(f"--{name.replace('_', '-')} must be at least 1")
    return args


def settings_of(args: argparse.Namespace) -> Settings:
    settings = SMOKE if args.smoke else Settings()
    given = {
        name: getattr(args, name)
        for name in ("documents", "per_file", "configs", "repeat", "seed", "timeout")
        if getattr(args, name) is not None
    }
    return replace(
        settings,
        **given,
        records=args.records or settings.records,
        ray_stats=args.ray_stats or settings.ray_stats,
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = arguments(argv)
    if args.child is not None:
        child(args.child)
        return 0
    settings = settings_of(args)
    keep = args.keep or settings.ray_stats
    created = args.workdir is None or not args.workdir.exists()
    workdir = (args.workdir or Path(tempfile.mkdtemp(prefix="scale-bench-"))).resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    say(f"workdir {workdir}{' (kept)' if keep else ''}")
    try:
        results = run_benchmark(settings, workdir)
        failed = [run for run in results["runs"] if run["exit"]]
        for run in failed:  # the log goes before the workdir (and the log) is removed
            print(f"--- the end of {run['log']} ---\n{_log_tail(run['log'])}", file=sys.stderr)
    finally:
        if not keep:
            remove_made(workdir, created, ("corpus", "out", "logs", "corpus.json"))
    print(render(results))
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    found = problems(results)
    for problem in found:
        print(problem.replace("**", ""), file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
