"""The Policy card as plain data: groups of lines built from a ``PolicyAnalysis``.

Building decides everything the view shows (wording, order, "Not stated", which sentence each
line opens); the Qt model only maps rows and roles onto it, and ``card_text`` is the same card
as plain text for the clipboard.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.core.facts import RightFact
from desktop.core.policy import PolicyAnalysis
from desktop.ui.panels.policy_card.wording import (
    GROUPS,
    RIGHTS,
    GroupSpec,
    extra_group,
    fact_text,
    right_label,
    right_text,
    tr,
)

NOT_STATED_MARK = "⚠"
BULLET = "•"


class LineKind(StrEnum):
    FACT = "fact"  # a fact of the policy: opens its sentence
    NOT_STATED = "not_stated"  # the group's facts are absent from the policy
    NOTE = "note"  # a summary over the group's facts ("How: …", "Not mentioned: …")


@dataclass(frozen=True, slots=True)
class CardLine:
    kind: LineKind
    text: str
    sentence: int | None = None  # index into Document.sentences
    evidence: str | None = None  # the words of the policy the fact was read from
    source: str | None = None  # the whole sentence
    english: str | None = None  # its English translation, when there is one
    note: str | None = None  # an explanation for lines without a sentence


@dataclass(frozen=True, slots=True)
class CardGroup:
    key: str  # the ``Facts`` field
    title: str
    lines: tuple[CardLine, ...]

    @property
    def stated(self) -> bool:
        return any(line.kind is LineKind.FACT for line in self.lines)


@dataclass(frozen=True, slots=True)
class Card:
    title: str
    groups: tuple[CardGroup, ...]

    def group(self, key: str) -> CardGroup:
        return next(group for group in self.groups if group.key == key)


def build_card(analysis: PolicyAnalysis) -> Card:
    """Every group, in reading order, each with its facts or one "Not stated" line."""
    facts = analysis.facts
    known = {spec.field for spec in GROUPS}
    extra = [extra_group(f.name) for f in dataclasses.fields(facts) if f.name not in known]
    groups = tuple(
        _group(spec, analysis) for spec in (*GROUPS, *extra) if hasattr(facts, spec.field)
    )
    return Card(analysis.document.title or "", groups)


def card_text(card: Card) -> str:
    """The card as plain text: a heading per group and one bullet line per fact."""
    blocks = [tr("Policy card: {title}").format(title=card.title) if card.title else ""]
    for group in card.groups:
        lines = [f"{BULLET} {line.text}" for line in group.lines]
        blocks.append("\n".join([group.title, *lines]))
    return "\n\n".join(block for block in blocks if block) + "\n"


def _group(spec: GroupSpec, analysis: PolicyAnalysis) -> CardGroup:
    facts = tuple(getattr(analysis.facts, spec.field))
    if spec.field == "rights":
        lines = _rights(facts, analysis)
    elif spec.field == "retention":  # stated periods first: they are what a reader looks for
        ordered = sorted(facts, key=lambda fact: getattr(fact, "kind", "") != "period")
        lines = [_fact_line(fact, fact_text(fact), analysis) for fact in ordered]
    else:
        lines = [_fact_line(fact, fact_text(fact), analysis) for fact in facts]
    if not any(line.kind is LineKind.FACT for line in lines):
        lines = [
            CardLine(
                LineKind.NOT_STATED,
                f"{NOT_STATED_MARK} {tr('Not stated')}",
                note=spec.translated_missing(),
            )
        ]
    return CardGroup(spec.field, spec.translated_title(), tuple(lines))


def _rights(facts: Sequence[RightFact], analysis: PolicyAnalysis) -> list[CardLine]:
    """The rights granted; a way of exercising them shared by several is said once."""
    if not facts:
        return []
    order = {key: position for position, key in enumerate(RIGHTS)}
    facts = sorted(facts, key=lambda fact: order.get(fact.right, len(order)))  # access first
    shared, uses = next(iter(Counter(f.how for f in facts if f.how).most_common(1)), (None, 0))
    if uses < 2:
        shared = None
    lines: list[CardLine] = []
    if shared:
        lines.append(
            CardLine(
                LineKind.NOTE,
                tr("How to use them: {how}").format(how=shared),
                note=tr(
                    "The policy gives this way for the rights below, unless a right names its own."
                ),
            )
        )
    lines += [
        _fact_line(fact, right_text(fact, show_how=fact.how != shared), analysis) for fact in facts
    ]
    granted = {fact.right for fact in facts}
    missing = [right_label(key) for key in RIGHTS if key not in granted]
    if missing:
        lines.append(
            CardLine(
                LineKind.NOTE,
                tr("Not mentioned: {rights}").format(rights=", ".join(missing)),
                note=tr("Rights the policy does not grant in so many words."),
            )
        )
    return lines


def _fact_line(fact: object, text: str | None, analysis: PolicyAnalysis) -> CardLine:
    document = analysis.document
    sentence: int | None = getattr(fact, "sentence", None)
    start, end = getattr(fact, "start", None), getattr(fact, "end", None)
    evidence = document.text[start:end] if start is not None and end is not None else None
    source = english = None
    if sentence is not None and 0 <= sentence < len(document.sentences):
        source = " ".join(document.sentences[sentence].text.split())
        translations = analysis.translations()
        if sentence < len(translations) and translations[sentence]:
            english = " ".join(str(translations[sentence]).split())
    else:
        sentence = None
    if text is None:  # a kind of fact nobody has worded yet: quote the policy
        text = f"“{' '.join((evidence or '').split())}”"
    return CardLine(LineKind.FACT, text, sentence, evidence, source, english)
