"""Mojibake repair (``textclean.repair_encoding``) against ftfy: recovery, errors, false repairs.

    python benchmarks/encoding_bench.py [--quick] [--documents 100] [--examples 3]

Cases are built from the seeds' clean paragraphs (``clean()`` output with the encoding
step off, so the corpus does not depend on what is measured; lines of at least 10
characters with no ``?``, no U+FFFD and no ``(pinyin)`` annotation), each in Simplified
and Traditional script (the other script made with OpenCC ``s2t``/``t2s``).
A document is 1-3 paragraphs joined by a line break, picked with ``random.Random(0)``.
For every kind in ``textclean.encoding.kinds.KINDS``:

* lossless: ``garble(document, kind)``, when the wrong codec decodes the bytes whole;
* lossy: ``garble(document, kind, lossy_mark)`` with U+FFFD and with ``?``, for the
  documents where that lost bytes;
* mixed: a document of 2-3 paragraphs where only one paragraph is garbled, losslessly
  (row "mixed") or, when no paragraph of it garbles whole, with U+FFFD ("mixed, lossy").

Paragraphs the kind's true codec cannot encode (Simplified text in Big5) are skipped
and counted. Byte-shift cases: a stray ``?`` replaces the lead byte of one GB18030
character, so the rest of the run is read one byte off (``運輸?shù)葐栴}``).

Scores per row: *exact* is the share of outputs equal to the original; *exact\\** lets
lost characters go: for a lossy case, each run of marks (``?`` or U+FFFD) in the output
may stand for 1 to 2 characters per mark of the original; for a byte shift, the output
must equal the original with at most 2 marks put in, each for a character or extra (one
destroyed character may show as ``?`` or ``??``; ``?`` or U+FFFD). CER is
the Levenshtein distance to the original over its length; *input CER* is the garbled
text left as is. Clean documents (the seed documents in both scripts and hand-written
traps: rare characters, names, Latin/Greek/Cyrillic, kana, code, half-width ``?``)
must come out unchanged. The peers are ``ftfy.fix_text`` with default settings (which
also straightens quotes and narrows full-width letters) and ``ftfy.fix_encoding`` (only
the mojibake part). Speed is MB/s of UTF-8 input, best of 3 runs.
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import ftfy  # noqa: E402
import opencc  # noqa: E402
from timing import best_time  # noqa: E402

import textclean  # noqa: E402
from textclean.encoding.kinds import KINDS, Kind, encodable, garble  # noqa: E402

MARKS = "?\ufffd"
VARIANTS = ("lossless", "lossy U+FFFD", "lossy ?", "mixed", "mixed, lossy U+FFFD")
LAYOUT_ONLY = textclean.CleanConfig(repair_mojibake=False, remove_pinyin=False)
"""Seeds are cleaned without the encoding step: the corpus must not depend on what is measured."""
PINYIN = re.compile(r"\([a-zA-Z\u00c0-\u024f]+\)")
"""A converter's pinyin annotation, as in ``關(guān)``."""

HAND_WRITTEN = [
    "王羲之《兰亭集序》:永和九年,岁在癸丑,暮春之初,会于会稽山阴之兰亭,修禊事也。",
    "王羲之《蘭亭集序》:永和九年,歲在癸丑,暮春之初,會於會稽山陰之蘭亭,修禊事也。",
    "李彧、陶喆、王堃和牛犇出席了发布会。",
    "犇、羴、鱻、龘、靐、麤:由几个相同部件组成的汉字。",
    "钱锺书与杨绛;朱镕基;启功题写了书名《说文解字》。",
    "𠀀、𠀁和𪚥是扩展B区的汉字。",
    "你吃了吗?我吃了。",
    "真的吗?太好了!明天见?",
    "苹果公司发布iPhone 15 Pro Max,国行售价7999元起。",
    "OpenAI与Google DeepMind的研究人员在NeurIPS 2023上发表论文。",
    'def greet(name):\n    return f"你好, {name}!"  # 问候\n\nprint(greet("world"))',
    "SELECT name, age FROM users WHERE city = '北京' AND age > 18;",
    "網址:https://www.example.com/news?id=123&lang=zh-TW",
    "José Mourinho出任罗马队主教练,Zürich、São Paulo和Málaga的球迷都很关注。",
    "SÃO PAULO(圣保罗)是巴西最大的城市,MÜNCHEN(慕尼黑)是德国南部城市。",
    "西班牙语问句以¿开头:¿Qué tal? 德语有ß、ä、ö、ü,法语有é、è、à、ç。",
    "東京オリンピックは2021年に開催された。东京奥运会于2021年举行。",
    "Москва(莫斯科)与Αθήνα(雅典)都是历史名城。",
    "温度为25℃±2℃,面积约3×4平方米,№1号楼,价格€25、£30、¥200。",
    "①②③ ⅠⅡⅢ ㈠㈡ 【注】见第Ⅳ章。",
    "表格:┌──┬──┐ │甲│乙│ └──┴──┘",
    "香港人講嘢好快,佢哋鍾意飲茶,唔該晒。",
    "臺灣「總統府」於週一發佈新聞稿,說明相關細節。",
    "点赞👍 收藏⭐ 转发🔁",
    "Ｆｕｌｌ－ｗｉｄｔｈ ＡＢＣ １２３ 全角字母",
]


