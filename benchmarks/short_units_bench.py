"""Repair of short garbled units (4-20 characters), on real Chinese text (issue 20, part 4).

    python benchmarks/short_units_bench.py [--per-bucket 150] [--seed 4] [--show 5]

Units come from text the project did not write: the Chinese samples of other projects'
test suites under ``tests/encoding/peers`` (GB2312/GB18030, Big5 and UTF-8 files, see
``MANIFEST.toml``). Each file is decoded with its codec; its runs of Han characters
between punctuation (or markup) of 4-20 characters are units, and longer runs are cut
into seeded windows of 4-20 characters. Simplified units (from GB and UTF-8 files) serve
the kinds whose truth is GBK or UTF-8; Traditional units (from Big5 files, and the
Simplified units through OpenCC ``s2t``) serve ``big5 read as gbk``.

For each kind and length bucket (4-6, 7-10, 11-20) up to ``--per-bucket`` units are
garbled with :func:`textclean.encoding.kinds.garble` (units the codec cannot garble
losslessly are skipped and counted), then repaired by ``repair_encoding``:

* *alone*: the garbled unit is the whole document; exact when the text is the unit;
* *in a document*: the garbled unit is the last line of a document whose first line is
  one other garbled paragraph of the same kind (a real sentence of at least 20 Han
  characters from the same pool); exact when the unit's line comes back as the unit.

Negatives: every clean unit, and the four-character phrases of ``pypinyin``'s phrase
list (seeded sample; 成语, place names, terms) in Simplified and Traditional, must come
out unchanged.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from textclean import repair_encoding
from textclean.encoding.kinds import KINDS, garble
from textclean.script import converter

ROOT = Path(__file__).resolve().parent.parent
PEERS = ROOT / "tests" / "encoding" / "peers"
KIND_NAMES = ("utf-8 read as gbk", "big5 read as gbk", "gbk read as big5")
TRADITIONAL_KINDS = ("big5 read as gbk",)
BUCKETS = ((4, 6), (7, 10), (11, 20))
SUPERSET = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs"}
HAN = re.compile("[\u4e00-\u9fff]+")
SENTENCE = re.compile("[\u4e00-\u9fff，、；：“”（）《》！？。]+")
MIN_PARAGRAPH = 20
IDIOMS = 1000


def chinese_texts() -> tuple[list[str], list[str]]:
    """The decoded Chinese samples: (Simplified texts, Traditional texts)."""
    manifest = tomllib.loads((PEERS / "MANIFEST.toml").read_text("utf-8"))
    simplified: list[str] = []
    traditional: list[str] = []
    for entry in manifest["file"]:
        if entry["language"] != "zh" or entry["kind"] != "sample":
            continue
        codec = SUPERSET.get(entry["encoding"], entry["encoding"])
        text = (PEERS / entry["path"]).read_bytes().decode(codec, errors="replace")
        (traditional if codec == "big5hkscs" else simplified).append(text)
    return simplified, traditional


def units_of(texts: list[str], rng: random.Random) -> list[str]:
    """Runs of Han characters of 4-20 characters, longer runs cut into windows; no repeats."""
    units: dict[str, None] = {}
    for text in texts:
        for run in HAN.findall(text):
            if len(run) < 4:
                continue
            if len(run) <= 20:
                units[run] = None
                continue
            position = 0
            while len(run) - position >= 4:
                length = rng.randint(4, 20)
                units[run[position : position + length]] = None
                position += length
    return [unit for unit in units if len(unit) >= 4]


def paragraphs_of(texts: list[str]) -> list[str]:
    """Real sentences (Han characters and Chinese punctuation) of at least 20 Han characters."""
    found: dict[str, None] = {}
    for text in texts:
        for match in SENTENCE.findall(text):
            if sum(1 for char in match if HAN.match(char)) >= MIN_PARAGRAPH:
                found[match] = None
    return list(found)


def idioms(rng: random.Random) -> list[str]:
    """A seeded sample of the four-character phrases of pypinyin's phrase list."""
    from pypinyin.phrases_dict import phrases_dict

    four = sorted(phrase for phrase in phrases_dict if len(phrase) == 4 and HAN.fullmatch(phrase))
    return rng.sample(four, min(IDIOMS, len(four)))


def bucket_of(length: int) -> str:
    for low, high in BUCKETS:
        if low <= length <= high:
            return f"{low}-{high}"
    return "other"


