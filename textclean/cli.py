"""The ``textclean`` command: a thin layer over :mod:`textclean.pipeline`.

Exit codes: 0 done; 1 inputs were skipped under ``--strict``, or nothing could
be read; 2 the command line or the configuration is wrong; 130 interrupted. Messages go to stderr,
one line each, prefixed ``textclean:``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from textclean import __version__
from textclean.boilerplate.rules import load_catalogue
from textclean.config import PUNCTUATION_STYLES, SCRIPT_TARGETS, CleanConfig
from textclean.errors import ConfigError, InputError, UsageError
from textclean.io import ReadOptions, Skipped
from textclean.pipeline import Dropped, clean_files

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


def _positive_number(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a number, got {value!r}") from None
    if not number > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0, got {value}")
    return number


def _repeated_lines(value: str) -> int:
    number = _whole_number(value)
    if number == 1 or number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 (off) or 2 or more, got {number}")
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
    clean.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="files or directories (recursive)"
    )
    clean.add_argument(
        "-o",
        "--output",
        default="-",
        help="output .jsonl, .jsonl.gz or .parquet, written atomically; - for stdout (default)",
    )
    clean.add_argument(
        "--text-field", default="text", help="record field with the text (default: text)"
    )
    clean.add_argument("--id-field", default="id", help="record field with the id (default: id)")
    clean.add_argument(
        "--max-document-mb",
        type=_positive_number,
        default=64,
        help="skip a .txt file or JSONL line larger than this, in MiB (default: 64)",
    )
    clean.add_argument(
        "--config",
        type=Path,
        help="TOML file with the options (default: [tool.textclean] of the nearest pyproject.toml)",
    )
    clean.add_argument(
        "--script",
        choices=SCRIPT_TARGETS,
        help="the script every document ends in (overrides the config; default: simplified)",
    )
    clean.add_argument(
        "--punctuation",
        choices=PUNCTUATION_STYLES,
        help="punctuation between Chinese characters (overrides the config; default: keep)",
    )
    clean.add_argument(
        "--rules",
        action="append",
        type=Path,
        metavar="FILE",
        help="TOML file of boilerplate rules of your own, tried before the shipped ones "
        "(repeatable; added to the config's boilerplate_rules)",
    )
    clean.add_argument(
        "--removed",
        type=Path,
        metavar="FILE",
        help="write a JSONL record of every line cut and every document dropped to FILE",
    )
    clean.add_argument(
        "--repeated-lines",
        type=_repeated_lines,
        metavar="N",
        help="cut lines found in at least N different documents of one site "
        "(default: 3; 0 turns the stage off)",
    )
    clean.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=os.cpu_count() or 1,
        help="worker processes (default: all cores)",
    )
    clean.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    clean.add_argument(
        "--strict", action="store_true", help="stop at the first input that cannot be read (exit 1)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = build_parser().parse_args(argv)
    try:
        return _clean(args)
    except (UsageError, ConfigError) as error:
        _say(f"error: {error}")
        return EXIT_USAGE
    except InputError as error:
        _say(f"error: {error}")
        return EXIT_FINDINGS
    except KeyboardInterrupt:
        to_file = getattr(args, "output", "-") != "-"
        _say("interrupted" + (": no output written" if to_file else ""))
        return 130
    except BrokenPipeError:  # e.g. `textclean clean ... | head`: the reader has enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FINDINGS
    except OSError as error:  # the output cannot be written: disk full, no permission, ...
        _say(f"error: cannot write {args.output}: {error.strerror or error}")
        return EXIT_FINDINGS


def _clean(args: argparse.Namespace) -> int:
    if args.config is not None:
        config = CleanConfig.from_toml(args.config)
    else:
        config, found = CleanConfig.discover(Path.cwd())
        if found is not None and not args.quiet:
            _say(f"options from {found}")
    if args.script is not None:
        config = replace(config, script_target=args.script)
    if args.punctuation is not None:
        config = replace(config, punctuation=args.punctuation)
    if args.rules:
        rules = (*config.boilerplate_rules, *map(str, args.rules))
        config = replace(config, boilerplate_rules=rules)
    if args.repeated_lines is not None:
        config = replace(config, repeated_line_documents=args.repeated_lines)
    load_catalogue(config.boilerplate_rules)  # a wrong rule file stops the run before any work

    bar = _progress_bar(disabled=args.quiet)

    def on_skip(skip: Skipped) -> None:
        if not (skip.ignored and args.quiet):
            _say(f"{'ignored' if skip.ignored else 'skipped'} {skip}", bar)

    def on_drop(dropped: Dropped) -> None:
        if not args.quiet:
            _say(f"dropped {dropped.document.id}: {dropped.reason}", bar)

    try:
        summary = clean_files(
            args.inputs,
            args.output,
            config=config,
            read_options=ReadOptions(
                text_field=args.text_field,
                id_field=args.id_field,
                max_document_bytes=int(args.max_document_mb * 2**20),
            ),
            jobs=args.jobs,
            strict=args.strict,
            on_skip=on_skip,
            progress=(lambda done: bar.update(1)) if bar is not None else None,
            removed=args.removed,
            on_drop=on_drop,
        )
    finally:
        if bar is not None:
            bar.close()
    if not args.quiet:
        _say(f"{summary.describe()} -> {args.output}")
    return EXIT_OK


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
    sys.exit(main())
