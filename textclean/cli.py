"""The ``textclean`` command: a thin layer over :mod:`textclean.pipeline`.

Exit codes: 0 done; 1 inputs were skipped under ``--strict``, or nothing could be
read, or an input path named on the command line could not be read (after the others
are written), or ``check``/``fix`` found (or fixed) something; 2 the command line or the
configuration is wrong; 130 interrupted (SIGINT, Ctrl-C); 143 terminated (SIGTERM).
Messages go to stderr, one line each, prefixed ``textclean:``; what a run skipped is
one line per kind of problem (:mod:`textclean.notices`), every one in ``--log``.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textclean import __version__
from textclean.boilerplate.rules import load_catalogue
from textclean.check.formats import FORMATS, render
from textclean.check.runner import CheckOptions, check_files
from textclean.config import (
    KEEP_POLICIES,
    PUNCTUATION_STYLES,
    SCRIPT_TARGETS,
    CleanConfig,
    read_table,
)
from textclean.errors import BackendError, ConfigError, InputError, UsageError
from textclean.interrupts import exit_code, launch, signals_as_interrupts, word
from textclean.io import ReadOptions, Skipped, check_not_an_input, check_outputs, printable_name
from textclean.io.writers import Publication, target_of
from textclean.notices import Notices
from textclean.pipeline import Dropped, RunSummary, clean_files, dedup_files, plural
from textclean.report import Limits, manifest_path, write_manifest, write_report
from textclean.report.runfiles import beside

if TYPE_CHECKING:
    from tqdm import tqdm

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _whole_number(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, got {value!r}") from None


def _jobs(value: str) -> int:
    jobs = _whole_number(value)
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {jobs}")
    return jobs


def _number(value: str) -> float:
    try:
        return float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a number, got {value!r}") from None


def _positive_number(value: str) -> float:
    number = _number(value)
    if not number > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0, got {value}")
    return number


def _repeated_lines(value: str) -> int:
    number = _whole_number(value)
    if number == 1 or number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 (off) or 2 or more, got {number}")
    return number


def _share(value: str) -> float:
    number = _number(value)
    if not 0 <= number <= 1:
        raise argparse.ArgumentTypeError(f"must be from 0 to 1, got {value}")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="textclean",
        description="Clean scraped Chinese news text; every change is recorded.",
    )
    parser.add_argument("--version", action="version", version=f"textclean {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    clean = commands.add_parser(
        "clean",
        help="clean documents into JSONL or Parquet, with the edits that explain each change",
        description=(
            "Read .txt files (any encoding), .jsonl/.jsonl.gz or .parquet records, run the "
            "document steps, write one record per document: {id, text, edits, meta}."
        ),
    )
    _add_input_arguments(clean)
    _add_clean_arguments(clean)
    _add_run_arguments(clean)

    dedup = commands.add_parser(
        "dedup",
        help="keep one document of each cluster of near-duplicates, as read",
        description=(
            "Find near-duplicates (MinHash + LSH on the cleaned, normalised text: one script, "
            "no pinyin, no boilerplate, no punctuation) and write one document per cluster, "
            "its text as read. Clusters and the documents left out go to their own files."
        ),
    )
    _add_input_arguments(dedup)
    _add_dedup_arguments(dedup)
    _add_run_arguments(dedup)

    run = commands.add_parser(
        "run",
        help="clean, then keep one document of each cluster of near-duplicates",
        description="clean and dedup in one go: the cleaned text is written, one per cluster.",
    )
    _add_input_arguments(run)
    _add_clean_arguments(run)
    _add_dedup_arguments(run)
    _add_run_arguments(run)
    _add_backend_arguments(run)

    report = commands.add_parser(
        "report",
        help="write an HTML report of a run: what was cleaned, what was dropped, and why",
        description=(
            "Read a run's output (and the clusters, dropped and removed records beside it, "
            "found from its manifest OUTPUT_STEM.run.json) and write one self-contained HTML "
            "page: exact totals, charts, and a sample of documents to drill into."
        ),
    )
    _add_report_arguments(report)

    check = commands.add_parser(
        "check",
        help="report problems in text files like a linter (exit 1 when there are some)",
        description=(
            "Report what cleaning would change in .txt and .jsonl files, one line each "
            "(path:line:col: CODE message), and near-duplicates of each other and of the "
            "repository's other files. Exit 0 when clean, 1 when something is found."
        ),
    )
    _add_check_arguments(check)
    fix = commands.add_parser(
        "fix",
        help="rewrite text files with their cleaned text, in place (exit 1 when changed)",
        description=(
            "Rewrite each file with its cleaned text (atomically; in its encoding unless "
            "--to-utf8); report what cannot be fixed (duplicates are never deleted). "
            "Exit 1 when a file was changed or a problem remains, as pre-commit fixers do."
        ),
    )
    _add_check_arguments(fix)
    fix.add_argument(
        "--to-utf8",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="write text files in UTF-8 without a byte-order mark (the pre-commit hook does)",
    )
    return parser


def _add_check_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "inputs", nargs="+", metavar="PATH", help="files, or directories of .txt and .jsonl files"
    )
    command.add_argument(
        "--format",
        choices=FORMATS,
        help="text (path:line:col: CODE message), json, or github (annotations); default: text",
    )
    command.add_argument(
        "--select",
        action="append",
        metavar="CODES",
        help="report only these codes or prefixes, e.g. TC1,TC3 (default: all)",
    )
    command.add_argument(
        "--ignore",
        action="append",
        metavar="CODES",
        help="do not report these codes or prefixes, e.g. TC5 (the longer prefix wins)",
    )
    command.add_argument(
        "--index",
        metavar="DIR",
        help="the repository's index folder, relative to its top (default: .textclean)",
    )
    command.add_argument(
        "--no-index",
        action="store_true",
        help="compare the files only with each other, not with the rest of the repository",
    )
    command.add_argument(
        "--script",
        choices=SCRIPT_TARGETS,
        help="the script every document should be in (overrides the config; default: simplified)",
    )
    command.add_argument(
        "--text-field", default="text", help="JSONL field with the text (default: text)"
    )
    command.add_argument(
        "--max-document-mb",
        type=_positive_number,
        default=64,
        help="report a .txt file or JSONL line larger than this, in MiB, unread (default: 64)",
    )
    command.add_argument(
        "--config",
        type=Path,
        help="TOML file with the options (default: [tool.textclean] of the nearest pyproject.toml)",
    )
    _add_run_arguments(command, strict=False)


def _add_report_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "run_output",
        metavar="RUN_OUTPUT",
        help="what the run's -o named (a file, or a directory of shards), or its .run.json",
    )
    command.add_argument(
        "-o", "--output", required=True, metavar="HTML", help="the report, written atomically"
    )
    for kind in ("clusters", "dropped", "removed"):
        command.add_argument(
            f"--{kind}",
            type=Path,
            metavar="FILE",
            help=f"the run's {kind} records (default: from the manifest, or beside RUN_OUTPUT)",
        )
    command.add_argument(
        "--sample",
        type=_jobs,
        default=Limits.documents,
        metavar="N",
        help=f"documents to drill into, besides examples of every kind of edit "
        f"(default: {Limits.documents}; the totals always count every document)",
    )
    command.add_argument(
        "--per-kind",
        type=_jobs,
        default=Limits.per_kind,
        metavar="N",
        help=f"examples of each kind of edit and of drop (default: {Limits.per_kind})",
    )
    command.add_argument("-q", "--quiet", action="store_true", help="no summary line")


def _add_input_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="files or directories (recursive)"
    )
    command.add_argument(
        "-o",
        "--output",
        default="-",
        help="output .jsonl, .jsonl.gz or .parquet, written atomically; - for stdout (default)",
    )
    command.add_argument(
        "--text-field", default="text", help="record field with the text (default: text)"
    )
    command.add_argument("--id-field", default="id", help="record field with the id (default: id)")
    command.add_argument(
        "--max-document-mb",
        type=_positive_number,
        default=64,
        help="skip a .txt file or JSONL line larger than this, in MiB (default: 64)",
    )
    command.add_argument(
        "--config",
        type=Path,
        help="TOML file with the options (default: [tool.textclean] of the nearest pyproject.toml)",
    )
    command.add_argument(
        "--log",
        type=Path,
        metavar="FILE",
        help="write every input skipped, file ignored and document dropped to FILE, one JSON "
        "line each (stderr has one line per kind of problem)",
    )
    command.add_argument(
        "--report",
        type=Path,
        metavar="HTML",
        help="also write the HTML report of the run (as `textclean report` does); the "
        "--dropped and --removed records are then written too, beside the output by default",
    )


def _add_clean_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--script",
        choices=SCRIPT_TARGETS,
        help="the script every document ends in (overrides the config; default: simplified)",
    )
    command.add_argument(
        "--punctuation",
        choices=PUNCTUATION_STYLES,
        help="punctuation between Chinese characters (overrides the config; default: keep)",
    )
    command.add_argument(
        "--rules",
        action="append",
        type=Path,
        metavar="FILE",
        help="TOML file of boilerplate rules of your own, tried before the shipped ones "
        "(repeatable; added to the config's boilerplate_rules)",
    )
    command.add_argument(
        "--removed",
        type=Path,
        metavar="FILE",
        help="write a JSONL record of every line cut and every document dropped to FILE "
        "(with --backend ray: a directory of shards)",
    )
    command.add_argument(
        "--repeated-lines",
        type=_repeated_lines,
        metavar="N",
        help="cut lines found in at least N different documents of one site "
        "(default: 3; 0 turns the stage off)",
    )


def _add_dedup_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--clusters",
        type=Path,
        metavar="FILE",
        help="write the clusters of near-duplicates to FILE, one JSON line each "
        "(with --backend ray: a directory of shards, default OUTPUT.clusters) "
        "(default: OUTPUT's name + .clusters.jsonl, beside it)",
    )
    command.add_argument(
        "--dropped",
        type=Path,
        metavar="FILE",
        help="write every document left out, whole, with what it duplicates, to FILE (JSONL; "
        "with --backend ray: a directory of shards)",
    )
    command.add_argument(
        "--index",
        type=Path,
        metavar="DIR",
        help="a persistent index in DIR (SQLite): compare with the documents of earlier runs "
        "too, and add this run's documents when it ends well",
    )
    command.add_argument(
        "--threshold",
        type=_share,
        metavar="J",
        help="Jaccard similarity at which two documents are duplicates (default: 0.7)",
    )
    command.add_argument(
        "--shingle-size",
        type=_whole_number,
        metavar="N",
        help="characters per shingle (default: 3)",
    )
    command.add_argument(
        "--num-perm", type=_whole_number, metavar="N", help="MinHash permutations (default: 128)"
    )
    command.add_argument(
        "--keep",
        choices=KEEP_POLICIES,
        help="which document of a cluster is kept (default: longest)",
    )
    command.add_argument(
        "--containment",
        type=_share,
        metavar="C",
        help="report a document at least this share inside a longer one (default: 0.8; 0: off)",
    )
    command.add_argument(
        "--exact",
        action="store_true",
        default=None,
        help="confirm near-duplicates on their exact shingle sets, not only on the signatures",
    )
    command.add_argument(
        "--drop-contained",
        action="store_true",
        default=None,
        help="drop a document found inside a longer one, too (an article of an e-paper page)",
    )


def _add_backend_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--backend",
        choices=("local", "ray"),
        default="local",
        help="local: worker processes on this machine (default); ray: Ray Data, on a "
        "cluster or a local Ray (needs textclean[ray]); -o is then a directory of shards",
    )
    command.add_argument(
        "--address",
        metavar="ADDRESS",
        help="with --backend ray: the cluster (auto, or ray://host:10001); "
        "default: start a local Ray of --jobs CPUs",
    )
    command.add_argument(
        "--shard-format",
        choices=("jsonl", "parquet"),
        default="jsonl",
        help="with --backend ray: the output shards' format (default: jsonl)",
    )
    command.add_argument(
        "--shuffle",
        choices=("sort", "push"),
        default="sort",
        help="with --backend ray: Ray Data's shuffle (default: sort, pull-based, quick to "
        "start; push for corpora of many thousand blocks)",
    )


def _add_run_arguments(command: argparse.ArgumentParser, strict: bool = True) -> None:
    command.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=os.cpu_count() or 1,
        help="worker processes (default: all cores)",
    )
    command.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no summary"
    )
    if strict:
        command.add_argument(
            "--strict",
            action="store_true",
            help="stop at the first input that cannot be read (exit 1)",
        )


OVERRIDES = {
    "script": "script_target",
    "punctuation": "punctuation",
    "repeated_lines": "repeated_line_documents",
    "threshold": "dedup_threshold",
    "shingle_size": "shingle_size",
    "num_perm": "num_perm",
    "keep": "keep",
    "containment": "containment_threshold",
    "drop_contained": "drop_contained",
    "exact": "exact_verification",
}
"""Command-line options that override a config option of another name."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = build_parser().parse_args(argv)
    args.published = False  # set once the run's files are in place
    with signals_as_interrupts():
        try:
            return _run(args)
        except (UsageError, ConfigError) as error:
            _say(f"error: {error}")
            return EXIT_USAGE
        except (InputError, BackendError) as error:
            _say(f"error: {error}")
            return EXIT_FINDINGS
        except KeyboardInterrupt as interrupt:
            _say(word(interrupt) + _what_is_left(args))
            return exit_code(interrupt)
        except sqlite3.Error as error:  # the index: locked by another run for too long, disk full
            _say(f"error: the index (--index): {error}{_what_is_left(args, index=True)}")
            return EXIT_FINDINGS
        except BrokenPipeError:  # e.g. `textclean clean ... | head`: the reader has enough
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_FINDINGS
        except OSError as error:  # the output cannot be written: disk full, no permission, ...
            target = target_of(os.fsdecode(error.filename)) if error.filename else None
            target = printable_name(target or getattr(args, "output", None) or "the output")
            _say(f"error: cannot write {target}: {error.strerror or error}{_what_is_left(args)}")
            return EXIT_FINDINGS


