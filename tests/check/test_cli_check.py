"""`textclean check` and `textclean fix` as a user meets them: exit codes, findings at
their line and column, the output formats, choosing codes, and files rewritten in place."""

from __future__ import annotations

import codecs
import json
import os
import re
import shutil

import opencc
import pytest

from tests.check.conftest import Run, findings, places
from tests.conftest import SEEDS, seed_text
from textclean import clean

EDITOR = "(责任编辑:李欣欣)"
STORY = "商水县积极开展关爱行动，记者走访了当地的困难群众。\n县委书记说，要把温暖送到每一户人家。\n"
TRADITIONAL = (
    "商水縣積極開展關愛行動，記者走訪了當地的困難群眾。\n縣委書記說，要把溫暖送到每一戶人家。\n"
)
"""STORY in Traditional characters that Big5 has."""
SPAM = (
    "日韩无码视频免费看_亚洲综合色一区二区三区_国产成人久久AV免费看国语版_A人片中文字幕一区二区\n"
    "百家乐_澳门赌场_新葡京娱乐城_真人百家乐_体育投注_首存送彩金_返水最高\n"
    "六合彩开奖结果_六合彩开奖记录_特码_平码_六合宝典_一肖一码_平特一肖\n"
    "今天天气很好。\n"
)


def cleaned(text: str) -> str:
    """What ``fix`` writes for ``text``: the cleaned text, with the final line break kept."""
    return clean(text).text + ("\n" if text.endswith("\n") else "")


pytestmark = pytest.mark.usefixtures("in_tmp_path")


# --- check: exit codes and places ---------------------------------------------------------


def test_a_clean_utf8_file_exits_0_with_no_output(tmp_path, textclean):
    (tmp_path / "a.txt").write_text(STORY, "utf-8")
    result = textclean("check", "a.txt")
    assert result.code == 0
    assert result.out == ""
    assert result.err == "textclean: no problems in 1 file\n"


@pytest.mark.parametrize(
    ("text", "line", "column", "code", "message"),
    [
        (f"{STORY}{EDITOR}\n", 3, 1, "TC303", f'editor line: "{EDITOR}"'),
        ("正文第一句。\u00a0\n第二句。\n", 1, 7, "TC501", "U+00A0 NO-BREAK SPACE"),
        ("正文第一句。\n第二\u200b句话。\n", 2, 3, "TC502", "U+200B ZERO WIDTH SPACE"),
        ("今年是２０２２年。\n", 1, 4, "TC503", '"２０２２" → "2022"'),
        ("正文第一句。<br>第二句。\n", 1, 7, "TC305", "<br>"),
        (f"{STORY}版权所有 © 2020 某某网\n", 3, 1, "TC301", "版权所有"),
        ("𠮷野家的正文。\u00a0\n", 1, 8, "TC501", "NO-BREAK SPACE"),  # columns count characters
    ],
)
def test_a_problem_is_one_line_at_its_line_and_column(
    tmp_path, textclean, text, line, column, code, message
):
    (tmp_path / "a.txt").write_text(text, "utf-8")
    result = textclean("check", "a.txt", "-q")
    assert result.code == 1
    ((path, found_line, found_column, found_code, found_message),) = findings(result.out)
    assert (path, found_line, found_column, found_code) == ("a.txt", line, column, code)
    assert message in found_message
    assert result.err == ""  # -q


def test_windows_line_endings_are_found_at_each_line_end(tmp_path, textclean):
    (tmp_path / "a.txt").write_bytes("正文第一句。\r\n第二句。\r\n".encode())
    result = textclean("check", "a.txt")
    assert result.code == 1
    assert places(result.out) == [("a.txt", 1, 7, "TC502"), ("a.txt", 2, 5, "TC502")]
    assert result.err.endswith("textclean: 2 problems (TC502 ×2) in 1 of 1 file\n")


