"""The JSON contract of ``python -m desktop analyze --json``: stable keys, later issues extend."""

from __future__ import annotations

from typing import Any

from desktop.core.classify import labels_to_json
from desktop.core.document import Document
from desktop.core.facts import facts_to_json
from desktop.core.policy import PolicyAnalysis
from desktop.core.translate.json_contract import translation_to_json


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


def analysis_to_json(analysis: PolicyAnalysis, *, translated: bool = False) -> dict[str, Any]:
    """The whole contract: the document plus categories, evidence, summary, facts and, when a
    translation was asked for (``--translate``), its status and each sentence's English."""
    result = document_to_json(analysis.document)
    labels = labels_to_json(analysis.document, analysis.labels)
    english = analysis.translations()
    for sentence, labelled, translation in zip(
        result["sentences"], labels["sentences"], english, strict=True
    ):
        sentence.update(labelled)
        if translated:
            sentence["translation"] = translation
    result["summary"] = labels["summary"]
    result["facts"] = facts_to_json(analysis.facts)
    if translated and analysis.translation is not None:
        result["translation"] = translation_to_json(analysis.translation)
    return result