def _what_is_left(args: argparse.Namespace, index: bool = False) -> str:
    """What an interrupted or failed run leaves, said after its message."""
    if args.command == "fix":
        return (
            ": the files rewritten before it stay rewritten (each whole), the others as they were"
        )
    if args.command not in ("clean", "dedup", "run"):
        return ""
    if args.published:
        return ": the run's files were written; the report may be missing"
    if args.output == "-":
        return ""
    return ": no output written" + (", the index unchanged" if index else "")


def _config(args: argparse.Namespace) -> CleanConfig:
    """The config file's options (or the nearest pyproject.toml's), then the command line's."""
    if args.config is not None:
        config = CleanConfig.from_toml(args.config)
    else:
        config, found = CleanConfig.discover(Path.cwd())
        if found is not None and not args.quiet and args.command not in ("check", "fix"):
            _say(f"options from {found}")
    overrides = {
        option: getattr(args, name)
        for name, option in OVERRIDES.items()
        if getattr(args, name, None) is not None
    }
    if getattr(args, "rules", None):
        overrides["boilerplate_rules"] = (*config.boilerplate_rules, *map(str, args.rules))
    config = replace(config, **overrides)
    load_catalogue(config.boilerplate_rules)  # a wrong rule file stops the run before any work
    return config


def _clusters_path(args: argparse.Namespace) -> Path | None:
    """``--clusters``, or beside a file output (``out/a.jsonl`` → ``out/a.clusters.jsonl``)."""
    if args.clusters is not None or args.output == "-":
        return args.clusters
    return beside(Path(args.output).resolve(), "clusters")  # "." has no name of its own


