"""The rule catalogue: shipped rules are valid, user rules are checked and tried first."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textclean import CleanConfig, ConfigError, strip_boilerplate
from textclean.boilerplate.rules import CUTS, WHERE, load_catalogue, names_of

ARTICLE = "连日来,商洛市政协机关把疫情防控作为首要任务,共克时艰。"


def test_every_shipped_rule_is_complete_and_unique():
    rules = load_catalogue().rules
    assert len({rule.name for rule in rules}) == len(rules)
    assert all(rule.where in WHERE and rule.cut in CUTS for rule in rules)
    categories = {rule.category for rule in rules}
    assert {
        "copyright",
        "registration",
        "share",
        "editor",
        "source",
        "disclaimer",
        "navigation",
        "related",
        "contact",
        "epaper",
        "cms",
        "byline",
    } <= categories


def write(tmp_path, text):
    path = tmp_path / "rules.toml"
    path.write_text(text, "utf-8")
    return str(path)


def test_a_user_rule_cuts_what_no_shipped_rule_knows(tmp_path):
    rules = write(
        tmp_path,
        '[[rule]]\nname = "our-footer"\ncategory = "contact"\nreason = "our footer"\n'
        "pattern = '^本站微信公众号'\n",
    )
    text = f"{ARTICLE}\n\n本站微信公众号:xxnews"
    config = CleanConfig(boilerplate_rules=(rules,))
    result = strip_boilerplate(text, config)
    assert result.text == ARTICLE
    assert result.edits[0].reason == "contact/our-footer: our footer"


def test_a_user_file_can_disable_a_shipped_rule(tmp_path):
    rules = write(tmp_path, 'disable = ["editor-line"]\n')
    text = f"{ARTICLE}\n\n(责任编辑:李欣欣)"
    # the signals know a credit by its shape, whatever the rules say
    config = CleanConfig(
        boilerplate_rules=(rules,), keep_boilerplate=("structure", "inline", "model")
    )
    assert strip_boilerplate(text, config).text == text
    cut = strip_boilerplate(text, CleanConfig(boilerplate_rules=(rules,))).edits
    assert [edit.reason.split(":")[0] for edit in cut] == ["editor/structure-credit"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[[rule]]\nname = "x"\ncategory = "c"\nreason = "r"\npattern = "("\n', "invalid pattern"),
        ('[[rule]]\nname = "x"\ncategory = "c"\nreason = "r"\n', "'pattern' is required"),
        (
            '[[rule]]\nname = "x"\ncategory = "c"\nreason = "r"\npattern = "a"\nwhere = "top"\n',
            "'where' must be one of",
        ),
        (
            '[[rule]]\nname = "x"\ncategory = "c"\nreason = "r"\npattern = "a"\ncolour = 1\n',
            "unknown field 'colour'",
        ),
        (
            '[[rule]]\nname = "Bad Name"\ncategory = "c"\nreason = "r"\npattern = "a"\n',
            "kebab-case",
        ),
        ('disable = ["no-such-rule"]\n', "unknown rule 'no-such-rule'"),
        ("[[rule]\n", "not valid TOML"),
        (
            '[[rule]]\nname = "x"\ncategory = "c"\nreason = "r"\npattern = "%nope%"\n',
            "unknown character class",
        ),
    ],
)
def test_a_wrong_rule_file_is_a_one_line_config_error(tmp_path, content, message):
    rules = write(tmp_path, content)
    with pytest.raises(ConfigError, match=message) as caught:
        load_catalogue((rules,))
    assert "\n" not in str(caught.value)
    assert "rules.toml" in str(caught.value)


def test_a_missing_rule_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read rule file"):
        load_catalogue((str(tmp_path / "missing.toml"),))


def test_relative_rule_paths_in_a_config_file_start_at_that_file(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.textclean]\nboilerplate_rules = ["rules/site.toml"]\n', "utf-8"
    )
    config = CleanConfig.from_toml(tmp_path / "pyproject.toml")
    assert config.boilerplate_rules == (str(tmp_path / "rules" / "site.toml"),)


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("实习记者 寇静 记者 王斌 通讯员 田莉 白为", ["寇静", "王斌", "田莉", "白为"]),
        ("记者 马治卫 摄", ["马治卫"]),
        ("本报记者 张三、李四", ["张三", "李四"]),
        ("王明阳 柳真真", ["王明阳", "柳真真"]),
    ],
)
def test_names_are_taken_out_of_bylines(byline, names):
    assert names_of(byline) == names


RULE_CHARS = "".join(sorted({c for r in load_catalogue().rules for w in r.words or () for c in w}))


@given(st.text(alphabet=RULE_CHARS + " :()[]0123456789。,", max_size=40))
@settings(max_examples=300)
def test_the_word_test_before_a_search_never_changes_what_a_rule_matches(line):
    for rule in load_catalogue().rules:
        assert (rule.search(line) is None) == (rule.pattern.search(line) is None), rule.name