def garbled(unit: str, name: str) -> str | None:
    """``unit`` garbled by kind ``name``, or None when the codec cannot do it losslessly."""
    kind = KINDS[name]
    try:
        shown = garble(unit, kind)
        back = shown.encode(kind.shown).decode(kind.true)
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    return shown if back == unit and shown != unit else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-bucket", type=int, default=150)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--show", type=int, default=5, help="failures shown per kind")
    args = parser.parse_args()
    began = time.perf_counter()
    rng = random.Random(args.seed)
    simplified_texts, traditional_texts = chinese_texts()
    s2t = converter("s2t")
    simplified = units_of(simplified_texts, rng)
    traditional = list(
        dict.fromkeys(units_of(traditional_texts, rng) + [s2t.convert(u) for u in simplified])
    )
    paragraphs = {
        "simplified": paragraphs_of(simplified_texts),
        "traditional": paragraphs_of(traditional_texts)
        + [s2t.convert(p) for p in paragraphs_of(simplified_texts)],
    }
    print(
        f"units: {len(simplified)} Simplified, {len(traditional)} Traditional; "
        f"paragraphs: {len(paragraphs['simplified'])} / {len(paragraphs['traditional'])}"
    )

    rows: list[tuple[str, str, int, int, int, int]] = []
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    failures: dict[str, list[str]] = defaultdict(list)
    for name in KIND_NAMES:
        script = "traditional" if name in TRADITIONAL_KINDS else "simplified"
        pool = traditional if script == "traditional" else simplified
        by_bucket: dict[str, list[str]] = defaultdict(list)
        for unit in pool:
            by_bucket[bucket_of(len(unit))].append(unit)
        for low, high in BUCKETS:
            bucket = f"{low}-{high}"
            candidates = sorted(by_bucket[bucket])
            rng.shuffle(candidates)
            tried = skipped = alone = in_doc = 0
            for unit in candidates:
                if tried >= args.per_bucket:
                    break
                shown = garbled(unit, name)
                if shown is None:
                    skipped += 1
                    continue
                tried += 1
                result = repair_encoding(shown).text
                alone += result == unit
                if result != unit and len(failures[name]) < args.show:
                    failures[name].append(f"{shown!r} -> {result!r} (want {unit!r})")
                other = None
                for paragraph in rng.sample(paragraphs[script], len(paragraphs[script])):
                    if unit not in paragraph:
                        other = garbled(paragraph, name)
                        if other is not None:
                            break
                if other is None:
                    continue
                lines = repair_encoding(other + "\n" + shown).text.split("\n")
                in_doc += lines[-1] == unit
            rows.append((name, bucket, tried, skipped, alone, in_doc))
            for key in (name, "all"):
                totals[key][0] += tried
                totals[key][1] += alone
                totals[key][2] += in_doc

    print(f"\n{'kind':20} {'length':>6} {'units':>6} {'skipped':>8} {'alone':>7} {'in doc':>7}")
    for name, bucket, tried, skipped, alone, in_doc in rows:
        print(
            f"{name:20} {bucket:>6} {tried:>6} {skipped:>8} "
            f"{alone / max(tried, 1):>7.3f} {in_doc / max(tried, 1):>7.3f}"
        )
    for key, (tried, alone, in_doc) in totals.items():
        print(
            f"{key:20} {'all':>6} {tried:>6} {'':>8} {alone / tried:>7.3f} {in_doc / tried:>7.3f}"
        )
    short = [row for row in rows if row[1] != "11-20"]
    tried = sum(row[2] for row in short)
    print(
        f"{'4-10, all kinds':20} {'':>6} {tried:>6} {'':>8} "
        f"{sum(row[4] for row in short) / tried:>7.3f} {sum(row[5] for row in short) / tried:>7.3f}"
    )

    negatives = {
        "clean units (Simplified)": simplified,
        "clean units (Traditional)": traditional,
        "pypinyin 4-char phrases": idioms(rng),
    }
    negatives["pypinyin 4-char phrases (s2t)"] = [
        s2t.convert(phrase) for phrase in negatives["pypinyin 4-char phrases"]
    ]
    print("\nclean strings changed (must be 0)")
    for label, units in negatives.items():
        changed = [unit for unit in units if repair_encoding(unit).text != unit]
        print(f"  {label:32} {len(changed):>4} of {len(units)}")
        for unit in changed[: args.show]:
            print(f"    {unit!r} -> {repair_encoding(unit).text!r}")
    if args.show:
        print("\nfailures alone (first few per kind)")
        for name, shown in failures.items():
            for line in shown:
                print(f"  {name}: {line}")
    print(f"\n{time.perf_counter() - began:.1f} s")


if __name__ == "__main__":
    main()
