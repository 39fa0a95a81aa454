"""One call per stage that the CLI and the GUI share: open a policy, analyse it."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Sequence

from desktop.core.document import (
    BlockHint,
    BlockKind,
    Document,
    ImportedText,
    Language,
    Paragraph,
    Section,
)
from desktop.core.importers import load_file
from desktop.core.language import detect_language, detect_passage_languages, language_name
from desktop.core.segment import segment


def open_document(path: str | os.PathLike[str], language: str | None = None) -> Document:
    """Read, segment and detect the language of the policy at ``path``.

    ``language`` is the user's override (an ISO code); without it the language is detected.
    Raises ``DocumentError`` with a human message when the file cannot be opened.
    """
    imported = load_file(path)
    return document_from_import(imported, path=os.fspath(path), language=language)


def document_from_text(
    text: str,
    *,
    path: str | None = None,
    language: str | None = None,
    hints: Sequence[BlockHint] = (),
    format: str = "text",
) -> Document:
    """A Document from text already in memory (pasted policies, tests)."""
    return document_from_import(
        ImportedText(text, format, tuple(hints)), path=path, language=language
    )


def document_from_import(
    imported: ImportedText, *, path: str | None = None, language: str | None = None
) -> Document:
    structure = segment(imported.text, imported.hints)
    text = imported.text
    prose = _prose(structure.paragraphs)
    if language:
        detected = Language(language, language_name(language), 1.0, "user")
    else:
        detected = detect_language(_body(text, prose))
    others = detect_passage_languages([text[p.start : p.end] for p in prose], detected.code)
    marked = {p.index: code for p, code in zip(prose, others, strict=True) if code}
    paragraphs = tuple(
        dataclasses.replace(p, language=marked[p.index]) if p.index in marked else p
        for p in structure.paragraphs
    )
    return Document(
        path=path,
        format=imported.format,
        text=text,
        paragraphs=paragraphs,
        sentences=structure.sentences,
        sections=structure.sections,
        language=detected,
        encoding=imported.encoding,
        title=_title(text, structure.sections, path),
    )


def with_language(document: Document, code: str | None) -> Document:
    """The same document with the user's choice of language, or detected again for ``None``."""
    if code:
        language = Language(code, language_name(code), 1.0, "user")
    else:
        language = detect_language(_body(document.text, _prose(document.paragraphs)))
    return dataclasses.replace(document, language=language)


def _prose(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """The paragraphs that carry the policy's language (not headings or page chrome)."""
    return [p for p in paragraphs if p.kind not in (BlockKind.BOILERPLATE, BlockKind.HEADING)]


def _body(text: str, prose: Sequence[Paragraph]) -> str:
    return "\n".join(text[p.start : p.end] for p in prose) or text


def _title(text: str, sections: Sequence[Section], path: str | None) -> str:
    if sections:
        return sections[0].title
    if path:
        return os.path.basename(path)
    first = text.strip().splitlines()
    return first[0][:80] if first else ""
