"""How each category looks: an Okabe–Ito colour (safe for colour-blind readers) plus an
underline style, so a highlight never depends on colour alone. Formats are built once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QTextCharFormat

from desktop.core.classify import CATEGORIES

Underline = QTextCharFormat.UnderlineStyle


@dataclass(frozen=True)
class CategoryStyle:
    key: str
    colour: str
    underline: Underline
    mark: str  # a glyph for lists and the legend, the third cue besides colour and line

    def label(self) -> str:
        return category_label(self.key)


STYLES: dict[str, CategoryStyle] = {
    style.key: style
    for style in (
        CategoryStyle("collection", "#0072B2", Underline.SingleUnderline, "●"),
        CategoryStyle("sharing", "#D55E00", Underline.DashUnderline, "▲"),
        CategoryStyle("retention", "#009E73", Underline.WaveUnderline, "■"),
        CategoryStyle("rights", "#CC79A7", Underline.DashDotLine, "◆"),
        CategoryStyle("security", "#56B4E9", Underline.DotLine, "○"),
        CategoryStyle("cookies", "#E69F00", Underline.DotLine, "○"),
        CategoryStyle("children", "#8C7A00", Underline.DotLine, "○"),
        CategoryStyle("changes", "#7F7F7F", Underline.DotLine, "○"),
        CategoryStyle("contact", "#5D3A9B", Underline.DotLine, "○"),
        CategoryStyle("transfer", "#1B7837", Underline.DotLine, "○"),
    )
}
assert tuple(STYLES) == CATEGORIES

_LABELS = {
    "collection": "Collection",
    "sharing": "Sharing",
    "retention": "Retention",
    "rights": "User rights",
    "security": "Security",
    "cookies": "Cookies",
    "children": "Children",
    "changes": "Policy changes",
    "contact": "Contact",
    "transfer": "Transfers",
}


def category_label(key: str) -> str:
    return QCoreApplication.translate("Categories", _LABELS[key])


@cache
def highlight_format(key: str) -> QTextCharFormat:
    """Tinted background and a category-specific underline, readable on light and dark."""
    style = STYLES[key]
    colour = QColor(style.colour)
    tint = QColor(colour)
    tint.setAlpha(46)
    char_format = QTextCharFormat()
    char_format.setBackground(tint)
    char_format.setUnderlineStyle(style.underline)
    char_format.setUnderlineColor(colour)
    return char_format


@cache
def cue_format(key: str) -> QTextCharFormat:
    """The words that triggered a highlight: a stronger tint on top of the sentence's."""
    colour = QColor(STYLES[key].colour)
    colour.setAlpha(110)
    char_format = QTextCharFormat()
    char_format.setBackground(colour)
    return char_format
