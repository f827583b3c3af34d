"""The script step: detection, per-span conversion by OpenCC, and the edit log."""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import seed_text
from textclean import CleanConfig, ConfigError, clean, repair_encoding, replay, script
from textclean.config import SCRIPT_TARGETS
from textclean.script import (
    SCRIPT_STEP,
    TARGETS,
    convert_script,
    detect_script,
    evidence,
    foreign_pieces,
    run_script,
    to_simplified,
    unify_script,
)
from textclean.steps import merge_meta

CONVERTING = ("simplified", "traditional", "taiwan", "hongkong")


@cache
def seed(prefix: str) -> str:
    """A seed as the script step sees it in the pipeline: mojibake and pinyin repaired."""
    return repair_encoding(seed_text(prefix)).text


def check(text: str, target: str) -> tuple[str, int]:
    """Run the step; check the edit log explains the output and a second run changes
    nothing; return the output and the number of edits."""
    output = run_script(text, CleanConfig(script_target=target))
    assert replay(text, output.edits) == output.text
    assert all(edit.step == "script" for edit in output.edits)
    again = run_script(output.text, CleanConfig(script_target=target))
    assert again.edits == [], again.edits[:3]
    assert again.text == output.text
    return output.text, len(output.edits)


# --- detection ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prefix", "script"),
    [
        ("000", "traditional"),
        ("001", "simplified"),
        ("002", "simplified"),
        ("003", "simplified"),
        # its first line is Simplified spam, the article Traditional
        ("004", "traditional"),
    ],
)
def test_the_seeds_are_detected(prefix: str, script: str) -> None:
    guess = detect_script(seed(prefix))
    assert guess.script == script
    assert guess.share > 0.95
    meta = run_script(seed(prefix), CleanConfig(script_target="keep")).meta
    assert meta["script"] == script
    assert meta["script_share"] == round(guess.share, 3)


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("", "none"),
        ("Hello, world 2022.", "none"),
        ("안녕하세요", "none"),
        ("中央人民", "neutral"),
        ("这是我们的家", "simplified"),
        ("這是我們的家", "traditional"),
        ("我們的家，我们的国", "mixed"),
        ("顔を伏せて場に置きます", "japanese"),
        ("북조선 사람들은 흔히 자국을 조선(朝鮮)이나 공화국(共和國)이라고 부른다.", "korean"),
        ("我の日記", "traditional"),  # one の is Chinese net slang for 的
        ("ひらがなだけ", "none"),
    ],
)
def test_verdicts(text: str, script: str) -> None:
    assert detect_script(text).script == script


def test_share_is_the_part_of_the_evidence_that_agrees() -> None:
    guess = detect_script("國國國国")
    assert (guess.script, guess.share, guess.traditional, guess.simplified) == (
        "mixed",
        0.75,
        3,
        1,
    )
    assert detect_script("中央人民").share == 0.0


def test_evidence_leaves_out_characters_both_scripts_write() -> None:
    traditional, simplified = evidence("traditional"), evidence("simplified")
    assert set("國們這關") <= traditional
    assert set("国们这") <= simplified
    # in GB2312 (乾, 著) or in Big5 (干, 范, 于, 后, 台, 里, 面, 扎): valid in both
    assert not set("乾著干范于后台里面扎") & (traditional | simplified)
    # kept by OpenCC's own phrases (毕昇, 广部)
    assert "昇" not in traditional and "广" not in simplified
    assert not traditional & simplified


# --- conversion -----------------------------------------------------------------------


def test_traditional_seed_to_simplified() -> None:
    text, edits = check(seed("000"), "simplified")
    assert detect_script(text).traditional == 0
    assert "商水县委、县政府" in text and "干部" in text and "范围" in text
    assert 0 < edits < 50  # per span, not per character


@pytest.mark.parametrize("prefix", ["001", "002", "003"])
def test_simplified_seeds_stay_as_they_are(prefix: str) -> None:
    output = run_script(seed(prefix), CleanConfig())
    assert output.text == seed(prefix)
    assert output.edits == []
    assert output.meta["script_converted"] == 0


def test_traditional_seed_to_traditional_is_untouched() -> None:
    # 干部 and 范围 are Traditional too: seed 000 is not mixed and not converted
    assert run_script(seed("000"), CleanConfig(script_target="traditional")).edits == []


def test_simplified_seed_to_traditional() -> None:
    text, _ = check(seed("001"), "traditional")
    assert detect_script(text).simplified == 0
    assert "幹部" in text