def test_pinyin_residue_of_a_converter_site_is_found_at_each_annotation(tmp_path, textclean):
    # The head of seed 000: 關(guān)愛, 馬治衛(wèi), 城鄉(xiāng)... the step only removes
    # annotations when a document is full of them, as this one is.
    head = "".join(seed_text("000").splitlines(keepends=True)[:8])
    assert "“關(guān)愛" in head.splitlines()[3]
    (tmp_path / "a.txt").write_text(head, "utf-8")
    result = textclean("check", "a.txt", "--select", "TC103")
    assert result.code == 1
    found = findings(result.out)
    assert [finding[:4] for finding in found] == [
        ("a.txt", 4, 10, "TC103"),  # the "(" after 商水:積極開展“關
        ("a.txt", 6, 8, "TC103"),  # □記者 馬治衛(wèi)
        ("a.txt", 8, 12, "TC103"),  # 城鄉(xiāng), and 環(huán) later on the line
    ]
    assert found[0][4] == 'pinyin annotation: "(guān)"'
    assert found[1][4] == 'pinyin annotation: "(wèi)"'
    assert found[2][4] == 'pinyin annotation: "(xiāng)" (1 more on this line)'
    assert textclean("fix", "a.txt", "-q").code == 1
    fixed = (tmp_path / "a.txt").read_text("utf-8")
    assert fixed == cleaned(head)
    assert "关爱你我他(她)" in fixed  # the annotation went, the (她) of the text stayed
    assert not re.search(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", fixed)


def test_a_lone_pinyin_annotation_in_ordinary_text_is_not_a_finding(tmp_path, textclean):
    (tmp_path / "a.txt").write_text("商水县积极开展关(guān)爱行动，记者走访了群众。\n", "utf-8")
    result = textclean("check", "a.txt")
    assert (result.code, result.out) == (0, "")


@pytest.mark.parametrize("text", ["正文第一句。\n", "正文第一句。"])
def test_one_final_line_break_or_none_is_not_a_finding(tmp_path, textclean, text):
    (tmp_path / "a.txt").write_text(text, "utf-8")
    assert textclean("check", "a.txt") == Run(0, "", "textclean: no problems in 1 file\n")
    assert textclean("fix", "a.txt").code == 0
    assert (tmp_path / "a.txt").read_bytes() == text.encode()


def test_trailing_blank_lines_are_a_finding_and_fix_keeps_one_line_break(tmp_path, textclean):
    (tmp_path / "a.txt").write_text("正文第一句。\n\n\n", "utf-8")
    result = textclean("check", "a.txt", "-q")
    assert result.code == 1
    found = findings(result.out)
    assert {code for *_, code, _ in found} == {"TC501"}
    assert [finding[1:4] for finding in found] == [(2, 1, "TC501")]  # where the blank lines are
    assert textclean("fix", "a.txt", "-q").code == 1
    assert (tmp_path / "a.txt").read_bytes() == "正文第一句。\n".encode()
    assert textclean("fix", "a.txt", "-q") == Run(0, "", "")


@pytest.mark.parametrize(
    "blank_lines",
    [
        1,
        2,
        3,
    ],
)
def test_trailing_blank_lines_are_reported_where_they_begin(tmp_path, textclean, blank_lines):
    # One blank line at the end is reported at 2:1, where it is; more should be too.
    (tmp_path / "a.txt").write_text("正文第一句。\n" + "\n" * blank_lines, "utf-8")
    result = textclean("check", "a.txt", "-q")
    assert [finding[1:4] for finding in findings(result.out)] == [(2, 1, "TC501")]


# --- output formats -----------------------------------------------------------------------


def test_json_format_is_a_list_of_findings(tmp_path, textclean):
    (tmp_path / "a.txt").write_text(f"{STORY}{EDITOR}\n", "utf-8")
    (tmp_path / "b.txt").write_text("正文第一句。\u00a0\n", "utf-8")
    result = textclean("check", "a.txt", "b.txt", "--format", "json")
    assert result.code == 1
    parsed = json.loads(result.out)
    assert isinstance(parsed, list)
    assert all(list(item) == ["path", "line", "column", "code", "message"] for item in parsed)
    assert [(i["path"], i["line"], i["column"], i["code"]) for i in parsed] == [
        ("a.txt", 3, 1, "TC303"),
        ("b.txt", 1, 7, "TC501"),
    ]
    assert parsed[0]["message"] == f'editor line: "{EDITOR}" [editor/editor-line]'


def test_json_format_of_a_clean_file_is_an_empty_list(tmp_path, textclean):
    (tmp_path / "a.txt").write_text(STORY, "utf-8")
    result = textclean("check", "a.txt", "--format", "json", "-q")
    assert result.code == 0
    assert json.loads(result.out) == []


def test_github_format_escapes_commas_colons_and_percents(tmp_path, textclean):
    (tmp_path / "x,y:z.txt").write_text(f"{STORY}{EDITOR}\n", "utf-8")
    (tmp_path / "spam.txt").write_text(SPAM, "utf-8")
    result = textclean("check", "x,y:z.txt", "spam.txt", "--format", "github", "-q")
    assert result.code == 1
    lines = result.out.splitlines()
    assert all(line.startswith("::error file=") for line in lines)
    assert lines[0] == (
        "::error file=x%2Cy%3Az.txt,line=3,col=1,title=textclean TC303::"
        f'TC303 editor line: "{EDITOR}" [editor/editor-line]'
    )
    (mostly,) = [line for line in lines if "TC311" in line]
    assert mostly.startswith("::error file=spam.txt,line=1,col=1,title=textclean TC311::TC311 ")
    assert mostly.endswith(
        "TC311 mostly spam: 94%25 of its characters were in spam lines (drop_spam_share 0.5); "
        "fix leaves it as it is"
    )


# --- choosing codes -----------------------------------------------------------------------

MIXED = f"正文第一句。  \n今年是２０２２年。\n{EDITOR}\n"
"""TC501 on line 1, TC503 on line 2, TC303 on line 3."""


@pytest.mark.parametrize(
    ("args", "codes"),
    [
        ([], ["TC501", "TC503", "TC303"]),
        (["--select", "TC3"], ["TC303"]),
        (["--select", "TC303,TC501"], ["TC501", "TC303"]),
        (["--select", "TC3", "--select", "TC503"], ["TC503", "TC303"]),
        (["--ignore", "TC5"], ["TC303"]),
        (["--ignore", "tc3, tc501"], ["TC503"]),  # any case, spaces around commas
        (["--ignore", "TC5", "--select", "TC501"], ["TC501"]),  # the longer prefix wins
        (["--select", "TC5", "--ignore", "TC501"], ["TC503"]),
        (["--select", "TC50", "--ignore", "TC5"], ["TC501", "TC503"]),
        (["--select", "TC4"], []),
    ],
)
def test_select_and_ignore(tmp_path, textclean, args, codes):
    (tmp_path / "a.txt").write_text(MIXED, "utf-8")
    result = textclean("check", "a.txt", "-q", *args)
    assert [finding[3] for finding in findings(result.out)] == codes
    assert result.code == (1 if codes else 0)


@pytest.mark.parametrize(
    ("args", "unknown"),
    [
        (["--select", "TC999"], "TC999"),
        (["--ignore", "TC6"], "TC6"),
        (["--select", "TC3,XX1"], "XX1"),
    ],
)
def test_an_unknown_code_is_a_usage_error(tmp_path, textclean, args, unknown):
    (tmp_path / "a.txt").write_text(MIXED, "utf-8")
    result = textclean("check", "a.txt", *args)
    assert result.code == 2
    assert result.out == ""
    assert result.err.startswith(f"textclean: error: unknown code '{unknown}': codes are TC100")
    assert result.err.count("\n") == 1
    assert (tmp_path / "a.txt").read_text("utf-8") == MIXED


def test_options_from_pyproject(tmp_path, textclean):
    (tmp_path / "a.txt").write_text(MIXED, "utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.textclean.check]\nselect = ["TC5"]\nignore = ["TC503"]\nformat = "json"\n', "utf-8"
    )
    result = textclean("check", "a.txt")
    assert result.code == 1
    assert [(i["line"], i["code"]) for i in json.loads(result.out)] == [(1, "TC501")]


def test_the_command_line_overrides_pyproject(tmp_path, textclean):
    (tmp_path / "a.txt").write_text(MIXED, "utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.textclean.check]\nselect = ["TC5"]\nformat = "json"\n', "utf-8"
    )
    result = textclean("check", "a.txt", "--select", "TC3", "--format", "text", "-q")
    assert places(result.out) == [("a.txt", 3, 1, "TC303")]
    (tmp_path / "pyproject.toml").write_text('[tool.textclean.check]\nignore = ["TC5"]\n', "utf-8")
    assert [f[3] for f in findings(textclean("check", "a.txt", "-q").out)] == ["TC303"]
    # the file's ignore stays; the command line's select replaces the default, longer wins
    result = textclean("check", "a.txt", "-q", "--select", "TC501")
    assert places(result.out) == [("a.txt", 1, 7, "TC501")]


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('selekt = ["TC5"]', "unknown check option 'selekt' in "),
        ('selekt = ["TC5"]', "(did you mean 'select'?)"),
        ('ignore = ["TC7"]', "unknown code 'TC7'"),
        ('select = "TC3"', "check option 'select' must be a list of codes, got 'TC3'"),
        ('format = "sarif"', "check option 'format' must be one of text, json, github"),
    ],
)
def test_a_wrong_check_table_is_a_usage_error(tmp_path, textclean, table, message):
    (tmp_path / "a.txt").write_text(MIXED, "utf-8")
    (tmp_path / "pyproject.toml").write_text(f"[tool.textclean.check]\n{table}\n", "utf-8")
    for command in ("check", "fix"):
        result = textclean(command, "a.txt")
        assert result.code == 2
        assert result.out == ""
        assert result.err.startswith("textclean: error: ") and message in result.err
        assert result.err.count("\n") == 1
    assert (tmp_path / "a.txt").read_text("utf-8") == MIXED  # fix did nothing


