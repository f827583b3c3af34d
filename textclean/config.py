"""CleanConfig: every option of :func:`textclean.clean`, in one frozen dataclass.

Build it in code, or read it from ``[tool.textclean]`` in a ``pyproject.toml`` or from
a TOML file of its own. Keys may use ``-`` or ``_``; an unknown key or a wrong type
is a :class:`~textclean.errors.ConfigError` that names the key and the choices.

>>> CleanConfig.from_mapping({"max-blank-lines": 0}).max_blank_lines
0
>>> CleanConfig.from_mapping({"max_blank_line": 0})  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
textclean.errors.ConfigError: unknown option 'max_blank_line' in configuration (did you mean ...?)
"""

from __future__ import annotations

import difflib
import sys
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from textclean.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


SCRIPT_TARGETS = ("simplified", "traditional", "taiwan", "hongkong", "keep")
PUNCTUATION_STYLES = ("keep", "fullwidth", "halfwidth")
KEEP_POLICIES = ("longest", "first", "fewest-edits")
CHOICES = {
    "script_target": SCRIPT_TARGETS,
    "punctuation": PUNCTUATION_STYLES,
    "keep": KEEP_POLICIES,
}
"""The options that take one of a few words, and the words."""
SUBTABLES = ("check",)
"""Tables inside ``[tool.textclean]`` for one command (``[tool.textclean.check]``)."""
RANGES = (("max_blank_lines", 0, 10), ("shingle_size", 1, 32), ("num_perm", 16, 1024))
"""The whole-number options with a range, and the range (both ends included)."""


