"""Distributed runs on Ray: the local pipeline's stages, mapped over a cluster.

``textclean run INPUT... -o OUT_DIR --backend ray`` (or :func:`run_on_ray`) cleans and
deduplicates as a local run does, with the same results, on Ray Data: see
:mod:`textclean.distributed.run` for the stages and docs/scale.md for running on a
cluster. Needs the extra: ``pip install 'textclean[ray]'``.
"""

from __future__ import annotations

from textclean.distributed.run import run_on_ray

__all__ = ["run_on_ray"]