def _check_options(args: argparse.Namespace) -> CheckOptions:
    """``[tool.textclean.check]`` of the config file (or the nearest pyproject.toml), then
    the command line's options, which replace the file's."""
    source = args.config if args.config is not None else CleanConfig.discover(Path.cwd())[1]
    table = read_table(source).get("check", {}) if source is not None else {}
    if not isinstance(table, dict):
        raise ConfigError(f"{source}: the check options must be a table, got {table!r}")
    options = CheckOptions.from_mapping(table, f"{source} [check]")
    given: dict[str, Any] = {
        "select": args.select,
        "ignore": args.ignore,
        "format": args.format,
        "index": "" if args.no_index else args.index,
        "to_utf8": getattr(args, "to_utf8", None),
    }
    return replace(options, **{name: value for name, value in given.items() if value is not None})


def _check(args: argparse.Namespace) -> int:
    """``textclean check`` and ``textclean fix``."""
    config = _config(args)
    options = _check_options(args)
    report = check_files(
        args.inputs,
        config,
        options,
        fix=args.command == "fix",
        jobs=args.jobs,
        read_options=ReadOptions(
            text_field=args.text_field, max_document_bytes=int(args.max_document_mb * 2**20)
        ),
        note=None if args.quiet else _say,
    )
    if not args.quiet:
        for path, count in report.fixed.items():
            what = f"{count} problem{'s' if count > 1 else ''}" if count else "no code selected"
            _say(f"fixed {path} ({what})")
    output = render(report.findings, options.format)
    if output or options.format == "json":
        print(output)
    if not args.quiet:
        _say(report.describe())
    return EXIT_FINDINGS if report.findings or report.fixed else EXIT_OK