@dataclass(frozen=True)
class Case:
    group: str  # a kind name, "byte shift" or "clean"
    variant: str  # "lossless", "lossy U+FFFD", "lossy ?", "mixed", ...
    script: str  # "Simplified", "Traditional" or "hand-written"
    original: str
    garbled: str


# --- the corpus ------------------------------------------------------------------------


def seed_paragraphs() -> dict[str, list[str]]:
    """The seeds' clean paragraphs by script, each also converted to the other script."""
    native: dict[str, list[str]] = {"Simplified": [], "Traditional": []}
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        script = "Traditional" if path.name[:3] in ("000", "004") else "Simplified"
        text = textclean.clean(path.read_text("utf-8"), LAYOUT_ONLY).text
        native[script] += [
            line
            for line in text.split("\n")
            if len(line) >= 10 and not any(mark in line for mark in MARKS)
            if not PINYIN.search(line)
        ]
    s2t, t2s = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")
    simplified = native["Simplified"] + [t2s.convert(line) for line in native["Traditional"]]
    traditional = native["Traditional"] + [s2t.convert(line) for line in native["Simplified"]]
    return {"Simplified": unique(simplified), "Traditional": unique(traditional)}


def news_corpora() -> list[tuple[str, list[str]]]:
    """Whole clean news documents for the speed table: the seeds with no mojibake and no
    pinyin (001-003), in Simplified and in Traditional (OpenCC), and the Chinese pages of
    chardet's and cChardet's test files (``tests/encoding/peers``: text nobody here wrote).
    """
    simplified = [
        textclean.clean(path.read_text("utf-8"), LAYOUT_ONLY).text
        for path in sorted((ROOT / "seeds").glob("00[123]_*.txt"))
    ]
    to_traditional = opencc.OpenCC("s2t")
    traditional = [to_traditional.convert(text) for text in simplified]
    import tomllib

    peers = ROOT / "tests" / "encoding" / "peers"
    manifest = tomllib.loads((peers / "MANIFEST.toml").read_text("utf-8"))
    pages = [
        (peers / entry["path"]).read_bytes().decode(entry["encoding"])
        for entry in manifest["file"]
        if entry["language"].startswith("zh") and entry["encoding"] in ("gb2312", "big5")
    ]
    return [
        ("news, Simplified (seeds 001-003)", simplified),
        ("news, Traditional (the same, OpenCC s2t)", traditional),
        (f"Chinese pages of chardet, cChardet ({len(pages)}, GB2312 and Big5)", pages),
    ]


def unique(lines: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(lines))


def documents(pool: list[str], count: int, fewest: int = 1, most: int = 3) -> list[list[str]]:
    """Up to ``count`` distinct documents of ``fewest``-``most`` paragraphs (same pool, same)."""
    rng = random.Random(0)
    if len(pool) < fewest:
        return []
    picked = {}
    for _ in range(count):
        paragraphs = rng.sample(pool, rng.randint(fewest, min(most, len(pool))))
        picked.setdefault("\n".join(paragraphs), paragraphs)
    return list(picked.values())


def lossless(text: str, kind: Kind) -> str | None:
    try:
        return garble(text, kind)
    except UnicodeDecodeError:
        return None


