"""Regenerate ``textclean/data/bigrams.txt``: character pairs that occur inside Chinese words.

Real Chinese is full of pairs that form (part of) a word: 新闻, 政府, 疫情. Mojibake
made of perfectly common characters (GBK read as Big5 gives 陔恓惆耋…) has almost
none. The encoding-repair scorer counts how many adjacent pairs of a text are known.

The words come from pypinyin's phrase dictionary (about 47,000 Simplified words); each
is also converted with OpenCC (``s2t``, ``s2tw``, ``s2hk``) so Traditional text scores
alike. The file is one line of concatenated two-character pairs, sorted.

Run: ``python scripts/build_bigrams.py`` (needs ``pip install opencc``; not a runtime
dependency: the shipped file is what the library reads).
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import opencc
from pypinyin.phrases_dict import phrases_dict

OUTPUT = Path(__file__).resolve().parent.parent / "textclean" / "data" / "bigrams.txt"


def _is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def bigrams() -> list[str]:
    converters = [opencc.OpenCC(config) for config in ("s2t", "s2tw", "s2hk")]
    pairs: set[str] = set()
    for word in phrases_dict:
        for form in {word, *(converter.convert(word) for converter in converters)}:
            for first, second in pairwise(form):
                if _is_cjk(first) and _is_cjk(second):
                    pairs.add(first + second)
    return sorted(pairs)


if __name__ == "__main__":
    pairs = bigrams()
    OUTPUT.write_text("".join(pairs) + "\n", encoding="utf-8")
    print(f"wrote {len(pairs)} pairs to {OUTPUT}")
