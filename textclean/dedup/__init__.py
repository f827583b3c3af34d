"""Near-duplicate detection: a normalised view, MinHash signatures, LSH, clusters.

- :mod:`textclean.dedup.view`: the text that is compared (Simplified, no pinyin, no
  boilerplate, no punctuation or whitespace);
- :mod:`textclean.dedup.minhash`: datasketch-compatible signatures, a batch at a time;
- :mod:`textclean.dedup.finder`: exact copies, LSH candidates, verified, clustered
  (:mod:`textclean.dedup.clusters`), optionally on exact shingle sets
  (:mod:`textclean.dedup.verify`);
- :mod:`textclean.dedup.containment`: articles inside longer documents, with candidates
  from a numpy LSH Ensemble (:mod:`textclean.dedup.ensemble`);
- :mod:`textclean.dedup.index`: the persistent SQLite index of earlier runs;
- :mod:`textclean.dedup.stage`: dedup as the last corpus stage of a run (spool, sign in
  worker processes, replay the kept documents).
"""

from textclean.dedup.finder import Duplicates, find_duplicates

__all__ = ["Duplicates", "find_duplicates"]
