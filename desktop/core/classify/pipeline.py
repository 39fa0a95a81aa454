"""Classifying a whole document: cues per sentence, the translation's opinion, and structure.

Order of reasoning for each sentence:
1. cues of the passage's language in the original (a paragraph marked as another language
   uses that language's lexicon);
2. cues of the English lexicon in the English translation, when there is one;
3. the two opinions combined: the stronger one counts, an agreeing weaker one adds half of
   what it would add as an independent signal (the translation mostly restates the same word);
4. structure: the heading the sentence sits under, the lead-in a list item completes and the
   header row a table row sits under (headings and header rows name their topic in a word,
   so they need less evidence),
   add their weight to the sentence's score (see ``scorer``: a category is flagged at 1.0).
   Structure supports a sentence's own cues; it never labels a sentence alone (segmenters
   miss headings, and a section runs on past them);
5. the passage: a core category with much less evidence in a paragraph than that paragraph's
   main practice is dropped there (``passage.main_practices``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.core.classify.lexicon import Lexicon, load_lexicon
from desktop.core.classify.model import CATEGORIES, EMPTY_LABELS, Evidence, SentenceLabels
from desktop.core.classify.passage import main_practices
from desktop.core.classify.scorer import (
    HEADING_THRESHOLD,
    THRESHOLD,
    Weighted,
    category_scores,
    category_strengths,
    flagged,
    score_text,
)
from desktop.core.classify.structure import (
    LEAD_IN_WEIGHT,
    lead_in_evidence,
    names_a_topic,
    structural_evidence,
)
from desktop.core.document import BlockKind, Document

TRANSLATION_AGREEMENT = 0.5


@dataclass(frozen=True, slots=True)
class CueOpinion:
    """What the words of one sentence say, before structure is added."""

    scores: dict[str, float]
    evidence: dict[str, list[Weighted]]
    strengths: dict[str, float] = field(default_factory=dict)


def classify_text(text: str, language: str) -> SentenceLabels:
    """Labels of one passage on its own (no structure); offsets are relative to ``text``."""
    lexicon = load_lexicon(language)
    if lexicon is None:
        return EMPTY_LABELS
    opinion = _opinion(text, lexicon, None, 0)
    return _decide(opinion, [], THRESHOLD)


def classify_document(
    doc: Document, translations: Sequence[str | None] | None = None
) -> tuple[SentenceLabels, ...]:
    """One ``SentenceLabels`` per sentence of ``doc``, in order.

    ``translations[i]`` is the English translation of sentence ``i`` (None where missing).
    Without a lexicon for the language and without a translation, sentences get no labels.
    """
    if translations is not None and len(translations) != len(doc.sentences):
        raise ValueError("translations must align with the document's sentences")
    english = load_lexicon("en")
    topical = names_a_topic(doc)
    opinions: list[CueOpinion] = []
    for index, sentence in enumerate(doc.sentences):
        paragraph = doc.paragraphs[sentence.paragraph]
        lexicon = load_lexicon(paragraph.language or doc.language.code)
        translation = translations[index] if translations is not None else None
        if paragraph.kind is BlockKind.BOILERPLATE:
            opinions.append(CueOpinion({}, {}))
            continue
        heading = topical[paragraph.index]
        opinions.append(
            _opinion(
                sentence.text, lexicon, (translation, english), sentence.start, heading=heading
            )
        )
    structure = structural_evidence(doc, [o.scores for o in opinions], HEADING_THRESHOLD)
    thresholds = [HEADING_THRESHOLD if topical[s.paragraph] else THRESHOLD for s in doc.sentences]
    labels = [
        _decide(opinion, extra, threshold)
        for opinion, extra, threshold in zip(opinions, structure, thresholds, strict=True)
    ]
    # A list item completes its lead-in as the lead-in was finally labelled (heading included).
    for index, extra in lead_in_evidence(doc, [lab.categories for lab in labels]).items():
        structure[index] = structure[index] + extra
        labels[index] = _decide(opinions[index], structure[index], thresholds[index])
    strengths = [_strengths(o, extra) for o, extra in zip(opinions, structure, strict=True)]
    return main_practices(doc, labels, strengths)


def _opinion(
    text: str,
    lexicon: Lexicon | None,
    translated: tuple[str | None, Lexicon | None] | None,
    offset: int,
    *,
    heading: bool = False,
) -> CueOpinion:
    original = score_text(text, lexicon, offset=offset, heading=heading) if lexicon else {}
    second: dict[str, list[Weighted]] = {}
    if translated is not None:
        translation, english = translated
        if translation and english:
            second = score_text(translation, english, source="translation", heading=heading)
    first_scores, second_scores = category_scores(original), category_scores(second)
    first_strengths, second_strengths = category_strengths(original), category_strengths(second)
    scores: dict[str, float] = {}
    strengths: dict[str, float] = {}
    evidence: dict[str, list[Weighted]] = {}
    for category in CATEGORIES:
        a, b = first_scores.get(category, 0.0), second_scores.get(category, 0.0)
        if not (a or b):
            continue
        strong, weak = max(a, b), min(a, b)
        scores[category] = strong + TRANSLATION_AGREEMENT * weak * (1.0 - strong)
        a, b = first_strengths.get(category, 0.0), second_strengths.get(category, 0.0)
        strengths[category] = max(a, b) + TRANSLATION_AGREEMENT * min(a, b)
        evidence[category] = original.get(category, []) + second.get(category, [])
    return CueOpinion(scores, evidence, strengths)


def _strengths(opinion: CueOpinion, extra: list[Weighted]) -> dict[str, float]:
    """The uncapped evidence of each category, structure included (for ``main_practices``)."""
    found = dict(opinion.strengths)
    for item in extra:
        category = item.evidence.category
        if category in found or item.weight >= LEAD_IN_WEIGHT:
            found[category] = found.get(category, 0.0) + item.weight
    return found


def _decide(opinion: CueOpinion, extra: list[Weighted], threshold: float) -> SentenceLabels:
    scores = dict(opinion.scores)
    evidence = {k: list(v) for k, v in opinion.evidence.items()}
    for item in extra:
        category = item.evidence.category
        if category not in scores and item.weight < LEAD_IN_WEIGHT:
            continue  # a heading supports cues; it does not label a sentence on its own
        scores[category] = round(min(1.0, scores.get(category, 0.0) + item.weight), 6)
        evidence.setdefault(category, []).append(item)
    categories = tuple(c for c in CATEGORIES if flagged(scores.get(c, 0.0), threshold))
    chosen: list[Evidence] = []
    for category in categories:
        items = sorted(evidence[category], key=lambda w: (w.evidence.source, w.evidence.start))
        chosen.extend(w.evidence for w in items)
    return SentenceLabels(
        categories=categories,
        scores={c: round(scores[c], 3) for c in CATEGORIES if c in scores},
        evidence=tuple(chosen),
    )
