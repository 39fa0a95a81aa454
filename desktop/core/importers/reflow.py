"""Rebuild paragraphs from the hard-wrapped lines of a PDF text layer.

A PDF knows glyph positions, not paragraphs: pypdf gives one line per printed line. A line that
stops well short of the usual line width ends its paragraph (or is a heading); a bullet or a
number starts a new one; a blank line always separates. Words split across lines are joined.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.document import ITEM_LETTER, BlockKind

_PAGE_BREAK = "\f"
_BULLET = re.compile(r"^[•●▪◦‣∙○■□➢►◆*–-]\s+")
_NUMBERED = re.compile(
    rf"^(\(?\d{{1,3}}(\.\d{{1,3}})*[.)]|\(?{ITEM_LETTER}[.)]|\([ivx]{{1,4}}\))\s+\S"
)
_PAGE_NUMBER = re.compile(r"^(page\s*)?-?\s*\d{1,4}(\s*(/|of)\s*\d{1,4})?\s*-?$", re.I)
_TERMINAL = (".", "!", "?", ":", ";", "。", '"', "”", ")")
_SHORT_LINE = 0.7  # of the typical line width: such a line ended its paragraph
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st"})
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_TRAILING_LETTERS = re.compile(r"(\w+)-$")
_LEADING_LETTERS = re.compile(r"^(\w+)")


def reflow(pages: list[str]) -> Iterator[tuple[str, BlockKind]]:
    """Paragraph texts and kinds (PARAGRAPH or LIST_ITEM) from per-page extracted text."""
    lines = _lines(pages)
    lengths = sorted(len(line) for line in lines if line and line != _PAGE_BREAK)
    if not lengths:
        return
    width = lengths[int(len(lengths) * 0.8)]
    paragraph: list[str] = []
    for index, line in enumerate(lines):
        following = _next_line(lines, index)
        if line == _PAGE_BREAK:
            if paragraph and not _continues(paragraph[-1], following, width):
                yield _block(paragraph)
                paragraph = []
            continue
        if not line:
            if paragraph:
                yield _block(paragraph)
            paragraph = []
            continue
        if paragraph and _starts_item(line):
            yield _block(paragraph)
            paragraph = []
        paragraph.append(line)
        if following and following != _PAGE_BREAK and _ends(line, following, width):
            yield _block(paragraph)
            paragraph = []
    if paragraph:
        yield _block(paragraph)


def _lines(pages: list[str]) -> list[str]:
    lines: list[str] = []
    for page in pages:
        text = page.translate(_LIGATURES).replace("\r\n", "\n").replace("\r", "\n")
        page_lines = [line.strip() for line in _CONTROL.sub("", text).strip().split("\n")]
        content = [i for i, line in enumerate(page_lines) if line]
        for i in {content[0], content[-1]} if content else ():
            if _PAGE_NUMBER.match(page_lines[i]):
                page_lines[i] = ""  # a page number, not text
        lines.extend(page_lines)
        lines.append(_PAGE_BREAK)
    return lines


def _next_line(lines: list[str], index: int) -> str:
    """The next line, "" for a blank one, the page-break mark, or "" at the end."""
    return lines[index + 1] if index + 1 < len(lines) else ""


def _starts_item(line: str) -> bool:
    return bool(_BULLET.match(line) or _NUMBERED.match(line))


def _ends(line: str, following: str, width: int) -> bool:
    """Whether a paragraph ends after ``line``: a short line ends one, unless it ends in a
    hyphenated word; a bullet or number on the next line starts a new one."""
    if _starts_item(following):
        return True
    if len(line) >= _SHORT_LINE * width or _TRAILING_LETTERS.search(line) or line[-1] == "\xad":
        return False
    return line.endswith(_TERMINAL) or following[0].isupper() or following[0].isdigit()


def _continues(last: str, following: str, width: int) -> bool:
    """A paragraph runs on over a page break when it was cut mid-sentence."""
    return (
        bool(following)
        and len(last) >= _SHORT_LINE * width
        and not last.endswith(_TERMINAL)
        and following[0].islower()
    )


def _block(lines: list[str]) -> tuple[str, BlockKind]:
    text = lines[0]
    for line in lines[1:]:
        text = _join(text, line)
    if _BULLET.match(text):
        return _BULLET.sub("", text, count=1), BlockKind.LIST_ITEM
    kind = BlockKind.LIST_ITEM if _NUMBERED.match(text) else BlockKind.PARAGRAPH
    return text, kind


def _join(text: str, line: str) -> str:
    """Join a wrapped line; "infor-" + "mation" loses its hyphen, "Wi-" + "Fi" keeps it."""
    if text.endswith("\xad"):
        return text[:-1] + line
    head, tail = _TRAILING_LETTERS.search(text), _LEADING_LETTERS.match(line)
    if head and tail:
        word = head.group(1) + tail.group(1)
        if word.isalpha() and word.islower():
            return text[:-1] + line
        return text + line
    return f"{text} {line}"