def kind_cases(
    kind: Kind, paragraphs: dict[str, list[str]], count: int, made: list[list[str]]
) -> list[Case]:
    """The cases of one kind; one row per script about how they were made goes to ``made``."""
    cases = []
    for script, lines in paragraphs.items():
        pool = [line for line in lines if encodable(line, kind.true)]
        docs = ["\n".join(paragraphs) for paragraphs in documents(pool, count)]
        whole = 0
        for doc in docs:
            shown = lossless(doc, kind)
            if shown is not None:
                whole += 1
                cases.append(Case(kind.name, "lossless", script, doc, shown))
                continue
            for mark, label in (("\ufffd", "lossy U+FFFD"), ("?", "lossy ?")):
                cases.append(Case(kind.name, label, script, doc, garble(doc, kind, mark)))
        rng = random.Random(0)
        mixed = documents(pool, count, fewest=2)
        mixed_whole = 0
        for paragraphs_of_doc in mixed:
            # the first paragraph, from a random one on, that garbles losslessly; else a lossy one
            first = rng.randrange(len(paragraphs_of_doc))
            order = [
                (first + step) % len(paragraphs_of_doc) for step in range(len(paragraphs_of_doc))
            ]
            variant, target, shown = "mixed, lossy U+FFFD", first, None
            for target in order:
                shown = lossless(paragraphs_of_doc[target], kind)
                if shown is not None:
                    variant = "mixed"
                    mixed_whole += 1
                    break
            if shown is None:
                target = first
                shown = garble(paragraphs_of_doc[target], kind, "\ufffd")
            garbled = [*paragraphs_of_doc[:target], shown, *paragraphs_of_doc[target + 1 :]]
            doc = "\n".join(paragraphs_of_doc)
            cases.append(Case(kind.name, variant, script, doc, "\n".join(garbled)))
        made.append(
            [
                kind.name,
                script,
                f"{len(lines) - len(pool)} of {len(lines)}",
                f"{whole} of {len(docs)}",
                f"{mixed_whole} of {len(mixed)}",
            ]
        )
    return cases


def byte_shift(doc: str, rng: random.Random) -> str | None:
    """``doc`` in GB18030 with one character's lead byte turned into ``?``, read back.

    The character is one followed by another double-byte character, so that a run of
    them is really read one byte off.
    """
    offsets, position = [], 0
    for char, following in itertools.pairwise(doc):
        size = len(char.encode("gb18030"))
        if size == 2 and len(following.encode("gb18030")) == 2:
            offsets.append(position)
        position += size
    if not offsets:
        return None
    data = bytearray(doc.encode("gb18030"))
    data[rng.choice(offsets)] = ord("?")
    return bytes(data).decode("gb18030", errors="replace").replace("\ufffd", "?")


def byte_shift_cases(paragraphs: dict[str, list[str]], count: int) -> list[Case]:
    rng = random.Random(0)
    cases = []
    for script, lines in paragraphs.items():
        for paragraphs_of_doc in documents(lines, count):
            doc = "\n".join(paragraphs_of_doc)
            shifted = byte_shift(doc, rng)
            if shifted is not None:
                cases.append(Case("byte shift", "one lead byte lost", script, doc, shifted))
    return cases


def clean_cases(paragraphs: dict[str, list[str]], count: int) -> list[Case]:
    cases = [
        Case("clean", "as is", script, doc, doc)
        for script, lines in paragraphs.items()
        for doc in unique("\n".join(paragraphs) for paragraphs in documents(lines, count))
    ]
    return cases + [Case("clean", "as is", "hand-written", text, text) for text in HAND_WRITTEN]


# --- scoring ----------------------------------------------------------------------------


def levenshtein(a: str, b: str) -> int:
    """Edit distance (bit-parallel, Myers/Hyyrö: one pass over ``a``, ``len(b)``-bit ints)."""
    if a == b:
        return 0
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    a, b = a[start:], b[start:]
    end = 0
    while end < min(len(a), len(b)) and a[-1 - end] == b[-1 - end]:
        end += 1
    if end:
        a, b = a[:-end], b[:-end]
    if not a or not b:
        return len(a) + len(b)
    peq: dict[str, int] = defaultdict(int)
    for i, char in enumerate(b):
        peq[char] |= 1 << i
    mask, top = (1 << len(b)) - 1, 1 << (len(b) - 1)
    vp, vn, score = mask, 0, len(b)
    for char in a:
        eq = peq.get(char, 0)
        xv = eq | vn
        xh = ((((eq & vp) + vp) & mask) ^ vp) | eq
        hp = vn | (~(xh | vp) & mask)
        hn = vp & xh
        if hp & top:
            score += 1
        elif hn & top:
            score -= 1
        hp = ((hp << 1) | 1) & mask
        hn = (hn << 1) & mask
        vp = hn | (~(xv | hp) & mask)
        vn = hp & xv
    return score


