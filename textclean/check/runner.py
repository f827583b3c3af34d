"""``check_files``: every file checked (in worker processes), then duplicates over them all.

Each file is read, cleaned and signed in a worker (:mod:`textclean.check.inspect`).
The parent looks each document up among the files checked before it and, in a git
repository, in the index of the repository's other text files (:mod:`.repo`), brought
up to date first. The checked files are then indexed as they now are, and the index
committed: an interrupted check leaves it as it was.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("正文第一句。\\n(责任编辑:李欣欣)\\n", encoding="utf-8")
>>> report = check_files([folder / "a.txt"], options=CheckOptions(index=""))
>>> [(finding.line, finding.code) for finding in report.findings]
[(2, 'TC303')]
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable, Iterable, Mapping
from contextlib import ExitStack
from dataclasses import dataclass, field, fields, replace
from functools import partial
from pathlib import Path
from typing import Any

from textclean.check.codes import Selection
from textclean.check.findings import Finding
from textclean.check.formats import FORMATS
from textclean.check.inspect import FileReport, FileTask, fixable, inspect_file
from textclean.check.repo import (
    add_reports,
    open_repository_index,
    repository_root,
    synchronize,
    tracked_files,
)
from textclean.config import CleanConfig, option_values
from textclean.dedup.finder import DuplicateFinder, Duplicates
from textclean.errors import ConfigError, UsageError
from textclean.io import ReadOptions, Skipped, iter_input_files, printable_name, suffix_of
from textclean.notices import Notices
from textclean.parallel import ordered_map


@dataclass(frozen=True)
class CheckOptions:
    """Options of ``check`` and ``fix``; in ``[tool.textclean.check]`` of pyproject.toml.

    Attributes:
        select: codes (or prefixes: ``TC3``) to report; all by default.
        ignore: codes (or prefixes) not to report; the longer prefix wins over ``select``.
            A kind of repair that only unreported codes find is not made by ``fix`` either.
        format: ``text`` (``path:line:col: CODE message``), ``json`` or ``github``.
        index: the folder, relative to the git repository's top, of the index of the
            repository's text files (for duplicates, TC402); ``""`` turns it off.
        to_utf8: ``fix`` writes text files in UTF-8 (else in the encoding they had).
        per_file_ignores: more codes to ignore in the files whose path (from the
            repository's top, or as given outside one) matches a glob pattern:
            ``{"sources/tw/*" = ["TC201"]}`` keeps a folder of Taiwan sources Traditional.
            ``*`` matches ``/`` too (``fnmatch``).
    """

    select: tuple[str, ...] = ("TC",)
    ignore: tuple[str, ...] = ()
    format: str = "text"
    index: str = ".textclean"
    to_utf8: bool = False
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in ("select", "ignore"):
            value = getattr(self, name)
            if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
                object.__setattr__(self, name, tuple(value))
            else:
                raise ConfigError(f"check option {name!r} must be a list of codes, got {value!r}")
        if self.format not in FORMATS:
            raise ConfigError(f"check option 'format' must be one of {', '.join(FORMATS)}")
        if not isinstance(self.index, str):
            raise ConfigError(f"check option 'index' must be a folder name, got {self.index!r}")
        if not isinstance(self.to_utf8, bool):
            raise ConfigError(f"check option 'to_utf8' must be true or false, got {self.to_utf8!r}")
        ignores = self.per_file_ignores
        if not isinstance(ignores, Mapping) or not all(
            isinstance(codes, list | tuple) and all(isinstance(code, str) for code in codes)
            for codes in ignores.values()
        ):
            raise ConfigError(
                "check option 'per_file_ignores' must map glob patterns to lists of codes, "
                f"got {ignores!r}"
            )
        object.__setattr__(self, "per_file_ignores", {str(k): tuple(v) for k, v in ignores.items()})
        try:
            self.selection()  # unknown codes fail here, before any work
            for pattern in self.per_file_ignores:
                self.selection_for(pattern)
        except UsageError as error:
            raise ConfigError(str(error)) from None

    @classmethod
    def from_mapping(cls, table: Mapping[str, Any], source: str = "configuration") -> CheckOptions:
        """From a TOML table such as ``[tool.textclean.check]``; keys may use ``-``."""
        known = {f.name for f in fields(cls)}
        values = option_values(table, known, f"check option {{key}} in {source}")
        try:
            return cls(**values)
        except ConfigError as error:
            raise ConfigError(f"{error} (in {source})") from None

    def selection(self) -> Selection:
        return Selection.parse(self.select, self.ignore)

    def selection_for(self, name: str) -> Selection:
        """The codes reported in the file ``name`` (``per_file_ignores`` added).

        >>> options = CheckOptions(per_file_ignores={"tw/*": ["TC201"]})
        >>> [options.selection_for(name).wants("TC201") for name in ("tw/a/b.txt", "a.txt")]
        [False, True]
        """
        extra = [
            code
            for pattern, codes in self.per_file_ignores.items()
            if fnmatch.fnmatchcase(name, pattern)
            for code in codes
        ]
        return Selection.parse(self.select, (*self.ignore, *extra))


PARQUET_NOT_CHECKED = "Parquet is not checked (check and fix read .txt and .jsonl files)"


@dataclass
class CheckReport:
    """What :func:`check_files` found: ``findings`` (after ``fix``: those it could not
    fix), the files read, per file rewritten by ``fix`` how many findings it fixed, and
    the inputs ignored (not checked, and no finding: another suffix, Parquet)."""

    findings: list[Finding] = field(default_factory=list)
    files: int = 0
    fixed: dict[str, int] = field(default_factory=dict)
    indexed: int | None = None  # documents in the repository's index; None: no index
    ignored: list[Skipped] = field(default_factory=list)

    def describe(self) -> str:
        """One line for people: ``3 problems (TC103 ×2, TC301) in 2 of 10 files``.

        >>> CheckReport(files=2, ignored=[Skipped("a.parquet", "", ignored=True)]).describe()
        'no problems in 2 files; 1 ignored'
        """
        counts: dict[str, int] = {}
        for finding in self.findings:
            counts[finding.code] = counts.get(finding.code, 0) + 1
        files = len({finding.path for finding in self.findings})
        checked = f"{self.files} file{'s' if self.files != 1 else ''}"
        if self.findings:
            codes = ", ".join(
                f"{code} ×{count}" if count > 1 else code for code, count in sorted(counts.items())
            )
            problems = f"{len(self.findings)} problem{'s' if len(self.findings) > 1 else ''}"
            line = f"{problems} ({codes}) in {files} of {checked}"
        else:
            line = f"no problems in {checked}"
        if self.ignored:
            line += f"; {len(self.ignored)} ignored"
        if self.fixed:
            files = f"{len(self.fixed)} file{'s' if len(self.fixed) > 1 else ''}"
            line += f"; fixed {sum(self.fixed.values())} in {files}"
        if self.indexed is not None:
            documents = f"{self.indexed} document{'s' if self.indexed != 1 else ''}"
            line += f"; {documents} in the repository's index"
        return line


def check_files(
    paths: Iterable[str | Path],
    config: CleanConfig | None = None,
    options: CheckOptions | None = None,
    *,
    fix: bool = False,
    jobs: int = 1,
    read_options: ReadOptions | None = None,
    note: Callable[[str], None] | None = None,
) -> CheckReport:
    """Check ``paths`` (files, or directories of .txt and .jsonl files); with ``fix``,
    rewrite each file with its cleaned text. ``note`` gets one-line messages: the inputs
    ignored, one line per kind (``ignored PATH: REASON``, ``ignored 12: .md is not an
    input suffix (…): a.md, b.md, c.md, …``) and progress (building the index)."""
    options = options or CheckOptions()
    selection = options.selection()
    config = config or CleanConfig()
    read_options = read_options or ReadOptions()
    say = note or (lambda _: None)
    report = CheckReport()
    files = _files_to_check(paths, report)
    ignored = Notices()  # one line per kind (per suffix), not one per file of a repository
    for skip in report.ignored:
        ignored.skip(skip)
    for line in ignored.lines():
        say(line)
    root = repository_root(Path.cwd()) if options.index else None
    top = root.resolve() if root is not None else None
    names = {path: printable_name(_name_in(top, path)) for path in files.values()}
    selections = {path: options.selection_for(names[path]) for path in names}
    tasks = [
        (_task(path, names[path], selections[path], config, fix, options), None) for path in names
    ]
    selections = {task.source: selections[task.path] for task, _ in tasks}  # as findings name it
    with ExitStack() as stack:
        index = None
        tracked: set[str] = set()
        if root is not None:
            index = stack.enter_context(open_repository_index(root / options.index, config, say))
            tracked = set(tracked_files(root))
            checked = names.values()
            synchronize(index, root, tracked, checked, config, read_options, jobs, say)
            index.forget(names.values())  # the checked files are compared as they are now
        finder = DuplicateFinder(config, index)
        reports: list[FileReport] = []
        inspect = partial(inspect_file, config=config, read_options=read_options)
        workers = max(1, min(jobs, len(tasks)))  # a commit of one file starts no pool
        for file_report, _ in ordered_map(inspect, tasks, workers):
            reports.append(file_report)
            for batch in file_report.signed:
                finder.add(batch)
        duplicates = _duplicate_findings(reports, finder.finish())
        for file_report, (task, _) in zip(reports, tasks, strict=True):
            wanted = selections[file_report.path]
            found = _remaining(file_report, fix, task.to_utf8)
            found += duplicates.get(file_report.path, [])
            found = [finding for finding in found if wanted.wants(finding.code)]
            report.findings.extend(sorted(found, key=lambda f: (f.line, f.column, f.code)))
            if file_report.rewritten:
                report.fixed[file_report.path] = sum(
                    1
                    for finding in file_report.findings
                    if fixable(finding, task.to_utf8) and wanted.wants(finding.code)
                )
        if index is not None:
            # only the tracked files are the repository's
            add_reports(index, (r for r in reports if r.name in tracked))
            index.commit()
            report.indexed = len(index)
    report.findings = [
        f for f in report.findings if f.path in selections or selection.wants(f.code)
    ]
    return report


def _files_to_check(paths: Iterable[str | Path], report: CheckReport) -> dict[Path, str]:
    """The files under ``paths``, each once (by the file itself), as the user named them;
    what cannot be read becomes a TC100 of ``report``, and what is not checked (another
    suffix, Parquet: named or in a directory alike) one of its ``ignored``. The files and
    the TC100 are counted in ``report.files``."""
    files: dict[Path, str] = {}
    for item in iter_input_files(paths):
        if isinstance(item, Skipped) and item.ignored:
            report.ignored.append(item)
        elif isinstance(item, Skipped):
            report.findings.append(Finding(item.source, 1, 1, "TC100", item.reason))
            report.files += 1
        elif suffix_of(item[0]) == ".parquet":
            skip = Skipped(printable_name(item[0]), PARQUET_NOT_CHECKED, ignored=True)
            report.ignored.append(skip)
        else:
            files.setdefault(item[0].resolve(), str(item[0]))
    report.files += len(files)
    return files


def _task(
    path: str, name: str, wanted: Selection, config: CleanConfig, fix: bool, options: CheckOptions
) -> FileTask:
    """The work on one file. Findings (and signatures) come from the whole cleaning; fix
    repairs with the steps of the codes wanted here: a step that only unwanted codes
    report is left out of the repair, and TC104 unwanted keeps the encoding."""
    switches = wanted.switches()
    repair = replace(config, **switches) if fix and switches else None
    return FileTask(path, name, fix, options.to_utf8 and wanted.wants("TC104"), repair)


def _name_in(top: Path | None, path: str) -> str:
    """``path`` relative to the repository's (resolved) top, as git names it; outside
    it, resolved; without a repository, as given."""
    if top is None:
        return Path(path).as_posix()
    resolved = Path(path).resolve()
    return (
        resolved.relative_to(top).as_posix()
        if resolved.is_relative_to(top)
        else (resolved.as_posix())
    )


def _remaining(report: FileReport, fix: bool, to_utf8: bool) -> list[Finding]:
    """The findings of a file still true after this run (all of them, unless it was fixed)."""
    if not (fix and report.rewritten):
        return list(report.findings)
    return [finding for finding in report.findings if not fixable(finding, to_utf8)]


def _duplicate_findings(reports: list[FileReport], found: Duplicates) -> dict[str, list[Finding]]:
    """TC401–TC403 by file: each document's duplicate (or container), at its line."""
    where = [(report.path, line) for report in reports for line in report.lines]
    findings: dict[str, list[Finding]] = {}
    for position, drop in found.dropped.items():
        if drop.reason != "duplicate":
            continue
        path, line = where[position]
        indexed = drop.cluster is not None and found.clusters[drop.cluster].indexed
        code, where_kept = ("TC402", ", already in the repository") if indexed else ("TC401", "")
        message = (
            f"near-duplicate of {drop.duplicate_of}{where_kept} (similarity {drop.similarity:.2f})"
        )
        findings.setdefault(path, []).append(Finding(path, line, 1, code, message))
    for position, contained in found.contained_at.items():
        path, line = where[position]
        message = (
            f"inside {contained.contained_in} "
            f"({contained.containment:.0%} of its text is there: an article of a page)"
        )
        findings.setdefault(path, []).append(Finding(path, line, 1, "TC403", message))
    return findings
