"""Segmentation: a text becomes paragraphs (with kinds), sections and sentences with offsets."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.document import BlockHint, BlockKind, Paragraph, Section, Sentence, Structure
from desktop.core.segment.blocks import is_boilerplate, plain_text_blocks
from desktop.core.segment.sentences import sentence_spans

__all__ = ["is_boilerplate", "segment", "sentence_spans"]


def segment(text: str, hints: Sequence[BlockHint] = ()) -> Structure:
    """Split ``text`` into its structure.

    ``hints`` are the blocks an importer read from the format (HTML tags, DOCX styles); without
    them the blocks come from line shapes. Every offset indexes ``text``.
    """
    blocks = _with_boilerplate(text, hints) if hints else plain_text_blocks(text)
    paragraphs = tuple(
        Paragraph(index, block.start, block.end, block.kind, block.level)
        for index, block in enumerate(blocks)
    )
    sentences: list[Sentence] = []
    for paragraph in paragraphs:
        spans = (
            [(paragraph.start, paragraph.end)]
            if paragraph.kind in (BlockKind.HEADING, BlockKind.BOILERPLATE, BlockKind.TABLE_ROW)
            else sentence_spans(text, paragraph.start, paragraph.end)
        )
        for start, end in spans:
            sentences.append(Sentence(len(sentences), start, end, text[start:end], paragraph.index))
    return Structure(paragraphs, tuple(sentences), _sections(text, paragraphs))


def _with_boilerplate(text: str, hints: Sequence[BlockHint]) -> list[BlockHint]:
    """Importer blocks, with chrome lines (that HTML cleaning let through) marked as such."""
    return [
        BlockHint(h.start, h.end, BlockKind.BOILERPLATE)
        if h.kind is not BlockKind.BOILERPLATE and is_boilerplate(text[h.start : h.end])
        else h
        for h in hints
    ]


def _sections(text: str, paragraphs: Sequence[Paragraph]) -> tuple[Section, ...]:
    """One section per heading, running to the next heading of the same or a higher level."""
    headings = [p for p in paragraphs if p.kind is BlockKind.HEADING]
    sections = []
    for position, heading in enumerate(headings):
        level = heading.level or 1
        end = len(text.rstrip())
        for later in headings[position + 1 :]:
            if (later.level or 1) <= level:
                end = later.start
                break
        title = " ".join(text[heading.start : heading.end].lstrip("# ").split())
        sections.append(Section(title, heading.start, _rstrip_end(text, end), level, heading.index))
    return tuple(sections)


def _rstrip_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end
