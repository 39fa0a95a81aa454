"""The kinds of personal data a policy names (contact, identifiers, device, location, …)."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.document import BlockKind
from desktop.core.facts.context import SentenceView
from desktop.core.facts.lexicon import CueSet, cue_set, load
from desktop.core.facts.model import DataTypeFact

TYPES = (
    "contact",
    "identifiers",
    "device",
    "location",
    "payment",
    "usage",
    "communications",
    "marketing",
    "special",
)


def extract_data_types(views: Sequence[SentenceView]) -> list[DataTypeFact]:
    """One fact per kind of data, at its first mention."""
    found: dict[str, DataTypeFact] = {}
    for view in views:
        if view.kind == BlockKind.BOILERPLATE:
            continue
        for data_type in TYPES:
            if data_type in found:
                continue
            matches = [
                (start, end)
                for start, end in view.find(CUES[data_type])
                if not _is_label(view.text, end)
            ]
            if matches:
                start, end = matches[0]
                found[data_type] = DataTypeFact(
                    data_type, view.index, view.start + start, view.start + end
                )
    return sorted(found.values(), key=lambda f: f.start)


def _is_label(text: str, end: int) -> bool:
    """ "E-mailová adresa: …" in a contact block names the company's address, not data."""
    return ":" in text[end : end + 12] and len(text.split()) <= 8


def _cues(data_type: str) -> CueSet:
    return cue_set(
        f"data_types.{data_type}",
        {
            lang: entry.get(data_type, [])
            for lang, entry in load("data_types").items()
            if isinstance(entry, dict)
        },
    )


CUES = {data_type: _cues(data_type) for data_type in TYPES}