NEWS = "本报讯 记者说：“這是我們的家。”大家都很高兴。"


def test_a_traditional_quote_in_simplified_news_is_converted_alone() -> None:
    result = unify_script(NEWS)
    assert result.text == "本报讯 记者说：“这是我们的家。”大家都很高兴。"
    (edit,) = result.edits
    assert (edit.before, edit.after, edit.start) == ("“這是我們的家。”", "“这是我们的家。”", 8)
    assert edit.reason == "Traditional → Simplified (OpenCC t2s)"
    assert result.meta["script"] == "mixed"
    assert result.meta["script_converted"] == 2  # 這, 們


def test_to_traditional_the_quote_stays_and_the_rest_is_converted() -> None:
    result = unify_script(NEWS, "traditional")
    assert result.text == "本報訊 記者說：“這是我們的家。”大家都很高興。"
    assert [edit.before for edit in result.edits] == ["本报讯 记者说：", "大家都很高兴。"]
    assert replay(NEWS, result.edits) == result.text


def test_one_edit_per_span_and_spans_stop_at_line_breaks() -> None:
    text = "國家關於這個問題的說明。2022年，會議認為應該繼續。\n第二行：經濟發展。"
    result = unify_script(text)
    assert result.text == "国家关于这个问题的说明。2022年，会议认为应该继续。\n第二行：经济发展。"
    assert [edit.before for edit in result.edits] == [
        "國家關於這個問題的說明。2022年，會議認為應該繼續。",
        "第二行：經濟發展。",
    ]
    assert result.meta["script_converted"] == 19


def test_evidence_free_text_around_spans_is_not_converted() -> None:
    # 瞭望 is valid Simplified, which t2s would change in some phrases: never passed to it
    text = "瞭望台上。這個問題。瞭解一下。"
    assert unify_script(text).text == "瞭望台上。这个问题。瞭解一下。"


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("traditional", "電腦軟件和鼠標，溫度"),
        ("taiwan", "電腦軟體和滑鼠，溫度"),
        ("hongkong", "電腦軟件和鼠標，温度"),
    ],
)
def test_traditional_targets(target: str, expected: str) -> None:
    text, _ = check("电脑软件和鼠标，温度", target)
    assert text == expected


def test_phrases_that_change_the_length_keep_offsets_right() -> None:
    text = "做B超检查。國家。网络"
    result = unify_script(text, "taiwan")
    assert result.text == "做超音波檢查。國家。網路"
    assert [edit.start for edit in result.edits] == [0, 10]  # 网络 was at 9
    assert replay(text, result.edits) == result.text


def test_opencc_phrase_slips_are_converted_all_the_same() -> None:
    # t2s keeps 計 in 不可貲計; s2twp writes 類别範本 with a Simplified 别
    assert check("不可貲計。", "simplified")[0] == "不可赀计。"
    assert check("类模板", "taiwan")[0] == "類別範本"
    # ... but names that OpenCC deliberately keeps stay as it writes them
    assert check("畢昇", "simplified")[0] == "毕昇"


# --- Japanese and Korean ------------------------------------------------------------

# real lines: chardet's and cChardet's test files (a Japanese Wikipedia page and blog, a
# Korean article, the Chinese Wikipedia page on Japan); the step used to convert them
JAPANESE = "世界 > アジア > 東アジア > 日本\n公用語\t日本語\n今頃になって発覚するアスベスト禍。"
KOREAN = "북조선 사람들은 흔히 자국을 조선(朝鮮)이나 공화국(共和國)이라고 부른다."


@pytest.mark.parametrize("target", CONVERTING)
def test_a_japanese_document_keeps_its_characters(target: str) -> None:
    # 公用語 has no kana: the document is Japanese, not only its lines with kana
    output = run_script(JAPANESE, CleanConfig(script_target=target))
    assert (output.text, output.edits) == (JAPANESE, [])
    assert output.meta["script"] == "japanese"
    assert output.meta["script_converted"] == 0
    assert set(output.meta.get("script_left", {})) <= {"japanese"}


def test_the_left_characters_are_counted() -> None:
    # t2s would write 东, 语, 语, 顷, 祸
    assert unify_script(JAPANESE).meta["script_left"] == {"japanese": 5}
    assert "script_left" not in unify_script(JAPANESE, "keep").meta  # nothing to leave
    assert "script_left" not in unify_script(NEWS).meta


