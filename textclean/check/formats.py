"""Findings as text (``path:line:col: CODE message``), JSON, or GitHub Actions annotations.

>>> finding = Finding("a.txt", 3, 1, "TC301", "site copyright notice: \\"版权所有\\"")
>>> print(render([finding], "github"))
::error file=a.txt,line=3,col=1,title=textclean TC301::TC301 site copyright notice: "版权所有"
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from textclean.check.findings import Finding

FORMATS = ("text", "json", "github")


def render(findings: Sequence[Finding], output_format: str) -> str:
    """All ``findings`` in one format, one per line (JSON: one array); "" when none
    (JSON: ``[]``)."""
    if output_format == "json":
        return json.dumps([finding.to_dict() for finding in findings], ensure_ascii=False, indent=2)
    if output_format == "github":
        return "\n".join(_annotation(finding) for finding in findings)
    return "\n".join(str(finding) for finding in findings)


def _annotation(finding: Finding) -> str:
    """A workflow command: GitHub shows it on the line of the pull request's diff."""
    properties = ",".join(
        f"{key}={_escape(str(value), property_value=True)}"
        for key, value in (
            ("file", finding.path),
            ("line", finding.line),
            ("col", finding.column),
            ("title", f"textclean {finding.code}"),
        )
    )
    return f"::error {properties}::{_escape(f'{finding.code} {finding.message}')}"


def _escape(value: str, property_value: bool = False) -> str:
    """GitHub's escaping of workflow command data (and, more strictly, of properties)."""
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value
