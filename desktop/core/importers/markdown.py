"""Markdown: the readable text without markup, with headings, list items and table rows marked.

markdown-it-py (CommonMark plus GFM tables) parses rather than regexes: setext headings, nested
lists, escaped ``\\*``, code spans and link syntax all have edge cases a regex gets wrong, and
the parser is small, pure Python and well kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

from desktop.core.document import BlockKind, ImportedText
from desktop.core.importers.blocks import TextBuilder, collapse_whitespace
from desktop.core.importers.html import add_fragment

_PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])
_BR_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)


def import_markdown(source: str, encoding: str | None = None) -> ImportedText:
    """``source`` is the decoded file; blocks come out separated by a blank line."""
    builder = TextBuilder()
    heading_level = 0
    item_depth = 0
    item_prefix = ""
    row: list[str] | None = None
    for token in _PARSER.parse(source):
        kind = token.type
        if kind == "heading_open":
            heading_level = int(token.tag[1:])
        elif kind == "heading_close":
            heading_level = 0
        elif kind == "list_item_open":
            item_depth += 1
            # Ordered items keep their number ("2. "); bullets are markup and go.
            item_prefix = f"{token.info}{token.markup} " if token.info else ""
        elif kind == "list_item_close":
            item_depth -= 1
            item_prefix = ""
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            builder.add(" | ".join(cell for cell in row if cell), BlockKind.TABLE_ROW)
            row = None
        elif kind == "inline":
            text = collapse_whitespace(_inline_text(token.children or ()))
            if row is not None:
                row.append(text)
            elif heading_level:
                builder.add(text, BlockKind.HEADING, heading_level)
            elif item_depth:
                builder.add(item_prefix + text, BlockKind.LIST_ITEM)
                item_prefix = ""  # a second paragraph of the same item has no number
            else:
                builder.add(text, BlockKind.PARAGRAPH)
        elif kind in ("fence", "code_block"):
            builder.add(token.content, BlockKind.PARAGRAPH)
        elif kind == "html_block":
            add_fragment(builder, token.content)
    return builder.build("markdown", encoding)


def _inline_text(children: Sequence[Token]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "text_special", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")  # a wrapped source line: the paragraph reflows
        elif child.type == "hardbreak" or (
            child.type == "html_inline" and _BR_TAG.fullmatch(child.content)
        ):
            parts.append("\n")
        # Emphasis, link and image markers, and other inline HTML, carry no text.
    return "".join(parts)
