"""The domain objects every stage of the pipeline shares.

Offsets are always character offsets into ``Document.text`` (for a plain-text file that is
the decoded file content itself), so ``text[start:end]`` is the thing being described.
Objects are frozen: workers receive snapshots and can never mutate what the UI shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

# Characters that open a bulleted list item, in every script we read ("・" is the Japanese one).
BULLETS = "•·・‣○●▪■◦►➢✓✔*–—-"
# A letter that numbers a list item ("(a)", "b)"), as a regex: legal notices letter them in
# their own script, "(а)", "γ)", "(क)", "(ক)", "(ب)", "(א)", "(ก)", and Urdu spells "(الف)".
ITEM_LETTER = "(?:[a-zа-яёєіїґα-ωक-हক-হء-يپچژکگیےא-תก-ฮ]|الف)"


class BlockKind(StrEnum):
    """What a paragraph-level block of the document is."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_ROW = "table_row"
    BOILERPLATE = "boilerplate"


@dataclass(frozen=True, slots=True)
class BlockHint:
    """Structure an importer knows from the source format (HTML tags, DOCX styles, Markdown).

    ``level`` is the heading level (1 = top) for headings, else 0.
    """

    start: int
    end: int
    kind: BlockKind
    level: int = 0


@dataclass(frozen=True, slots=True)
class ImportedText:
    """What an importer hands to segmentation: the document text and what the format told us."""

    text: str
    format: str  # "text" | "markdown" | "html" | "pdf" | "docx"
    hints: tuple[BlockHint, ...] = ()
    encoding: str | None = None


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph, heading, list item, table row or boilerplate line.

    ``language`` is set only when the passage is confidently in another language than the
    document (an English paragraph inside a Czech policy).
    """

    index: int
    start: int
    end: int
    kind: BlockKind
    level: int = 0
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the text under it, up to the next heading of the same or higher level."""

    title: str
    start: int
    end: int
    level: int
    heading: int  # index of the heading paragraph


@dataclass(frozen=True, slots=True)
class Language:
    code: str  # ISO 639-1 where one exists ("ms", "vi", "cs", "sq", "en", ...)
    name: str  # English name ("Malay")
    confidence: float
    source: str = "detected"  # "detected" | "user"


@dataclass(frozen=True, slots=True)
class Structure:
    """The segmentation of a text: what ``segment()`` returns."""

    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    sections: tuple[Section, ...]


@dataclass(frozen=True, slots=True)
class Document:
    """An opened policy: its text, its structure and its language."""

    path: str | None
    format: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    sections: tuple[Section, ...]
    language: Language
    encoding: str | None = None
    title: str = field(default="")

    def sentences_in(self, paragraph: int) -> tuple[Sentence, ...]:
        """The sentences of one paragraph, in order."""
        return tuple(s for s in self.sentences if s.paragraph == paragraph)


class DocumentError(Exception):
    """A document could not be opened. ``code`` is stable (the UI maps it to a message)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
