"""The peer of ``textclean dedup`` in ``dedup_bench.py --scale``: datasketch glued by hand.

    python benchmarks/dedup_glue.py IN.jsonl OUT.jsonl [--clean]

What a user writes without textclean, in one process: each JSONL record's ``text``
(with ``--clean``: ``opencc.OpenCC("t2s").convert(ftfy.fix_text(text))`` first, the
cleaning a user would add), its 5-character shingles as UTF-8 into
``datasketch.MinHash(num_perm=128)`` (``update_batch``, the default SHA-1 hash), queried
against a ``MinHashLSH(threshold=0.8, num_perm=128)`` and then inserted into it (keyed
by the record's ``id``); a record
with a candidate is dropped (a near-duplicate of an earlier one, not verified), the
others are written (with ``--clean``, their cleaned text). It imports only datasketch,
ftfy and OpenCC, so its time and memory are the glue's own.
"""

from __future__ import annotations

import argparse
import json

SHINGLE = 5
NUM_PERM = 128
THRESHOLD = 0.8


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source")
    parser.add_argument("output")
    parser.add_argument("--clean", action="store_true", help="ftfy.fix_text + OpenCC t2s first")
    args = parser.parse_args()
    from datasketch import MinHash, MinHashLSH

    convert = None
    if args.clean:
        import ftfy
        import opencc

        t2s = opencc.OpenCC("t2s")

        def convert(text: str) -> str:
            return t2s.convert(ftfy.fix_text(text))

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    with (
        open(args.source, encoding="utf-8") as lines,
        open(args.output, "w", encoding="utf-8") as out,
    ):
        for line in lines:
            record = json.loads(line)
            text = record["text"] if convert is None else convert(record["text"])
            minhash = MinHash(num_perm=NUM_PERM)
            count = max(len(text) - SHINGLE + 1, 1)
            minhash.update_batch([text[i : i + SHINGLE].encode("utf-8") for i in range(count)])
            duplicate = bool(lsh.query(minhash))
            lsh.insert(record["id"], minhash)
            if not duplicate:
                out.write(json.dumps(record | {"text": text}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
