"""Scoring one piece of text against one lexicon: cues and durations → weighted evidence.

Weights follow FORMAT.md: 1.0 is enough alone, 0.5–0.8 needs support, ≤ 0.4 is context.
They are added up per category and a category is flagged when the sum reaches ``THRESHOLD``
(1.0) and at least one cue is an *anchor* (weight ≥ ``ANCHOR``, 0.5):

- one 1.0 cue flags; one 0.8 cue does not; two 0.5–0.8 cues do (0.6 + 0.6 = 1.2);
- a strong cue with context does when they reach 1.0 (0.6 + 0.4);
- context alone never does, however much of it (0.4 + 0.4 + 0.3 is capped at ``CONTEXT_CAP``).

The score shown for a category is that sum capped at 1.0. Thresholds were chosen on the
OPP-115 training split (validation kept for reporting); see FORMAT.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desktop.core.classify.lexicon import Cue, Lexicon
from desktop.core.classify.match import Hit, find_durations, find_hits, tokenize
from desktop.core.classify.model import CATEGORY_PHRASES, Evidence
from desktop.core.patterns import EMAIL

THRESHOLD = 1.0
# A category needs at least one cue this strong: context words only describe the topic.
ANCHOR = 0.5
# The most that context words alone add up to (below ``HEADING_THRESHOLD``).
CONTEXT_CAP = 0.5
# A heading is short and names its topic with one word ("Cookies", "Vaše práva"): one strong
# cue is enough for it to count as naming the topic.
HEADING_THRESHOLD = 0.5
# A number + duration unit says "how long" only next to a retention cue ("kept for 7 years");
# next to a weak one ("delete … within 30 days") it is as likely an answer deadline, and alone
# a trial period. Ages ("children under 13 years") are not durations at all.
DURATION_NEAR_CUE = 0.8
DURATION_NEAR_WEAK_CUE = 0.5
DURATION_ALONE = 0.3
STRONG_CUE = 0.5
# An e-mail address is a way to reach someone, in any language.
CONTACT_DETAIL = 1.0
# A cue this light exists to cancel the general cues inside it ("collectively" for "collect*");
# a lighter one does nothing else (it is neither counted nor shown as a reason).
CANCEL = 0.1


@dataclass(frozen=True, slots=True)
class Weighted:
    """Evidence with the weight it contributes."""

    evidence: Evidence
    weight: float


def strength(weights: Iterable[float]) -> float:
    """How much evidence a category has, uncapped: the sum of its weights (context capped)."""
    items = list(weights)
    if not items:
        return 0.0
    total = sum(items)
    return round(total if max(items) >= ANCHOR else min(total, CONTEXT_CAP), 6)


def combine(weights: Iterable[float]) -> float:
    """The score of one category from its cue weights: their sum, capped at 1.0.

    Without an anchor (a cue ≥ ``ANCHOR``) the sum is capped at ``CONTEXT_CAP``, so context
    words alone never flag a category. Rounded so that 0.7 + 0.3 reaches 1.0.
    """
    return min(strength(weights), 1.0)


def flagged(score: float, threshold: float = THRESHOLD) -> bool:
    return score >= threshold - 1e-9


def score_text(
    text: str,
    lexicon: Lexicon,
    *,
    offset: int = 0,
    source: str = "original",
    heading: bool = False,
) -> dict[str, list[Weighted]]:
    """Per category, the evidence found in ``text``; offsets are shifted by ``offset``.

    In a sentence a longer cue hides the cues inside it ("information we collect" refers to
    data, it does not say that something is collected). A heading names its topic with those
    same words ("Information we collect"), so for headings nothing is hidden.
    """
    tokens = tokenize(text) if lexicon.mode == "words" else None
    found: dict[str, list[Weighted]] = {}
    kept = _keep_longest(find_hits(text, lexicon, tokens), heading=heading)
    for category, hits in kept.items():
        hits = [hit for hit in hits if hit.cue.weight >= CANCEL]
        if not hits:
            continue
        found[category] = [
            Weighted(
                Evidence(
                    category,
                    hit.start + offset,
                    hit.end + offset,
                    text[hit.start : hit.end],
                    _why(category, text[hit.start : hit.end], hit.cue.gloss),
                    source,
                ),
                hit.cue.weight,
            )
            for hit in hits
        ]
    for match in EMAIL.finditer(text) if "@" in text else ():
        found.setdefault("contact", []).append(
            Weighted(
                Evidence(
                    "contact",
                    match.start() + offset,
                    match.end() + offset,
                    match.group(),
                    _why("contact", match.group(), "an e-mail address"),
                    source,
                ),
                CONTACT_DETAIL,
            )
        )
    durations = find_durations(text, lexicon, tokens)
    if any(w.weight >= STRONG_CUE for w in found.get("children", ())):
        durations = []
    if durations:
        strongest = max((w.weight for w in found.get("retention", ())), default=0.0)
        weight = (
            DURATION_NEAR_CUE
            if strongest >= STRONG_CUE
            else DURATION_NEAR_WEAK_CUE
            if strongest
            else DURATION_ALONE
        )
        found.setdefault("retention", []).extend(
            Weighted(
                Evidence(
                    "retention",
                    d.start + offset,
                    d.end + offset,
                    text[d.start : d.end],
                    _why("retention", text[d.start : d.end], d.gloss or "a period of time"),
                    source,
                ),
                weight,
            )
            for d in durations
        )
    return found


def _keep_longest(hits: list[Hit], *, heading: bool = False) -> dict[str, list[Hit]]:
    """Per category, drop hits inside a longer hit and repeats of the same pattern.

    "we do not sell" and "sell*" are one signal, not two; "share" said three times is still one.
    In a heading only a cancelling cue (weight ≤ ``CANCEL``) hides what it contains: "Information
    we collect" names collection, but "Personal data protection act" names a law, not a practice.
    """
    by_category: dict[str, list[Hit]] = {}
    # Longest span first; on the same span the more specific pattern ("collectively" over
    # "collect*", "ruajtj*" over "ruaj*"): it was written for those very words, so a
    # low-weight one cancels a general one. Then the higher weight.
    ordered = sorted(
        hits, key=lambda h: (h.start, h.start - h.end, *_specificity(h.cue), -h.cue.weight)
    )
    for hit in ordered:
        kept = by_category.setdefault(hit.cue.category, [])
        if any(
            k.start <= hit.start and hit.end <= k.end and (not heading or k.cue.weight <= CANCEL)
            for k in kept
        ):
            continue
        if any(k.cue.pattern == hit.cue.pattern for k in kept):
            continue
        kept.append(hit)
    return by_category


def _specificity(cue: Cue) -> tuple[int, int]:
    """Sort key, most specific first: more whole-word tokens, then a longer pattern."""
    return (-sum(1 for _, is_prefix in cue.tokens if not is_prefix), -len(cue.pattern))


def _why(category: str, text: str, gloss: str) -> str:
    phrase = CATEGORY_PHRASES[category]
    if gloss and gloss.casefold() != text.casefold():
        return f"{phrase}: '{text}' ({gloss})"
    return f"{phrase}: '{text}'"


def category_strengths(found: Mapping[str, list[Weighted]]) -> dict[str, float]:
    return {category: strength(w.weight for w in items) for category, items in found.items()}


def category_scores(found: Mapping[str, list[Weighted]]) -> dict[str, float]:
    return {category: combine(w.weight for w in items) for category, items in found.items()}