MAX_BAD_RECORD_LINES = 10  # unreadable records named on stderr; the rest are counted


def _report(args: argparse.Namespace) -> int:
    """``textclean report``."""
    if Path(args.output).suffix.lower() not in (".html", ".htm"):
        raise UsageError(f"the report is an HTML page: name it .html, not {args.output}")
    bad = 0  # a file of a million bad lines is counted, not kept

    def on_bad(skip: Skipped) -> None:
        nonlocal bad
        bad += 1
        if not args.quiet and bad <= MAX_BAD_RECORD_LINES:
            _say(f"unreadable record {skip}")

    try:
        summary = write_report(
            args.run_output,
            args.output,
            clusters=args.clusters,
            dropped=args.dropped,
            removed=args.removed,
            limits=Limits(documents=args.sample, per_kind=args.per_kind),
            on_bad=on_bad,
        )
    finally:
        if not args.quiet and bad > MAX_BAD_RECORD_LINES:
            _say(f"... {bad - MAX_BAD_RECORD_LINES:,} more unreadable records")
    if not args.quiet:
        _say(f"{summary.describe()} -> {args.output}")
    return EXIT_OK


def _default_records(args: argparse.Namespace, on_ray: bool) -> None:
    """With ``--report``: the records the report drills into, beside the output unless named."""
    if args.report is None:
        return
    if args.output == "-":
        raise UsageError("--report needs the output in a file: give it with -o")
    from textclean.report.charts import require_matplotlib

    require_matplotlib()  # before the run, not after it
    for kind in ("dropped", "removed"):
        if hasattr(args, kind) and getattr(args, kind) is None:
            setattr(args, kind, beside(Path(args.output).resolve(), kind, shards=on_ray))


