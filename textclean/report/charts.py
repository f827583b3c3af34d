"""The report's charts: matplotlib figures rendered to SVG, inlined in the page.

No pyplot (no global figure state, no display needed): each chart is a
:class:`matplotlib.figure.Figure` saved to an SVG string. Text stays text in the SVG
(``svg.fonttype: none``), drawn by the browser's fonts, so the files stay small; each
label names :data:`~textclean.report.fonts.CHART_FONTS`, the page's Chinese fonts among
them, so Chinese labels show wherever the page is opened. matplotlib measures them with
the first of those fonts it has (``DejaVu Sans``, and for Chinese the first Chinese font
installed). Ids are salted so the same run gives the same bytes.

>>> svg = bar_chart("Edits by step", {"encoding": 12, "whitespace": 3}, "edits")
>>> svg.startswith("<svg") and "encoding" in svg
True
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager

from textclean.errors import UsageError
from textclean.report.fonts import CHART_FONTS

STYLE = {
    "svg.fonttype": "none",
    "font.family": list(CHART_FONTS),  # each label names them all (SVG font-family)
    "font.sans-serif": [CHART_FONTS[0]],  # what the generic family adds: nothing new
    "svg.hashsalt": "textclean-report",
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 10,
    "axes.titleweight": "bold",
}
BEFORE, AFTER = "#9aa5b1", "#2f6fb0"  # grey as read, blue as written
NO_METADATA = dict.fromkeys(("Creator", "Date", "Format", "Type"))  # no RDF block at all
_PROLOGUE = re.compile(r"\A.*?(?=<svg)", re.S)


def _figure(height: float, width: float = 6.4):  # -> matplotlib.figure.Figure
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def _svg(figure, label: str) -> str:  # figure: matplotlib.figure.Figure
    import matplotlib

    buffer = io.StringIO()
    with matplotlib.rc_context(STYLE), warnings.catch_warnings(), _fonts_not_here_unsaid():
        # a label in a script matplotlib's own font lacks: the browser draws it
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        warnings.filterwarnings("ignore", message="Matplotlib currently does not support")
        figure.savefig(buffer, format="svg", metadata=NO_METADATA)
    svg = _PROLOGUE.sub("", buffer.getvalue(), count=1)
    return svg.replace("<svg ", f'<svg class="chart" role="img" aria-label="{label}" ', 1)


def bar_chart(title: str, values: Mapping[str, float], unit: str, top: int = 15) -> str:
    """Horizontal bars, largest first (the ``top`` largest)."""
    items = sorted(values.items(), key=lambda item: (-item[1], item[0]))[:top]
    with _style():
        figure = _figure(0.6 + 0.25 * max(len(items), 1))
        axes = figure.subplots()
        labels = [label for label, _ in items][::-1]
        numbers = [number for _, number in items][::-1]
        bars = axes.barh(labels, numbers, color=AFTER)
        axes.bar_label(bars, labels=[f"{n:,.0f}" for n in numbers], padding=3, fontsize=8)
        _whole_numbers(axes.xaxis)
        axes.set_xlabel(unit)
        axes.set_title(title, loc="left")
        axes.margins(x=0.12)
    return _svg(figure, title)


def paired_bars(
    title: str, categories: Sequence[str], before: Sequence[float], after: Sequence[float]
) -> str:
    """Two bars per category: as read (grey) and as written (blue)."""
    import numpy as np

    with _style():
        figure = _figure(0.9 + 0.32 * max(len(categories), 1))
        axes = figure.subplots()
        rows = np.arange(len(categories))[::-1]
        axes.barh(rows + 0.2, before, height=0.4, color=BEFORE, label="as read")
        axes.barh(rows - 0.2, after, height=0.4, color=AFTER, label="as written")
        axes.set_yticks(rows, categories)
        _whole_numbers(axes.xaxis)
        axes.set_xlabel("documents")
        axes.set_title(title, loc="left")
        axes.legend(frameon=False, loc="upper left", bbox_to_anchor=(1, 1))
    return _svg(figure, title)


def histogram(
    title: str,
    labels: Sequence[str],
    series: Mapping[str, Sequence[int]],
    xlabel: str,
    ylabel: str = "documents",
) -> str:
    """Counts per bin (already binned), one bar group per series, bins labelled."""
    import numpy as np

    colours = [BEFORE, AFTER]
    with _style():
        figure = _figure(2.6)
        axes = figure.subplots()
        positions = np.arange(len(labels))
        width = 0.8 / max(len(series), 1)
        for number, (name, counts) in enumerate(series.items()):
            offset = (number - (len(series) - 1) / 2) * width
            axes.bar(positions + offset, counts, width, color=colours[number % 2], label=name)
        axes.set_xticks(positions, labels, rotation=45, ha="right")
        _whole_numbers(axes.yaxis)
        axes.set_xlabel(xlabel)
        axes.set_ylabel(ylabel)
        axes.set_title(title, loc="left")
        if len(series) > 1:
            axes.legend(frameon=False)
    return _svg(figure, title)


def _whole_numbers(axis) -> None:  # axis: matplotlib.axis.Axis
    """Ticks at whole numbers only (there is no half a document), few enough to read,
    with thousands separated."""
    from matplotlib.ticker import MaxNLocator, StrMethodFormatter

    axis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    axis.set_major_formatter(StrMethodFormatter("{x:,.0f}"))


class _FontNotHere(logging.Filter):
    """Drops matplotlib's words on the fonts of the stack ("findfont: Font family
    'PingFang SC' not found.", "findfont: Failed to find font weight bold for WenQuanYi
    Micro Hei"): each machine has a few of them, the others are for other machines."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args if isinstance(record.args, tuple) else ()
        return not (
            str(record.msg).startswith("findfont:") and any(arg in CHART_FONTS for arg in args)
        )


@contextmanager
def _fonts_not_here_unsaid() -> Iterator[None]:
    logger = logging.getLogger("matplotlib.font_manager")
    quiet = _FontNotHere()
    logger.addFilter(quiet)
    try:
        yield
    finally:
        logger.removeFilter(quiet)


def require_matplotlib() -> None:
    """Raise :class:`UsageError` (one line) when matplotlib is not installed."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise UsageError(
            "the report draws its charts with matplotlib: pip install 'textclean[report]'"
        ) from None


def _style():  # -> a context manager
    require_matplotlib()
    import matplotlib

    return matplotlib.rc_context(STYLE)
