"""The report page: one HTML file with its styles, script, charts and data inline.

The totals, the charts and the tables of counts are HTML made here; the drill-down
(documents filterable by step and reason, the diff view, clusters side by side) is
drawn by ``assets/report.js`` from the sample, embedded as JSON. Nothing is fetched:
the page opens from a file, offline, in any browser.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from collections.abc import Callable
from importlib.resources import files as package_files
from string import Template
from typing import Any

from textclean.report import charts
from textclean.report.build import Gathered
from textclean.report.fonts import PAGE_FONTS, css_font_family
from textclean.report.tally import (
    BOILERPLATE,
    LENGTH_EDGES,
    SIMILARITY_EDGES,
    EditCounts,
    EncodingCounts,
)

TOP_REPEATED = 30
LISTED_SKIPS = 100
SCRIPTS = ("simplified", "traditional", "mixed", "neutral", "japanese", "korean", "other", "none")


def _asset(name: str) -> str:
    return (package_files("textclean.report") / "assets" / name).read_text("utf-8")


def render(gathered: Gathered, title: str, output_label: str) -> str:
    """The whole page; ``output_label`` names the run's output in its header."""
    sections = [
        _totals(gathered),
        _encodings(gathered),
        _lost(gathered),
        _edits(gathered),
        _documents(gathered),
        _duplicates(gathered),
        _repeated(gathered),
        _skips(gathered),
        _drilldown(gathered),
    ]
    data = {"documents": gathered.documents, "clusters": gathered.clusters}
    body = "\n".join(sections)
    links = _SECTION.findall(body)
    nav = " ".join(f'<a href="#{anchor}">{_e(name)}</a>' for anchor, name in links)
    return Template(_asset("report.html")).substitute(
        title=_e(title),
        style=page_style(),
        script=_asset("report.js"),
        header=_header(gathered, output_label),
        nav=nav,
        sections=body,
        data=_script_json(data),
    )


def page_style() -> str:
    """The page's CSS: ``assets/report.css``, its fonts (``--fonts``) the report's
    :data:`~textclean.report.fonts.PAGE_FONTS`, whose Chinese ones the charts name too.

    >>> page_style().startswith(':root { --fonts: system-ui, -apple-system, "Segoe UI", ')
    True
    """
    return f":root {{ --fonts: {css_font_family(PAGE_FONTS)}; }}\n{_asset('report.css')}"


