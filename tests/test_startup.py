"""The start of ``import textclean`` and ``textclean check``: heavy packages load only
when their work is done, and the tables kept between runs (:mod:`textclean.cache`) are
derived again when what they come from changes. (No timings here: see
``benchmarks/startup_bench.py``.)"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from textclean import cache

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("datasketch", "scipy", "pyarrow", "matplotlib", "ftfy", "charset_normalizer", "pypinyin")


def _loaded_after(code: str, cwd: Path) -> set[str]:
    """The heavy packages in ``sys.modules`` after ``code`` runs in a fresh interpreter."""
    probe = f"{code}\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=cwd, env=env, capture_output=True, text=True, check=True
    ).stdout
    modules = json.loads(out.splitlines()[-1])
    return {name for name in modules if name.split(".")[0] in HEAVY}


def test_import_textclean_loads_no_heavy_package(tmp_path):
    assert _loaded_after("import textclean", tmp_path) == set()


@pytest.mark.parametrize("in_a_repository", [False, True])
def test_checking_a_small_clean_file_loads_no_heavy_package(tmp_path, in_a_repository):
    (tmp_path / "one.txt").write_text("今天天气很好。\n", encoding="utf-8")
    if in_a_repository:  # the repository's index too (its bands)
        subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
        subprocess.run(["git", "-C", str(tmp_path), "add", "one.txt"], check=True)
    code = (
        "from textclean.cli import main\n"
        "assert main(['check', 'one.txt']) == 0\n"
        "from textclean.check.runner import CheckOptions, check_files\n"
        "check_files(['one.txt', 'one.txt'], options=CheckOptions(index=''))"
    )
    assert _loaded_after(code, tmp_path) == set()


def test_a_cached_table_is_read_back_and_derived_again_when_its_key_changes(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.ENV, str(tmp_path))
    calls = []

    def derive(value):
        def build():
            calls.append(value)
            return frozenset(value)

        return build

    assert cache.cached("table", ("a",), derive("新闻")) == frozenset("新闻")
    assert cache.cached("table", ("a",), derive("other")) == frozenset("新闻")  # read back
    assert cache.cached("table", ("b",), derive("旧闻")) == frozenset("旧闻")  # another key
    assert calls == ["新闻", "旧闻"]


def test_a_bad_cache_file_is_derived_again_and_rewritten(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.ENV, str(tmp_path))
    cache.cached("table", ("a",), lambda: 1)
    (path,) = tmp_path.glob("table-*.pickle")
    path.write_bytes(b"not a pickle")
    assert cache.cached("table", ("a",), lambda: 2) == 2
    key, value = pickle.loads(path.read_bytes())
    assert value == 2 and key[-1] == "a"
    path.write_bytes(pickle.dumps((("another key",), 3)))  # a file of another key
    assert cache.cached("table", ("a",), lambda: 4) == 4
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporaries left


def test_an_empty_cache_dir_turns_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.ENV, "")
    assert cache.cache_dir() is None
    assert cache.cached("table", (), lambda: 5) == 5
    monkeypatch.delenv(cache.ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "textclean"


def test_an_unwritable_cache_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv(cache.ENV, str(blocker / "cache"))
    assert cache.cached("table", (), lambda: 6) == 6


@pytest.mark.parametrize("kind", ["traditional", "simplified"])
def test_the_cached_evidence_is_what_is_derived(kind, tmp_path, monkeypatch):
    from textclean import script

    monkeypatch.setenv(cache.ENV, str(tmp_path))
    derived = script._derive_evidence(kind)
    script.evidence.cache_clear()
    try:
        assert script.evidence(kind) == derived  # written
        script.evidence.cache_clear()
        assert script.evidence(kind) == derived  # read back
    finally:
        script.evidence.cache_clear()
    assert len(list(tmp_path.glob(f"script-evidence-{kind}-*.pickle"))) == 1


def test_the_cached_traditional_forms_are_what_is_derived(tmp_path, monkeypatch):
    from textclean.encoding import charsets

    monkeypatch.setenv(cache.ENV, str(tmp_path))
    derived = charsets._derive_traditional_forms()
    charsets.traditional_forms.cache_clear()
    try:
        assert charsets.traditional_forms() == derived
        charsets.traditional_forms.cache_clear()
        assert charsets.traditional_forms() == derived
    finally:
        charsets.traditional_forms.cache_clear()


def test_the_cached_rules_are_the_derived_ones_and_user_rules_are_checked_each_time(
    tmp_path, monkeypatch
):
    from textclean.boilerplate import rules
    from textclean.errors import ConfigError

    monkeypatch.setenv(cache.ENV, str(tmp_path))
    derived = rules._derive_shipped()
    for _ in range(2):  # written, then read back
        loaded = rules._shipped_rules()
        assert [
            (
                {name: getattr(rule, name) for name in fields},
                rule.pattern.pattern,
                rule.pattern.flags,
            )
            for rule, (fields, _, _) in zip(loaded, derived, strict=True)
        ] == derived
    assert len(list(tmp_path.glob("boilerplate-rules-*.pickle"))) == 1
    bad = tmp_path / "mine.toml"
    bad.write_text(
        '[[rule]]\nname = "mine"\ncategory = "x"\nreason = "x"\npattern = "(unclosed"\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match="invalid pattern"):
        rules.load_catalogue((str(bad),))


def test_the_cached_fold_table_and_line_model_are_the_derived_ones(tmp_path, monkeypatch):
    from textclean.boilerplate import linemodel, view
    from textclean.resources import read_text

    monkeypatch.setenv(cache.ENV, str(tmp_path))
    parsed = linemodel.parse_model(read_text(linemodel.MODEL_FILE))
    for _ in range(2):  # written, then read back
        view._fold_table.cache_clear()
        linemodel.shipped_model.cache_clear()
        try:
            assert view._fold_table() == view._derive_fold_table()
            assert linemodel.shipped_model() == parsed
        finally:
            view._fold_table.cache_clear()
            linemodel.shipped_model.cache_clear()
    assert len(list(tmp_path.glob("*.pickle"))) == 2