@dataclass(frozen=True)
class CleanConfig:
    """Options of the document steps; the defaults suit scraped Chinese news.

    Attributes:
        repair_mojibake: re-decode garbled spans (UTF-8 read as GBK, GBK read as
            cp1252, ...) when the result reads clearly more like Chinese.
        remove_pinyin: remove the ``(guān)`` pinyin that converter sites glue after
            characters, when the document is full of them (one gloss is kept).
        strip_markup: remove leftover HTML tags (``</p>``), comments and their
            fragments (``/enpproperty-->``), and decode HTML entities (``&nbsp;``).
        normalize_whitespace: unify line endings, fold odd spaces (NBSP, en/em
            spaces) to a plain space, drop zero-width and control characters,
            trailing whitespace and runs of blank lines.
        strip_indent: with ``normalize_whitespace``, also drop the indentation at
            the start of lines (scraped pages indent paragraphs with spaces).
        max_blank_lines: with ``normalize_whitespace``, the most blank lines kept
            between two paragraphs (0 to 10).
        script_target: the script every document ends in, by OpenCC: ``simplified``
            (``t2s``), ``traditional`` (``s2t``), ``taiwan`` (``s2twp``, with Taiwan
            phrases), ``hongkong`` (``s2hk``), or ``keep`` (detect and record only).
        halfwidth_alnum: full-width ASCII letters and digits (``ＡＢＣ１２３``) to half-width.
        punctuation: punctuation between Chinese characters: ``keep``, ``fullwidth``
            (``,`` → ``，``, ``(...)`` → ``（...）``) or ``halfwidth`` (the reverse).
        rejoin_paragraphs: join a sentence that an e-paper column or page break cut in
            two, and move a headline dropped inside a sentence before it.
        remove_continuation_marks: remove e-paper marks such as ``(上接一版)`` and
            ``(下转二版)``.
        strip_boilerplate: cut site lines (copyright, ICP numbers, share bars, editor
            and source lines, disclaimers, navigation, e-paper headers, CMS residue) by
            the rule catalogue; bylines go to ``meta["reporters"]``.
        boilerplate_rules: TOML files of rules of your own, tried before the shipped
            ones (the format of ``textclean/data/boilerplate.toml``). A relative path
            in a config file is relative to that file.
        keep_boilerplate: categories of boilerplate rules whose lines stay (``byline``,
            ``editor``, ``source``, ...: the ``category`` of the rules in
            ``textclean/data/boilerplate.toml``, or of rules of your own), or signals
            to switch off (``structure``, ``block``, ``inline``, ``template``, ``model``).
        remove_spam: cut SEO spam headers and keyword-stuffed lines (lexicon and shape).
        drop_spam_share: a run drops a document whose lines were at least this share
            spam (by characters), with a record of why (0 < share <= 1).
        repeated_line_documents: a run removes a line found in at least this many
            different documents of one source (directory or URL host): the footer of a
            site that no rule knows. 0 turns the stage off; else at least 2.
        dedup_threshold: two documents are near-duplicates when the Jaccard similarity
            of their shingle sets (estimated by MinHash) is at least this (0 < t <= 1).
        shingle_size: characters per shingle of the normalised view (1 to 32). With 3
            and 0.7, a copy with 5% of its characters changed at random still joins
            its original (Jaccard about 0.75); with 5 and 0.8, only up to about 2%
            (docs/dedup.md has the measurements).
        num_perm: MinHash permutations per signature (16 to 1024); each costs 4 bytes
            per document and sharpens the estimate.
        minhash_seed: the seed of the permutations (datasketch's ``seed``); signatures
            of different seeds cannot be compared.
        keep: which document of a cluster of duplicates is kept: ``longest`` (the most
            text after normalising), ``first`` (in input order) or ``fewest-edits``
            (the one cleaning changed least).
        containment_threshold: a document whose shingles are at least this share inside
            one longer document (an article inside an e-paper page) is reported as
            contained in it; 0 turns the search off.
        drop_contained: drop contained documents too, not only report them.
        exact_verification: confirm near-duplicate candidates on their exact shingle
            sets, not only on the signatures (slower: each pair's views are made again).
            Containment is always confirmed exactly when the documents can be read
            again (a run's spool, or a list given to ``find_duplicates``).
    """

    repair_mojibake: bool = True
    remove_pinyin: bool = True
    strip_markup: bool = True
    normalize_whitespace: bool = True
    strip_indent: bool = True
    max_blank_lines: int = 1
    script_target: str = "simplified"
    halfwidth_alnum: bool = True
    punctuation: str = "keep"
    rejoin_paragraphs: bool = True
    remove_continuation_marks: bool = True
    strip_boilerplate: bool = True
    boilerplate_rules: tuple[str, ...] = ()
    keep_boilerplate: tuple[str, ...] = ()
    remove_spam: bool = True
    drop_spam_share: float = 0.5
    repeated_line_documents: int = 3
    dedup_threshold: float = 0.7
    shingle_size: int = 3
    num_perm: int = 128
    minhash_seed: int = 1
    keep: str = "longest"
    containment_threshold: float = 0.8
    drop_contained: bool = False
    exact_verification: bool = False

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            expected = type(f.default)  # every option has a default of its own type
            if expected is tuple and type(value) is list:  # a TOML array
                value = tuple(value)
                object.__setattr__(self, f.name, value)
            elif expected is float and type(value) is int:
                value = float(value)
                object.__setattr__(self, f.name, value)
            # bool is a subclass of int: reject True where a number is wanted, and vice versa.
            if type(value) is not expected:
                raise ConfigError(f"option {f.name!r} must be {expected.__name__}, got {value!r}")
        if not all(isinstance(path, str) for path in self.boilerplate_rules):
            raise ConfigError("option 'boilerplate_rules' must be a list of file paths")
        if not all(isinstance(category, str) for category in self.keep_boilerplate):
            raise ConfigError("option 'keep_boilerplate' must be a list of rule categories")
        if not 0 < self.drop_spam_share <= 1:
            raise ConfigError(
                f"option 'drop_spam_share' must be more than 0 and at most 1, "
                f"got {self.drop_spam_share}"
            )
        if self.repeated_line_documents == 1 or self.repeated_line_documents < 0:
            raise ConfigError(
                "option 'repeated_line_documents' must be 0 (off) or 2 or more, "
                f"got {self.repeated_line_documents}"
            )
        for name, low, high in RANGES:
            if not low <= getattr(self, name) <= high:
                raise ConfigError(
                    f"option {name!r} must be from {low} to {high}, got {getattr(self, name)}"
                )
        if not 0 < self.dedup_threshold <= 1:
            raise ConfigError(
                f"option 'dedup_threshold' must be more than 0 and at most 1, "
                f"got {self.dedup_threshold}"
            )
        if not 0 <= self.containment_threshold <= 1:
            raise ConfigError(
                "option 'containment_threshold' must be from 0 (off) to 1, "
                f"got {self.containment_threshold}"
            )
        for name, choices in CHOICES.items():
            value = getattr(self, name)
            if value not in choices:
                raise ConfigError(
                    f"option {name!r} must be one of {', '.join(choices)}; got {value!r}"
                )

    @classmethod
    def from_mapping(
        cls, options: Mapping[str, Any], source: str = "configuration", base: Path | None = None
    ) -> CleanConfig:
        """Build a config from a mapping such as a TOML table; ``source`` names it in errors,
        ``base`` is the folder that relative ``boilerplate_rules`` paths start from."""
        # a table inside is the options of a command of its own, read by its own class
        own = {k: v for k, v in options.items() if not (k in SUBTABLES and isinstance(v, dict))}
        values = option_values(own, {f.name for f in fields(cls)}, f"option {{key}} in {source}")
        rules = values.get("boilerplate_rules")
        if base is not None and isinstance(rules, list | tuple):
            values["boilerplate_rules"] = [
                str(base / rule) if isinstance(rule, str) else rule for rule in rules
            ]
        try:
            return cls(**values)
        except ConfigError as error:
            raise ConfigError(f"{error} (in {source})") from None

    @classmethod
    def from_toml(cls, path: str | Path) -> CleanConfig:
        """Read a TOML file: its ``[tool.textclean]`` table if it has one, else the whole file."""
        path = Path(path)
        table = _read_toml(path)
        section = _tool_table(table, path)
        if section is not None:
            return cls.from_mapping(section, f"{path} [tool.textclean]", path.parent)
        return cls.from_mapping(table, str(path), path.parent)

    @classmethod
    def discover(cls, start: str | Path = ".") -> tuple[CleanConfig, Path | None]:
        """The config of the nearest ``pyproject.toml`` with ``[tool.textclean]``, from
        ``start`` upwards, and its path; the defaults and ``None`` when there is none."""
        for folder in (Path(start).resolve(), *Path(start).resolve().parents):
            candidate = folder / "pyproject.toml"
            if candidate.is_file():
                section = _tool_table(_read_toml(candidate), candidate)
                if section is not None:
                    source = f"{candidate} [tool.textclean]"
                    return cls.from_mapping(section, source, candidate.parent), candidate
        return cls(), None