@pytest.mark.parametrize(
    "table",
    [
        'selekt = ["TC5"]',
        'ignore = ["TC7"]',
        'select = "TC3"',
        'format = "sarif"',
    ],
)
def test_an_error_in_the_check_table_names_the_file(tmp_path, textclean, table):
    (tmp_path / "a.txt").write_text(MIXED, "utf-8")
    (tmp_path / "pyproject.toml").write_text(f"[tool.textclean.check]\n{table}\n", "utf-8")
    result = textclean("check", "a.txt")
    assert result.code == 2
    assert str(tmp_path / "pyproject.toml") in result.err


# --- fix ------------------------------------------------------------------------------------


def test_fix_rewrites_the_file_then_has_nothing_left_to_do(tmp_path, textclean):
    text = f"正文第一句,这是一篇新闻报道。  \n{STORY}{EDITOR}\n"
    (tmp_path / "a.txt").write_text(text, "utf-8")
    result = textclean("fix", "a.txt")
    assert result.code == 1
    assert result.out == ""  # everything was fixed
    assert "textclean: fixed a.txt (2 problems)\n" in result.err
    fixed = (tmp_path / "a.txt").read_bytes()
    assert fixed == cleaned(text).encode("utf-8")
    assert fixed == f"正文第一句,这是一篇新闻报道。\n{STORY}".encode()
    assert textclean("fix", "a.txt") == Run(0, "", "textclean: no problems in 1 file\n")
    assert (tmp_path / "a.txt").read_bytes() == fixed
    assert textclean("check", "a.txt").code == 0