def test_japanese_and_korean_lines_in_chinese_news_are_left() -> None:
    lines = [
        "臺灣媒體報導，日本與韓國的報紙對這件事的說法並不相同。日本的電視節目這樣說：",
        "今頃になって発覚するアスベスト禍。「偽装」は見抜けまい。",  # 偽, 見: no kana near
        "韓國的報紙則寫道：",
        KOREAN,
        "記者認為，這兩種說法都有道理，值得讀者們關注。兩國的專家也將舉行會議，討論這個問題。",
    ]
    text = "\n".join(lines)
    result = unify_script(text)
    assert result.text.split("\n") == [
        "台湾媒体报导，日本与韩国的报纸对这件事的说法并不相同。日本的电视节目这样说：",
        lines[1],
        "韩国的报纸则写道：",
        KOREAN,
        "记者认为，这两种说法都有道理，值得读者们关注。两国的专家也将举行会议，讨论这个问题。",
    ]
    assert result.meta["script"] == "traditional"
    assert result.meta["script_left"] == {"japanese": 4, "korean": 2}
    assert replay(text, result.edits) == result.text


def test_a_japanese_title_is_left_and_the_chinese_around_it_converted() -> None:
    text = "動畫電影《鬼滅の刃》在臺灣上映，「君が代」也響起。"
    result = unify_script(text)
    assert result.text == "动画电影《鬼滅の刃》在台湾上映，「君が代」也响起。"
    assert [edit.before for edit in result.edits] == ["動畫電影", "在臺灣上映，", "也響起。"]
    assert result.meta["script_left"] == {"japanese": 1}  # 滅
    assert replay(text, result.edits) == result.text


def test_a_stray_kana_does_not_stop_the_conversion() -> None:
    # one の in a line, or in a long quote, is Chinese writing 的; ノ ends a kaomoji
    text = "這是我の日記，我們很喜歡。“這是我們の家，大家都很喜歡。”好開心(ノ°▽°)ノ"
    result = unify_script(text)
    assert result.text == "这是我の日记，我们很喜欢。“这是我们の家，大家都很喜欢。”好开心(ノ°▽°)ノ"
    assert "script_left" not in result.meta


def test_chinese_wikipedia_on_japan_keeps_its_japanese() -> None:
    # Simplified, to Traditional: the Japanese names in parentheses and the Japanese
    # reference line keep their characters (with the 日本语 in the same parentheses)
    text = (
        "日本国（日本语：日本国／にほんこく、にっぽんこく Nihonkoku）简称日本，是位于亚洲东部的"
        "一个岛国，领土由北海道、本州、四国、九州四个大岛和六千多个小岛组成。\n"
        "国歌：《君之代》（君が代）\n"
        "^ 日本の人口と人口问题 [2008-1-1]."
    )
    result = unify_script(text, "traditional")
    assert result.text.split("\n") == [
        "日本國（日本语：日本国／にほんこく、にっぽんこく Nihonkoku）簡稱日本，是位於亞洲東部的"
        "一個島國，領土由北海道、本州、四國、九州四個大島和六千多個小島組成。",
        "國歌：《君之代》（君が代）",
        "^ 日本の人口と人口问题 [2008-1-1].",
    ]
    assert result.meta["script_left"] == {"japanese": 4}  # 语, 国, 问题


def test_english_with_a_chinese_name_is_not_chinese() -> None:
    text = (
        "Taiwan's president met reporters in 臺北 on Monday and said the island would keep its"
        " defence spending high, according to a statement released by her office after the"
        " meeting. She also said that talks with the opposition would go on next week, and"
        " that the budget would be sent to the legislature before the end of the month."
    )
    output = run_script(text, CleanConfig())
    assert (output.text, output.edits) == (text, [])
    assert output.meta["script"] == "other"
    assert output.meta["script_left"] == {"other": 1}
    # a short English line with the same name is Chinese enough to convert
    assert unify_script("Taiwan's president met reporters in 臺北.").text.endswith("台北.")


def test_foreign_pieces_are_lines_or_quotes() -> None:
    text = "韓國電影《大韓民國의 首都는 서울》在臺灣很受歡迎\n今頃になって発覚する。\n我の日記"
    assert [(text[start:end], kind) for start, end, kind in foreign_pieces(text)] == [
        ("《大韓民國의 首都는 서울》", "korean"),
        ("今頃になって発覚する。", "japanese"),
    ]
    assert foreign_pieces("國家") == []


