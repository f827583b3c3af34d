"""Decoding and encoding repair on other projects' test data (``tests/encoding/peers``).

    python benchmarks/encoding_peers.py [--quick] [--show 5]

The data are files taken whole from ftfy's, chardet's, cChardet's, uchardet's and
charset-normalizer's test suites, listed in ``tests/encoding/peers/MANIFEST.toml`` with
the codec of their truth. Three reports:

* ftfy's JSON cases: *negatives* (``original`` equal to the expected text, which is
  ``fixed-encoding``, else ``fixed``) must come out of ``repair_encoding`` unchanged;
  *positives* (the other cases ftfy's own suite expects to pass) should come out as the
  expected text. A positive not fixed is *unchanged*, *closer* (changed, at a smaller
  edit distance to the expected text than the original) or *worse*; *new CJK* counts
  outputs with CJK ideographs that neither the original nor the expected text has.
* samples: ``decode_bytes`` on the file's bytes names the right codec (a superset counts:
  GB2312/GBK in GB18030, Big5 in Big5-HKSCS/cp950, ASCII in UTF-8, Shift_JIS in cp932,
  EUC-KR in cp949, ...; for an ASCII text, any codec that reads ASCII) and decodes the
  truth text (what matters; the bytes as a superset reads them count too, see
  :func:`superset_reading`); then ``repair_encoding`` on the truth text leaves it
  unchanged (edits counted).
* prefixes: each sample cut after 20, 50 and 100 bytes and at 3 seeded random offsets
  decodes without error to the truth's prefix (one final U+FFFD allowed, only when the cut
  falls inside a character); the right codec is counted apart.

``--quick`` keeps two samples per codec and the 20/50/100-byte cuts.
The tests in ``tests/encoding/test_peers.py`` import these functions.
"""

from __future__ import annotations

import argparse
import codecs
import json
import random
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

import textclean
from textclean.encoding import decode_bytes, repair_encoding

sys.path.insert(0, str(Path(__file__).resolve().parent))
from encoding_bench import levenshtein

ROOT = Path(__file__).resolve().parent.parent
PEERS = ROOT / "tests" / "encoding" / "peers"
CUTS = (20, 50, 100)
RANDOM_CUTS = 3
SEED = 20

_FAMILIES = (
    ("ascii", "utf-8", "utf-8-sig"),
    ("gb2312", "gbk", "gb18030"),
    ("big5", "cp950", "big5hkscs"),
    ("euc_jp", "euc_jis_2004", "euc_jisx0213"),
    ("shift_jis", "cp932", "shift_jis_2004", "shift_jisx0213"),
    ("euc_kr", "cp949"),
    ("utf-16", "utf-16-le", "utf-16-be"),
    ("utf-32", "utf-32-le", "utf-32-be"),
    ("iso8859-1", "cp1252"),
    ("iso8859-9", "cp1254"),
    ("tis-620", "iso8859-11", "cp874"),
)
_CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")


def codec_name(name: str) -> str:
    """Python's own name for codec ``name`` (``"GBK"`` -> ``"gbk"``, ``"latin-1"`` ->
    ``"iso8859-1"``), or ``name`` lowered if Python does not know it."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name.lower()


def same_family(found: str, truth: str) -> bool:
    """Whether codec ``found`` decodes what ``truth`` does (equal, or one of a superset family).

    >>> same_family("gb18030", "GB2312"), same_family("cp950", "big5"), same_family("gbk", "big5")
    (True, True, False)
    """
    found, truth = codec_name(found), codec_name(truth)
    return found == truth or any(found in f and truth in f for f in _FAMILIES)


def ascii_compatible(name: str) -> bool:
    """Whether codec ``name`` reads ASCII bytes as ASCII (UTF-16 does not)."""
    try:
        return b"Az09 <>".decode(name) == "Az09 <>"
    except (LookupError, UnicodeDecodeError):
        return False


def codec_right(found: str, truth: str, text: str) -> bool:
    """``found`` is of ``truth``'s family, or ``text`` is ASCII and ``found`` reads ASCII."""
    return same_family(found, truth) or (text.isascii() and ascii_compatible(found))


# ---------------------------------------------------------------- the manifest


@dataclass(frozen=True)
class Sample:
    """One shipped sample file and the codec of its truth."""

    path: str
    repo: str
    source_path: str
    encoding: str
    language: str
    note: str = ""

    @property
    def data(self) -> bytes:
        return _read(self.path)

    @property
    def truth(self) -> str:
        """The file decoded by the codec the source names (strict)."""
        return self.data.decode(self.encoding)