_SECTION = re.compile(r'<section id="([a-z]+)"><h2>([^<]*)</h2>')


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _script_json(data: Any) -> str:
    """JSON safe inside ``<script>``: no ``</script>``, no ``<!--``."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _n(number: float) -> str:
    return f"{number:,}"


def _table(headers: list[str], rows: list[list[Any]], css: str = "") -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f'<table class="{css}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _header(gathered: Gathered, output_label: str) -> str:
    manifest = gathered.files.manifest or {}
    facts = [("output", output_label)]
    if manifest:
        facts += [
            ("command", f"textclean {manifest.get('command', '?')}"),
            ("inputs", ", ".join(manifest.get("inputs", []))),
            ("started", manifest.get("started", "?")),
            ("took", f"{manifest.get('seconds', 0):,.1f} s"),
            ("textclean", manifest.get("textclean", "?")),
        ]
    items = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in facts)
    notes = gathered.notes + ([] if manifest else ["no run manifest: skipped inputs are unknown"])
    if gathered.tally.bad_records:
        notes.append(f"{gathered.tally.bad_records:,} unreadable records left out")
    listed = "".join(f"<li>{_e(note)}</li>" for note in notes)
    return f'<dl class="facts">{items}</dl>' + (f'<ul class="notes">{listed}</ul>' if notes else "")


def _card(label: str, value: str, detail: str = "") -> str:
    small = f"<small>{_e(detail)}</small>" if detail else ""
    return f'<div class="card"><span>{_e(label)}</span><strong>{value}</strong>{small}</div>'


def dropped_counts(gathered: Gathered) -> Counter[str]:
    """Documents left out, by why: the run's own counts (its manifest) when there are
    some, else the dropped records found, else what the clusters imply."""
    tally = gathered.tally
    summary = (gathered.files.manifest or {}).get("summary")
    if summary:
        duplicates = summary.get("duplicates") or {}
        counts = Counter(
            duplicate=duplicates.get("duplicates", 0),
            contained=duplicates.get("contained_dropped", 0),
            spam=summary.get("dropped_as_spam", 0),
        )
        return +counts  # without the zeros
    if gathered.files.dropped is None and tally.cluster_sizes:
        members = sum(size * count for size, count in tally.cluster_sizes.items())
        return Counter(duplicate=members - sum(tally.cluster_sizes.values())) + tally.dropped
    return Counter(tally.dropped)


def _totals(gathered: Gathered) -> str:
    tally = gathered.tally
    manifest = gathered.files.manifest or {}
    dropped = dropped_counts(gathered)
    read = tally.documents_out + sum(dropped.values())
    whys = ", ".join(f"{why} {_n(count)}" for why, count in sorted(dropped.items()))
    edits = sum(counts.edits for counts in tally.edits.values())
    removed_by_edits = sum(counts.removed for counts in tally.edits.values())
    complete = tally.documents_in == read
    held = "" if complete else f"of the {_n(tally.documents_in)} recorded"
    as_dropped = "as read" if manifest.get("command") == "dedup" else "after their cleaning"
    counted = bool(manifest) or gathered.files.dropped is not None
    edited = f"in {_n(tally.documents_edited)} documents" + (
        ", dropped ones too" if complete else " with a record"
    )
    cards = [
        _card("documents read", _n(read), "written + dropped" if counted else "at least"),
        _card("documents written", _n(tally.documents_out)),
        _card("documents dropped", _n(sum(dropped.values())), whys),
        _card("edits", _n(edits), edited),
        _card("characters read", _n(tally.characters_in), held),
        _card("characters written", _n(tally.characters_out)),
        _card("removed by edits", _n(removed_by_edits), "net of characters put in"),
        _card("in dropped documents", _n(sum(tally.dropped_characters.values())), as_dropped),
    ]
    summary = manifest.get("summary")
    if summary:
        cards.append(_card("inputs skipped", _n(summary.get("skipped", 0)), "could not be read"))
    if tally.documents_in < read:
        gathered.notes.append(
            f"{_n(read - tally.documents_in)} of the {_n(read)} documents read have no record "
            "here (the run wrote no --dropped or --removed): they are counted, not shown, and "
            "their edits, characters and repeated lines are not in the counts below"
        )
    return _section("totals", "Totals", '<div class="cards">' + "".join(cards) + "</div>")


def _section(anchor: str, title: str, body: str) -> str:
    return f'<section id="{anchor}"><h2>{_e(title)}</h2>{body}</section>'


def _encodings(gathered: Gathered) -> str:
    """The encodings the documents were read in, with how sure the decoder was; columns
    for a BOM and for characters lost at decoding or in mojibake only when some have one."""
    encodings = gathered.tally.encodings
    if not encodings:
        return ""
    ordered = sorted(encodings.items(), key=lambda item: (-item[1].documents, item[0]))
    optional = [column for column in _ENCODING_COLUMNS if any(column[1](c) for _, c in ordered)]
    headers = ["encoding", "documents", "mean confidence", "lowest confidence"]
    rows = [
        [_e(name), _n(counts.documents), *_confidence(counts)]
        + [cell(counts) for _, cell, _ in optional]
        for name, counts in ordered
    ]
    table = _table(headers + [header for header, _, _ in optional], rows, "counts encodings")
    caption = (
        "<p>How each document with a record here was read: the encoding its bytes were "
        "decoded from, and the decoder's confidence in it (0 to 1). A file read as text is "
        "one document; the lines of JSONL and Parquet files are UTF-8 by their format, with "
        "no confidence measured (—).</p>"
    )
    notes = _encoding_notes(gathered, [note for _, _, note in optional])
    return _section("encodings", "Encodings", caption + table + notes)


def _confidence(counts: EncodingCounts) -> list[str]:
    """The mean and lowest confidence, ``—`` when none was measured; with how many
    documents they are of when not all were."""
    if counts.mean_confidence is None or counts.min_confidence is None:
        return ["—", "—"]
    of = "" if counts.measured == counts.documents else f" (of {_n(counts.measured)})"
    return [f"{counts.mean_confidence:.2f}{of}", f"{counts.min_confidence:.2f}"]


def _in_documents(characters: int, documents: int) -> str:
    if not characters:
        return ""
    return f"{_n(characters)} in {_n(documents)} document{'' if documents == 1 else 's'}"


_ENCODING_COLUMNS: tuple[tuple[str, Callable[[EncodingCounts], str], str], ...] = (
    ("with a BOM", lambda counts: _n(counts.bom) if counts.bom else "", ""),
    (
        "U+FFFD put in by the decoder",
        lambda counts: _in_documents(counts.replaced, counts.replaced_documents),
        "U+FFFD put in by the decoder: for bytes of no character of the encoding (a file "
        "cut inside a character, a lost byte).",
    ),
    (
        "lost in mojibake, unrecovered",
        lambda counts: _in_documents(counts.unrecovered, counts.unrecovered_documents),
        "Lost in mojibake: the marks the encoding step put for bytes lost before textclean "
        "read the text, inside the garbled spans it repaired.",
    ),
)
"""The columns shown only when a row has something in them: header, cell, note."""


def _encoding_notes(gathered: Gathered, notes: list[str]) -> str:
    """The notes under the table: what its optional columns count, where the U+FFFD
    left in the output are."""
    if gathered.tally.lost_documents:
        notes.append(
            'The U+FFFD the documents written still hold are counted under <a href="#lost">'
            "lost characters</a>."
        )
    return "".join(f"<p class=note>{note}</p>" for note in notes if note)


def _lost(gathered: Gathered) -> str:
    """Documents written with lost characters (U+FFFD): how many, and the first few with
    the place of the first; no section (and no link to it) when there are none."""
    tally = gathered.tally
    if not tally.lost_documents:
        return ""
    rows = [
        [
            _e(example.id),
            _e(example.source),
            _n(example.lost),
            f'<span class="line">{_e(example.before)}<mark>{_e(example.mark)}</mark>'
            f"{_e(example.after)}</span>",
        ]
        for example in tally.lost_examples
    ]
    documents = "document written keeps" if tally.lost_documents == 1 else "documents written keep"
    characters = "lost character" if tally.lost_characters == 1 else "lost characters"
    caption = (
        f"<p>{_n(tally.lost_documents)} {documents} {_n(tally.lost_characters)} {characters}: "
        "U+FFFD (<code>锟斤拷</code> counts as the two it was) where bytes were lost before "
        "textclean read the text. No repair brings them back: fetch these sources again, or "
        "decode them with their right encoding."
        + (f" The first {len(rows)}:" if len(rows) < tally.lost_documents else "")
        + "</p>"
    )
    table = _table(["document", "source", "lost", "where the first is"], rows, "lost")
    return _section("lost", "Lost characters", caption + table)


def _edits(gathered: Gathered) -> str:
    tally = gathered.tally
    if not tally.edits:
        return _section("edits", "Edits", "<p>No edits.</p>")
    steps = tally.by_step()
    chart = charts.bar_chart("Edits by step", {s: c.edits for s, c in steps.items()}, "edits")
    removed = {s: c.removed for s, c in steps.items() if c.removed}
    chart_removed = (
        charts.bar_chart("Characters removed by step (net)", removed, "characters")
        if removed
        else ""
    )
    kinds = {f"{step}: {key}": counts.edits for (step, key), counts in tally.edits.items()}
    chart_kinds = charts.bar_chart("Most frequent kinds of edit", kinds, "edits")
    categories: Counter[str] = Counter()
    for (step, key), counts in tally.edits.items():
        if step == BOILERPLATE:  # key: category/rule
            categories[key.split("/", 1)[0]] += counts.removed
    chart_categories = (
        charts.bar_chart("Boilerplate removed, by category", categories, "characters")
        if categories
        else ""
    )
    rows = [
        _edit_row(step, key, counts)
        for (step, key), counts in sorted(tally.edits.items(), key=lambda item: -item[1].edits)
    ]
    table = _table(
        ["step", "kind", "edits", "documents", "characters removed", "characters replaced"],
        rows,
        "counts",
    )
    figures = f"{chart}{chart_removed}{chart_kinds}{chart_categories}"
    body = f'<div class="charts">{figures}</div>{table}'
    return _section("edits", "Edits, by step and reason", body)


def _edit_row(step: str, key: str, counts: EditCounts) -> list[Any]:
    return [
        _e(step),
        _e(key),
        _n(counts.edits),
        _n(counts.documents),
        _n(counts.removed),
        _n(counts.changed),
    ]


def _bin_labels(edges: tuple[float, ...], integer: bool) -> list[str]:
    """``100–`` for a bin from 100; the last bin of lengths ``100,000+``, of
    similarities ``1`` (nothing is above)."""
    labels = []
    for low, high in zip(edges, (*edges[1:], None), strict=True):
        low_text = f"{low:,}" if integer else f"{low:.3g}"
        if high is None:
            labels.append(f"{low_text}+" if integer else low_text)
        else:
            labels.append(f"{low_text}–")
    return labels


def _documents(gathered: Gathered) -> str:
    tally = gathered.tally
    lengths = charts.histogram(
        "Document length, as read and as written",
        _bin_labels(LENGTH_EDGES, True),
        {"as read": tally.length_before, "as written": tally.length_after},
        "characters",
    )
    scripts = [s for s in SCRIPTS if tally.script_before[s] or tally.script_after[s]]
    scripts += sorted(set(tally.script_before) - set(SCRIPTS))
    mix = charts.paired_bars(
        "Script, as read and as written",
        scripts,
        [tally.script_before[s] for s in scripts],
        [tally.script_after[s] for s in scripts],
    )
    note = (
        "<p class=note>As read: the script step's verdict on the text it got; as written: "
        "the same test on the output. Dropped documents count as read only.</p>"
    )
    return _section("documents", "Documents", f'<div class="charts">{lengths}{mix}</div>{note}')


def _duplicates(gathered: Gathered) -> str:
    tally = gathered.tally
    if not tally.cluster_sizes:
        command = (gathered.files.manifest or {}).get("command")
        what = "The run did not look for them" if command == "clean" else "No clusters"
        return _section("duplicates", "Duplicates", f"<p>{what}: no near-duplicates.</p>")
    sizes = {f"{size} documents": count for size, count in sorted(tally.cluster_sizes.items())}
    size_chart = charts.histogram(
        "Cluster sizes", list(sizes), {"clusters": list(sizes.values())}, "size", "clusters"
    )
    similarity = charts.histogram(
        "Similarity of dropped members to the kept one",
        _bin_labels(SIMILARITY_EDGES, False),
        {"members": tally.similarity},
        "estimated Jaccard similarity",
        "members",
    )
    clusters = sum(tally.cluster_sizes.values())
    members = sum(size * count for size, count in tally.cluster_sizes.items())
    facts = (
        f"<p>{_n(clusters)} clusters hold {_n(members)} documents; {_n(members - clusters)} "
        "of them were left out as near-duplicates of the one their cluster kept.</p>"
    )
    return _section(
        "duplicates", "Duplicates", f'{facts}<div class="charts">{size_chart}{similarity}</div>'
    )


def _repeated(gathered: Gathered) -> str:
    lines = gathered.tally.repeated_lines.most_common(TOP_REPEATED)
    if not lines:
        return _section("repeated", "Repeated lines", "<p>The repeated-line stage cut no line.</p>")
    rows = [[_line(line), _n(count)] for line, count in lines]
    total = len(gathered.tally.repeated_lines)
    caption = f"<p>The {len(lines)} most frequent of {_n(total)} lines cut as repeated.</p>"
    return _section(
        "repeated",
        "Top lines of the repeated-line stage",
        caption + _table(["line", "documents cut from"], rows, "counts"),
    )


def _line(line: str, shown: int = 160) -> str:
    """A line in a cell: the first ``shown`` characters, the whole line as its title."""
    if len(line) <= shown:
        return f'<span class="line">{_e(line)}</span>'
    return f'<span class="line" title="{_e(line)}">{_e(line[:shown])}…</span>'


def _skips(gathered: Gathered) -> str:
    manifest = gathered.files.manifest
    if not manifest or not manifest.get("skips"):
        return ""
    skips = [s for s in manifest["skips"] if not s.get("ignored")][:LISTED_SKIPS]
    if not skips:
        return ""
    rows = [[_e(_where(skip)), _e(skip["reason"])] for skip in skips]
    total = manifest.get("summary", {}).get("skipped", len(skips))
    caption = f"<p>{_n(total)} inputs could not be read; the first {len(rows)}:</p>"
    return _section("skips", "Skipped inputs", caption + _table(["input", "why"], rows, "counts"))


def _where(skip: dict[str, Any]) -> str:
    return skip["source"] if skip.get("line") is None else f"{skip['source']}:{skip['line']}"


def _drilldown(gathered: Gathered) -> str:
    shown, total = len(gathered.documents), gathered.tally.documents_in
    what = "all" if shown == total else f"a sample of {_n(shown)}"
    caption = (
        f"<p>Showing {what} of {_n(total)} documents: every kind of edit and of drop has "
        "examples. Pick one to see it as read, with what was removed struck through and "
        "what was put in highlighted.</p>"
    )
    documents = _section("drilldown", "Documents, one by one", caption + _asset("documents.html"))
    if not gathered.clusters:
        return documents
    return documents + _section("clusters", "Clusters, side by side", _asset("clusters.html"))
