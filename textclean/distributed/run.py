"""``textclean run --backend ray``: the local run's stages as Ray Data stages.

The order is the local run's: read, clean (the document steps), the repeated-line
stage, dedup, write. Every row carries its input position, so the outputs come out in
the local order: a distributed run writes the same documents, clusters and records as
:func:`textclean.pipeline.clean_files` with ``dedup=True``, as directories of shards
(:mod:`textclean.distributed.shards`).

What the driver holds: the list of input files, the skips and spam drops it reports,
the repeated line hashes (16 bytes each, sent to the workers), the first position of
each cluster (8 bytes) and of each dropped duplicate (8 bytes), and the contained
documents found. Everything else stays in Ray's object store, spilled to disk as it
fills. See docs/scale.md.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from textclean.config import CleanConfig
from textclean.dedup.finder import VERIFY_SLACK, DuplicateCounts
from textclean.dedup.index import lsh_bands
from textclean.distributed import documents as stage
from textclean.distributed import duplicates as dedup
from textclean.distributed import fates
from textclean.distributed.batches import objects
from textclean.distributed.components import connected_components
from textclean.distributed.containment import find_contained
from textclean.distributed.session import SHUFFLES, ray_session, require_ray
from textclean.distributed.shards import SHARD_SUFFIXES, check_shard_directory, shard_directory
from textclean.document import Document
from textclean.errors import BackendError, InputError, UsageError
from textclean.io import ReadOptions, Skipped, iter_input_files, printable_name
from textclean.pipeline import Dropped, RunSummary, count_skip

if TYPE_CHECKING:
    from ray.data import Dataset

CLEAN_BATCH = 64
READ_BLOCKS = 1024
"""At most this many reading tasks (each reads its share of the input files in turn)."""
READ_CPUS = 0.5
"""The CPU share of a reading task (reading waits on storage as much as it decodes)."""
SIGN_BATCH = 256
FATE_BATCH = 1024
ROWS_PER_BLOCK = 100_000
"""Rows per block of a dataset made on the driver (the containment fates)."""


def run_on_ray(
    inputs: Sequence[str | Path],
    output: str | Path,
    config: CleanConfig | None = None,
    read_options: ReadOptions | None = None,
    *,
    strict: bool = False,
    on_skip: Callable[[Skipped], None] | None = None,
    on_drop: Callable[[Dropped], None] | None = None,
    removed: str | Path | None = None,
    clusters: str | Path | None = None,
    dropped: str | Path | None = None,
    shard_format: str = "jsonl",
    address: str | None = None,
    num_cpus: int | None = None,
    shuffle: str = "sort",
) -> RunSummary:
    """Clean and deduplicate every document under ``inputs`` on Ray into the directory
    ``output`` (shards of ``shard_format``: ``jsonl`` or ``parquet``); ``removed``,
    ``clusters`` and ``dropped`` name directories of JSONL shards.

    ``address``: a Ray cluster (``"auto"``, ``"ray://head:10001"``); without it, a
    local Ray of ``num_cpus`` is started (or the one already running in this process
    is used). ``shuffle``: Ray Data's shuffle strategy, ``sort`` (pull-based, quick to
    start) or ``push`` (push-based, for many thousand blocks). The rest as in
    :func:`textclean.pipeline.clean_files` with ``dedup``.
    """
    config = config or CleanConfig()
    read_options = read_options or ReadOptions()
    suffix = f".{shard_format}"
    if suffix not in SHARD_SUFFIXES:
        raise UsageError(f"unknown shard format {shard_format!r}: choose jsonl or parquet")
    outputs = {"output": output, "removed": removed, "clusters": clusters, "dropped": dropped}
    # absolute: the workers write the shards, and their working directory is not ours
    targets = {name: Path(path).resolve() for name, path in outputs.items() if path is not None}
    _check_targets(inputs, targets)
    require_ray()
    summary = RunSummary()
    if shuffle not in SHUFFLES:
        raise UsageError(f"unknown shuffle {shuffle!r}: choose one of {', '.join(SHUFFLES)}")
    with ray_session(address, num_cpus, shuffle), _backend_errors():
        files = _list_inputs(inputs, summary, strict, on_skip)
        run = _Run(config, read_options, removed is not None, summary)
        run.clean(files, strict, on_skip, on_drop)
        run.deduplicate()
        with ExitStack() as stack:
            folders = {
                name: str(stack.enter_context(shard_directory(path)))
                for name, path in targets.items()
            }
            run.write(folders, suffix)
    return summary


@contextmanager
def _backend_errors() -> Iterator[None]:
    """A failure inside Ray as a one-line :class:`BackendError` (the worker's own
    exception, not Ray's traceback)."""
    from ray.exceptions import RayError, RayTaskError

    try:
        yield
    except RayTaskError as error:
        cause = error.cause if isinstance(error.cause, BaseException) else error
        if isinstance(cause, OSError):
            raise cause from None  # the output cannot be written: the CLI says so in one line
        text = str(cause).strip()
        last = text.splitlines()[-1] if text else type(cause).__name__
        raise BackendError(f"a Ray task failed: {type(cause).__name__}: {last}") from None
    except RayError as error:
        raise BackendError(f"Ray failed: {type(error).__name__}: {error}") from None


def _check_targets(inputs: Sequence[str | Path], targets: dict[str, Path]) -> None:
    """A :class:`UsageError` when two outputs are one directory or one holds the other
    (the outer one's replacement would lose the inner), or an output overlaps an input."""
    sources = [Path(path).resolve() for path in inputs]
    seen: dict[Path, str] = {}
    for name, path in targets.items():
        resolved = path.resolve()
        for other, other_name in seen.items():
            if resolved == other or other in resolved.parents or resolved in other.parents:
                raise UsageError(
                    f"{name} {path} and {other_name} {other} overlap: give each its own directory"
                )
        seen[resolved] = name
        for source in sources:
            if resolved == source or source in resolved.parents or resolved in source.parents:
                raise UsageError(f"{name} {path} overlaps the input {source}: write elsewhere")
        check_shard_directory(path)


def _list_inputs(
    inputs: Sequence[str | Path],
    summary: RunSummary,
    strict: bool,
    on_skip: Callable[[Skipped], None] | None,
) -> list[dict[str, Any]]:
    """The input files as rows (``file``, ``path``, ``name``); what is not one is skipped."""
    files = []
    for item in iter_input_files(inputs):
        if isinstance(item, Skipped):
            count_skip(item, summary, strict, on_skip)
        else:
            path, name = item
            # Arrow holds UTF-8 only: a name that is not is kept escaped, read back by read_files
            files.append({"file": len(files), "path": printable_name(path), "name": name})
    return files


def _rows_where(batch: dict[str, np.ndarray], keep: np.ndarray, equal: bool) -> dict[str, Any]:
    """The rows of ``batch`` where ``keep`` is ``equal``."""
    keep = keep if equal else ~keep
    return {key: values[keep] for key, values in batch.items()}


def _mask(batch: dict[str, np.ndarray], column: str, value: Any, equal: bool) -> dict[str, Any]:
    return _rows_where(batch, np.asarray(batch[column] == value, dtype=bool), equal)


def _where(ds: Dataset, column: str, value: Any, equal: bool = True) -> Dataset:
    """The rows of ``ds`` whose ``column`` is (or, ``equal=False``, is not) ``value``."""
    return ds.map_batches(
        _mask, fn_kwargs={"column": column, "value": value, "equal": equal}, batch_format="numpy"
    )


def _same_columns(
    batch: dict[str, np.ndarray], left: str, right: str, equal: bool
) -> dict[str, Any]:
    return _rows_where(batch, np.asarray(batch[left] == batch[right], dtype=bool), equal)


def _where_columns(ds: Dataset, left: str, right: str, equal: bool) -> Dataset:
    kwargs = {"left": left, "right": right, "equal": equal}
    return ds.map_batches(_same_columns, fn_kwargs=kwargs, batch_format="numpy")


def _edit_counts(batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """One row per batch: the sum of the rows' ``edits`` (JSON objects)."""
    total: Counter[str] = Counter()
    for edits in batch["edits"]:
        if edits:
            total.update(json.loads(edits))
    return {"counts": np.array([json.dumps(total)], dtype=object)}


def _sum_edits(ds: Dataset) -> Counter[str]:
    total: Counter[str] = Counter()
    for row in ds.map_batches(_edit_counts, batch_format="numpy").take_all():
        total.update(json.loads(row["counts"]))
    return total


def _column(ds: Dataset, column: str) -> np.ndarray:
    """One column of ``ds`` on the driver, sorted (for small columns only)."""
    parts = [
        batch[column] for batch in ds.select_columns([column]).iter_batches(batch_format="numpy")
    ]
    return np.sort(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.int64)


class _Run:
    """The datasets of one run, stage by stage."""

    def __init__(
        self, config: CleanConfig, read_options: ReadOptions, records: bool, summary: RunSummary
    ) -> None:
        self.config = config
        self.read_options = read_options
        self.records = records
        self.summary = summary
        self.cleaned: Dataset | None = None
        self.final: Dataset | None = None
        self.cluster_rows: Dataset | None = None
        self.roots = np.zeros(0, dtype=np.int64)
        self.fated: Dataset | None = None

    def clean(
        self,
        files: list[dict[str, Any]],
        strict: bool,
        on_skip: Callable[[Skipped], None] | None,
        on_drop: Callable[[Dropped], None] | None,
    ) -> None:
        """Read and clean; report skips and spam drops; cut the repeated lines."""
        import ray.data

        summary = self.summary
        if not files:
            raise InputError("no documents could be read from the inputs: no output written")
        # Files spread over blocks, and reading not fused with cleaning (its own CPU
        # share): fused, Ray Data ran the whole corpus of a few dozen files in one task.
        # A large file is still read by one task; its blocks are cleaned in parallel.
        blocks = min(len(files), READ_BLOCKS)
        read = ray.data.from_items(files, override_num_blocks=blocks).map_batches(
            stage.read_files,
            fn_kwargs={"options": self.read_options},
            batch_size=1,
            batch_format="numpy",
            num_cpus=READ_CPUS,
        )
        self.cleaned = read.map_batches(
            stage.clean_rows,
            fn_kwargs={"config": self.config, "records": self.records},
            batch_size=CLEAN_BATCH,
            batch_format="numpy",
        ).materialize()
        side = _where(self.cleaned, "kind", "document", equal=False).sort("position")
        for row in side.iter_rows():
            if row["kind"] == "dropped":
                summary.dropped += 1
                if on_drop is not None:
                    record = json.loads(row["data"])
                    on_drop(Dropped(Document.from_dict(record["document"]), record["reason"]))
            else:
                count_skip(stage.skip_of(row["data"]), summary, strict, on_skip)
        documents = _where(self.cleaned, "kind", "document").materialize()
        if not self.records:
            self.cleaned = None  # only --removed reads it again: let Ray free it
        summary.documents = documents.count()
        if summary.documents == 0 and summary.dropped == 0:
            raise InputError("no documents could be read from the inputs: no output written")
        summary.edits_by_step.update(_sum_edits(documents))
        repeated = self._repeated_lines(documents)
        self.final = documents.map_batches(
            stage.strip_rows,
            fn_kwargs={"repeated": repeated, "records": self.records},
            batch_size=CLEAN_BATCH,
            batch_format="numpy",
        ).materialize()
        summary.edits_by_step.update(_sum_edits(self.final))

    def _repeated_lines(self, documents: Dataset) -> stage.SortedCounts:
        """The line hashes in at least ``repeated_line_documents`` documents of a site."""
        minimum = self.config.repeated_line_documents
        none = stage.SortedCounts(np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64))
        if minimum <= 0 or documents.count() == 0:
            return none
        keys = (
            documents.map_batches(stage.line_key_rows, batch_format="numpy")
            .groupby("fingerprint")
            .map_groups(stage.first_copy_keys, batch_format="numpy")
        )
        counted = keys.groupby("key").count().materialize()
        found = [
            (
                batch["key"][batch["count()"] >= minimum],
                batch["count()"][batch["count()"] >= minimum],
            )
            for batch in counted.iter_batches(batch_format="numpy")
        ]
        if not found:
            return none
        return stage.SortedCounts(
            np.concatenate([keys for keys, _ in found]),
            np.concatenate([counts for _, counts in found]),
        )

    def deduplicate(self) -> None:
        """Clusters, who is kept, what is contained: the fate of each final document."""
        import ray.data

        assert self.final is not None
        config = self.config
        signed = self.final.map_batches(
            dedup.sign_rows,
            fn_kwargs={"config": config},
            batch_size=SIGN_BATCH,
            batch_format="numpy",
        ).materialize()
        with_text = _where(signed, "key", "", equal=False)
        empty = signed.count() - with_text.count()
        fate_rows: list[Dataset] = []
        duplicates = 0
        dropped = None
        members = self._clusters(with_text)
        if members is not None:
            self.cluster_rows = members
            self.roots = _column(_where_columns(members, "root", "position", equal=True), "root")
            dropped = _where(members, "dropped", True).materialize()
            duplicates = dropped.count()
            kwargs = {"roots": self.roots}
            fate_rows.append(
                dropped.map_batches(fates.drop_fates, fn_kwargs=kwargs, batch_format="numpy")
            )
        contained: list[dict[str, Any]] = []
        if config.containment_threshold > 0:
            # the search needs the dropped positions (8 bytes each) to leave them out
            positions = _column(dropped, "position") if dropped is not None else np.zeros(0)
            contained = find_contained(signed, positions.astype(np.int64), self.final, config)
        if contained:
            rows = _containment_fates(contained, config)
            # from_items makes 200 blocks by default: a sort of them took 24 s for 228 rows
            blocks = 1 + len(rows) // ROWS_PER_BLOCK
            fate_rows.append(ray.data.from_items(rows, override_num_blocks=blocks))
        self.fated = self._meet_fates(fate_rows)
        self.summary.duplicates = DuplicateCounts(
            documents=signed.count(),
            empty=empty,
            clusters=len(self.roots),
            duplicates=duplicates,
            contained=len(contained),
            contained_dropped=len(contained) if config.drop_contained else 0,
        )

    def _meet_fates(self, fate_rows: list[Dataset]) -> Dataset:
        """Every final document kept or made its ``--dropped`` record, by its fates."""
        import ray

        assert self.final is not None
        blocks: list = []
        bounds: list[tuple[int, int]] = []
        if fate_rows:
            ordered = fate_rows[0].union(*fate_rows[1:]) if len(fate_rows) > 1 else fate_rows[0]
            blocks = ordered.sort("position").materialize().to_arrow_refs()
            bounds = ray.get([ray.remote(fates.block_bounds).remote(ref) for ref in blocks])
        kwargs = {
            "blocks": blocks,
            "lows": np.array([low for low, _ in bounds], dtype=np.int64),
            "highs": np.array([high for _, high in bounds], dtype=np.int64),
        }
        return self.final.map_batches(
            fates.meet_fates, fn_kwargs=kwargs, batch_size=FATE_BATCH, batch_format="numpy"
        ).materialize()

    def _clusters(self, with_text: Dataset) -> Dataset | None:
        """Each clustered document's row (:func:`.duplicates.cluster_rows`)."""
        config = self.config
        bands, rows = lsh_bands(config)
        copy_edges = (
            with_text.select_columns(["position", "key"])
            .groupby("key")
            .map_groups(dedup.copy_rows, batch_format="numpy")
        )
        band_kwargs = {"bands": bands, "rows": rows, "num_perm": config.num_perm}
        shared = (
            with_text.map_batches(dedup.band_rows, fn_kwargs=band_kwargs, batch_format="numpy")
            .groupby("bucket")
            .map_groups(dedup.shared_buckets, batch_format="numpy")
        )
        signed = with_text.map_batches(dedup.signed_bucket_rows, batch_format="numpy")
        floor = config.dedup_threshold - (VERIFY_SLACK if config.exact_verification else 0)
        edge_kwargs = {"rows": rows, "threshold": floor, "num_perm": config.num_perm}
        band_edges = (
            signed.union(shared)
            .groupby("position")
            .map_groups(dedup.with_signature, batch_format="numpy")
            .groupby("bucket")
            .map_groups(dedup.bucket_edges, fn_kwargs=edge_kwargs, batch_format="numpy")
        )
        if config.exact_verification:
            band_edges = self._verified(band_edges)
        components = connected_components(copy_edges.union(band_edges))
        if components.count() == 0:
            return None
        members = components.map_batches(dedup.member_rows, batch_format="numpy")
        joined = (
            with_text.map_batches(dedup.signed_member_rows, batch_format="numpy")
            .union(members)
            .groupby("position")
            .map_groups(dedup.join_member, batch_format="numpy")
        )
        return (
            joined.groupby("root")
            .map_groups(dedup.cluster_rows, fn_kwargs={"config": config}, batch_format="numpy")
            .materialize()
        )

    def _verified(self, pairs: Dataset) -> Dataset:
        """The candidate pairs whose views' exact shingle sets are alike enough: each
        pair meets the view of one document, then of the other (two groupbys)."""
        assert self.final is not None
        views = self.final.map_batches(dedup.view_rows, batch_format="numpy").materialize()
        kwargs = {
            "threshold": self.config.dedup_threshold,
            "shingle_size": self.config.shingle_size,
        }
        return (
            pairs.map_batches(dedup.pair_rows, batch_format="numpy")
            .union(views)
            .groupby("position")
            .map_groups(dedup.attach_view, batch_format="numpy")
            .union(views)
            .groupby("position")
            .map_groups(dedup.verified_edges, fn_kwargs=kwargs, batch_format="numpy")
        )

    def write(self, folders: dict[str, str], suffix: str) -> None:
        """Every output's shards, in position order."""
        assert self.fated is not None and self.final is not None
        kept = _where(self.fated, "kept", True).sort("position")
        shards = kept.map_batches(
            fates.write_documents_shard,
            fn_kwargs={"directory": folders["output"], "suffix": suffix},
            batch_size=None,
            batch_format="numpy",
        ).materialize()
        for shard in shards.select_columns(["lost_documents", "lost_characters"]).take_all():
            self.summary.lost_documents += int(shard["lost_documents"])
            self.summary.lost_characters += int(shard["lost_characters"])
        if "dropped" in folders:
            _write_records(_where(self.fated, "kept", False), folders["dropped"])
        if "clusters" in folders and self.cluster_rows is not None:
            records = _where(self.cluster_rows, "record", "", equal=False).map_batches(
                _numbered_cluster, fn_kwargs={"roots": self.roots}, batch_format="numpy"
            )
            _write_records(records, folders["clusters"])
        if "removed" in folders and self.cleaned is not None:
            first = self.cleaned.map_batches(_removed_in_cleaning, batch_format="numpy")
            _write_records(first, folders["removed"], phase=1)
            second = _where(self.final, "removed", "[]", equal=False)
            _write_records(
                second.map_batches(_removed_column, batch_format="numpy"),
                folders["removed"],
                phase=2,
            )


def _containment_fates(
    contained: list[dict[str, Any]], config: CleanConfig
) -> list[dict[str, Any]]:
    """The fate rows of the contained documents: a note, and with ``drop_contained`` a drop."""
    rows = []
    for entry in contained:
        rows.append(fates.fate_row(entry["position"], {"reason": "contained-in", **entry}))
        if config.drop_contained:
            drop = {"reason": "contained", "duplicate_of": entry["id"]}
            rows.append(
                fates.fate_row(entry["position"], drop | {"similarity": entry["containment"]})
            )
    return rows


def _write_records(ds: Dataset, directory: str, phase: int | None = None) -> None:
    ordered = ds.select_columns(["position", "data"]).sort("position")
    ordered.map_batches(
        fates.write_records_shard,
        fn_kwargs={"directory": directory, "phase": phase},
        batch_size=None,
        batch_format="numpy",
    ).materialize()


def _numbered_cluster(batch: dict[str, np.ndarray], roots: np.ndarray) -> dict[str, Any]:
    """Cluster records with their number (the rank of their root), as the finder writes them."""
    data = []
    for root, record in zip(batch["root"], batch["record"], strict=True):
        data.append(
            json.dumps(
                {"cluster": int(np.searchsorted(roots, root)), **json.loads(record)},
                ensure_ascii=False,
            )
        )
    return {"position": batch["root"], "data": objects(data)}


def _removed_in_cleaning(batch: dict[str, np.ndarray]) -> dict[str, Any]:
    """What cleaning cut (document rows), and the records of spam drops, as lists."""
    data = []
    keep = []
    for kind, removed, record in zip(batch["kind"], batch["removed"], batch["data"], strict=True):
        if kind == "document" and removed and removed != "[]":
            data.append(removed)
            keep.append(True)
        elif kind == "dropped":
            data.append(f"[{record}]")
            keep.append(True)
        else:
            keep.append(False)
    return {
        "position": batch["position"][np.array(keep, dtype=bool)],
        "data": objects(data),
    }


def _removed_column(batch: dict[str, np.ndarray]) -> dict[str, Any]:
    return {"position": batch["position"], "data": batch["removed"]}
