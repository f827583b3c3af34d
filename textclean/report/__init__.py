"""The HTML report of a run: what was cleaned, what was dropped, and why.

``textclean report OUT -o report.html`` (or ``textclean run ... --report report.html``)
reads the run's output and the files beside it (:mod:`textclean.report.runfiles`),
counts everything exactly and samples documents to drill into
(:mod:`textclean.report.build`), and writes one self-contained page
(:mod:`textclean.report.page`): styles, script, charts (matplotlib SVG) and data inline.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from textclean.errors import UsageError
from textclean.io import Skipped, atomic_path
from textclean.report.runfiles import RunFiles, locate, manifest_path, write_manifest

__all__ = ["Limits", "ReportSummary", "locate", "manifest_path", "write_manifest", "write_report"]


@dataclass(frozen=True)
class Limits:
    """How much of the run the drill-down holds (the counts are always exact). Here, not
    in :mod:`.build`, so that the command line reads its defaults without loading the
    report's modules (they load when a report is written)."""

    documents: int = 200  # sampled from the whole run
    per_kind: int = 5  # and from each kind of edit and of drop
    largest_clusters: int = 5
    clusters: int = 20  # sampled, besides the largest


@dataclass(frozen=True)
class ReportSummary:
    """What a report shows, in numbers."""

    path: Path
    documents: int  # read by the run (written and dropped)
    sampled: int  # in the drill-down
    clusters_shown: int
    bytes: int

    def describe(self) -> str:
        documents = "document" if self.documents == 1 else "documents"
        clusters = "cluster" if self.clusters_shown == 1 else "clusters"
        return (
            f"report of {self.documents:,} {documents} ({self.sampled:,} to drill into, "
            f"{self.clusters_shown} {clusters} side by side), "
            f"{self.bytes / 2**20:.1f} MiB"
        )


def write_report(
    run_output: str | Path,
    destination: str | Path,
    *,
    clusters: str | Path | None = None,
    dropped: str | Path | None = None,
    removed: str | Path | None = None,
    limits: Limits | None = None,
    on_bad: Callable[[Skipped], None] | None = None,
) -> ReportSummary:
    """Write the report of the run that wrote ``run_output`` to ``destination`` (HTML,
    atomically). The other outputs are found from the run's manifest or beside the
    output, unless named here. Raises :class:`~textclean.errors.InputError` when the
    run's files cannot be read."""
    from textclean.report.build import gather
    from textclean.report.charts import require_matplotlib
    from textclean.report.page import render

    require_matplotlib()
    files = locate(run_output, clusters=clusters, dropped=dropped, removed=removed)
    check_destination(destination, files)
    gathered = gather(files, limits or Limits(), on_bad)
    label = os.path.relpath(files.output.resolve(), Path(destination).resolve().parent)
    page = render(gathered, f"textclean report: {files.output.name}", label)
    encoded = page.encode("utf-8")
    with atomic_path(destination) as temporary:
        temporary.write_bytes(encoded)
    return ReportSummary(
        Path(destination),
        gathered.tally.documents_in,
        len(gathered.documents),
        len(gathered.clusters),
        len(encoded),
    )


def check_destination(destination: str | Path, files: RunFiles) -> None:
    """Refuse to write the report over one of the run's files."""
    target = Path(destination).resolve()
    taken = (files.output, files.clusters, files.dropped, files.removed)
    for path in (*taken, manifest_path(files.output)):
        if path is not None and Path(path).resolve() == target:
            raise UsageError(f"refusing to write the report over the run's file {path}")