def test_fix_is_idempotent_on_the_seeds(tmp_path, textclean):
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    originals = {path.name: path.read_text("utf-8") for path in folder.glob("*.txt")}
    first = textclean("fix", "seeds", "-q")
    assert first.code == 1 and first.out == ""
    after = {path.name: path.read_bytes() for path in folder.glob("*.txt")}
    assert after == {name: cleaned(text).encode() for name, text in originals.items()}
    assert textclean("fix", "seeds") == Run(0, "", "textclean: no problems in 5 files\n")
    assert {path.name: path.read_bytes() for path in folder.glob("*.txt")} == after


@pytest.mark.parametrize(
    ("encoding", "bom", "name"),
    [
        ("gb18030", b"", "gb18030"),
        ("utf-8", codecs.BOM_UTF8, "UTF-8 with a byte-order mark"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be"),
        ("utf-16-le", b"", "utf-16-le"),
    ],
)
def test_fix_keeps_the_encoding_unless_to_utf8(tmp_path, textclean, encoding, bom, name):
    text = f"{STORY}{EDITOR}\n"
    path = tmp_path / "a.txt"
    path.write_bytes(bom + text.encode(encoding))
    result = textclean("fix", "a.txt", "-q")
    assert result.code == 1  # the encoding is still a finding
    ((*place, message),) = findings(result.out)
    assert place == ["a.txt", 1, 1, "TC104"] and name in message
    data = path.read_bytes()
    assert data.startswith(bom) if bom else not data.startswith(codecs.BOM_UTF8)
    assert data[len(bom) :].decode(encoding) == STORY  # cleaned, in its own encoding
    if encoding == "gb18030":
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
    assert textclean("fix", "a.txt", "-q").code == 1  # nothing to rewrite; TC104 remains
    assert path.read_bytes() == data
    converted = textclean("fix", "a.txt", "--to-utf8")
    assert converted.code == 1 and converted.out == ""
    assert "textclean: fixed a.txt (1 problem)" in converted.err
    assert path.read_bytes() == STORY.encode("utf-8")  # no byte-order mark
    assert textclean("fix", "a.txt", "--to-utf8") == Run(
        0, "", "textclean: no problems in 1 file\n"
    )


def test_big5_cleaned_to_simplified_is_not_written_in_big5(tmp_path, textclean):
    data = TRADITIONAL.encode("big5")
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    result = textclean("fix", "a.txt")
    assert result.code == 1
    found = findings(result.out)
    assert ("a.txt", 1, 1, "TC104", "encoded as big5hkscs, not UTF-8") in found
    assert (
        "a.txt", 1, 1, "TC104",
        "not fixed: the cleaned text has '县', which big5hkscs cannot encode (fix with --to-utf8)",
    ) in found  # fmt: skip
    assert {finding[3] for finding in found} == {"TC104", "TC201"}  # nothing fixed
    assert "fixed" not in result.err.replace("not fixed", "")
    assert path.read_bytes() == data
    assert sorted(os.listdir(tmp_path)) == ["a.txt"]
    converted = textclean("fix", "a.txt", "--to-utf8", "-q")
    assert converted == Run(1, "", "")
    assert path.read_bytes() == cleaned(TRADITIONAL).encode("utf-8") == STORY.encode("utf-8")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("a.txt", f"{STORY}{EDITOR}\n"),
        ("a.jsonl", json.dumps({"id": "1", "text": f"{STORY}{EDITOR}"}, ensure_ascii=False) + "\n"),
    ],
)
def test_fix_keeps_permissions_and_leaves_no_temporary_files(tmp_path, textclean, name, content):
    path = tmp_path / name
    path.write_text(content, "utf-8")
    path.chmod(0o640)
    assert textclean("fix", name, "-q").code == 1
    assert path.read_text("utf-8") != content
    assert path.stat().st_mode & 0o7777 == 0o640
    assert sorted(os.listdir(tmp_path)) == [name]


