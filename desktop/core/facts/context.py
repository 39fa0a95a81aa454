"""What each sentence is about, as far as facts need to know: its language, its labels, its
section heading and whether it is boilerplate.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from desktop.core.document import BlockKind, Document, Sentence
from desktop.core.facts.lexicon import CueSet, languages_for, text_has
from desktop.core.facts.scan import CueScan, Span


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
    scan: CueScan = field(repr=False, compare=False)  # the cues of the whole document

    def find(self, cues: CueSet, languages: Sequence[str] | None = None) -> list[Span]:
        """Where cues of ``cues`` occur in the sentence (offsets into ``text``), in order."""
        return self.scan.find(self.index, cues, self.languages if languages is None else languages)

    def has(self, cues: CueSet, languages: Sequence[str] | None = None) -> bool:
        """Whether the sentence holds a cue of ``cues`` (in its own languages by default)."""
        return self.scan.has(self.index, cues, self.languages if languages is None else languages)

    def heading_has(self, cues: CueSet, languages: Sequence[str] | None = None) -> bool:
        """Whether the title of the sentence's section holds a cue of ``cues``."""
        return bool(self.heading) and text_has(
            self.heading, cues, tuple(self.languages if languages is None else languages)
        )


def sentence_views(
    doc: Document, categories: Sequence[Collection[str]] | None = None
) -> list[SentenceView]:
    """One view per sentence of ``doc``; ``categories[i]`` are the labels of sentence ``i``."""
    labelled = categories is not None
    if categories is not None and len(categories) != len(doc.sentences):
        raise ValueError(f"{len(categories)} category sets for {len(doc.sentences)} sentences")
    views = []
    languages = [_languages(doc, sentence) for sentence in doc.sentences]
    cue_languages = ("*", *(code for codes in dict.fromkeys(languages) for code in codes))
    scan = CueScan([sentence.text for sentence in doc.sentences], cue_languages)
    for sentence, sentence_languages in zip(doc.sentences, languages, strict=True):
        paragraph = doc.paragraphs[sentence.paragraph] if doc.paragraphs else None
        views.append(
            SentenceView(
                index=sentence.index,
                start=sentence.start,
                end=sentence.end,
                text=sentence.text,
                languages=sentence_languages,
                categories=frozenset(categories[sentence.index]) if categories else frozenset(),
                heading=_heading(doc, sentence.start),
                kind=paragraph.kind if paragraph else BlockKind.PARAGRAPH,
                labelled=labelled,
                scan=scan,
            )
        )
    return views


def _languages(doc: Document, sentence: Sentence) -> tuple[str, ...]:
    """The cue languages of a sentence: its paragraph's language, else the document's."""
    paragraph = doc.paragraphs[sentence.paragraph] if doc.paragraphs else None
    return languages_for(
        paragraph.language if paragraph and paragraph.language else doc.language.code
    )


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
