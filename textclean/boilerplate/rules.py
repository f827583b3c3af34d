"""The boilerplate rule catalogue: line rules as data (``data/boilerplate.toml``).

A :class:`LineRule` says what a boilerplate line looks like (a regex searched in the
line's :func:`~textclean.boilerplate.view.view`), where it may stand, how long the line
may be, and what to cut. :func:`load_catalogue` reads the shipped rules and any files of
the user's (``--rules FILE``), checks every field, and names the file and rule in the
one-line :class:`~textclean.errors.ConfigError` when one is wrong.

>>> rule = next(r for r in load_catalogue().rules if r.name == "editor-line")
>>> rule.category, rule.where, rule.cut
('editor', 'anywhere', 'line')
>>> bool(rule.pattern.search("(责任编辑:李欣欣)"))
True
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from textclean.boilerplate.literals import required_end, required_words
from textclean.boilerplate.view import view
from textclean.errors import ConfigError
from textclean.resources import load_toml
from textclean.wordscan import WordScan

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

WHERE = ("edge", "anywhere")
"""``edge``: only in the header or footer zone; ``anywhere``: in any line."""
CUTS = ("line", "match", "rest")
"""``line``: the whole line; ``match``: what the pattern matched; ``rest``: the line and
every line after it (footer zone only)."""
NAME_GROUPS = ("reporters", "editors")
"""Named groups whose text is split into people's names for the document's meta."""

_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_CLASS_REFERENCE = re.compile(r"%([a-z_]+)%")
_FIELDS = {"name", "category", "reason", "pattern", "where", "max_chars", "cut"}


class LazyPattern:
    """A regex compiled at its first use, not when the catalogue loads: a line rule's
    pattern, with its character classes folded and case ignored, takes milliseconds to
    compile, and a text asks few of the rules (:meth:`Catalogue.candidates`). It acts as
    the ``re.Pattern`` it compiles to (``search``, ``pattern``, ``flags``, ...), equals
    a lazy pattern of the same source and flags, and pickles as its source.

    >>> lazy = LazyPattern("编辑", re.IGNORECASE)
    >>> lazy.search("责任编辑").span(), lazy == LazyPattern("编辑", re.IGNORECASE)
    ((2, 4), True)
    """

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def search(self, string: str, *bounds: int) -> re.Match[str] | None:
        return self.compiled().search(string, *bounds)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled(), name)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyPattern):
            return (self.pattern, self.flags) == (other.pattern, other.flags)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.pattern, self.flags))

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyPattern, (self.pattern, self.flags))

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags!r})"


@dataclass(frozen=True)
class LineRule:
    """One boilerplate rule; see the header of ``data/boilerplate.toml`` for the fields."""

    name: str
    category: str
    reason: str
    pattern: re.Pattern[str] | LazyPattern
    where: str = "edge"
    max_chars: int = 80
    cut: str = "line"
    words: tuple[str, ...] | None = None
    """Words of which a match must contain one (read from the pattern), or ``None``."""
    end: str | None = None
    """The character the line must end with (spaces aside) for a match, or ``None``."""

    def search(self, line_view: str) -> re.Match[str] | None:
        """The pattern's match in the line's view; a line without any of ``words`` is
        not searched (it cannot match)."""
        if self.words is not None and not any(word in line_view for word in self.words):
            return None
        return self.find(line_view)

    def find(self, line_view: str) -> re.Match[str] | None:
        """:meth:`search` in a line known to hold one of ``words`` (a
        :meth:`Catalogue.candidates` line): not searched unless it ends as it must."""
        if self.end is not None and not line_view.rstrip().endswith(self.end):
            return None
        return self.pattern.search(line_view)

    @property
    def label(self) -> str:
        """What an Edit of this rule says: ``category/name: reason``."""
        return f"{self.category}/{self.name}: {self.reason}"


class Catalogue:
    """The rules in the order they are tried (the user's first, then the shipped ones)."""

    def __init__(self, rules: tuple[LineRule, ...]) -> None:
        self.rules = rules
        self._limits = sorted({rule.max_chars for rule in rules})
        # rules as bits of an int (bit i: rules[i]): those long enough for each limit,
        # and those that need no word; for each limit, the words that let rules in
        self._by_limit = [
            _bits(i for i, rule in enumerate(rules) if rule.max_chars >= limit)
            for limit in self._limits
        ]
        self._no_words = _bits(i for i, rule in enumerate(rules) if rule.words is None)
        self._words_by_limit = [_Words(rules, bits) for bits in self._by_limit]

    def candidates(self, line_view: str) -> list[LineRule]:
        """The rules that may match the line: not too long for them, and holding one of
        the words each requires (all found in one pass), in catalogue order.

        >>> names = [rule.name for rule in load_catalogue().candidates("(责任编辑:李欣欣)")]
        >>> "editor-line" in names, "icp-number" in names
        (True, False)
        """
        position = bisect_left(self._limits, len(line_view))
        if position == len(self._limits):
            return []
        bits = self._words_by_limit[position].bits_in(line_view) | self._no_words
        bits &= self._by_limit[position]
        found = []
        while bits:
            lowest = bits & -bits
            found.append(self.rules[lowest.bit_length() - 1])
            bits ^= lowest
        return found


class _Words:
    """The required words of some rules (``allowed``, as bits), and which rules each
    lets in: looked for with an automaton, or, when they are few (the rules that may
    touch a long line), one by one with ``in``, which in C is faster on a long line."""

    FEW = 8

    def __init__(self, rules: tuple[LineRule, ...], allowed: int) -> None:
        by_word: dict[str, int] = {}
        for i, rule in enumerate(rules):
            if allowed >> i & 1:
                for word in rule.words or ():
                    by_word[word] = by_word.get(word, 0) | 1 << i
        self._few = tuple(by_word.items()) if len(by_word) <= self.FEW else None
        self._scan = WordScan(by_word) if self._few is None else None

    def bits_in(self, line_view: str) -> int:
        """The rules whose words ``line_view`` holds."""
        bits = 0
        if self._few is not None:
            for word, word_bits in self._few:
                if word in line_view:
                    bits |= word_bits
        elif self._scan is not None:
            for word_bits in self._scan.values_in(line_view):
                bits |= word_bits
        return bits


def _bits(indices: Iterable[int]) -> int:
    """An int with the bits of ``indices`` set."""
    bits = 0
    for index in indices:
        bits |= 1 << index
    return bits


def parse_label(reason: str) -> tuple[str, str]:
    """The ``(category, rule name)`` of an Edit's reason written by :attr:`LineRule.label`.

    >>> parse_label("editor/editor-line: editor line")
    ('editor', 'editor-line')
    """
    head = reason.split(": ", 1)[0]
    category, _, name = head.partition("/")
    return category, name


@cache
def load_catalogue(extra_files: tuple[str, ...] = ()) -> Catalogue:
    """The shipped rules plus those of ``extra_files`` (tried first); cached per process.

    A user file may hold ``disable = ["rule-name", ...]`` to switch shipped rules off.
    """
    rules = _shipped_rules()
    extra: list[LineRule] = []
    disabled: set[str] = set()
    for path in extra_files:  # checked and compiled here, every time: not cached
        table = _read(Path(path))
        file_classes = {**_shipped_classes(), **_classes(table, path)}
        extra.extend(_rules(table, file_classes, path))
        disabled.update(_disabled(table, path, {rule.name for rule in rules}))
    names = [rule.name for rule in extra]
    for name in names:
        if names.count(name) > 1:
            raise ConfigError(f"rule name {name!r} is used twice in the rule files")
    overridden = set(names) | disabled
    return Catalogue((*extra, *(rule for rule in rules if rule.name not in overridden)))


SHIPPED = "boilerplate.toml"


def _shipped_classes() -> dict[str, str]:
    return _classes(load_toml(SHIPPED), "the shipped rules")


def _shipped_rules() -> tuple[LineRule, ...]:
    """The shipped rules, their patterns compiled when first searched. What loading them
    derives (each pattern folded as the view folds text, its required words and end) is
    kept in the user's cache (:mod:`textclean.cache`), keyed on the rule file's content
    and on the code and versions the derivation depends on; deriving them compiles
    every pattern, so the cached rules are ones that compiled."""
    import unicodedata

    import opencc

    from textclean.boilerplate import literals
    from textclean.boilerplate import view as view_module
    from textclean.cache import cached, content_hash, file_stamp
    from textclean.resources import read_bytes
    from textclean.script import __file__ as script_file

    key = (
        content_hash(read_bytes(SHIPPED)),
        opencc.__version__,
        unicodedata.unidata_version,
        *(file_stamp(path) for path in (__file__, literals.__file__, view_module.__file__)),
        file_stamp(script_file),
    )
    derived = cached("boilerplate-rules", key, _derive_shipped)
    return tuple(
        LineRule(**fields, pattern=LazyPattern(pattern, flags))
        for fields, pattern, flags in derived
    )


def _derive_shipped() -> list[tuple[dict[str, Any], str, int]]:
    """Each shipped rule's fields but its pattern, and the pattern's source and flags
    (compiled here, so checked)."""
    rules = _rules(load_toml(SHIPPED), _shipped_classes(), "textclean/data/boilerplate.toml")
    return [
        (
            {
                name: getattr(rule, name)
                for name in LineRule.__dataclass_fields__
                if name != "pattern"
            },
            rule.pattern.pattern,
            rule.pattern.flags,
        )
        for rule in rules
    ]


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except OSError as error:
        raise ConfigError(f"cannot read rule file {path}: {error.strerror or error}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"rule file {path} is not valid TOML: {error}") from None


def _classes(table: Mapping[str, Any], source: str | Path) -> dict[str, str]:
    classes = table.get("classes", {})
    if not isinstance(classes, dict) or not all(
        isinstance(value, str) and value for value in classes.values()
    ):
        raise ConfigError(f"{source}: [classes] must map names to strings of characters")
    return {name: "[" + re.escape(view(value)) + "]" for name, value in classes.items()}


def _disabled(table: Mapping[str, Any], source: str | Path, known: set[str]) -> list[str]:
    names = table.get("disable", [])
    if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
        raise ConfigError(f"{source}: 'disable' must be a list of rule names")
    for name in names:
        if name not in known:
            raise ConfigError(f"{source}: cannot disable unknown rule {name!r}")
    return names


def _rules(
    table: Mapping[str, Any], classes: Mapping[str, str], source: str | Path
) -> list[LineRule]:
    unknown = set(table) - {"rule", "classes", "disable"}
    if unknown:
        raise ConfigError(
            f"{source}: unknown table {sorted(unknown)[0]!r} (expected [[rule]], [classes], "
            "disable)"
        )
    entries = table.get("rule", [])
    if not isinstance(entries, list):
        raise ConfigError(f"{source}: rules must be an array of tables, [[rule]]")
    return [
        _rule(entry, classes, f"{source}: rule {number}") for number, entry in enumerate(entries, 1)
    ]


def _rule(entry: Any, classes: Mapping[str, str], where_: str) -> LineRule:
    if not isinstance(entry, dict):
        raise ConfigError(f"{where_}: must be a table")
    if isinstance(entry.get("name"), str):
        where_ = f"{where_} ({entry['name']!r})"
    unknown = set(entry) - _FIELDS
    if unknown:
        raise ConfigError(
            f"{where_}: unknown field {sorted(unknown)[0]!r} (fields: {', '.join(sorted(_FIELDS))})"
        )
    for field_name in ("name", "category", "reason", "pattern"):
        if not isinstance(entry.get(field_name), str) or not entry[field_name].strip():
            raise ConfigError(f"{where_}: {field_name!r} is required and must be a string")
    if not _NAME.fullmatch(entry["name"]):
        raise ConfigError(f"{where_}: the name must be kebab-case (a-z, 0-9, -)")
    where = entry.get("where", "edge")
    cut = entry.get("cut", "line")
    max_chars = entry.get("max_chars", 80)
    if where not in WHERE:
        raise ConfigError(f"{where_}: 'where' must be one of {', '.join(WHERE)}; got {where!r}")
    if cut not in CUTS:
        raise ConfigError(f"{where_}: 'cut' must be one of {', '.join(CUTS)}; got {cut!r}")
    if type(max_chars) is not int or max_chars < 1:
        raise ConfigError(f"{where_}: 'max_chars' must be a whole number of 1 or more")
    pattern = _compile(entry["pattern"], classes, where_)
    return LineRule(
        name=entry["name"],
        category=entry["category"],
        reason=entry["reason"],
        pattern=pattern,
        where=where,
        max_chars=max_chars,
        cut=cut,
        words=required_words(pattern),
        end=required_end(pattern),
    )


def _compile(pattern: str, classes: Mapping[str, str], where_: str) -> re.Pattern[str]:
    def substitute(match: re.Match[str]) -> str:
        if match.group(1) not in classes:
            raise ConfigError(f"{where_}: unknown character class %{match.group(1)}%")
        return classes[match.group(1)]

    try:
        return re.compile(fold_pattern(_CLASS_REFERENCE.sub(substitute, pattern)), re.IGNORECASE)
    except re.error as error:
        raise ConfigError(f"{where_}: invalid pattern: {error}") from None


def fold_pattern(pattern: str) -> str:
    """``pattern`` with its non-ASCII characters as the view has them, so a rule written
    in Traditional or with full-width marks matches too (a mark that folds to a regex
    metacharacter is escaped). Patterns are compiled ignoring case, as the view is lower
    case.

    >>> print(fold_pattern("^關注（本站）"))
    ^关注\\(本站\\)
    """
    return "".join(
        char if char.isascii() or (folded := view(char)) == char else re.escape(folded)
        for char in pattern
    )


def names_of(text: str) -> list[str]:
    """People's names in a byline or editor line: roles and separators dropped.

    >>> names_of("实习记者 寇静 记者 王斌 通讯员 田莉 白为")
    ['寇静', '王斌', '田莉', '白为']
    >>> names_of("记者 马治卫 摄")
    ['马治卫']
    """
    return [name for name in _NAME_SPLIT.split(_ROLES.sub(" ", text)) if name]


_ROLES = re.compile(
    "(?:本报|实习|见习|特约|首席|驻[\u4e00-\u9fff]{1,4})?(?:记者|通讯员|编辑|摄影|实习生)"
    "|责任编辑|责编|摄$|报道$|整理$|^文(?=[\\s/:])|^图(?=[\\s/:])"
)
_NAME_SPLIT = re.compile(r"[\s,、,/:;;]+")
_ALTERNATIVE = re.compile(r"_\d+$")


def iter_names(groups: Iterable[tuple[str, str]]) -> Iterable[tuple[str, list[str]]]:
    """``(meta key, values)`` for a match's named groups: names split for :data:`NAME_GROUPS`."""
    for name, text in groups:
        key = _ALTERNATIVE.sub("", name)  # editors_2: a second group for the same key
        values = names_of(text) if key in NAME_GROUPS else [text.strip()]
        values = [value for value in values if value]
        if values:
            yield key, values
