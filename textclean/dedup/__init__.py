"""Near-duplicate detection: a normalised view, MinHash signatures, LSH, clusters.

- :mod:`textclean.dedup.view`: the text that is compared (Simplified, no pinyin, no
  boilerplate, no punctuation or whitespace);
- :mod:`textclean.dedup.minhash`: datasketch-compatible signatures, a batch at a time.
"""