def exact_but_lost(output: str, case: Case) -> bool | None:
    """Equal to the original but for characters the garbling destroyed (None: not applicable)."""
    if case.group == "byte shift":
        return marks_within(output, case.original, 2)
    if "lossy" not in case.variant:
        return None
    pattern = "".join(
        f"[^\n]{{1,{2 * len(piece)}}}" if piece[0] in MARKS else re.escape(piece)
        for piece in re.findall(f"[{MARKS}]+|[^{MARKS}]+", output)
    )
    return re.fullmatch(pattern, case.original) is not None


def marks_within(output: str, original: str, limit: int) -> bool:
    """``output`` is ``original`` with at most ``limit`` marks put in: for a character or extra.

    So a character destroyed by a byte shift may show as ``?`` or as ``??`` (the lost lead
    byte and the orphaned trail byte), but no other character may differ.
    """
    states = {(0, 0)}  # (characters of the original matched, marks used)
    for char in output:
        following = set()
        for matched, used in states:
            if matched < len(original) and original[matched] == char:
                following.add((matched + 1, used))
            if char in MARKS and used < limit:
                following.add((matched, used + 1))
                if matched < len(original):
                    following.add((matched + 1, used + 1))
        if not following:
            return False
        states = following
    return any(matched == len(original) for matched, _ in states)


@dataclass
class Score:
    cases: int = 0
    exact: int = 0
    lenient: int = 0
    lenient_cases: int = 0
    errors: int = 0
    characters: int = 0

    def add(self, output: str, case: Case) -> bool:
        self.cases += 1
        self.exact += output == case.original
        self.errors += levenshtein(output, case.original)
        self.characters += len(case.original)
        lenient = exact_but_lost(output, case)
        if lenient is not None:
            self.lenient_cases += 1
            self.lenient += lenient
            return lenient
        return output == case.original

    def row(self) -> list[str]:
        lenient = percent(self.lenient, self.lenient_cases) if self.lenient_cases else ""
        return [percent(self.exact, self.cases), lenient, cer(self.errors, self.characters)]


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def cer(errors: int, characters: int) -> str:
    return f"{100 * errors / characters:.2f}%" if characters else "-"


# --- running ----------------------------------------------------------------------------


def load_repair() -> Callable[[str], object]:
    repair = getattr(textclean, "repair_encoding", None)
    if repair is None:
        sys.exit(
            "encoding_bench: textclean.repair_encoding does not exist yet (it is not exported"
            " from textclean/__init__.py); this benchmark measures it and cannot run without it."
        )
    return repair


def excerpt(text: str, other: str, width: int = 70) -> tuple[str, int]:
    """Where ``text`` first differs from ``other``, with some context before it."""
    first = 0
    while first < min(len(text), len(other)) and text[first] == other[first]:
        first += 1
    start = max(0, first - 12)
    return text[start : start + width].replace("\n", "⏎"), start


