"""A policy fully analysed: document, categories per sentence, facts and translation.

This is the unit the comparison, the reports and ``analyze --json`` work on. Building it is
fast and synchronous (classification and facts take milliseconds); translation is produced
separately in the background and folded in with ``analyze_policy(document, translation)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.classify import SentenceLabels, classify_document, summarize
from desktop.core.document import Document
from desktop.core.facts import Facts, extract_facts
from desktop.core.translate.service import TranslationResult


@dataclass(frozen=True)
class PolicyAnalysis:
    document: Document
    labels: tuple[SentenceLabels, ...]  # one per sentence
    summary: dict  # per category: {"addressed": bool, "passages": int, "sentences": int}
    facts: Facts
    translation: TranslationResult | None = None

    def translations(self) -> Sequence[str | None]:
        """English per sentence (None where not translated), aligned with the sentences."""
        if self.translation is None:
            return [None] * len(self.document.sentences)
        return self.translation.sentences


def analyze_policy(
    document: Document, translation: TranslationResult | None = None
) -> PolicyAnalysis:
    """Classify and extract facts, using the English translation as a second opinion."""
    english = translation.sentences if translation is not None else None
    labels = classify_document(document, english)
    facts = extract_facts(document, [label.categories for label in labels])
    return PolicyAnalysis(document, labels, summarize(document, labels), facts, translation)
