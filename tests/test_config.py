from __future__ import annotations

import pytest

from textclean.config import CleanConfig
from textclean.errors import ConfigError


def test_defaults_suit_news():
    config = CleanConfig()
    assert config.strip_markup and config.normalize_whitespace and config.strip_indent
    assert config.max_blank_lines == 1


def test_from_mapping_accepts_dashes_and_underscores():
    config = CleanConfig.from_mapping({"strip-markup": False, "max_blank_lines": 2})
    assert config == CleanConfig(strip_markup=False, max_blank_lines=2)


def test_unknown_key_names_the_closest_option():
    with pytest.raises(ConfigError, match="did you mean 'strip_indent'"):
        CleanConfig.from_mapping({"strip_indnet": True}, source="x.toml")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"strip_markup": "yes"}, "must be bool"),
        ({"max_blank_lines": True}, "must be int"),
        ({"max_blank_lines": 1.5}, "must be int"),
        ({"max_blank_lines": 11}, "from 0 to 10"),
        ({"script_target": "zh-cn"}, "one of simplified, traditional, taiwan, hongkong, keep"),
        ({"punctuation": "wide"}, "one of keep, fullwidth, halfwidth; got 'wide'"),
    ],
)
def test_wrong_values_are_config_errors(options, message):
    with pytest.raises(ConfigError, match=message):
        CleanConfig.from_mapping(options)


def test_config_is_frozen():
    with pytest.raises(AttributeError):
        CleanConfig().strip_markup = False  # type: ignore[misc]


def test_from_toml_reads_the_tool_table_of_a_pyproject(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text('[project]\nname = "x"\n\n[tool.textclean]\nmax-blank-lines = 0\n')
    assert CleanConfig.from_toml(path).max_blank_lines == 0


def test_from_toml_reads_a_plain_file(tmp_path):
    path = tmp_path / "textclean.toml"
    path.write_text("strip_indent = false\n")
    assert CleanConfig.from_toml(path) == CleanConfig(strip_indent=False)


def test_from_toml_errors_name_the_file(tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text("strip_indent = \n")
    with pytest.raises(ConfigError, match=r"broken\.toml is not valid TOML"):
        CleanConfig.from_toml(broken)
    with pytest.raises(ConfigError, match="cannot read config file"):
        CleanConfig.from_toml(tmp_path / "missing.toml")
    wrong = tmp_path / "wrong.toml"
    wrong.write_text("max_blank_lines = -1\n")
    with pytest.raises(ConfigError, match=r"wrong\.toml"):
        CleanConfig.from_toml(wrong)


def test_a_tool_textclean_that_is_not_a_table_is_a_config_error(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text("[tool]\ntextclean = 3\n")
    with pytest.raises(ConfigError, match=r"\[tool.textclean\] must be a table"):
        CleanConfig.from_toml(path)
    with pytest.raises(ConfigError, match="must be a table"):
        CleanConfig.discover(tmp_path)


def test_discover_finds_the_nearest_pyproject_with_a_tool_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.textclean]\nstrip_markup = false\n")
    inner = tmp_path / "data" / "news"
    inner.mkdir(parents=True)
    (tmp_path / "data" / "pyproject.toml").write_text('[project]\nname = "no-table"\n')
    config, path = CleanConfig.discover(inner)
    assert path == tmp_path / "pyproject.toml"
    assert config == CleanConfig(strip_markup=False)
