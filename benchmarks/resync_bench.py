"""Unanchored byte shifts: one stray or lost byte in GBK/Big5 text, repaired by the encoding step.

    python benchmarks/resync_bench.py [--docs 300] [--seed 20] [--show 3]

Documents are built from real clean Chinese text not written by the project: the GB2312,
GB18030 and Big5 samples under ``tests/encoding/peers/`` (decoded with the codec that
``MANIFEST.toml`` names), lines of at least 20 Han characters without ``?``. A document
is :data:`LINES` consecutive such lines. Its bytes (GBK for the GB files, Big5 for the
Big5 ones) get one of two faults, at a seeded random place:

* ``stray``: one byte of 0x81-0xFE inserted before or inside a double-byte character;
* ``lost``: one byte of a double-byte character deleted;

and are decoded with ``errors="replace"``, each U+FFFD then shown as ``?`` (variant
``?``) or dropped (variant ``no ?``). ``textclean.repair_encoding`` repairs each. The
report, per variant: CER before and after (edit distance / characters of the truth, over
all documents), *exact** (the repaired document is the truth, up to the characters the
fault destroyed: each shown as ``?`` or missing, at most two), how many were changed, and
the CER before and after on the documents whose fault garbled 2-8 characters (``2-8``:
their number; edit distance 2-8 before repair). Faults that garble one character or none
(a Big5 character whose remaining byte reads as ASCII) cannot be repaired, only marked.

Do-no-harm: every clean line of the peer Chinese samples (UTF-8 ones included) and every
line of ``seeds/*.txt`` is repaired alone; the report counts the lines the resync pass
(``"... read one byte off"`` edits of :mod:`textclean.encoding.resync`) changed: must be 0.
"""

from __future__ import annotations

import argparse
import glob
import random
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from encoding_bench import levenshtein  # noqa: E402 - the benchmarks' one edit distance

from textclean.encoding import repair as repair_module  # noqa: E402
from textclean.encoding.kinds import encodable  # noqa: E402
from textclean.encoding.repair import repair_encoding  # noqa: E402

PEERS = ROOT / "tests" / "encoding" / "peers"
LINES = 4
MIN_HAN = 20
_HAN = re.compile(r"[\u4e00-\u9fff]")
FAULT_CODEC = {"gb2312": "gbk", "gb18030": "gbk", "big5": "big5"}


