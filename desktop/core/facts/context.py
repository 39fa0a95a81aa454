"""What each sentence is about, as far as facts need to know: its language, its labels, its
section heading and whether it is boilerplate.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from desktop.core.document import BlockKind, Document
from desktop.core.facts.lexicon import languages_for


@dataclass(frozen=True, slots=True)
class SentenceView:
    index: int
    start: int
    end: int
    text: str
    languages: tuple[str, ...]
    categories: frozenset[str]
    heading: str  # the title of the innermost section holding the sentence, or ""
    kind: BlockKind
    labelled: bool  # whether a classifier gave labels (so their absence means something)


def sentence_views(
    doc: Document, categories: Sequence[Collection[str]] | None = None
) -> list[SentenceView]:
    """One view per sentence of ``doc``; ``categories[i]`` are the labels of sentence ``i``."""
    labelled = categories is not None
    if categories is not None and len(categories) != len(doc.sentences):
        raise ValueError(f"{len(categories)} category sets for {len(doc.sentences)} sentences")
    views = []
    for sentence in doc.sentences:
        paragraph = doc.paragraphs[sentence.paragraph] if doc.paragraphs else None
        language = paragraph.language if paragraph and paragraph.language else doc.language.code
        views.append(
            SentenceView(
                index=sentence.index,
                start=sentence.start,
                end=sentence.end,
                text=sentence.text,
                languages=languages_for(language),
                categories=frozenset(categories[sentence.index]) if categories else frozenset(),
                heading=_heading(doc, sentence.start),
                kind=paragraph.kind if paragraph else BlockKind.PARAGRAPH,
                labelled=labelled,
            )
        )
    return views


def _heading(doc: Document, position: int) -> str:
    best = None
    for section in doc.sections:
        if section.start <= position < section.end and (
            best is None or section.level >= best.level
        ):
            if doc.paragraphs and doc.paragraphs[section.heading].start == position:
                continue  # a heading is not inside its own section
            best = section
    return best.title if best else ""


class SentenceIndex:
    """Maps a character offset of ``Document.text`` to the sentence holding it."""

    def __init__(self, doc: Document) -> None:
        self._starts = [s.start for s in doc.sentences]
        self._ends = [s.end for s in doc.sentences]

    def at(self, offset: int) -> int | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < max(self._ends[i], self._starts[i] + 1):
            return i
        return None