def _check_report_path(report: Path, inputs: Sequence[str], taken: Sequence[Path | None]) -> None:
    """Refuse a ``--report`` that would overwrite an input or another output of the run."""
    check_not_an_input(report, inputs)
    if report.resolve() in {path for path in taken if path is not None}:
        raise UsageError(f"--report {report} is another output of the run: name it apart")


def _run(args: argparse.Namespace) -> int:
    if args.command in ("check", "fix"):
        return _check(args)
    if args.command == "report":
        return _report(args)
    started = time.time()
    # where the manifest and the report go: resolved now, while "." still names the folder
    # (a Ray run replaces an output directory, the current one too)
    output = None if args.output == "-" else Path(args.output).resolve()
    config = _config(args)
    on_ray = getattr(args, "backend", "local") == "ray"
    _default_records(args, on_ray)
    outputs = {
        "output": output,
        "clusters": (_ray_clusters(args) if on_ray else _clusters_path(args))
        if args.command != "clean"
        else None,
        "dropped": getattr(args, "dropped", None),
        "removed": getattr(args, "removed", None),
    }
    outputs = {kind: None if p is None else Path(p).resolve() for kind, p in outputs.items()}
    if args.report is not None:
        _check_report_path(args.report, args.inputs, [*outputs.values(), manifest_path(output)])
    # the log apart from the inputs and the output (a Ray run checks its directory itself)
    check_outputs(args.inputs, {"output": None if on_ray else output, "log": args.log})
    bar = _progress_bar(disabled=args.quiet or on_ray)  # Ray's stages report no progress
    notices = Notices(args.log)

    def on_skip(skip: Skipped) -> None:
        notices.skip(skip)
        if bar is not None:
            bar.set_postfix_str(f"{notices.total:,} passed over", refresh=False)

    def on_drop(dropped: Dropped) -> None:
        source = str(dropped.document.meta.get("source", ""))
        notices.drop(dropped.document.id, source, dropped.reason)

    common: dict[str, Any] = {
        "config": config,
        "read_options": ReadOptions(
            text_field=args.text_field,
            id_field=args.id_field,
            max_document_bytes=int(args.max_document_mb * 2**20),
        ),
        "jobs": args.jobs,
        "strict": args.strict,
        "on_skip": on_skip,
        "progress": (lambda done: bar.update(1)) if bar is not None else None,
    }
    if args.command != "clean":
        common.update(clusters=_clusters_path(args), dropped=args.dropped, index=args.index)
    if args.command != "dedup":
        common.update(removed=args.removed, on_drop=on_drop)
    try:
        # the output, the other records, the manifest and the index: all of them or none
        with Publication() as publication:
            if on_ray:
                summary = _run_on_ray(args, common)
            elif args.command == "dedup":
                summary = dedup_files(args.inputs, args.output, publication=publication, **common)
            else:
                dedup = args.command == "run"
                summary = clean_files(
                    args.inputs, args.output, dedup=dedup, publication=publication, **common
                )
            if output is not None:
                write_manifest(
                    output,
                    command=args.command,
                    inputs=args.inputs,
                    outputs={**outputs, **({"log": args.log.resolve()} if args.log else {})},
                    config=config,
                    summary=summary,
                    skips=notices.listed,
                    skip_kinds=list(notices.kinds()),
                    started=started,
                    publication=publication,
                )
        args.published = True
    finally:
        if bar is not None:
            bar.close()
        notices.close()
        for line in notices.lines(
            ("skipped",) if args.quiet else ("skipped", "ignored", "dropped")
        ):
            _say(line)
    if not args.quiet:
        _say(f"{summary.describe()} -> {args.output}")
    if args.report is not None and output is not None:
        report = write_report(output, args.report)
        if not args.quiet:
            _say(f"{report.describe()} -> {args.report}")
    unreadable = [given for given in args.inputs if not _readable(given)]
    if unreadable:
        named = ", ".join(map(printable_name, unreadable[:3]))
        named += ", …" if len(unreadable) > 3 else ""
        _say(f"error: {plural(len(unreadable), 'input path')} could not be read: {named}")
        return EXIT_FINDINGS
    return EXIT_OK


