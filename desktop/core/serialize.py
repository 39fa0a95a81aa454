"""The JSON contract of ``python -m desktop analyze --json``: stable keys, later issues extend."""

from __future__ import annotations

from typing import Any

from desktop.core.document import Document


def document_to_json(document: Document) -> dict[str, Any]:
    """The document part of the contract: text, language, structure with offsets into text."""
    language = document.language
    return {
        "path": document.path,
        "format": document.format,
        "encoding": document.encoding,
        "text": document.text,
        "language": {
            "code": language.code,
            "name": language.name,
            "confidence": round(language.confidence, 4),
            "source": language.source,
        },
        "sections": [
            {"title": s.title, "start": s.start, "end": s.end, "level": s.level}
            for s in document.sections
        ],
        "paragraphs": [
            {
                "index": p.index,
                "start": p.start,
                "end": p.end,
                "kind": p.kind.value,
                **({"language": p.language} if p.language else {}),
            }
            for p in document.paragraphs
        ],
        "sentences": [
            {
                "index": s.index,
                "start": s.start,
                "end": s.end,
                "text": s.text,
                "paragraph": s.paragraph,
            }
            for s in document.sentences
        ],
    }
