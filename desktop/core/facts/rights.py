"""Which rights a policy grants, and how to exercise them (address, form, deadline).

A sentence grants a right when it reads as addressed to the person ("you can", "máte právo",
"quyền", or the classifier's ``rights`` label) and names the right. How to exercise it is the
e-mail address, link or form in that sentence, else in its paragraph, else the policy's
general channel for requests.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.document import BULLETS, BlockKind
from desktop.core.facts.context import SentenceView
from desktop.core.facts.lexicon import cue_set, load, per_language
from desktop.core.facts.model import Deadline, RightFact
from desktop.core.facts.retention import StatedDeadline
from desktop.core.patterns import EMAIL, PHRASE_END

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
URL = re.compile(r"https?://[^\s<>\"')]+|www\.[\w\-.]+\.[a-z]{2,}[^\s<>\"')]*")
CONTEXT = cue_set("rights.context", per_language("rights", "context"))
FORM = cue_set("rights.form", per_language("rights", "form"))
RIGHT_CUES = {
    right: cue_set(
        f"rights.{right}",
        {
            lang: entry["rights"][right]
            for lang, entry in load("rights").items()
            if isinstance(entry, dict) and "rights" in entry
        },
    )
    for right in RIGHTS
}


def find_email(text: str) -> re.Match[str] | None:
    """The first e-mail address in ``text``."""
    return EMAIL.search(text) if "@" in text else None


def find_url(text: str) -> re.Match[str] | None:
    """The first web address in ``text``."""
    return URL.search(text) if "http" in text or "www." in text else None


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
        for right, (start, end) in _rights_in(view):
            how = _how(view, views)
            if right not in found:
                found[right] = RightFact(
                    right, None, None, view.index, view.start + start, view.start + end
                )
            if how and right not in hows:
                hows[right] = how
    for stated in deadlines:  # "complaints are settled within 7–15 days": a way to complain
        view = by_index.get(stated.sentence)
        for right, (start, end) in _rights_in(view) if view else ():
            if right not in found:
                found[right] = RightFact(
                    right, None, None, view.index, view.start + start, view.start + end
                )
    general = _general_channel(views)
    facts = []
    for right, fact in found.items():
        how = hows.get(right) or general
        deadline = _deadline_for(right, deadlines, by_index)
        facts.append(RightFact(right, how, deadline, fact.sentence, fact.start, fact.end))
    return sorted(facts, key=lambda f: (f.start, RIGHTS.index(f.right)))


def _addressed_to_person(view: SentenceView) -> bool:
    return "rights" in view.categories or view.has(CONTEXT)


def _rights_in(view: SentenceView) -> list[tuple[str, tuple[int, int]]]:
    hits = []
    for right in RIGHTS:
        matches = view.find(RIGHT_CUES[right])
        if matches:
            hits.append((right, matches[0]))
    return hits


def _how(view: SentenceView, views: Sequence[SentenceView]) -> str | None:
    """An address, link or form named in the sentence or the next one, else ``None``."""
    nearby = views[view.index + 1 : view.index + 5] if _in_place(view, views) else views
    following = [v for v in nearby if view.index < v.index <= view.index + 4]
    if view.text.rstrip().endswith(":") and following:
        items = [v.text.strip(" \t" + BULLETS) for v in following if v.kind == BlockKind.LIST_ITEM]
        if items:
            return "; ".join(items[:3])
    for candidate in (view, *following[:1]):
        if email := find_email(candidate.text):
            return email.group(0)
        if url := find_url(candidate.text):
            return url.group(0).rstrip(".,;")
        forms = candidate.find(FORM)
        if forms:
            return _phrase_around(candidate.text, forms[0][0])
    return None


def _in_place(view: SentenceView, views: Sequence[SentenceView]) -> bool:
    """Whether ``views`` holds every sentence, so that a view's index is its position."""
    return view.index < len(views) and views[view.index] is view


def _phrase_around(text: str, start: int) -> str:
    """The few words naming a form: "Formularit të Kërkesës për Privatësi"."""
    tail = re.split(rf"{PHRASE_END}|\s(?:or|ose|nebo|atau|hoặc|oder|ou|o)\s", text[start:])[0]
    return " ".join(tail.split()[:6])


def _general_channel(views: Sequence[SentenceView]) -> str | None:
    """The first address given in a sentence about exercising rights."""
    for view in views:
        if _addressed_to_person(view) and (email := find_email(view.text)):
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