@pytest.mark.parametrize(
    ("data", "line", "column"),
    [
        # a byte-order mark says UTF-8: the stray byte is read as U+FFFD after 第二句
        (
            codecs.BOM_UTF8 + f"{STORY}第二句".encode() + b"\xff" + f"话。\n{EDITOR}\n".encode(),
            3,
            4,
        ),
        # a UTF-8 file cut off inside its last character
        (f"正文第一句。\n{EDITOR}\n结尾。".encode()[:-1], 3, 3),
    ],
    ids=["bom-and-stray-byte", "cut-last-character"],
)
def test_fix_never_rewrites_a_file_with_undecodable_bytes(tmp_path, textclean, data, line, column):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    result = textclean("fix", "a.txt")
    assert result.code == 1
    found = findings(result.out)
    ((where, message),) = [(f[1:3], f[4]) for f in found if f[3] == "TC101"]
    assert where == (line, column)
    assert message == (
        "1 undecodable byte sequence as utf-8 (read as U+FFFD; fix leaves this file alone)"
    )
    assert "TC303" in {finding[3] for finding in found}  # fixable, yet not fixed
    assert path.read_bytes() == data
    assert sorted(os.listdir(tmp_path)) == ["a.txt"]


STRAY = f"{STORY}第二句".encode() + b"\xff" + f"话。\n{EDITOR}\n".encode()
"""UTF-8 without a byte-order mark, one invalid byte in the middle of line 3."""


def test_fix_never_rewrites_utf8_with_a_stray_byte(tmp_path, textclean):
    (tmp_path / "a.txt").write_bytes(STRAY)
    result = textclean("fix", "a.txt", "-q")
    assert result.code == 1
    assert (tmp_path / "a.txt").read_bytes() == STRAY


def test_a_stray_byte_in_utf8_is_undecodable_bytes_at_its_place(tmp_path, textclean):
    (tmp_path / "a.txt").write_bytes(STRAY)
    result = textclean("check", "a.txt", "-q", "--select", "TC1")
    assert places(result.out) == [("a.txt", 3, 4, "TC101")]


LOST = f"{STORY}\u3000\u3000新华社报道，我国成功发射\ufffd\ufffd颗卫星。\n内存里是烫烫烫烫。\n"
"""Valid UTF-8 that holds U+FFFD (line 3, after an indent fix removes) and a remnant."""