@cache
def _read(path: str) -> bytes:
    return (PEERS / path).read_bytes()


@cache
def load_manifest(root: Path = PEERS) -> dict[str, Any]:
    """``MANIFEST.toml``: ``repos`` (commit, licence) and ``file`` (one table per file)."""
    with open(root / "MANIFEST.toml", "rb") as handle:
        return tomllib.load(handle)


def samples(quick: bool = False) -> list[Sample]:
    """The sample files of the manifest; ``quick``: the first two of each codec."""
    found = [
        Sample(
            entry["path"],
            entry["repo"],
            entry["source_path"],
            entry["encoding"],
            entry["language"],
            entry.get("note", ""),
        )
        for entry in load_manifest()["file"]
        if entry["kind"] == "sample"
    ]
    if not quick:
        return found
    seen: Counter[str] = Counter()
    kept = []
    for sample in found:
        seen[sample.encoding] += 1
        if seen[sample.encoding] <= 2:
            kept.append(sample)
    return kept


def ftfy_cases() -> list[dict[str, Any]]:
    """ftfy's JSON test cases, each with the name of its ``file`` added."""
    cases = []
    for entry in load_manifest()["file"]:
        if entry["kind"] == "ftfy-cases":
            for case in json.loads(_read(entry["path"]).decode("utf-8")):
                cases.append({**case, "file": Path(entry["path"]).name})
    return cases


def expected(case: dict[str, Any]) -> str:
    """What ftfy's ``fix_encoding`` should make of the case: ``fixed-encoding``, else ``fixed``."""
    return case.get("fixed-encoding", case["fixed"])


def is_negative(case: dict[str, Any]) -> bool:
    """A case whose text must not change (``original`` is already the expected text)."""
    return case["original"] == expected(case)


def is_positive(case: dict[str, Any]) -> bool:
    """A case ftfy's suite expects it to fix (``"expect": "pass"``, not a negative)."""
    return case["expect"] == "pass" and not is_negative(case)


def case_id(case: dict[str, Any]) -> str:
    return f"{case['file']}: {case['label']}"


# ---------------------------------------------------------------- the checks


def repaired(text: str) -> str:
    """``repair_encoding(text).text``, or ``"<TypeName: message>"`` if it raised."""
    try:
        return repair_encoding(text).text
    except Exception as error:  # a crash is a result to report, not the end of the report
        return f"<{type(error).__name__}: {error}>"


def new_cjk(output: str, *sources: str) -> set[str]:
    """CJK ideographs in ``output`` that none of ``sources`` has."""
    return set(_CJK.findall(output)) - set().union(*(_CJK.findall(s) for s in sources))


@dataclass(frozen=True)
class CaseResult:
    """What ``repair_encoding`` made of one ftfy case, and its verdict."""

    case: dict[str, Any]
    output: str
    verdict: str  # kept, changed (negatives); fixed, unchanged, closer, worse (others)
    cjk: bool


def judge_case(case: dict[str, Any]) -> CaseResult:
    original, wanted = case["original"], expected(case)
    output = repaired(original)
    cjk = bool(new_cjk(output, original, wanted))
    if is_negative(case):
        verdict = "kept" if output == original else "changed"
    elif output == wanted:
        verdict = "fixed"
    elif output == original:
        verdict = "unchanged"
    elif levenshtein(output, wanted) < levenshtein(original, wanted):
        verdict = "closer"
    else:
        verdict = "worse"
    return CaseResult(case, output, verdict, cjk)


@dataclass(frozen=True)
class Decoding:
    """``decode_bytes`` on some bytes, against the truth."""

    encoding: str  # what decode_bytes named, or "error"
    codec_ok: bool
    text_ok: bool
    text: str = ""
    error: str = ""
    variant: bool = False  # text_ok only as a superset codec reads the bytes


def superset_reading(data: bytes, found: str, truth_codec: str, text: str) -> bool:
    """``text`` is ``data`` as ``found``, a codec of the truth's family, reads it (one final
    U+FFFD for a cut character allowed): Python's ``shift_jis`` reads 0x817C as U+2212, its
    superset ``cp932`` as U+FF0D; both are right."""
    if not same_family(found, truth_codec):
        return False
    try:
        wanted, cut = truth_prefix(data, len(data), found)
    except (LookupError, UnicodeDecodeError):
        return False
    return text == wanted or (cut and text == wanted + "\ufffd")


