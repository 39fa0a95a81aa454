"""The category keys and the result objects of classification.

Kept apart from the scoring code so that the UI, the CLI and serialisation can depend on the
result types without pulling in lexicon loading.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

CORE: tuple[str, ...] = ("collection", "sharing", "retention", "rights")
SECONDARY: tuple[str, ...] = (
    "security",
    "cookies",
    "children",
    "changes",
    "contact",
    "transfer",
)
CATEGORIES: tuple[str, ...] = CORE + SECONDARY

# How each category is described in an explanation ("mentions how long data is kept: …").
# Plain English: the UI layer may translate these with the rest of its strings.
CATEGORY_PHRASES: Mapping[str, str] = {
    "collection": "mentions what data is collected or used",
    "sharing": "mentions data going to others",
    "retention": "mentions how long data is kept",
    "rights": "names a right or a choice",
    "security": "mentions how data is protected",
    "cookies": "mentions cookies or tracking",
    "children": "mentions children",
    "changes": "mentions changes to the policy",
    "contact": "mentions who to contact",
    "transfer": "mentions where data is stored or sent",
}


@dataclass(frozen=True)
class Evidence:
    """One reason for a category: a cue, a duration, a heading, a list lead-in.

    Offsets index the document text for ``source="original"`` and the sentence's translation
    string for ``source="translation"``; ``text`` is always the matched span.
    """

    category: str
    start: int
    end: int
    text: str
    why: str
    source: str = "original"


@dataclass(frozen=True)
class SentenceLabels:
    """The categories of one sentence, the score of every category that had evidence."""

    categories: tuple[str, ...]
    scores: Mapping[str, float]
    evidence: tuple[Evidence, ...]


EMPTY_LABELS = SentenceLabels((), {}, ())