def _readable(path: str) -> bool:
    """Whether an input path named on the command line exists and can be read."""
    return os.path.exists(path) and os.access(path, os.R_OK)


def _ray_clusters(args: argparse.Namespace) -> Path:
    return args.clusters or beside(Path(args.output).resolve(), "clusters", shards=True)


def _run_on_ray(args: argparse.Namespace, common: dict[str, Any]) -> RunSummary:
    """``run --backend ray``: the same run on Ray Data, into directories of shards."""
    from textclean.distributed import run_on_ray

    if args.output == "-":
        raise UsageError("--backend ray writes a directory of shards: give it with -o DIR")
    if args.index is not None:
        raise UsageError("--index is not available with --backend ray yet: run locally")
    clusters = _ray_clusters(args)
    return run_on_ray(
        args.inputs,
        args.output,
        common["config"],
        common["read_options"],
        strict=args.strict,
        on_skip=common["on_skip"],
        on_drop=common["on_drop"],
        removed=args.removed,
        clusters=clusters,
        dropped=args.dropped,
        shard_format=args.shard_format,
        address=args.address,
        num_cpus=None if args.address else args.jobs,
        shuffle=args.shuffle,
    )


def _progress_bar(disabled: bool) -> tqdm | None:
    """A bar on stderr when it is a terminal (and not ``--quiet``)."""
    if disabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(unit=" docs", file=sys.stderr, dynamic_ncols=True)


def _say(message: str, bar: tqdm | None = None) -> None:
    """One line on stderr (above the progress bar, if there is one)."""
    line = f"textclean: {message}"
    if bar is not None:
        bar.write(line, file=sys.stderr)
    else:
        print(line, file=sys.stderr)


if __name__ == "__main__":  # pragma: no cover
    launch()