def check_decoding(data: bytes, truth_codec: str, wanted: str, cut: bool = False) -> Decoding:
    """Decode ``data``; right if the text is ``wanted`` (``cut``: or ``wanted`` + U+FFFD),
    or the whole of ``data`` read by a superset of the truth's codec (see
    :func:`superset_reading`)."""
    try:
        decoded = decode_bytes(data)
    except Exception as error:  # DecodeError, or a crash: reported, not raised
        return Decoding("error", False, False, error=f"{type(error).__name__}: {error}")
    text = decoded.text
    exact = text == wanted or (cut and text == wanted + "\ufffd")
    variant = not exact and superset_reading(data, decoded.encoding, truth_codec, text)
    return Decoding(
        decoded.encoding,
        codec_right(decoded.encoding, truth_codec, wanted),
        exact or variant,
        text,
        variant=variant,
    )


def decode_sample(sample: Sample) -> Decoding:
    """``decode_bytes`` on the whole file."""
    return check_decoding(sample.data, sample.encoding, sample.truth)


def truth_prefix(data: bytes, n: int, codec: str) -> tuple[str, bool]:
    """The characters the first ``n`` bytes hold whole in ``codec``, and whether the cut
    falls inside a character (bytes left over)."""
    decoder = codecs.getincrementaldecoder(codec)()
    text = decoder.decode(data[:n], final=False)
    pending = decoder.getstate()[0]
    return text, bool(pending)


def cuts(sample: Sample, quick: bool = False) -> list[int]:
    """Where ``sample`` is cut: 20, 50, 100 bytes and 3 seeded random offsets, each
    shorter than the file."""
    size = len(sample.data)
    found = [n for n in CUTS if n < size]
    if not quick and size > 2:
        rng = random.Random(f"{SEED}:{sample.path}")
        found += sorted(rng.sample(range(1, size), min(RANDOM_CUTS, size - 1)))
    return sorted(set(found))


def decode_prefix(sample: Sample, n: int) -> Decoding:
    """``decode_bytes`` on the first ``n`` bytes of ``sample``."""
    wanted, cut = truth_prefix(sample.data, n, sample.encoding)
    return check_decoding(sample.data[:n], sample.encoding, wanted, cut)


@dataclass(frozen=True)
class Repair:
    """``repair_encoding`` on a truth text: changed or not, and its edits."""

    changed: bool
    edits: tuple[Any, ...]
    error: str = ""


def repair_truth(sample: Sample) -> Repair:
    """``repair_encoding`` on the sample's truth text."""
    text = sample.truth
    try:
        result = repair_encoding(text)
    except Exception as error:  # reported, not raised
        return Repair(True, (), f"{type(error).__name__}: {error}")
    return Repair(result.text != text, tuple(result.edits))


def edit_line(edit: Any, width: int = 90) -> str:
    """One edit as ``'before' -> 'after' (reason)``, each side cut to ``width`` characters."""
    return f"{_short(edit.before, width)} -> {_short(edit.after, width)} ({edit.reason})"


