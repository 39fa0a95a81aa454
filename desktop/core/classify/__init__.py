"""Which sentences say what is collected, shared, kept, and what the reader can do about it.

Hand-written cue lexicons per language (``resources/lexicons``), matched on word stems, are
weighted and combined with the document's structure and, when present, the English
translation. Every label carries the evidence behind it; nothing is learned from a corpus.
"""

from desktop.core.classify.lexicon import LexiconError, available_languages, load_lexicon
from desktop.core.classify.model import (
    CATEGORIES,
    CORE,
    SECONDARY,
    Evidence,
    SentenceLabels,
)
from desktop.core.classify.pipeline import classify_document, classify_text
from desktop.core.classify.summary import labels_to_json, sentence_to_json, summarize

__all__ = [
    "CATEGORIES",
    "CORE",
    "SECONDARY",
    "Evidence",
    "LexiconError",
    "SentenceLabels",
    "available_languages",
    "classify_document",
    "classify_text",
    "labels_to_json",
    "load_lexicon",
    "sentence_to_json",
    "summarize",
]
