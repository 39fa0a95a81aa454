"""Paragraphs written in another language than their document.

A flagged paragraph is translated from its own language, so a false flag is worse than a
missed one: short fragments, product names and close neighbours never flip a paragraph.
Most paragraphs are settled by a cheap function-word comparison; langdetect only reads
those whose script or function words point away from the document's language.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.language import engine
from desktop.core.language.lexicon import stopwords
from desktop.core.language.names import UNDETERMINED, language_scripts, normalize_code
from desktop.core.language.rules import decide
from desktop.core.language.text import TextEvidence, strip_names, strip_noise

MIN_WORDS = 8
MIN_LETTERS = 40
# Scripts written without spaces: letters, not words, measure their length.
_UNSPACED = frozenset({"Han", "Kana", "Thai", "Lao", "Khmer", "Myanmar"})
MIN_UNSPACED_LETTERS = 20
MIN_PROBABILITY = 0.95  # langdetect's probability for its own answer
MIN_CONFIDENCE = 0.7  # ours, when a rule replaced langdetect's answer
MIN_OTHER_SCRIPT_CONFIDENCE = 0.5
MIN_FOREIGN_STOPWORDS = 3
STOPWORD_RATIO = 1.5
PASSAGE_CHARS = 800  # enough for langdetect on one paragraph; its cost grows with length
# Function words alone settle a paragraph when one language has this many hits and this
# many times more than any other (langdetect is then skipped: it is the slow part).
DECISIVE_STOPWORDS = 6
DECISIVE_RATIO = 3.0
# Written so alike that one paragraph is not enough to tell them apart reliably.
_CLOSE_LANGUAGES = (
    frozenset({"ms", "id"}),
    frozenset({"cs", "sk"}),
    frozenset({"hr", "sr", "bs"}),
    frozenset({"no", "da"}),
)


def detect_passage_languages(passages: Sequence[str], document_language: str) -> list[str | None]:
    """For each passage, the code of another language when the evidence is strong, else None."""
    document = normalize_code(document_language)
    if document == UNDETERMINED:
        return [None] * len(passages)
    same = _same_language(document)
    return [_foreign_language(passage, document, same) for passage in passages]


def _same_language(code: str) -> frozenset[str]:
    for close in _CLOSE_LANGUAGES:
        if code in close:
            return close
    return frozenset({code})


def _foreign_language(passage: str, document: str, same: frozenset[str]) -> str | None:
    evidence = TextEvidence(strip_names(strip_noise(passage)))
    script = evidence.dominant_script()
    if script is None or not _long_enough(evidence, script):
        return None
    in_document_script = script in language_scripts(document)
    counts = stopwords().counts(evidence.words)
    if in_document_script:
        if document not in stopwords().languages:
            return None  # same script, no cheap evidence: Hindi vs Marathi is not worth a guess
        foreign = max((n for code, n in counts.items() if code not in same), default=0)
        if counts[document] >= foreign:
            return None
    decisive = _decisive(counts, same)
    if in_document_script and decisive is not None:
        return decisive
    ranked = engine.probabilities(evidence.text, PASSAGE_CHARS)
    code, confidence = decide(evidence, ranked)
    if code in same or code == UNDETERMINED:
        return None
    if not in_document_script:
        # Another script is foreign for certain; only which language it is can be unsure.
        return code if confidence >= MIN_OTHER_SCRIPT_CONFIDENCE else None
    raw_code, raw_probability = ranked[0] if ranked else (UNDETERMINED, 0.0)
    langdetect_sure = raw_code not in same and raw_probability >= MIN_PROBABILITY
    rule_sure = code != raw_code and confidence >= MIN_CONFIDENCE
    if not (langdetect_sure or rule_sure):
        return None
    if code in stopwords().languages:
        hits = counts[code]
        if hits < MIN_FOREIGN_STOPWORDS or hits < STOPWORD_RATIO * counts[document]:
            return None
    return code


def _decisive(counts: dict[str, int], same: frozenset[str]) -> str | None:
    """A foreign language whose function words outnumber every other language's by far."""
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    if not ranked:
        return None
    code, hits = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if code in same or any(code in close for close in _CLOSE_LANGUAGES):
        return None
    if hits >= DECISIVE_STOPWORDS and hits >= DECISIVE_RATIO * max(runner_up, 1):
        return code
    return None


def _long_enough(evidence: TextEvidence, script: str) -> bool:
    if script in _UNSPACED:
        return evidence.letters >= MIN_UNSPACED_LETTERS
    return len(evidence.words) >= MIN_WORDS and evidence.letters >= MIN_LETTERS
