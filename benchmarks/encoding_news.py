"""The encoding step on clean Chinese text nobody here wrote: no harm, speed, decoding.

    python benchmarks/encoding_news.py --sighan DIR [--lines 30] [--garbled 10]

The text is the test sets of the Second International Chinese Word Segmentation Bakeoff
(SIGHAN 2005, http://sighan.cs.uchicago.edu/bakeoff2005/): People's Daily (``pku``) and
Microsoft Research (``msr``) in Simplified Chinese, City University of Hong Kong
(``cityu``, Hong Kong news) and Academia Sinica (``as``, a balanced Taiwanese corpus) in
Traditional, 1.9 MB of text in all, each set also in its legacy encoding (GB2312 or
Big5). They are free for research use and are **not** shipped here; ``DIR`` is a copy of
https://github.com/yuikns/icwb2-data (its ``testing/`` folder is what is read), or set
``TEXTCLEAN_SIGHAN``.

Each set is one sentence or paragraph per line; documents are ``--lines`` lines in a row.
Four reports:

* no harm: documents that ``repair_encoding`` changes (each is correct text), beside
  ``ftfy.fix_text`` and ``ftfy.fix_encoding``;
* speed: MB/s of UTF-8 per run (best of 3, after a first run that loads the tables),
  against ftfy in the same process;
* garbled: documents of 3 lines garbled losslessly by each kind of mojibake (``--garbled``
  per set and kind), the share each fixer gives back exactly and its MB/s: the
  garbled-text figures of ``encoding_bench.py``, on text this project did not write;
* garbled articles: documents of ``--lines`` lines (``--articles`` per set and kind)
  read whole by the wrong decoder, as a crawler that guessed the codec wrong reads a
  page: each line the kind garbles losslessly garbled so, the others with Python's
  ``errors="replace"`` (a mark for what the wrong codec cannot decode, which in GBK read
  as Big5 leaves the rest of the line one byte off); the character error rate before and
  after each fixer (Levenshtein distance over the original's length) and MB/s;
* decoding: each legacy file's bytes, whole and cut at 20 seeded offsets, through
  ``decode_bytes``: the codec named; for the whole file, the characters that differ from
  the UTF-8 file; for a cut, whether the text is the prefix as the set's codec reads it
  (one final U+FFFD allowed).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import ftfy

from textclean.encoding import decode_bytes, repair_encoding
from textclean.encoding.kinds import KINDS, encodable, garble

sys.path.insert(0, str(Path(__file__).resolve().parent))
from encoding_bench import levenshtein
from timing import best_time

SETS = {  # name: (script, the codec whose reading of the legacy file is the UTF-8 file's)
    "pku": ("Simplified", "gb18030"),  # GB2312 (CP936) by the bakeoff's README
    "msr": ("Simplified", "gb18030"),
    "cityu": ("Traditional", "big5hkscs"),  # Big5-HKSCS
    "as": ("Traditional", "big5hkscs"),  # Big5 (CP950), with its Eten extensions (碁)
}
"""The UTF-8 files read Big5 0xA145 as U+2027 ``‧`` (cp950); Python's big5 and big5hkscs
codecs as U+2022 ``•``: the whole-file report counts such characters apart."""
CUTS = 20
GARBLED_LINES = 3
"""Lines per garbled document (short: UTF-8 read as GBK is lossless only in short text)."""
GARBLED_DOCUMENTS = 10
"""Garbled documents per set and kind."""
ARTICLES = 5
"""Garbled articles (documents of ``--lines`` lines) per set and kind."""


def load(folder: Path, name: str) -> tuple[str, bytes]:
    """The set's UTF-8 text (no BOM, ``\\n`` line ends) and its legacy file's bytes."""
    text = (folder / f"{name}_test.utf8").read_text("utf-8-sig").replace("\r\n", "\n")
    return text, (folder / f"{name}_test.txt").read_bytes()


def documents(text: str, lines: int) -> list[str]:
    """``text`` as documents of ``lines`` non-empty lines each."""
    rows = [line.strip() for line in text.split("\n") if line.strip()]
    return ["\n".join(rows[i : i + lines]) for i in range(0, len(rows), lines)]


def decodes_to(data: bytes, truth: str) -> tuple[str, Counter[str]]:
    """The codec ``decode_bytes`` names for ``data``, and the characters of its text that
    differ from ``truth`` (``"•→‧"``; line ends and a final U+FFFD for a character cut in
    two aside; a text of another length counts as ``"length"``)."""
    decoded = decode_bytes(data)
    text = decoded.text.replace("\r\n", "\n").removeprefix("\ufeff").rstrip("\ufffd")
    truth = truth.rstrip("\ufffd")
    if len(text) != len(truth):
        return decoded.encoding, Counter(["length"])
    return decoded.encoding, Counter(f"{a}→{b}" for a, b in zip(text, truth, strict=True) if a != b)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sighan", type=Path, default=os.environ.get("TEXTCLEAN_SIGHAN"))
    parser.add_argument("--lines", type=int, default=30, help="lines per document")
    parser.add_argument(
        "--garbled",
        type=int,
        default=GARBLED_DOCUMENTS,
        help="garbled documents per set and kind (the table's figures steady with 40)",
    )
    parser.add_argument(
        "--articles", type=int, default=ARTICLES, help="garbled articles per set and kind"
    )
    args = parser.parse_args()
    if args.sighan is None:
        parser.error("give --sighan DIR (a copy of github.com/yuikns/icwb2-data)")
    folder = args.sighan / "testing"
    if not folder.is_dir():
        parser.error(f"{folder} is not a folder: --sighan must hold icwb2-data's testing/")

    fixers = {
        "textclean": lambda text: repair_encoding(text).text,
        "ftfy.fix_text": ftfy.fix_text,
        "ftfy.fix_encoding": ftfy.fix_encoding,
    }
    harm_rows, speed_rows, decode_rows = [], [], []
    for name, (script, codec) in SETS.items():
        text, data = load(folder, name)
        docs = documents(text, args.lines)
        megabytes = sum(len(doc.encode("utf-8")) for doc in docs) / 1e6
        changed = {label: 0 for label in fixers}
        examples: list[str] = []
        for doc in docs:
            for label, fix in fixers.items():
                output = fix(doc)
                if output != doc:
                    changed[label] += 1
                    if label == "textclean" and len(examples) < 3:
                        result = repair_encoding(doc)
                        examples += [
                            f"{e.before!r} -> {e.after!r} ({e.reason})" for e in result.edits
                        ]
        harm_rows.append(
            [f"{name} ({script})", str(len(docs)), f"{megabytes:.2f}"]
            + [str(changed[label]) for label in fixers]
        )
        for example in examples[:3]:
            print(f"  textclean changed {name}: {example}")
        speeds = [f"{megabytes / best_time(fix, docs):.1f}" for fix in fixers.values()]
        speed_rows.append([f"{name} ({script})", f"{megabytes:.2f}", *speeds])

        whole_codec, whole_diff = decodes_to(data, text)
        rng = random.Random(name)
        cut_ok = 0
        cut_codecs = set()
        for _ in range(CUTS):
            prefix = data[: rng.randrange(20, len(data))]
            truth = prefix.decode(codec, errors="replace").replace("\r\n", "\n")
            found, diff = decodes_to(prefix, truth)
            cut_ok += not diff
            cut_codecs.add(found)
        differing = ", ".join(f"{pair} {n}" for pair, n in whole_diff.most_common(3)) or "none"
        decode_rows.append(
            [
                f"{name} ({len(data) / 1e3:.0f} kB)",
                whole_codec,
                differing,
                f"{cut_ok}/{CUTS}",
                ", ".join(sorted(cut_codecs)),
            ]
        )

    texts = {name: load(folder, name)[0] for name in SETS}
    garbled_rows = garbled_table(texts, fixers, args.garbled)
    article_rows = articles_table(texts, fixers, args.lines, args.articles)

    labels = list(fixers)
    print(
        table(["set", "documents", "MB", *(f"changed by {label}" for label in labels)], harm_rows)
    )
    print(table(["set", "MB", *(f"{label} MB/s" for label in labels)], speed_rows))
    print(
        table(
            ["kind", "documents", "MB"]
            + [f"{label} exact" for label in labels]
            + [f"{label} MB/s" for label in labels],
            garbled_rows,
        )
    )
    print(
        table(
            ["kind", "articles", "MB", "input CER"]
            + [f"{label} CER" for label in labels]
            + [f"{label} MB/s" for label in labels],
            article_rows,
        )
    )
    print(
        table(
            [
                "legacy file",
                "codec named",
                "characters unlike the UTF-8 file",
                "cuts right",
                "codecs of cuts",
            ],
            decode_rows,
        )
    )


def garbled_table(
    texts: dict[str, str], fixers: dict[str, Any], per_set: int = GARBLED_DOCUMENTS
) -> list[list[str]]:
    """Each kind of mojibake made of the sets' text: documents of :data:`GARBLED_LINES`
    lines, the first ``per_set`` per set that the kind garbles losslessly
    (the wrong codec decodes every byte), repaired by each fixer: the share given back
    exactly, and MB/s of the garbled UTF-8."""
    rows = []
    for kind in KINDS.values():
        cases: list[tuple[str, str]] = []
        for name in SETS:
            found = 0
            for doc in documents(texts[name], GARBLED_LINES):
                if found == per_set:
                    break
                if not encodable(doc, kind.true):
                    continue
                try:
                    cases.append((doc, garble(doc, kind)))
                except UnicodeDecodeError:
                    continue  # the wrong codec cannot decode these bytes: not lossless
                found += 1
        if not cases:
            rows.append([kind.name, "0", "", *([""] * (2 * len(fixers)))])
            continue
        garbled = [shown for _, shown in cases]
        megabytes = sum(len(shown.encode("utf-8")) for shown in garbled) / 1e6
        exact = [
            f"{sum(fix(shown) == doc for doc, shown in cases) / len(cases):.1%}"
            for fix in fixers.values()
        ]
        speeds = [f"{megabytes / best_time(fix, garbled):.2f}" for fix in fixers.values()]
        rows.append([kind.name, str(len(cases)), f"{megabytes:.2f}", *exact, *speeds])
    return rows


def articles_table(
    texts: dict[str, str], fixers: dict[str, Any], lines: int, per_set: int = ARTICLES
) -> list[list[str]]:
    """Each kind of mojibake over whole articles: the first ``per_set`` documents of
    ``lines`` lines of each set that the kind's codec can encode, each line garbled
    losslessly where the wrong codec decodes it whole, else with its errors replaced;
    the character error rate of the garbled text and of each fixer's output, and MB/s."""
    rows = []
    for kind in KINDS.values():
        cases: list[tuple[str, str]] = []
        for name in SETS:
            docs = [doc for doc in documents(texts[name], lines) if encodable(doc, kind.true)]
            cases += [(doc, _read_wrongly(doc, kind)) for doc in docs[:per_set]]
        if not cases:
            rows.append([kind.name, "0", "", "", *([""] * (2 * len(fixers)))])
            continue
        garbled = [shown for _, shown in cases]
        megabytes = sum(len(shown.encode("utf-8")) for shown in garbled) / 1e6
        truths = [doc for doc, _ in cases]
        rates = [error_rate([fix(shown) for shown in garbled], truths) for fix in fixers.values()]
        speeds = [f"{megabytes / best_time(fix, garbled):.2f}" for fix in fixers.values()]
        row = [kind.name, str(len(cases)), f"{megabytes:.2f}", error_rate(garbled, truths)]
        rows.append(row + rates + speeds)
    return rows


def error_rate(outputs: list[str], truths: list[str]) -> str:
    """The character error rate of ``outputs``: Levenshtein distance over the length of
    ``truths``, summed over all."""
    errors = sum(levenshtein(out, truth) for out, truth in zip(outputs, truths, strict=True))
    return f"{errors / sum(map(len, truths)):.3f}"


def _read_wrongly(doc: str, kind: Any) -> str:
    """``doc`` as the wrong decoder of ``kind`` shows it, line by line (the lines it
    cannot decode whole with Python's ``errors="replace"``)."""
    shown = []
    for line in doc.split("\n"):
        try:
            shown.append(garble(line, kind))
        except UnicodeDecodeError:
            shown.append(garble(line, kind, "\ufffd"))
    return "\n".join(shown)


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n" + "\n".join(lines)


if __name__ == "__main__":
    main()
