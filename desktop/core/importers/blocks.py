"""Assemble structured text block by block, so hint offsets are right by construction."""

from __future__ import annotations

import re

from desktop.core.document import BlockHint, BlockKind, DocumentError, ImportedText

BLOCK_SEPARATOR = "\n\n"
_SPACES = re.compile(r"[^\S\n]+")
_NEWLINES = re.compile(r" ?\n[\s]*")


def collapse_whitespace(text: str) -> str:
    """Runs of spaces, tabs and no-break spaces become one space; line breaks stay single."""
    return _NEWLINES.sub("\n", _SPACES.sub(" ", text)).strip()


class TextBuilder:
    """Joins blocks with a blank line and records a ``BlockHint`` for each."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._hints: list[BlockHint] = []

    def add(self, text: str, kind: BlockKind, level: int = 0) -> None:
        """Append one block; surrounding whitespace is dropped and empty blocks are skipped."""
        text = text.strip()
        if not text:
            return
        if self._parts:
            self._parts.append(BLOCK_SEPARATOR)
            self._length += len(BLOCK_SEPARATOR)
        self._parts.append(text)
        self._hints.append(BlockHint(self._length, self._length + len(text), kind, level))
        self._length += len(text)

    def build(self, fmt: str, encoding: str | None = None) -> ImportedText:
        """The finished text; a document with no readable text is an error, not a blank page."""
        if not self._parts:
            raise DocumentError("blank", "The document contains no readable text.")
        return ImportedText("".join(self._parts), fmt, tuple(self._hints), encoding)