def peer_samples(encodings: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(path, codec, text) of every Chinese peer sample in one of ``encodings``."""
    manifest = tomllib.loads((PEERS / "MANIFEST.toml").read_text("utf-8"))
    found = []
    for entry in manifest["file"]:
        if entry["kind"] != "sample" or entry["language"] != "zh":
            continue
        if entry["encoding"] not in encodings:
            continue
        text = (PEERS / entry["path"]).read_bytes().decode(entry["encoding"])
        found.append((entry["path"], entry["encoding"], text))
    return found


def clean_lines(text: str) -> list[str]:
    """The lines of ``text`` with at least :data:`MIN_HAN` Han characters and no ``?``."""
    lines = [line.strip() for line in text.splitlines()]
    return [
        line
        for line in lines
        if len(_HAN.findall(line)) >= MIN_HAN and "?" not in line and "\ufffd" not in line
    ]


def fault(text: str, codec: str, kind: str, rng: random.Random) -> tuple[bytes, int] | None:
    """``text`` in ``codec`` with one stray byte inserted or one byte lost, and where."""
    data = bytearray(text.encode(codec))
    # the bytes of double-byte characters: a fault anywhere else shifts nothing
    places = [i for i, byte in enumerate(data) if byte >= 0x80]
    if not places:
        return None
    where = rng.choice(places)
    if kind == "stray":
        data.insert(where, rng.randint(0x81, 0xFE))
    else:
        del data[where]
    return bytes(data), where


def exact_star(repaired: str, truth: str) -> bool:
    """``repaired`` is ``truth`` but for at most two destroyed characters, each ``?`` or gone."""
    if repaired == truth:
        return True
    kept, whole = repaired.replace("?", ""), truth.replace("?", "")
    marks = repaired.count("?") - truth.count("?")
    if not 0 <= len(whole) - len(kept) <= 2 or marks > 2:
        return False
    rest = iter(whole)
    return all(char in rest for char in kept)  # kept is a subsequence of the truth


_RESYNC_EDITS: list[object] = []


def _is_resync(edit: object) -> bool:
    return any(edit is seen for seen in _RESYNC_EDITS)


def _track_resync() -> None:
    """Wrap the resync pass so its edits can be told from the anchored byte-shift ones."""
    original = getattr(repair_module, "repair_resync", None)
    if original is None:
        return

    def tracked(*args: object, **kwargs: object) -> tuple[str, list[object]]:
        text, edits = original(*args, **kwargs)
        _RESYNC_EDITS.extend(edits)
        return text, edits

    repair_module.repair_resync = tracked  # type: ignore[attr-defined]


Variant = tuple[str, str, str]
"""(codec, fault, marks): ``("big5", "lost", "no ?")``."""


def variants(seed: int, count: int) -> Iterator[tuple[Variant, list[tuple[str, str]]]]:
    """Each variant's documents as (garbled, truth), ``count`` tries each (a fault that
    falls on no double-byte character is skipped), seeded by ``seed`` and the variant."""
    pools: dict[str, list[list[str]]] = {"gbk": [], "big5": []}
    for _path, encoding, text in peer_samples(("gb2312", "gb18030", "big5")):
        codec = FAULT_CODEC[encoding]
        pools[codec].append([line for line in clean_lines(text) if encodable(line, codec)])
    for codec in ("gbk", "big5"):
        files = [lines for lines in pools[codec] if lines]
        for kind in ("stray", "lost"):
            for marks in ("?", "no ?"):
                rng = random.Random(f"{seed}-{codec}-{kind}-{marks}")
                cases = []
                for _ in range(count):
                    lines = rng.choice(files)
                    first = rng.randrange(max(1, len(lines) - LINES + 1))
                    truth = "\n".join(lines[first : first + LINES])
                    faulted = fault(truth, codec, kind, rng)
                    if faulted is None:
                        continue
                    garbled = faulted[0].decode(codec, errors="replace")
                    cases.append((garbled.replace("\ufffd", "?" if marks == "?" else ""), truth))
                yield (codec, kind, marks), cases


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=300, help="documents per fault and codec")
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--show", type=int, default=3, help="misses shown per variant")
    args = parser.parse_args()
    _track_resync()
    started = time.perf_counter()

    print(
        f"{'variant':<18}{'docs':>6}{'CER before':>12}{'CER after':>11}"
        f"{'exact* before':>15}{'exact* after':>14}{'changed':>9}"
        f"{'2-8':>6}{'before':>9}{'after':>9}"
    )
    for (codec, kind, marks), cases in variants(args.seed, args.docs):
        errors_before = errors_after = chars = 0
        exact_before = exact_after = changed = docs = 0
        # documents whose fault garbled a run of 2-8 characters (the target's kind)
        short_before = short_after = short_chars = short_docs = 0
        shown = 0
        for garbled, truth in cases:
            repaired = repair_encoding(garbled).text
            docs += 1
            chars += len(truth)
            before, after = levenshtein(garbled, truth), levenshtein(repaired, truth)
            errors_before += before
            errors_after += after
            if 2 <= before <= 8:
                short_docs += 1
                short_chars += len(truth)
                short_before += before
                short_after += after
            exact_before += exact_star(garbled, truth)
            exact_after += exact_star(repaired, truth)
            changed += repaired != garbled
            if shown < args.show and not exact_star(repaired, truth):
                shown += 1
                _show(truth, garbled, repaired)
        name = f"{codec} {kind} {marks}"
        print(
            f"{name:<18}{docs:>6}{errors_before / chars:>12.4f}"
            f"{errors_after / chars:>11.4f}{exact_before / docs:>15.3f}"
            f"{exact_after / docs:>14.3f}{changed:>9}"
            f"{short_docs:>6}{short_before / short_chars:>9.4f}"
            f"{short_after / short_chars:>9.4f}"
        )

    negatives = 0
    resync_lines = 0
    for _path, _encoding, text in peer_samples(("gb2312", "gb18030", "big5", "utf-8")):
        for line in text.splitlines():
            if not line.strip():
                continue
            negatives += 1
            resync_lines += _changed_by_resync(line)
    seed_lines = seed_changed = 0
    for path in sorted(glob.glob(str(ROOT / "seeds" / "*.txt"))):
        text = repair_encoding(Path(path).read_bytes()).text
        for line in text.splitlines():
            if line.strip():
                seed_lines += 1
                seed_changed += _changed_by_resync(line)
    print(f"clean peer lines changed by resync: {resync_lines} of {negatives}")
    print(f"seed lines (after the encoding step) changed by resync: {seed_changed} of {seed_lines}")
    print(f"time {time.perf_counter() - started:.1f}s")


def _changed_by_resync(line: str) -> bool:
    before = len(_RESYNC_EDITS)
    repair_encoding(line)
    for edit in _RESYNC_EDITS[before:]:
        print(f"    false repair {edit.before!r} -> {edit.after!r} in {line.strip()[:60]!r}")
    return len(_RESYNC_EDITS) > before


def _show(truth: str, garbled: str, repaired: str) -> None:
    start = 0
    while start < min(len(truth), len(garbled)) and truth[start] == garbled[start]:
        start += 1
    low = max(0, start - 8)
    print(f"    truth    {truth[low : start + 20]!r}")
    print(f"    garbled  {garbled[low : start + 20]!r}")
    print(f"    repaired {repaired[low : start + 20]!r}")


if __name__ == "__main__":
    main()