def first_difference(a: str, b: str, width: int = 24) -> str:
    """``a`` and ``b`` around their first difference."""
    pairs = enumerate(zip(a, b, strict=False))
    index = next((i for i, (x, y) in pairs if x != y), min(len(a), len(b)))
    start = max(0, index - width // 2)
    return f"at {index}: {a[start : index + width]!r} vs {b[start : index + width]!r}"


# ---------------------------------------------------------------- the report


def _short(text: str, width: int = 60) -> str:
    text = repr(text)
    return text if len(text) <= width else text[: width - 1] + "…"


def report_ftfy(show: int) -> dict[str, Any]:
    """Judge every ftfy case; print the table and the failures."""
    results = [judge_case(case) for case in ftfy_cases()]
    negatives = [r for r in results if is_negative(r.case)]
    positives = [r for r in results if is_positive(r.case)]
    failures = [r for r in results if r.case["expect"] == "fail" and not is_negative(r.case)]
    verdicts = Counter(r.verdict for r in positives)
    changed = [r for r in negatives if r.verdict == "changed"]
    print(f"\nftfy test cases: {len(results)} in {len({r.case['file'] for r in results})} files")
    rows = [
        ("negatives (original == expected)", len(negatives), None),
        ("  changed by repair_encoding", len(changed), len(negatives)),
        ("  of those, with new CJK", sum(r.cjk for r in changed), len(negatives)),
        ("positives ftfy expects to pass", len(positives), None),
        ("  equal to fixed-encoding", verdicts["fixed"], len(positives)),
        ("  left unchanged", verdicts["unchanged"], len(positives)),
        ("  changed, closer (not equal)", verdicts["closer"], len(positives)),
        ("  changed, worse", verdicts["worse"], len(positives)),
        ("  with new CJK ideographs", sum(r.cjk for r in positives), len(positives)),
        ("ftfy's known failures", len(failures), None),
        ("  equal to fixed-encoding", sum(r.verdict == "fixed" for r in failures), len(failures)),
    ]
    for label, count, total in rows:
        share = f"{100 * count / total:6.1f}%" if total else ""
        print(f"  {label:36} {count:4} {share}")
    for title, group in (
        ("negatives changed", changed),
        ("positives made worse", [r for r in positives if r.verdict == "worse"]),
        ("positives changed, not fixed", [r for r in positives if r.verdict == "closer"]),
        ("positives left unchanged", [r for r in positives if r.verdict == "unchanged"]),
    ):
        if group:
            print(f"  {title} ({len(group)}):")
            for r in group[:show]:
                cjk = " [new CJK]" if r.cjk else ""
                print(f"    {r.case['file']}: {r.case['label'][:70]}{cjk}")
                print(f"      {_short(r.case['original'])} -> {_short(r.output)}")
                if not is_negative(r.case):
                    print(f"      expected {_short(expected(r.case))}")
            if len(group) > show:
                print(f"    ... and {len(group) - show} more")
    return {
        "negatives": len(negatives),
        "negatives_changed": len(changed),
        "positives": len(positives),
        **{f"positives_{k}": v for k, v in verdicts.items()},
        "positives_new_cjk": sum(r.cjk for r in positives),
    }


def report_samples(chosen: list[Sample], quick: bool, show: int) -> dict[str, Any]:
    """Decode, repair and cut every sample; print a table by codec and the failures."""
    rows: dict[str, Counter[str]] = defaultdict(Counter)
    languages: dict[str, set[str]] = defaultdict(set)
    wrong: list[tuple[Sample, Decoding]] = []
    other_codec: list[tuple[Sample, Decoding]] = []
    variants: list[tuple[Sample, Decoding]] = []
    edited: list[tuple[Sample, Repair]] = []
    bad_cuts: list[tuple[Sample, int, Decoding]] = []
    for sample in chosen:
        row = rows[sample.encoding]
        languages[sample.encoding].add(sample.language)
        row["files"] += 1
        decoding = decode_sample(sample)
        row["codec"] += decoding.codec_ok
        row["text"] += decoding.text_ok
        if not decoding.text_ok:
            wrong.append((sample, decoding))
        elif not decoding.codec_ok:
            other_codec.append((sample, decoding))
        if decoding.variant:
            variants.append((sample, decoding))
        repair = repair_truth(sample)
        row["kept"] += not repair.changed
        row["edits"] += len(repair.edits)
        if repair.changed:
            edited.append((sample, repair))
        for n in cuts(sample, quick):
            prefix = decode_prefix(sample, n)
            row["cuts"] += 1
            row["cut_text"] += prefix.text_ok
            row["cut_codec"] += prefix.codec_ok
            if not prefix.text_ok:
                bad_cuts.append((sample, n, prefix))
    total: Counter[str] = Counter()
    print(f"\nsamples: {len(chosen)} files (codec: the truth's family named; text: the truth")
    print("decoded; kept: repair_encoding left the truth as it was; cuts: prefixes decoded)")
    head = ("truth codec", "lang", "files", "codec", "text", "kept", "edits", "cut text", "codec")
    print("  {:13} {:14} {:>5} {:>5} {:>5} {:>5} {:>6} {:>9} {:>7}".format(*head))
    for encoding in sorted(rows):
        row = rows[encoding]
        total.update(row)
        langs = sorted(languages[encoding])
        _print_row(encoding, ",".join(langs) if len(langs) <= 4 else f"{len(langs)} languages", row)
    _print_row("total", "", total)
    _print_failures(wrong, other_codec, variants, edited, bad_cuts, show)
    return {
        "files": total["files"],
        "codec_ok": total["codec"],
        "text_ok": total["text"],
        "repair_kept": total["kept"],
        "edits": total["edits"],
        "cuts": total["cuts"],
        "cut_text_ok": total["cut_text"],
        "cut_codec_ok": total["cut_codec"],
    }


def _print_row(encoding: str, langs: str, row: Counter[str]) -> None:
    print(
        f"  {encoding:13} {langs:14} {row['files']:5} {row['codec']:5} {row['text']:5} "
        f"{row['kept']:5} {row['edits']:6} {row['cut_text']:4}/{row['cuts']:<4} "
        f"{row['cut_codec']:4}/{row['cuts']:<4}"
    )


def _print_failures(
    wrong: list[tuple[Sample, Decoding]],
    other_codec: list[tuple[Sample, Decoding]],
    variants: list[tuple[Sample, Decoding]],
    edited: list[tuple[Sample, Repair]],
    bad_cuts: list[tuple[Sample, int, Decoding]],
    show: int,
) -> None:
    if wrong:
        chosen = Counter(f"{s.encoding} -> {d.encoding}" for s, d in wrong)
        print(f"  files decoded to the wrong text ({len(wrong)}): " + ", ".join(_counted(chosen)))
        for sample, decoding in wrong[:show]:
            what = decoding.error or first_difference(sample.truth, decoding.text)
            print(f"    {sample.path} ({sample.encoding} -> {decoding.encoding}): {what}")
    if other_codec:
        chosen = Counter(f"{s.encoding} -> {d.encoding}" for s, d in other_codec)
        print(
            f"  right text, codec of another family named ({len(other_codec)}): "
            + ", ".join(_counted(chosen))
        )
    if variants:
        chosen = Counter(f"{s.encoding} -> {d.encoding}" for s, d in variants)
        print(
            f"  right as a superset reads it, not as the truth codec ({len(variants)}): "
            + ", ".join(_counted(chosen))
        )
        for sample, decoding in variants[:show]:
            what = first_difference(sample.truth, decoding.text)
            print(f"    {sample.path} ({sample.encoding} -> {decoding.encoding}): {what}")
    if edited:
        reasons = Counter(e.reason for _, r in edited for e in r.edits)
        print(f"  truths changed by repair_encoding ({len(edited)}); edits by reason:")
        print("    " + ", ".join(_counted(reasons)))
        for sample, repair in sorted(edited, key=lambda item: -len(item[1].edits))[:show]:
            what = repair.error or f"{len(repair.edits)} edits"
            print(f"    {sample.path} ({sample.encoding}): {what}")
            for edit in repair.edits[:3]:
                print(f"      {edit_line(edit)}")
    if bad_cuts:
        chosen = Counter(f"{s.encoding} -> {d.encoding}" for s, _, d in bad_cuts)
        print(f"  cuts decoded to the wrong text ({len(bad_cuts)}): " + ", ".join(_counted(chosen)))
        for sample, n, decoding in bad_cuts[:show]:
            wanted, _ = truth_prefix(sample.data, n, sample.encoding)
            what = decoding.error or first_difference(wanted, decoding.text)
            print(f"    {sample.path}[:{n}] ({sample.encoding} -> {decoding.encoding}): {what}")


def _counted(counter: Counter[str]) -> Iterable[str]:
    return (f"{key} ×{count}" for key, count in counter.most_common())


def measured() -> str:
    """Which textclean is measured: its folder, and ``git describe --dirty`` of its checkout."""
    folder = Path(textclean.__file__).resolve().parent
    try:
        described = subprocess.run(
            ["git", "-C", str(folder), "describe", "--always", "--dirty"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        described = "not a git checkout"
    return f"{folder} ({described})"


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Run the three reports and print their tables; return their numbers."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="two samples per codec, 3 cuts")
    parser.add_argument("--show", type=int, default=5, help="examples listed per failure kind")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    manifest = load_manifest()
    print(f"textclean: {measured()}")
    print("peers: " + ", ".join(f"{r} {v['commit'][:7]}" for r, v in manifest["repos"].items()))
    numbers = {"ftfy": report_ftfy(args.show)}
    numbers["samples"] = report_samples(samples(args.quick), args.quick, args.show)
    print(f"\n{time.perf_counter() - start:.1f} s")
    return numbers


if __name__ == "__main__":
    main()
