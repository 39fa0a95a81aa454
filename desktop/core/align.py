"""Aligned reading: two policies' sections paired by what they talk about.

A section's topic is the category distribution of its sentences (how many sentences carry each
category), so sections pair across languages without comparing any wording. Pairs are taken
greedily, most similar first (ties broken by closeness of position in the two documents);
sections without a good partner are listed on their own, in reading order.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.classify import CATEGORIES
from desktop.core.document import BlockKind
from desktop.core.policy import PolicyAnalysis

MIN_SIMILARITY = 0.35  # below this, two sections are not about the same thing


@dataclass(frozen=True)
class SectionRef:
    """A stretch of a document from one heading to the next heading of any level.

    ``heading`` is the heading paragraph's index, or None for the text before the first
    heading (or a document without headings).
    """

    index: int  # position among the document's aligned sections
    title: str
    heading: int | None
    start: int
    end: int
    sentences: tuple[int, ...]
    topics: tuple[tuple[str, int], ...]  # (category, sentences), most frequent first


@dataclass(frozen=True)
class SectionPair:
    """Two sections on the same topic, or one section (the other side None) left unmatched."""

    a: SectionRef | None
    b: SectionRef | None
    similarity: float


def document_sections(analysis: PolicyAnalysis) -> list[SectionRef]:
    """The document cut at every heading, each part with the categories of its sentences."""
    document = analysis.document
    cuts = sorted({(s.start, s.title, s.heading) for s in document.sections})
    parts: list[tuple[str, int | None, int, int]] = []
    first = cuts[0][0] if cuts else len(document.text)
    if first > 0:
        parts.append(("", None, 0, first))
    for i, (start, title, heading) in enumerate(cuts):
        end = cuts[i + 1][0] if i + 1 < len(cuts) else len(document.text)
        parts.append((title, heading, start, end))
    refs: list[SectionRef] = []
    carried: int | None = None  # start of heading-only parts, folded into the next part
    for title, heading, start, end in parts:
        inside = [s for s in document.sentences if start <= s.start < end]
        heading_only = heading is not None and all(s.paragraph == heading for s in inside)
        if heading_only and end < len(document.text):
            carried = start if carried is None else carried
            continue  # a title directly followed by a sub-heading: read it with that
        if carried is not None:
            start, carried = carried, None
            inside = [s for s in document.sentences if start <= s.start < end]
        if all(document.paragraphs[s.paragraph].kind is BlockKind.BOILERPLATE for s in inside):
            continue  # page chrome ("Skip to content") is nothing to read side by side
        counts = Counter(c for s in inside for c in analysis.labels[s.index].categories)
        topics = tuple(sorted(counts.items(), key=lambda kv: (-kv[1], CATEGORIES.index(kv[0]))))
        sentences = tuple(s.index for s in inside)
        refs.append(SectionRef(len(refs), title, heading, start, end, sentences, topics))
    return refs


def similarity(a: SectionRef, b: SectionRef) -> float:
    """Cosine similarity of the two sections' category distributions (0 when either has none)."""
    va, vb = dict(a.topics), dict(b.topics)
    dot = sum(va[c] * vb.get(c, 0) for c in va)
    norm = math.sqrt(sum(v * v for v in va.values())) * math.sqrt(sum(v * v for v in vb.values()))
    return dot / norm if norm else 0.0


def align_sections(a: PolicyAnalysis, b: PolicyAnalysis) -> list[SectionPair]:
    """Pair ``a``'s sections with ``b``'s by topic; unmatched ones come alone, in reading order."""
    left, right = document_sections(a), document_sections(b)
    candidates = []
    for x in left:
        for y in right:
            score = similarity(x, y)
            if score >= MIN_SIMILARITY:
                drift = abs(_position(x, left) - _position(y, right))
                candidates.append((-score, drift, x.index, y.index, score))
    candidates.sort()
    match: dict[int, tuple[int, float]] = {}
    taken: set[int] = set()
    for _neg, _drift, i, j, score in candidates:
        if i not in match and j not in taken:
            match[i] = (j, score)
            taken.add(j)
    return _in_reading_order(left, right, match)


def _position(section: SectionRef, sections: Sequence[SectionRef]) -> float:
    return section.index / max(len(sections) - 1, 1)


def _in_reading_order(
    left: Sequence[SectionRef], right: Sequence[SectionRef], match: dict[int, tuple[int, float]]
) -> list[SectionPair]:
    """``a``'s order throughout; an unmatched ``b`` section follows the last pair before it in b."""
    pairs = [
        SectionPair(x, right[match[x.index][0]], match[x.index][1]) if x.index in match
        else SectionPair(x, None, 0.0)
        for x in left
    ]
    matched_b = {j for j, _ in match.values()}
    for y in right:
        if y.index in matched_b:
            continue
        at = 0
        for k, pair in enumerate(pairs):
            if pair.b is not None and pair.b.index < y.index:
                at = k + 1
        pairs.insert(at, SectionPair(None, y, 0.0))
    return pairs
