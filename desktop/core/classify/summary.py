"""Per-document summaries and the JSON shape of labels (``analyze --json``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop.core.classify.model import CATEGORIES, SentenceLabels
from desktop.core.document import Document


def summarize(doc: Document, labels: Sequence[SentenceLabels]) -> dict[str, dict[str, Any]]:
    """For each category: whether the policy addresses it, in how many passages and sentences.

    A passage is a paragraph (list item, table row). ``addressed`` False is what the reader
    sees as "not stated".
    """
    summary: dict[str, dict[str, Any]] = {}
    for category in CATEGORIES:
        hit = [
            s for s, lab in zip(doc.sentences, labels, strict=True) if category in lab.categories
        ]
        summary[category] = {
            "addressed": bool(hit),
            "passages": len({s.paragraph for s in hit}),
            "sentences": len(hit),
        }
    return summary


def sentence_to_json(labels: SentenceLabels) -> dict[str, Any]:
    return {
        "categories": list(labels.categories),
        "scores": dict(labels.scores),
        "evidence": [
            {"category": e.category, "start": e.start, "end": e.end, "text": e.text, "why": e.why}
            | ({"source": e.source} if e.source != "original" else {})
            for e in labels.evidence
        ],
    }


def labels_to_json(doc: Document, labels: Sequence[SentenceLabels]) -> dict[str, Any]:
    """``{"sentences": [...], "summary": {...}}``, sentences aligned with ``doc.sentences``.

    Evidence offsets index the document text, except evidence with ``"source": "translation"``,
    whose offsets index that sentence's translation.
    """
    return {
        "sentences": [sentence_to_json(lab) for lab in labels],
        "summary": summarize(doc, labels),
    }
