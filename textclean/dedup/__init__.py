"""Near-duplicate detection: a normalised view, MinHash signatures, LSH, clusters.

- :mod:`textclean.dedup.view`: the text that is compared (Simplified, no pinyin, no
  boilerplate, no punctuation or whitespace);
- :mod:`textclean.dedup.minhash`: datasketch-compatible signatures, a batch at a time;
- :mod:`textclean.dedup.finder`: exact copies, LSH candidates, verified, clustered
  (:mod:`textclean.dedup.clusters`); :mod:`textclean.dedup.containment`: articles inside
  longer documents.
"""

from textclean.dedup.finder import Duplicates, find_duplicates

__all__ = ["Duplicates", "find_duplicates"]
