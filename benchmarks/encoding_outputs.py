"""What the encoding step makes of a broad set of inputs, to compare two versions of it.

    python benchmarks/encoding_outputs.py dump OUT.jsonl [--sighan DIR]
    python benchmarks/encoding_outputs.py diff OLD.jsonl NEW.jsonl [--show 10]

A change meant to make the step faster must leave its answers alone, and one meant to
repair more must change only what it repairs. ``dump`` runs ``repair_encoding`` over
every input below and writes one JSON line per input (the input, the text, the edits);
run it once per version (from each worktree: ``PYTHONPATH=. python benchmarks/...``),
then ``diff`` lists the inputs whose text or edits differ, with the places that changed.

The inputs, none written for the change under test:

* the generated bench's cases (``encoding_bench.py``): each kind and case, byte shifts,
  clean documents;
* the peers' test files (``tests/encoding/peers``): every sample decoded with its codec,
  and the texts of ftfy's test cases;
* short units of the peers' Chinese text, clean and garbled (``short_units_bench.py``);
* the seeds;
* the byte-shift documents of ``resync_bench.py`` (its 2,400 at seed 20: the peers' GBK
  and Big5 text with one byte inserted or lost), which showed a change to the byte-shift
  pass that the rest did not;
* with ``--sighan DIR`` (github.com/yuikns/icwb2-data, not shipped): the four test sets
  as documents of 30 lines, clean and garbled whole by each kind as ``encoding_news.py``
  garbles its articles (which once showed a wrong twin that the rest did not); documents
  of 3 lines garbled by each kind, 40 per set as
  ``encoding_news.py --garbled 40`` makes them, and lossy with ``?`` and U+FFFD; and
  documents with one byte inserted or lost in their GBK or Big5 bytes. A comparison
  without these once missed a change that broke ``编者的话`` read as cp1252.
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

import encoding_bench as bench  # noqa: E402 - the benchmarks' own helpers
import encoding_news as news  # noqa: E402
import resync_bench as resync  # noqa: E402
import short_units_bench as units  # noqa: E402

from textclean.encoding import repair_encoding  # noqa: E402
from textclean.encoding.kinds import KINDS, Kind, encodable, garble  # noqa: E402

PEERS = ROOT / "tests" / "encoding" / "peers"


def inputs(sighan: Path | None) -> Iterator[str]:
    """Every input, in a fixed order (seeded)."""
    paragraphs = bench.seed_paragraphs()
    made: list[str] = []
    for kind in KINDS.values():
        yield from (case.garbled for case in bench.kind_cases(kind, paragraphs, 20, made))
    yield from (case.garbled for case in bench.byte_shift_cases(paragraphs, 20))
    yield from (case.original for case in bench.clean_cases(paragraphs, 20))
    manifest = tomllib.loads((PEERS / "MANIFEST.toml").read_text("utf-8"))
    for entry in manifest["file"]:
        try:
            yield (PEERS / entry["path"]).read_bytes().decode(entry["encoding"])
        except (UnicodeDecodeError, LookupError):
            continue
    for path in sorted(PEERS.rglob("*.json")):
        for case in json.loads(path.read_text("utf-8")):
            if isinstance(case, dict) and "original" in case:
                yield case["original"]
    rng = random.Random(4)
    simplified, traditional = units.chinese_texts()
    clean = units.units_of(simplified, rng)[:400] + units.units_of(traditional, rng)[:400]
    yield from clean
    for name in ("utf-8 read as gbk", "big5 read as gbk", "gbk read as big5"):
        yield from filter(None, (units.garbled(unit, name) for unit in clean))
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        yield path.read_text("utf-8", errors="replace")
    for _variant, cases in resync.variants(20, 300):
        yield from (garbled for garbled, _truth in cases)
    if sighan is not None:
        yield from sighan_inputs(sighan / "testing")


def sighan_inputs(folder: Path) -> Iterator[str]:
    """The SIGHAN documents: clean, garbled per kind (lossless and lossy), byte-shifted."""
    rng = random.Random(7)
    for name, (_, codec) in news.SETS.items():
        text = news.load(folder, name)[0]
        articles = news.documents(text, 30)
        yield from articles
        for kind in KINDS.values():  # the garbled articles of encoding_news.py, as it makes them
            chosen = [doc for doc in articles if encodable(doc, kind.true)][: news.ARTICLES]
            yield from (news._read_wrongly(doc, kind) for doc in chosen)
        short = news.documents(text, 3)
        for kind in KINDS.values():
            yield from _garbled(short, kind, None, 40)
            for mark in ("?", "\ufffd"):
                yield from _garbled(short, kind, mark, 12)
        for doc in rng.sample(short, min(60, len(short))):
            if not encodable(doc, codec):
                continue
            data = doc.encode(codec)
            at = rng.randrange(len(data))
            if rng.random() < 0.5:
                data = data[:at] + data[at + 1 :]
            else:
                data = data[:at] + bytes([rng.randrange(0x81, 0xFF)]) + data[at:]
            yield data.decode(codec, errors="replace").replace("\ufffd", rng.choice("?\ufffd"))


def _garbled(docs: list[str], kind: Kind, mark: str | None, count: int) -> Iterator[str]:
    """The first ``count`` of ``docs`` that ``kind`` garbles (losslessly, without ``mark``)."""
    found = 0
    for doc in docs:
        if found == count:
            return
        if not encodable(doc, kind.true):
            continue
        try:
            yield garble(doc, kind, mark)
        except UnicodeDecodeError:
            continue
        found += 1


def dump(path: Path, sighan: Path | None) -> None:
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for text in inputs(sighan):
            result = repair_encoding(text)
            edits = [[edit.reason, edit.before, edit.after, edit.start] for edit in result.edits]
            out.write(json.dumps({"input": text, "text": result.text, "edits": edits}) + "\n")
            count += 1
    print(f"{count} inputs written to {path}")


def diff(old_path: Path, new_path: Path, show: int) -> None:
    old = [json.loads(line) for line in old_path.open(encoding="utf-8")]
    new = [json.loads(line) for line in new_path.open(encoding="utf-8")]
    if [row["input"] for row in old] != [row["input"] for row in new]:
        sys.exit("error: the two files hold different inputs (dumped with other options?)")
    changed = [(a, b) for a, b in zip(old, new, strict=True) if a != b]
    texts = sum(a["text"] != b["text"] for a, b in changed)
    print(f"{len(old)} inputs: {texts} texts differ, {len(changed) - texts} only in their edits")
    for a, b in [(a, b) for a, b in changed if a["text"] != b["text"]][:show]:
        matcher = difflib.SequenceMatcher(None, a["text"], b["text"], autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "equal":
                print(f"  old {a['text'][max(0, i1 - 8) : i2 + 8]!r}")
                print(f"  new {b['text'][max(0, j1 - 8) : j2 + 8]!r}")
        print("  --")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump", help="write the step's answers for every input")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--sighan", type=Path, help="a copy of icwb2-data")
    comparing = commands.add_parser("diff", help="compare two dumps")
    comparing.add_argument("old", type=Path)
    comparing.add_argument("new", type=Path)
    comparing.add_argument("--show", type=int, default=10)
    args = parser.parse_args()
    if args.command == "dump":
        if args.sighan is not None and not (args.sighan / "testing").is_dir():
            parser.error(f"{args.sighan}/testing is not a folder: --sighan must hold icwb2-data")
        dump(args.out, args.sighan)
    else:
        diff(args.old, args.new, args.show)


if __name__ == "__main__":
    main()
