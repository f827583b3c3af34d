"""The codes ``textclean check`` reports: stable, grouped by concern, chosen like ruff's.

Every edit the document steps make is a finding of one code (:func:`code_of_edit`);
reading, encoding and duplicates add codes of their own. ``--select`` and ``--ignore``
take codes or prefixes of them (``TC3`` is every boilerplate code); the longer prefix
wins when both match:

>>> Selection(select=("TC",), ignore=("TC5",)).wants("TC501")
False
>>> Selection(select=("TC501",), ignore=("TC5",)).wants("TC501")
True
>>> code_of_edit(Edit("encoding", "pinyin annotation", "(guān)", "", 3))
'TC103'
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

from textclean.boilerplate.rules import parse_label
from textclean.document import Edit
from textclean.errors import UsageError


class Code(NamedTuple):
    """A code, what it means, and whether ``textclean fix`` repairs it."""

    code: str
    title: str
    fixable: bool


CODES: dict[str, Code] = {
    code.code: code
    for code in (
        Code("TC100", "file or record cannot be read as a document", False),
        Code("TC101", "undecodable bytes (replaced by U+FFFD when read)", False),
        Code("TC102", "mojibake: text decoded with the wrong encoding", True),
        Code("TC103", "pinyin annotation left by a converter site", True),
        Code("TC104", "not UTF-8 (another encoding, or a byte-order mark)", True),
        Code("TC105", "U+FFFD left after repair: characters lost before textclean read it", False),
        Code("TC106", "garbled remnant no repair recovers (锟斤拷, 烫烫烫, 屯屯屯)", False),
        Code("TC201", "not in the target script (Traditional/Simplified)", True),
        Code("TC301", "copyright, ICP registration or disclaimer notice", True),
        Code("TC302", "navigation, share bar, related links or contact line", True),
        Code("TC303", "byline, editor or source line", True),
        Code("TC304", "e-paper page header or CMS residue", True),
        Code("TC305", "HTML markup left in the text", True),
        Code("TC306", "other boilerplate (rules of your own)", True),
        Code("TC310", "SEO spam line", True),
        Code("TC311", "document mostly spam", False),
        Code("TC312", "nothing left after cleaning (all boilerplate or spam)", False),
        Code("TC401", "near-duplicate of another file checked", False),
        Code("TC402", "near-duplicate of a file already in the repository", False),
        Code("TC403", "contained in a longer file (an article inside a page)", False),
        Code(
            "TC501", "whitespace: indentation, trailing spaces, blank-line runs, odd spaces", True
        ),
        Code("TC502", "invisible characters or non-LF line endings", True),
        Code("TC503", "full-width letters or digits", True),
        Code("TC504", "punctuation not in the configured width", True),
        Code("TC505", "sentence cut by a page break, or an e-paper continuation mark", True),
    )
}
"""Every code, in order."""

STEP_CODES = {
    "characters": "TC502",
    "width": "TC503",
    "markup": "TC305",
    "whitespace": "TC501",
    "punctuation": "TC504",
    "paragraphs": "TC505",
    "script": "TC201",
}
"""The code of every edit of a step that has one code."""

BOILERPLATE_CODES = {
    "copyright": "TC301",
    "registration": "TC301",
    "disclaimer": "TC301",
    "navigation": "TC302",
    "share": "TC302",
    "related": "TC302",
    "contact": "TC302",
    "byline": "TC303",
    "editor": "TC303",
    "source": "TC303",
    "epaper": "TC304",
    "cms": "TC304",
    "spam": "TC310",
}
"""The code of a boilerplate edit, by the category of its rule (others: TC306)."""


def code_of_edit(edit: Edit) -> str:
    """The code of one edit of the document steps."""
    if edit.step == "encoding":
        return "TC103" if edit.reason.startswith("pinyin") else "TC102"
    if edit.step == "boilerplate":
        return BOILERPLATE_CODES.get(parse_label(edit.reason)[0], "TC306")
    return STEP_CODES.get(edit.step, "TC306")


SWITCHES: tuple[tuple[tuple[str, ...], dict[str, Any]], ...] = (
    (("TC102",), {"repair_mojibake": False}),
    (("TC103",), {"remove_pinyin": False}),
    (("TC201",), {"script_target": "keep"}),
    (("TC305",), {"strip_markup": False}),
    (("TC310", "TC311"), {"remove_spam": False}),
    (
        ("TC301", "TC302", "TC303", "TC304", "TC306", "TC310", "TC311", "TC312"),
        {"strip_boilerplate": False},
    ),
    (("TC501", "TC502"), {"normalize_whitespace": False}),
    (("TC503",), {"halfwidth_alnum": False}),
    (("TC504",), {"punctuation": "keep"}),
    (("TC505",), {"rejoin_paragraphs": False, "remove_continuation_marks": False}),
)
"""Config options that turn off what only unselected codes report: when none of the codes
is selected, the option is set so, and ``fix`` leaves that kind of text alone too."""


@dataclass(frozen=True)
class Selection:
    """Which codes to report: ``select`` and ``ignore`` hold codes or prefixes of them."""

    select: tuple[str, ...] = ("TC",)
    ignore: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for prefix in (*self.select, *self.ignore):
            if not any(code.startswith(prefix) for code in CODES):
                raise UsageError(
                    f"unknown code {prefix!r}: codes are {', '.join(CODES)} (or a prefix, e.g. TC3)"
                )

    @classmethod
    def parse(cls, select: Iterable[str] | None, ignore: Iterable[str] | None) -> Selection:
        """From lists whose items may hold several codes with commas (``TC1,TC3``)."""

        def split(items: Iterable[str] | None) -> tuple[str, ...]:
            found = [part.strip().upper() for item in items or () for part in item.split(",")]
            return tuple(part for part in found if part)

        return cls(split(select) if select is not None else ("TC",), split(ignore))

    def wants(self, code: str) -> bool:
        selected = max((len(p) for p in self.select if code.startswith(p)), default=-1)
        ignored = max((len(p) for p in self.ignore if code.startswith(p)), default=-1)
        return selected > ignored

    def switches(self) -> dict[str, Any]:
        """The config options that turn off the repairs of codes nobody asked for: whole
        steps (:data:`SWITCHES`), and the boilerplate categories of unwanted codes.

        >>> Selection(ignore=("TC303",)).switches()
        {'keep_boilerplate': ('byline', 'editor', 'source')}
        """
        overrides: dict[str, Any] = {}
        for codes, options in SWITCHES:
            if not any(self.wants(code) for code in codes):
                overrides.update(options)
        kept = tuple(
            category
            for category, code in BOILERPLATE_CODES.items()
            if not self.wants(code) and category != "spam"  # spam: remove_spam
        )
        if kept and "strip_boilerplate" not in overrides:
            overrides["keep_boilerplate"] = kept
        return overrides
