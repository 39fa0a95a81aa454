"""What each pane shows: a Document's paragraphs as ``PaneBlock``s, original or translated.

Both sides are built from the same paragraph list, so they share structure block for block
and differ only in the sentence texts.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from desktop.core.document import BlockKind, Document
from desktop.core.language import language_name
from desktop.ui.reader.sentence_pane import PaneBlock


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reader", text)


def original_blocks(document: Document) -> list[PaneBlock]:
    """The document's own text, block by block, with sentence ranges relative to each block."""
    by_paragraph: dict[int, list[tuple[int, int, int]]] = {}
    for sentence in document.sentences:
        paragraph = document.paragraphs[sentence.paragraph]
        by_paragraph.setdefault(paragraph.index, []).append(
            (sentence.index, sentence.start - paragraph.start, sentence.end - paragraph.start)
        )
    return [
        PaneBlock(
            kind=p.kind,
            level=p.level,
            text=document.text[p.start : p.end],
            sentences=tuple(by_paragraph.get(p.index, ())),
            note=_note(p.kind, p.language),
            other_language=p.language is not None,
        )
        for p in document.paragraphs
    ]


def translated_blocks(document: Document, translations: Sequence[str | None]) -> list[PaneBlock]:
    """The same blocks with each sentence replaced by its translation (or a placeholder)."""
    blocks = []
    for paragraph in document.paragraphs:
        parts: list[str] = []
        spans: list[tuple[int, int, int]] = []
        cursor = 0
        pending = False
        for sentence in document.sentences_in(paragraph.index):
            translated = (
                translations[sentence.index] if sentence.index < len(translations) else None
            )
            if translated is None:
                pending = True
                translated = "…"
            if parts:
                parts.append(" ")
                cursor += 1
            parts.append(translated)
            spans.append((sentence.index, cursor, cursor + len(translated)))
            cursor += len(translated)
        blocks.append(
            PaneBlock(
                kind=paragraph.kind,
                level=paragraph.level,
                text="".join(parts),
                sentences=tuple(spans),
                note=_note(paragraph.kind, paragraph.language),
                pending=pending,
                other_language=paragraph.language is not None,
            )
        )
    return blocks


def _note(kind: BlockKind, language: str | None) -> str:
    if kind is BlockKind.BOILERPLATE:
        return _tr("Page furniture from the web page, not policy text")
    if language:
        return _tr("This passage is in {language}").format(language=language_name(language))
    return ""
