"""The page: the encodings table, and the Chinese fonts its CSS and its charts name."""

from __future__ import annotations

import json
import re

import pytest

from textclean.report import charts, write_report
from textclean.report.fonts import CJK_FONTS, PAGE_FONTS, css_font_family

pytest.importorskip("matplotlib")

SYSTEM_FONTS = [
    ("Windows", "Microsoft YaHei"),
    ("macOS", "PingFang SC"),
    ("older macOS", "Hiragino Sans GB"),
    ("Linux, Android", "Noto Sans CJK SC"),
    ("Linux", "Source Han Sans SC"),
    ("Linux", "WenQuanYi Micro Hei"),
    ("Linux", "WenQuanYi Zen Hei"),
]
METAS = {  # as the readers and the decoder write them
    "gbk1": {"encoding": "gb18030", "encoding_confidence": 1.0},
    "gbk2": {"encoding": "gb18030", "encoding_confidence": 0.5, "replacement_characters": 1},
    "big5": {"encoding": "big5hkscs", "encoding_confidence": 0.8, "mojibake_unrecovered": 2},
    "json1": {"encoding": "utf-8", "line": 1},
    "json2": {"encoding": "utf-8", "line": 2},
}


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("page")
    edit = {"step": "paragraphs", "reason": "e-paper continuation mark (上接一版)"}
    with open(folder / "out.jsonl", "w", encoding="utf-8") as output:
        for key, meta in METAS.items():
            edits = [{**edit, "before": "（上接一版）", "after": "", "start": 2}]
            record = {"id": key, "text": "新闻正文", "edits": edits, "meta": meta}
            output.write(json.dumps(record, ensure_ascii=False) + "\n")
    write_report(folder / "out.jsonl", folder / "report.html")
    return (folder / "report.html").read_text("utf-8")


def _section(page: str, anchor: str) -> str:
    match = re.search(f'<section id="{anchor}">.*?</section>', page)
    assert match is not None, f"no section {anchor}"
    return match.group()


def test_the_page_lists_the_encodings_with_documents_and_confidence(page: str) -> None:
    section = _section(page, "encodings")
    assert '<a href="#encodings">Encodings</a>' in page  # in the bar
    rows = re.findall(r"<tr>(.*?)</tr>", section)
    cells = [re.findall(r"<t[dh]>(.*?)</t[dh]>", row) for row in rows]
    assert cells == [
        [
            "encoding",
            "documents",
            "mean confidence",
            "lowest confidence",
            "U+FFFD put in by the decoder",
            "lost in mojibake, unrecovered",
        ],
        ["gb18030", "2", "0.75", "0.50", "1 in 1 document", ""],
        ["utf-8", "2", "—", "—", "", ""],  # JSONL: UTF-8 by the format, nothing measured
        ["big5hkscs", "1", "0.80", "0.80", "", "2 in 1 document"],
    ]  # most documents first; no BOM column: no document had one
    assert "Lost in mojibake: the marks the encoding step put" in section
    assert 'href="#lost"' not in section  # no document written holds U+FFFD


def test_the_css_names_the_chinese_fonts_for_the_whole_page(page: str) -> None:
    style = re.search(r"<style>(.*?)</style>", page, re.S)
    assert style is not None
    fonts = re.search(r":root \{ --fonts: ([^;]*); \}", style.group(1))
    assert fonts is not None and fonts.group(1) == css_font_family(PAGE_FONTS)
    assert re.search(r"body \{[^}]*font: 14px/1\.5 var\(--fonts", style.group(1))
    named = re.findall(r'"([^"]+)"', fonts.group(1))
    for system, font in SYSTEM_FONTS:
        assert font in named, f"no Chinese font for {system}"
    assert named[named.index("PingFang SC") :] == list(CJK_FONTS)  # Latin first: Segoe UI
    assert fonts.group(1).endswith(", sans-serif")


def test_every_chart_label_names_the_same_chinese_fonts(page: str) -> None:
    stack = ", ".join(f"'{font}'" for font in CJK_FONTS)
    families = re.findall(r"<text [^>]*font-family: ([^;\"]*)", page)
    assert len(families) > 20
    assert all(stack in family and family.endswith("sans-serif") for family in families)
    label = re.search(r"<text [^>]*>paragraphs: e-paper continuation mark \(上接一版\)", page)
    assert label is not None and stack in label.group()  # a Chinese label, left as text


def test_matplotlib_says_nothing_of_the_fonts_this_machine_lacks(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level("INFO", logger="matplotlib.font_manager"):
        charts.bar_chart("编辑", {"上接一版": 2, "abc": 1}, "次")
    assert not [r for r in caplog.records if r.levelname == "WARNING"]
