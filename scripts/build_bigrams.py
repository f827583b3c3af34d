"""Regenerate ``textclean/data/bigrams.txt``: the character pairs common Chinese words are made of.

Real Chinese is full of pairs that form (part of) a word: 新闻, 政府, 疫情. Mojibake
made of perfectly common characters (GBK read as Big5 gives 陔恓惆耋…, GBK read one
byte off gives 刹肯鲁恋…) has almost none. The encoding-repair scorer counts how many
adjacent pairs of a text are known: about half in real news, under 1% in such mojibake.

The pairs come from jieba's word list (``dict.txt``, MIT licence: 349,046 words with
their frequencies): each pair is weighted by the frequencies of the words it occurs
in, and the :data:`TOP` most frequent are kept. Each is also converted with OpenCC
(``s2t``, ``s2tw``, ``s2hk``) so Traditional text scores alike. The file is one line
of concatenated two-character pairs, sorted.

Run: ``pip install jieba opencc && python scripts/build_bigrams.py``. Neither is a
runtime dependency: the shipped file is what the library reads.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise
from pathlib import Path

import jieba
import opencc

OUTPUT = Path(__file__).resolve().parent.parent / "textclean" / "data" / "bigrams.txt"

TOP = 60_000
"""Simplified pairs kept (before the Traditional forms are added): ~50% of news pairs."""


def _is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def weighted_pairs() -> Counter[str]:
    """Every pair of adjacent CJK characters inside a jieba word, by word frequency."""
    counts: Counter[str] = Counter()
    words = Path(jieba.__file__).parent / "dict.txt"
    for line in words.read_text("utf-8").splitlines():
        word, frequency, *_ = line.split()
        for first, second in pairwise(word):
            if _is_cjk(first) and _is_cjk(second):
                counts[first + second] += int(frequency)
    return counts


def bigrams() -> list[str]:
    top = [pair for pair, _ in weighted_pairs().most_common(TOP)]
    converters = [opencc.OpenCC(config) for config in ("s2t", "s2tw", "s2hk")]
    pairs = set(top)
    for converter in converters:
        pairs.update(form for pair in top if len(form := converter.convert(pair)) == 2)
    return sorted(pairs)


if __name__ == "__main__":
    pairs = bigrams()
    OUTPUT.write_text("".join(pairs) + "\n", encoding="utf-8")
    print(f"wrote {len(pairs)} pairs to {OUTPUT}")
