"""The fonts the report names: one Chinese font stack for the page and its charts.

A browser draws a character with the first font of the list that has it, and goes to
its own fallback only after the list; on a machine whose fallback finds no Chinese font,
a page that names none shows every Chinese character as a box. So the page's CSS and
the charts' SVG text name the same :data:`CJK_FONTS`, the Chinese sans-serif fonts of
Windows, macOS, Linux and Android, after a few Latin ones (the CJK fonts' Latin letters
are wide) and before the generic ``sans-serif``:

>>> css_font_family(("system-ui", "Microsoft YaHei", "sans-serif"))
'system-ui, "Microsoft YaHei", sans-serif'
>>> PAGE_FONTS[PAGE_FONTS.index("PingFang SC") :] == (*CJK_FONTS, "sans-serif")
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable

CJK_FONTS: tuple[str, ...] = (
    "PingFang SC",  # macOS 10.11+, iOS
    "Hiragino Sans GB",  # older macOS
    "Heiti SC",  # older macOS
    "Microsoft YaHei",  # Windows Vista+
    "Microsoft YaHei UI",
    "DengXian",  # Windows 10+
    "Noto Sans CJK SC",  # Linux (fonts-noto-cjk), Android, ChromeOS
    "Noto Sans SC",  # the same glyphs, as Google Fonts names them
    "Source Han Sans SC",  # the same glyphs, as Adobe names them
    "Source Han Sans CN",
    "WenQuanYi Micro Hei",  # Linux (fonts-wqy-microhei)
    "WenQuanYi Zen Hei",  # Linux (fonts-wqy-zenhei)
    "Droid Sans Fallback",  # older Android and Linux
    "SimHei",  # older Windows
    "SimSun",  # every Chinese Windows (a serif font: the last resort)
)
"""Chinese fonts, the sans-serif ones of each system first. Simplified Chinese (SC)
faces: they also hold the Traditional characters of a text as read."""

PAGE_FONTS: tuple[str, ...] = ("system-ui", "-apple-system", "Segoe UI", *CJK_FONTS, "sans-serif")
"""The page's fonts: the system's interface font for Latin text, then Chinese."""

CHART_FONTS: tuple[str, ...] = ("DejaVu Sans", *CJK_FONTS, "sans-serif")
"""The charts' fonts: matplotlib's own font (which it measures the Latin labels with, so
the browser draws them at the width they were laid out for), then Chinese."""

_BARE = re.compile(r"-?[a-z][a-z-]*")  # keywords (sans-serif, system-ui) and -apple-system


def css_font_family(fonts: Iterable[str]) -> str:
    """A CSS ``font-family`` value: names quoted, generic families and keywords bare.

    >>> css_font_family(["Segoe UI", "-apple-system", "sans-serif"])
    '"Segoe UI", -apple-system, sans-serif'
    """
    return ", ".join(font if _BARE.fullmatch(font) else f'"{font}"' for font in fonts)
