"""Which rights a policy grants, and how to exercise them (address, form, deadline).

A sentence grants a right when it reads as addressed to the person ("you can", "máte právo",
"quyền", or the classifier's ``rights`` label) and names the right. How to exercise it is the
e-mail address, link or form in that sentence, else in its paragraph, else the policy's
general channel for requests.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.document import BlockKind
from desktop.core.facts.context import SentenceView
from desktop.core.facts.lexicon import find_cues, has_cue, load, per_language
from desktop.core.facts.model import Deadline, RightFact
from desktop.core.facts.retention import StatedDeadline

RIGHTS = (
    "access",
    "rectification",
    "erasure",
    "restriction",
    "objection",
    "portability",
    "withdraw_consent",
    "opt_out",
    "complaint",
    "non_discrimination",
)
EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,}")
URL = re.compile(r"https?://[^\s<>\"')]+|www\.[\w\-.]+\.[a-z]{2,}[^\s<>\"')]*")


def extract_rights(
    views: Sequence[SentenceView], deadlines: Sequence[StatedDeadline] = ()
) -> list[RightFact]:
    """One fact per right granted, at its first mention, with how and any deadline."""
    found: dict[str, RightFact] = {}
    hows: dict[str, str] = {}
    by_index = {v.index: v for v in views}
    for view in views:
        if not _addressed_to_person(view):
            continue
        for right, match in _rights_in(view):
            how = _how(view, views)
            if right not in found:
                found[right] = RightFact(
                    right,
                    None,
                    None,
                    view.index,
                    view.start + match.start(),
                    view.start + match.end(),
                )
            if how and right not in hows:
                hows[right] = how
    for stated in deadlines:  # "complaints are settled within 7–15 days": a way to complain
        view = by_index.get(stated.sentence)
        for right, match in _rights_in(view) if view else ():
            if right not in found:
                start, end = view.start + match.start(), view.start + match.end()
                found[right] = RightFact(right, None, None, view.index, start, end)
    general = _general_channel(views)
    facts = []
    for right, fact in found.items():
        how = hows.get(right) or general
        deadline = _deadline_for(right, deadlines, by_index)
        facts.append(RightFact(right, how, deadline, fact.sentence, fact.start, fact.end))
    return sorted(facts, key=lambda f: (f.start, RIGHTS.index(f.right)))


def _addressed_to_person(view: SentenceView) -> bool:
    if "rights" in view.categories:
        return True
    context = per_language("rights", "context")
    return has_cue(view.text, context, view.languages)


def _right_cues(right: str) -> dict[str, list[str]]:
    return {
        lang: entry["rights"][right]
        for lang, entry in load("rights").items()
        if isinstance(entry, dict) and "rights" in entry
    }


def _rights_in(view: SentenceView) -> list[tuple[str, re.Match[str]]]:
    hits = []
    for right in RIGHTS:
        matches = find_cues(view.text, _right_cues(right), view.languages)
        if matches:
            hits.append((right, matches[0]))
    return hits


def _how(view: SentenceView, views: Sequence[SentenceView]) -> str | None:
    """An address, link or form named in the sentence or the next one, else ``None``."""
    following = [v for v in views if view.index < v.index <= view.index + 4]
    if view.text.rstrip().endswith(":") and following:
        items = [v.text.strip(" •·-*\t") for v in following if v.kind == BlockKind.LIST_ITEM]
        if items:
            return "; ".join(items[:3])
    for candidate in (view, *following[:1]):
        if email := EMAIL.search(candidate.text):
            return email.group(0)
        if url := URL.search(candidate.text):
            return url.group(0).rstrip(".,;")
        forms = find_cues(candidate.text, per_language("rights", "form"), candidate.languages)
        if forms:
            return _phrase_around(candidate.text, forms[0])
    return None


def _phrase_around(text: str, match: re.Match[str]) -> str:
    """The few words naming a form: "Formularit të Kërkesës për Privatësi"."""
    tail = re.split(r"[.,;:!?()\n]|\s(?:or|ose|nebo|atau|hoặc|oder|ou|o)\s", text[match.start() :])[
        0
    ]
    return " ".join(tail.split()[:6])


def _general_channel(views: Sequence[SentenceView]) -> str | None:
    """The first address given in a sentence about exercising rights."""
    for view in views:
        if _addressed_to_person(view) and (email := EMAIL.search(view.text)):
            return email.group(0)
    return None


def _deadline_for(
    right: str, deadlines: Sequence[StatedDeadline], views: dict[int, SentenceView]
) -> Deadline | None:
    """A deadline stated in a sentence naming this right, else one naming no right at all."""
    general = None
    for stated in deadlines:
        view = views.get(stated.sentence)
        if view is None:
            continue
        named = [r for r, _ in _rights_in(view)]
        if right in named:
            return stated.deadline
        if not named and general is None:
            general = stated.deadline
    return general