def markdown(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    return "\n".join([*lines, *("| " + " | ".join(row) + " |" for row in rows)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100, help="documents per script")
    parser.add_argument("--quick", action="store_true", help="few cases: a smoke run")
    parser.add_argument("--examples", type=int, default=3, help="failures shown per row")
    args = parser.parse_args()
    count = 10 if args.quick else args.documents
    repair = load_repair()

    crashed: dict[str, str] = {}  # input -> the exception repair_encoding raised on it

    def ours(text: str) -> str:
        """``repair_encoding(text).text``; a crash is recorded and leaves the text as it was."""
        try:
            return repair(text).text  # type: ignore[attr-defined]
        except Exception as error:  # a crash is a finding, not the end of the run
            crashed[text] = f"{type(error).__name__}: {error}"
            return text

    repairs: dict[str, Callable[[str], str]] = {
        "textclean": ours,
        "ftfy": ftfy.fix_text,
        "fix_encoding": ftfy.fix_encoding,
    }

    paragraphs = seed_paragraphs()
    made: list[list[str]] = []
    garbled_cases = [
        case for kind in KINDS.values() for case in kind_cases(kind, paragraphs, count, made)
    ]
    garbled_cases += byte_shift_cases(paragraphs, count)
    clean = clean_cases(paragraphs, count)
    print(
        f"paragraphs: {len(paragraphs['Simplified'])} Simplified,"
        f" {len(paragraphs['Traditional'])} Traditional; up to {count} documents"
        f" per script, kind and case; {len(garbled_cases)} garbled, {len(clean)} clean"
    )

    # every row in this order, even an empty one
    rows_wanted = [(name, variant) for name in KINDS for variant in VARIANTS]
    scores = {
        key: {name: Score() for name in [*repairs, "input"]}
        for key in [*rows_wanted, ("byte shift", "one lead byte lost")]
    }
    failures: dict[tuple[str, str], list[tuple[Case, str]]] = defaultdict(list)
    for case in garbled_cases:
        row = scores[case.group, case.variant]
        for name, function in repairs.items():
            output = function(case.garbled)
            if not row[name].add(output, case) and name == "textclean":
                failures[case.group, case.variant].append((case, output))
        row["input"].add(case.garbled, case)

    header = ["kind", "case", "n", "textclean crashed", "exact", "exact*", "CER"]
    header += ["ftfy exact", "exact*", "CER", "fix_encoding exact", "CER", "input CER"]
    crashes = Counter(
        (case.group, case.variant) for case in garbled_cases if case.garbled in crashed
    )
    rows = []
    empty = [
        f"{group} / {variant}" for (group, variant), row in scores.items() if not row["input"].cases
    ]
    for (group, variant), row in scores.items():
        if not row["input"].cases:
            continue
        cells = [group, variant, str(row["textclean"].cases), str(crashes[group, variant])]
        cells += row["textclean"].row() + row["ftfy"].row()
        cells += [row["fix_encoding"].row()[0], row["fix_encoding"].row()[2], row["input"].row()[2]]
        rows.append(cells)
    print()
    print(markdown(header, rows))
    if empty:
        print(
            f"\nno cases (the wrong codec decodes all bytes, or no lossy ones): {', '.join(empty)}"
        )

    changed: dict[str, dict[str, list[tuple[Case, str]]]] = {
        name: defaultdict(list) for name in repairs
    }
    totals: Counter[str] = Counter()
    for case in clean:
        totals[case.script] += 1
        for name, function in repairs.items():
            output = function(case.original)
            if output != case.original:
                changed[name][case.script].append((case, output))
    print()
    print(
        markdown(
            ["clean documents", "n", *(f"changed by {name}" for name in repairs)],
            [
                [script, str(total)]
                + [percent(len(changed[name][script]), total) for name in repairs]
                for script, total in totals.items()
            ],
        )
    )

    speed_rows = []
    garbled_texts = [case.garbled for case in garbled_cases]
    corpora = [("clean", [case.original for case in clean]), ("garbled", garbled_texts)]
    for label, texts in [*corpora, *news_corpora()]:
        megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
        speeds = [f"{megabytes / best_time(function, texts):.2f}" for function in repairs.values()]
        speed_rows.append([f"{label} ({len(texts)} documents)", f"{megabytes:.2f}", *speeds])
    print()
    print(markdown(["throughput", "MB", *(f"{name} MB/s" for name in repairs)], speed_rows))

    print()
    print(
        "exact* = equal but for characters the garbling destroyed (lossy: a run of marks for"
        " 1-2 characters per mark; byte shift: at most 2 characters turned into ? or ??)."
        " ftfy = ftfy.fix_text (default settings), fix_encoding = ftfy.fix_encoding."
    )
    print()
    header = ["kind", "script", "paragraphs skipped (true codec cannot encode)"]
    header += ["documents garbled losslessly", "mixed: a paragraph garbles losslessly"]
    print(markdown(header, made))

    if not args.examples:
        return
    if crashed:
        print(f"\nrepair_encoding raised on {len(crashed)} inputs, e.g.")
        for text, error in list(crashed.items())[: args.examples]:
            print(f"    {error}\n      on {text[:70]!r}")
    for (group, variant), cases in failures.items():
        print(f"\ntextclean fails {group} / {variant}: {len(cases)} cases, e.g.")
        for case, output in cases[: args.examples]:
            shown, start = excerpt(output, case.original)
            print(f"  [{case.script}] from character {start}")
            print(f"    original: {case.original[start : start + 70].replace(chr(10), '⏎')}")
            print(f"    garbled : {excerpt(case.garbled, case.original)[0]}")
            print(f"    output  : {shown}")
    for name, by_script in changed.items():
        for script, cases in by_script.items():
            if not cases:
                continue
            print(f"\n{name} changes clean {script} text: {len(cases)} documents, e.g.")
            for case, output in cases[: args.examples]:
                print(f"    original: {excerpt(case.original, output)[0]}")
                print(f"    output  : {excerpt(output, case.original)[0]}")


if __name__ == "__main__":
    main()
