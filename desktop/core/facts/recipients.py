"""Who gets the data: kinds of recipients and well-known named services."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from desktop.core.document import BlockKind
from desktop.core.facts.context import SentenceView
from desktop.core.facts.lexicon import find_cues, has_cue, load
from desktop.core.facts.model import RecipientFact


def extract_recipients(views: Sequence[SentenceView]) -> list[RecipientFact]:
    """One fact per kind and per named service, at its first mention about sharing."""
    data = load("recipients")
    found: dict[tuple[str, str | None], RecipientFact] = {}
    for view in views:
        if view.kind in (BlockKind.BOILERPLATE, BlockKind.HEADING):
            continue
        for match in _services().finditer(view.text):
            name = match.group(0)
            key = (data["services"][name], name)
            found.setdefault(key, _fact(key, view, match))
        if not _about_sharing(view):
            continue
        for kind, phrases in _kinds().items():
            matches = find_cues(view.text, phrases, view.languages)
            if matches:
                found.setdefault((kind, None), _fact((kind, None), view, matches[0]))
    return sorted(found.values(), key=lambda f: (f.start, f.kind))


def _fact(key: tuple[str, str | None], view: SentenceView, match: re.Match[str]) -> RecipientFact:
    return RecipientFact(
        key[0], key[1], view.index, view.start + match.start(), view.start + match.end()
    )


def _about_sharing(view: SentenceView) -> bool:
    if view.categories & {"sharing", "transfer"}:
        return True
    context = load("recipients")["context"]
    return has_cue(view.text, context, view.languages) or has_cue(
        view.heading, context, view.languages
    )


@cache
def _kinds() -> dict[str, dict[str, list[str]]]:
    by_kind: dict[str, dict[str, list[str]]] = {}
    for language, kinds in load("recipients")["kinds"].items():
        for kind, phrases in kinds.items():
            by_kind.setdefault(kind, {})[language] = phrases
    return by_kind


@cache
def _services() -> re.Pattern[str]:
    names = sorted(load("recipients")["services"], key=len, reverse=True)
    return re.compile(r"(?<![\w.@/])(?:" + "|".join(map(re.escape, names)) + r")(?![\w@])")
