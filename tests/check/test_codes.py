"""Codes: every edit a step can make has one, and selecting codes selects repairs."""

from __future__ import annotations

import pytest

from tests.conftest import SEEDS
from textclean import clean
from textclean.boilerplate.rules import load_catalogue
from textclean.check.codes import BOILERPLATE_CODES, CODES, SWITCHES, Selection, code_of_edit
from textclean.config import CleanConfig
from textclean.document import Edit
from textclean.errors import UsageError


def test_every_shipped_rule_category_has_a_code_of_its_own() -> None:
    categories = {rule.category for rule in load_catalogue().rules}
    assert categories <= set(BOILERPLATE_CODES), categories - set(BOILERPLATE_CODES)


def test_every_seed_edit_maps_to_a_known_code() -> None:
    found = set()
    for seed in sorted(SEEDS.iterdir()):
        for edit in clean(seed.read_bytes()).edits:
            code = code_of_edit(edit)
            assert code in CODES
            found.add(code)
    assert {"TC102", "TC103", "TC201", "TC301", "TC303", "TC310", "TC501", "TC505"} <= found


def test_a_rule_of_your_own_is_other_boilerplate() -> None:
    assert code_of_edit(Edit("boilerplate", "mysite/footer: footer", "x", "", 0)) == "TC306"


@pytest.mark.parametrize(
    ("select", "ignore", "code", "wanted"),
    [
        (None, None, "TC501", True),
        (["TC1,TC3"], None, "TC301", True),
        (["TC1,TC3"], None, "TC501", False),
        (None, ["TC5"], "TC501", False),
        (["tc501"], ["TC5"], "TC501", True),  # the longer prefix wins; case does not matter
        (["TC5"], ["TC501"], "TC502", True),
        (["TC5"], ["TC501"], "TC501", False),
    ],
)
def test_selection(
    select: list[str] | None, ignore: list[str] | None, code: str, wanted: bool
) -> None:
    assert Selection.parse(select, ignore).wants(code) is wanted


def test_an_unknown_code_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown code 'TC9'"):
        Selection.parse(["TC9"], None)


def test_ignoring_every_code_of_a_repair_turns_it_off() -> None:
    switches = Selection.parse(None, ["TC201", "TC5"]).switches()
    assert switches["script_target"] == "keep"
    assert switches["normalize_whitespace"] is False
    assert "strip_boilerplate" not in switches  # TC301..TC306 are still wanted
    CleanConfig(**switches)  # the overrides are valid options


def test_every_switch_names_codes_that_exist() -> None:
    for codes, options in SWITCHES:
        assert set(codes) <= set(CODES)
        CleanConfig(**options)