def option_values(options: Mapping[str, Any], known: set[str], what: str) -> dict[str, Any]:
    """``options`` by their names (``-`` read as ``_``); an unknown one is a
    :class:`ConfigError` saying ``unknown`` + ``what`` (with ``{key}``) and the nearest name.

    >>> option_values({"max-blank-lines": 0}, {"max_blank_lines"}, "option {key}")
    {'max_blank_lines': 0}
    """
    values: dict[str, Any] = {}
    for key, value in options.items():
        name = str(key).replace("-", "_")
        if name not in known:
            hint = difflib.get_close_matches(name, sorted(known), n=1)
            suggestion = f" (did you mean {hint[0]!r}?)" if hint else ""
            raise ConfigError(f"unknown {what.replace('{key}', repr(key))}{suggestion}")
        values[name] = value
    return values


def read_table(path: str | Path) -> dict[str, Any]:
    """The options in a TOML file: its ``[tool.textclean]`` table, else the whole file
    (so ``read_table(p)["check"]`` is ``[tool.textclean.check]`` or ``[check]``)."""
    path = Path(path)
    table = _read_toml(path)
    section = _tool_table(table, path)
    return section if section is not None else table


def _tool_table(table: dict[str, Any], path: Path) -> dict[str, Any] | None:
    """The ``[tool.textclean]`` table of a parsed TOML file, or ``None`` if it has none."""
    tool = table.get("tool")
    section = tool.get("textclean") if isinstance(tool, dict) else None
    if section is not None and not isinstance(section, dict):
        raise ConfigError(f"{path}: [tool.textclean] must be a table, got {section!r}")
    return section


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise ConfigError(f"cannot read config file {path}: {error.strerror}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"config file {path} is not valid TOML: {error}") from None
