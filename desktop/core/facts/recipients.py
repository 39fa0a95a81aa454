"""Who gets the data: kinds of recipients and well-known named services."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from desktop.core.document import BlockKind
from desktop.core.facts.context import SentenceView
from desktop.core.facts.lexicon import CueSet, cue_set, load
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
            found.setdefault(key, _fact(key, view, match.span()))
        if not _about_sharing(view):
            continue
        for kind, cues in KINDS.items():
            matches = view.find(cues)
            if matches:
                found.setdefault((kind, None), _fact((kind, None), view, matches[0]))
    return sorted(found.values(), key=lambda f: (f.start, f.kind))


def _fact(key: tuple[str, str | None], view: SentenceView, span: tuple[int, int]) -> RecipientFact:
    return RecipientFact(key[0], key[1], view.index, view.start + span[0], view.start + span[1])


def _about_sharing(view: SentenceView) -> bool:
    if view.categories & {"sharing", "transfer"}:
        return True
    return view.has(CONTEXT) or view.heading_has(CONTEXT)


def _kinds() -> dict[str, CueSet]:
    by_kind: dict[str, dict[str, list[str]]] = {}
    for language, kinds in load("recipients")["kinds"].items():
        for kind, phrases in kinds.items():
            by_kind.setdefault(kind, {})[language] = phrases
    return {kind: cue_set(f"recipients.{kind}", phrases) for kind, phrases in by_kind.items()}


CONTEXT = cue_set("recipients.context", load("recipients")["context"])
KINDS = _kinds()


@cache
def _services() -> re.Pattern[str]:
    names = sorted(load("recipients")["services"], key=len, reverse=True)
    return re.compile(r"(?<![\w.@/])(?:" + "|".join(map(re.escape, names)) + r")(?![\w@])")
