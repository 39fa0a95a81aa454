"""Word (.docx): paragraphs, headings, list items and table rows in body order.

The body XML is walked directly (not ``Document.paragraphs`` then ``.tables``) so a table stays
where it was written, and run text is read from the XML so tracked insertions, fields and
content controls are not lost; text boxes and deleted text are left out.
"""

from __future__ import annotations

import re
import zipfile
from io import BytesIO
from typing import Any

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from desktop.core.document import BlockKind, DocumentError, ImportedText
from desktop.core.importers.blocks import TextBuilder, collapse_whitespace
from desktop.core.importers.sniff import unsupported

MAX_XML_BYTES = 200 * 1024 * 1024  # uncompressed document.xml: beyond this it is a zip bomb
_MAIN_PART = "word/document.xml"
_OTHER_PACKAGES = {
    "xl/workbook.xml": "an Excel workbook (.xlsx)",
    "ppt/presentation.xml": "a PowerPoint presentation (.pptx)",
}
_RUN_CONTENT = (
    ".//w:r[not(ancestor::w:txbxContent) and not(ancestor::w:moveFrom)]"
    "/*[self::w:t or self::w:tab or self::w:br or self::w:cr or self::w:noBreakHyphen]"
)
_CELL_PARAGRAPHS = ".//w:p[not(ancestor::w:txbxContent)]"
_HEADING_STYLE = re.compile(r"heading (\d)")
_MAX_STYLE_DEPTH = 10


def import_docx(data: bytes) -> ImportedText:
    _check_package(data)
    try:
        document = docx.Document(BytesIO(data))
    except Exception as error:  # python-docx surfaces damage as zip, XML or key errors
        raise DocumentError(
            "corrupt", f"The Word document is damaged and cannot be read ({error})."
        ) from error
    builder = TextBuilder()
    _walk(document.element.body, document, builder)
    return builder.build("docx")


def _check_package(data: bytes) -> None:
    """A ZIP is only a Word document if it has the main part; say what else it is."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as package:
            infos = {info.filename: info for info in package.infolist()}
            mimetype = package.read("mimetype")[:100] if "mimetype" in infos else b""
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise DocumentError(
            "corrupt", "The file is a damaged ZIP or Word (.docx) document and cannot be read."
        ) from error
    main = infos.get(_MAIN_PART)
    if main is not None:
        if main.file_size > MAX_XML_BYTES:
            raise DocumentError(
                "too_large",
                f"The Word document unpacks to {main.file_size / 2**20:.0f} MB of text markup; "
                f"PolicyLens reads up to {MAX_XML_BYTES // 2**20} MB.",
            )
        return
    if mimetype.startswith(b"application/vnd.oasis.opendocument"):
        raise unsupported("an OpenDocument file (.odt/.ods/.odp)")
    if mimetype.startswith(b"application/epub"):
        raise unsupported("an EPUB e-book")
    for part, what in _OTHER_PACKAGES.items():
        if part in infos:
            raise unsupported(what)
    raise unsupported("a ZIP archive")


def _walk(container: Any, document: Any, builder: TextBuilder) -> None:
    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            _add_paragraph(Paragraph(child, document), builder)
        elif child.tag == qn("w:tbl"):
            _add_table(child, document, builder)
        elif child.tag == qn("w:sdt"):  # a content control (e.g. a table of contents)
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                _walk(content, document, builder)
        elif child.tag == qn("w:customXml"):
            _walk(child, document, builder)


def _add_paragraph(paragraph: Paragraph, builder: TextBuilder) -> None:
    text = _paragraph_text(paragraph._p)
    if not text:
        return
    level = _heading_level(paragraph)
    if level:
        builder.add(text, BlockKind.HEADING, level)
    elif _is_list_item(paragraph):
        builder.add(text, BlockKind.LIST_ITEM)
    else:
        builder.add(text, BlockKind.PARAGRAPH)


def _paragraph_text(p: Any) -> str:
    parts: list[str] = []
    for element in p.xpath(_RUN_CONTENT):
        tag = element.tag
        if tag == qn("w:t"):
            parts.append(element.text or "")
        elif tag == qn("w:tab"):
            parts.append(" ")
        elif tag == qn("w:noBreakHyphen"):
            parts.append("-")
        elif tag == qn("w:br") and element.get(qn("w:type")) in ("page", "column"):
            parts.append(" ")
        else:  # a line break (w:br, w:cr)
            parts.append("\n")
    return collapse_whitespace("".join(parts))


def _heading_level(paragraph: Paragraph) -> int:
    """Level from a Heading N or Title style (or a style based on one), or an outline level."""
    own = _outline_level(paragraph._p.pPr)
    if own:
        return own
    style = paragraph.style
    for _ in range(_MAX_STYLE_DEPTH):
        if style is None:
            break
        name = (style.name or "").lower()
        if name == "title":
            return 1
        match = _HEADING_STYLE.fullmatch(name)
        if match:
            return int(match.group(1))
        level = _outline_level(style.element.pPr)
        if level:
            return level
        style = style.base_style
    return 0


def _outline_level(ppr: Any) -> int:
    """w:outlineLvl 0-8 means heading level 1-9 (9 is body text)."""
    element = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
    if element is None:
        return 0
    value = element.get(qn("w:val"), "9")
    return int(value) + 1 if value.isdigit() and int(value) < 9 else 0


def _is_list_item(paragraph: Paragraph) -> bool:
    """Numbered or bulleted: direct numbering, or a list style (List Bullet, List Number...)."""
    if _has_numbering(paragraph._p.pPr):
        return True
    style = paragraph.style
    for _ in range(_MAX_STYLE_DEPTH):
        if style is None:
            break
        if (style.name or "").lower().startswith("list") or _has_numbering(style.element.pPr):
            return True
        style = style.base_style
    return False


def _has_numbering(ppr: Any) -> bool:
    num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
    if num_pr is None:
        return False
    num_id = num_pr.find(qn("w:numId"))
    return num_id is None or num_id.get(qn("w:val")) != "0"  # numId 0 switches numbering off


def _add_table(table: Any, document: Any, builder: TextBuilder) -> None:
    rows = table.findall(qn("w:tr"))
    if all(len(row.findall(qn("w:tc"))) <= 1 for row in rows):
        # A one-column table is a box around ordinary text, not data.
        for row in rows:
            for cell in row.findall(qn("w:tc")):
                _walk(cell, document, builder)
        return
    for row in rows:
        cells = [
            " ".join(text for p in cell.xpath(_CELL_PARAGRAPHS) if (text := _paragraph_text(p)))
            for cell in row.findall(qn("w:tc"))
        ]
        builder.add(" | ".join(cell for cell in cells if cell), BlockKind.TABLE_ROW)