def test_lost_characters_fail_check_and_fix_at_their_place(tmp_path, textclean):
    (tmp_path / "a.txt").write_text(LOST, "utf-8")
    checked = findings(textclean("check", "a.txt", "-q").out)
    assert [f[:4] for f in checked if f[3] in ("TC105", "TC106")] == [
        ("a.txt", 3, 15, "TC105"),  # in the file as it is
        ("a.txt", 4, 5, "TC106"),
    ]
    lost, remnant = (f[4] for f in checked if f[3] in ("TC105", "TC106"))
    assert lost.startswith(
        'U+FFFD left after repair: "道，我国成功发射\ufffd\ufffd颗卫星。" (2 on this'
    )
    assert lost.endswith("re-fetch the source, or decode it with its right encoding")
    assert remnant.startswith('"烫烫烫烫" (uninitialised memory, bytes 0xCC, read as GBK)')
    fixed = textclean("fix", "a.txt", "-q")
    assert fixed.code == 1 and "\u3000" not in (tmp_path / "a.txt").read_text("utf-8")
    assert places(fixed.out) == [("a.txt", 3, 13, "TC105"), ("a.txt", 4, 5, "TC106")]
    assert places(textclean("check", "a.txt", "-q").out) == places(fixed.out)


def test_lost_characters_in_a_record_are_at_its_line(tmp_path, textclean):
    record = {"id": "r1", "text": "正文锟斤拷第一句。\n第二句\ufffd。"}
    (tmp_path / "r.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
    assert places(textclean("check", "r.jsonl", "-q").out) == [
        ("r.jsonl", 1, 3, "TC106"),
        ("r.jsonl", 1, 14, "TC105"),
    ]


def test_ignoring_tc201_keeps_traditional_text_traditional(tmp_path, textclean):
    lines = TRADITIONAL.splitlines()
    text = f"{lines[0]}  \n{lines[1]}\n(責任編輯:李欣欣)\n"
    (tmp_path / "a.txt").write_text(text, "utf-8")
    checked = textclean("check", "a.txt", "-q")
    assert "TC201" in {finding[3] for finding in findings(checked.out)}
    result = textclean("fix", "a.txt", "--ignore", "TC201")
    assert result.code == 1 and result.out == ""
    assert "textclean: fixed a.txt (2 problems)" in result.err  # trailing spaces, editor line
    assert (tmp_path / "a.txt").read_text("utf-8") == TRADITIONAL
    assert textclean("fix", "a.txt", "--ignore", "TC201", "-q") == Run(0, "", "")
    assert textclean("fix", "a.txt", "-q").code == 1  # without --ignore: made Simplified
    assert (tmp_path / "a.txt").read_text("utf-8") == STORY


# --- JSONL ----------------------------------------------------------------------------------

RECORDS = [
    json.dumps(
        {"id": "r1", "text": "这是干净的第一条新闻。", "url": "http://a"}, ensure_ascii=False
    ),
    json.dumps(
        {"url": "http://b", "text": f"正文第一句。\n{EDITOR}", "id": "r2", "n": 2},
        ensure_ascii=False,
    ),
    "not json {",
    json.dumps({"id": "r4", "text": "也很干净的一条。"}, separators=(",", ":")),  # \u escapes
    json.dumps({"id": "r5", "body": "正文。"}),
]


def test_jsonl_findings_are_at_the_record_line(tmp_path, textclean):
    (tmp_path / "r.jsonl").write_text("\n".join(RECORDS) + "\n", "utf-8")
    result = textclean("check", "r.jsonl", "-q")
    assert result.code == 1
    found = findings(result.out)
    # column: the character of the text field (from 1), after "正文第一句。\n"
    assert found[0] == ("r.jsonl", 2, 8, "TC303", f'editor line: "{EDITOR}" [editor/editor-line]')
    assert found[1][:4] == ("r.jsonl", 3, 1, "TC100") and found[1][4].startswith("not JSON")
    assert found[2] == (
        "r.jsonl",
        5,
        1,
        "TC100",
        "no field 'text' (fields: body, id; use --text-field)",
    )
    assert len(found) == 3


def test_fix_replaces_only_the_text_field_of_changed_records(tmp_path, textclean):
    path = tmp_path / "r.jsonl"
    original = ("\n".join(RECORDS) + "\n").encode("utf-8")
    path.write_bytes(original)
    result = textclean("fix", "r.jsonl")
    assert result.code == 1  # the unreadable lines remain
    assert {finding[3] for finding in findings(result.out)} == {"TC100"}
    assert "textclean: fixed r.jsonl (1 problem)" in result.err
    before, after = original.split(b"\n"), path.read_bytes().split(b"\n")
    assert len(after) == len(before)
    changed = json.loads(after[1])
    assert list(changed) == ["url", "text", "id", "n"]
    assert changed == {"url": "http://b", "text": "正文第一句。", "id": "r2", "n": 2}
    assert [after[i] for i in (0, 2, 3, 4, 5)] == [before[i] for i in (0, 2, 3, 4, 5)]
    assert after[2] == b"not json {"
    again = textclean("fix", "r.jsonl", "-q")
    assert again.code == 1 and {f[3] for f in findings(again.out)} == {"TC100"}
    assert path.read_bytes() == b"\n".join(after)


def test_jsonl_text_field(tmp_path, textclean):
    record = {"id": "b", "body": f"正文第一句。\n{EDITOR}", "text": f"{EDITOR}"}
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    result = textclean("check", "r.jsonl", "--text-field", "body", "-q")
    assert places(result.out) == [("r.jsonl", 1, 8, "TC303")]
    assert textclean("fix", "r.jsonl", "--text-field", "body", "-q").code == 1
    assert json.loads(path.read_text("utf-8")) == {**record, "body": "正文第一句。"}


# --- unreadable inputs --------------------------------------------------------------------


def test_unreadable_files_and_missing_paths_are_tc100(tmp_path, textclean):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    (tmp_path / "image.txt").write_bytes(png)
    (tmp_path / "empty.txt").write_bytes(b"")
    result = textclean("check", "image.txt", "empty.txt", "missing.txt", "-q")
    assert result.code == 1
    assert sorted(findings(result.out)) == [
        ("empty.txt", 1, 1, "TC100", "empty file"),
        ("image.txt", 1, 1, "TC100", "binary file (PNG image), not text"),
        ("missing.txt", 1, 1, "TC100", "no such file or directory"),
    ]
    assert textclean("fix", "image.txt", "empty.txt", "-q").code == 1
    assert (tmp_path / "image.txt").read_bytes() == png
    assert (tmp_path / "empty.txt").read_bytes() == b""
    assert sorted(os.listdir(tmp_path)) == ["empty.txt", "image.txt"]


def test_a_missing_path_alone_exits_1(textclean):
    result = textclean("check", "missing.txt")
    assert result.code == 1
    assert result.out == "missing.txt:1:1: TC100 no such file or directory\n"


def test_the_summary_counts_no_more_problem_files_than_files(tmp_path, textclean):
    (tmp_path / "a.txt").write_text(f"{STORY}{EDITOR}\n", "utf-8")
    result = textclean("check", "a.txt", "missing.txt")
    counts = re.search(r" in (\d+) of (\d+) files?$", result.err.strip())
    assert counts is not None
    assert int(counts[1]) <= int(counts[2])


# --- duplicates and spam ------------------------------------------------------------------


@pytest.fixture
def story():
    """The first six paragraphs of seed 001 (about 900 characters)."""
    return "\n".join(seed_text("001").splitlines()[:6]) + "\n"


def test_near_identical_stories_are_one_tc401(tmp_path, textclean, story):
    (tmp_path / "a.txt").write_text(story, "utf-8")
    (tmp_path / "b.txt").write_text(f"{story}{EDITOR}\n", "utf-8")
    result = textclean("check", "a.txt", "b.txt", "-q")
    assert result.code == 1
    duplicates = [f for f in findings(result.out) if f[3].startswith("TC4")]
    ((path, line, column, code, message),) = duplicates
    assert (line, column, code) == (1, 1, "TC401")
    other = re.fullmatch(r"near-duplicate of (\S+) \(similarity (1\.00|0\.9\d)\)", message)
    assert other is not None
    assert {path, other[1]} == {"a.txt", "b.txt"}


def test_the_same_story_in_traditional_is_a_duplicate(tmp_path, textclean, story):
    (tmp_path / "a.txt").write_text(story, "utf-8")
    (tmp_path / "c.txt").write_text(opencc.OpenCC("s2t").convert(story), "utf-8")
    result = textclean("check", "a.txt", "c.txt", "-q", "--select", "TC4")
    assert places(result.out) == [("c.txt", 1, 1, "TC401")]
    assert "near-duplicate of a.txt" in result.out


def test_fix_never_deletes_a_duplicate(tmp_path, textclean, story):
    (tmp_path / "a.txt").write_text(story, "utf-8")
    (tmp_path / "b.txt").write_text(story, "utf-8")
    result = textclean("fix", "a.txt", "b.txt", "-q")
    assert result.code == 1
    assert places(result.out) == [("b.txt", 1, 1, "TC401")]
    assert (tmp_path / "a.txt").read_text("utf-8") == (tmp_path / "b.txt").read_text("utf-8")
    assert (tmp_path / "b.txt").read_text("utf-8") == story


def test_a_file_named_twice_is_not_its_own_duplicate(tmp_path, textclean, story):
    (tmp_path / "a.txt").write_text(story, "utf-8")
    result = textclean("check", "a.txt", str(tmp_path / "a.txt"), "-q")
    assert result == Run(0, "", "")


def test_a_document_mostly_spam_is_tc311(tmp_path, textclean):
    (tmp_path / "spam.txt").write_text(SPAM, "utf-8")
    result = textclean("check", "spam.txt", "-q")
    assert result.code == 1
    found = findings(result.out)
    assert [f[1:4] for f in found] == [
        (1, 1, "TC310"),
        (1, 1, "TC311"),
        (2, 1, "TC310"),
        (3, 1, "TC310"),
    ]
    assert found[1][4] == (
        "mostly spam: 94% of its characters were in spam lines (drop_spam_share 0.5); "
        "fix leaves it as it is"
    )
    assert found[0][4].startswith("SEO spam header")
    fixed = textclean("fix", "spam.txt", "-q")
    assert ("spam.txt", 1, 1, "TC311") in places(fixed.out)  # not fixable: still reported
    assert fixed.code == 1
    assert (tmp_path / "spam.txt").read_text("utf-8") == SPAM  # not stripped into a pass


def test_news_with_a_spam_header_is_not_mostly_spam(tmp_path, textclean):
    (tmp_path / "a.txt").write_text(seed_text("004"), "utf-8")
    result = textclean("check", "a.txt", "-q", "--select", "TC3")
    spam = [finding[:4] for finding in findings(result.out) if finding[3].startswith("TC31")]
    assert spam == [("a.txt", 1, 1, "TC310")]


@pytest.mark.parametrize("select", ["TC31", "TC310,TC311"])
def test_selecting_the_spam_codes_finds_spam(tmp_path, textclean, select):
    (tmp_path / "spam.txt").write_text(SPAM, "utf-8")
    result = textclean("check", "spam.txt", "-q", "--select", select)
    assert [f[1:4] for f in findings(result.out)] == [
        (1, 1, "TC310"), (1, 1, "TC311"), (2, 1, "TC310"), (3, 1, "TC310"),
    ]  # fmt: skip


# --- textclean bugs (see the report) ------------------------------------------------------


@pytest.mark.parametrize("args", [["--ignore", "TC5"], ["--select", "TC3"]])
def test_fix_without_the_whitespace_codes_leaves_a_clean_file_alone(tmp_path, textclean, args):
    (tmp_path / "a.txt").write_text(STORY, "utf-8")
    assert textclean("check", "a.txt", "-q", *args) == Run(0, "", "")
    assert textclean("fix", "a.txt", "-q", *args) == Run(0, "", "")
    assert (tmp_path / "a.txt").read_text("utf-8") == STORY


@pytest.mark.parametrize(
    ("text", "code", "message"),
    [
        ("   \n", "TC100", "empty file (only whitespace)"),  # as an empty file: not read
        (f"{EDITOR}\n", "TC312", "nothing is left after cleaning; fix leaves it"),
    ],
)
def test_a_file_that_cleaning_empties_is_left_as_it_is(tmp_path, textclean, text, code, message):
    (tmp_path / "a.txt").write_text(text, "utf-8")
    fixed = textclean("fix", "a.txt", "-q")
    assert fixed.code == 1 and ("a.txt", 1, 1, code, message) in findings(fixed.out)
    assert (tmp_path / "a.txt").read_text("utf-8") == text  # people decide: delete it, or not


def test_fix_writes_through_a_symbolic_link(tmp_path, textclean):
    (tmp_path / "real.txt").write_text(f"{STORY}{EDITOR}\n", "utf-8")
    (tmp_path / "link.txt").symlink_to("real.txt")
    assert textclean("fix", "link.txt", "-q").code == 1
    assert (tmp_path / "link.txt").is_symlink()
    assert (tmp_path / "real.txt").read_text("utf-8") == STORY
