"""The report in a real browser: Debian's Chromium, headless, driven by Playwright.

Without Chromium or Playwright these tests are skipped, except in CI (``CI`` set),
whose ``.ci/run`` installs both and must run them. Screenshots go to the test's own
output directory (``tmp_path``), and are named in the test's output on failure.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from textclean.cli import main
from textclean.report import write_report
from textclean.report.fonts import CJK_FONTS

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if os.environ.get("CI"):
    playwright_api = importlib.import_module("playwright.sync_api")
else:
    playwright_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed"
    )
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed", allow_module_level=True)

FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


class Opened:
    """A page of the report, with what the browser said while showing it."""

    def __init__(self, browser: object, path: Path) -> None:
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.problems: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.goto(path.as_uri(), wait_until="load")

    def _console(self, message: object) -> None:
        if message.type in ("error", "warning"):
            self.problems.append(f"console {message.type}: {message.text}")

    def rows(self) -> int:
        return self.page.locator("#document-table tbody tr").count()


def _open(browser: object, path: Path) -> Iterator[Opened]:
    opened = Opened(browser, path)
    yield opened
    opened.page.close()


def test_the_seeds_report_renders_without_errors(
    browser: object, seeds_dir: Path, tmp_path: Path
) -> None:
    report = tmp_path / "report.html"
    assert (
        main(
            [
                "run",
                str(seeds_dir),
                "-o",
                str(tmp_path / "out.jsonl"),
                "--report",
                str(report),
                "-q",
            ]
        )
        == 0
    )
    for opened in _open(browser, report):
        page = opened.page
        page.screenshot(path=str(tmp_path / "seeds-report.png"), full_page=True)
        assert opened.problems == []
        assert opened.requests == [report.as_uri()]  # one file: nothing else is fetched
        assert page.locator("svg.chart").count() >= 5
        assert page.locator("#totals .card").count() >= 8
        assert page.locator("#edits table.counts tbody tr").count() > 5
        assert opened.rows() == 5  # every seed
        page.locator("#document-table tbody tr").first.click()
        assert page.locator("#diff del").count() > 0  # boilerplate, pinyin: struck through
        assert page.locator("#diff ins").count() > 0  # Simplified for Traditional: put in
        assert (tmp_path / "seeds-report.png").stat().st_size > 10_000


def test_filters_the_diff_view_and_clusters(browser: object, run_dir: Path, tmp_path: Path) -> None:
    for opened in _open(browser, run_dir / "report.html"):
        page = opened.page
        all_rows = opened.rows()
        assert all_rows > 50
        page.select_option("#filter-step", "boilerplate")
        boilerplate_rows = opened.rows()
        assert 0 < boilerplate_rows < all_rows
        reasons = page.locator("#filter-reason option").all_inner_texts()
        assert "copyright/copyright-notice" in reasons
        page.select_option("#filter-reason", "copyright/copyright-notice")
        assert 0 < opened.rows() <= boilerplate_rows
        page.locator("#document-table tbody tr").first.click()
        focused = page.locator("#diff del.focus")
        assert focused.count() > 0
        assert "boilerplate: copyright/copyright-notice" in focused.first.get_attribute("title")
        page.uncheck("#show-removed")
        assert not focused.first.is_visible()
        page.select_option("#filter-step", "")
        page.select_option("#filter-reason", "")
        page.select_option("#filter-fate", "duplicate")
        assert 0 < opened.rows() < all_rows
        page.locator("#clusters").scroll_into_view_if_needed()
        members = page.locator("#cluster-view .member")
        assert members.count() >= 2
        assert page.locator("#cluster-view .member.kept").count() == 1
        assert "(its record was not found" not in page.locator("#cluster-view").inner_text()
        page.screenshot(path=str(tmp_path / "clusters.png"), full_page=False)
        page.locator("#drilldown").screenshot(path=str(tmp_path / "drilldown.png"))
        assert opened.problems == []


CHINESE = re.compile("[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def _glyphs(opened: Opened, selector: str) -> list[tuple[str, dict[str, int]]]:
    """The text of each element ``selector`` picks that holds Chinese, with the glyphs
    drawn in each font (Chromium's DevTools: ``CSS.getPlatformFontsForNode``). A
    character no font has is drawn as the first font's .notdef box, counted under it."""
    devtools = opened.page.context.new_cdp_session(opened.page)
    devtools.send("DOM.enable")
    devtools.send("CSS.enable")
    root = devtools.send("DOM.getDocument")["root"]["nodeId"]
    nodes = devtools.send("DOM.querySelectorAll", {"nodeId": root, "selector": selector})
    drawn = []
    for node in nodes["nodeIds"]:
        html = devtools.send("DOM.getOuterHTML", {"nodeId": node})["outerHTML"]
        text = re.sub(r"<[^>]*>", "", html)
        if CHINESE.search(text):
            fonts = devtools.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
            drawn.append((text, {font["familyName"]: font["glyphCount"] for font in fonts}))
    devtools.detach()
    return drawn


def test_chinese_labels_are_drawn_in_a_chinese_font_of_the_stack(
    browser: object, tmp_path: Path
) -> None:
    edits = [
        {"step": "boilerplate", "reason": "repeated/repeated-line: line in 2 documents",
         "before": "首页｜新闻中心\n", "after": "", "start": 0},
        {"step": "paragraphs", "reason": "e-paper continuation mark (上接一版)",
         "before": "（上接一版）", "after": "", "start": 4},
    ]  # fmt: skip
    with open(tmp_path / "out.jsonl", "w", encoding="utf-8") as output:
        for key, encoding in (("a", "gb18030"), ("b", "utf-8")):
            meta = {"encoding": encoding, "encoding_confidence": 1.0}
            record = {"id": key, "text": "新闻正文", "edits": edits, "meta": meta}
            output.write(json.dumps(record, ensure_ascii=False) + "\n")
    write_report(tmp_path / "out.jsonl", tmp_path / "report.html")
    for opened in _open(browser, tmp_path / "report.html"):
        opened.page.locator("#encodings").screenshot(path=str(tmp_path / "encodings.png"))
        assert opened.page.locator("#encodings tbody tr").count() == 2
        cell = _glyphs(opened, "#repeated td .line")
        label = _glyphs(opened, "svg.chart text")  # the chart "Most frequent kinds of edit"
        assert [text for text, _ in cell] == ["首页｜新闻中心"]
        assert [text for text, _ in label] == ["paragraphs: e-paper continuation mark (上接一版)"]
        for text, fonts in cell + label:
            chinese = len(CHINESE.findall(text))
            in_the_stack = sum(n for family, n in fonts.items() if family in CJK_FONTS)
            assert in_the_stack == chinese, f"{text!r} drawn as {fonts}: boxes, or another font"
        assert opened.problems == []
