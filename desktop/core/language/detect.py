"""The language of a whole document."""

from __future__ import annotations

from desktop.core.document import Language
from desktop.core.language import engine
from desktop.core.language.names import UNDETERMINED, language_name
from desktop.core.language.rules import decide
from desktop.core.language.text import TextEvidence, sample_text, strip_noise

# Word evidence is counted over up to this much text, spread across the document...
SAMPLE_CHARS = 20_000
# ...and langdetect, whose cost grows with length, reads a smaller spread-out part of it.
LANGDETECT_CHARS = 6_000
# Fewer letters than this is a title or a stray line, not a language sample.
MIN_LETTERS = 20


def unknown_language() -> Language:
    """What a text too short or too odd to decide gets."""
    return Language(UNDETERMINED, language_name(UNDETERMINED), 0.0)


def detect_language(text: str) -> Language:
    """The language ``text`` is written in, with a confidence in 0..1.

    Deterministic: the same text gives the same answer in any order of calls. Cost is
    bounded by sampling, whatever the document length.
    """
    sample = strip_noise(sample_text(text, SAMPLE_CHARS))
    evidence = TextEvidence(sample)
    if evidence.letters < MIN_LETTERS:
        return unknown_language()
    ranked = engine.probabilities(sample_text(sample, LANGDETECT_CHARS), LANGDETECT_CHARS)
    code, confidence = decide(evidence, ranked)
    if code == UNDETERMINED:
        return unknown_language()
    return Language(code, language_name(code), round(min(max(confidence, 0.0), 1.0), 4))
