"""HTML (a saved web page or clipboard HTML): the policy text, blocks marked from the tags."""

from __future__ import annotations

import codecs
import re

from bs4 import BeautifulSoup, NavigableString, Tag

from desktop.core.document import BlockKind, ImportedText
from desktop.core.importers.blocks import TextBuilder, collapse_whitespace
from desktop.core.importers.encoding import decode, validated
from desktop.core.importers.html_clean import clean, content_root

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_\-:.]+)""", re.I)
# Labels browsers reinterpret (WHATWG Encoding): pages declaring Latin-1 are really cp1252.
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "tis-620": "cp874",
}
_SOURCE_WHITESPACE = re.compile(r"\s+")
_HEADING_LEVELS = {f"h{level}": level for level in range(1, 7)}
_BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "main",
        "p",
        "section",
        "summary",
        "table",
        "tbody",
        "tfoot",
        "thead",
    }
)
_LAYOUT_CELL_CONTENT = ("table", *_HEADING_LEVELS)
_LAYOUT_ROW_CHARS = 2000  # a "row" longer than this is page layout, not a data table


def import_html_bytes(data: bytes) -> ImportedText:
    """A saved page: decoded by BOM, then ``<meta charset>``, then detection."""
    text, encoding = _decode_html(data)
    return import_html(text, encoding)


def import_html(markup: str, encoding: str | None = None) -> ImportedText:
    """The page's main content as blocks separated by blank lines."""
    soup = BeautifulSoup(markup, "lxml")
    clean(soup)
    builder = TextBuilder()
    _Walker(builder).walk(content_root(soup))
    return builder.build("html", encoding)


def add_fragment(builder: TextBuilder, markup: str) -> None:
    """Blocks of an HTML fragment (e.g. raw HTML inside Markdown) appended to ``builder``."""
    soup = BeautifulSoup(markup, "lxml")
    clean(soup, whole_page=False)
    _Walker(builder).walk(soup.body or soup)


def _decode_html(data: bytes) -> tuple[str, str]:
    has_bom = data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    # Valid UTF-8 with accents is UTF-8 whatever the page claims: re-saved pages keep stale
    # <meta charset> tags, while legacy text that happens to be valid UTF-8 is vanishingly rare.
    declared = None if has_bom or _is_utf8(data) else _META_CHARSET.search(data[:4096])
    if declared:
        label = declared.group(1).decode("ascii").lower()
        codec = _CHARSET_ALIASES.get(label, label)
        if not codec.startswith("utf-16"):  # a UTF-16 page has a BOM; this declaration lies
            try:
                name = codecs.lookup(codec).name
                decoded = validated(data.decode(name), name)
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong or unknown declaration: detect instead
            else:
                return decoded.text, decoded.encoding
    decoded = decode(data)
    return decoded.text, decoded.encoding


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


class _Walker:
    """Turns the element tree into blocks: inline text gathers until a block boundary."""

    def __init__(self, builder: TextBuilder) -> None:
        self._builder = builder
        self._buffer: list[str] = []
        self._kinds: list[tuple[BlockKind, int]] = [(BlockKind.PARAGRAPH, 0)]
        self._prefix = ""

    def walk(self, node: Tag | BeautifulSoup) -> None:
        for child in node.children:
            self._visit(child)
        self._flush()

    def _visit(self, node: object) -> None:
        if isinstance(node, NavigableString):
            if type(node) is NavigableString:  # not a comment, doctype or CDATA
                self._buffer.append(_SOURCE_WHITESPACE.sub(" ", node))  # only <br> breaks
            return
        if not isinstance(node, Tag):
            return
        name = node.name
        if name == "br":
            self._buffer.append("\n")
        elif name in _HEADING_LEVELS:
            self._block(node, BlockKind.HEADING, _HEADING_LEVELS[name])
        elif name in ("ul", "ol", "menu"):
            self._list(node)
        elif name == "li":
            self._block(node, BlockKind.LIST_ITEM)
        elif name == "tr":
            self._row(node)
        elif name == "pre":
            self._flush()
            self._buffer.append(node.get_text())
            self._flush()
        elif name in _BLOCK_TAGS:
            self._flush()
            self.walk(node)
        else:
            for child in node.children:
                self._visit(child)

    def _flush(self) -> None:
        text = collapse_whitespace("".join(self._buffer))
        self._buffer.clear()
        if text:
            kind, level = self._kinds[-1]
            self._builder.add(self._prefix + text, kind, level)
            self._prefix = ""

    def _block(self, node: Tag, kind: BlockKind, level: int = 0, prefix: str = "") -> None:
        self._flush()
        self._kinds.append((kind, level))
        self._prefix = prefix
        self.walk(node)
        self._kinds.pop()
        self._prefix = ""

    def _list(self, node: Tag) -> None:
        self._flush()
        ordered = node.name == "ol"
        number = _int_attr(node, "start", 1)
        for child in node.children:
            if isinstance(child, Tag) and child.name == "li":
                number = _int_attr(child, "value", number)
                self._block(child, BlockKind.LIST_ITEM, prefix=f"{number}. " if ordered else "")
                number += 1
            else:
                self._visit(child)
        self._flush()

    def _row(self, row: Tag) -> None:
        self._flush()
        cells = row.find_all(["td", "th"], recursive=False)
        texts = [" ".join(cell.get_text(" ").split()) for cell in cells]
        if sum(map(len, texts)) > _LAYOUT_ROW_CHARS or any(
            cell.find(_LAYOUT_CELL_CONTENT) for cell in cells
        ):
            for cell in cells:  # a layout table: the cells hold ordinary blocks
                self.walk(cell)
            return
        self._builder.add(" | ".join(text for text in texts if text), BlockKind.TABLE_ROW)


def _int_attr(tag: Tag, name: str, default: int) -> int:
    try:
        return int(str(tag.get(name, default)))
    except ValueError:
        return default