def test_the_view_for_comparing_texts_still_converts_kanji() -> None:
    assert to_simplified("東アジア") == "东アジア"
    assert convert_script("東アジア", "simplified")[0] == "東アジア"


def test_what_was_left_stays_as_first_found_when_the_step_runs_again() -> None:
    meta: dict[str, object] = {}
    first = run_script(JAPANESE, CleanConfig())
    merge_meta(meta, first.meta)
    merge_meta(meta, run_script(first.text, CleanConfig()).meta, again=True)
    assert meta["script_left"] == {"japanese": 5}  # not 10


def test_clean_leaves_a_japanese_document_to_the_other_steps() -> None:
    result = clean(JAPANESE)
    assert not [edit for edit in result.edits if edit.step == "script"]
    assert result.meta["script"] == "japanese"


@pytest.mark.parametrize("target", SCRIPT_TARGETS)
@pytest.mark.parametrize(
    "text", ["Hello, world! 2022-12-13 10:05", "안녕하세요, 세계", "ＡＢＣ１２３。", ""]
)
def test_non_chinese_text_is_never_touched(target: str, text: str) -> None:
    output = run_script(text, CleanConfig(script_target=target))
    assert output.text == text
    assert output.edits == []
    assert output.meta["script"] == "none"


def test_keep_records_the_script_but_does_not_convert() -> None:
    output = run_script(seed("000"), CleanConfig(script_target="keep"))
    assert output.text == seed("000")
    assert output.edits == []
    assert output.meta["script"] == "traditional"
    assert SCRIPT_STEP.enabled(CleanConfig(script_target="keep"))


def test_a_bad_target_names_the_choices() -> None:
    with pytest.raises(ConfigError, match="simplified, traditional, taiwan, hongkong, keep"):
        unify_script("新闻", "simplifed")
    with pytest.raises(ConfigError):
        convert_script("新闻", "zh-cn")


def test_targets_follow_the_config_choices() -> None:
    assert tuple(TARGETS) == SCRIPT_TARGETS


def test_meta_counts_add_up_when_the_step_runs_again() -> None:
    meta: dict[str, object] = {}
    first = run_script(NEWS, CleanConfig())
    merge_meta(meta, first.meta)
    merge_meta(meta, run_script(first.text, CleanConfig()).meta)
    assert meta["script_converted"] == first.meta["script_converted"]


def test_lone_surrogates_and_controls_do_not_break_it() -> None:
    text = "國\ud800家\x00們。"
    output = run_script(text, CleanConfig())
    assert output.text == "国\ud800家\x00们。"
    assert replay(text, output.edits) == output.text


def test_to_simplified() -> None:
    assert to_simplified("這是我們的家, home") == "这是我们的家, home"
    assert to_simplified(seed("001")) == seed("001")


# --- properties ---------------------------------------------------------------------

PIECES = [
    *"國們這關說問題經濟發展會議認為學習東西後來乾著麼裡臺灣",  # Traditional (and 乾, 著)
    *"国们这关说问题经济发展会议认为学习东西后来干着么里台湾",  # Simplified
    *"中央人民的是了在有一不大",  # both
    *"畢昇計别类模板软件鼠标温强冲B超",  # OpenCC's special cases
    *"ab 12.-",
    *"，。！？；!?;“”「」『』《》（）、：\n",
    *"のをアが한국",  # kana and hangul: lines and quotes left as they are
]


@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_the_step_is_idempotent_and_replayable(text: str) -> None:
    for target in CONVERTING:
        converted, _ = check(text, target)
        assert len(converted) >= 1 or not text


def test_the_characters_kept_by_opencc_are_still_converted_alone() -> None:
    """KEPT_BY_OPENCC is a list made from OpenCC's dictionaries: if a newer OpenCC no
    longer converts one of its characters alone, the list is stale (rebuild it)."""
    for kind, chars in script.KEPT_BY_OPENCC.items():
        config = "t2s" if kind == "traditional" else "s2t"
        for char in chars:
            assert script.converter(config).convert(char) != char, (kind, char)


def test_clean_records_the_script_of_the_input_even_when_it_reruns() -> None:
    # the rerun (a continuation mark hides CMS residue from the markup step) sees the
    # converted text; meta still names the script the document came in
    result = clean("/enpproperty-->(上接一版)\n關(guān)愛、協(xié)調、農(nóng)業發展。")
    assert result.text == "关爱、协调、农业发展。"
    assert result.meta["script"] == "traditional"
