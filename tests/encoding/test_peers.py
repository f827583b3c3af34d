"""Issue 20's targets on other projects' test data (``tests/encoding/peers``, see its README).

* every ftfy negative (``original`` already the expected text) comes out of
  ``repair_encoding`` unchanged;
* at least 95% of the other cases ftfy's suite expects to pass come out exactly as ftfy's
  ``fixed-encoding`` (else ``fixed``) text: one test that lists the misses;
* every sample in an encoding the issue names (the Chinese, Japanese and Korean ones and
  UTF-8/16/32: :data:`ISSUE_CODECS`) decodes (``decode_bytes``) to its truth: the bytes
  decoded by the codec its source names, or read whole by a superset of it (Python's
  ``gb2312`` reads A1AA as U+2015, ``gb18030`` as U+2014: both are right);
* ``repair_encoding`` leaves every truth text as it is, in every encoding and language;
* the first 20, 50 and 100 bytes of those samples decode to the truth's prefix (with one
  U+FFFD at the end when the cut falls inside a character).

Which single-byte codec a short Latin or Cyrillic file is in (ISO-8859-2 or cp1250) is
charset-normalizer's guess and not tested here; the benchmark reports it. Known failures
are marked ``xfail(strict=True)`` with their reason, as ftfy's own suite does: one that
starts passing fails the suite, so the list stays true.

The checks are ``benchmarks/encoding_peers.py``'s, which prints the same with numbers.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import encoding_peers as peers  # noqa: E402

SHARE = 0.95
CASES = peers.ftfy_cases()
NEGATIVES = [case for case in CASES if peers.is_negative(case)]
POSITIVES = [case for case in CASES if peers.is_positive(case)]
SAMPLES = peers.samples()

ISSUE_CODECS = {
    *("gb2312", "gbk", "gb18030", "big5", "big5hkscs", "cp950"),
    *("euc_jp", "shift_jis", "cp932", "euc_kr", "cp949", "iso2022_jp", "iso2022_kr"),
    *("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"),
    *("utf-32", "utf-32-le", "utf-32-be", "ascii"),
}
"""The encodings issue 20 asks to decode as they are, whole and cut."""

DECODED = [
    sample
    for sample in SAMPLES
    if sample.encoding.replace("-", "_") in {codec.replace("-", "_") for codec in ISSUE_CODECS}
]
CUTS = [(sample, n) for sample in DECODED for n in peers.CUTS if n < len(sample.data)]

KNOWN_FAILURES = {
    "known-failures.json: Synthetic, false positive: the title of a manga, in weird c": (
        "ftfy's own known false positive (MISUTÂ AJIKKO): Latin-script lines take ftfy's "
        "answer, and ftfy decodes Â + U+00A0 as UTF-8"
    ),
    "chardet/utf-8/balatonblog.typepad.com.xml": (
        "the page itself holds mojibake (Uzsa Ã\x96nko adat gyaloglÃ³), which ftfy's answer "
        "repairs: the truth is not clean"
    ),
    "chardet/EUC-JP/_mozilla_bug426271_text-euc-jp.html[:100]": (
        "the cut holds three kanji of a title and no kana: nothing tells Japanese from Chinese"
    ),
}
"""Tests known to fail, by id, with the reason (``xfail(strict=True)``)."""


def _known(value: object, ident: str) -> object:
    """``value`` as a parameter, marked as a known failure if ``ident`` is one."""
    reason = KNOWN_FAILURES.get(ident)
    if reason is None:
        return value
    values = value if isinstance(value, tuple) else (value,)
    return pytest.param(*values, id=ident, marks=pytest.mark.xfail(reason=reason, strict=True))


def _case_id(case: dict) -> str:
    return peers.case_id(case)[:80]


def test_the_manifest_lists_every_shipped_file_whole():
    manifest = peers.load_manifest()
    listed = {entry["path"]: entry for entry in manifest["file"]}
    shipped = {
        path.relative_to(peers.PEERS).as_posix()
        for path in peers.PEERS.rglob("*")
        if path.is_file() and path.parent != peers.PEERS
    }
    assert shipped == set(listed)
    for path, entry in listed.items():
        data = (peers.PEERS / path).read_bytes()
        assert (len(data), hashlib.sha256(data).hexdigest()) == (entry["bytes"], entry["sha256"])
        assert entry["repo"] in manifest["repos"]
        data.decode(entry["encoding"])  # the truth decodes whole
    for repo in manifest["repos"].values():
        assert (peers.PEERS / repo["licence_file"]).is_file()


@pytest.mark.parametrize("case", [_known(case, _case_id(case)) for case in NEGATIVES], ids=_case_id)
def test_ftfy_negative_is_left_unchanged(case):
    assert peers.repaired(case["original"]) == case["original"]


def test_ftfy_cases_are_fixed_as_ftfy_fixes_them():
    results = [peers.judge_case(case) for case in POSITIVES]
    misses = [result for result in results if result.verdict != "fixed"]
    fixed = len(results) - len(misses)
    lines = [
        f"  [{r.verdict}{', new CJK' if r.cjk else ''}] {peers.case_id(r.case)}\n"
        f"    {r.case['original']!r} -> {r.output!r}, expected {peers.expected(r.case)!r}"
        for r in misses
    ]
    assert fixed >= SHARE * len(results), (
        f"{fixed}/{len(results)} ftfy cases fixed as ftfy fixes them ({fixed / len(results):.1%}"
        f" < {SHARE:.0%}); misses:\n" + "\n".join(lines)
    )


@pytest.mark.parametrize("sample", DECODED, ids=lambda sample: sample.path)
def test_sample_decodes_to_its_truth(sample):
    decoding = peers.decode_sample(sample)
    what = decoding.error or peers.first_difference(sample.truth, decoding.text)
    assert decoding.text_ok, f"{sample.encoding} file decoded as {decoding.encoding}: {what}"


@pytest.mark.parametrize(
    "sample", [_known(sample, sample.path) for sample in SAMPLES], ids=lambda sample: sample.path
)
def test_repair_leaves_the_truth_unchanged(sample):
    repair = peers.repair_truth(sample)
    edits = "\n".join(peers.edit_line(edit) for edit in repair.edits[:3])
    assert not repair.changed, repair.error or f"{len(repair.edits)} edits, first:\n{edits}"


@pytest.mark.parametrize(
    ("sample", "n"),
    [_known((sample, n), f"{sample.path}[:{n}]") for sample, n in CUTS],
    ids=[f"{sample.path}[:{n}]" for sample, n in CUTS],
)
def test_prefix_decodes_to_the_truth_prefix(sample, n):
    decoding = peers.decode_prefix(sample, n)
    wanted, cut = peers.truth_prefix(sample.data, n, sample.encoding)
    what = decoding.error or peers.first_difference(wanted, decoding.text)
    inside = " (cut inside a character)" if cut else ""
    assert decoding.text_ok, f"{sample.encoding}{inside} decoded as {decoding.encoding}: {what}"
